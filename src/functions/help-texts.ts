/**
 * The words of the formula help, in English and French: the page the build generates (help-html.ts) and
 * the formula reference in the README (readme.ts). The page's title is apart: the add-on also reads it
 * when it opens the page, and HELP_TEXTS stays out of Code.js, as only the build reads it.
 */
import type { Lang } from '../core/lang';

export const HELP_TITLE: Record<Lang, string> = { en: 'Social ROI formulas', fr: 'Formules Social ROI' };

/** The formula help page's words. */
export interface HelpTexts {
  intro: string;
  /** What a blank cell of an argument does in a column: its header, and each rule's words. */
  blankCell: string;
  blankRules: Record<'noData' | 'zero' | 'omit', string>;
  definition: string;
  example: string;
  optional: string;
  columns: string;
}

export const HELP_TEXTS: Record<Lang, HelpTexts> = {
  en: {
    intro:
      'Type these formulas in any cell. Each argument takes one cell or a whole column (B2:B): a column gives a column of results, blank rows stay blank. ' +
      'In a column, a blank cell means "no data": the row stays blank, unless the argument says otherwise. To use an argument’s default, leave the argument out; a blank cell is not a default. ' +
      'A cell holding "n/a", "-" or "nd" is a blank cell, except where an empty cell counts 0: there it leaves the row blank, as the figure is unknown. ' +
      'Numbers typed as text are read the way your spreadsheet’s locale writes them; one that could be read two ways ("1.500" or "£1,200" in a French sheet) is refused with both readings, and a percent typed where an amount or a count is expected ("10%" as a cost) is refused too. ' +
      'A formula given an argument too many, or a result too large to compute, is refused, never a wrong number.',
    blankCell: 'Blank cell in a column',
    blankRules: { noData: 'the row stays blank', zero: 'counts as 0', omit: 'the tag is left out' },
    definition: 'Definition',
    example: 'Examples',
    optional: 'optional',
    columns: 'On columns',
  },
  fr: {
    intro:
      "Tapez ces formules dans n'importe quelle cellule. Chaque argument accepte une cellule ou une colonne entière (B2:B) : une colonne donne une colonne de résultats, les lignes vides restent vides. " +
      "Dans une colonne, une cellule vide signifie « pas de donnée » : la ligne reste vide, sauf mention contraire pour l'argument. Pour la valeur par défaut d'un argument, omettez-le : une cellule vide n'est pas une valeur par défaut. " +
      'Une cellule contenant « n/a », « - » ou « nd » est une cellule vide, sauf là où une cellule vide compte 0 : la ligne reste alors vide, le chiffre étant inconnu. ' +
      'Les nombres saisis en texte se lisent selon les paramètres régionaux de votre feuille ; un nombre qui se lit de deux façons (« 1.500 » ou « £1,200 » dans une feuille française) est refusé avec ses deux lectures, de même qu’un pourcentage saisi là où un montant ou un nombre est attendu (« 10 % » comme coût). ' +
      'Une formule qui reçoit un argument de trop, ou dont le résultat est trop grand pour être calculé, est refusée : jamais un nombre faux.',
    blankCell: 'Cellule vide dans une colonne',
    blankRules: { noData: 'la ligne reste vide', zero: 'compte 0', omit: 'la balise est omise' },
    definition: 'Définition',
    example: 'Exemples',
    optional: 'facultatif',
    columns: 'Sur des colonnes',
  },
};
