/**
 * Files no platform spec recognises: the user says which column is the date, the channel and each KPI
 * (guessMapping proposes a start), and the file is read with the same rules as a platform export.
 */
import { channelByLabel, type KpiId } from '../catalog';
import { langFromLocale } from '../lang';
import { thousandsMark } from '../numbers';
import { importSourceText } from './texts';
import { parseCsv } from './csv';
import { dayOrderFromLocale, scanDate } from './dates';
import { normaliseHeader } from './headers';
import { kpiOfAnyPlatformHeader, kpiOfCatalogueLabel } from './metrics-map';
import { normaliseTable, type ChannelPlan, type MetricColumn } from './normalise';
import { channelCell } from './networks';
import { DESCRIPTIVE_HEADERS } from './platforms';
import { prepareText } from './prepare';
import { basePreview, channelOfText, searchHeader, withFatal, withTable } from './preview';
import type { ColumnMapping, ImportPreview, MappingGuess, ParseOptions } from './types';

const DATE_HEADERS = new Set(
  [
    'date',
    'day',
    'jour',
    'publish time',
    'published',
    'created date',
    'time',
    'heure de publication',
    'date de publication',
    'periode',
    'period',
    'week',
    'semaine',
    'month',
    'mois',
  ].map(normaliseHeader),
);

const CHANNEL_HEADERS = new Set(
  [
    'channel',
    'canal',
    'network',
    'social network',
    'reseau',
    'reseau social',
    'platform',
    'plateforme',
    'source',
    'session source/medium',
    'session source',
    'source/medium',
  ].map(normaliseHeader),
);

/** Common names for catalogue KPIs beyond their labels and the platforms' own headers. */
const SYNONYMS: ReadonlyMap<string, KpiId> = new Map(
  (
    [
      ['website visits', 'visits'],
      ['visits', 'visits'],
      ['visites', 'visits'],
      ['visites du site', 'visits'],
      ['sessions', 'visits'],
      ['orders', 'sales'],
      ['commandes', 'sales'],
      ['sales', 'sales'],
      ['ventes', 'sales'],
      ['revenue', 'revenue'],
      ['ca', 'revenue'],
      ["chiffre d'affaires", 'revenue'],
      ['turnover', 'revenue'],
      ['customers', 'customers'],
      ['new customers', 'customers'],
      ['clients', 'customers'],
      ['nouveaux clients', 'customers'],
      ['sign-ups', 'email_signups'],
      ['signups', 'email_signups'],
      ['subscribers', 'email_signups'],
      ['inscriptions', 'email_signups'],
      ['downloads', 'downloads'],
      ['telechargements', 'downloads'],
      ['calls', 'calls'],
      ['appels', 'calls'],
      ['mentions', 'mentions'],
      ['messages', 'direct_messages'],
      ['dms', 'direct_messages'],
      ['messages prives', 'direct_messages'],
      ['positive reviews', 'positive_reviews'],
      ['avis positifs', 'positive_reviews'],
      ['followers', 'followers'],
      ['abonnes', 'followers'],
      ['reach', 'reach'],
      ['portee', 'reach'],
      ['website clicks', 'website_clicks'],
      ['clics vers le site', 'website_clicks'],
      ['link clicks', 'website_clicks'],
    ] as Array<[string, KpiId]>
  ).map(([name, kpi]) => [normaliseHeader(name), kpi]),
);

/** "Instagram reach" → "reach". */
function stripWord(header: string, word: string): string {
  return normaliseHeader(header)
    .split(' ')
    .filter((w) => w !== word)
    .join(' ');
}

function kpiOfHeader(header: string): KpiId | undefined {
  const normalised = normaliseHeader(header);
  return kpiOfCatalogueLabel(normalised) ?? SYNONYMS.get(normalised) ?? kpiOfAnyPlatformHeader(normalised);
}

const WORDS = /[^a-z0-9]+/;

/** "Instagram reach", "Abonnés Instagram": the one catalogue channel the headers name, if only one. */
function channelNamedInHeaders(normalised: readonly string[]): string | undefined {
  const named = new Set<string>();
  for (const header of normalised) {
    for (const word of header.split(WORDS)) {
      const channel = word.length > 1 ? channelByLabel(word) : undefined;
      if (channel) named.add(channel.id);
    }
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * A first proposal: the date and channel columns by their names (or the one channel the headers name,
 * as a fixed channel), each other column by the KPI it names, first one winning.
 */
export function guessMapping(header: readonly string[]): MappingGuess {
  const normalised = header.map(normaliseHeader);
  const guess: MappingGuess = { kpis: [] };
  const dateIndex = normalised.findIndex((h) => DATE_HEADERS.has(h));
  const channelIndex = normalised.findIndex((h) => CHANNEL_HEADERS.has(h));
  if (dateIndex >= 0) guess.date = { column: header[dateIndex] };
  const named = channelIndex >= 0 ? undefined : channelNamedInHeaders(normalised);
  if (channelIndex >= 0) guess.channel = { column: header[channelIndex] };
  else if (named) guess.channel = { fixed: named };
  const taken = new Set<KpiId>();
  header.forEach((name, index) => {
    if (index === dateIndex || index === channelIndex) return;
    const kpi = kpiOfHeader(name) ?? kpiOfHeader(named ? stripWord(name, named) : name);
    if (kpi && !taken.has(kpi)) {
      taken.add(kpi);
      guess.kpis.push({ column: name, kpi });
    }
  });
  return guess;
}

export function parseWithMapping(text: string, mapping: ColumnMapping, options: ParseOptions = {}): ImportPreview {
  const preview = basePreview('mapped');
  const prepared = prepareText(text);
  if ('fatal' in prepared) return withFatal(preview, prepared.fatal);

  const fixedDate = 'fixed' in mapping.date ? scanDate(mapping.date.fixed) : undefined;
  const fixedChannel = 'fixed' in mapping.channel ? channelOfText(mapping.channel.fixed) : undefined;
  if (mapping.kpis.length === 0 || (fixedDate && fixedDate.kind !== 'date') || fixedChannel === '') {
    return withFatal(preview, { code: 'mappingIncomplete' });
  }

  const named = [
    ...('column' in mapping.date ? [mapping.date.column] : []),
    ...('column' in mapping.channel ? [mapping.channel.column] : []),
    ...mapping.kpis.map((k) => k.column),
  ];
  const wanted = named.map(normaliseHeader);
  const found = searchHeader(prepared, (normalised) => ({ score: wanted.filter((w) => normalised.includes(w)).length }));
  if (!found || found.match.score < wanted.length) {
    const record = found ? parseCsv(prepared.text, found.delimiter, found.headerIndex + 1).records[found.headerIndex] : undefined;
    const present = record ? record.fields.map(normaliseHeader) : [];
    const missing = named[wanted.findIndex((w) => !present.includes(w))];
    return withFatal(preview, { code: 'mappingColumnMissing', column: missing });
  }

  const { records, unclosedQuoteLine } = parseCsv(prepared.text, found.delimiter);
  const headerRecord = records[found.headerIndex];
  const header = headerRecord.fields.map((f) => f.trim());
  const normalised = header.map(normaliseHeader);
  const indexOf = (column: string) => normalised.indexOf(normaliseHeader(column));

  const reserved = new Set<number>();
  const dateColumns = 'column' in mapping.date ? [indexOf(mapping.date.column)] : [];
  dateColumns.forEach((i) => reserved.add(i));
  let channel: ChannelPlan;
  if (fixedChannel !== undefined) {
    channel = { kind: 'fixed', channel: fixedChannel };
  } else {
    const index = indexOf((mapping.channel as { column: string }).column);
    reserved.add(index);
    channel = { kind: 'column', index, resolve: channelCell };
  }
  const metrics: MetricColumn[] = mapping.kpis.map((k) => {
    const index = indexOf(k.column);
    reserved.add(index);
    return { index, header: header[index], kpi: k.kpi };
  });
  const ignored = normalised
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => !reserved.has(index) && name !== '' && !DESCRIPTIVE_HEADERS.has(name));

  const source = importSourceText(langFromLocale(options.locale), 'mapped', options.fileName);
  const table = normaliseTable({
    text: prepared.text,
    delimiter: found.delimiter,
    records,
    headerIndex: found.headerIndex,
    unclosedQuoteLine,
    dateColumns,
    fixedDate: fixedDate?.kind === 'date' ? fixedDate.iso : undefined,
    channel,
    metrics,
    evidenceColumns: ignored.map((c) => c.index),
    endAtComment: false,
    source,
    localeGroups: thousandsMark(options.locale),
    dayOrderHint: dayOrderFromLocale(options.locale),
    today: options.today,
  });
  return withTable(
    {
      ...preview,
      channel: fixedChannel,
      header,
      headerLine: headerRecord.line,
      usedColumns: metrics.map((m) => ({ header: m.header, kpi: m.kpi })),
      ignoredColumns: ignored.map((c) => ({ header: header[c.index], reason: { code: 'noKpi' } })),
    },
    table,
  );
}
