/** The preview page's own words (the add-on's words come from the bundle). */
export interface PreviewTexts {
  heading: string;
  formula: string;
  cell: string;
  sheets: string;
  reset: string;
  resetDone: string;
  blank: string;
  blankDone: string;
  /** The new workbook's name and first sheet, as Sheets names them. */
  blankTitle: string;
  blankSheet: string;
  confirmReset: string;
  confirmBlank: string;
  cancel: string;
  ok: string;
  locale: string;
  closeSidebar: string;
  sidebar: string;
  rows: (from: number, to: number, total: number) => string;
  previousRows: string;
  nextRows: string;
  charts: string;
  notice: string;
  working: string;
  writeFailed: string;
}

export const PREVIEW_TEXTS: Record<'en' | 'fr', PreviewTexts> = {
  en: {
    heading: 'Social ROI · local preview',
    formula: 'Formula',
    cell: 'Cell',
    sheets: 'Sheets',
    reset: 'Reset to sample',
    resetDone: 'The sample workbook is back.',
    blank: 'Blank workbook',
    blankDone: 'A blank workbook, where Social ROI is installed but not yet used.',
    blankTitle: 'Untitled spreadsheet',
    blankSheet: 'Sheet1',
    confirmReset: 'Replace this workbook with the sample? Everything changed in it is lost.',
    confirmBlank: 'Replace this workbook with a blank one? Everything in it is lost.',
    cancel: 'Cancel',
    ok: 'OK',
    locale: 'Locale',
    closeSidebar: 'Close the sidebar',
    sidebar: 'Add-on sidebar',
    rows: (from, to, total) => `Rows ${from}–${to} of ${total}`,
    previousRows: 'Previous rows',
    nextRows: 'Next rows',
    charts: 'Charts',
    notice: 'An emulator of the Sheets surface this add-on uses, running the real built add-on. Real Google Sheets remains the target.',
    working: 'Working…',
    writeFailed: 'Could not write the cell',
  },
  fr: {
    heading: 'Social ROI · aperçu local',
    formula: 'Formule',
    cell: 'Cellule',
    sheets: 'Feuilles',
    reset: "Revenir à l'exemple",
    resetDone: "Le classeur d'exemple est rétabli.",
    blank: 'Classeur vierge',
    blankDone: 'Un classeur vierge, où Social ROI est installé mais pas encore utilisé.',
    blankTitle: 'Feuille de calcul sans titre',
    blankSheet: 'Feuille 1',
    confirmReset: "Remplacer ce classeur par l'exemple ? Tout ce qui y a été modifié sera perdu.",
    confirmBlank: 'Remplacer ce classeur par un classeur vierge ? Tout son contenu sera perdu.',
    cancel: 'Annuler',
    ok: 'OK',
    locale: 'Paramètres régionaux',
    closeSidebar: 'Fermer le panneau latéral',
    sidebar: 'Panneau latéral du module',
    rows: (from, to, total) => `Lignes ${from} à ${to} sur ${total}`,
    previousRows: 'Lignes précédentes',
    nextRows: 'Lignes suivantes',
    charts: 'Graphiques',
    notice:
      "Un émulateur de la partie de Sheets qu'utilise ce module, qui exécute le vrai module compilé. La cible reste le vrai Google Sheets.",
    working: 'En cours…',
    writeFailed: "Impossible d'écrire la cellule",
  },
};
