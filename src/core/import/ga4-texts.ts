/** The words of the GA4 import, in English and French: what a channel-group table cannot tell, and the key events' KPI. */
import { kpiById, type KpiId } from '../catalog';
import type { Lang } from '../lang';
import { ALL_SOCIAL_CHANNEL } from './ga4';
import type { ImportPreview } from './types';

interface Ga4Texts {
  /** A table by default channel group: what it cannot tell, where its social rows go, how to export by source / medium. */
  channelGroup(allSocial: string): string;
  /** What a key event can count, as the select offers it. */
  keyEventOption(kpi: KpiId, label: string): string;
  leaveOut: string;
  /** Under the select: the choice is kept for the property, or was made on an earlier import. */
  keptFor(property: string): string;
  rememberedFor(property: string): string;
  /** An export without a property line: the choice is for this file only. */
  noProperty: string;
}

const EN_KINDS: Partial<Record<KpiId, string>> = { sales: 'Purchases', contact_requests: 'Leads', email_signups: 'Sign-ups' };
const FR_KINDS: Partial<Record<KpiId, string>> = { sales: 'Achats', contact_requests: 'Prospects', email_signups: 'Inscriptions' };

const en: Ga4Texts = {
  channelGroup: (allSocial) =>
    `By channel group, “Organic Social” and “Paid Social” cannot tell Facebook from Instagram: their rows go to “${allSocial}” ` +
    '(and “Email” to Newsletter). For one row per network, export the report by Session source / medium ' +
    '(the menu above the table’s first column), then Share this report → Download file → Download CSV.',
  keyEventOption: (kpi, label) => (EN_KINDS[kpi] ? `${EN_KINDS[kpi]} · ${label}` : label),
  leaveOut: 'Leave them out',
  keptFor: (property) => `Your choice is kept for the property “${property}”: its next imports use it.`,
  rememberedFor: (property) => `As chosen for the property “${property}” on an earlier import. Change it here if it is wrong.`,
  noProperty: 'The file does not name its property: your choice is for this file only.',
};

const fr: Ga4Texts = {
  channelGroup: (allSocial) =>
    `Par groupe de canaux, « Réseaux sociaux naturels » et « payants » ne distinguent pas Facebook d’Instagram : leurs lignes vont à « ${allSocial} » ` +
    '(et « E-mail » à Newsletter). Pour une ligne par réseau, exportez le rapport par Source/support de la session ' +
    '(le menu au-dessus de la première colonne du tableau), puis Partager ce rapport → Télécharger le fichier → Télécharger au format CSV.',
  keyEventOption: (kpi, label) => (FR_KINDS[kpi] ? `${FR_KINDS[kpi]} · ${label}` : label),
  leaveOut: 'Les écarter',
  keptFor: (property) => `Votre choix est gardé pour la propriété « ${property} » : ses prochains imports l’utilisent.`,
  rememberedFor: (property) => `Comme choisi pour la propriété « ${property} » lors d’un import précédent. Changez-le ici s’il est faux.`,
  noProperty: 'Le fichier ne nomme pas sa propriété : votre choix vaut pour ce fichier seulement.',
};

export const GA4_TEXTS: Record<Lang, Ga4Texts> = { en, fr };

/** Notes for a GA4 preview: what a channel-group table cannot tell. Empty for any other file. */
export function renderGa4Notes(lang: Lang, preview: ImportPreview): string[] {
  if (preview.ga4?.table !== 'channelGroup') return [];
  // The channel is named in the language the import writes it in, which is the spreadsheet's.
  const written = preview.rows.find((r) => r.channel === ALL_SOCIAL_CHANNEL.en || r.channel === ALL_SOCIAL_CHANNEL.fr)?.channel;
  return [GA4_TEXTS[lang].channelGroup(written ?? ALL_SOCIAL_CHANNEL[lang])];
}

/** "Purchases · Sales (orders)": what a key event may count, in the user's words. */
export function keyEventOptionLabel(lang: Lang, kpi: KpiId): string {
  return GA4_TEXTS[lang].keyEventOption(kpi, kpiById(kpi)?.label[lang] ?? kpi);
}
