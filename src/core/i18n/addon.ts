/** Texts of the add-on's own surface: its name, menu and help. */
import type { Lang } from '../lang';

export const ADDON_NAME = 'Social ROI';

export interface AddonTexts {
  menuWizard: string;
  wizardTitle: string;
  menuFormulaHelp: string;
  menuImport: string;
  importTitle: string;
  /** Shown in a document where the add-on is installed but not yet used (onOpen in AuthMode.NONE). */
  menuEnable: string;
  enabledTitle: string;
  enabledMessage: string;
  /** Starts the message of an unexpected server error shown in the sidebar. */
  serverFailed: string;
  helpTitle: string;
}

/** The formula help page's words; used at build time only (functions/help-html.ts). */
export interface HelpTexts {
  intro: string;
  /** What a blank cell of an argument does in a column: its header, and each rule's words. */
  blankCell: string;
  blankRules: Record<'noData' | 'zero', string>;
  definition: string;
  example: string;
  optional: string;
  columns: string;
}

export const ADDON_TEXTS: Record<Lang, AddonTexts> = {
  en: {
    menuWizard: 'Goals and ROI…',
    wizardTitle: 'Goals and ROI',
    menuFormulaHelp: 'Formula help',
    menuImport: 'Import platform data…',
    importTitle: 'Import platform data',
    menuEnable: 'Enable formulas in this document',
    enabledTitle: 'Social ROI formulas are on',
    enabledMessage:
      'The Social ROI formulas now work in this document: type =ROI_PCT(2500, 1000) in a cell and it shows 150. If a formula still shows an error, reload the spreadsheet.',
    serverFailed: 'Something went wrong in the spreadsheet; nothing you typed is lost.',
    helpTitle: 'Social ROI formulas',
  },
  fr: {
    menuWizard: 'Objectifs et ROI…',
    wizardTitle: 'Objectifs et ROI',
    menuFormulaHelp: 'Aide des formules',
    menuImport: 'Importer les données des plateformes…',
    importTitle: 'Importer les données des plateformes',
    menuEnable: 'Activer les formules dans ce document',
    enabledTitle: 'Les formules Social ROI sont actives',
    enabledMessage:
      'Les formules Social ROI fonctionnent désormais dans ce document : tapez =ROI_PCT(2500; 1000) dans une cellule, elle affiche 150. Si une formule affiche encore une erreur, rechargez la feuille de calcul.',
    serverFailed: 'Un problème est survenu dans la feuille de calcul ; rien de ce que vous avez saisi n’est perdu.',
    helpTitle: 'Formules Social ROI',
  },
};

export const HELP_TEXTS: Record<Lang, HelpTexts> = {
  en: {
    intro:
      'Type these formulas in any cell. Each argument takes one cell or a whole column (B2:B): a column gives a column of results, blank rows stay blank. ' +
      'In a column, a blank cell means "no data": the row stays blank, unless the argument says otherwise. To use an argument’s default, leave the argument out; a blank cell is not a default. ' +
      'Numbers typed as text are read the way your spreadsheet’s locale writes them; one that could be read two ways ("1.500" in a French sheet) is refused with both readings.',
    blankCell: 'Blank cell in a column',
    blankRules: { noData: 'the row stays blank', zero: 'counts as 0' },
    definition: 'Definition',
    example: 'Example',
    optional: 'optional',
    columns: 'On columns',
  },
  fr: {
    intro:
      "Tapez ces formules dans n'importe quelle cellule. Chaque argument accepte une cellule ou une colonne entière (B2:B) : une colonne donne une colonne de résultats, les lignes vides restent vides. " +
      "Dans une colonne, une cellule vide signifie « pas de donnée » : la ligne reste vide, sauf mention contraire pour l'argument. Pour la valeur par défaut d'un argument, omettez-le : une cellule vide n'est pas une valeur par défaut. " +
      'Les nombres saisis en texte se lisent selon les paramètres régionaux de votre feuille ; un nombre qui se lit de deux façons (« 1.500 » dans une feuille française) est refusé avec ses deux lectures.',
    blankCell: 'Cellule vide dans une colonne',
    blankRules: { noData: 'la ligne reste vide', zero: 'compte 0' },
    definition: 'Définition',
    example: 'Exemple',
    optional: 'facultatif',
    columns: 'Sur des colonnes',
  },
};
