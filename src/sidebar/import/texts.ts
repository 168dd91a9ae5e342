/**
 * Every text of the "Import platform data" sidebar that the import domain's texts (core/import/texts.ts) do not
 * already hold: views, labels, hints, progress, the server's answers. One typed object per language, so
 * neither can miss a text the other has. Numbers and dates passed in are already formatted; counts come
 * alongside them for plurals.
 */
import type { Lang } from '../../core/lang';

/** Why saveImport refused a reading (ImportError 'invalidReadings' in src/shared/endpoints.ts). */
export type InvalidReason = 'date' | 'channel' | 'kpi' | 'value' | 'negative' | 'conflict' | 'source' | 'tooMany' | 'shape';

export interface ImportSidebarTexts {
  appName: string;
  languages: { group: string };
  /** Shown in both languages while the sidebar loads (the language is not known yet). */
  loading: string;
  loadFailed: string;
  tryAgain: string;
  title: string;
  optional: string;
  back: string;
  pick: {
    /** The empty state: what the sidebar does and which files it reads. */
    intro(trackingSheet: string | undefined): string;
    accepted: string;
    files: string;
    filesHint: string;
    chosen(count: number, shown: string): string;
    paste: string;
    pasteHint: string;
    channel: string;
    channelDetect: string;
    channelHint: string;
    read: string;
    nothingChosen: string;
    /** `name` is the file's name, or the pasted text's (preview.pasted). */
    reading(index: string, total: string, name: string): string;
  };
  mapping: {
    title: string;
    /** "File 1 of 2 to map". */
    progress(index: string, total: string): string;
    /** `fileName` is undefined for pasted text. */
    intro(fileName: string | undefined): string;
    date: string;
    chooseColumn: string;
    channel: string;
    channelColumns: string;
    channelFixed: string;
    columnsLegend: string;
    columnsHint: string;
    ignore: string;
    /** Under a column's select: a value of its first data line. */
    example(value: string): string;
    apply: string;
    leaveOut: string;
    needDate: string;
    needChannel: string;
    needKpi: string;
    sameKpi(kpi: string, column: string): string;
    attention(count: number): string;
  };
  preview: {
    title: string;
    intro: string;
    pasted: string;
    platform: string;
    channel: string;
    kpis: string;
    readings: string;
    dates: string;
    range(from: string, to: string): string;
    period(from: string, to: string): string;
    rejected: string;
    ignored: string;
    skippedSources: string;
    merged: string;
    /** Cells of used columns that hold no reading ("", "-", "n/a"), listed by column. */
    noReading: string;
    /** The choice for a file giving organic and sponsored results apart (LinkedIn). */
    organic: { legend: string; total: string; totalHint: string; only: string; onlyHint: string };
    /** "and 12 more" under a shortened list. */
    more(count: number, shown: string): string;
    nothingFromFile: string;
    mapColumns: string;
    changeMapping: string;
    fileChannel: string;
    chooseChannel: string;
    needChannel: string;
    readAgain: string;
    /** Label of the select for a column the file cannot tell the KPI of (GA4 "Key events"). */
    importAs(header: string): string;
    include: string;
    total: string;
    totalReadings(count: number, shown: string, files: number, filesShown: string): string;
    totalRange(range: string): string;
    filesWithErrors(count: number, shown: string): string;
    nothing: string;
    overlapLegend: string;
    replace: string;
    replaceHint: string;
    skip: string;
    skipHint: string;
    importButton(count: number, shown: string): string;
    nothingNew: string;
    tooMany(count: string, max: string): string;
    writing: string;
  };
  problems: {
    busy: string;
    /** The refused reading, described ("Instagram · Reach · Jan 5, 2026 · 120 · insights.csv") when the index names one, and why. */
    invalid(reading: string | undefined, reason: string): string;
    reasons: Record<InvalidReason, string>;
    unreachable(message: string): string;
    fileTooLarge(size: string, max: string): string;
    unreadable(message: string): string;
  };
  done: {
    title: string;
    summary(
      added: number,
      replaced: number,
      skipped: number,
      shown: { added: string; replaced: string; skipped: string },
      sheet: string,
    ): string;
    /** Readings the files gave with different values, which were not sent. */
    collisions(count: number, shown: string): string;
    importMore: string;
  };
}

const en: ImportSidebarTexts = {
  appName: 'Social ROI',
  languages: { group: 'Language' },
  loading: 'Loading…',
  loadFailed: 'The import could not start.',
  tryAgain: 'Try again',
  title: 'Import platform data',
  optional: '(optional)',
  back: 'Back',
  pick: {
    intro: (sheet) =>
      `Add the platforms’ exports to the ${sheet ? `“${sheet}”` : 'Tracking'} sheet. Nothing is written before you check what was read.`,
    accepted:
      'Accepted: CSV exports from Meta Business Suite (Facebook, Instagram), LinkedIn, X, TikTok and Google Analytics 4, or any CSV once you say what its columns hold.',
    files: 'Export files',
    filesHint: '.csv, .tsv or .txt, one or several.',
    chosen: (count, shown) => (count === 1 ? '1 file chosen:' : `${shown} files chosen:`),
    paste: 'Or paste CSV text',
    pasteHint: 'The header line first, then one line per day.',
    channel: 'Channel',
    channelDetect: 'Found in each file',
    channelHint: 'For a Meta export that does not say Facebook or Instagram. A channel chosen here replaces every file’s own.',
    read: 'Read the files',
    nothingChosen: 'Choose a file or paste CSV text first.',
    reading: (index, total, name) => `Reading file ${index} of ${total}: ${name}…`,
  },
  mapping: {
    title: 'Match the columns',
    progress: (index, total) => `File ${index} of ${total} to match`,
    intro: (name) => `The add-on does not know ${name ? `“${name}”` : 'the pasted text'}. Say what its columns hold.`,
    date: 'Date column',
    chooseColumn: 'Choose a column',
    channel: 'Channel',
    channelColumns: 'A column of the file',
    channelFixed: 'The same channel on every line',
    columnsLegend: 'The other columns',
    columnsHint: 'Choose the KPI each column measures, or leave it out.',
    ignore: 'Leave out',
    example: (value) => `First line: ${value || '(empty)'}`,
    apply: 'Read with these columns',
    leaveOut: 'Leave this file out',
    needDate: 'Choose the column that holds the date.',
    needChannel: 'Choose the channel column, or one channel for all lines.',
    needKpi: 'Choose a KPI for at least one column.',
    sameKpi: (kpi, column) => `${kpi} is already read from “${column}”: choose it for one column only.`,
    attention: (count) => (count === 1 ? '1 choice needs attention.' : `${count} choices need attention.`),
  },
  preview: {
    title: 'Check before importing',
    intro: 'Nothing is written until you import.',
    pasted: 'Pasted text',
    platform: 'Read as',
    channel: 'Channel',
    kpis: 'KPIs',
    readings: 'Readings',
    dates: 'Dates',
    range: (from, to) => (from === to ? from : `${from} to ${to}`),
    period: (from, to) => `Totals from ${from} to ${to}, dated ${to}`,
    rejected: 'Lines left out',
    ignored: 'Columns ignored',
    skippedSources: 'Other traffic sources left out',
    merged: 'Readings of the same day added up',
    noReading: 'Cells with no reading',
    organic: {
      legend: 'Results to import',
      total: 'Total: organic and sponsored',
      totalHint: 'What LinkedIn counts in its totals.',
      only: 'Organic only',
      onlyHint: 'Sponsored (paid) results are left out, so ROI shows what the unpaid posts earned.',
    },
    more: (_count, shown) => `and ${shown} more`,
    nothingFromFile: 'Nothing will be imported from this file.',
    mapColumns: 'Match its columns',
    changeMapping: 'Change the columns',
    fileChannel: 'Channel of this file',
    chooseChannel: 'Choose a channel',
    needChannel: 'Choose the channel of this file first.',
    readAgain: 'Read it again',
    importAs: (header) => `Import “${header}” as`,
    include: 'Import this file',
    total: 'In total',
    totalReadings: (count, shown, files, filesShown) =>
      `${shown} ${count === 1 ? 'reading' : 'readings'} from ${filesShown} ${files === 1 ? 'source' : 'sources'}.`,
    totalRange: (range) => `Dates: ${range}.`,
    filesWithErrors: (count, shown) => `${shown} ${count === 1 ? 'file gives' : 'files give'} nothing to import.`,
    nothing: 'There is nothing to import yet.',
    overlapLegend: 'Readings already in the sheet',
    replace: 'Replace them with the imported values',
    replaceHint: 'Overwritten on their own rows.',
    skip: 'Skip them and keep the sheet’s values',
    skipHint: 'Chosen by default.',
    importButton: (count, shown) => `Import ${shown} ${count === 1 ? 'reading' : 'readings'}`,
    nothingNew: 'Every reading is already in the sheet: skipping them writes nothing.',
    tooMany: (count, max) => `${count} readings: one import takes at most ${max}. Leave a file out or export a shorter period.`,
    writing: 'Writing to the sheet…',
  },
  problems: {
    busy: 'Someone else is writing to the sheet. Nothing was written: try again in a moment.',
    invalid: (reading, reason) => `The sheet refused ${reading ? `a reading (${reading})` : 'the import'}: ${reason}. Nothing was written.`,
    reasons: {
      date: 'its date is not a calendar date',
      channel: 'its channel is empty or over 40 characters',
      kpi: 'its KPI is not in the catalogue',
      value: 'its value is not a number',
      negative: 'its value is negative, and its KPI cannot be',
      conflict: 'another reading of the import has the same date, channel and KPI with another value',
      source: 'its source (file name) is over 200 characters',
      tooMany: 'there are more readings than one import takes',
      shape: 'the request was malformed',
    },
    unreachable: (message) => `The sheet did not answer (${message}). Nothing you chose is lost: try again.`,
    fileTooLarge: (size, max) => `The file is ${size} MB; an import reads at most ${max} MB. Export a shorter period.`,
    unreadable: (message) => `The file could not be read (${message}). Choose it again.`,
  },
  done: {
    title: 'Readings imported',
    summary: (added, _replaced, _skipped, n, sheet) =>
      `${n.added} ${added === 1 ? 'reading' : 'readings'} added, ${n.replaced} replaced, ${n.skipped} skipped in the “${sheet}” sheet.`,
    collisions: (count, shown) =>
      `${shown} ${count === 1 ? 'reading' : 'readings'} the files gave with different values ${count === 1 ? 'was' : 'were'} not imported: import ${count === 1 ? 'it' : 'them'} from the file that is right.`,
    importMore: 'Import more files',
  },
};

/** French uses the singular for 0 and 1. */
const pluriel = (count: number, one: string, many: string) => (Math.abs(count) < 2 ? one : many);

const fr: ImportSidebarTexts = {
  appName: 'Social ROI',
  languages: { group: 'Langue' },
  loading: 'Chargement…',
  loadFailed: 'L’import n’a pas pu démarrer.',
  tryAgain: 'Réessayer',
  title: 'Importer les données des plateformes',
  optional: '(facultatif)',
  back: 'Retour',
  pick: {
    intro: (sheet) =>
      `Ajoutez les exports des plateformes à la feuille ${sheet ? `« ${sheet} »` : 'de suivi'}. Rien n’est écrit avant que vous ayez vérifié ce qui a été lu.`,
    accepted:
      'Acceptés : les exports CSV de Meta Business Suite (Facebook, Instagram), LinkedIn, X, TikTok et Google Analytics 4, ou tout CSV dont vous dites ce que contiennent les colonnes.',
    files: 'Fichiers d’export',
    filesHint: '.csv, .tsv ou .txt, un ou plusieurs.',
    chosen: (count, shown) => (count === 1 ? '1 fichier choisi :' : `${shown} fichiers choisis :`),
    paste: 'Ou collez du texte CSV',
    pasteHint: 'La ligne d’en-tête d’abord, puis une ligne par jour.',
    channel: 'Canal',
    channelDetect: 'Lu dans chaque fichier',
    channelHint: 'Pour un export Meta qui ne dit pas Facebook ou Instagram. Un canal choisi ici remplace celui de chaque fichier.',
    read: 'Lire les fichiers',
    nothingChosen: 'Choisissez d’abord un fichier ou collez du texte CSV.',
    reading: (index, total, name) => `Lecture du fichier ${index} sur ${total} : ${name}…`,
  },
  mapping: {
    title: 'Faire correspondre les colonnes',
    progress: (index, total) => `Fichier ${index} sur ${total} à faire correspondre`,
    intro: (name) => `Le module ne connaît pas ${name ? `« ${name} »` : 'le texte collé'}. Dites ce que contiennent ses colonnes.`,
    date: 'Colonne de la date',
    chooseColumn: 'Choisissez une colonne',
    channel: 'Canal',
    channelColumns: 'Une colonne du fichier',
    channelFixed: 'Le même canal sur chaque ligne',
    columnsLegend: 'Les autres colonnes',
    columnsHint: 'Choisissez le KPI que mesure chaque colonne, ou écartez-la.',
    ignore: 'Écarter',
    example: (value) => `Première ligne : ${value || '(vide)'}`,
    apply: 'Lire avec ces colonnes',
    leaveOut: 'Écarter ce fichier',
    needDate: 'Choisissez la colonne qui contient la date.',
    needChannel: 'Choisissez la colonne du canal, ou un canal pour toutes les lignes.',
    needKpi: 'Choisissez un KPI pour au moins une colonne.',
    sameKpi: (kpi, column) => `${kpi} est déjà lu dans « ${column} » : choisissez-le pour une seule colonne.`,
    attention: (count) => (count === 1 ? '1 choix à corriger.' : `${count} choix à corriger.`),
  },
  preview: {
    title: 'Vérifier avant d’importer',
    intro: 'Rien n’est écrit avant l’import.',
    pasted: 'Texte collé',
    platform: 'Lu comme',
    channel: 'Canal',
    kpis: 'KPI',
    readings: 'Relevés',
    dates: 'Dates',
    range: (from, to) => (from === to ? from : `du ${from} au ${to}`),
    period: (from, to) => `Totaux du ${from} au ${to}, datés du ${to}`,
    rejected: 'Lignes écartées',
    ignored: 'Colonnes ignorées',
    skippedSources: 'Autres sources de trafic écartées',
    merged: 'Relevés du même jour additionnés',
    noReading: 'Cellules sans relevé',
    organic: {
      legend: 'Résultats à importer',
      total: 'Total : naturels et sponsorisés',
      totalHint: 'Ce que LinkedIn compte dans ses totaux.',
      only: 'Naturels seulement',
      onlyHint: 'Les résultats sponsorisés (payants) sont écartés : le ROI montre ce que les publications non payées ont rapporté.',
    },
    more: (count, shown) => `et ${shown} ${pluriel(count, 'autre', 'autres')}`,
    nothingFromFile: 'Rien ne sera importé de ce fichier.',
    mapColumns: 'Faire correspondre ses colonnes',
    changeMapping: 'Changer les colonnes',
    fileChannel: 'Canal de ce fichier',
    chooseChannel: 'Choisissez un canal',
    needChannel: 'Choisissez d’abord le canal de ce fichier.',
    readAgain: 'Le relire',
    importAs: (header) => `Importer « ${header} » comme`,
    include: 'Importer ce fichier',
    total: 'Au total',
    totalReadings: (count, shown, files, filesShown) =>
      `${shown} ${pluriel(count, 'relevé', 'relevés')} de ${filesShown} ${pluriel(files, 'source', 'sources')}.`,
    totalRange: (range) => `Dates : ${range}.`,
    filesWithErrors: (count, shown) => `${shown} ${pluriel(count, 'fichier ne donne', 'fichiers ne donnent')} rien à importer.`,
    nothing: 'Il n’y a encore rien à importer.',
    overlapLegend: 'Relevés déjà dans la feuille',
    replace: 'Les remplacer par les valeurs importées',
    replaceHint: 'Remplacés sur leurs propres lignes.',
    skip: 'Les ignorer et garder les valeurs de la feuille',
    skipHint: 'Choix par défaut.',
    importButton: (count, shown) => `Importer ${shown} ${pluriel(count, 'relevé', 'relevés')}`,
    nothingNew: 'Chaque relevé est déjà dans la feuille : les ignorer n’écrit rien.',
    tooMany: (count, max) =>
      `${count} relevés : un import en accepte au plus ${max}. Écartez un fichier ou exportez une période plus courte.`,
    writing: 'Écriture dans la feuille…',
  },
  problems: {
    busy: 'Quelqu’un d’autre écrit dans la feuille. Rien n’a été écrit : réessayez dans un instant.',
    invalid: (reading, reason) => `La feuille a refusé ${reading ? `un relevé (${reading})` : 'l’import'} : ${reason}. Rien n’a été écrit.`,
    reasons: {
      date: 'sa date n’est pas une date du calendrier',
      channel: 'son canal est vide ou dépasse 40 caractères',
      kpi: 'son KPI n’est pas dans le catalogue',
      value: 'sa valeur n’est pas un nombre',
      negative: 'sa valeur est négative, ce que son KPI ne peut pas être',
      conflict: 'un autre relevé de l’import a la même date, le même canal et le même KPI avec une autre valeur',
      source: 'sa source (nom du fichier) dépasse 200 caractères',
      tooMany: 'il y a plus de relevés qu’un import n’en accepte',
      shape: 'la requête était mal formée',
    },
    unreachable: (message) => `La feuille n’a pas répondu (${message}). Rien de ce que vous avez choisi n’est perdu : réessayez.`,
    fileTooLarge: (size, max) => `Le fichier pèse ${size} Mo ; un import lit au plus ${max} Mo. Exportez une période plus courte.`,
    unreadable: (message) => `Le fichier n’a pas pu être lu (${message}). Choisissez-le à nouveau.`,
  },
  done: {
    title: 'Relevés importés',
    summary: (added, replaced, skipped, n, sheet) =>
      `${n.added} ${pluriel(added, 'relevé ajouté', 'relevés ajoutés')}, ${n.replaced} ${pluriel(replaced, 'remplacé', 'remplacés')}, ${n.skipped} ${pluriel(skipped, 'ignoré', 'ignorés')} dans la feuille « ${sheet} ».`,
    collisions: (count, shown) =>
      `${shown} ${pluriel(count, 'relevé', 'relevés')} que les fichiers donnaient avec des valeurs différentes ${pluriel(count, 'n’a pas été importé', 'n’ont pas été importés')} : importez-${pluriel(count, 'le', 'les')} depuis le bon fichier.`,
    importMore: 'Importer d’autres fichiers',
  },
};

export const IMPORT_SIDEBAR_TEXTS: Record<Lang, ImportSidebarTexts> = { en, fr };
