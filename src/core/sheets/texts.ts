/** The words the add-on writes into the spreadsheet: sheet names, headers, notes, flags, chart titles. */
import type { Lang } from '../lang';
import type { GoalStatus } from '../goals/status';
import { LINKS_SHEET_NAME } from './links';

export type SheetRole = 'goals' | 'tracking' | 'roi' | 'dashboard';

export interface SheetTexts {
  names: Record<SheetRole, string>;
  statuses: Record<GoalStatus, string>;
  /** The progress and status definitions, for the Goals header notes; {ahead} and {behind} are the margins. */
  progressDefinition: string;
  goals: {
    headers: {
      statement: string;
      outcome: string;
      stage: string;
      kpi: string;
      channels: string;
      owner: string;
      baseline: string;
      target: string;
      unit: string;
      start: string;
      deadline: string;
      current: string;
      progress: string;
      elapsed: string;
      status: string;
      notes: string;
      data: string;
    };
    currentNote: string;
    dataNote: string;
  };
  tracking: {
    headers: { date: string; channel: string; kpi: string; value: string; source: string };
    note: string;
    channelHelp: string;
    kpiHelp: string;
  };
  roi: {
    headers: {
      channel: string;
      counts: string;
      conversions: string;
      valuePerConversion: string;
      value: string;
      adSpend: string;
      fees: string;
      hours: string;
      hourlyRate: string;
      totalCost: string;
      profit: string;
      roi: string;
      costPerConversion: string;
      flag: string;
      revenue: string;
      margin: string;
      valueFrom: string;
      channelRow: string;
    };
    total: string;
    /** Row 1: "Period" [from] "to" [to]. */
    period: string;
    periodTo: string;
    periodNote: string;
    /** The verdict of the total row while the period is not two dates in order. */
    periodStartMissing: string;
    periodEndMissing: string;
    periodReversed: string;
    losesMoney: string;
    hourlyRateMissing: string;
    /** A row's costs (ad spend, fees, hours, hourly rate) or its value per conversion hold text or a negative number. */
    costNotNumber: string;
    costNegative: string;
    valuePerConversionNotNumber: string;
    valuePerConversionNegative: string;
    /**
     * The help the input cells' validation shows: numbers of 0 or more, with why, for the costs, the value
     * per conversion and the margin; and the period's two dates.
     */
    costHelp: string;
    valuePerConversionHelp: string;
    marginHelp: string;
    periodHelp: string;
    best: string;
    noBest: string;
    /** Every channel's ROI is 0 % or below: no channel is named as the best. */
    noneProfitable: string;
    /** After the best channel, when some channel still lacks its value or its cost. */
    incomplete: string;
    inputNote: string;
    countsNote: string;
    valuePerConversionNote: string;
    costNote: string;
    roiNote: string;
    conversionsNote: string;
    /** Measured money: where a value comes from, the margin that turns revenue into value, and why a margin is refused. */
    measured: string;
    estimated: string;
    measuredCount: string;
    marginMissing: string;
    marginNotNumber: string;
    marginNegative: string;
    marginPercent: string;
    /** A margin above 100 % and below 200 %: {p} its percent, {markup} and {coefficient} the margins it most likely means. */
    marginMarkup: string;
    marginAboveOne: string;
    revenueNote: string;
    marginNote: string;
    valueFromNote: string;
    /** The hidden column that marks the channel rows. */
    channelRowNote: string;
  };
  /** The Links sheet: one tagged link per goal and channel, as plain text. */
  links: {
    name: string;
    headers: {
      goal: string;
      channel: string;
      link: string;
      landingPage: string;
      source: string;
      medium: string;
      campaign: string;
      id: string;
    };
    note: string;
  };
  dashboard: {
    title: string;
    roiChart: string;
    progressChart: string;
    trendChart: string;
    month: string;
    trendNote: string;
    /** The ROI figures' period, "{from}" and "{to}" replaced by formulas. */
    roiPeriod: string;
    /** Instead, while the period lacks a date or ends before it starts; {sheet} is the ROI sheet's name. */
    roiPeriodIncomplete: string;
    roiPeriodReversed: string;
    roiTableTitle: string;
    progressTableTitle: string;
    progressNote: string;
    /** What each chart shows before it has anything to draw: what to do instead. {sheet} is the ROI sheet's name. */
    roiEmpty: string;
    progressEmpty: string;
    trendEmpty: string;
  };
}

const en = (): SheetTexts => ({
  names: { goals: 'Goals', tracking: 'Tracking', roi: 'ROI by channel', dashboard: 'Dashboard' },
  statuses: { not_started: 'Not started', ahead: 'Ahead', on_track: 'On track', behind: 'Behind', achieved: 'Achieved', missed: 'Missed' },
  progressDefinition:
    'Progress scores the change the goal asks for: 0 is where the baseline alone would be, 1 is the target. For stocks, averages ' +
    'and ratios: (current − baseline) ÷ (target − baseline). For flow KPIs, counted from 0 since the start against a baseline ' +
    'counted over a period as long as the goal: (current − baseline × measured) ÷ (target − baseline), where measured is the ' +
    'share of the goal’s days up to its latest reading, so the old pace scores 0 and the target’s pace scores the time elapsed. ' +
    'Status: not started before the start date; achieved at 1; missed when the deadline has passed below 1; otherwise ahead ' +
    'when progress is at least {ahead} above the share of time elapsed, behind when it is more than {behind} below it, on track ' +
    'in between. Colours follow the status.',
  goals: {
    headers: {
      statement: 'Goal',
      outcome: 'Business outcome',
      stage: 'Funnel stage',
      kpi: 'KPI',
      channels: 'Channels',
      owner: 'Owner',
      baseline: 'Baseline',
      target: 'Target',
      unit: 'Unit',
      start: 'Start',
      deadline: 'Deadline',
      current: 'Current',
      progress: 'Progress',
      elapsed: 'Time elapsed',
      status: 'Status',
      notes: 'Notes',
      data: 'Social ROI data (do not edit)',
    },
    currentNote:
      'Read from Tracking for the goal’s KPI and channels between start and today (or the deadline): a stock KPI adds up each channel’s latest reading (the day’s largest when a day has two), a flow KPI the sum, an average the mean, a ratio is computed from its parts (a flow part’s sum over the period, a stock part’s reading at the start, or its first reading after it, channel by channel). Blank while there is no reading to go on (a value left blank or typed as text is none): no reading is not 0, and it gives no progress and no status.',
    dataNote: 'What the Social ROI wizard needs to edit this goal again. Keep it as it is.',
  },
  tracking: {
    headers: { date: 'Date', channel: 'Channel', kpi: 'KPI', value: 'Value', source: 'Source / notes' },
    note: 'One reading per row: the date, the channel, the KPI and its value. Percentages as fractions (2% = 0.02). Goals, ROI by channel and the Dashboard read this sheet.',
    channelHelp: 'A channel from the list, or the name of another channel.',
    kpiHelp: 'Choose a KPI from the list.',
  },
  roi: {
    headers: {
      channel: 'Channel',
      counts: 'Conversions are',
      conversions: 'Conversions',
      valuePerConversion: 'Value per conversion',
      value: 'Value',
      adSpend: 'Ad spend',
      fees: 'Fees and tools',
      hours: 'Hours',
      hourlyRate: 'Hourly rate',
      totalCost: 'Total cost',
      profit: 'Profit',
      roi: 'ROI %',
      costPerConversion: 'Cost per conversion',
      flag: 'Verdict',
      revenue: 'Measured revenue',
      margin: 'Margin',
      valueFrom: 'Value from',
      channelRow: 'Channel row (Social ROI, do not edit)',
    },
    total: 'All channels',
    period: 'Period',
    periodTo: 'to',
    periodNote:
      'Every figure below is for this period: conversions are read from Tracking between these two dates, and the costs you type are the costs of the same period. The last full month unless you type other dates.',
    periodStartMissing: 'Type the period’s start date',
    periodEndMissing: 'Type the period’s end date',
    periodReversed: 'The period ends before it starts',
    losesMoney: 'Loses money',
    hourlyRateMissing: 'Hourly rate missing',
    costNotNumber: 'A cost is not a number',
    costNegative: 'A cost is below 0',
    valuePerConversionNotNumber: 'Value per conversion is not a number',
    valuePerConversionNegative: 'Value per conversion below 0',
    costHelp: 'A number, 0 or more. Text or a negative number is refused: it would drop out of the total cost unseen.',
    valuePerConversionHelp:
      'A number, 0 or more: what one conversion is worth. Text or a negative number is refused: this row would have no value.',
    marginHelp: 'A share, 0 or more: 40 % or 0.4. Text or a negative number is refused: measured revenue would give this row no value.',
    periodHelp: 'A date: the first or the last day of the period every figure below is for.',
    best: 'The money does best on',
    noBest: 'Fill in values and costs to see where the money does best.',
    noneProfitable: 'No channel makes money yet',
    incomplete: 'some channels still lack their value or their cost',
    inputNote: 'Type your own figures in the yellow cells; the other cells compute themselves.',
    countsNote:
      'What this channel’s conversions count, read from Tracking: new customers, or leads such as e-mail sign-ups or contact requests. Pick from the list.',
    valuePerConversionNote:
      'What one conversion of this row is worth to you. For new customers: what a customer brings (their margin, or their lifetime value, see LTV). For leads or sign-ups: a customer’s value × the share of leads who buy (see CONVERSION_VALUE: with 1 in 50 buying and a customer worth 500, a sign-up is worth 10).',
    costNote: 'Costs of the period above. Your own time is a cost: hours without an hourly rate give no total cost and no ROI.',
    roiNote:
      'ROI % = (value − total cost) / total cost × 100, total cost = hours × hourly rate + ad spend + fees and tools, all over the period above. The total row shows an overall ROI only once every channel has its value and its cost.',
    conversionsNote:
      'Read from Tracking for this channel, of the kind chosen in “Conversions are”, between the period’s two dates. Blank, not 0, when Tracking holds no such reading for the channel in the period: then there is no value, no ROI and no cost per conversion. Type over it to use your own count.',
    measured: 'Measured',
    estimated: 'Estimated',
    measuredCount: '{measured} of {all} measured',
    marginMissing: 'Margin missing',
    marginNotNumber: 'Margin is not a number',
    marginNegative: 'Margin below 0',
    marginPercent: 'Margin {n}: did you mean {n} %?',
    marginMarkup: 'Margin {p} %: if that is your markup, your margin is {markup} %; if your price is {p} % of your cost, {coefficient} %',
    marginAboveOne: 'Margin above 100 %: type a share, 40 % or 0.4',
    revenueNote:
      'Revenue read from Tracking for this channel between the period’s two dates (Revenue readings, as the Google Analytics 4 import writes them). When there is any, even 0, the value is this measured revenue × your margin, never revenue of another period.',
    marginNote:
      'Your gross margin on this channel’s sales, as a share: 40 % or 0.4. It applies to measured revenue only (Value from: Measured), which it turns into value: revenue is not profit. An estimate (conversions × value per conversion) leaves it aside. Wherever you type it, a bare 40 asks whether you meant 40 %, and 150 % (1.5) whether it is a markup.',
    valueFromNote:
      'Measured: the value is the revenue Tracking holds for this channel and period × the margin. Estimated: conversions × value per conversion, as no revenue was measured.',
    channelRowNote:
      'Marks the rows Social ROI wrote for a channel (each holds its own row number): the total row and the Dashboard read these rows only, never what you type around them. In the total row: whether a channel row refuses one of its costs. Keep this column as it is.',
  },
  links: {
    name: LINKS_SHEET_NAME.en,
    headers: {
      goal: 'Goal',
      channel: 'Channel',
      link: 'Tagged link',
      landingPage: 'Landing page',
      source: 'utm_source',
      medium: 'utm_medium',
      campaign: 'utm_campaign',
      id: 'Social ROI id (do not edit)',
    },
    note: 'Post each channel’s tagged link there: Google Analytics reports its visits and sales under that source / medium, and the GA4 import credits them to the same channel. Plain text: copy it as it is.',
  },
  dashboard: {
    title: 'Social ROI dashboard',
    roiChart: 'ROI % by channel',
    progressChart: 'Goal progress against time elapsed',
    trendChart: 'KPI of the latest goals, month by month',
    month: 'Month',
    trendNote: 'The last 12 months, read from Tracking for each of the latest goals (up to 6).',
    roiPeriod: 'ROI by channel from {from} to {to}',
    roiPeriodIncomplete: 'ROI by channel: the period is incomplete. Type its start and end dates in “{sheet}”.',
    roiPeriodReversed: 'ROI by channel: the period ends before it starts. Fix its dates in “{sheet}”.',
    roiTableTitle: 'ROI % by channel',
    progressTableTitle: 'Goal',
    progressNote: 'The latest 12 goals of the Goals sheet: progress (1 is the target) against the share of their time elapsed.',
    roiEmpty: 'No ROI yet: type each channel’s value per conversion and its costs in “{sheet}”.',
    progressEmpty: 'No goal yet: set one with Extensions → Social ROI → Goals and ROI…',
    trendEmpty: 'The KPI of your latest goals shows here month by month once a goal is saved with the wizard.',
  },
});

const fr = (): SheetTexts => ({
  names: { goals: 'Objectifs', tracking: 'Suivi', roi: 'ROI par canal', dashboard: 'Tableau de bord' },
  statuses: {
    not_started: 'Pas commencé',
    ahead: 'En avance',
    on_track: 'Dans les temps',
    behind: 'En retard',
    achieved: 'Atteint',
    missed: 'Manqué',
  },
  progressDefinition:
    'La progression mesure le changement visé : 0 est là où la valeur de départ seule mènerait, 1 est la cible. Pour les stocks, ' +
    'moyennes et ratios : (actuel − départ) ÷ (cible − départ). Pour les KPI de flux, comptés à partir de 0 depuis le début face ' +
    'à une valeur de départ comptée sur une période aussi longue que l’objectif : (actuel − départ × mesuré) ÷ (cible − départ), ' +
    'où mesuré est la part des jours de l’objectif jusqu’à sa dernière valeur relevée : l’ancien rythme vaut 0 et le rythme de ' +
    'la cible vaut le temps écoulé. Statut : pas commencé avant la date de début ; atteint à 1 ; manqué quand l’échéance est ' +
    'passée sous 1 ; sinon en avance quand la progression dépasse la part du temps écoulé d’au moins {ahead}, en retard quand ' +
    'elle est plus de {behind} en dessous, dans les temps entre les deux. Les couleurs suivent le statut.',
  goals: {
    headers: {
      statement: 'Objectif',
      outcome: 'Résultat visé',
      stage: 'Étape du tunnel',
      kpi: 'KPI',
      channels: 'Canaux',
      owner: 'Responsable',
      baseline: 'Point de départ',
      target: 'Cible',
      unit: 'Unité',
      start: 'Début',
      deadline: 'Échéance',
      current: 'Actuel',
      progress: 'Progression',
      elapsed: 'Temps écoulé',
      status: 'Statut',
      notes: 'Notes',
      data: 'Données Social ROI (ne pas modifier)',
    },
    currentNote:
      'Lu dans Suivi pour le KPI et les canaux de l’objectif, entre le début et aujourd’hui (ou l’échéance) : un KPI de stock additionne la dernière valeur de chaque canal (la plus grande du jour s’il y en a deux), un flux la somme, une moyenne la moyenne, un ratio se calcule à partir de ses parties (la somme d’une partie de flux sur la période, la valeur d’une partie de stock au début, ou sa première valeur après, canal par canal). Vide tant qu’aucune mesure ne le permet (une valeur laissée vide ou saisie en texte n’en est pas une) : pas de mesure n’est pas 0, et ne donne ni progression ni statut.',
    dataNote: 'Ce dont l’assistant Social ROI a besoin pour modifier cet objectif. Laissez-le tel quel.',
  },
  tracking: {
    headers: { date: 'Date', channel: 'Canal', kpi: 'KPI', value: 'Valeur', source: 'Source / notes' },
    note: 'Une mesure par ligne : la date, le canal, le KPI et sa valeur. Pourcentages en fractions (2 % = 0,02). Objectifs, ROI par canal et le Tableau de bord lisent cette feuille.',
    channelHelp: 'Un canal de la liste, ou le nom d’un autre canal.',
    kpiHelp: 'Choisissez un KPI de la liste.',
  },
  roi: {
    headers: {
      channel: 'Canal',
      counts: 'Les conversions sont',
      conversions: 'Conversions',
      valuePerConversion: 'Valeur par conversion',
      value: 'Valeur',
      adSpend: 'Publicité',
      fees: 'Frais et outils',
      hours: 'Heures',
      hourlyRate: 'Taux horaire',
      totalCost: 'Coût total',
      profit: 'Bénéfice',
      roi: 'ROI %',
      costPerConversion: 'Coût par conversion',
      flag: 'Verdict',
      revenue: 'Revenu mesuré',
      margin: 'Marge',
      valueFrom: 'Origine de la valeur',
      channelRow: 'Ligne de canal (Social ROI, ne pas modifier)',
    },
    total: 'Tous les canaux',
    period: 'Période',
    periodTo: 'au',
    periodNote:
      'Tous les chiffres ci-dessous portent sur cette période : les conversions sont lues dans Suivi entre ces deux dates, et les coûts que vous saisissez sont ceux de la même période. Le dernier mois complet, sauf si vous tapez d’autres dates.',
    periodStartMissing: 'Saisissez la date de début de la période',
    periodEndMissing: 'Saisissez la date de fin de la période',
    periodReversed: 'La période finit avant de commencer',
    losesMoney: 'Perd de l’argent',
    hourlyRateMissing: 'Taux horaire manquant',
    costNotNumber: 'Un coût n’est pas un nombre',
    costNegative: 'Un coût est négatif',
    valuePerConversionNotNumber: 'La valeur par conversion n’est pas un nombre',
    valuePerConversionNegative: 'Valeur par conversion négative',
    costHelp: 'Un nombre, 0 ou plus. Du texte ou un nombre négatif est refusé : il sortirait du coût total sans qu’on le voie.',
    valuePerConversionHelp:
      'Un nombre, 0 ou plus : ce que vaut une conversion. Du texte ou un nombre négatif est refusé : cette ligne n’aurait pas de valeur.',
    marginHelp:
      'Une part, 0 ou plus : 40 % ou 0,4. Du texte ou un nombre négatif est refusé : le revenu mesuré ne donnerait pas de valeur à cette ligne.',
    periodHelp: 'Une date : le premier ou le dernier jour de la période de tous les chiffres ci-dessous.',
    best: 'L’argent rapporte le plus sur',
    noBest: 'Saisissez valeurs et coûts pour voir où l’argent rapporte le plus.',
    noneProfitable: 'Aucun canal ne rapporte encore',
    incomplete: 'certains canaux n’ont pas encore leur valeur ou leur coût',
    inputNote: 'Saisissez vos chiffres dans les cellules jaunes ; les autres se calculent seules.',
    countsNote:
      'Ce que comptent les conversions de ce canal, lues dans Suivi : des nouveaux clients, ou des prospects comme des inscriptions e-mail ou des demandes de contact. Choisissez dans la liste.',
    valuePerConversionNote:
      'Ce que vaut pour vous une conversion de cette ligne. Pour des nouveaux clients : ce que rapporte un client (sa marge, ou sa valeur vie, voir LTV). Pour des prospects ou des inscriptions : la valeur d’un client × la part des prospects qui achètent (voir CONVERSION_VALUE : si 1 sur 50 achète et qu’un client vaut 500, une inscription vaut 10).',
    costNote: 'Coûts de la période ci-dessus. Votre temps est un coût : des heures sans taux horaire ne donnent ni coût total ni ROI.',
    roiNote:
      'ROI % = (valeur − coût total) / coût total × 100, coût total = heures × taux horaire + publicité + frais et outils, le tout sur la période ci-dessus. La ligne de total n’affiche un ROI d’ensemble qu’une fois que chaque canal a sa valeur et son coût.',
    conversionsNote:
      'Lues dans Suivi pour ce canal, du type choisi dans « Les conversions sont », entre les deux dates de la période. Vide, et non 0, quand Suivi n’en contient aucun relevé pour ce canal sur la période : alors ni valeur, ni ROI, ni coût par conversion. Écrivez par-dessus pour utiliser votre propre nombre.',
    measured: 'Mesurée',
    estimated: 'Estimée',
    measuredCount: '{measured} sur {all} mesurées',
    marginMissing: 'Marge manquante',
    marginNotNumber: 'La marge n’est pas un nombre',
    marginNegative: 'Marge sous 0',
    marginPercent: 'Marge {n} : vouliez-vous dire {n} % ?',
    marginMarkup:
      'Marge {p} % : si c’est votre majoration, votre marge est de {markup} % ; si votre prix vaut {p} % de votre coût, {coefficient} %',
    marginAboveOne: 'Marge au-delà de 100 % : tapez une part, 40 % ou 0,4',
    revenueNote:
      'Chiffre d’affaires lu dans Suivi pour ce canal entre les deux dates de la période (relevés Chiffre d’affaires, tels que l’import Google Analytics 4 les écrit). S’il y en a, même 0, la valeur est ce revenu mesuré × votre marge, jamais le revenu d’une autre période.',
    marginNote:
      'Votre marge brute sur les ventes de ce canal, en part : 40 % ou 0,4. Elle ne s’applique qu’au revenu mesuré (Origine de la valeur : Mesurée), dont elle fait une valeur : un chiffre d’affaires n’est pas un bénéfice. Une estimation (conversions × valeur par conversion) ne l’utilise pas. Où que vous la saisissiez, un 40 seul demande si vous vouliez dire 40 %, et 150 % (1,5) s’il s’agit d’une majoration.',
    valueFromNote:
      'Mesurée : la valeur est le chiffre d’affaires que Suivi contient pour ce canal et cette période × la marge. Estimée : conversions × valeur par conversion, faute de revenu mesuré.',
    channelRowNote:
      'Marque les lignes que Social ROI a écrites pour un canal (chacune contient son numéro de ligne) : la ligne de total et le Tableau de bord ne lisent que ces lignes, jamais ce que vous saisissez autour. Sur la ligne de total : si une ligne de canal refuse l’un de ses coûts. Laissez cette colonne telle quelle.',
  },
  links: {
    name: LINKS_SHEET_NAME.fr,
    headers: {
      goal: 'Objectif',
      channel: 'Canal',
      link: 'Lien balisé',
      landingPage: 'Page de destination',
      source: 'utm_source',
      medium: 'utm_medium',
      campaign: 'utm_campaign',
      id: 'Identifiant Social ROI (ne pas modifier)',
    },
    note: 'Publiez sur chaque canal son lien balisé : Google Analytics en rapporte les visites et les ventes sous cette source / ce support, et l’import GA4 les attribue au même canal. Du texte simple : copiez-le tel quel.',
  },
  dashboard: {
    title: 'Tableau de bord Social ROI',
    roiChart: 'ROI % par canal',
    progressChart: 'Progression des objectifs face au temps écoulé',
    trendChart: 'KPI des derniers objectifs, mois par mois',
    month: 'Mois',
    trendNote: 'Les 12 derniers mois, lus dans Suivi pour chacun des derniers objectifs (jusqu’à 6).',
    roiPeriod: 'ROI par canal du {from} au {to}',
    roiPeriodIncomplete: 'ROI par canal : la période est incomplète. Saisissez ses dates de début et de fin dans « {sheet} ».',
    roiPeriodReversed: 'ROI par canal : la période finit avant de commencer. Corrigez ses dates dans « {sheet} ».',
    roiTableTitle: 'ROI % par canal',
    progressTableTitle: 'Objectif',
    progressNote: 'Les 12 derniers objectifs de la feuille Objectifs : progression (1 est la cible) face à la part de leur temps écoulé.',
    roiEmpty: 'Pas encore de ROI : saisissez la valeur par conversion et les coûts de chaque canal dans « {sheet} ».',
    progressEmpty: 'Aucun objectif pour l’instant : créez-en un avec Extensions → Social ROI → Objectifs et ROI…',
    trendEmpty: 'Le KPI de vos derniers objectifs s’affichera ici mois par mois dès qu’un objectif sera enregistré avec l’assistant.',
  },
});

const built: Partial<Record<Lang, SheetTexts>> = {};

/**
 * Each language's words are built when first read, which is when a sheet is written or the wizard opens:
 * Sheets loads Code.js on every custom-function call, and building them at load cost about 8 % of that
 * cold start (0.05 ms, measured against a one-function script as bench/cold-start.ts does).
 */
export const SHEET_TEXTS: Readonly<Record<Lang, SheetTexts>> = {
  get en() {
    return (built.en ??= en());
  },
  get fr() {
    return (built.fr ??= fr());
  },
};

/** A goal's status as the Goals sheet writes it, which the wizard's list of goals shows too. */
export function statusLabel(lang: Lang, status: GoalStatus): string {
  return SHEET_TEXTS[lang].statuses[status];
}
