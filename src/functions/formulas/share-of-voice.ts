import { shareOfVoice } from '../../core/metrics';
import { rowFormula } from '../define';
import type { ArgProblem } from '../../core/rules';

/** Allocated once: the column loop must not build an object per row. */
const ZERO_TOTAL: ArgProblem = { arg: 'competitors', rule: 'nonNegative', problem: { code: 'zeroTotal' } };
import type { FormulaDoc } from '../types';

export const SHARE_OF_VOICE = rowFormula({
  name: 'SHARE_OF_VOICE',
  params: [
    { name: 'own', rule: 'nonNegative' },
    { name: 'competitors', rule: 'nonNegative', list: true },
  ],
  compute: (own, competitors) => shareOfVoice(own, competitors) ?? ZERO_TOTAL,
});

export const SHARE_OF_VOICE_DOC: FormulaDoc = {
  summary: {
    en: 'Share of voice: own / (own + competitors); use engagements instead of mentions for share of engagement.',
    fr: "Part de voix : own / (own + concurrents) ; avec des engagements au lieu des mentions, c'est la part d'engagement.",
  },
  definition: {
    en: 'Share of voice = own / (own + Σ competitors). With mentions it is share of voice; with engagements, share of engagement. When own is a single value, competitors in one column or one row ({200; 80}) are one list, summed.',
    fr: "Part de voix = own / (own + Σ competitors). Avec des mentions, c'est la part de voix ; avec des engagements, la part d'engagement. Quand own est une valeur seule, competitors sur une colonne ou une ligne ({200; 80}) forment une seule liste, additionnée.",
  },
  returns: 'A fraction (format the cell as %).',
  paramText: {
    own: {
      example: '120',
      doc: { en: 'Your mentions (or engagements)', fr: 'Vos mentions (ou engagements)' },
    },
    competitors: {
      example: 'C2:E2',
      doc: {
        en: "Competitors' mentions (or engagements), one or several columns",
        fr: 'Mentions (ou engagements) des concurrents, sur une ou plusieurs colonnes',
      },
    },
  },
  usage: '=SHARE_OF_VOICE(B2:B13, C2:E13)',
  examples: [
    { args: [120, [[200, 80]]], result: 0.3 },
    { args: [50, 150], result: 0.25 },
    { args: [120, [[200], [80]]], result: 0.3 },
  ],
};
