/** The words of the review's tagged links, in English and French. */
import type { Lang } from '../../core/lang';

export interface LinksTexts {
  heading: string;
  hint: string;
  /** Before a landing page is typed. */
  empty: string;
  /** A link's label for screen readers and the list: "Instagram link". */
  linkLabel(channel: string): string;
  /** The campaign the links carry. */
  campaign(name: string): string;
  /** Where the links go on save. */
  written(sheet: string): string;
  /** A channel outside the catalogue gets no link. */
  noLinkFor(channel: string): string;
  /** After a save, on the success view. */
  saved(count: number, sheet: string): string;
}

export const LINKS_TEXTS: Record<Lang, LinksTexts> = {
  en: {
    heading: 'Tagged links',
    hint: 'The page your posts link to. Each channel gets its own link with UTM codes, so Google Analytics credits visits and sales to the right channel.',
    empty: 'Type your landing page to get one tagged link per channel.',
    linkLabel: (channel) => `${channel} link`,
    campaign: (name) => `Campaign: ${name}`,
    written: (sheet) => `Creating the goal writes these links to the “${sheet}” sheet, as plain text anyone can copy.`,
    noLinkFor: (channel) => `No link for ${channel}: Google Analytics traffic is only credited back to the listed channels.`,
    saved: (count, sheet) => `${count === 1 ? '1 tagged link' : `${count} tagged links`} written to the “${sheet}” sheet.`,
  },
  fr: {
    heading: 'Liens balisés',
    hint: 'La page vers laquelle pointent vos publications. Chaque canal reçoit son propre lien avec des codes UTM, pour que Google Analytics attribue visites et ventes au bon canal.',
    empty: 'Tapez votre page de destination pour obtenir un lien balisé par canal.',
    linkLabel: (channel) => `Lien ${channel}`,
    campaign: (name) => `Campagne : ${name}`,
    written: (sheet) => `Créer l’objectif écrit ces liens dans la feuille « ${sheet} », en texte simple que chacun peut copier.`,
    noLinkFor: (channel) => `Pas de lien pour ${channel} : le trafic Google Analytics n’est attribué qu’aux canaux de la liste.`,
    saved: (count, sheet) => `${count === 1 ? '1 lien balisé écrit' : `${count} liens balisés écrits`} dans la feuille « ${sheet} ».`,
  },
};
