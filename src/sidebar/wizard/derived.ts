/**
 * What the wizard computes in the browser from the draft and the Tracking history it received once:
 * the baseline suggestion, the drafted statement and the achievable check. No server call.
 */
import { kpiById, type Kpi, type KpiUnit } from '../../core/catalog';
import { isIsoDate } from '../../core/dates';
import {
  achievableCheck,
  achievableMessage,
  draftStatement,
  OTHER_CHANNEL,
  suggestBaseline,
  type BaselineSuggestion,
} from '../../core/goals';
import type { Lang } from '../../core/lang';
import type { TrackingRow } from '../../core/tracking';
import { numberConvention, readTypedNumber } from '../../core/numbers';
import { formatNumber } from '../../core/values';
import { historyRows } from '../../shared/digest';
import type { HistoryDigest } from '../../shared/endpoints';
import { isMoneyKpi, otherTicked, type Draft } from './draft';

export interface Tracking {
  rows: TrackingRow[];
  /** Every channel with a reading: what the figures cover while the goal has no channel yet. */
  channels: string[];
}

export function trackingOf(history: HistoryDigest): Tracking {
  const rows = historyRows(history);
  return { rows, channels: [...new Set(rows.map((r) => r.channel))] };
}

/** The KPI a goal can be set on, or undefined. */
export function goalKpi(id: string): Kpi | undefined {
  const kpi = kpiById(id);
  return kpi && !kpi.partOnly ? kpi : undefined;
}

/** A baseline or target as validation reads it in `lang`; undefined for anything it would refuse. */
export function readAmount(text: string, kpi: Kpi, lang: Lang): number | undefined {
  const parsed = readTypedNumber(text, numberConvention(lang));
  if (parsed.kind !== 'number' || parsed.value < 0) return undefined;
  // A percent KPI holds a fraction: "12 %" is 0.12, a bare 12 is refused (validation suggests 0.12).
  if (kpi.unit === 'percent') return parsed.value <= 1 ? parsed.value : undefined;
  return parsed.percent ? undefined : parsed.value;
}

/**
 * A value as a text field should hold it so that validation in `lang` reads it back unchanged: no
 * thousands separator, the language's decimal mark ("1,25" in French reads 1.25 there).
 */
export function amountText(lang: Lang, unit: KpiUnit, value: number): string {
  const shown = unit === 'percent' ? value * 100 : value;
  const text = formatNumber(shown, lang === 'fr');
  if (unit !== 'percent') return text;
  return lang === 'fr' ? `${text}\u00a0%` : `${text}%`;
}

/**
 * The draft's amounts rewritten from one language's notation to the other's when the user switches:
 * "1,500" typed in French (1.5) must not become 1500 in English.
 */
export function translateAmounts(draft: Draft, from: Lang, to: Lang): void {
  const kpi = goalKpi(draft.kpi);
  if (!kpi || from === to) return;
  for (const field of ['baseline', 'target'] as const) {
    const value = readAmount(draft[field], kpi, from);
    if (value !== undefined) draft[field] = amountText(to, kpi.unit, value);
  }
}

/** The channels the goal names, as Tracking names them: catalogue ids and the other channel. */
export function chosenChannels(draft: Draft): string[] {
  const channels = draft.channels.filter((c) => c !== OTHER_CHANNEL);
  const other = draft.otherChannel.trim();
  if (otherTicked(draft) && other !== '') channels.push(other);
  return channels;
}

/** The channels Tracking figures are read from: the chosen ones, or all of them while none is chosen. */
export function readingChannels(draft: Draft, tracking: Tracking): { channels: string[]; all: boolean } {
  const chosen = chosenChannels(draft);
  return chosen.length > 0 ? { channels: chosen, all: false } : { channels: tracking.channels, all: true };
}

function goalPeriod(draft: Draft): { start: string; deadline: string } | undefined {
  if (!isIsoDate(draft.start) || !isIsoDate(draft.deadline) || draft.deadline <= draft.start) return undefined;
  return { start: draft.start, deadline: draft.deadline };
}

export function baselineSuggestion(draft: Draft, tracking: Tracking): BaselineSuggestion | undefined {
  const kpi = goalKpi(draft.kpi);
  if (!kpi || !isIsoDate(draft.start)) return undefined;
  // A stock's baseline is its reading at the start; other kinds need the goal's length.
  const period = goalPeriod(draft) ?? (kpi.kind === 'stock' ? { start: draft.start, deadline: draft.start } : undefined);
  if (!period) return undefined;
  return suggestBaseline(tracking.rows, kpi.id, readingChannels(draft, tracking).channels, period.start, period.deadline);
}

export function statementDraft(lang: Lang, draft: Draft): string | undefined {
  const kpi = goalKpi(draft.kpi);
  if (!kpi || !isIsoDate(draft.deadline)) return undefined;
  const target = readAmount(draft.target, kpi, lang);
  if (target === undefined) return undefined;
  const baseline = readAmount(draft.baseline, kpi, lang);
  return draftStatement(lang, {
    kpi: kpi.id,
    target,
    ...(baseline === undefined ? {} : { baseline }),
    channels: draft.channels,
    ...(otherTicked(draft) && draft.otherChannel.trim() !== '' ? { otherChannel: draft.otherChannel } : {}),
    deadline: draft.deadline,
    ...(isMoneyKpi(kpi.id) && draft.unit.trim() !== '' ? { unit: draft.unit } : {}),
  });
}

/** The achievable check's sentence, or undefined while the dates, baseline or target are missing. */
export function achievableText(lang: Lang, draft: Draft, tracking: Tracking): string | undefined {
  const kpi = goalKpi(draft.kpi);
  const period = goalPeriod(draft);
  if (!kpi || !period) return undefined;
  const baseline = readAmount(draft.baseline, kpi, lang);
  const target = readAmount(draft.target, kpi, lang);
  if (baseline === undefined || target === undefined) return undefined;
  const check = achievableCheck(tracking.rows, {
    kpi: kpi.id,
    channels: readingChannels(draft, tracking).channels,
    ...period,
    baseline,
    target,
  });
  return achievableMessage(lang, check);
}

/** Fills in what is still the wizard's to fill: the baseline from Tracking and the drafted statement. */
export function syncDerived(lang: Lang, draft: Draft, tracking: Tracking): void {
  if (!draft.baselineTyped) {
    const kpi = goalKpi(draft.kpi);
    const suggestion = baselineSuggestion(draft, tracking);
    if (kpi && suggestion) {
      draft.baseline = amountText(lang, kpi.unit, suggestion.value);
      draft.baselineDate = suggestion.to;
    } else if (draft.baselineDate !== undefined) {
      // The suggestion no longer applies (another KPI, other dates): it must not stay as if typed.
      draft.baseline = '';
      delete draft.baselineDate;
    }
  }
  if (!draft.statementEdited) {
    const statement = statementDraft(lang, draft);
    if (statement !== undefined) draft.statement = statement;
  }
}
