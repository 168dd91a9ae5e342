/**
 * UTM-tagged links (article 003): the tag each catalogue channel's links carry, and the one builder of a
 * tagged link that UTM_URL, the wizard's links and their tests share. The tags are the GA4 import's own
 * words: a link built with them comes back in GA4 as "source / medium" (core/import/sources.ts maps that
 * source back to the same channel), so every visit and sale it brings lands on the right channel.
 *
 * Pure TypeScript: Apps Script has no URL class, so the address is split by hand (scheme, host, path,
 * query, fragment) and only what a person pastes from a browser's address bar is accepted.
 */
import type { ChannelId } from './catalog';
import type { Goal } from './goals/types';

/** utm_source and utm_medium per channel: lower case, one spelling, as GA4 is case-sensitive. */
export const UTM_TAGS: Readonly<Record<ChannelId, { source: string; medium: string }>> = {
  facebook: { source: 'facebook', medium: 'social' },
  instagram: { source: 'instagram', medium: 'social' },
  linkedin: { source: 'linkedin', medium: 'social' },
  x: { source: 'x', medium: 'social' },
  tiktok: { source: 'tiktok', medium: 'social' },
  youtube: { source: 'youtube', medium: 'social' },
  pinterest: { source: 'pinterest', medium: 'social' },
  blog: { source: 'blog', medium: 'referral' },
  newsletter: { source: 'newsletter', medium: 'email' },
};

/** The tags of one link: source, medium and campaign are required; content and term are left out when blank. */
export interface UtmTags {
  source: string;
  medium: string;
  campaign: string;
  content?: string;
  term?: string;
}

/** Why a text is not a web page address a tag can be added to. */
export type WebAddressProblem =
  /** A scheme other than http(s): "mailto:", "ftp://", "javascript:". */
  | { reason: 'scheme'; scheme: string }
  /** A space (or another blank) inside the address. */
  | { reason: 'space' }
  /** No host that looks like a site ("hello", "https://", "www"). */
  | { reason: 'host' };

export type WebAddress = { ok: true; url: string } | { ok: false; problem: WebAddressProblem };

/**
 * "//", never written as such: the sidebars inline this code in a page HtmlService serves, where "//"
 * inside a string may be taken for a comment and mangled.
 */
const SLASHES = '/'.repeat(2);

/** "https://", for messages and examples the sidebars show. */
export const HTTPS = `https:${SLASHES}`;

const SCHEME_WITH_AUTHORITY = /^([a-z][a-z0-9+.-]*):[/]{2}/i;
/** Schemes written without "//" that are plainly not a web page. */
const OTHER_SCHEME = /^(mailto|tel|sms|javascript|data|file|ftp|ftps|news|urn|about|blob|chrome):/i;
/** A host name (letters of any script, digits, hyphens, at least one dot), "localhost" or an IPv4 address, and an optional port. */
const HOST =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.[\p{L}]{2,}|localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?$/u;
const BLANKS = /\s/u;

/**
 * A web page address as typed or pasted: "https://…" or "http://…" as it is, and an address without
 * a scheme ("example.com/shop") given "https://". Anything else is refused with the reason.
 */
export function readWebAddress(text: string): WebAddress {
  const trimmed = text.trim();
  if (BLANKS.test(trimmed)) return { ok: false, problem: { reason: 'space' } };
  const scheme = SCHEME_WITH_AUTHORITY.exec(trimmed);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (name !== 'http' && name !== 'https') return { ok: false, problem: { reason: 'scheme', scheme: `${scheme[1]}:${SLASHES}` } };
    const authority = trimmed.slice(scheme[0].length).split(/[/?#]/)[0];
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    return HOST.test(host) ? { ok: true, url: trimmed } : { ok: false, problem: { reason: 'host' } };
  }
  const other = OTHER_SCHEME.exec(trimmed);
  if (other) return { ok: false, problem: { reason: 'scheme', scheme: `${other[1]}:` } };
  const host = trimmed.split(/[/?#]/)[0];
  return HOST.test(host) ? { ok: true, url: `${HTTPS}${trimmed}` } : { ok: false, problem: { reason: 'host' } };
}

/** Percent-encodes a tag's value; undefined for a text JavaScript cannot encode (a lone surrogate). */
function encoded(value: string): string | undefined {
  try {
    return encodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** False for a text holding a broken character (a lone surrogate), which no address can carry. */
export function isEncodable(value: string): boolean {
  return encoded(value) !== undefined;
}

function isUtmParameter(pair: string): boolean {
  const key = pair.split('=')[0];
  let name = key;
  try {
    name = decodeURIComponent(key);
  } catch {
    // A malformed escape: compare the key as written.
  }
  return name.trim().toLowerCase().startsWith('utm_');
}

/**
 * The address with its tags: the page, its other query parameters (in their order) and its #fragment
 * are kept; every utm_* parameter already there is replaced, so a link is never tagged twice. Values are
 * percent-encoded; source and medium are written in lower case. `undefined` when a value cannot be
 * encoded (a broken character).
 */
export function tagUrl(url: string, tags: UtmTags): string | undefined {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const question = beforeHash.indexOf('?');
  const page = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const query = question < 0 ? '' : beforeHash.slice(question + 1);
  const kept = query.split('&').filter((pair) => pair !== '' && !isUtmParameter(pair));
  const values: Array<[string, string | undefined]> = [
    ['utm_source', tags.source.trim().toLowerCase()],
    ['utm_medium', tags.medium.trim().toLowerCase()],
    ['utm_campaign', tags.campaign.trim()],
    ['utm_content', tags.content?.trim()],
    ['utm_term', tags.term?.trim()],
  ];
  const added: string[] = [];
  for (const [name, value] of values) {
    if (value === undefined || value === '') continue;
    const text = encoded(value);
    if (text === undefined) return undefined;
    added.push(`${name}=${text}`);
  }
  return `${page}?${[...kept, ...added].join('&')}${fragment}`;
}

/**
 * A campaign name for a goal's links: its KPI and the month of its deadline, lower case with
 * underscores ("website_clicks_2027_06"), the same in every language so GA4 keeps one campaign.
 */
export function goalCampaign(goal: { kpi: string; deadline: string }): string {
  return `${goal.kpi}_${goal.deadline.slice(0, 7).replace('-', '_')}`;
}

/** One tagged link of a goal: its channel, its tags and the link itself. */
export interface GoalLink {
  channel: ChannelId;
  source: string;
  medium: string;
  campaign: string;
  url: string;
}

/**
 * A goal's tagged links: one per catalogue channel it is set on, for its landing page, the campaign named
 * after the goal. A channel outside the catalogue gets none: the GA4 import could not credit it back.
 */
export function goalLinks(goal: Pick<Goal, 'kpi' | 'deadline' | 'channels' | 'landingPage'>): GoalLink[] {
  if (!goal.landingPage) return [];
  const address = readWebAddress(goal.landingPage);
  if (!address.ok) return [];
  const campaign = goalCampaign(goal);
  return goal.channels.flatMap((channel) => {
    const tags = UTM_TAGS[channel];
    const url = tagUrl(address.url, { ...tags, campaign });
    return url === undefined ? [] : [{ channel, source: tags.source, medium: tags.medium, campaign, url }];
  });
}
