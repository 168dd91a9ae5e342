/**
 * What the wizard computes in the browser from the draft and the Tracking history it received once:
 * the baseline suggestion, the drafted statement, the unit and the achievable check, on the goal's own
 * channels (chosen before them). No server call.
 */
import { kpiById, type Kpi, type KpiUnit } from '../../core/catalog';
import { isIsoDate } from '../../core/dates';
import {
  achievableCheck,
  achievableMessage,
  achievableVerdict,
  channelsWithoutReadings,
  defaultUnit,
  draftStatement,
  inFieldOrder,
  OTHER_CHANNEL,
  suggestBaseline,
  validateGoal,
  type AchievableVerdict,
  type BaselineSuggestion,
  type FieldError,
  type GoalValidation,
} from '../../core/goals';
import type { Lang } from '../../core/lang';
import type { TrackingRow } from '../../core/tracking';
import { numberConvention, readTypedNumber } from '../../core/numbers';
import { formatNumber } from '../../core/values';
import { historyRows } from '../../shared/digest';
import type { HistoryDigest, WizardData } from '../../shared/endpoints';
import { AMOUNT_FIELDS, amountRetyped, goalFormOf, isMoneyKpi, otherTicked, type AmountField, type Draft } from './draft';

export interface Tracking {
  rows: TrackingRow[];
}

export function trackingOf(history: HistoryDigest): Tracking {
  return { rows: historyRows(history) };
}

/** What the sheet a goal is written to says about its unit: its language, and its currency. */
export type SheetFacts = Pick<WizardData, 'sheetLang' | 'defaultUnit'>;

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

/** The language an amount of the draft is read in: the one it was typed in when kept refused across a switch. */
function amountLang(draft: Draft, field: AmountField, lang: Lang): Lang {
  return draft.amountsTypedIn?.[field] ?? lang;
}

/** The draft's baseline or target as validation reads it; undefined while it is refused. */
export function draftAmount(draft: Draft, field: AmountField, kpi: Kpi, lang: Lang): number | undefined {
  return readAmount(draft[field], kpi, amountLang(draft, field, lang));
}

/** An amount read in `lang` with its unit, for rewriting: without a KPI yet, a percentage stays one. */
function amountToTranslate(text: string, kpi: Kpi | undefined, lang: Lang): { value: number; unit: KpiUnit } | undefined {
  if (kpi) {
    const value = readAmount(text, kpi, lang);
    return value === undefined ? undefined : { value, unit: kpi.unit };
  }
  const parsed = readTypedNumber(text, numberConvention(lang));
  return parsed.kind === 'number' ? { value: parsed.value, unit: parsed.percent ? 'percent' : 'count' } : undefined;
}

/**
 * The draft's amounts rewritten from one language's notation to the other's when the user switches:
 * "1,500" typed in French (1.5) must not become 1500 in English. An amount refused where it was typed
 * ("1.500" in French: 1 500 or 1,5?) is kept as typed and stays read in that language, so stays refused,
 * until the user types it again: read in English, it would silently become 1.5. With `from` = `to`, an
 * amount kept so that reads now (the KPI changed) is rewritten in `to`.
 */
export function translateAmounts(draft: Draft, from: Lang, to: Lang): void {
  const kpi = goalKpi(draft.kpi);
  for (const field of AMOUNT_FIELDS) {
    const typedIn = amountLang(draft, field, from);
    const blank = draft[field].trim() === '';
    const read = blank ? undefined : amountToTranslate(draft[field], kpi, typedIn);
    if (read && typedIn !== to) draft[field] = amountText(to, read.unit, read.value);
    if (read || blank || typedIn === to) amountRetyped(draft, field);
    else draft.amountsTypedIn = { ...draft.amountsTypedIn, [field]: typedIn };
  }
}

/**
 * The draft validated as the server will read it in `lang`, but for an amount kept refused from another
 * language: that one is refused with the reason it had there, and the other fields are checked without
 * it, so that no check compares with a number it does not hold.
 */
export function validateDraft(draft: Draft, today: string, lang: Lang): GoalValidation {
  const form = goalFormOf(draft);
  const kept = AMOUNT_FIELDS.filter((field) => amountLang(draft, field, lang) !== lang);
  if (kept.length === 0) return validateGoal(form, today, lang);
  const rest = validateGoal({ ...form, ...Object.fromEntries(kept.map((field) => [field, ''])) }, today, lang);
  const errors: FieldError[] = (rest.ok ? [] : rest.errors).filter((e) => !(kept as readonly string[]).includes(e.field));
  for (const field of kept) {
    const own = validateGoal(form, today, amountLang(draft, field, lang));
    errors.push((own.ok ? undefined : own.errors.find((e) => e.field === field)) ?? { field, code: 'invalid' });
  }
  return { ok: false, errors: inFieldOrder(errors) };
}

/** The channels the goal names, as Tracking names them: catalogue ids and the other channel. */
export function chosenChannels(draft: Draft): string[] {
  const channels = draft.channels.filter((c) => c !== OTHER_CHANNEL);
  const other = draft.otherChannel.trim();
  if (otherTicked(draft) && other !== '') channels.push(other);
  return channels;
}

/**
 * The goal's channels that Tracking holds no reading of its KPI on (for a ratio, of either part): the
 * wizard suggests no baseline then, and says so. Empty while Tracking holds nothing at all.
 */
export function untrackedChannels(draft: Draft, tracking: Tracking): string[] {
  const kpi = goalKpi(draft.kpi);
  if (!kpi || tracking.rows.length === 0) return [];
  return channelsWithoutReadings(tracking.rows, kpi.id, chosenChannels(draft));
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
  const channels = chosenChannels(draft);
  // A channel without readings would be counted as nothing: the user must type the baseline then.
  if (!period || channels.length === 0 || untrackedChannels(draft, tracking).length > 0) return undefined;
  return suggestBaseline(tracking.rows, kpi.id, channels, period.start, period.deadline);
}

export function statementDraft(lang: Lang, draft: Draft): string | undefined {
  const kpi = goalKpi(draft.kpi);
  if (!kpi || !isIsoDate(draft.deadline)) return undefined;
  const target = draftAmount(draft, 'target', kpi, lang);
  if (target === undefined) return undefined;
  const baseline = draftAmount(draft, 'baseline', kpi, lang);
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

/**
 * Whether a loaded goal's statement is the one the wizard drafts for it in the sidebar's language `lang`.
 * Such a statement stays the wizard's to redraft: edit the channels or the target and it follows, instead
 * of still naming what the goal no longer has. A statement the user wrote stays theirs, and so does one
 * drafted in the other language: redrafting it at once would switch its language on opening the goal, and
 * saving it unchanged would save it in another language (Redraft is at hand for that). The draft is only
 * read, never changed (not even the language its amounts were typed in).
 */
export function isDraftedStatement(draft: Readonly<Draft>, lang: Lang): boolean {
  return statementDraft(lang, draft) === draft.statement.trim();
}

export interface Achievable {
  verdict: AchievableVerdict;
  text: string;
  /** The longest goal, in days, a history too short for this one can check now. */
  longestDays?: number;
}

/** The achievable check, or undefined while the dates, baseline or target are missing. */
export function achievable(lang: Lang, draft: Draft, tracking: Tracking): Achievable | undefined {
  const kpi = goalKpi(draft.kpi);
  const period = goalPeriod(draft);
  if (!kpi || !period) return undefined;
  const baseline = draftAmount(draft, 'baseline', kpi, lang);
  const target = draftAmount(draft, 'target', kpi, lang);
  if (baseline === undefined || target === undefined) return undefined;
  const check = achievableCheck(tracking.rows, { kpi: kpi.id, channels: chosenChannels(draft), ...period, baseline, target });
  const shown: Achievable = { verdict: achievableVerdict(check), text: achievableMessage(lang, check) };
  return check.status === 'noHistory' && check.longestDays !== undefined ? { ...shown, longestDays: check.longestDays } : shown;
}

/**
 * Fills in what is still the wizard's to fill: the baseline from Tracking, the drafted statement and the
 * unit (the KPI's own, in the sheet's language); an amount kept from another language that now reads
 * (see translateAmounts) is rewritten in this one.
 */
export function syncDerived(lang: Lang, draft: Draft, tracking: Tracking, sheet: SheetFacts): void {
  translateAmounts(draft, lang, lang);
  if (!draft.unitTyped) draft.unit = defaultUnit(sheet.sheetLang, draft.kpi, sheet.defaultUnit);
  if (!draft.baselineTyped) {
    const kpi = goalKpi(draft.kpi);
    const suggestion = baselineSuggestion(draft, tracking);
    if (kpi && suggestion) {
      draft.baseline = amountText(lang, kpi.unit, suggestion.value);
      draft.baselineDate = suggestion.to;
      amountRetyped(draft, 'baseline');
    } else if (draft.baselineDate !== undefined) {
      // The suggestion no longer applies (another KPI, other dates): it must not stay as if typed.
      draft.baseline = '';
      delete draft.baselineDate;
      amountRetyped(draft, 'baseline');
    }
  }
  if (!draft.statementEdited) {
    const statement = statementDraft(lang, draft);
    if (statement !== undefined) draft.statement = statement;
  }
}
