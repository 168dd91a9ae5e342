/**
 * The export formats recognised, and how a header row is told apart: each platform's distinctive
 * headers weigh most, the metrics its map knows weigh one each, and a date (or GA4 source) column is
 * required. A tie between platforms that the file name cannot break leaves the file unknown, for the
 * mapping step, rather than picking one at random.
 */
import type { ChannelId } from '../catalog';
import { normaliseHeader } from './headers';
import type { DayOrder } from './dates';
import { knownMetricHeaders } from './metrics-map';
import type { KnownPlatformId } from './types';

export interface PlatformSpec {
  id: KnownPlatformId;
  /** Candidate date columns, in priority order (Meta's "Date" says "Lifetime" in per-post exports: then "Publish time"). */
  dateHeaders: readonly string[];
  /** Headers only this platform's exports have. */
  distinctive: readonly string[];
  /** A fixed channel; 'meta' = Facebook or Instagram, to be found out; 'bySource' = per row from the traffic source (GA4). */
  channel: ChannelId | 'meta' | 'bySource';
  fileName: RegExp;
  /**
   * How the export writes a numeric date such as 11/01/2026, when the export's own language says so
   * whatever the user's locale: LinkedIn's English exports are month first, also for a user in France
   * or the UK. Used only where the dates themselves cannot tell (no day above 12).
   */
  numericDates?: { dayOrder: DayOrder; whenHeaderHasAnyOf: readonly string[] };
}

const spec = (s: PlatformSpec): PlatformSpec => ({
  ...s,
  dateHeaders: s.dateHeaders.map(normaliseHeader),
  distinctive: s.distinctive.map(normaliseHeader),
  ...(s.numericDates
    ? { numericDates: { ...s.numericDates, whenHeaderHasAnyOf: s.numericDates.whenHeaderHasAnyOf.map(normaliseHeader) } }
    : {}),
});

/** The day order a platform's export uses for numeric dates, given its header row; undefined when it does not say. */
export function platformDayOrder(platform: KnownPlatformId, header: readonly string[]): DayOrder | undefined {
  const rule = platformSpec(platform).numericDates;
  if (!rule) return undefined;
  const headers = new Set(header.map(normaliseHeader));
  return rule.whenHeaderHasAnyOf.some((h) => headers.has(h)) ? rule.dayOrder : undefined;
}

export const PLATFORMS: readonly PlatformSpec[] = [
  spec({
    id: 'meta',
    dateHeaders: ['Date', 'Publish time', 'Heure de publication', 'Date de publication'],
    distinctive: [
      'Post ID',
      'Page ID',
      'Page name',
      'Account ID',
      'Account username',
      'Account name',
      'Publish time',
      'Permalink',
      'Is crosspost',
      'Is share',
      'Caption type',
      'Primary',
      'Link clicks',
      'Viewers',
      'Views',
      'Reach',
      'Couverture',
      'Vues',
      'Clics sur un lien',
      'Reactions, comments and shares',
      'Content interactions',
      'Interactions',
      'Page visits',
      'Profile visits',
      'Facebook visits',
      'Saves',
      'Heure de publication',
      'Identifiant de la publication',
      "Nom d'utilisateur du compte",
      'Nom de la Page',
      'Enregistrements',
      'Visites',
      'Spectateurs',
    ],
    channel: 'meta',
    fileName: /facebook|instagram|meta|(^|[^a-z])(fb|ig)([^a-z]|$)/i,
  }),
  spec({
    id: 'linkedin',
    dateHeaders: ['Date', 'Created date', 'Date de création'],
    distinctive: [
      'Impressions (organic)',
      'Impressions (sponsored)',
      'Impressions (total)',
      'Unique impressions (organic)',
      'Clicks (organic)',
      'Clicks (sponsored)',
      'Clicks (total)',
      'Reactions (organic)',
      'Reactions (sponsored)',
      'Reactions (total)',
      'Comments (organic)',
      'Comments (sponsored)',
      'Comments (total)',
      'Reposts (organic)',
      'Reposts (sponsored)',
      'Reposts (total)',
      'Shares (total)',
      'Engagement rate (total)',
      'Engagement rate (organic)',
      'Posted by',
      'Post title',
      'Created date',
      'Campaign name',
      'Offsite Views',
      'Click through rate (CTR)',
      'Auto-invited followers',
      'Organic followers',
      'Sponsored followers',
      'Impressions (naturelles)',
      'Impressions (sponsorisées)',
      'Impressions uniques (naturelles)',
      'Réactions (total)',
      'Commentaires (total)',
      'Republications (total)',
      "Taux d'engagement (total)",
      'Date de création',
      'Total page views (total)',
      'Total unique visitors (total)',
      'Overview page views (total)',
      'Overview unique visitors (total)',
    ],
    channel: 'linkedin',
    fileName: /linkedin/i,
    // LinkedIn's English exports write 01/15/2026: month first, whatever the user's locale.
    numericDates: {
      dayOrder: 'mdy',
      whenHeaderHasAnyOf: [
        'Impressions (organic)',
        'Impressions (total)',
        'Clicks (total)',
        'Created date',
        'Organic followers',
        'Total followers',
        'Total page views (total)',
        'Overview page views (total)',
      ],
    },
  }),
  spec({
    id: 'x',
    dateHeaders: ['Date', 'Time', 'Heure'],
    distinctive: [
      'New follows',
      'Unfollows',
      'Bookmarks',
      'Create Post',
      'Post text',
      'Tweet id',
      'Tweet text',
      'Tweet permalink',
      'Tweets published',
      'URL clicks',
      'User profile clicks',
      'Detail expands',
      'Permalink clicks',
      'Hashtag clicks',
      'Media engagements',
      'Media views',
      'Retweets',
      'Replies',
      'Signets',
      'Nouveaux abonnements',
      'Réponses',
    ],
    channel: 'x',
    fileName: /twitter|tweet|(^|[^a-z])x([^a-z]|$)|account_overview_analytics|account_analytics_content/i,
  }),
  spec({
    id: 'tiktok',
    dateHeaders: ['Date', 'Video publish time', 'Post time', 'Publish time', 'Heure de publication', 'Date de publication'],
    distinctive: [
      'Video views',
      'Profile views',
      'Reached audience',
      'Difference in followers from previous day',
      'Total viewers',
      'New viewers',
      'Returning viewers',
      'Net growth',
      'Lost followers',
      'Video title',
      'Video link',
      'Total play time',
      'Average watch time',
      'Watched full video',
      'Total likes',
      'Total comments',
      'Total shares',
      'Total views',
      'Vues de vidéos',
      'Vues des vidéos',
      'Vues du profil',
      'Audience touchée',
      'Croissance nette',
      'Website clicks',
      'Add to favorites',
      'Total favorites',
    ],
    channel: 'tiktok',
    fileName: /tiktok/i,
  }),
  spec({
    id: 'ga4',
    dateHeaders: ['Date'],
    distinctive: ['Engaged sessions', 'Key events', 'Total revenue', 'Sessions avec engagement', 'Événements clés', 'Revenu total'],
    channel: 'bySource',
    fileName: /ga4|analytics|acquisition/i,
  }),
];

/** GA4 dimension columns naming the traffic source; the medium may be its own column. */
export const GA4_SOURCE_HEADERS: readonly string[] = [
  'Session source / medium',
  'Session source',
  'First user source / medium',
  'First user source',
  'Source / medium',
  'Source',
  'Source/support de la session',
  'Source de la session',
  'Source/support du premier utilisateur',
  'Source du premier utilisateur',
  'Source/support',
].map(normaliseHeader);

/**
 * A GA4 dimension column naming the default channel group ("Organic Social", "Email"…), by session or
 * first user: "Session default channel group", "Session primary channel group (Default Channel Group)"
 * since a custom group may be the reports' default (late 2023), "Groupe de canaux par défaut pour la session"…
 */
export function isGa4ChannelGroupHeader(normalised: string): boolean {
  return /channel group|groupe de canaux/.test(normalised);
}

export const GA4_MEDIUM_HEADERS: readonly string[] = [
  'Session medium',
  'First user medium',
  'Medium',
  'Support de la session',
  'Support du premier utilisateur',
  'Support',
].map(normaliseHeader);

/** Meta's one-metric export: "sep=," / "Facebook reach" / "Date","Primary". */
export const META_SINGLE_METRIC_HEADER = 'primary';

/** Identifiers, texts and links: neither imported nor listed as ignored metrics. */
export const DESCRIPTIVE_HEADERS: ReadonlySet<string> = new Set(
  [
    'Post ID',
    'Page ID',
    'Page name',
    'Account ID',
    'Account username',
    'Account name',
    'Title',
    'Description',
    'Duration (sec)',
    'Publish time',
    'Permalink',
    'Post type',
    'Caption type',
    'Is crosspost',
    'Is share',
    'Languages',
    'Custom labels',
    'Funded content status',
    'Data comment',
    'Date',
    'Post link',
    'Post title',
    'Posted by',
    'Campaign name',
    'Campaign start date',
    'Campaign end date',
    'Audience',
    'Content Type',
    'Created date',
    'Post text',
    'Tweet id',
    'Tweet text',
    'Tweet permalink',
    'Time',
    'Video title',
    'Video link',
    'Post time',
    'Video publish time',
    'Video ID',
    'Platform',
    'Session default channel group',
    'Session campaign',
    'Landing page',
    'Landing page + query string',
    'Page path',
    'Page path and screen class',
    'Country',
    'City',
    'Device category',
    'Identifiant de la publication',
    'Identifiant de la Page',
    'Nom de la Page',
    'Identifiant du compte',
    "Nom d'utilisateur du compte",
    'Nom du compte',
    'Titre',
    'Durée (s)',
    'Heure de publication',
    'Lien permanent',
    'Type de publication',
    'Plateforme',
    'Date de publication',
    'Date de création',
    'Heure',
    'Groupe de canaux par défaut de la session',
    'Campagne de la session',
    'Pays',
    'Ville',
  ].map(normaliseHeader),
);

const KNOWN: ReadonlyMap<KnownPlatformId, ReadonlySet<string>> = new Map(PLATFORMS.map((p) => [p.id, knownMetricHeaders(p.id)]));

export function platformSpec(id: KnownPlatformId): PlatformSpec {
  return PLATFORMS.find((p) => p.id === id)!;
}

export interface Detection {
  platform: KnownPlatformId;
  score: number;
}

/** How well a header row (normalised) matches each platform; 0 = not this platform. */
export function scorePlatform(spec: PlatformSpec, header: readonly string[]): number {
  const known = KNOWN.get(spec.id)!;
  const hasDate = header.some((h) => spec.dateHeaders.includes(h));
  if (spec.id === 'meta' && hasDate && header.includes(META_SINGLE_METRIC_HEADER) && header.length <= 3) return 10;
  const hasSource = header.some((h) => GA4_SOURCE_HEADERS.includes(h) || isGa4ChannelGroupHeader(h));
  if (spec.id === 'ga4' ? !hasSource : !hasDate) return 0;
  let metrics = 0;
  let score = spec.id === 'ga4' ? 3 : 1;
  for (const h of header) {
    if (spec.distinctive.includes(h)) score += 3;
    if (known.has(h)) {
      metrics++;
      score++;
    }
  }
  return metrics > 0 ? score : 0;
}

/** The platform whose export this header row is, or undefined (no match, or a tie the file name cannot break). */
export function detectPlatform(header: readonly string[], fileName?: string): Detection | undefined {
  const scored = PLATFORMS.map((spec) => ({ platform: spec.id, score: scorePlatform(spec, header), spec }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return undefined;
  const top = scored.filter((s) => s.score === scored[0].score);
  if (top.length === 1) return { platform: top[0].platform, score: top[0].score };
  const named = fileName ? top.filter((s) => s.spec.fileName.test(fileName)) : [];
  return named.length === 1 ? { platform: named[0].platform, score: named[0].score } : undefined;
}
