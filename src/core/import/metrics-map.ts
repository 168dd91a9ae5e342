/**
 * Which platform metric feeds which catalogue KPI. Versioned: a change of meaning (not a new header
 * variant) bumps METRIC_MAP_VERSION, which every preview carries, so readings imported under an older
 * map can be told apart. Every column of the platforms' exports is either mapped or left out with a
 * reason the preview shows; a header that is a catalogue KPI's own label (English or French: "Portée",
 * "Saves") maps to that KPI on any platform.
 *
 * Choices, so every figure states its definition:
 * - Impressions, views, video views, plays → impressions ("Impressions / views").
 * - Reach, viewers, reached audience, LinkedIn unique impressions (organic: LinkedIn gives no total) → reach.
 *   Reach counts people: a day's lines are not added up, the largest is kept (kpi-rules.ts).
 * - Link clicks, URL clicks, TikTok website clicks, LinkedIn clicks → website_clicks. LinkedIn's clicks
 *   (on the post, its link, the page's name or logo) are the clicks article 001 counts; its total
 *   includes sponsored clicks unless the user reads organic results only (ParseOptions.organicOnly).
 *   Meta "Total clicks" sums link and other clicks: left out, "Link clicks" is read.
 * - Likes, reactions → reactions; comments, replies → comments; shares, reposts, retweets → shares;
 *   Instagram saves, X bookmarks, TikTok favorites → saves.
 * - Followers is a stock (latest reading): only a column holding the follower total feeds it (TikTok
 *   "Followers"). Followers gained (Instagram and LinkedIn "Follows", X "New follows", LinkedIn's daily
 *   "Total followers") → new_followers, a flow. Unfollows and net growth are neither: left out.
 * - Page and profile visits or views (Facebook, Instagram, X, TikTok, LinkedIn page views) →
 *   profile_visits; they are not website visits. Unique visitors count people: left out. GA4 sessions → visits.
 * - GA4 total or purchase revenue → revenue; transactions, purchases → sales (orders); first-time
 *   purchasers → customers. Key events / conversions can be any goal (sign-ups, leads, sales): left out
 *   unless the caller names their KPI (kpiOverrides) or the user maps them.
 * - Sums (interactions, engagements), rates and averages computed by the platform: left out.
 * When several columns give one KPI, the first in the rule's list wins and the others are reported.
 */
import { KPIS, type KpiId } from '../catalog';
import { normaliseHeader } from './headers';
import type { IgnoredReason, KnownPlatformId } from './types';

export const METRIC_MAP_VERSION = '2026.2';

export type MetricRule = { kpi: KpiId; headers: readonly string[] } | { ignore: IgnoredReason; headers: readonly string[] };

const use = (kpi: KpiId, ...headers: string[]): MetricRule => ({ kpi, headers });
const ignore = (reason: IgnoredReason, ...headers: string[]): MetricRule => ({ ignore: reason, headers });

const META: readonly MetricRule[] = [
  use(
    'reach',
    'Reach',
    'Viewers',
    'Post reach',
    'Page reach',
    'Couverture',
    'Couverture de la publication',
    'Spectateurs',
    'Personnes atteintes',
  ),
  use('impressions', 'Views', 'Impressions', 'Plays', 'Vues', 'Lectures'),
  use('website_clicks', 'Link clicks', 'Clics sur un lien', 'Clics sur le lien', 'Clics sur des liens'),
  use('reactions', 'Reactions', 'Likes', 'Réactions', "J'aime", "Mentions J'aime"),
  use('comments', 'Comments', 'Commentaires'),
  use('shares', 'Shares', 'Partages'),
  use('saves', 'Saves', 'Enregistrements'),
  use('new_followers', 'Follows', 'New follows', 'New followers', 'Nouveaux abonnés', 'Abonnements', 'Nouveaux abonnements'),
  use(
    'profile_visits',
    'Profile visits',
    'Page visits',
    'Facebook visits',
    'Instagram profile visits',
    'Visits',
    'Visites du profil',
    'Visites de la Page',
    'Visites',
  ),
  use('followers', 'Total followers', 'Followers', "Nombre total d'abonnés"),
  ignore({ code: 'notGained' }, 'Unfollows', 'Désabonnements'),
  ignore(
    { code: 'composite' },
    'Interactions',
    'Content interactions',
    'Engagements',
    'Post engagements',
    'Reactions, comments and shares',
    'Total clicks',
    'Interactions avec le contenu',
    'Réactions, commentaires et partages',
    'Clics au total',
  ),
  ignore({ code: 'notKpi', kpi: 'website_clicks' }, 'Other clicks', 'Autres clics'),
  ignore(
    { code: 'rate' },
    'Engagement rate',
    "Taux d'interaction",
    "Taux d'engagement",
    'Average seconds viewed',
    'Durée moyenne de visionnage',
  ),
  // Views of at least 3 seconds or 1 minute: part of the views "Views" counts.
  ignore({ code: 'partOfTotal' }, '3-second video views', '1-minute video views'),
  // Ads shown in the page's videos (in-stream earnings), not views of its content.
  ignore({ code: 'notKpi', kpi: 'impressions' }, 'Ad impressions'),
  ignore({ code: 'noKpi' }, 'Seconds viewed', 'Estimated earnings (USD)', 'Ad CPM (USD)'),
];

/**
 * LinkedIn gives these metrics organic, sponsored and total: the total is read, or the organic part when the
 * user leaves sponsored results out (ParseOptions.organicOnly).
 */
const split = (kpi: KpiId, total: string[], organic: string[], sponsored: string[]) => ({ kpi, total, organic, sponsored });
const LINKEDIN_SPLIT: ReadonlyArray<ReturnType<typeof split>> = [
  split(
    'impressions',
    ['Impressions (total)', 'Impressions (totales)', 'Impressions (au total)'],
    ['Impressions (organic)', 'Impressions (naturelles)', 'Impressions (organiques)'],
    ['Impressions (sponsored)', 'Impressions (sponsorisées)'],
  ),
  split(
    'website_clicks',
    ['Clicks (total)', 'Clics (total)', 'Clics (totaux)'],
    ['Clicks (organic)', 'Clics (naturels)', 'Clics (organiques)'],
    ['Clicks (sponsored)', 'Clics (sponsorisés)'],
  ),
  split(
    'reactions',
    ['Reactions (total)', 'Réactions (total)', 'Réactions (totales)'],
    ['Reactions (organic)', 'Réactions (naturelles)', 'Réactions (organiques)'],
    ['Reactions (sponsored)', 'Réactions (sponsorisées)'],
  ),
  split(
    'comments',
    ['Comments (total)', 'Commentaires (total)', 'Commentaires (totaux)'],
    ['Comments (organic)', 'Commentaires (naturels)', 'Commentaires (organiques)'],
    ['Comments (sponsored)', 'Commentaires (sponsorisés)'],
  ),
  split(
    'shares',
    ['Reposts (total)', 'Shares (total)', 'Republications (total)', 'Partages (total)'],
    ['Reposts (organic)', 'Shares (organic)', 'Republications (naturelles)', 'Partages (naturels)'],
    ['Reposts (sponsored)', 'Shares (sponsored)', 'Republications (sponsorisées)', 'Partages (sponsorisés)'],
  ),
  // The followers sheet counts followers gained per day, even in its "Total followers" column.
  split(
    'new_followers',
    ['Total followers', "Nombre total d'abonnés"],
    ['Organic followers', 'Abonnés naturels'],
    ['Sponsored followers', 'Abonnés sponsorisés'],
  ),
];

/** The normalised total and organic headers of LinkedIn's split metrics: a file having one of each can be read either way. */
export const LINKEDIN_SPLIT_HEADERS = {
  total: new Set(LINKEDIN_SPLIT.flatMap((m) => m.total).map(normaliseHeader)),
  organic: new Set(LINKEDIN_SPLIT.flatMap((m) => m.organic).map(normaliseHeader)),
};

/** The visitors sheet: views and unique visitors of each section of the page, on desktop, mobile and in total. */
const LINKEDIN_SECTIONS = ['Overview', 'Life', 'Jobs', 'Careers', 'Insights', 'Products', 'About', 'People', 'Home'];
const sectioned = (measure: string, devices: readonly string[]) =>
  LINKEDIN_SECTIONS.flatMap((section) => devices.map((device) => `${section} ${measure} (${device})`));

const LINKEDIN: readonly MetricRule[] = [
  use('reach', 'Unique impressions (organic)', 'Impressions uniques (naturelles)', 'Impressions uniques (organiques)'),
  // The "All posts" sheet, one line per post (dated by its creation date): no organic/sponsored split.
  use('impressions', 'Impressions', 'Views', 'Vues'),
  use('website_clicks', 'Clicks', 'Clics'),
  use('reactions', 'Reactions', 'Likes', 'Réactions', "J'aime"),
  use('comments', 'Comments', 'Commentaires'),
  use('shares', 'Reposts', 'Shares', 'Republications', 'Partages'),
  use('new_followers', 'Follows', 'Abonnements'),
  // The visitors sheet: every view of the page is a visit; unique visitors count people once a day.
  use('profile_visits', 'Total page views (total)', 'Page views (total)', 'Page views'),
  ignore(
    { code: 'people', kpi: 'profile_visits' },
    'Total unique visitors (total)',
    'Total unique visitors (desktop)',
    'Total unique visitors (mobile)',
    'Unique visitors (total)',
    'Unique visitors',
    ...sectioned('unique visitors', ['desktop', 'mobile', 'total']),
  ),
  ignore(
    { code: 'partOfTotal' },
    'Total page views (desktop)',
    'Total page views (mobile)',
    'Page views (desktop)',
    'Page views (mobile)',
    ...sectioned('page views', ['desktop', 'mobile', 'total']),
    'Auto-invited followers',
    'Abonnés invités automatiquement',
  ),
  ignore(
    { code: 'rate' },
    'Engagement rate (total)',
    'Engagement rate (organic)',
    'Engagement rate (sponsored)',
    'Engagement rate',
    'Click through rate (CTR)',
    "Taux d'engagement (total)",
    "Taux d'engagement (naturel)",
    "Taux d'engagement (sponsorisé)",
    "Taux d'engagement",
    'Taux de clics (CTR)',
  ),
  // Views of the post's video where it is embedded outside LinkedIn: not the impressions LinkedIn counts.
  ignore({ code: 'notKpi', kpi: 'impressions' }, 'Offsite Views'),
];

/** LinkedIn's rules, the split metrics read in total or organic only. */
function linkedinRules(organicOnly: boolean): MetricRule[] {
  const split = LINKEDIN_SPLIT.flatMap(({ kpi, total, organic, sponsored }) =>
    organicOnly
      ? [use(kpi, ...organic), ignore({ code: 'sponsored' }, ...total, ...sponsored)]
      : [use(kpi, ...total), ignore({ code: 'partOfTotal' }, ...organic, ...sponsored)],
  );
  return [...split, ...LINKEDIN];
}

const X: readonly MetricRule[] = [
  use('impressions', 'Impressions', 'Video views', 'Media views', 'Vues de la vidéo', 'Vues des médias'),
  use('reactions', 'Likes', "J'aime"),
  use('comments', 'Replies', 'Réponses'),
  use('shares', 'Reposts', 'Retweets', 'Shares', 'Republications', 'Partages'),
  use('saves', 'Bookmarks', 'Signets'),
  use('website_clicks', 'URL clicks', 'Link clicks', 'Url clicks', "Clics sur l'URL", 'Clics sur un lien'),
  use('new_followers', 'New follows', 'Follows', 'Nouveaux abonnements', 'Abonnements'),
  use('profile_visits', 'Profile visits', 'User profile clicks', 'Visites du profil'),
  ignore({ code: 'notGained' }, 'Unfollows', 'Désabonnements'),
  ignore({ code: 'composite' }, 'Engagements', 'Media engagements', 'Interactions'),
  ignore({ code: 'rate' }, 'Engagement rate', "Taux d'engagement"),
  ignore({ code: 'notKpi', kpi: 'website_clicks' }, 'Hashtag clicks', 'Permalink clicks', 'Detail expands'),
  ignore({ code: 'ownActivity' }, 'Create Post', 'Tweets published', 'Posts published'),
  ignore({ code: 'noKpi' }, 'App opens', 'App installs', 'Email Tweet', 'Dial phone'),
];

const TIKTOK: readonly MetricRule[] = [
  use('impressions', 'Video views', 'Total views', 'Views', 'Vues de vidéos', 'Vues des vidéos', 'Vues'),
  use('reach', 'Reached audience', 'Total viewers', 'Audience touchée', 'Spectateurs au total'),
  use('reactions', 'Likes', 'Total likes', "J'aime", "Total des J'aime"),
  use('comments', 'Comments', 'Total comments', 'Commentaires'),
  use('shares', 'Shares', 'Total shares', 'Partages'),
  use('saves', 'Add to favorites', 'Favorites', 'Total favorites', 'Ajouts aux favoris', 'Favoris'),
  use('website_clicks', 'Website clicks', 'Clics vers le site web', 'Clics sur le site web'),
  use('profile_visits', 'Profile views', 'Vues du profil'),
  use('followers', 'Followers', 'Abonnés'),
  use('new_followers', 'New followers', 'Nouveaux abonnés'),
  ignore(
    { code: 'notGained' },
    'Lost followers',
    'Net growth',
    'Net followers',
    'Difference in followers from previous day',
    'Abonnés perdus',
    'Croissance nette',
  ),
  ignore({ code: 'partOfTotal' }, 'New viewers', 'Returning viewers', 'Nouveaux spectateurs', 'Spectateurs récurrents'),
  ignore({ code: 'rate' }, 'Average watch time', 'Watched full video', 'Durée moyenne de visionnage'),
  ignore({ code: 'noKpi' }, 'Total play time'),
];

const GA4: readonly MetricRule[] = [
  use('visits', 'Sessions'),
  use('revenue', 'Total revenue', 'Purchase revenue', 'Revenu total', 'Revenus totaux', 'Revenus des achats', "Chiffre d'affaires total"),
  use('sales', 'Transactions', 'Ecommerce purchases', 'Purchases', 'Achats e-commerce', 'Achats'),
  use('customers', 'First time purchasers', 'First-time purchasers', 'Nouveaux acheteurs', 'Premiers acheteurs'),
  ignore({ code: 'needsChoice' }, 'Key events', 'Conversions', 'Événements clés'),
  ignore(
    { code: 'rate' },
    'Engagement rate',
    'Average engagement time per session',
    'Average engagement time',
    'Events per session',
    'Session key event rate',
    'User key event rate',
    'Average engagement time per active user',
    'Engaged sessions per active user',
    "Taux d'engagement",
    "Durée d'engagement moyenne par session",
    "Durée d'engagement moyenne par utilisateur actif",
    'Événements par session',
    "Taux d'événements clés de la session",
    "Taux d'événements clés de l'utilisateur",
    'Sessions avec engagement par utilisateur actif',
    'Bounce rate',
    'Taux de rebond',
  ),
  ignore(
    { code: 'noKpi' },
    'Engaged sessions',
    'Event count',
    'Total users',
    'Active users',
    'New users',
    'Returning users',
    'Views',
    'Sessions avec engagement',
    'Sessions engagées',
    "Nombre d'événements",
    'Utilisateurs actifs',
    'Nouveaux utilisateurs',
    'Total des utilisateurs',
    'Utilisateurs connus',
    'Utilisateurs de retour',
  ),
];

export const METRIC_RULES: Readonly<Record<KnownPlatformId, readonly MetricRule[]>> = {
  meta: META,
  linkedin: linkedinRules(false),
  x: X,
  tiktok: TIKTOK,
  ga4: GA4,
};

/** A rule with its header texts normalised once, at load. */
export interface CompiledRule {
  rule: MetricRule;
  names: readonly string[];
}

const compile = (rules: readonly MetricRule[]): readonly CompiledRule[] =>
  rules.map((rule) => ({ rule, names: rule.headers.map(normaliseHeader) }));

const COMPILED: Readonly<Record<KnownPlatformId, readonly CompiledRule[]>> = {
  meta: compile(META),
  linkedin: compile(METRIC_RULES.linkedin),
  x: compile(X),
  tiktok: compile(TIKTOK),
  ga4: compile(GA4),
};

const LINKEDIN_ORGANIC = compile(linkedinRules(true));

/** A platform's rules; LinkedIn's with its split metrics read organic only when asked. */
export function compiledRules(platform: KnownPlatformId, organicOnly = false): readonly CompiledRule[] {
  return organicOnly && platform === 'linkedin' ? LINKEDIN_ORGANIC : COMPILED[platform];
}

/** Every normalised header a platform's metric map knows (mapped or deliberately left out). */
export function knownMetricHeaders(platform: KnownPlatformId): ReadonlySet<string> {
  return new Set(COMPILED[platform].flatMap((c) => c.names));
}

/** Header text → KPI over every platform, for guessing a mapping of an unknown file. First platform rule wins. */
export function kpiOfAnyPlatformHeader(normalised: string): KpiId | undefined {
  for (const platform of Object.keys(COMPILED) as KnownPlatformId[]) {
    for (const { rule, names } of COMPILED[platform]) {
      if ('kpi' in rule && names.includes(normalised)) return rule.kpi;
    }
  }
  return undefined;
}

/** The catalogue's own names for its KPIs, English and French labels and ids, normalised: "portee" → reach. */
const CATALOGUE_LABELS: ReadonlyMap<string, KpiId> = new Map(
  KPIS.flatMap((k) => [k.label.en, k.label.fr, k.id].map((name) => [normaliseHeader(name), k.id] as [string, KpiId])),
);

/** The KPI whose catalogue label (either language) or id a normalised header is, if any. */
export function kpiOfCatalogueLabel(normalised: string): KpiId | undefined {
  return CATALOGUE_LABELS.get(normalised);
}
