/** Every message a formula can show, in English and French. */
import type { Lang } from './lang';
import type { ArgProblem, Problem, RuleName } from '../rules';
import type { ArgShape, Fault } from '../faults';
import { describeValue, formatNumber } from '../values';

interface FormulaTexts {
  expected: Record<RuleName, string>;
  /** The full sentence after "FORMULA: ". */
  problem(p: Problem, arg: string, expected: string, show: (v: unknown) => string): string;
  /** The few words shown in a refused row of a range result. */
  short(p: Problem, show: (v: unknown) => string): string;
  shape(first: ArgShape, other: ArgShape): string;
  listHeight(list: ArgShape, rows: number): string;
  listWidth(list: ArgShape): string;
  arity(usage: string): string;
  unmatched(first: string, more: number): string;
  cpcConflict(keyword: string, a: string, b: string): string;
  row(row: number, arg: string): string;
  sep: string;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const size = (s: ArgShape, row: string, col: string) => `${count(s.rows, row)} × ${count(s.cols, col)}`;

const en: FormulaTexts = {
  sep: ': ',
  expected: {
    number: 'a number',
    nonNegative: 'a number ≥ 0',
    positive: 'a number > 0',
    fraction: 'a fraction from 0 to 1 (30% is 0.3)',
    rate: 'a rate such as 0.02, 2%, "1 in 50" or "1/50"',
    boolean: 'TRUE or FALSE',
  },
  problem(p, arg, expected, show) {
    switch (p.code) {
      case 'blank': return `${arg} is blank; expected ${expected}`;
      case 'missing': return `${arg} is missing; expected ${expected}`;
      case 'overflow': return 'the result is too large to show';
      case 'sheetError': return `${arg} holds the error ${p.got}; fix that cell first`;
      case 'notNumber': return `${arg} is ${show(p.got)}, not ${expected}`;
      case 'ambiguousNumber': return `${arg} is ${show(p.got)}, which reads as ${p.got.replace(',', '')} or as ${Number(p.got.replace(',', '.'))}: type the number without a thousands comma`;
      case 'negative':
      case 'notPositive': return `${arg} is ${show(p.got)}; expected ${expected}`;
      case 'aboveOne': return `${arg} is ${show(p.got)}, above 1, but a rate is a fraction: did you mean ${show(p.got)}% (${show(p.got / 100)})?`;
      case 'notRate': return `${arg} is ${show(p.got)}, not ${expected}`;
      case 'notBoolean': return `${arg} is ${show(p.got)}; expected TRUE or FALSE`;
      case 'zeroTotal': return 'own and competitors add up to 0: share of voice needs at least one mention';
      case 'targetIsBaseline': return 'target equals baseline: progress needs a target different from the baseline';
    }
  },
  short(p, show) {
    switch (p.code) {
      case 'blank': return 'blank';
      case 'missing': return 'missing';
      case 'overflow': return 'too large';
      case 'sheetError': return p.got;
      case 'notNumber': return 'not a number';
      case 'ambiguousNumber': return `${p.got}: 1000s or decimals?`;
      case 'negative': return 'must be ≥ 0';
      case 'notPositive': return 'must be > 0';
      case 'aboveOne': return `above 1 (${show(p.got)}%?)`;
      case 'notRate': return 'not a rate';
      case 'notBoolean': return 'TRUE or FALSE?';
      case 'zeroTotal': return 'total is 0';
      case 'targetIsBaseline': return 'equals baseline';
    }
  },
  shape: (first, other) =>
    `${first.arg} is ${size(first, 'row', 'column')} but ${other.arg} is ${size(other, 'row', 'column')}. ` +
    'Give ranges of the same size, or a single value to use on every row',
  listHeight: (list, rows) =>
    `${list.arg} has ${count(list.rows, 'row')} but the result has ${rows}. Give ${list.arg} one row per result row, or a single row`,
  listWidth: (list) =>
    `${list.arg} spans ${list.cols} columns, so the other ranges must be single columns`,
  arity: (usage) => `wrong number of arguments. Use ${usage}`,
  unmatched: (first, more) =>
    `keyword "${first}" has no cost per click in cpc_keywords` +
    (more > 0 ? ` (and ${more} more)` : '') +
    '. Add it to the CPC table, or set skip_unmatched to TRUE to leave unmatched keywords out',
  cpcConflict: (keyword, a, b) =>
    `keyword "${keyword}" has two costs per click in the CPC table (${a} and ${b}). Keep one`,
  row: (row, arg) => `row ${row} of ${arg}`,
};

const fr: FormulaTexts = {
  sep: ' : ',
  expected: {
    number: 'un nombre',
    nonNegative: 'un nombre ≥ 0',
    positive: 'un nombre > 0',
    fraction: 'une fraction de 0 à 1 (30 % vaut 0,3)',
    rate: 'un taux comme 0,02, 2 %, « 1 sur 50 » ou « 1/50 »',
    boolean: 'VRAI ou FAUX',
  },
  problem(p, arg, expected, show) {
    switch (p.code) {
      case 'blank': return `${arg} est vide ; attendu : ${expected}`;
      case 'missing': return `${arg} manque ; attendu : ${expected}`;
      case 'overflow': return 'le résultat est trop grand pour être affiché';
      case 'sheetError': return `${arg} contient l'erreur ${p.got} ; corrigez d'abord cette cellule`;
      case 'notNumber': return `${arg} vaut ${show(p.got)}, ce n'est pas ${expected}`;
      case 'ambiguousNumber': return `${arg} vaut ${show(p.got)}, qui se lit ${p.got.replace(',', ' ')} ou ${String(Number(p.got.replace(',', '.'))).replace('.', ',')} : tapez le nombre sans séparateur de milliers`;
      case 'negative':
      case 'notPositive': return `${arg} vaut ${show(p.got)} ; attendu : ${expected}`;
      case 'aboveOne': return `${arg} vaut ${show(p.got)}, plus que 1, or un taux est une fraction : vouliez-vous dire ${show(p.got)} % (${show(p.got / 100)}) ?`;
      case 'notRate': return `${arg} vaut ${show(p.got)}, ce n'est pas ${expected}`;
      case 'notBoolean': return `${arg} vaut ${show(p.got)} ; attendu : VRAI ou FAUX`;
      case 'zeroTotal': return 'own et competitors font 0 au total : la part de voix demande au moins une mention';
      case 'targetIsBaseline': return 'la cible est égale à la base : la progression demande une cible différente de la base';
    }
  },
  short(p, show) {
    switch (p.code) {
      case 'blank': return 'vide';
      case 'missing': return 'manquant';
      case 'overflow': return 'trop grand';
      case 'sheetError': return p.got;
      case 'notNumber': return 'pas un nombre';
      case 'ambiguousNumber': return `${p.got} : milliers ou décimales ?`;
      case 'negative': return 'doit être ≥ 0';
      case 'notPositive': return 'doit être > 0';
      case 'aboveOne': return `plus que 1 (${show(p.got)} % ?)`;
      case 'notRate': return 'pas un taux';
      case 'notBoolean': return 'VRAI ou FAUX ?';
      case 'zeroTotal': return 'total nul';
      case 'targetIsBaseline': return 'égal à la base';
    }
  },
  shape: (first, other) =>
    `${first.arg} fait ${size(first, 'ligne', 'colonne')} mais ${other.arg} fait ${size(other, 'ligne', 'colonne')}. ` +
    'Donnez des plages de même taille, ou une seule valeur à appliquer à chaque ligne',
  listHeight: (list, rows) =>
    `${list.arg} a ${count(list.rows, 'ligne')} mais le résultat en a ${rows}. Donnez à ${list.arg} une ligne par ligne de résultat, ou une seule ligne`,
  listWidth: (list) =>
    `${list.arg} s'étend sur ${list.cols} colonnes : les autres plages doivent donc tenir sur une seule colonne`,
  arity: (usage) => `nombre d'arguments incorrect. Utilisez ${usage}`,
  unmatched: (first, more) =>
    `le mot-clé « ${first} » n'a pas de coût par clic dans cpc_keywords` +
    (more > 0 ? ` (et ${more} autre${more > 1 ? 's' : ''})` : '') +
    '. Ajoutez-le au tableau des CPC, ou mettez skip_unmatched à VRAI pour écarter les mots-clés sans CPC',
  cpcConflict: (keyword, a, b) =>
    `le mot-clé « ${keyword} » a deux coûts par clic dans le tableau des CPC (${a} et ${b}). Gardez-en un`,
  row: (row, arg) => `ligne ${row} de ${arg}`,
};

const TEXTS: Record<Lang, FormulaTexts> = { en, fr };

function shower(lang: Lang): (v: unknown) => string {
  return (v) => describeValue(v as never, lang === 'fr');
}

/** "ROI_PCT: cost is 0; expected a number > 0." */
export function renderFault(lang: Lang, formula: string, fault: Fault): string {
  const t = TEXTS[lang];
  const show = shower(lang);
  const problem = (p: ArgProblem) => t.problem(p.problem, p.arg, t.expected[p.rule], show);
  let body: string;
  switch (fault.kind) {
    case 'arg': body = problem(fault.problem); break;
    case 'rowArg': body = `${t.row(fault.row, fault.problem.arg)}${t.sep}${problem(fault.problem)}`; break;
    case 'shape': body = t.shape(fault.first, fault.other); break;
    case 'listHeight': body = t.listHeight(fault.list, fault.rows); break;
    case 'listWidth': body = t.listWidth(fault.list); break;
    case 'arity': body = t.arity(fault.usage); break;
    case 'unmatched': body = t.unmatched(fault.keywords[0], fault.keywords.length - 1); break;
    case 'cpcConflict':
      body = t.cpcConflict(fault.keyword, formatNumber(fault.costs[0], lang === 'fr'), formatNumber(fault.costs[1], lang === 'fr'));
      break;
  }
  return `${formula}${t.sep}${body}${/[.?!]$/.test(body) ? '' : '.'}`;
}

/** "⚠ cost: must be > 0", shown in a refused row of a range result. */
export function renderShort(lang: Lang, problem: ArgProblem): string {
  const t = TEXTS[lang];
  return `⚠ ${problem.arg}${t.sep}${t.short(problem.problem, shower(lang))}`;
}
