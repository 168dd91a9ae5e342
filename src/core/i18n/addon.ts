/** Texts of the add-on's own surface: its name, menu and help. */
import type { Lang } from './lang';

export const ADDON_NAME = 'Social ROI';

export interface AddonTexts {
  menuWizard: string;
  wizardTitle: string;
  menuFormulaHelp: string;
  /** Starts the message of an unexpected server error shown in the sidebar. */
  serverFailed: string;
  helpTitle: string;
  helpIntro: string;
  helpDefinition: string;
  helpExample: string;
  helpOptional: string;
  helpColumns: string;
}

export const ADDON_TEXTS: Record<Lang, AddonTexts> = {
  en: {
    menuWizard: 'Goals and ROI…',
    wizardTitle: 'Goals and ROI',
    menuFormulaHelp: 'Formula help',
    serverFailed: 'Something went wrong in the spreadsheet; nothing you typed is lost.',
    helpTitle: 'Social ROI formulas',
    helpIntro:
      'Type these formulas in any cell. Each argument takes one cell or a whole column (B2:B): a column gives a column of results, blank rows stay blank.',
    helpDefinition: 'Definition',
    helpExample: 'Example',
    helpOptional: 'optional',
    helpColumns: 'On columns',
  },
  fr: {
    menuWizard: 'Objectifs et ROI…',
    wizardTitle: 'Objectifs et ROI',
    menuFormulaHelp: 'Aide des formules',
    serverFailed: 'Un problème est survenu dans la feuille de calcul ; rien de ce que vous avez saisi n’est perdu.',
    helpTitle: 'Formules Social ROI',
    helpIntro:
      "Tapez ces formules dans n'importe quelle cellule. Chaque argument accepte une cellule ou une colonne entière (B2:B) : une colonne donne une colonne de résultats, les lignes vides restent vides.",
    helpDefinition: 'Définition',
    helpExample: 'Exemple',
    helpOptional: 'facultatif',
    helpColumns: 'Sur des colonnes',
  },
};
