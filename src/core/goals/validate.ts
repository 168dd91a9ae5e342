/**
 * Validation of a goal as the wizard sends it. The sidebar runs it as the user types and the server runs
 * it again on whatever arrives, so the input is `unknown`. Every field is checked and every refused field
 * reported at once, one error per field (the most basic problem first), in the form's field order.
 */
import { channelByLabel, isChannelId, isOutcomeId, isStageId, kpiById, type ChannelId, type Kpi, type StageId } from '../catalog';
import { addDays, addYears, isIsoDate } from '../dates';
import { numberConvention, readTypedNumber, type NumberConvention } from '../numbers';
import type { Lang } from '../lang';
import { readText, shortened, textLength } from './text';
import { readWebAddress } from '../utm';
import {
  MAX_DEADLINE_YEARS,
  MAX_LENGTH,
  MAX_START_DAYS_AGO,
  OTHER_CHANNEL,
  type FieldError,
  type FieldErrorCode,
  type FieldErrorParams,
  type Goal,
  type GoalForm,
  type GoalValidation,
} from './types';

const FIELD_ORDER: ReadonlyArray<keyof GoalForm> = [
  'id',
  'outcome',
  'outcomeNumber',
  'outcomeDeadline',
  'stage',
  'kpi',
  'statement',
  'baseline',
  'baselineDate',
  'target',
  'unit',
  'start',
  'deadline',
  'owner',
  'channels',
  'otherChannel',
  'notes',
  'landingPage',
];

/** Errors in the form's field order, as validateGoal reports them. */
export function inFieldOrder(errors: readonly FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}

/** More entries than the catalogue could ever hold is not a form a person filled in. */
const MAX_CHANNEL_ENTRIES = 50;

type Field = keyof GoalForm;

class Collector {
  readonly errors: FieldError[] = [];
  private readonly refused = new Set<Field>();

  fail(field: Field, code: FieldErrorCode, params?: FieldErrorParams): undefined {
    if (!this.refused.has(field)) {
      this.refused.add(field);
      this.errors.push(params ? { field, code, params } : { field, code });
    }
    return undefined;
  }

  sorted(): FieldError[] {
    return inFieldOrder(this.errors);
  }
}

function isBlankInput(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * `lang` is the language the user typed in: baseline and target are read the way it writes numbers
 * ("1,5" is 1.5 in French, "1,500" is 1500 in English; "1.500" asks in French).
 */
export function validateGoal(input: unknown, today: string, lang: Lang): GoalValidation {
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${JSON.stringify(today)}`);
  const form: Record<string, unknown> =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const out = new Collector();

  const text = (field: Field, max: number, required: boolean, multiline = false): string | undefined => {
    const result = readText(form[field], max, { required, multiline });
    return result.ok ? result.value : out.fail(field, result.code, result.params);
  };

  const catalogueId = <T extends string>(field: Field, isId: (id: unknown) => id is T): T | undefined => {
    const raw = form[field];
    if (isBlankInput(raw)) return out.fail(field, 'required');
    if (typeof raw !== 'string') return out.fail(field, 'invalid');
    const id = raw.trim();
    return isId(id) ? id : out.fail(field, 'notInCatalogue', { got: shortened(id) });
  };

  const date = (field: Field, required: boolean): string | undefined => {
    const raw = form[field];
    if (isBlankInput(raw)) return required ? out.fail(field, 'required') : undefined;
    if (typeof raw !== 'string') return out.fail(field, 'invalid');
    const iso = raw.trim();
    return isIsoDate(iso) ? iso : out.fail(field, 'invalidDate', { got: shortened(iso) });
  };

  const id = text('id', MAX_LENGTH.id, false);
  const outcome = catalogueId('outcome', isOutcomeId);
  const outcomeNumber = text('outcomeNumber', MAX_LENGTH.outcomeNumber, false);
  const outcomeDeadline = date('outcomeDeadline', false);
  if (outcomeDeadline !== undefined && outcomeDeadline < today) out.fail('outcomeDeadline', 'dateInPast', { date: today });
  const stage = catalogueId('stage', isStageId);
  const kpi = readKpi(form.kpi, stage, out);
  const statement = text('statement', MAX_LENGTH.statement, true);
  const convention = numberConvention(lang);
  const baseline = readAmount(form.baseline, kpi, 'baseline', convention, out);
  const target = readAmount(form.target, kpi, 'target', convention, out);
  if (baseline !== undefined && target !== undefined) checkDirection(baseline, target, kpi, out);
  const unit = text('unit', MAX_LENGTH.unit, false);

  const start = date('start', true);
  const deadline = date('deadline', true);
  const baselineDate = date('baselineDate', false);
  checkDates(today, start, deadline, baselineDate, out);

  const owner = text('owner', MAX_LENGTH.owner, true);
  const channels = readChannels(form.channels, form.otherChannel, out);
  const notes = text('notes', MAX_LENGTH.notes, false, true);
  const typedPage = text('landingPage', MAX_LENGTH.landingPage, false);
  const page = typedPage === undefined ? undefined : readWebAddress(typedPage);
  if (page && !page.ok) out.fail('landingPage', 'notWebAddress', { got: shortened(typedPage ?? '') });

  if (
    out.errors.length > 0 ||
    outcome === undefined ||
    stage === undefined ||
    kpi === undefined ||
    statement === undefined ||
    baseline === undefined ||
    target === undefined ||
    start === undefined ||
    deadline === undefined ||
    owner === undefined ||
    channels === undefined
  ) {
    return { ok: false, errors: out.sorted() };
  }
  const goal: Goal = {
    outcome,
    stage,
    kpi: kpi.id,
    statement,
    baseline,
    target,
    start,
    deadline,
    owner,
    channels: channels.catalogue,
  };
  if (id !== undefined) goal.id = id;
  if (outcomeNumber !== undefined) goal.outcomeNumber = outcomeNumber;
  if (outcomeDeadline !== undefined) goal.outcomeDeadline = outcomeDeadline;
  if (baselineDate !== undefined) goal.baselineDate = baselineDate;
  if (unit !== undefined) goal.unit = unit;
  if (channels.other !== undefined) goal.otherChannel = channels.other;
  if (notes !== undefined) goal.notes = notes;
  if (page?.ok) goal.landingPage = page.url;
  return { ok: true, goal };
}

function readKpi(raw: unknown, stage: StageId | undefined, out: Collector): Kpi | undefined {
  if (isBlankInput(raw)) return out.fail('kpi', 'required');
  if (typeof raw !== 'string') return out.fail('kpi', 'invalid');
  const kpi = kpiById(raw.trim());
  if (!kpi) return out.fail('kpi', 'notInCatalogue', { got: shortened(raw.trim()) });
  if (kpi.partOnly) return out.fail('kpi', 'kpiPartOnly');
  if (stage !== undefined && kpi.stage !== stage) return out.fail('kpi', 'kpiNotInStage');
  return kpi;
}

/**
 * A baseline or target. Percent KPIs hold fractions: "12 %" and "0.12" are 0.12, while a bare 12 is
 * refused with 0.12 as the suggestion (a silent 1 200 % would be worse). Other KPIs refuse "%".
 */
function readAmount(
  raw: unknown,
  kpi: Kpi | undefined,
  field: 'baseline' | 'target',
  convention: NumberConvention | undefined,
  out: Collector,
): number | undefined {
  let value: number;
  let percentText = false;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return out.fail(field, 'notNumber', { got: String(raw) });
    value = raw;
  } else if (isBlankInput(raw)) {
    return out.fail(field, 'required');
  } else if (typeof raw !== 'string') {
    return out.fail(field, 'invalid');
  } else {
    const text = raw.trim();
    if (textLength(text) > MAX_LENGTH.number) return out.fail(field, 'tooLong', { max: MAX_LENGTH.number, length: textLength(text) });
    const typed = readTypedNumber(text, convention);
    if (typed.kind === 'blank') return out.fail(field, 'required');
    if (typed.kind === 'invalid') return out.fail(field, 'notNumber', { got: shortened(text) });
    if (typed.kind === 'ambiguous') {
      return out.fail(field, 'ambiguousNumber', { got: shortened(text), readings: [typed.asThousands, typed.asDecimal] });
    }
    value = typed.value;
    percentText = typed.percent;
  }
  if (value < 0) return out.fail(field, 'negative');
  if (kpi?.unit === 'percent') {
    if (!percentText && value > 1) return out.fail(field, 'percentAboveOne', { fraction: value / 100 });
    if (value > 1) return out.fail(field, 'aboveHundredPercent');
  } else if (percentText && kpi !== undefined) {
    return out.fail(field, 'percentNotAllowed');
  }
  return value;
}

function checkDirection(baseline: number, target: number, kpi: Kpi | undefined, out: Collector): void {
  if (target === baseline) {
    out.fail('target', 'targetIsBaseline');
    return;
  }
  if (!kpi) return;
  const rightWay = kpi.better === 'up' ? target > baseline : target < baseline;
  if (!rightWay) out.fail('target', 'wrongDirection', { better: kpi.better });
}

function checkDates(
  today: string,
  start: string | undefined,
  deadline: string | undefined,
  baselineDate: string | undefined,
  out: Collector,
): void {
  if (start !== undefined) {
    const earliest = addDays(today, -MAX_START_DAYS_AGO);
    if (start < earliest) out.fail('start', 'startTooEarly', { date: earliest });
  }
  if (deadline !== undefined) {
    const latest = addYears(today, MAX_DEADLINE_YEARS);
    if (start !== undefined && deadline <= start) out.fail('deadline', 'deadlineNotAfterStart', { date: start });
    else if (deadline < today) out.fail('deadline', 'dateInPast', { date: today });
    else if (deadline > latest) out.fail('deadline', 'deadlineTooFar', { date: latest });
  }
  if (baselineDate !== undefined && start !== undefined && baselineDate > start) {
    out.fail('baselineDate', 'baselineDateAfterStart', { date: start });
  }
}

/**
 * Catalogue ids, plus OTHER_CHANNEL with a name in otherChannel. A name that is a catalogue channel
 * ("Instagram") joins the catalogue channels, so Tracking readings match it. otherChannel is ignored
 * when "other" is not ticked: the sidebar hides that field then, and a stale value must not count.
 */
function readChannels(raw: unknown, rawOther: unknown, out: Collector): { catalogue: ChannelId[]; other?: string } | undefined {
  if (raw === undefined || raw === null) return out.fail('channels', 'required');
  if (!Array.isArray(raw) || raw.length > MAX_CHANNEL_ENTRIES) return out.fail('channels', 'invalid');
  const catalogue: ChannelId[] = [];
  let otherChosen = false;
  for (const entry of raw) {
    if (typeof entry !== 'string') return out.fail('channels', 'invalid');
    const id = entry.trim();
    if (id === '') continue;
    if (id === OTHER_CHANNEL) otherChosen = true;
    else if (!isChannelId(id)) return out.fail('channels', 'notInCatalogue', { got: shortened(id) });
    else if (!catalogue.includes(id)) catalogue.push(id);
  }
  let other: string | undefined;
  if (otherChosen) {
    const result = readText(rawOther, MAX_LENGTH.otherChannel, { required: true });
    if (!result.ok) return out.fail('otherChannel', result.code, result.params);
    const known = channelByLabel(result.value ?? '');
    if (known) {
      if (!catalogue.includes(known.id)) catalogue.push(known.id);
    } else {
      other = result.value;
    }
  }
  if (catalogue.length === 0 && other === undefined) return out.fail('channels', 'required');
  return other === undefined ? { catalogue } : { catalogue, other };
}
