/**
 * parseExport: a platform's own CSV export → Tracking rows, for the preview before anything is written.
 * The header row is found under any metadata lines by matching the platforms' known headers; the
 * platform's spec then says which column is the date, the channel and each KPI.
 */
import type { ChannelId } from '../catalog';
import { langFromLocale } from '../lang';
import { thousandsMark } from '../numbers';
import { importSourceText } from './texts';
import { delimiterByConsistency, parseCsv, type CsvRecord } from './csv';
import { dayOrderFromLocale } from './dates';
import { findColumn, normaliseHeader } from './headers';
import { resolveColumns, ruleOf, type ResolvedColumns } from './columns';
import { guessMapping } from './mapping';
import { LINKEDIN_SPLIT_HEADERS } from './metrics-map';
import { channelCell, networkColumn, onlyOwnChannels } from './networks';
import { normaliseTable, type ChannelPlan } from './normalise';
import { detectPlatform, META_SINGLE_METRIC_HEADER, platformDayOrder, platformSpec, type Detection } from './platforms';
import { HEADER_SEARCH_RECORDS, prepareText, type PreparedText } from './prepare';
import { basePreview, channelOfText, guessHeaderRecord, searchHeader, withFatal, withTable } from './preview';
import { GA4_KEY_EVENT_HEADERS, ga4Layout, type Ga4Facts } from './ga4';
import type { DateRange, Delimiter, ImportFatal, ImportPreview, KnownPlatformId, ParseOptions } from './types';

export function parseExport(input: { text: string } & ParseOptions): ImportPreview {
  const prepared = prepareText(input.text);
  if ('fatal' in prepared) return withFatal(basePreview('unknown'), prepared.fatal);
  const found = searchHeader<Detection>(prepared, (normalised) => detectPlatform(normalised, input.fileName));
  if (!found) return unrecognised(prepared);
  return platformPreview(found.match.platform, prepared, found.delimiter, found.headerIndex, input);
}

function unrecognised(prepared: PreparedText): ImportPreview {
  const preview = withFatal(basePreview('unknown'), { code: 'unrecognised' });
  const delimiter = prepared.delimiterHint ?? delimiterByConsistency(prepared.text);
  const record = guessHeaderRecord(parseCsv(prepared.text, delimiter, HEADER_SEARCH_RECORDS).records);
  if (!record) return preview;
  const header = record.fields.map((f) => f.trim());
  return { ...preview, header, headerLine: record.line, suggestedMapping: guessMapping(header) };
}

/** How the rows of one platform's export get their channel, date and KPI columns. */
interface PlatformLayout {
  /** What a GA4 export said about itself (ga4.ts). */
  ga4?: Ga4Facts;
  channel: ChannelPlan;
  columns: ResolvedColumns;
  dateColumns: number[];
  fixedDate?: string;
  period?: DateRange;
  summaryColumn?: number;
  endAtComment: boolean;
}

function platformPreview(
  platform: KnownPlatformId,
  prepared: PreparedText,
  delimiter: Delimiter,
  headerIndex: number,
  options: ParseOptions,
): ImportPreview {
  const { records, unclosedQuoteLine } = parseCsv(prepared.text, delimiter);
  const headerRecord = records[headerIndex];
  const header = headerRecord.fields.map((f) => f.trim());
  const above = records.slice(0, headerIndex);
  const preview: ImportPreview = { ...basePreview(platform), header, headerLine: headerRecord.line };

  const layout = platformLayout(platform, header, above, options, records, headerIndex);
  if ('fatal' in layout) {
    // A table of several networks goes to the mapping step, its network column as the channel.
    const guess =
      layout.fatal.code === 'severalNetworks' ? { ...guessMapping(header), channel: { column: layout.fatal.column } } : undefined;
    return withFatal(guess ? { ...preview, suggestedMapping: guess } : preview, layout.fatal);
  }

  const source = importSourceText(langFromLocale(options.locale), platform, options.fileName);
  const table = normaliseTable({
    text: prepared.text,
    delimiter,
    records,
    headerIndex,
    unclosedQuoteLine,
    dateColumns: layout.dateColumns,
    fixedDate: layout.fixedDate,
    channel: layout.channel,
    metrics: layout.columns.metrics,
    evidenceColumns: layout.columns.ignored.map((c) => c.index),
    summaryColumn: layout.summaryColumn,
    endAtComment: layout.endAtComment,
    source,
    // GA4 writes its numbers raw ("1785.5", never grouped), not in the locale's notation.
    localeGroups: platform === 'ga4' ? undefined : thousandsMark(options.locale),
    dayOrderHint: platformDayOrder(platform, header) ?? dayOrderFromLocale(options.locale),
    today: options.today,
  });
  return withTable(
    {
      ...preview,
      channel: layout.channel.kind === 'fixed' ? layout.channel.channel : undefined,
      period: layout.period,
      ...(layout.ga4 ? { ga4: layout.ga4 } : {}),
      usedColumns: layout.columns.metrics.map((m) => ({ header: m.header, kpi: m.kpi })),
      ignoredColumns: layout.columns.ignored.map(({ header: h, reason }) => ({ header: h, reason })),
      ...(platform === 'linkedin' && splitsOrganic(header) ? { organicSplit: true } : {}),
    },
    table,
  );
}

/** LinkedIn gives some metric both in total and organic only: the user may choose which is read. */
function splitsOrganic(header: readonly string[]): boolean {
  const normalised = header.map(normaliseHeader);
  return normalised.some((h) => LINKEDIN_SPLIT_HEADERS.total.has(h)) && normalised.some((h) => LINKEDIN_SPLIT_HEADERS.organic.has(h));
}

function platformLayout(
  platform: KnownPlatformId,
  header: readonly string[],
  above: readonly CsvRecord[],
  options: ParseOptions,
  records: readonly CsvRecord[],
  headerIndex: number,
): PlatformLayout | { fatal: ImportFatal } {
  const normalised = header.map(normaliseHeader);
  const spec = platformSpec(platform);
  const dateColumns = [...new Set(spec.dateHeaders.map((h) => normalised.indexOf(h)).filter((i) => i >= 0))];
  const reserved = new Set<number>(dateColumns);
  const columns = () => resolveColumns(platform, header, reserved, options.kpiOverrides, options.organicOnly);

  if (spec.channel === 'bySource') {
    const ga4 = ga4Layout(header, above, dateColumns.length > 0, reserved, { ...options, lang: langFromLocale(options.locale) });
    if ('fatal' in ga4) return ga4;
    const { overrides, ...rest } = ga4;
    const resolved = resolveColumns(platform, header, reserved, overrides);
    // GA4's attribution shares a key event out among sources: 12.5 key events is a reading, not a corrupt line.
    const keyEvents = findColumn(normalised, GA4_KEY_EVENT_HEADERS);
    const metrics = resolved.metrics.map((m) => (m.index === keyEvents ? { ...m, fractions: true as const } : m));
    return { ...rest, columns: { ...resolved, metrics }, dateColumns, endAtComment: true };
  }
  const network = networkColumn(normalised, records, headerIndex);
  if (network) {
    if (!onlyOwnChannels(network, spec.channel === 'meta' ? ['facebook', 'instagram'] : [spec.channel])) {
      return { fatal: { code: 'severalNetworks', column: header[network.index], channels: network.channels } };
    }
    reserved.add(network.index);
  }
  if (spec.channel !== 'meta') {
    // The caller's channel wins over a single-channel file's own ("LinkedIn (brand B)" as free text).
    const channel = options.channel ? channelOfText(options.channel) : spec.channel;
    return { channel: { kind: 'fixed', channel }, columns: columns(), dateColumns, endAtComment: false };
  }

  // Meta's Platform column names the app line by line; else the caller, the headers, the title or the file name tell.
  const channel: ChannelPlan | undefined = network
    ? { kind: 'column', index: network.index, resolve: channelCell }
    : metaChannel(normalised, above, options);
  if (!channel) return { fatal: { code: 'channelRequired' } };
  const primary = normalised.indexOf(META_SINGLE_METRIC_HEADER);
  if (primary >= 0) {
    reserved.add(primary);
    return { channel, columns: metaSingleMetric(header[primary], primary, above), dateColumns, endAtComment: false };
  }
  return { channel, columns: columns(), dateColumns, endAtComment: false };
}

const FACEBOOK_CLUES = new Set(
  [
    'Page ID',
    'Page name',
    'Page visits',
    'Facebook visits',
    'Reactions',
    'Reactions, comments and shares',
    'Total clicks',
    'Identifiant de la Page',
    'Nom de la Page',
    'Visites de la Page',
    'Réactions, commentaires et partages',
  ].map(normaliseHeader),
);
const INSTAGRAM_CLUES = new Set(
  [
    'Account ID',
    'Account username',
    'Account name',
    'Profile visits',
    'Instagram profile visits',
    'Saves',
    'Identifiant du compte',
    "Nom d'utilisateur du compte",
    'Nom du compte',
    'Visites du profil',
    'Enregistrements',
  ].map(normaliseHeader),
);
const FACEBOOK_NAME = /facebook|(^|[^a-z])fb([^a-z]|$)/i;
const INSTAGRAM_NAME = /instagram|(^|[^a-z])ig([^a-z]|$)/i;

function oneOf(facebook: boolean, instagram: boolean): ChannelId | undefined {
  if (facebook === instagram) return undefined;
  return facebook ? 'facebook' : 'instagram';
}

/**
 * Facebook or Instagram, when no Platform column names it per row: the caller's channel; then the headers
 * (Page ID vs Account username); then the title lines above the header ("Instagram reach"); then the file
 * name. Undefined when none tells: the caller must ask.
 */
function metaChannel(normalised: readonly string[], above: readonly CsvRecord[], options: ParseOptions): ChannelPlan | undefined {
  if (options.channel) return { kind: 'fixed', channel: channelOfText(options.channel) };
  const aboveText = above.map((r) => r.fields.join(' ')).join(' ');
  const clue =
    oneOf(
      normalised.some((h) => FACEBOOK_CLUES.has(h)),
      normalised.some((h) => INSTAGRAM_CLUES.has(h)),
    ) ??
    oneOf(FACEBOOK_NAME.test(aboveText), INSTAGRAM_NAME.test(aboveText)) ??
    (options.fileName ? oneOf(FACEBOOK_NAME.test(options.fileName), INSTAGRAM_NAME.test(options.fileName)) : undefined);
  return clue ? { kind: 'fixed', channel: clue } : undefined;
}

const META_TITLE_PREFIX = /^(?:(?:facebook|instagram)\s+)?(?:page\s+)?/;

/** Meta's one-metric export names its metric on the line above "Date","Primary": "Facebook reach", "Instagram follows". */
function metaSingleMetric(primaryHeader: string, primaryIndex: number, above: readonly CsvRecord[]): ResolvedColumns {
  const titleRecord = [...above].reverse().find((r) => {
    const filled = r.fields.filter((f) => f.trim() !== '');
    return filled.length === 1 && !filled[0].trim().toLowerCase().startsWith('sep=');
  });
  const title = titleRecord?.fields.find((f) => f.trim() !== '')?.trim();
  if (!title) return { metrics: [], ignored: [{ index: primaryIndex, header: primaryHeader, reason: { code: 'noKpi' } }] };
  const normalised = normaliseHeader(title);
  const rule = ruleOf('meta', normalised.replace(META_TITLE_PREFIX, '')) ?? ruleOf('meta', normalised);
  if (rule && 'kpi' in rule) return { metrics: [{ index: primaryIndex, header: title, kpi: rule.kpi }], ignored: [] };
  return {
    metrics: [],
    ignored: [{ index: primaryIndex, header: title, reason: rule && 'ignore' in rule ? rule.ignore : { code: 'noKpi' } }],
  };
}
