/**
 * The goal form's words, in English and French: each field's label and the message under a refused
 * field. The refusals come from core/goals/validate.ts as codes with raw parameters; this file formats
 * the parameters for the language and picks the words, once for both languages.
 */
import { formatDate } from '../../core/dates';
import {
  formatAmount,
  formatPercent,
  MAX_DEADLINE_YEARS,
  MAX_START_DAYS_AGO,
  type FieldError,
  type FieldErrorCode,
  type GoalForm,
} from '../../core/goals';
import { shortened } from '../../core/goals/text';
import type { Lang } from '../../core/lang';
import { formatNumber } from '../../core/values';
import { HTTPS } from '../../core/utm';

/** A refusal's parameters, already formatted for the language. */
interface ShownParams {
  max: string;
  length: string;
  got: string;
  fraction: string;
  percent: string;
  /** An ambiguous number's two readings, as the user would type them back: "1500", "1,5". */
  asThousands: string;
  asDecimal: string;
  date: string;
}

/** A message that says no parameter, or one that says some. */
type Message = string | ((p: ShownParams) => string);

/**
 * The message of each refusal. Two depend on more than their code: "required" on the field (a group of
 * channels, the other channel's name, any other field), "wrongDirection" on which way the KPI is better.
 */
type ErrorWords = Record<Exclude<FieldErrorCode, 'required' | 'wrongDirection'>, Message> & {
  required: Record<'channels' | 'otherChannel' | 'field', string>;
  wrongDirection: Record<'up' | 'down', string>;
};

interface FieldTexts {
  fields: Record<keyof GoalForm, string>;
  errors: ErrorWords;
}

const en: FieldTexts = {
  fields: {
    id: 'Goal id',
    outcome: 'Business outcome',
    outcomeNumber: 'Outcome in numbers',
    outcomeDeadline: 'Outcome deadline',
    stage: 'Funnel stage',
    kpi: 'KPI',
    statement: 'Goal statement',
    baseline: 'Baseline',
    baselineDate: 'Baseline date',
    target: 'Target',
    unit: 'Unit',
    start: 'Start date',
    deadline: 'Deadline',
    owner: 'Owner',
    channels: 'Channels',
    otherChannel: 'Other channel',
    notes: 'Notes',
    landingPage: 'Landing page',
  },
  errors: {
    required: { channels: 'Choose at least one channel.', otherChannel: 'Name the other channel, or untick “Other”.', field: 'Required.' },
    invalid: 'This value is not valid: fill the field in again.',
    tooLong: (p) => `At most ${p.max} characters; this has ${p.length}.`,
    controlCharacter: 'Contains an invisible control character (such as a tab): remove it.',
    notInCatalogue: (p) => `${p.got} is not one of the choices.`,
    kpiNotInStage: 'This KPI belongs to another funnel stage: choose one of this stage’s KPIs.',
    kpiPartOnly: 'This KPI is only tracked as part of a ratio: it cannot be a goal on its own.',
    notNumber: (p) => `${p.got} is not a number.`,
    ambiguousNumber: (p) => `${p.got} could be ${p.asThousands} or ${p.asDecimal}: type ${p.asThousands} or ${p.asDecimal}.`,
    negative: 'Must be 0 or more.',
    percentNotAllowed: 'This KPI is not a percentage: type the number without “%”.',
    percentAboveOne: (p) => `A percentage above 1: did you mean ${p.percent} (${p.fraction})?`,
    aboveHundredPercent: 'Must be 100% at most.',
    targetIsBaseline: 'The target must differ from the baseline.',
    wrongDirection: {
      down: 'Lower is better for this KPI: the target must be below the baseline.',
      up: 'Higher is better for this KPI: the target must be above the baseline.',
    },
    invalidDate: (p) => `${p.got} is not a date.`,
    deadlineNotAfterStart: (p) => `Must be after the start date (${p.date}).`,
    dateInPast: (p) => `Must be today (${p.date}) or later.`,
    deadlineTooFar: (p) => `Must be ${p.date} at the latest: a goal more than ${MAX_DEADLINE_YEARS} years away is not time-bound.`,
    startTooEarly: (p) => `Must be ${p.date} or later: a goal cannot start more than ${MAX_START_DAYS_AGO} days ago.`,
    baselineDateAfterStart: (p) => `Must be on or before the start date (${p.date}).`,
    notWebAddress: (p) => `${p.got} is not a web page address: copy it from your browser’s address bar, such as ${HTTPS}example.com/shop.`,
  },
};

const fr: FieldTexts = {
  fields: {
    id: 'Identifiant de l’objectif',
    outcome: 'Résultat visé',
    outcomeNumber: 'Résultat chiffré',
    outcomeDeadline: 'Échéance du résultat',
    stage: 'Étape du tunnel',
    kpi: 'KPI',
    statement: 'Énoncé de l’objectif',
    baseline: 'Valeur de départ',
    baselineDate: 'Date de la valeur de départ',
    target: 'Cible',
    unit: 'Unité',
    start: 'Date de début',
    deadline: 'Échéance',
    owner: 'Responsable',
    channels: 'Canaux',
    otherChannel: 'Autre canal',
    notes: 'Notes',
    landingPage: 'Page de destination',
  },
  errors: {
    required: {
      channels: 'Choisissez au moins un canal.',
      otherChannel: 'Nommez l’autre canal, ou décochez « Autre ».',
      field: 'Obligatoire.',
    },
    invalid: 'Cette valeur n’est pas valable : remplissez de nouveau le champ.',
    tooLong: (p) => `${p.max} caractères au plus ; ce texte en a ${p.length}.`,
    controlCharacter: 'Contient un caractère de contrôle invisible (comme une tabulation) : supprimez-le.',
    notInCatalogue: (p) => `${p.got} ne fait pas partie des choix.`,
    kpiNotInStage: 'Ce KPI relève d’une autre étape du tunnel : choisissez un KPI de cette étape.',
    kpiPartOnly: 'Ce KPI ne sert qu’au calcul d’un ratio : il ne peut pas être un objectif à lui seul.',
    notNumber: (p) => `${p.got} n’est pas un nombre.`,
    ambiguousNumber: (p) => `${p.got} peut se lire ${p.asThousands} ou ${p.asDecimal} : tapez ${p.asThousands} ou ${p.asDecimal}.`,
    negative: 'Doit être 0 ou plus.',
    percentNotAllowed: 'Ce KPI n’est pas un pourcentage : tapez le nombre sans « % ».',
    percentAboveOne: (p) => `Un pourcentage supérieur à 1 : vouliez-vous dire ${p.percent} (${p.fraction}) ?`,
    aboveHundredPercent: 'Doit être de 100 % au plus.',
    targetIsBaseline: 'La cible doit différer de la valeur de départ.',
    wrongDirection: {
      down: 'Pour ce KPI, plus bas est meilleur : la cible doit être inférieure à la valeur de départ.',
      up: 'Pour ce KPI, plus haut est meilleur : la cible doit être supérieure à la valeur de départ.',
    },
    invalidDate: (p) => `${p.got} n’est pas une date.`,
    deadlineNotAfterStart: (p) => `Doit être après la date de début (${p.date}).`,
    dateInPast: (p) => `Doit être aujourd’hui (${p.date}) ou plus tard.`,
    deadlineTooFar: (p) =>
      `Doit être le ${p.date} au plus tard : un objectif à plus de ${MAX_DEADLINE_YEARS} ans n’est plus limité dans le temps.`,
    startTooEarly: (p) =>
      `Doit être le ${p.date} ou plus tard : un objectif ne peut pas commencer il y a plus de ${MAX_START_DAYS_AGO} jours.`,
    baselineDateAfterStart: (p) => `Doit être au plus tard la date de début (${p.date}).`,
    notWebAddress: (p) =>
      `${p.got} n’est pas une adresse de page web : copiez-la depuis la barre d’adresse du navigateur, comme ${HTTPS}example.com/boutique.`,
  },
};

export const FIELD_TEXTS: Record<Lang, FieldTexts> = { en, fr };

export function fieldLabel(lang: Lang, field: keyof GoalForm): string {
  return FIELD_TEXTS[lang].fields[field];
}

function shownParams(lang: Lang, error: FieldError): ShownParams {
  const p = error.params ?? {};
  const got = shortened(p.got ?? '');
  return {
    max: p.max === undefined ? '' : formatAmount(lang, p.max, 0),
    length: p.length === undefined ? '' : formatAmount(lang, p.length, 0),
    got: lang === 'fr' ? `« ${got} »` : `“${got}”`,
    fraction: p.fraction === undefined ? '' : formatAmount(lang, p.fraction, 6),
    percent: p.fraction === undefined ? '' : formatPercent(lang, p.fraction, 4),
    asThousands: p.readings === undefined ? '' : formatNumber(p.readings[0], lang === 'fr'),
    asDecimal: p.readings === undefined ? '' : formatNumber(p.readings[1], lang === 'fr'),
    date: p.date === undefined ? '' : formatDate(p.date, lang),
  };
}

/** The message shown under a refused field (the field's label is shown by the form itself). */
export function fieldErrorMessage(lang: Lang, error: FieldError): string {
  const words = FIELD_TEXTS[lang].errors;
  const { code, field } = error;
  if (code === 'required') return words.required[field === 'channels' || field === 'otherChannel' ? field : 'field'];
  if (code === 'wrongDirection') return words.wrongDirection[error.params?.better ?? 'up'];
  const message = words[code];
  return typeof message === 'string' ? message : message(shownParams(lang, error));
}
