/**
 * Which platform metric feeds which catalogue KPI. Versioned: a change of meaning (not a new header
 * variant) bumps METRIC_MAP_VERSION, which every preview carries, so readings imported under an older
 * map can be told apart.
 *
 * Choices, so every figure states its definition:
 * - Impressions, views, video views, plays → impressions ("Impressions / views").
 * - Reach, viewers, reached audience, LinkedIn unique impressions (organic: LinkedIn gives no total) → reach.
 * - Link clicks, URL clicks, TikTok website clicks → website_clicks. LinkedIn "Clicks" and Meta "Total
 *   clicks" are not: they count clicks on the name, logo or photo too.
 * - Likes, reactions → reactions; comments, replies → comments; shares, reposts, retweets → shares.
 * - Followers is a stock (latest reading): only a column holding the follower total feeds it (TikTok
 *   "Followers"). New follows, "Follows", LinkedIn's daily "Total followers" are flows: left out.
 * - Page, profile and Facebook visits are not website visits: left out. GA4 sessions → visits.
 * - GA4 total or purchase revenue → revenue; transactions, purchases → sales (orders); first-time
 *   purchasers → customers. Key events / conversions can be any goal (sign-ups, leads, sales): left out
 *   unless the caller names their KPI (kpiOverrides) or the user maps them.
 * - Sums (interactions, engagements), rates and averages computed by the platform: left out.
 * When several columns give one KPI, the first in the rule's list wins and the others are reported.
 */
import type { KpiId } from '../catalog';
import { normaliseHeader } from './headers';
import type { IgnoredReason, KnownPlatformId } from './types';

export const METRIC_MAP_VERSION = '2026.1';

export type MetricRule =
  | { kpi: KpiId; headers: readonly string[] }
  | { ignore: IgnoredReason; headers: readonly string[] };

const use = (kpi: KpiId, ...headers: string[]): MetricRule => ({ kpi, headers });
const ignore = (reason: IgnoredReason, ...headers: string[]): MetricRule => ({ ignore: reason, headers });

const META: readonly MetricRule[] = [
  use('reach', 'Reach', 'Viewers', 'Post reach', 'Page reach', 'Couverture', 'Couverture de la publication', 'Spectateurs', 'Personnes atteintes'),
  use('impressions', 'Views', 'Impressions', 'Plays', 'Vues', 'Lectures'),
  use('website_clicks', 'Link clicks', 'Clics sur un lien', 'Clics sur le lien', 'Clics sur des liens'),
  use('reactions', 'Reactions', 'Likes', 'Réactions', "J'aime", "Mentions J'aime"),
  use('comments', 'Comments', 'Commentaires'),
  use('shares', 'Shares', 'Partages'),
  use('followers', 'Total followers', 'Followers', "Nombre total d'abonnés"),
  ignore({ code: 'flowNotStock' }, 'Follows', 'New followers', 'New follows', 'Nouveaux abonnés', 'Abonnements', 'Nouveaux abonnements', 'Unfollows', 'Désabonnements'),
  ignore({ code: 'composite' }, 'Interactions', 'Content interactions', 'Engagements', 'Post engagements', 'Reactions, comments and shares', 'Interactions avec le contenu', 'Réactions, commentaires et partages'),
  ignore({ code: 'notKpi', kpi: 'visits' }, 'Visits', 'Page visits', 'Profile visits', 'Facebook visits', 'Instagram profile visits', 'Visites', 'Visites de la Page', 'Visites du profil'),
  ignore({ code: 'notKpi', kpi: 'website_clicks' }, 'Total clicks', 'Other clicks', 'Clics au total', 'Autres clics'),
  ignore({ code: 'rate' }, 'Engagement rate', "Taux d'interaction", "Taux d'engagement", 'Average seconds viewed', 'Durée moyenne de visionnage'),
  ignore({ code: 'noKpi' }, 'Saves', 'Enregistrements', '3-second video views', '1-minute video views', 'Seconds viewed', 'Estimated earnings (USD)', 'Ad impressions', 'Ad CPM (USD)'),
];

const LINKEDIN: readonly MetricRule[] = [
  use('impressions', 'Impressions (total)', 'Impressions', 'Impressions (totales)', 'Impressions (au total)', 'Views', 'Vues'),
  use('reach', 'Unique impressions (organic)', 'Impressions uniques (naturelles)', 'Impressions uniques (organiques)'),
  use('reactions', 'Reactions (total)', 'Reactions', 'Likes', 'Réactions (total)', 'Réactions (totales)', 'Réactions'),
  use('comments', 'Comments (total)', 'Comments', 'Commentaires (total)', 'Commentaires'),
  use('shares', 'Reposts (total)', 'Shares (total)', 'Reposts', 'Shares', 'Republications (total)', 'Partages (total)', 'Republications', 'Partages'),
  ignore({ code: 'partOfTotal' },
    'Impressions (organic)', 'Impressions (sponsored)', 'Clicks (organic)', 'Clicks (sponsored)', 'Reactions (organic)', 'Reactions (sponsored)',
    'Comments (organic)', 'Comments (sponsored)', 'Reposts (organic)', 'Reposts (sponsored)', 'Shares (organic)', 'Shares (sponsored)',
    'Impressions (naturelles)', 'Impressions (sponsorisées)', 'Réactions (naturelles)', 'Réactions (sponsorisées)',
    'Commentaires (naturels)', 'Commentaires (sponsorisés)', 'Republications (naturelles)', 'Republications (sponsorisées)'),
  ignore({ code: 'notKpi', kpi: 'website_clicks' }, 'Clicks (total)', 'Clicks', 'Clics (total)', 'Clics'),
  ignore({ code: 'rate' },
    'Engagement rate (total)', 'Engagement rate (organic)', 'Engagement rate (sponsored)', 'Engagement rate', 'Click through rate (CTR)',
    "Taux d'engagement (total)", "Taux d'engagement (naturel)", "Taux d'engagement (sponsorisé)", "Taux d'engagement", 'Taux de clics (CTR)'),
  // LinkedIn's followers sheet counts new followers per day, even in its "Total followers" column.
  ignore({ code: 'flowNotStock' },
    'Total followers', 'Organic followers', 'Sponsored followers', 'Auto-invited followers', 'Follows',
    "Nombre total d'abonnés", 'Abonnés naturels', 'Abonnés sponsorisés', 'Abonnés invités automatiquement'),
  ignore({ code: 'noKpi' }, 'Offsite Views'),
];

const X: readonly MetricRule[] = [
  use('impressions', 'Impressions', 'Video views', 'Media views', 'Vues de la vidéo', 'Vues des médias'),
  use('reactions', 'Likes', "J'aime"),
  use('comments', 'Replies', 'Réponses'),
  use('shares', 'Reposts', 'Retweets', 'Shares', 'Republications', 'Partages'),
  use('website_clicks', 'URL clicks', 'Link clicks', 'Url clicks', "Clics sur l'URL", 'Clics sur un lien'),
  ignore({ code: 'flowNotStock' }, 'New follows', 'Follows', 'Unfollows', 'Nouveaux abonnements', 'Abonnements', 'Désabonnements'),
  ignore({ code: 'composite' }, 'Engagements', 'Media engagements', 'Interactions'),
  ignore({ code: 'rate' }, 'Engagement rate', "Taux d'engagement"),
  ignore({ code: 'notKpi', kpi: 'website_clicks' }, 'User profile clicks', 'Hashtag clicks', 'Permalink clicks', 'Detail expands'),
  ignore({ code: 'notKpi', kpi: 'visits' }, 'Profile visits', 'Visites du profil'),
  ignore({ code: 'noKpi' }, 'Bookmarks', 'Create Post', 'Tweets published', 'App opens', 'App installs', 'Email Tweet', 'Dial phone', 'Signets'),
];

const TIKTOK: readonly MetricRule[] = [
  use('impressions', 'Video views', 'Total views', 'Views', 'Vues de vidéos', 'Vues des vidéos', 'Vues'),
  use('reach', 'Reached audience', 'Total viewers', 'Audience touchée', 'Spectateurs au total'),
  use('reactions', 'Likes', 'Total likes', "J'aime", "Total des J'aime"),
  use('comments', 'Comments', 'Total comments', 'Commentaires'),
  use('shares', 'Shares', 'Total shares', 'Partages'),
  use('website_clicks', 'Website clicks', 'Clics vers le site web', 'Clics sur le site web'),
  use('followers', 'Followers', 'Abonnés'),
  ignore({ code: 'flowNotStock' }, 'New followers', 'Lost followers', 'Net growth', 'Net followers', 'Difference in followers from previous day',
    'Nouveaux abonnés', 'Abonnés perdus', 'Croissance nette'),
  ignore({ code: 'notKpi', kpi: 'visits' }, 'Profile views', 'Vues du profil'),
  ignore({ code: 'rate' }, 'Average watch time', 'Watched full video', 'Durée moyenne de visionnage'),
  ignore({ code: 'noKpi' }, 'New viewers', 'Returning viewers', 'Total play time', 'Add to favorites', 'Nouveaux spectateurs', 'Spectateurs récurrents'),
];

const GA4: readonly MetricRule[] = [
  use('visits', 'Sessions'),
  use('revenue', 'Total revenue', 'Purchase revenue', 'Revenu total', 'Revenus totaux', 'Revenus des achats', "Chiffre d'affaires total"),
  use('sales', 'Transactions', 'Ecommerce purchases', 'Purchases', 'Achats e-commerce', 'Achats'),
  use('customers', 'First time purchasers', 'First-time purchasers', 'Nouveaux acheteurs', 'Premiers acheteurs'),
  ignore({ code: 'needsChoice' }, 'Key events', 'Conversions', 'Événements clés'),
  ignore({ code: 'rate' }, 'Engagement rate', 'Average engagement time per session', 'Average engagement time', 'Events per session',
    'Session key event rate', 'User key event rate', 'Average engagement time per active user', 'Engaged sessions per active user',
    "Taux d'engagement", "Durée d'engagement moyenne par session", "Durée d'engagement moyenne par utilisateur actif",
    'Événements par session', "Taux d'événements clés de la session", "Taux d'événements clés de l'utilisateur",
    'Sessions avec engagement par utilisateur actif', 'Bounce rate', 'Taux de rebond'),
  ignore({ code: 'noKpi' }, 'Engaged sessions', 'Event count', 'Total users', 'Active users', 'New users', 'Returning users', 'Views',
    'Sessions avec engagement', 'Sessions engagées', "Nombre d'événements", 'Utilisateurs actifs', 'Nouveaux utilisateurs',
    'Total des utilisateurs', 'Utilisateurs connus', 'Utilisateurs de retour'),
];

export const METRIC_RULES: Readonly<Record<KnownPlatformId, readonly MetricRule[]>> = {
  meta: META,
  linkedin: LINKEDIN,
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
  linkedin: compile(LINKEDIN),
  x: compile(X),
  tiktok: compile(TIKTOK),
  ga4: compile(GA4),
};

export function compiledRules(platform: KnownPlatformId): readonly CompiledRule[] {
  return COMPILED[platform];
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
