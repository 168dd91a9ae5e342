/** Every text of "Import platform data", in English and French: errors, rejections, ignored columns, summaries. */
import { groupThousands, type Bilingual, type Lang } from '../lang';
import { channelByLabel, kpiById, type KpiId } from '../catalog';
import { formatDate } from '../dates';
import { formatNumber } from '../values';
import { scanNumber } from '../numbers';
import type {
  Delimiter,
  IgnoredColumn,
  IgnoredReason,
  ImportFatal,
  ImportPreview,
  LargestKept,
  NoReadingColumn,
  PlatformId,
  Rejection,
  RejectReason,
  SkippedSource,
} from './types';
import type { Collision, ImportPlan, Overlap } from './merge';

interface ImportTexts {
  platform: Record<PlatformId, string>;
  /** Short platform name in the Tracking source column ("Meta export · file.csv"). */
  sourceName: Record<PlatformId, string>;
  source(name: string, fileName: string | undefined, mapped: boolean): string;
  delimiter: Record<Delimiter, string>;
  /** `date` shows an ISO date in the reader's format. */
  fatal(e: ImportFatal, n: (v: number) => string, channel: (c: string) => string, date: (iso: string) => string): string;
  /** `date` shows an ISO date in the reader's format. */
  reject(
    r: RejectReason,
    kpi: (id: KpiId) => string,
    n: (v: number) => string,
    channel: (c: string) => string,
    date: (iso: string) => string,
  ): string;
  line(line: number): string;
  ignored(reason: IgnoredReason, kpi: (id: KpiId) => string): string;
  quote(text: string): string;
  readings(count: number, shown: string, platform: string): string;
  /** Dates already in the reader's format. */
  range(from: string, to: string): string;
  rejected(count: number, shown: string): string;
  ignoredColumns(count: number, shown: string): string;
  skippedRows(count: number, shown: string): string;
  merged(count: number, shown: string): string;
  skippedSource(source: string, rows: string): string;
  overlap(o: Overlap, n: (v: number) => string, date: (iso: string) => string): string;
  plan(p: ImportPlan, n: (v: number) => string): string;
  /** Readings left out because another file gives them with the same value. */
  repeated(count: number, shown: string): string;
  /** Readings that files give with different values, refused: what to do. */
  collisions(count: number, shown: string): string;
  /** One of them: its KPI, channel and date (already shown), then each value with its files. */
  collision(kpi: string, channel: string, date: string, values: ReadonlyArray<{ value: string; files: string }>): string;
  /** A KPI counting people (reach) whose same-day lines were not added up. */
  largestKept(kpi: string, count: number, shown: string): string;
  /** Cells of a column with no reading: `lines` and `marks` already listed, `more` lines not named. */
  noReading(header: string, count: number, shown: string, lines: string, marks: string, more: string | undefined): string;
  /** An empty cell, among the marks of no reading. */
  blank: string;
  /** "a, b and c". */
  list(items: readonly string[]): string;
  sep: string;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** French uses the singular for 0 and 1. */
const pluriel = (count: number, one: string, many: string) => (Math.abs(count) < 2 ? one : many);

const en: ImportTexts = {
  platform: {
    meta: 'Meta Business Suite',
    linkedin: 'LinkedIn',
    x: 'X',
    tiktok: 'TikTok',
    ga4: 'Google Analytics 4',
    mapped: 'CSV file (your mapping)',
    unknown: 'Unknown file',
  },
  sourceName: { meta: 'Meta', linkedin: 'LinkedIn', x: 'X', tiktok: 'TikTok', ga4: 'GA4', mapped: 'CSV', unknown: 'CSV' },
  source: (name, fileName, mapped) => `${mapped ? 'CSV import' : `${name} export`}${fileName ? ` · ${fileName}` : ' (pasted)'}`,
  delimiter: { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' },
  sep: ': ',
  quote: (text) => `"${text}"`,
  fatal(e, n, channel, date) {
    switch (e.code) {
      case 'empty':
        return 'The file is empty.';
      case 'binary':
        switch (e.workbook) {
          case 'excel':
            return (
              'This is an Excel workbook, not a CSV file. In Excel, choose File → Save As (or Save a Copy), pick the file type ' +
              '“CSV UTF-8 (Comma delimited) (.csv)”, and import the file it saves.'
            );
          case 'numbers':
            return 'This is an Apple Numbers document, not a CSV file. In Numbers, choose File → Export To → CSV…, and import the file it saves.';
          case 'opendocument':
            return (
              'This is an OpenDocument spreadsheet (.ods), not a CSV file. In LibreOffice Calc, choose File → Save As, pick the file type ' +
              '“Text CSV (.csv)”, and import the file it saves.'
            );
          default:
            return 'This is not a CSV text file (it looks like binary data: a workbook, an image or a damaged file). Export the data as CSV and try again.';
        }
      case 'tooManyLines':
        return `The file has ${n(e.lines)} lines; an import takes at most ${n(e.limit)}. Export a shorter period.`;
      case 'unrecognised':
        return 'This is not an export the add-on knows (Meta, LinkedIn, X, TikTok, Google Analytics 4). Say which column holds the date, the channel and each KPI.';
      case 'headerOnly':
        return 'The file has a header but no data lines.';
      case 'channelRequired':
        return 'This Meta export does not say whether it comes from Facebook or Instagram. Choose the channel.';
      case 'noDate':
        return 'The file has no Date column and no date range. In Google Analytics, add the Date dimension or keep the report’s date range in the export.';
      case 'periodNotEnded':
        return (
          `This Google Analytics report runs from ${date(e.period.from)} to ${date(e.period.to)}, a period that has not ended: ` +
          `its totals are not complete yet, and dated ${date(e.period.to)} they would count in no goal before that day. ` +
          'Export a period that has ended (up to yesterday at the latest) and import it again.'
        );
      case 'mappingColumnMissing':
        return `Column "${e.column}" is not in the file.`;
      case 'mappingIncomplete':
        return 'Choose the date, the channel and at least one KPI column.';
      case 'mixedDelimiters':
        return (
          `This file is not one table: its header is separated by ${en.delimiter[e.header]}, but ` +
          en.list(e.lines.map((l) => `line ${l.line} by ${en.delimiter[l.delimiter]}`)) +
          (e.count > e.lines.length
            ? ` (and ${n(e.count - e.lines.length)} more ${plural(e.count - e.lines.length, 'line', 'lines')})`
            : '') +
          `. Export it again, or separate every line by ${en.delimiter[e.header]}.`
        );
      case 'severalNetworks':
        return (
          `This table has one row per post across ${en.list(e.channels.map(channel))} (column "${e.column}"): it is not one platform’s export. ` +
          'Match its columns: each row then goes to its own channel.'
        );
    }
  },
  reject(r, kpi, n, channel, date) {
    switch (r.code) {
      case 'fieldCount':
        return `${r.got} ${plural(r.got, 'field', 'fields')} where the header has ${r.expected}`;
      case 'unclosedQuote':
        return 'a quote opens here and never closes';
      case 'noDate':
        return 'no date';
      case 'badDate':
        return `"${r.text}" is not a date`;
      case 'ambiguousDate':
        return `"${r.text}": day or month first? Nothing in the file tells; set the spreadsheet’s locale and import again`;
      case 'dateWithoutYear':
        return `"${r.text}" has no year`;
      case 'future':
        return `"${r.text}" is dated in the future (${date(r.date)}): no export holds days to come, and no goal would count it before that day`;
      case 'badNumber':
        return `${r.column}: "${r.text}" is not a number`;
      case 'negative':
        return `${r.column}: "${r.text}" is negative, and ${kpi(r.kpi)} cannot be: the line is corrupt, left out`;
      case 'notCount': {
        const what =
          r.why === 'percent'
            ? 'is a percent'
            : r.why === 'currency'
              ? 'is an amount of money'
              : `reads as ${n(r.value)}${decimalElsewhere(r.text) === ',' ? ', as the file writes decimal commas elsewhere' : decimalElsewhere(r.text) === '.' ? ', as the file writes decimal points elsewhere' : ''}`;
        return `${r.column}: "${r.text}" ${what}, and ${kpi(r.kpi)} is a count, a whole number: the line is left out`;
      }
      case 'ambiguousNumber': {
        const both = ambiguousValues(r.text, n);
        return `${r.column}: "${r.text}" could be ${both ? `${both[0]} or ${both[1]}` : 'thousands or decimals'}, and nothing in the file tells which`;
      }
      case 'noChannel':
        return 'no channel';
      case 'summaryRow':
        return `a "${r.text}" line sums the others: left out`;
      case 'conflict':
        return `${kpi(r.kpi)} for ${channel(r.channel)} on ${date(r.date)} is ${n(r.got)} here but ${n(r.kept)} on an earlier line; ${n(r.kept)} is kept`;
    }
  },
  line: (line) => `Line ${line}`,
  ignored(reason, kpi) {
    switch (reason.code) {
      case 'noKpi':
        return 'no matching KPI';
      case 'composite':
        return 'a sum of other actions: importing it would count them twice';
      case 'rate':
        return 'a rate or average computed by the platform; the add-on computes its own from the parts';
      case 'notGained':
        return `followers lost, or the net change (gained minus lost), while ${kpi('new_followers')} counts the followers gained`;
      case 'partOfTotal':
        return 'part of a total that another column gives';
      case 'sponsored':
        return 'includes sponsored (paid) results, and you chose organic results only';
      case 'people':
        return `counts each person once, while ${kpi(reason.kpi)} counts every time`;
      case 'ownActivity':
        return 'posts you published: your own activity, not a result';
      case 'alsoGiven':
        return `${kpi(reason.kpi)} already comes from "${reason.by}"`;
      case 'notKpi':
        return `not the same as ${kpi(reason.kpi)}`;
      case 'needsChoice':
        return 'can be any goal (sign-ups, leads, sales): choose its KPI to import it';
    }
  },
  readings: (count, shown, platform) => `${shown} ${plural(count, 'reading', 'readings')} from ${platform}`,
  range: (from, to) => (from === to ? `on ${from}` : `from ${from} to ${to}`),
  rejected: (count, shown) => `${shown} ${plural(count, 'line', 'lines')} rejected`,
  ignoredColumns: (count, shown) => `${shown} ${plural(count, 'column', 'columns')} ignored`,
  skippedRows: (count, shown) => `${shown} ${plural(count, 'row', 'rows')} from other traffic sources left out`,
  merged: (count, shown) => `${shown} ${plural(count, 'reading', 'readings')} of the same day added up`,
  skippedSource: (source, rows) => `${source} (${rows})`,
  overlap: (o, n, date) =>
    o.duplicates === 0
      ? 'None of these readings is in the Tracking sheet yet.'
      : `${n(o.duplicates)} of these readings ${plural(o.duplicates, 'is', 'are')} already in the Tracking sheet` +
        (o.range ? ` (${o.range.from === o.range.to ? date(o.range.from) : `${date(o.range.from)} to ${date(o.range.to)}`})` : '') +
        `, ${n(o.differing)} with a different value. Replace them, or keep the existing ones?`,
  plan: (p, n) => `${n(p.append.length)} new, ${n(p.replace.length)} replaced, ${n(p.skipped)} skipped.`,
  repeated: (count, shown) =>
    `${shown} ${plural(count, 'reading is', 'readings are')} also in another file with the same value: imported once.`,
  collisions: (count, shown) =>
    `${shown} ${plural(count, 'reading differs', 'readings differ')} from one file to another, and nothing tells which value is right: ` +
    `${plural(count, 'it is', 'they are')} not imported. Leave one of the files out, or export periods that do not overlap.`,
  collision: (kpi, channel, date, values) =>
    `${kpi} for ${channel} on ${date}: ${values.map((v) => `${v.value} in ${v.files}`).join(', ')}`,
  largestKept: (kpi, count, shown) =>
    `${kpi} counts people, who may be the same from one post to the next: ${plural(count, 'a line', `${shown} lines`)} of a day already read ` +
    `${plural(count, 'was', 'were')} not added up, the day’s largest value is kept`,
  noReading: (header, count, shown, lines, marks, more) =>
    `"${header}": no reading (${marks}) on ${plural(count, 'line', `${shown} lines:`)} ${lines}${more ? ` and ${more} more` : ''}; left empty, not 0`,
  blank: 'blank',
  list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
};

const fr: ImportTexts = {
  platform: {
    meta: 'Meta Business Suite',
    linkedin: 'LinkedIn',
    x: 'X',
    tiktok: 'TikTok',
    ga4: 'Google Analytics 4',
    mapped: 'Fichier CSV (votre correspondance)',
    unknown: 'Fichier inconnu',
  },
  sourceName: { meta: 'Meta', linkedin: 'LinkedIn', x: 'X', tiktok: 'TikTok', ga4: 'GA4', mapped: 'CSV', unknown: 'CSV' },
  source: (name, fileName, mapped) => `${mapped ? 'Import CSV' : `Export ${name}`}${fileName ? ` · ${fileName}` : ' (collé)'}`,
  delimiter: { ',': 'des virgules', ';': 'des points-virgules', '\t': 'des tabulations', '|': 'des barres verticales' },
  sep: ' : ',
  quote: (text) => `« ${text} »`,
  fatal(e, n, channel, date) {
    switch (e.code) {
      case 'empty':
        return 'Le fichier est vide.';
      case 'binary':
        switch (e.workbook) {
          case 'excel':
            return (
              'C’est un classeur Excel, pas un fichier CSV. Dans Excel, choisissez Fichier → Enregistrer sous (ou Enregistrer une copie), ' +
              'prenez le type « CSV UTF-8 (délimité par des virgules) (.csv) », puis importez le fichier enregistré.'
            );
          case 'numbers':
            return 'C’est un document Apple Numbers, pas un fichier CSV. Dans Numbers, choisissez Fichier → Exporter vers → CSV…, puis importez le fichier enregistré.';
          case 'opendocument':
            return (
              'C’est une feuille de calcul OpenDocument (.ods), pas un fichier CSV. Dans LibreOffice Calc, choisissez Fichier → Enregistrer sous, ' +
              'prenez le type « Texte CSV (.csv) », puis importez le fichier enregistré.'
            );
          default:
            return 'Ce n’est pas un fichier texte CSV (on dirait des données binaires : un classeur, une image ou un fichier abîmé). Exportez les données en CSV et réessayez.';
        }
      case 'tooManyLines':
        return `Le fichier compte ${n(e.lines)} lignes ; un import en accepte au plus ${n(e.limit)}. Exportez une période plus courte.`;
      case 'unrecognised':
        return 'Ce n’est pas un export que le module connaît (Meta, LinkedIn, X, TikTok, Google Analytics 4). Indiquez quelle colonne contient la date, le canal et chaque KPI.';
      case 'headerOnly':
        return 'Le fichier a un en-tête mais aucune ligne de données.';
      case 'channelRequired':
        return 'Cet export Meta ne dit pas s’il vient de Facebook ou d’Instagram. Choisissez le canal.';
      case 'noDate':
        return 'Le fichier n’a ni colonne Date ni période. Dans Google Analytics, ajoutez la dimension Date ou gardez la période du rapport dans l’export.';
      case 'periodNotEnded':
        return (
          `Ce rapport Google Analytics couvre la période du ${date(e.period.from)} au ${date(e.period.to)}, qui n’est pas terminée : ` +
          `ses totaux ne sont pas encore complets, et datés du ${date(e.period.to)} ils ne compteraient dans aucun objectif avant ce jour. ` +
          'Exportez une période terminée (jusqu’à hier au plus tard) et importez-la à nouveau.'
        );
      case 'mappingColumnMissing':
        return `La colonne « ${e.column} » n’est pas dans le fichier.`;
      case 'mappingIncomplete':
        return 'Choisissez la date, le canal et au moins une colonne de KPI.';
      case 'mixedDelimiters':
        return (
          `Ce fichier n’est pas un tableau : son en-tête est séparé par ${fr.delimiter[e.header]}, mais ` +
          fr.list(e.lines.map((l) => `la ligne ${l.line} par ${fr.delimiter[l.delimiter]}`)) +
          (e.count > e.lines.length
            ? ` (et ${n(e.count - e.lines.length)} ${pluriel(e.count - e.lines.length, 'autre ligne', 'autres lignes')})`
            : '') +
          `. Exportez-le à nouveau, ou séparez chaque ligne par ${fr.delimiter[e.header]}.`
        );
      case 'severalNetworks':
        return (
          `Ce tableau a une ligne par publication sur ${fr.list(e.channels.map(channel))} (colonne « ${e.column} ») : ce n’est pas l’export d’une seule plateforme. ` +
          'Faites correspondre ses colonnes : chaque ligne ira alors sur son propre canal.'
        );
    }
  },
  reject(r, kpi, n, channel, date) {
    switch (r.code) {
      case 'fieldCount':
        return `${r.got} ${pluriel(r.got, 'champ', 'champs')} alors que l’en-tête en a ${r.expected}`;
      case 'unclosedQuote':
        return 'un guillemet s’ouvre ici et ne se ferme jamais';
      case 'noDate':
        return 'pas de date';
      case 'badDate':
        return `« ${r.text} » n’est pas une date`;
      case 'ambiguousDate':
        return `« ${r.text} » : le jour ou le mois d’abord ? Rien dans le fichier ne le dit ; réglez les paramètres régionaux du classeur et importez à nouveau`;
      case 'dateWithoutYear':
        return `« ${r.text} » n’a pas d’année`;
      case 'future':
        return `« ${r.text} » est daté dans le futur (${date(r.date)}) : aucun export ne contient de jours à venir, et aucun objectif ne le compterait avant ce jour`;
      case 'badNumber':
        return `${r.column} : « ${r.text} » n’est pas un nombre`;
      case 'negative':
        return `${r.column} : « ${r.text} » est négatif, et ${kpi(r.kpi)} ne peut pas l’être : la ligne est corrompue, écartée`;
      case 'notCount': {
        const what =
          r.why === 'percent'
            ? 'est un pourcentage'
            : r.why === 'currency'
              ? 'est un montant'
              : `se lit ${n(r.value)}${decimalElsewhere(r.text) === ',' ? ', car le fichier écrit ailleurs ses décimales après une virgule' : decimalElsewhere(r.text) === '.' ? ', car le fichier écrit ailleurs ses décimales après un point' : ''}`;
        return `${r.column} : « ${r.text} » ${what}, et ${kpi(r.kpi)} est un décompte, un nombre entier : la ligne est écartée`;
      }
      case 'ambiguousNumber': {
        const both = ambiguousValues(r.text, n);
        return `${r.column} : « ${r.text} » peut valoir ${both ? `${both[0]} ou ${both[1]}` : 'des milliers ou des décimales'}, et rien dans le fichier ne dit lequel`;
      }
      case 'noChannel':
        return 'pas de canal';
      case 'summaryRow':
        return `une ligne « ${r.text} » additionne les autres : écartée`;
      case 'conflict':
        return `${kpi(r.kpi)} pour ${channel(r.channel)} le ${date(r.date)} vaut ${n(r.got)} ici mais ${n(r.kept)} sur une ligne précédente ; ${n(r.kept)} est conservé`;
    }
  },
  line: (line) => `Ligne ${line}`,
  ignored(reason, kpi) {
    switch (reason.code) {
      case 'noKpi':
        return 'aucun KPI correspondant';
      case 'composite':
        return 'somme d’autres actions : l’importer les compterait deux fois';
      case 'rate':
        return 'taux ou moyenne calculé par la plateforme ; le module calcule le sien à partir des composantes';
      case 'notGained':
        return `abonnés perdus, ou variation nette (gagnés moins perdus), alors que ${kpi('new_followers')} compte les abonnés gagnés`;
      case 'partOfTotal':
        return 'partie d’un total donné par une autre colonne';
      case 'sponsored':
        return 'comprend des résultats sponsorisés (payants), et vous avez choisi les résultats naturels seulement';
      case 'people':
        return `compte chaque personne une fois, alors que ${kpi(reason.kpi)} compte chaque passage`;
      case 'ownActivity':
        return 'publications que vous avez faites : votre propre activité, pas un résultat';
      case 'alsoGiven':
        return `${kpi(reason.kpi)} vient déjà de « ${reason.by} »`;
      case 'notKpi':
        return `ce n’est pas la même chose que ${kpi(reason.kpi)}`;
      case 'needsChoice':
        return 'peut être n’importe quel objectif (inscriptions, prospects, ventes) : choisissez son KPI pour l’importer';
    }
  },
  readings: (count, shown, platform) => `${shown} ${pluriel(count, 'relevé', 'relevés')} depuis ${platform}`,
  range: (from, to) => (from === to ? `le ${from}` : `du ${from} au ${to}`),
  rejected: (count, shown) => `${shown} ${pluriel(count, 'ligne rejetée', 'lignes rejetées')}`,
  ignoredColumns: (count, shown) => `${shown} ${pluriel(count, 'colonne ignorée', 'colonnes ignorées')}`,
  skippedRows: (count, shown) =>
    `${shown} ${pluriel(count, 'ligne', 'lignes')} d’autres sources de trafic ${pluriel(count, 'écartée', 'écartées')}`,
  merged: (count, shown) => `${shown} ${pluriel(count, 'relevé', 'relevés')} du même jour ${pluriel(count, 'additionné', 'additionnés')}`,
  skippedSource: (source, rows) => `${source} (${rows})`,
  overlap: (o, n, date) =>
    o.duplicates === 0
      ? 'Aucun de ces relevés n’est encore dans la feuille de suivi.'
      : `${n(o.duplicates)} de ces relevés ${pluriel(o.duplicates, 'est', 'sont')} déjà dans la feuille de suivi` +
        (o.range
          ? ` (${o.range.from === o.range.to ? `le ${date(o.range.from)}` : `du ${date(o.range.from)} au ${date(o.range.to)}`})`
          : '') +
        `, dont ${n(o.differing)} avec une autre valeur. Les remplacer, ou garder ceux qui existent ?`,
  plan: (p, n) =>
    `${n(p.append.length)} ${pluriel(p.append.length, 'nouveau', 'nouveaux')}, ${n(p.replace.length)} ${pluriel(p.replace.length, 'remplacé', 'remplacés')}, ${n(p.skipped)} ${pluriel(p.skipped, 'ignoré', 'ignorés')}.`,
  repeated: (count, shown) =>
    `${shown} ${pluriel(count, 'relevé est', 'relevés sont')} aussi dans un autre fichier avec la même valeur : ${pluriel(count, 'importé', 'importés')} une seule fois.`,
  collisions: (count, shown) =>
    `${shown} ${pluriel(count, 'relevé diffère', 'relevés diffèrent')} d’un fichier à l’autre, et rien ne dit quelle valeur est la bonne : ` +
    `${pluriel(count, 'il n’est pas importé', 'ils ne sont pas importés')}. Écartez l’un des fichiers, ou exportez des périodes qui ne se chevauchent pas.`,
  collision: (kpi, channel, date, values) =>
    `${kpi} pour ${channel} le ${date} : ${values.map((v) => `${v.value} dans ${v.files}`).join(', ')}`,
  largestKept: (kpi, count, shown) =>
    `${kpi} compte des personnes, parfois les mêmes d’une publication à l’autre : ${pluriel(count, 'une ligne', `${shown} lignes`)} d’un jour déjà lu ` +
    `${pluriel(count, 'n’a pas été additionnée', 'n’ont pas été additionnées')}, la plus grande valeur du jour est gardée`,
  noReading: (header, count, shown, lines, marks, more) =>
    `« ${header} » : aucun relevé (${marks}) ${pluriel(count, 'à la ligne', `sur ${shown} lignes :`)} ${lines}${more ? ` et ${more} autres` : ''} ; laissé vide, pas 0`,
  blank: 'vide',
  list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`),
};

export const IMPORT_TEXTS: Record<Lang, ImportTexts> = { en, fr };

/** "1,500" → the two values it may mean, shown in the reader's notation. */
function ambiguousValues(text: string, n: (v: number) => string): [string, string] | undefined {
  const scan = scanNumber(text);
  return scan.kind === 'ambiguous' ? [n(scan.asThousands), n(scan.asDecimal)] : undefined;
}

/**
 * The separator an ambiguous text ("2,871") was read with as a decimal one, which only the rest of its
 * file can have decided; undefined for a text that is a fraction on its own ("1,5").
 */
function decimalElsewhere(text: string): ',' | '.' | undefined {
  const scan = scanNumber(text);
  return scan.kind === 'ambiguous' ? scan.separator : undefined;
}

/** 12345.5 → "12,345.5" or "12 345,5" (the language's one thousands separator, as formatAmount). */
function numberShower(lang: Lang): (v: number) => string {
  return (v) => {
    const text = formatNumber(v, lang === 'fr');
    const [whole, fraction] = text.split(lang === 'fr' ? ',' : '.');
    const sign = whole.startsWith('-') ? '-' : '';
    const grouped = sign + groupThousands(whole.slice(sign.length), lang);
    return fraction === undefined ? grouped : `${grouped}${lang === 'fr' ? ',' : '.'}${fraction}`;
  };
}

const kpiShower = (lang: Lang) => (id: KpiId) => kpiById(id)?.label[lang] ?? id;
const channelShower = (lang: Lang) => (channel: string) => channelByLabel(channel)?.label[lang] ?? channel;
const dateShower = (lang: Lang) => (iso: string) => formatDate(iso, lang);

export function platformLabel(id: PlatformId): Bilingual {
  return { en: en.platform[id], fr: fr.platform[id] };
}

/** The Tracking row's source: "Meta export · insights.csv", "Export Meta · insights.csv", "CSV import (pasted)". */
export function importSourceText(lang: Lang, platform: PlatformId, fileName?: string): string {
  const t = IMPORT_TEXTS[lang];
  return t.source(t.sourceName[platform], fileName?.trim() || undefined, platform === 'mapped' || platform === 'unknown');
}

export function renderImportError(lang: Lang, error: ImportFatal): string {
  return IMPORT_TEXTS[lang].fatal(error, numberShower(lang), channelShower(lang), dateShower(lang));
}

export function renderRejectReason(lang: Lang, reason: RejectReason): string {
  return IMPORT_TEXTS[lang].reject(reason, kpiShower(lang), numberShower(lang), channelShower(lang), dateShower(lang));
}

/** "Line 12: "31/02/2026" is not a date." */
export function renderRejection(lang: Lang, rejection: Rejection): string {
  const t = IMPORT_TEXTS[lang];
  return `${t.line(rejection.line)}${t.sep}${renderRejectReason(lang, rejection.reason)}.`;
}

/** ""Interactions": a sum of other actions: importing it would count them twice." */
export function renderIgnoredColumn(lang: Lang, column: IgnoredColumn): string {
  const t = IMPORT_TEXTS[lang];
  return `${t.quote(column.header)}${t.sep}${t.ignored(column.reason, kpiShower(lang))}.`;
}

export function renderSkippedSources(lang: Lang, sources: readonly SkippedSource[]): string {
  const t = IMPORT_TEXTS[lang];
  const n = numberShower(lang);
  return sources.map((s) => t.skippedSource(s.source, n(s.rows))).join(', ');
}

/** One sentence for the preview: "1,234 readings from Meta Business Suite (Instagram) from 2026-01-01 to 2026-01-31; 2 lines rejected." */
export function renderImportSummary(lang: Lang, preview: ImportPreview): string {
  if (preview.fatal) return renderImportError(lang, preview.fatal);
  const t = IMPORT_TEXTS[lang];
  const n = numberShower(lang);
  const channelLabel = preview.channel ? channelShower(lang)(preview.channel) : undefined;
  // "LinkedIn (LinkedIn)" says nothing; "Meta Business Suite (Instagram)" does.
  const channel = channelLabel && channelLabel !== t.platform[preview.platform.id] ? ` (${channelLabel})` : '';
  let sentence = t.readings(preview.rows.length, n(preview.rows.length), `${t.platform[preview.platform.id]}${channel}`);
  if (preview.dateRange) sentence += ` ${t.range(formatDate(preview.dateRange.from, lang), formatDate(preview.dateRange.to, lang))}`;
  const parts: string[] = [];
  if (preview.merged > 0) parts.push(t.merged(preview.merged, n(preview.merged)));
  if (preview.rejected.length > 0) {
    const lines = new Set(preview.rejected.map((r) => r.line)).size;
    parts.push(t.rejected(lines, n(lines)));
  }
  if (preview.ignoredColumns.length > 0) parts.push(t.ignoredColumns(preview.ignoredColumns.length, n(preview.ignoredColumns.length)));
  const skipped = preview.skippedSources.reduce((sum, s) => sum + s.rows, 0);
  if (skipped > 0) parts.push(t.skippedRows(skipped, n(skipped)));
  return `${[sentence, ...parts].join(lang === 'fr' ? ' ; ' : '; ')}.`;
}

export function renderOverlap(lang: Lang, overlap: Overlap): string {
  return IMPORT_TEXTS[lang].overlap(overlap, numberShower(lang), dateShower(lang));
}

/** "Reach counts people, who may be the same from one post to the next: 3 lines of a day already read were not added up…" */
export function renderLargestKept(lang: Lang, kept: LargestKept): string {
  const t = IMPORT_TEXTS[lang];
  return `${t.largestKept(kpiShower(lang)(kept.kpi), kept.readings, numberShower(lang)(kept.readings))}.`;
}

/** ""Link clicks": no reading ("--", blank) on 2 lines: 13, 14; left empty, not 0." */
export function renderNoReading(lang: Lang, column: NoReadingColumn): string {
  const t = IMPORT_TEXTS[lang];
  const n = numberShower(lang);
  const marks = column.marks.map((m) => (m === '' ? t.blank : t.quote(m))).join(', ');
  const more = column.count - column.lines.length;
  return `${t.noReading(column.header, column.count, n(column.count), column.lines.join(', '), marks, more > 0 ? n(more) : undefined)}.`;
}

export function renderPlanSummary(lang: Lang, plan: ImportPlan): string {
  return IMPORT_TEXTS[lang].plan(plan, numberShower(lang));
}

/** "1 reading is also in another file with the same value: imported once." */
export function renderRepeated(lang: Lang, count: number): string {
  return IMPORT_TEXTS[lang].repeated(count, numberShower(lang)(count));
}

/** "2 readings differ from one file to another…: they are not imported. Leave one of the files out…" */
export function renderCollisions(lang: Lang, count: number): string {
  return IMPORT_TEXTS[lang].collisions(count, numberShower(lang)(count));
}

/** "Reach for Facebook on Feb 3, 2026: 0 in a.csv, 25 in b.csv and c.csv"; `file` names a group of the import. */
export function renderCollision(lang: Lang, collision: Collision, file: (group: number) => string): string {
  const t = IMPORT_TEXTS[lang];
  const n = numberShower(lang);
  return t.collision(
    kpiShower(lang)(collision.kpi),
    channelShower(lang)(collision.channel),
    dateShower(lang)(collision.date),
    collision.values.map((v) => ({ value: n(v.value), files: t.list(v.groups.map(file)) })),
  );
}
