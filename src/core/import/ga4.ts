/**
 * Google Analytics 4 exports as people download them from the Traffic acquisition and User acquisition
 * reports, in English or French: a "#" preamble (report, account, property, start and end dates), then
 * a table by session (or first user) source / medium, by source alone (with or without its medium), or
 * by default channel group. Without a Date dimension the rows are totals over the period, dated at its
 * end. A source is credited to its catalogue channel (sources.ts); a channel group cannot tell Facebook
 * from Instagram, so its social rows go to one clearly named "all social" channel and the preview says
 * how to export by source / medium instead. Key events can be any goal: their KPI is the user's choice,
 * remembered per property (the caller passes what was chosen before, by property name).
 */
import type { KpiId } from '../catalog';
import type { Lang } from '../lang';
import { isIsoDate } from '../dates';
import type { CsvRecord } from './csv';
import { scanDate } from './dates';
import { findColumn, normaliseHeader } from './headers';
import type { ChannelCell, ChannelPlan } from './normalise';
import { GA4_MEDIUM_HEADERS, GA4_SOURCE_HEADERS, isGa4ChannelGroupHeader } from './platforms';
import { channelOfSource } from './sources';
import type { DateRange, ImportFatal } from './types';

/** What a GA4 export said about itself, for the preview and for remembering the key events' KPI. */
export interface Ga4Facts {
  /** The property named in the preamble ("# Property: …" / "# Propriété : …"). */
  property?: string;
  /** The report's title line ("Traffic acquisition: Session source / medium"). */
  report?: string;
  /** What the table's rows are: sources (with or without their medium), or default channel groups. */
  table: 'source' | 'channelGroup';
  /** The key events column, and the KPI it is imported as (the caller's choice, or the one remembered for the property). */
  keyEvents?: { header: string; kpi?: KpiId; remembered: boolean };
}

/** What a key event may count, in the order the import offers them: purchases, leads, sign-ups, then the rest. */
export const KEY_EVENT_KPIS: readonly KpiId[] = ['sales', 'contact_requests', 'email_signups', 'customers', 'downloads', 'calls'];

export function isKeyEventKpi(value: unknown): value is KpiId {
  return typeof value === 'string' && (KEY_EVENT_KPIS as readonly string[]).includes(value);
}

/** GA4's key events column ("Conversions" before March 2024). */
export const GA4_KEY_EVENT_HEADERS: readonly string[] = ['Key events', 'Conversions', 'Événements clés'].map(normaliseHeader);

/** The channel the social rows of a channel-group table are imported under, in the sheet's language. */
export const ALL_SOCIAL_CHANNEL: Record<Lang, string> = { en: 'All social (GA4)', fr: 'Tous réseaux sociaux (GA4)' };

/** Default channel groups, as GA4 names them in English and (where the interface translates them) in French. */
const SOCIAL_GROUP = /social|reseaux sociaux/;
const EMAIL_GROUP = /^e-?mail$/;

export interface Ga4Layout {
  channel: ChannelPlan;
  summaryColumn: number;
  fixedDate?: string;
  period?: DateRange;
  ga4: Ga4Facts;
  /** The KPI per header the columns are to be read with: the caller's, plus a remembered one for key events. */
  overrides: Readonly<Record<string, KpiId | null>>;
}

export interface Ga4Options {
  lang: Lang;
  kpiOverrides?: Readonly<Record<string, KpiId | null>>;
  /** KPIs chosen for key events on earlier imports, by property name. */
  keyEventKpis?: Readonly<Record<string, KpiId>>;
  /** The sheet's today (ISO): a report of totals whose period ends after it is refused. */
  today?: string;
}

/** How a GA4 table's rows get their channel and date, and what the file said about itself. */
export function ga4Layout(
  header: readonly string[],
  above: readonly CsvRecord[],
  hasDateColumn: boolean,
  reserved: Set<number>,
  options: Ga4Options,
): Ga4Layout | { fatal: ImportFatal } {
  const normalised = header.map(normaliseHeader);
  const preamble = readPreamble(above);
  const sourceIndex = findColumn(normalised, GA4_SOURCE_HEADERS);
  const groupIndex = sourceIndex < 0 ? normalised.findIndex(isGa4ChannelGroupHeader) : -1;
  let channel: ChannelPlan;
  let summaryColumn: number;
  if (sourceIndex >= 0) {
    reserved.add(sourceIndex);
    const mediumIndex = normalised[sourceIndex].includes('/') ? -1 : findColumn(normalised, GA4_MEDIUM_HEADERS);
    if (mediumIndex >= 0) reserved.add(mediumIndex);
    channel = { kind: 'column', index: sourceIndex, medium: mediumIndex >= 0 ? mediumIndex : undefined, resolve: cached(sourceCell) };
    summaryColumn = sourceIndex;
  } else {
    reserved.add(groupIndex);
    channel = { kind: 'column', index: groupIndex, resolve: cached((value) => groupCell(value, options.lang)) };
    summaryColumn = groupIndex;
  }

  const keyEventsIndex = findColumn(normalised, GA4_KEY_EVENT_HEADERS);
  const overrides: Record<string, KpiId | null> = { ...options.kpiOverrides };
  const ga4: Ga4Facts = { table: sourceIndex >= 0 ? 'source' : 'channelGroup' };
  if (preamble.property) ga4.property = preamble.property;
  if (preamble.report) ga4.report = preamble.report;
  if (keyEventsIndex >= 0) {
    const keyHeader = header[keyEventsIndex];
    const chosen = Object.entries(overrides).find(([name]) => normaliseHeader(name) === normalised[keyEventsIndex]);
    const remembered = preamble.property !== undefined ? options.keyEventKpis?.[preamble.property] : undefined;
    if (chosen) {
      ga4.keyEvents = { header: keyHeader, remembered: false, ...(chosen[1] ? { kpi: chosen[1] } : {}) };
    } else if (isKeyEventKpi(remembered)) {
      overrides[keyHeader] = remembered;
      ga4.keyEvents = { header: keyHeader, kpi: remembered, remembered: true };
    } else {
      ga4.keyEvents = { header: keyHeader, remembered: false };
    }
  }

  const layout: Ga4Layout = { channel, summaryColumn, ga4, overrides };
  if (hasDateColumn) return layout;
  if (!preamble.period) return { fatal: { code: 'noDate' } };
  // Totals are dated at the period's end: a period still running gives incomplete totals that no goal
  // would count before that day. (GA4's day is its property's; a period that has ended there never ends
  // after the sheet's today.)
  if (options.today !== undefined && isIsoDate(options.today) && preamble.period.to > options.today) {
    return { fatal: { code: 'periodNotEnded', period: preamble.period } };
  }
  return { ...layout, fixedDate: preamble.period.to, period: preamble.period };
}

/** A report repeats a few sources over thousands of lines: each is looked up once. */
function cached(resolve: (value: string, medium?: string) => ChannelCell): (value: string, medium?: string) => ChannelCell {
  const known = new Map<string, ChannelCell>();
  return (value, medium) => {
    const key = medium === undefined ? value : `${value}\u0001${medium}`;
    let cell = known.get(key);
    if (!cell) {
      cell = resolve(value, medium);
      known.set(key, cell);
    }
    return cell;
  };
}

function sourceCell(value: string, medium: string | undefined): ChannelCell {
  const source = value.trim();
  if (source === '') return { missing: true };
  const found = channelOfSource(source, medium);
  if (found) return { channel: found };
  return { skip: medium?.trim() ? `${source} / ${medium.trim()}` : source };
}

/** "Organic Social" and "Paid Social" → the all-social channel; "Email" → the newsletter; any other group is left out. */
function groupCell(value: string, lang: Lang): ChannelCell {
  const group = value.trim();
  if (group === '') return { missing: true };
  const name = normaliseHeader(group);
  if (SOCIAL_GROUP.test(name)) return { channel: ALL_SOCIAL_CHANNEL[lang] };
  if (EMAIL_GROUP.test(name)) return { channel: 'newsletter' };
  return { skip: group };
}

const START = /(?:start date|date de debut)\s*:\s*(\d{8})/;
const END = /(?:end date|date de fin)\s*:\s*(\d{8})/;
const PROPERTY = /^#\s*(?:property|propri[ée]t[ée])\s*:\s*(.+)$/i;
/** Lines of the preamble that are no report title. */
const NOT_TITLE =
  /^#\s*(?:-+|account|compte|property|propri[ée]t[ée]|start date|end date|date de d[ée]but|date de fin|all users|tous les utilisateurs)?\s*(?::|$)/i;

interface Preamble {
  period?: DateRange;
  property?: string;
  report?: string;
}

/**
 * GA4's comment block: "# Traffic acquisition: Session source / medium", "# Account: …", "# Property: …",
 * "# Start date: 20260101", "# End date: 20260131" (French: "# Propriété : …", "# Date de début : …").
 */
export function readPreamble(above: readonly CsvRecord[]): Preamble {
  let from: string | undefined;
  let to: string | undefined;
  const found: Preamble = {};
  for (const record of above) {
    const raw = record.fields.join(',').trim();
    const line = normaliseHeader(raw);
    const iso = (m: RegExpExecArray | null) => {
      const scan = m ? scanDate(m[1]) : undefined;
      return scan?.kind === 'date' ? scan.iso : undefined;
    };
    from = iso(START.exec(line)) ?? from;
    to = iso(END.exec(line)) ?? to;
    const property = PROPERTY.exec(raw);
    if (property) found.property = property[1].trim().normalize('NFC');
    else if (found.report === undefined && raw.startsWith('#') && !NOT_TITLE.test(raw) && raw.includes(':'))
      found.report = raw.slice(1).trim();
  }
  if (from && to) found.period = { from, to };
  return found;
}
