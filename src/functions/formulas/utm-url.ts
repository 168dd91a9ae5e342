import { CHANNELS } from '../../core/catalog';
import type { Lang } from '../../core/lang';
import type { ArgProblem } from '../../core/rules';
import { evaluateTextRows, type TextRowFormula } from '../../core/text-rows';
import { isEncodable, readWebAddress, tagUrl, UTM_TAGS } from '../../core/utm';
import type { FormulaDoc, FormulaSpec } from '../types';

const ROW: TextRowFormula = {
  name: 'UTM_URL',
  params: [
    { name: 'url', rule: 'url', blank: 'blankRow' },
    { name: 'source', rule: 'text' },
    { name: 'medium', rule: 'text' },
    { name: 'campaign', rule: 'text' },
    { name: 'content', rule: 'text', optional: true, blank: 'omit' },
    { name: 'term', rule: 'text', optional: true, blank: 'omit' },
  ],
  compute([url, source, medium, campaign, content, term]) {
    const address = readWebAddress(url ?? '');
    if (!address.ok) return { arg: 'url', rule: 'url', problem: { code: 'notUrl', got: url ?? '', reason: address.problem.reason } };
    const tags = { source: source ?? '', medium: medium ?? '', campaign: campaign ?? '', content, term };
    for (const name of ['source', 'medium', 'campaign', 'content', 'term'] as const) {
      const value = tags[name];
      if (value !== undefined && !isEncodable(value))
        return { arg: name, rule: 'text', problem: { code: 'notText', got: value } } satisfies ArgProblem;
    }
    return tagUrl(address.url, tags) ?? { arg: 'url', rule: 'url', problem: { code: 'notUrl', got: address.url, reason: 'host' } };
  },
};

export const UTM_URL: FormulaSpec = {
  name: ROW.name,
  params: ROW.params,
  run: (args, env) => evaluateTextRows(ROW, args, env),
};

/** "facebook / social (Facebook), …": the tags the GA4 import credits to each channel, from core/utm.ts. */
function channelTags(lang: Lang): string {
  return CHANNELS.map((c) => `${UTM_TAGS[c.id].source} / ${UTM_TAGS[c.id].medium} (${c.label[lang]})`).join(', ');
}

export const UTM_URL_DOC: FormulaDoc = {
  summary: {
    en: 'A link tagged with UTM codes, so Google Analytics credits its visits and sales to the right channel.',
    fr: 'Un lien balisé de codes UTM, pour que Google Analytics attribue ses visites et ses ventes au bon canal.',
  },
  // Getters: the list of tags is written when the help or the README is built, not when Code.js loads.
  definition: {
    get en() {
      return (
        'Adds utm_source, utm_medium, utm_campaign (and utm_content, utm_term when given) to the address. The page, its other parameters and its #fragment are kept; ' +
        'any utm_ parameter already in the address is replaced, never repeated. Values are percent-encoded (a space becomes %20); source and medium are written in lower case, ' +
        'as GA4 counts "Instagram" and "instagram" apart. An address without a scheme gets https:// ("example.com/shop" → "https://example.com/shop"); ' +
        'a text that is no web page address (mailto:, ftp://, a space inside, no site name) is refused. A blank address gives a blank. ' +
        `Use these sources and mediums: the GA4 import credits each to its channel: ${channelTags('en')}.`
      );
    },
    get fr() {
      return (
        "Ajoute utm_source, utm_medium, utm_campaign (et utm_content, utm_term s'ils sont donnés) à l'adresse. La page, ses autres paramètres et son #fragment sont gardés ; " +
        'un paramètre utm_ déjà présent est remplacé, jamais répété. Les valeurs sont encodées (une espace devient %20) ; source et support sont écrits en minuscules, ' +
        'car GA4 compte « Instagram » et « instagram » à part. Une adresse sans schéma reçoit https:// (« example.com/boutique » → « https://example.com/boutique ») ; ' +
        "un texte qui n'est pas une adresse de page web (mailto:, ftp://, une espace dedans, pas de nom de site) est refusé. Une adresse vide donne une cellule vide. " +
        `Utilisez ces sources et supports : l'import GA4 attribue chacun à son canal : ${channelTags('fr')}.`
      );
    },
  },
  returns: 'The tagged link, as text.',
  paramText: {
    url: {
      example: '"https://example.com/shop"',
      doc: {
        en: 'The page the link opens: https://…, or a site and path to which https:// is added',
        fr: 'La page que le lien ouvre : https://…, ou un site et un chemin auxquels https:// est ajouté',
      },
    },
    source: {
      example: '"instagram"',
      doc: {
        en: 'Where the link is posted: the channel’s source, e.g. instagram, facebook, linkedin, newsletter',
        fr: 'Où le lien est publié : la source du canal, par ex. instagram, facebook, linkedin, newsletter',
      },
    },
    medium: {
      example: '"social"',
      doc: {
        en: 'The kind of channel: social for social networks, email for a newsletter, referral for a blog',
        fr: 'Le type de canal : social pour les réseaux sociaux, email pour une newsletter, referral pour un blog',
      },
    },
    campaign: {
      example: '"spring_sale"',
      doc: {
        en: 'The campaign or goal the link serves, one spelling for all its links',
        fr: 'La campagne ou l’objectif que sert le lien, écrit de la même façon pour tous ses liens',
      },
    },
    content: {
      example: '"story"',
      doc: {
        en: 'Tells apart links of one campaign (a story, a bio link); blank leaves it out',
        fr: 'Distingue les liens d’une même campagne (une story, le lien de la bio) ; vide, il est omis',
      },
    },
    term: {
      example: '"sourdough"',
      doc: {
        en: 'A keyword, mostly for paid search; blank leaves it out',
        fr: 'Un mot-clé, surtout pour la recherche payante ; vide, il est omis',
      },
    },
  },
  usage: '=UTM_URL(A2:A20, B2:B20, "social", "spring_sale")',
  examples: [
    {
      args: ['https://example.com/shop', 'instagram', 'social', 'spring_sale'],
      result: 'https://example.com/shop?utm_source=instagram&utm_medium=social&utm_campaign=spring_sale',
    },
    {
      args: ['example.com/menu?lang=fr#cakes', 'newsletter', 'email', 'june 2026', 'footer'],
      result: 'https://example.com/menu?lang=fr&utm_source=newsletter&utm_medium=email&utm_campaign=june%202026&utm_content=footer#cakes',
    },
    {
      args: ['https://example.com/?utm_source=fb&ref=home', 'facebook', 'social', 'launch'],
      result: 'https://example.com/?ref=home&utm_source=facebook&utm_medium=social&utm_campaign=launch',
    },
  ],
};
