/**
 * The words of the SMART goal domain, in English and French: KPIs, channels and outcomes as a sentence
 * names them, the drafted statement, the vanity warning and the achievable check. Statuses are the
 * sheets' words (core/sheets/texts.ts); field names and refusals are the wizard's
 * (src/sidebar/wizard/field-texts.ts). One typed object per language, so neither can miss a text the other has.
 */
import { isChannelId, type ChannelId, type KpiId, type OutcomeId } from '../catalog';
import type { Lang } from '../lang';

/** How a KPI is named inside a sentence. */
export interface KpiWords {
  /** After a number, lower case: "1 800 [website clicks]". */
  count: string;
  /** As a subject, with its article where the language wants one: "the conversion rate", "les ventes". */
  the: string;
  /** The preposition before the channels: "from" for what a channel brings, "on" for what happens there. */
  via: string;
}

/** The pieces of a drafted statement, already formatted. `from` is absent when there is no baseline yet. */
export interface StatementParts {
  from?: string;
  to: string;
  kpi: KpiWords;
  /** " from Instagram and Facebook", or "" without channels. */
  where: string;
  /** The deadline, formatted. */
  by: string;
}

/** The achievable check's figures, already formatted ("+50%", "182"). */
export interface AchievableParts {
  days: string;
  asked: string;
  best: string;
  /** "30 points". */
  points: string;
  /** asked ÷ best ("12"), when both are finite and the best is a rise. */
  times?: string;
}

interface GoalTexts {
  and: string;
  or: string;
  /** Outcomes inside a sentence: "when the goal is [more sales]". */
  outcomes: Record<OutcomeId, string>;
  kpis: Record<KpiId, KpiWords>;
  channels: Record<ChannelId, string>;
  statement: {
    /** A count that grows: "Go from 1,200 to 1,800 website clicks from Instagram by Jun 30, 2027". */
    grow(p: StatementParts): string;
    /** A rate, an amount or an average that grows: "Raise the conversion rate … from 2% to 3% by …". */
    raise(p: StatementParts): string;
    /** Anything that should fall: "Bring churn on Instagram down from 8% to 5% by …". */
    reduce(p: StatementParts): string;
  };
  vanity(p: { kpi: KpiWords; label: string; outcome: string; suggestions: KpiWords[] }): string;
  achievable: {
    ok(p: AchievableParts): string;
    stretch(p: AchievableParts): string;
    /** More than twice the best growth seen. */
    far(p: AchievableParts): string;
    /** The goal starts from 0 and history never grew from 0. */
    fromZeroStretch(p: AchievableParts): string;
    /** The goal starts from 0 and history did grow from 0 before. */
    fromZeroOk(p: AchievableParts): string;
    /** What `best` reads when history grew from 0. */
    riseFromZero: string;
    /**
     * `have` is absent when Tracking holds no reading at all; `longest` is the longest goal, in days,
     * the history can check now, when there is one.
     */
    noHistory(p: { needed: string; have?: string; longest?: string; kpis: KpiWords[]; channels: string }): string;
    /** Some channels of the goal have no reading of the KPI: `channels` names them. */
    missingChannels(p: { kpis: KpiWords[]; channels: string }): string;
  };
  points(n: number, shown: string): string;
}

const join = (items: readonly string[], word: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const w = (count: string, the: string, via: string): KpiWords => ({ count, the, via });

const en: GoalTexts = {
  and: 'and',
  or: 'or',
  outcomes: {
    sales: 'more sales',
    leads: 'more leads',
    acquisition_cost: 'a lower acquisition cost',
    reputation: 'brand reputation',
  },
  kpis: {
    reach: w('people reached', 'reach', 'on'),
    followers: w('followers', 'followers', 'on'),
    new_followers: w('new followers', 'new followers', 'on'),
    impressions: w('impressions', 'impressions', 'on'),
    mentions: w('mentions', 'mentions', 'on'),
    competitor_mentions: w('competitor mentions', 'competitor mentions', 'on'),
    share_of_voice: w('share of voice', 'the share of voice', 'on'),
    reactions: w('reactions', 'reactions', 'on'),
    comments: w('comments', 'comments', 'on'),
    shares: w('shares', 'shares', 'on'),
    saves: w('saves', 'saves', 'on'),
    profile_visits: w('profile visits', 'profile visits', 'on'),
    website_clicks: w('website clicks', 'website clicks', 'from'),
    visits: w('website visits', 'website visits', 'from'),
    time_on_site: w('seconds on site', 'the average time on site', 'from'),
    direct_messages: w('direct messages', 'direct messages', 'on'),
    positive_reviews: w('positive reviews', 'positive reviews', 'on'),
    downloads: w('downloads', 'downloads', 'from'),
    contact_requests: w('contact requests', 'contact requests', 'from'),
    email_signups: w('e-mail sign-ups', 'e-mail sign-ups', 'from'),
    calls: w('calls', 'calls', 'from'),
    customers: w('new customers', 'new customers', 'from'),
    sales: w('sales', 'sales', 'from'),
    revenue: w('revenue', 'revenue', 'from'),
    conversion_rate: w('conversion rate', 'the conversion rate', 'from'),
    ad_spend: w('ad spend', 'ad spend', 'on'),
    cost_per_acquisition: w('cost per acquisition', 'the cost per acquisition', 'on'),
    repeat_customers: w('repeat customers', 'repeat customers', 'from'),
    active_customers: w('active customers', 'active customers', 'from'),
    lost_customers: w('lost customers', 'lost customers', 'from'),
    churn: w('churn', 'churn', 'on'),
    lifetime_value: w('lifetime value', 'the lifetime value of customers', 'from'),
  },
  channels: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    linkedin: 'LinkedIn',
    x: 'X',
    tiktok: 'TikTok',
    youtube: 'YouTube',
    pinterest: 'Pinterest',
    blog: 'the blog',
    newsletter: 'the newsletter',
  },
  statement: {
    grow: (p) =>
      p.from !== undefined
        ? `Go from ${p.from} to ${p.to} ${p.kpi.count}${p.where} by ${p.by}`
        : `Reach ${p.to} ${p.kpi.count}${p.where} by ${p.by}`,
    raise: (p) =>
      p.from !== undefined
        ? `Raise ${p.kpi.the}${p.where} from ${p.from} to ${p.to} by ${p.by}`
        : `Raise ${p.kpi.the}${p.where} to ${p.to} by ${p.by}`,
    reduce: (p) =>
      p.from !== undefined
        ? `Bring ${p.kpi.the}${p.where} down from ${p.from} to ${p.to} by ${p.by}`
        : `Bring ${p.kpi.the}${p.where} down to ${p.to} by ${p.by}`,
  },
  vanity: (p) =>
    `${p.label} feel good but prove little when the goal is ${p.outcome}: track ${join(
      p.suggestions.map((k) => k.count),
      'or',
    )} instead.`,
  achievable: {
    ok: (p) => `This goal asks for ${p.asked} in ${p.days} days; the best seen over ${p.days} days was ${p.best}: within your record.`,
    stretch: (p) =>
      `This goal asks for ${p.asked} in ${p.days} days; the best seen over ${p.days} days was ${p.best}: ${p.points} more than your record.`,
    far: (p) =>
      `This goal asks for ${p.asked} in ${p.days} days; the best seen over ${p.days} days was ${p.best}: ${p.points} more than your record` +
      `${p.times !== undefined ? `, ${p.times} times the best growth ever seen` : ''}. Consider a lower target or a later deadline.`,
    fromZeroStretch: (p) =>
      `This goal starts from 0, so it asks for unlimited growth in ${p.days} days; the best seen over ${p.days} days was ${p.best}: beyond your record.`,
    fromZeroOk: (p) => `This goal starts from 0; your history already rose from 0 within ${p.days} days: within your record.`,
    riseFromZero: 'a rise from 0',
    noHistory: (p) =>
      `The achievable check needs history: at least ${p.needed} days of ${join(
        p.kpis.map((k) => k.count),
        'and',
      )}` +
      `${p.channels ? ` on ${p.channels}` : ''} in the Tracking sheet${p.have !== undefined ? ` (it holds ${p.have})` : ''}.` +
      `${p.longest !== undefined ? ` It can check a goal of up to ${p.longest} days now.` : ''}`,
    missingChannels: (p) =>
      `The achievable check needs history on each of the goal’s channels: the Tracking sheet has no ${join(
        p.kpis.map((k) => k.count),
        'or',
      )} on ${p.channels}.`,
  },
  points: (n, shown) => `${shown} point${Math.abs(n) === 1 ? '' : 's'}`,
};

const fr: GoalTexts = {
  and: 'et',
  or: 'ou',
  outcomes: {
    sales: 'plus de ventes',
    leads: 'plus de prospects',
    acquisition_cost: 'un coût d’acquisition plus bas',
    reputation: 'la réputation de la marque',
  },
  kpis: {
    reach: w('personnes touchées', 'la portée', 'sur'),
    followers: w('abonnés', 'les abonnés', 'sur'),
    new_followers: w('nouveaux abonnés', 'les nouveaux abonnés', 'sur'),
    impressions: w('impressions', 'les impressions', 'sur'),
    mentions: w('mentions', 'les mentions', 'sur'),
    competitor_mentions: w('mentions des concurrents', 'les mentions des concurrents', 'sur'),
    share_of_voice: w('part de voix', 'la part de voix', 'sur'),
    reactions: w('réactions', 'les réactions', 'sur'),
    comments: w('commentaires', 'les commentaires', 'sur'),
    shares: w('partages', 'les partages', 'sur'),
    saves: w('enregistrements', 'les enregistrements', 'sur'),
    profile_visits: w('visites du profil', 'les visites du profil', 'sur'),
    website_clicks: w('clics vers le site', 'les clics vers le site', 'depuis'),
    visits: w('visites du site', 'les visites du site', 'depuis'),
    time_on_site: w('secondes sur le site', 'le temps moyen sur le site', 'depuis'),
    direct_messages: w('messages privés', 'les messages privés', 'sur'),
    positive_reviews: w('avis positifs', 'les avis positifs', 'sur'),
    downloads: w('téléchargements', 'les téléchargements', 'depuis'),
    contact_requests: w('demandes de contact', 'les demandes de contact', 'depuis'),
    email_signups: w('inscriptions e-mail', 'les inscriptions e-mail', 'depuis'),
    calls: w('appels', 'les appels', 'depuis'),
    customers: w('nouveaux clients', 'les nouveaux clients', 'depuis'),
    sales: w('ventes', 'les ventes', 'depuis'),
    revenue: w('chiffre d’affaires', 'le chiffre d’affaires', 'depuis'),
    conversion_rate: w('taux de conversion', 'le taux de conversion', 'depuis'),
    ad_spend: w('dépenses publicitaires', 'les dépenses publicitaires', 'sur'),
    cost_per_acquisition: w('coût par acquisition', 'le coût par acquisition', 'sur'),
    repeat_customers: w('clients fidèles', 'les clients fidèles', 'depuis'),
    active_customers: w('clients actifs', 'les clients actifs', 'depuis'),
    lost_customers: w('clients perdus', 'les clients perdus', 'depuis'),
    churn: w('attrition', 'l’attrition', 'sur'),
    lifetime_value: w('valeur vie client', 'la valeur vie client', 'depuis'),
  },
  channels: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    linkedin: 'LinkedIn',
    x: 'X',
    tiktok: 'TikTok',
    youtube: 'YouTube',
    pinterest: 'Pinterest',
    blog: 'le blog',
    newsletter: 'la newsletter',
  },
  statement: {
    grow: (p) =>
      p.from !== undefined
        ? `Passer de ${p.from} à ${p.to} ${p.kpi.count}${p.where} d’ici le ${p.by}`
        : `Atteindre ${p.to} ${p.kpi.count}${p.where} d’ici le ${p.by}`,
    raise: (p) =>
      p.from !== undefined
        ? `Faire passer ${p.kpi.the}${p.where} de ${p.from} à ${p.to} d’ici le ${p.by}`
        : `Porter ${p.kpi.the}${p.where} à ${p.to} d’ici le ${p.by}`,
    reduce: (p) =>
      p.from !== undefined
        ? `Réduire ${p.kpi.the}${p.where} de ${p.from} à ${p.to} d’ici le ${p.by}`
        : `Réduire ${p.kpi.the}${p.where} à ${p.to} d’ici le ${p.by}`,
  },
  vanity: (p) =>
    `${capitalized(p.kpi.the)} flattent mais prouvent peu quand l’objectif est ${p.outcome} : suivez plutôt ` +
    `${join(
      p.suggestions.map((k) => k.the),
      'ou',
    )}.`,
  achievable: {
    ok: (p) =>
      `Cet objectif demande ${p.asked} en ${p.days} jours ; le meilleur résultat observé sur ${p.days} jours est ${p.best} : c’est dans vos records.`,
    stretch: (p) =>
      `Cet objectif demande ${p.asked} en ${p.days} jours ; le meilleur résultat observé sur ${p.days} jours est ${p.best} : ${p.points} de plus que votre record.`,
    far: (p) =>
      `Cet objectif demande ${p.asked} en ${p.days} jours ; le meilleur résultat observé sur ${p.days} jours est ${p.best} : ${p.points} de plus que votre record` +
      `${p.times !== undefined ? `, ${p.times} fois la meilleure croissance jamais observée` : ''}. Envisagez une cible plus basse ou une échéance plus lointaine.`,
    fromZeroStretch: (p) =>
      `Cet objectif part de 0 : il demande une croissance illimitée en ${p.days} jours ; le meilleur résultat observé sur ${p.days} jours est ${p.best} : au-delà de votre record.`,
    fromZeroOk: (p) => `Cet objectif part de 0 ; votre historique est déjà parti de 0 en ${p.days} jours : c’est dans vos records.`,
    riseFromZero: 'une hausse à partir de 0',
    noHistory: (p) =>
      `Le contrôle de faisabilité a besoin d’historique : au moins ${p.needed} jours de relevés pour ${join(
        p.kpis.map((k) => k.the),
        'et',
      )}` +
      `${p.channels ? ` sur ${p.channels}` : ''} dans la feuille Suivi${p.have !== undefined ? ` (elle en contient ${p.have})` : ''}.` +
      `${p.longest !== undefined ? ` Il peut vérifier dès maintenant un objectif de ${p.longest} jours au plus.` : ''}`,
    missingChannels: (p) =>
      `Le contrôle de faisabilité a besoin d’historique sur chaque canal de l’objectif : la feuille Suivi ne contient aucune mesure pour ${join(
        p.kpis.map((k) => k.the),
        'ni',
      )} sur ${p.channels}.`,
  },
  points: (n, shown) => `${shown} point${Math.abs(n) < 2 ? '' : 's'}`,
};

export const GOAL_TEXTS: Record<Lang, GoalTexts> = { en, fr };

export function kpiWords(lang: Lang, kpi: KpiId): KpiWords {
  return GOAL_TEXTS[lang].kpis[kpi];
}

/** A catalogue channel as a sentence names it ("the blog"); any other channel as the user named it. */
export function channelWords(lang: Lang, channel: string): string {
  return isChannelId(channel) ? GOAL_TEXTS[lang].channels[channel] : channel;
}

/** "Instagram", "Instagram and Facebook", "Instagram, Facebook and the blog". */
export function joinList(lang: Lang, items: readonly string[], word: 'and' | 'or' = 'and'): string {
  return join(items, GOAL_TEXTS[lang][word]);
}
