/**
 * Every text of the goal wizard's sidebar that the goal domain's texts (core/goals/texts.ts) and the
 * form's (field-texts.ts) do not already hold: views, buttons, hints, step names and the server's answers. One typed object per language, so neither can
 * miss a text the other has. Pieces passed in are already formatted for the language.
 */
import type { OutcomeId } from '../../core/catalog';
import type { AchievableVerdict } from '../../core/goals';
import type { Lang } from '../../core/lang';

export type StepName = 'outcome' | 'kpi' | 'smart' | 'channels' | 'review';

export interface SidebarTexts {
  appName: string;
  /** What this sidebar is, after the add-on's name in the page's title: "Social ROI · Goals and ROI". */
  pageTitle: string;
  /** Shown in both languages while the sidebar loads (the language is not known yet). */
  loading: string;
  loadFailed: string;
  tryAgain: string;
  languages: { group: string };
  home: {
    title: string;
    newGoal: string;
    edit: string;
    /** The Edit button's accessible name, which tells the goals' buttons apart: it starts with the visible "Edit". */
    editWhich(statement: string): string;
    /** The goal's KPI and deadline under its statement: "Website clicks · by Jun 30, 2027". */
    goalMeta(kpi: string, deadline: string): string;
    progress: string;
    progressPending: string;
    statusPending: string;
    /** A goal under way with no current value: no reading of its KPI on its channels since the start. */
    noReading(trackingSheet: string): string;
    emptyTitle: string;
    emptyText: string;
    noHistory(trackingSheet: string): string;
  };
  wizard: {
    newTitle: string;
    editTitle: string;
    stepOf(step: number, total: number): string;
    steps: Record<StepName, string>;
    back: string;
    backToGoals: string;
    next: string;
    optional: string;
    /** A refused field that has no control on screen, said with its name. */
    fieldMessage(label: string, message: string): string;
    /** The aria-live summary after a refused step or save. */
    attention(count: number): string;
  };
  outcome: {
    intro: string;
    /** An actionable number for each outcome (never a vanity one), shown once the outcome is chosen. */
    numberHints: Record<OutcomeId, string>;
  };
  kpi: {
    intro: string;
    chooseStageFirst: string;
    suggested: string;
    vanityPick: string;
  };
  smart: {
    intro: string;
    /** A flow, average or ratio over a period. */
    baselineFrom(value: string, from: string, to: string): string;
    /** A stock: its reading of one day. */
    baselineOn(value: string, date: string): string;
    baselineNone: string;
    /** Some of the goal's channels have no reading of the KPI (`kpis`, its Tracking labels, quoted). */
    baselineUntracked(kpis: string, channels: string): string;
    /** A Tracking label as a sentence quotes it. */
    quoted(label: string): string;
    useSuggestion: string;
    percentHint: string;
    moneyHint: string;
    unitHint: string;
    achievableTitle: string;
    achievableWaiting: string;
    /** The check's verdict at a glance; "realistic" only where the check agrees. */
    verdicts: Record<AchievableVerdict, string>;
    /** A history too short for the goal: the longest goal it can check, as a button. */
    shorterPeriod(days: string, deadline: string): string;
    statementHint: string;
    redraft: string;
    /** "12 of 280 characters": `show` writes a number in the sidebar's notation. */
    counter(length: number, max: number, show: (n: number) => string): string;
    /** `number` is the outcome's number, when the user gave one. */
    relevant(outcome: string, number?: string): string;
    ownerHint: string;
  };
  channels: {
    intro: string;
    other: string;
    otherHint: string;
  };
  review: {
    /** `sheet`: the name of the Goals sheet the row goes to. */
    intro(sheet: string): string;
    /** Said when the sheets are written in the other language, by the sheets' language. */
    sheetLanguage: Record<Lang, string>;
    computed: string;
    create: string;
    saveChanges: string;
    saving: string;
    invalid: string;
  };
  problems: {
    busy: string;
    notFound: string;
    saveAsNew: string;
    unreachable(message: string): string;
  };
  success: {
    created: string;
    updated: string;
    where(sheet: string, row: string): string;
    showInSheet: string;
    shown: string;
  };
}

const en: SidebarTexts = {
  appName: 'Social ROI',
  pageTitle: 'Goals and ROI',
  loading: 'Loading your goals…',
  loadFailed: 'Your goals could not be loaded.',
  tryAgain: 'Try again',
  languages: { group: 'Language' },
  home: {
    title: 'Your goals',
    newGoal: 'New goal',
    edit: 'Edit',
    editWhich: (statement) => `Edit: ${statement}`,
    goalMeta: (kpi, deadline) => `${kpi} · by ${deadline}`,
    progress: 'Progress',
    progressPending: 'Progress: not computed yet',
    statusPending: 'Status: computed by the sheet',
    noReading: (tracking) => `No reading yet since the start: progress and status wait for this goal’s readings in ${tracking}.`,
    emptyTitle: 'No goals yet',
    emptyText: 'A goal ties one KPI to a number and a deadline, so you can tell whether your social media work serves the business.',
    noHistory: (tracking) =>
      `The ${tracking} sheet has no readings yet. Add some (date, channel, KPI, value): the wizard compares each goal with that history to tell whether it is achievable.`,
  },
  wizard: {
    newTitle: 'New goal',
    editTitle: 'Edit goal',
    stepOf: (step, total) => `Step ${step} of ${total}`,
    steps: {
      outcome: 'Business outcome',
      kpi: 'Funnel stage and KPI',
      smart: 'A SMART goal',
      channels: 'Channels',
      review: 'Review',
    },
    back: 'Back',
    backToGoals: 'Back to goals',
    next: 'Next',
    optional: '(optional)',
    fieldMessage: (label, message) => `${label}: ${message}`,
    attention: (count) => (count === 1 ? '1 field needs attention.' : `${count} fields need attention.`),
  },
  outcome: {
    intro: 'Start from what the business needs: the social media goal will serve it.',
    numberHints: {
      sales: 'For example “250 online orders a month”.',
      leads: 'For example “300 qualified leads a quarter”.',
      acquisition_cost: 'For example “cost per acquisition −5% this year”.',
      reputation: 'For example “4.5 average review score by December”.',
    },
  },
  kpi: {
    intro: 'Pick the funnel stage this goal works on, then the KPI that measures it.',
    chooseStageFirst: 'Choose a funnel stage to see its KPIs.',
    suggested: 'suggested',
    vanityPick: 'Pick one instead:',
  },
  smart: {
    intro: 'Specific, measurable, achievable, relevant, time-bound, with an owner, on the channels you chose.',
    baselineFrom: (value, from, to) => `From Tracking: ${value} between ${from} and ${to}.`,
    baselineOn: (value, date) => `From Tracking: ${value} on ${date}.`,
    baselineNone: 'Tracking has no reading of this KPI before the start date: type the baseline yourself.',
    baselineUntracked: (kpis, channels) =>
      `Tracking has no ${kpis} reading on ${channels}: type the baseline yourself, for all the goal’s channels.`,
    quoted: (label) => `“${label}”`,
    useSuggestion: 'Use this value',
    percentHint: 'A percentage: type 2.5% or 0.025.',
    moneyHint: 'An amount, without thousands separators or with spaces: 1200 or 1 200.',
    unitHint: 'What the Goals sheet’s Unit column says: suggested from the KPI (clicks, €, %). Change it freely.',
    achievableTitle: 'Achievable?',
    achievableWaiting: 'Fill in the dates, the baseline and the target to compare this goal with your history.',
    verdicts: {
      ok: 'Realistic: within your record',
      stretch: 'A stretch: beyond your record',
      far: 'Far beyond your record',
      unknown: 'Not checked against your history',
    },
    shorterPeriod: (days, deadline) => `Check a ${days}-day goal instead (deadline ${deadline})`,
    statementHint: 'Drafted from your choices. Edit it freely.',
    redraft: 'Redraft',
    counter: (length, max, show) => `${show(length)} of ${show(max)} characters`,
    relevant: (outcome, number) => `Relevant: this goal serves your outcome “${outcome}${number ? `: ${number}` : ''}”.`,
    ownerHint: 'Who is accountable for reaching it.',
  },
  channels: {
    intro: 'Where the work happens. The goal reads its Tracking figures from these channels.',
    other: 'Other',
    otherHint: 'Tick “Other” to name it.',
  },
  review: {
    intro: (sheet) => `In the “${sheet}” sheet, the goal’s row will show exactly this:`,
    sheetLanguage: { en: 'The sheets are in English, and so is the row.', fr: 'The sheets are in French, and so is the row.' },
    computed: 'Current value, progress, time elapsed and status are computed by the sheet’s own formulas.',
    create: 'Create the goal',
    saveChanges: 'Save changes',
    saving: 'Saving…',
    invalid: 'Some fields need attention before the goal can be saved.',
  },
  problems: {
    busy: 'Someone else is writing to the sheet; try again in a moment.',
    notFound: 'This goal is no longer in the Goals sheet: it may have been deleted.',
    saveAsNew: 'Save it as a new goal',
    unreachable: (message) => `The sheet did not answer (${message}). Nothing you typed is lost: try again.`,
  },
  success: {
    created: 'Goal created',
    updated: 'Goal updated',
    where: (sheet, row) => `Row ${row} of the “${sheet}” sheet.`,
    showInSheet: 'Show it in the sheet',
    shown: 'Selected in the sheet.',
  },
};

const fr: SidebarTexts = {
  appName: 'Social ROI',
  pageTitle: 'Objectifs et ROI',
  loading: 'Chargement de vos objectifs…',
  loadFailed: 'Vos objectifs n’ont pas pu être chargés.',
  tryAgain: 'Réessayer',
  languages: { group: 'Langue' },
  home: {
    title: 'Vos objectifs',
    newGoal: 'Nouvel objectif',
    edit: 'Modifier',
    editWhich: (statement) => `Modifier : ${statement}`,
    goalMeta: (kpi, deadline) => `${kpi} · d’ici le ${deadline}`,
    progress: 'Progression',
    progressPending: 'Progression : pas encore calculée',
    statusPending: 'Statut : calculé par la feuille',
    noReading: (tracking) =>
      `Pas encore de mesure depuis le début : la progression et le statut attendent les mesures de cet objectif dans ${tracking}.`,
    emptyTitle: 'Aucun objectif pour l’instant',
    emptyText:
      'Un objectif relie un KPI à un chiffre et à une échéance, pour savoir si votre travail sur les réseaux sociaux sert l’entreprise.',
    noHistory: (tracking) =>
      `La feuille ${tracking} ne contient encore aucune mesure. Ajoutez-en (date, canal, KPI, valeur) : l’assistant compare chaque objectif à cet historique pour dire s’il est atteignable.`,
  },
  wizard: {
    newTitle: 'Nouvel objectif',
    editTitle: 'Modifier l’objectif',
    stepOf: (step, total) => `Étape ${step} sur ${total}`,
    steps: {
      outcome: 'Résultat visé',
      kpi: 'Étape du tunnel et KPI',
      smart: 'Un objectif SMART',
      channels: 'Canaux',
      review: 'Vérification',
    },
    back: 'Retour',
    backToGoals: 'Retour aux objectifs',
    next: 'Suivant',
    optional: '(facultatif)',
    fieldMessage: (label, message) => `${label} : ${message}`,
    attention: (count) => (count === 1 ? '1 champ à corriger.' : `${count} champs à corriger.`),
  },
  outcome: {
    intro: 'Partez de ce dont l’entreprise a besoin : l’objectif sur les réseaux sociaux le servira.',
    numberHints: {
      sales: 'Par exemple « 250 commandes en ligne par mois ».',
      leads: 'Par exemple « 300 prospects qualifiés par trimestre ».',
      acquisition_cost: 'Par exemple « coût par acquisition −5 % cette année ».',
      reputation: 'Par exemple « note moyenne de 4,5 d’ici décembre ».',
    },
  },
  kpi: {
    intro: 'Choisissez l’étape du tunnel visée par cet objectif, puis le KPI qui la mesure.',
    chooseStageFirst: 'Choisissez une étape du tunnel pour voir ses KPI.',
    suggested: 'conseillé',
    vanityPick: 'Choisissez plutôt :',
  },
  smart: {
    intro: 'Spécifique, mesurable, atteignable, pertinent, temporellement défini, avec un responsable, sur les canaux choisis.',
    baselineFrom: (value, from, to) => `D’après Suivi : ${value} entre le ${from} et le ${to}.`,
    baselineOn: (value, date) => `D’après Suivi : ${value} le ${date}.`,
    baselineNone: 'Suivi ne contient aucune mesure de ce KPI avant la date de début : saisissez la valeur de départ vous-même.',
    baselineUntracked: (kpis, channels) =>
      `Suivi ne contient aucune mesure ${kpis} sur ${channels} : saisissez vous-même la valeur de départ, pour tous les canaux de l’objectif.`,
    quoted: (label) => `« ${label} »`,
    useSuggestion: 'Utiliser cette valeur',
    percentHint: 'Un pourcentage : tapez 2,5 % ou 0,025.',
    moneyHint: 'Un montant, sans séparateur de milliers ou avec des espaces : 1200 ou 1 200.',
    unitHint: 'Ce qu’affiche la colonne Unité de la feuille Objectifs : proposée d’après le KPI (clics, €, %). Modifiez-la librement.',
    achievableTitle: 'Atteignable ?',
    achievableWaiting: 'Remplissez les dates, la valeur de départ et la cible pour comparer cet objectif à votre historique.',
    verdicts: {
      ok: 'Réaliste : dans vos records',
      stretch: 'Ambitieux : au-delà de votre record',
      far: 'Très au-delà de votre record',
      unknown: 'Non comparé à votre historique',
    },
    shorterPeriod: (days, deadline) => `Vérifier plutôt un objectif de ${days} jours (échéance le ${deadline})`,
    statementHint: 'Rédigé d’après vos choix. Modifiez-le librement.',
    redraft: 'Rédiger à nouveau',
    // French takes the singular for 0 and 1: « 0 caractère », « 1 caractère », « 2 caractères ».
    counter: (length, max, show) => `${show(length)} caractère${length > 1 ? 's' : ''} sur ${show(max)}`,
    relevant: (outcome, number) => `Pertinent : cet objectif sert votre résultat « ${outcome}${number ? ` : ${number}` : ''} ».`,
    ownerHint: 'Qui est responsable de l’atteindre.',
  },
  channels: {
    intro: 'Là où le travail se fait. L’objectif lit ses chiffres de Suivi sur ces canaux.',
    other: 'Autre',
    otherHint: 'Cochez « Autre » pour le nommer.',
  },
  review: {
    intro: (sheet) => `Dans la feuille « ${sheet} », la ligne de l’objectif affichera exactement ceci :`,
    sheetLanguage: { en: 'Les feuilles sont en anglais, la ligne aussi.', fr: 'Les feuilles sont en français, la ligne aussi.' },
    computed: 'La valeur actuelle, la progression, le temps écoulé et le statut sont calculés par les formules de la feuille.',
    create: 'Créer l’objectif',
    saveChanges: 'Enregistrer les modifications',
    saving: 'Enregistrement…',
    invalid: 'Certains champs sont à corriger avant d’enregistrer l’objectif.',
  },
  problems: {
    busy: 'Quelqu’un d’autre écrit dans la feuille ; réessayez dans un instant.',
    notFound: 'Cet objectif n’est plus dans la feuille Objectifs : il a peut-être été supprimé.',
    saveAsNew: 'L’enregistrer comme nouvel objectif',
    unreachable: (message) => `La feuille n’a pas répondu (${message}). Rien de ce que vous avez saisi n’est perdu : réessayez.`,
  },
  success: {
    created: 'Objectif créé',
    updated: 'Objectif mis à jour',
    where: (sheet, row) => `Ligne ${row} de la feuille « ${sheet} ».`,
    showInSheet: 'L’afficher dans la feuille',
    shown: 'Sélectionné dans la feuille.',
  },
};

export const SIDEBAR_TEXTS: Record<Lang, SidebarTexts> = { en, fr };
