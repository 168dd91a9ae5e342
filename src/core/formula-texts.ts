/**
 * Every message a formula can show, in English and French. Each names the argument in the user's
 * language (the French name, with the name autocomplete shows) and says what the user most likely
 * meant, in the user's own number notation.
 */
import type { Lang } from './lang';
import type { ArgProblem, Problem, RuleName } from './rules';
import type { ArgShape, Fault } from './faults';
import { describeValue, formatNumber, type IsoDay } from './values';

/**
 * French names of the formulas' arguments. Autocomplete shows the English names (they are the
 * functions' parameters), so French messages give both: « taux de transformation (close_rate) ».
 * A test checks that every argument of every formula has one.
 */
export const FRENCH_ARG_NAMES: Readonly<Record<string, string>> = {
  value: 'valeur',
  cost: 'coût',
  margin: 'marge',
  customer_value: 'valeur client',
  close_rate: 'taux de transformation',
  conversions: 'conversions',
  keywords_or_visits: 'mots-clés ou visites',
  visits_or_cpc: 'visites ou CPC',
  keywords: 'mots-clés',
  visits: 'visites',
  cpc_keywords: 'mots-clés du tableau CPC',
  cpc: 'CPC',
  skip_unmatched: 'ignorer les mots-clés sans CPC',
  hours: 'heures',
  hourly_rate: 'taux horaire',
  other_costs: 'autres coûts',
  new_customers: 'nouveaux clients',
  average_order_value: 'panier moyen',
  purchases_per_year: 'achats par an',
  years: 'années',
  ltv: 'valeur vie client',
  cac: "coût d'acquisition client",
  revenue: "chiffre d'affaires",
  ad_spend: 'dépense publicitaire',
  engagements: 'engagements',
  base: 'base',
  own: 'vos mentions',
  competitors: 'concurrents',
  current: 'valeur actuelle',
  target: 'cible',
  baseline: 'base de départ',
  elapsed: 'temps écoulé',
  url: 'adresse de la page',
  source: 'source',
  medium: 'support',
  campaign: 'campagne',
  content: 'contenu',
  term: 'terme',
};

/** How a message shows things in one language. */
interface Show {
  /** A value the user gave: « 1.500 », 12,5, VRAI. */
  value(v: unknown): string;
  /** A number to type back: no thousands separator, the language's decimal mark. */
  number(n: number): string;
  /** A percent to type back: "40%" / "40 %". */
  percent(n: number): string;
  /** An argument's name in this language, with the name autocomplete shows. */
  arg(name: string): string;
  /** An argument's name in this language alone, for the few words of a refused row. */
  label(name: string): string;
}

interface FormulaTexts {
  expected: Record<RuleName, string>;
  /** The full sentence after "FORMULA: ". */
  problem(p: Problem, arg: string, rule: RuleName, expected: string, show: Show): string;
  /** The few words shown in a refused row of a range result. */
  short(p: Problem, show: Show): string;
  shape(first: ArgShape, other: ArgShape, show: Show): string;
  listHeight(list: ArgShape, rows: number, show: Show): string;
  listWidth(list: ArgShape, show: Show): string;
  /** A margin above 100 % (`shown`, as the user gave it; `percent` of the price), with the two margins it most likely means. */
  markup(arg: string, shown: string, percent: number, show: Show): string;
  arity(usage: string): string;
  /** "takes 2 arguments (revenue, ad_spend); got 3": `names` in this language, the optional ones in brackets. */
  tooManyArgs(required: number, all: number, names: string, got: number): string;
  unmatched(first: string, more: number): string;
  cpcConflict(keyword: string, a: string, b: string): string;
  row(row: number, arg: string): string;
  sep: string;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const size = (s: ArgShape, row: string, col: string) => `${count(s.rows, row)} × ${count(s.cols, col)}`;

/**
 * A number offered back to the user, rounded to 6 significant digits: a cell holding 1.0000001 is
 * offered "1% (0.01)", not "1.0000001% (0.010000001)".
 */
const suggest = (n: number) => Number(n.toPrecision(6));

/** A margin offered back, in percent to one decimal: 33.3 %, 60 %, never 0.00001 % (1e-7). */
const marginPercent = (n: number) => Math.round(n * 10) / 10;

/**
 * The two margins a "margin" above 100 % most likely means, in percent: a markup of P % (price = cost
 * + P %) is a margin of P / (100 + P) (150 % → 60 %); a price of P % of the cost (a coefficient of
 * P / 100) is a margin of (P − 100) / P (150 % → 33.3 %).
 */
function marginsOfMarkup(percent: number): { ofMarkup: number; ofCoefficient: number; coefficient: number } {
  return {
    ofMarkup: marginPercent((percent / (100 + percent)) * 100),
    ofCoefficient: marginPercent(((percent - 100) / percent) * 100),
    coefficient: suggest(percent / 100),
  };
}

const en: FormulaTexts = {
  sep: ': ',
  expected: {
    number: 'a number',
    nonNegative: 'a number ≥ 0',
    positive: 'a number > 0',
    fraction: 'a share from 0 to 1 (30% is 0.3)',
    margin: 'a share from 0 to 1 (40% is 0.4)',
    rate: 'a rate such as 0.02, 2%, "1 in 50" or "1/50"',
    boolean: 'TRUE or FALSE',
    keyword: 'a keyword',
    url: 'a web page address such as https://example.com/page',
    text: 'a text',
  },
  problem(p, arg, rule, expected, show) {
    switch (p.code) {
      case 'blank':
        return p.got === undefined
          ? `${arg} is blank; expected ${expected}`
          : `${arg} is ${show.value(p.got)}, which means no value; expected ${expected}`;
      case 'blankWithDefault':
        return p.got === undefined
          ? `${arg} points to a blank cell: fill it, or leave the argument out to use ${show.number(p.fallback)}`
          : `${arg} is ${show.value(p.got)}, which means no value: give one, or leave the argument out to use ${show.number(p.fallback)}`;
      case 'missing':
        return `${arg} is missing; expected ${expected}`;
      case 'overflow':
        return 'too large to compute: the result, or a step of it, goes beyond the largest number a spreadsheet holds (about 1.8e308)';
      case 'sheetError':
        return `${arg} holds the error ${p.got}; fix that cell first`;
      case 'notNumber':
        return `${arg} is ${show.value(p.got)}, not ${expected}`;
      case 'percentAmount':
        return `${arg} is ${show.value(p.got)}, a percent, not ${expected}: did you mean ${show.number(p.meant)}?`;
      case 'ambiguousNumber':
        return `${arg} is ${show.value(p.got)}, which reads as ${show.number(p.asThousands)} or as ${show.number(p.asDecimal)}: type ${show.number(p.asThousands)} or ${show.number(p.asDecimal)}`;
      case 'negative':
      case 'notPositive':
        return `${arg} is ${show.value(p.got)}; expected ${expected}`;
      case 'likelyPercent':
        return rule === 'rate' && p.got === 1
          ? `${arg} is 1, which would mean every conversion becomes a customer: did you mean ${show.percent(1)} (${show.number(0.01)})? Type 100% if you really mean all of them`
          : `${arg} is ${show.value(p.got)}, but it is a share from 0 to 1: did you mean ${show.percent(suggest(p.got))} (${show.number(suggest(p.got) / 100)})?`;
      case 'aboveOne':
        return `${arg} is ${show.value(p.got)}; expected ${expected}`;
      case 'overHundredPercent':
        if (rule === 'margin') return en.markup(arg, show.percent(p.got), p.got, show);
        return `${arg} is ${show.percent(p.got)}, ${rule === 'rate' ? 'more than all of them' : 'more than 100%'}: did you mean ${show.percent(suggest(p.got / 10))} or ${show.percent(suggest(p.got / 100))}?`;
      case 'likelyMarkup':
        return en.markup(arg, show.value(p.got), p.got * 100, show);
      case 'notRate':
        return `${arg} is ${show.value(p.got)}, not ${expected}`;
      case 'invertedRatio':
        return `${arg} is "${show.number(p.part)} in ${show.number(p.whole)}", more than all of them: did you mean "${show.number(p.whole)} in ${show.number(p.part)}"?`;
      case 'zeroWhole':
        return `${arg} is "… in 0": the second number counts everyone, as in "1 in 50", so it must be above 0`;
      case 'notBoolean':
        return `${arg} is ${show.value(p.got)}; expected TRUE or FALSE`;
      case 'zeroTotal':
        return 'own and competitors add up to 0: share of voice needs at least one mention';
      case 'targetIsBaseline':
        return 'target equals baseline (0 when baseline is left out): progress needs a target different from the baseline';
      case 'notUrl':
        return p.reason === 'scheme'
          ? `${arg} is ${show.value(p.got)}: a tagged link needs a web page address starting with https:// (or http://)`
          : p.reason === 'space'
            ? `${arg} is ${show.value(p.got)}, which holds a space: a web address has none (write %20 for a space in a page name)`
            : `${arg} is ${show.value(p.got)}, not ${expected}`;
      case 'notText':
        return `${arg} is ${show.value(p.got)}; expected ${expected}`;
    }
  },
  short(p, show) {
    switch (p.code) {
      case 'blank':
        return p.got === undefined ? 'blank' : `${show.value(p.got)}: no value`;
      case 'blankWithDefault':
        return `${p.got === undefined ? 'blank cell' : `${show.value(p.got)}: no value`} (leave out for ${show.number(p.fallback)})`;
      case 'missing':
        return 'missing';
      case 'overflow':
        return 'too large';
      case 'sheetError':
        return p.got;
      case 'notNumber':
        return 'not a number';
      case 'percentAmount':
        return `${show.value(p.got)}: ${show.number(p.meant)}?`;
      case 'ambiguousNumber':
        return `${p.got}: ${show.number(p.asThousands)} or ${show.number(p.asDecimal)}?`;
      case 'negative':
        return 'must be ≥ 0';
      case 'notPositive':
        return 'must be > 0';
      case 'likelyPercent':
        return `${show.value(p.got)}: ${show.percent(suggest(p.got))}?`;
      case 'likelyMarkup':
        return `${show.value(p.got)}: markup?`;
      case 'aboveOne':
        return 'above 1';
      case 'overHundredPercent':
        return 'above 100%';
      case 'notRate':
        return 'not a rate';
      case 'invertedRatio':
        return `${show.number(p.whole)} in ${show.number(p.part)}?`;
      case 'zeroWhole':
        return 'in 0?';
      case 'notBoolean':
        return 'TRUE or FALSE?';
      case 'zeroTotal':
        return 'total is 0';
      case 'targetIsBaseline':
        return 'equals baseline';
      case 'notUrl':
        return 'not a web address';
      case 'notText':
        return 'not a text';
    }
  },
  shape: (first, other, show) =>
    `${show.arg(first.arg)} is ${size(first, 'row', 'column')} but ${show.arg(other.arg)} is ${size(other, 'row', 'column')}. ` +
    'Give ranges of the same size, or a single value to use on every row',
  listHeight: (list, rows, show) =>
    `${show.arg(list.arg)} has ${count(list.rows, 'row')} but the result has ${rows}. Give ${show.arg(list.arg)} one row per result row, or a single row`,
  listWidth: (list, show) => `${show.arg(list.arg)} spans ${list.cols} columns, so the other ranges must be single columns`,
  markup(arg, shown, percent, show) {
    const m = marginsOfMarkup(percent);
    return (
      `${arg} is ${shown}, but a margin cannot be more than 100% of the price: if ${show.percent(suggest(percent))} is your markup, ` +
      `your margin is ${show.percent(m.ofMarkup)} (${show.number(m.ofMarkup / 100)}); ` +
      `if your price is ${show.number(m.coefficient)} × your cost, it is ${show.percent(m.ofCoefficient)} (${show.number(m.ofCoefficient / 100)})`
    );
  },
  arity: (usage) => `wrong number of arguments. Use ${usage}`,
  tooManyArgs: (required, all, names, got) =>
    `takes ${required === all ? all : `${required} ${all - required === 1 ? 'or' : 'to'} ${all}`} arguments (${names}); got ${got}`,
  unmatched: (first, more) =>
    `keyword "${first}" has no cost per click in cpc_keywords` +
    (more > 0 ? ` (and ${more} more)` : '') +
    '. Add it to the CPC table, or set skip_unmatched to TRUE to leave unmatched keywords out',
  cpcConflict: (keyword, a, b) => `keyword "${keyword}" has two costs per click in the CPC table (${a} and ${b}). Keep one`,
  row: (row, arg) => `row ${row} of ${arg}`,
};

const fr: FormulaTexts = {
  sep: ' : ',
  expected: {
    number: 'un nombre',
    nonNegative: 'un nombre ≥ 0',
    positive: 'un nombre > 0',
    fraction: 'une part de 0 à 1 (30 % vaut 0,3)',
    margin: 'une part de 0 à 1 (40 % vaut 0,4)',
    rate: 'un taux comme 0,02, 2 %, « 1 sur 50 » ou « 1/50 »',
    boolean: 'VRAI ou FAUX',
    keyword: 'un mot-clé',
    url: 'une adresse de page web comme https://example.com/page',
    text: 'un texte',
  },
  problem(p, arg, rule, expected, show) {
    switch (p.code) {
      case 'blank':
        return p.got === undefined
          ? `${arg} est vide ; attendu : ${expected}`
          : `${arg} vaut ${show.value(p.got)}, qui signifie « pas de valeur » ; attendu : ${expected}`;
      case 'blankWithDefault':
        return p.got === undefined
          ? `${arg} désigne une cellule vide : remplissez-la, ou omettez l'argument pour utiliser ${show.number(p.fallback)}`
          : `${arg} vaut ${show.value(p.got)}, qui signifie « pas de valeur » : donnez-en une, ou omettez l'argument pour utiliser ${show.number(p.fallback)}`;
      case 'missing':
        return `${arg} manque ; attendu : ${expected}`;
      case 'overflow':
        return "trop grand pour être calculé : le résultat, ou une étape du calcul, dépasse le plus grand nombre qu'un tableur puisse contenir (environ 1,8e308)";
      case 'sheetError':
        return `${arg} contient l'erreur ${p.got} ; corrigez d'abord cette cellule`;
      case 'notNumber':
        return `${arg} vaut ${show.value(p.got)}, ce n'est pas ${expected}`;
      case 'percentAmount':
        return `${arg} vaut ${show.value(p.got)}, un pourcentage, ce n'est pas ${expected} : vouliez-vous dire ${show.number(p.meant)} ?`;
      case 'ambiguousNumber':
        return `${arg} vaut ${show.value(p.got)}, qui se lit ${show.number(p.asThousands)} ou ${show.number(p.asDecimal)} : tapez ${show.number(p.asThousands)} ou ${show.number(p.asDecimal)}`;
      case 'negative':
      case 'notPositive':
        return `${arg} vaut ${show.value(p.got)} ; attendu : ${expected}`;
      case 'likelyPercent':
        return rule === 'rate' && p.got === 1
          ? `${arg} vaut 1, soit chaque conversion devenue client : vouliez-vous dire ${show.percent(1)} (${show.number(0.01)}) ? Tapez 100 % si vous voulez vraiment dire toutes`
          : `${arg} vaut ${show.value(p.got)}, or c'est une part de 0 à 1 : vouliez-vous dire ${show.percent(suggest(p.got))} (${show.number(suggest(p.got) / 100)}) ?`;
      case 'aboveOne':
        return `${arg} vaut ${show.value(p.got)} ; attendu : ${expected}`;
      case 'overHundredPercent':
        if (rule === 'margin') return fr.markup(arg, show.percent(p.got), p.got, show);
        return `${arg} vaut ${show.percent(p.got)}, ${rule === 'rate' ? 'plus que la totalité' : 'plus de 100 %'} : vouliez-vous dire ${show.percent(suggest(p.got / 10))} ou ${show.percent(suggest(p.got / 100))} ?`;
      case 'likelyMarkup':
        return fr.markup(arg, show.value(p.got), p.got * 100, show);
      case 'notRate':
        return `${arg} vaut ${show.value(p.got)}, ce n'est pas ${expected}`;
      case 'invertedRatio':
        return `${arg} vaut « ${show.number(p.part)} sur ${show.number(p.whole)} », plus que la totalité : vouliez-vous dire « ${show.number(p.whole)} sur ${show.number(p.part)} » ?`;
      case 'zeroWhole':
        return `${arg} vaut « … sur 0 » : le second nombre compte tout le monde, comme dans « 1 sur 50 », il doit donc dépasser 0`;
      case 'notBoolean':
        return `${arg} vaut ${show.value(p.got)} ; attendu : VRAI ou FAUX`;
      case 'zeroTotal':
        return 'vos mentions et celles des concurrents font 0 au total : la part de voix demande au moins une mention';
      case 'targetIsBaseline':
        return 'la cible est égale à la base (0 si la base est omise) : la progression demande une cible différente de la base';
      case 'notUrl':
        return p.reason === 'scheme'
          ? `${arg} vaut ${show.value(p.got)} : un lien balisé demande une adresse de page web commençant par https:// (ou http://)`
          : p.reason === 'space'
            ? `${arg} vaut ${show.value(p.got)}, qui contient une espace : une adresse web n'en a pas (écrivez %20 pour une espace dans le nom d'une page)`
            : `${arg} vaut ${show.value(p.got)}, ce n'est pas ${expected}`;
      case 'notText':
        return `${arg} vaut ${show.value(p.got)} ; attendu : ${expected}`;
    }
  },
  short(p, show) {
    switch (p.code) {
      case 'blank':
        return p.got === undefined ? 'vide' : `${show.value(p.got)} : pas de valeur`;
      case 'blankWithDefault':
        return `${p.got === undefined ? 'cellule vide' : `${show.value(p.got)} : pas de valeur`} (omettre pour ${show.number(p.fallback)})`;
      case 'missing':
        return 'manquant';
      case 'overflow':
        return 'trop grand';
      case 'sheetError':
        return p.got;
      case 'notNumber':
        return 'pas un nombre';
      case 'percentAmount':
        return `${show.value(p.got)} : ${show.number(p.meant)} ?`;
      case 'ambiguousNumber':
        return `${p.got} : ${show.number(p.asThousands)} ou ${show.number(p.asDecimal)} ?`;
      case 'negative':
        return 'doit être ≥ 0';
      case 'notPositive':
        return 'doit être > 0';
      case 'likelyPercent':
        return `${show.value(p.got)} : ${show.percent(suggest(p.got))} ?`;
      case 'likelyMarkup':
        return `${show.value(p.got)} : majoration ?`;
      case 'aboveOne':
        return 'plus que 1';
      case 'overHundredPercent':
        return 'plus de 100 %';
      case 'notRate':
        return 'pas un taux';
      case 'invertedRatio':
        return `${show.number(p.whole)} sur ${show.number(p.part)} ?`;
      case 'zeroWhole':
        return 'sur 0 ?';
      case 'notBoolean':
        return 'VRAI ou FAUX ?';
      case 'zeroTotal':
        return 'total nul';
      case 'targetIsBaseline':
        return 'égal à la base';
      case 'notUrl':
        return 'pas une adresse web';
      case 'notText':
        return 'pas un texte';
    }
  },
  shape: (first, other, show) =>
    `${show.arg(first.arg)} fait ${size(first, 'ligne', 'colonne')} mais ${show.arg(other.arg)} fait ${size(other, 'ligne', 'colonne')}. ` +
    'Donnez des plages de même taille, ou une seule valeur à appliquer à chaque ligne',
  listHeight: (list, rows, show) =>
    `${show.arg(list.arg)} a ${count(list.rows, 'ligne')} mais le résultat en a ${rows}. Donnez à ${show.arg(list.arg)} une ligne par ligne de résultat, ou une seule ligne`,
  listWidth: (list, show) =>
    `${show.arg(list.arg)} s'étend sur ${list.cols} colonnes : les autres plages doivent donc tenir sur une seule colonne`,
  markup(arg, shown, percent, show) {
    const m = marginsOfMarkup(percent);
    return (
      `${arg} vaut ${shown}, or une marge ne peut dépasser 100 % du prix : si ${show.percent(suggest(percent))} est votre majoration (markup), ` +
      `votre marge est de ${show.percent(m.ofMarkup)} (${show.number(m.ofMarkup / 100)}) ; ` +
      `si votre prix vaut ${show.number(m.coefficient)} × votre coût, elle est de ${show.percent(m.ofCoefficient)} (${show.number(m.ofCoefficient / 100)})`
    );
  },
  arity: (usage) => `nombre d'arguments incorrect. Utilisez ${usage.replace(/, /g, ' ; ')}`,
  tooManyArgs: (required, all, names, got) =>
    `prend ${required === all ? all : all - required === 1 ? `${required} ou ${all}` : `de ${required} à ${all}`} arguments (${names}) ; reçu ${got}`,
  unmatched: (first, more) =>
    `le mot-clé « ${first} » n'a pas de coût par clic dans les mots-clés du tableau CPC (cpc_keywords)` +
    (more > 0 ? ` (et ${more} autre${more > 1 ? 's' : ''})` : '') +
    '. Ajoutez-le au tableau des CPC, ou mettez ignorer les mots-clés sans CPC (skip_unmatched) à VRAI pour les écarter',
  cpcConflict: (keyword, a, b) => `le mot-clé « ${keyword} » a deux coûts par clic dans le tableau des CPC (${a} et ${b}). Gardez-en un`,
  row: (row, arg) => `ligne ${row} de ${arg}`,
};

const TEXTS: Record<Lang, FormulaTexts> = { en, fr };

function shower(lang: Lang, isoDay?: IsoDay): Show {
  const french = lang === 'fr';
  return {
    value: (v) => describeValue(v as never, french, isoDay),
    number: (n) => formatNumber(n, french),
    percent: (n) => `${formatNumber(n, french)}${french ? '\u00a0%' : '%'}`,
    arg: (name) => {
      const label = french ? FRENCH_ARG_NAMES[name] : undefined;
      return label && label !== name ? `${label} (${name})` : name;
    },
    label: (name) => (french ? (FRENCH_ARG_NAMES[name] ?? name) : name),
  };
}

/** "ROI_PCT: cost is 0; expected a number > 0." A date is shown as its day by `isoDay` (default: its UTC day). */
export function renderFault(lang: Lang, formula: string, fault: Fault, isoDay?: IsoDay): string {
  const t = TEXTS[lang];
  const show = shower(lang, isoDay);
  const problem = (p: ArgProblem) => t.problem(p.problem, show.arg(p.arg), p.rule, t.expected[p.rule], show);
  let body: string;
  switch (fault.kind) {
    case 'arg':
      body = problem(fault.problem);
      break;
    case 'rowArg':
      body = `${t.row(fault.row, show.arg(fault.problem.arg))}${t.sep}${problem(fault.problem)}`;
      break;
    case 'shape':
      body = t.shape(fault.first, fault.other, show);
      break;
    case 'listHeight':
      body = t.listHeight(fault.list, fault.rows, show);
      break;
    case 'listWidth':
      body = t.listWidth(fault.list, show);
      break;
    case 'arity':
      body = t.arity(fault.usage);
      break;
    case 'tooManyArgs': {
      const names = fault.params.map((name, i) => (i < fault.required ? show.label(name) : `[${show.label(name)}]`));
      body = t.tooManyArgs(fault.required, fault.params.length, names.join(', '), fault.got);
      break;
    }
    case 'unmatched':
      body = t.unmatched(fault.keywords[0], fault.keywords.length - 1);
      break;
    case 'cpcConflict':
      body = t.cpcConflict(fault.keyword, show.number(fault.costs[0]), show.number(fault.costs[1]));
      break;
  }
  return `${formula}${t.sep}${body}${/[.?!]$/.test(body) ? '' : '.'}`;
}

/** "⚠ cost: must be > 0", shown in a refused row of a range result. */
export function renderShort(lang: Lang, problem: ArgProblem, isoDay?: IsoDay): string {
  const t = TEXTS[lang];
  const show = shower(lang, isoDay);
  return `⚠ ${show.label(problem.arg)}${t.sep}${t.short(problem.problem, show)}`;
}
