/**
 * The method's vocabulary: business outcomes, funnel stages, the KPI catalogue and channels
 * (product brief, articles 003 and 004). Ids are stable and never shown; labels are.
 */
import type { Bilingual } from './lang';

export type OutcomeId = 'sales' | 'leads' | 'acquisition_cost' | 'reputation';

export type StageId = 'awareness' | 'engagement' | 'lead_generation' | 'conversion' | 'retention';

/**
 * How a KPI's current value is read from Tracking over a goal's period:
 * stock = latest reading; flow = sum of readings; average = mean of readings; ratio = computed from parts.
 */
export type KpiKind = 'stock' | 'flow' | 'average' | 'ratio';

export type KpiUnit = 'count' | 'money' | 'percent' | 'seconds';

export type KpiId =
  | 'reach'
  | 'followers'
  | 'new_followers'
  | 'impressions'
  | 'mentions'
  | 'competitor_mentions'
  | 'share_of_voice'
  | 'reactions'
  | 'comments'
  | 'shares'
  | 'saves'
  | 'profile_visits'
  | 'website_clicks'
  | 'visits'
  | 'time_on_site'
  | 'direct_messages'
  | 'positive_reviews'
  | 'downloads'
  | 'contact_requests'
  | 'email_signups'
  | 'calls'
  | 'customers'
  | 'sales'
  | 'revenue'
  | 'conversion_rate'
  | 'ad_spend'
  | 'cost_per_acquisition'
  | 'repeat_customers'
  | 'active_customers'
  | 'lost_customers'
  | 'churn'
  | 'lifetime_value';

/** A ratio KPI: numerator / denominator, or numerator / (numerator + other) for a share. */
export interface RatioParts {
  numerator: KpiId;
  denominator: KpiId;
  /** 'share': numerator / (numerator + denominator), as share of voice. */
  form: 'over' | 'share';
}

export interface Kpi {
  id: KpiId;
  stage: StageId;
  kind: KpiKind;
  unit: KpiUnit;
  label: Bilingual;
  /** Feels good, proves little (article 000): followers, likes, impressions. */
  vanity?: boolean;
  /** Which way is better. Churn should go down; everything else up. */
  better: 'up' | 'down';
  ratio?: RatioParts;
  /** Only a part of a ratio (competitor mentions, lost customers): tracked, but not offered as a goal's KPI. */
  partOnly?: boolean;
}

export const OUTCOMES: ReadonlyArray<{ id: OutcomeId; label: Bilingual }> = [
  { id: 'sales', label: { en: 'More sales', fr: 'Plus de ventes' } },
  { id: 'leads', label: { en: 'More leads', fr: 'Plus de prospects' } },
  { id: 'acquisition_cost', label: { en: 'Lower acquisition cost', fr: 'Baisser le coût d’acquisition' } },
  { id: 'reputation', label: { en: 'Brand reputation', fr: 'Réputation de la marque' } },
];

/** What each outcome covers, for the wizard (kept apart: the server bundle does not need it). */
export const OUTCOME_HINTS: Record<OutcomeId, Bilingual> = {
  sales: { en: 'Orders and revenue traced to social media', fr: 'Commandes et chiffre d’affaires venus des réseaux sociaux' },
  leads: { en: 'Sign-ups, contact requests, calls', fr: 'Inscriptions, demandes de contact, appels' },
  acquisition_cost: { en: 'Win customers for less', fr: 'Gagner des clients pour moins cher' },
  reputation: { en: 'Be known, trusted and talked about', fr: 'Être connu, reconnu et recommandé' },
};

export const STAGES: ReadonlyArray<{ id: StageId; label: Bilingual }> = [
  { id: 'awareness', label: { en: 'Awareness', fr: 'Notoriété' } },
  { id: 'engagement', label: { en: 'Engagement', fr: 'Engagement' } },
  { id: 'lead_generation', label: { en: 'Lead generation', fr: 'Génération de prospects' } },
  { id: 'conversion', label: { en: 'Conversion / purchase', fr: 'Conversion / achat' } },
  { id: 'retention', label: { en: 'Retention', fr: 'Fidélisation' } },
];

const kpi = (id: KpiId, stage: StageId, kind: KpiKind, unit: KpiUnit, en: string, fr: string, extra: Partial<Kpi> = {}): Kpi => ({
  id,
  stage,
  kind,
  unit,
  label: { en, fr },
  better: 'up',
  ...extra,
});

export const KPIS: readonly Kpi[] = [
  kpi('reach', 'awareness', 'flow', 'count', 'Reach', 'Portée'),
  kpi('followers', 'awareness', 'stock', 'count', 'Followers', 'Abonnés', { vanity: true }),
  // Followers gained over a period (Instagram's and LinkedIn's "Follows", X's "New follows"): a flow, unlike Followers.
  kpi('new_followers', 'awareness', 'flow', 'count', 'New followers', 'Nouveaux abonnés', { vanity: true }),
  kpi('impressions', 'awareness', 'flow', 'count', 'Impressions / views', 'Impressions / vues', { vanity: true }),
  kpi('mentions', 'awareness', 'flow', 'count', 'Mentions', 'Mentions'),
  kpi('competitor_mentions', 'awareness', 'flow', 'count', 'Competitor mentions', 'Mentions des concurrents', { partOnly: true }),
  kpi('share_of_voice', 'awareness', 'ratio', 'percent', 'Share of voice', 'Part de voix', {
    ratio: { numerator: 'mentions', denominator: 'competitor_mentions', form: 'share' },
  }),
  kpi('reactions', 'engagement', 'flow', 'count', 'Reactions / likes', 'Réactions / j’aime', { vanity: true }),
  kpi('comments', 'engagement', 'flow', 'count', 'Comments', 'Commentaires'),
  kpi('shares', 'engagement', 'flow', 'count', 'Shares', 'Partages'),
  kpi('saves', 'engagement', 'flow', 'count', 'Saves', 'Enregistrements'),
  kpi('profile_visits', 'engagement', 'flow', 'count', 'Profile / Page visits', 'Visites du profil / de la Page'),
  kpi('website_clicks', 'engagement', 'flow', 'count', 'Website clicks', 'Clics vers le site'),
  kpi('visits', 'engagement', 'flow', 'count', 'Website visits', 'Visites du site'),
  kpi('time_on_site', 'engagement', 'average', 'seconds', 'Time on site (s)', 'Temps sur le site (s)'),
  kpi('direct_messages', 'engagement', 'flow', 'count', 'Direct messages', 'Messages privés'),
  kpi('positive_reviews', 'engagement', 'flow', 'count', 'Positive reviews', 'Avis positifs'),
  kpi('downloads', 'lead_generation', 'flow', 'count', 'Downloads (e-book…)', 'Téléchargements (e-book…)'),
  kpi('contact_requests', 'lead_generation', 'flow', 'count', 'Contact-form requests', 'Demandes de contact'),
  kpi('email_signups', 'lead_generation', 'flow', 'count', 'E-mail sign-ups', 'Inscriptions e-mail'),
  kpi('calls', 'lead_generation', 'flow', 'count', 'Calls', 'Appels'),
  kpi('customers', 'conversion', 'flow', 'count', 'New customers', 'Nouveaux clients'),
  kpi('sales', 'conversion', 'flow', 'count', 'Sales (orders)', 'Ventes (commandes)'),
  kpi('revenue', 'conversion', 'flow', 'money', 'Revenue', 'Chiffre d’affaires'),
  kpi('conversion_rate', 'conversion', 'ratio', 'percent', 'Conversion rate', 'Taux de conversion', {
    ratio: { numerator: 'customers', denominator: 'visits', form: 'over' },
  }),
  // What winning customers costs (article 004: "cut our cost per acquisition by 5 % this year"): both fall when better.
  kpi('ad_spend', 'conversion', 'flow', 'money', 'Ad spend', 'Dépenses publicitaires', { better: 'down' }),
  kpi('cost_per_acquisition', 'conversion', 'ratio', 'money', 'Cost per acquisition', 'Coût par acquisition', {
    better: 'down',
    ratio: { numerator: 'ad_spend', denominator: 'customers', form: 'over' },
  }),
  kpi('repeat_customers', 'retention', 'flow', 'count', 'Repeat customers', 'Clients fidèles'),
  kpi('active_customers', 'retention', 'stock', 'count', 'Active customers', 'Clients actifs'),
  kpi('lost_customers', 'retention', 'flow', 'count', 'Lost customers', 'Clients perdus', { partOnly: true }),
  kpi('churn', 'retention', 'ratio', 'percent', 'Churn', 'Attrition', {
    better: 'down',
    ratio: { numerator: 'lost_customers', denominator: 'active_customers', form: 'over' },
  }),
  kpi('lifetime_value', 'retention', 'stock', 'money', 'Lifetime value', 'Valeur vie client'),
];

export type ChannelId = 'facebook' | 'instagram' | 'linkedin' | 'x' | 'tiktok' | 'youtube' | 'pinterest' | 'blog' | 'newsletter';

export const CHANNELS: ReadonlyArray<{ id: ChannelId; label: Bilingual }> = [
  { id: 'facebook', label: { en: 'Facebook', fr: 'Facebook' } },
  { id: 'instagram', label: { en: 'Instagram', fr: 'Instagram' } },
  { id: 'linkedin', label: { en: 'LinkedIn', fr: 'LinkedIn' } },
  { id: 'x', label: { en: 'X', fr: 'X' } },
  { id: 'tiktok', label: { en: 'TikTok', fr: 'TikTok' } },
  { id: 'youtube', label: { en: 'YouTube', fr: 'YouTube' } },
  { id: 'pinterest', label: { en: 'Pinterest', fr: 'Pinterest' } },
  { id: 'blog', label: { en: 'Blog', fr: 'Blog' } },
  { id: 'newsletter', label: { en: 'Newsletter', fr: 'Newsletter' } },
];

/** Actionable KPIs that serve each outcome, suggested first and offered instead of vanity ones. */
export const SUGGESTED_KPIS: Record<OutcomeId, readonly KpiId[]> = {
  sales: ['customers', 'revenue', 'sales', 'conversion_rate', 'website_clicks'],
  leads: ['email_signups', 'contact_requests', 'downloads', 'calls', 'website_clicks'],
  acquisition_cost: ['cost_per_acquisition', 'ad_spend', 'conversion_rate', 'customers'],
  reputation: ['mentions', 'share_of_voice', 'positive_reviews', 'reach', 'shares'],
};

const BY_ID = new Map(KPIS.map((k) => [k.id, k]));

export function kpiById(id: string): Kpi | undefined {
  return BY_ID.get(id as KpiId);
}

/** The KPIs a goal can be set on, for one funnel stage. */
export function goalKpisOfStage(stage: StageId): Kpi[] {
  return KPIS.filter((k) => k.stage === stage && !k.partOnly);
}

export function isOutcomeId(id: unknown): id is OutcomeId {
  return typeof id === 'string' && OUTCOMES.some((o) => o.id === id);
}

export function isStageId(id: unknown): id is StageId {
  return typeof id === 'string' && STAGES.some((s) => s.id === id);
}

export function isChannelId(id: unknown): id is ChannelId {
  return typeof id === 'string' && CHANNELS.some((c) => c.id === id);
}

/** Finds a KPI by its label in either language (as written in a Tracking sheet), case-insensitively. */
export function kpiByLabel(label: string): Kpi | undefined {
  const wanted = label.trim().toLowerCase();
  return KPIS.find((k) => k.label.en.toLowerCase() === wanted || k.label.fr.toLowerCase() === wanted || k.id === wanted);
}

/** Finds a catalogue channel by its label or id; undefined for a free-text channel. */
export function channelByLabel(label: string): (typeof CHANNELS)[number] | undefined {
  const wanted = label.trim().toLowerCase();
  return CHANNELS.find((c) => c.id === wanted || c.label.en.toLowerCase() === wanted || c.label.fr.toLowerCase() === wanted);
}

/** Tracking names a channel by catalogue id, by label ("Instagram") or freely ("Snapchat"): one key for each. */
export function channelKey(name: string): string {
  return channelByLabel(name)?.id ?? name.trim().toLowerCase();
}
