/**
 * The column-matching step's choices for one file, before they become a ColumnMapping: prefilled from
 * guessMapping's proposal (or the user's earlier choices for the same file), checked before the file is
 * read with them.
 */
import { KPIS, STAGES, type Kpi, type KpiId } from '../../core/catalog';
import type { Lang } from '../../core/lang';
import type { ColumnMapping, MappingGuess } from '../../core/import';
import { DELIMITERS, isBlankRecord, parseCsv } from '../../core/import/csv';
import { normaliseHeader } from '../../core/import/headers';

export type ChannelChoice = { column: string } | { fixed: string };

export interface MappingDraft {
  /** The date column's header; '' until one is chosen. */
  date: string;
  channel?: ChannelChoice;
  /** Per column header: its KPI, or '' to leave it out. */
  kpis: Record<string, KpiId | ''>;
}

export interface MappingProblems {
  date?: true;
  channel?: true;
  /** No column has a KPI. */
  kpis?: true;
  /** Per column header: the earlier column already giving its KPI. */
  sameKpi: Record<string, string>;
}

/**
 * KPIs a column can feed. Ratios (conversion rate, churn, share of voice) are left out: the add-on
 * computes them from their parts, so a ratio column would be read by nothing.
 */
export const MAPPABLE_KPIS: readonly Kpi[] = KPIS.filter((k) => k.kind !== 'ratio');

const MAPPABLE = new Set<string>(MAPPABLE_KPIS.map((k) => k.id));

/** The KPIs a column can feed, as select options grouped by funnel stage. */
export function kpiOptionGroups(lang: Lang): Array<{ group: string; options: Array<{ value: string; label: string }> }> {
  return STAGES.map((stage) => ({
    group: stage.label[lang],
    options: MAPPABLE_KPIS.filter((k) => k.stage === stage.id).map((k) => ({ value: k.id, label: k.label[lang] })),
  }));
}

/** The header's columns that can be matched by name: not blank, and the first of any two that read alike. */
export function mappableColumns(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.filter((name) => {
    const key = normaliseHeader(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function draftFromGuess(header: readonly string[], guess: MappingGuess | undefined, channel: string): MappingDraft {
  const columns = mappableColumns(header);
  const draft: MappingDraft = { date: '', kpis: {} };
  if (guess?.date && 'column' in guess.date && columns.includes(guess.date.column)) draft.date = guess.date.column;
  if (guess?.channel) draft.channel = guess.channel;
  else if (channel) draft.channel = { fixed: channel };
  for (const { column, kpi } of guess?.kpis ?? []) if (MAPPABLE.has(kpi) && columns.includes(column)) draft.kpis[column] = kpi;
  return draft;
}

/** The columns that hold readings: every column but the date and the channel ones. */
export function metricColumns(columns: readonly string[], draft: MappingDraft): string[] {
  const channelColumn = draft.channel && 'column' in draft.channel ? draft.channel.column : undefined;
  return columns.filter((c) => c !== draft.date && c !== channelColumn);
}

export function checkDraft(columns: readonly string[], draft: MappingDraft): { mapping: ColumnMapping } | { problems: MappingProblems } {
  const problems: MappingProblems = { sameKpi: {} };
  if (!columns.includes(draft.date)) problems.date = true;
  const channel = draft.channel;
  if (
    !channel ||
    ('column' in channel ? !columns.includes(channel.column) || channel.column === draft.date : channel.fixed.trim() === '')
  ) {
    problems.channel = true;
  }
  const kpis: Array<{ column: string; kpi: KpiId }> = [];
  const firstOf = new Map<KpiId, string>();
  for (const column of metricColumns(columns, draft)) {
    const kpi = draft.kpis[column];
    if (!kpi) continue;
    const first = firstOf.get(kpi);
    if (first !== undefined) problems.sameKpi[column] = first;
    else {
      firstOf.set(kpi, column);
      kpis.push({ column, kpi });
    }
  }
  if (kpis.length === 0) problems.kpis = true;
  if (problems.date || problems.channel || problems.kpis || Object.keys(problems.sameKpi).length > 0 || !channel) return { problems };
  return { mapping: { date: { column: draft.date }, channel, kpis } };
}

export function problemCount(problems: MappingProblems): number {
  return (problems.date ? 1 : 0) + (problems.channel ? 1 : 0) + (problems.kpis ? 1 : 0) + Object.keys(problems.sameKpi).length;
}

/** The first data line's value in each column, to show what a column holds; undefined when it cannot be found. */
export function firstValues(text: string, header: readonly string[], headerLine: number | undefined): Map<string, string> | undefined {
  if (headerLine === undefined) return undefined;
  const wanted = header.map((h) => h.trim());
  for (const delimiter of DELIMITERS) {
    const { records } = parseCsv(text, delimiter, headerLine + 20);
    const at = records.findIndex((r) => r.line === headerLine);
    if (at < 0 || records[at].fields.length !== wanted.length || records[at].fields.some((f, i) => f.trim() !== wanted[i])) continue;
    const row = records.slice(at + 1).find((r) => !isBlankRecord(r.fields));
    if (!row) return undefined;
    return new Map(wanted.map((name, i) => [name, (row.fields[i] ?? '').trim()]));
  }
  return undefined;
}
