/** Texts of the add-on's own surface: its name, menu and help. */
import type { Lang } from './lang';

export const ADDON_NAME = 'Social ROI';

export interface AddonTexts {
  menuFormulaHelp: string;
  helpTitle: string;
  helpIntro: string;
  helpDefinition: string;
  helpExample: string;
  helpOptional: string;
  helpColumns: string;
}

export const ADDON_TEXTS: Record<Lang, AddonTexts> = {
  en: {
    menuFormulaHelp: 'Formula help',
    helpTitle: 'Social ROI formulas',
    helpIntro:
      'Type these formulas in any cell. Each argument takes one cell or a whole column (B2:B): a column gives a column of results, blank rows stay blank.',
    helpDefinition: 'Definition',
    helpExample: 'Example',
    helpOptional: 'optional',
    helpColumns: 'On columns',
  },
  fr: {
    menuFormulaHelp: 'Aide des formules',
    helpTitle: 'Formules Social ROI',
    helpIntro:
      "Tapez ces formules dans n'importe quelle cellule. Chaque argument accepte une cellule ou une colonne entière (B2:B) : une colonne donne une colonne de résultats, les lignes vides restent vides.",
    helpDefinition: 'Définition',
    helpExample: 'Exemple',
    helpOptional: 'facultatif',
    helpColumns: 'Sur des colonnes',
  },
};
