/** The preview page's own words (the add-on's words come from the bundle). */
export interface PreviewTexts {
  heading: string;
  formula: string;
  cell: string;
  sheets: string;
  reset: string;
  resetDone: string;
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
    locale: 'Paramètres régionaux',
    closeSidebar: 'Fermer le panneau latéral',
    sidebar: 'Panneau latéral du module',
    rows: (from, to, total) => `Lignes ${from} à ${to} sur ${total}`,
    previousRows: 'Lignes précédentes',
    nextRows: 'Lignes suivantes',
    charts: 'Graphiques',
    notice: "Un émulateur de la partie de Sheets qu'utilise ce module, qui exécute le vrai module compilé. La cible reste le vrai Google Sheets.",
    working: 'En cours…',
    writeFailed: "Impossible d'écrire la cellule",
  },
};
