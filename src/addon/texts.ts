/** Texts of the add-on's own surface in Sheets: its name, menu, dialogs' titles and the server's failure. */
import type { Lang } from '../core/lang';

export const ADDON_NAME = 'Social ROI';

export interface AddonTexts {
  menuWizard: string;
  menuFormulaHelp: string;
  menuImport: string;
  /** Shown in a document where the add-on is installed but not yet used (onOpen in AuthMode.NONE). */
  menuEnable: string;
  enabledTitle: string;
  enabledMessage: string;
  /** Starts the message of an unexpected server error shown in the sidebar. */
  serverFailed: string;
}

export const ADDON_TEXTS: Record<Lang, AddonTexts> = {
  en: {
    menuWizard: 'Goals and ROI…',
    menuFormulaHelp: 'Formula help',
    menuImport: 'Import platform data…',
    menuEnable: 'Enable formulas in this document',
    enabledTitle: 'Social ROI formulas are on',
    enabledMessage:
      'The Social ROI formulas now work in this document: type =ROI_PCT(2500, 1000) in a cell and it shows 150. If a formula still shows an error, reload the spreadsheet.',
    serverFailed: 'Something went wrong in the spreadsheet; nothing you typed is lost.',
  },
  fr: {
    menuWizard: 'Objectifs et ROI…',
    menuFormulaHelp: 'Aide des formules',
    menuImport: 'Importer les données des plateformes…',
    menuEnable: 'Activer les formules dans ce document',
    enabledTitle: 'Les formules Social ROI sont actives',
    enabledMessage:
      'Les formules Social ROI fonctionnent désormais dans ce document : tapez =ROI_PCT(2500; 1000) dans une cellule, elle affiche 150. Si une formule affiche encore une erreur, rechargez la feuille de calcul.',
    serverFailed: 'Un problème est survenu dans la feuille de calcul ; rien de ce que vous avez saisi n’est perdu.',
  },
};
