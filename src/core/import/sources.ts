/**
 * Which catalogue channel a web-analytics traffic source belongs to ("l.facebook.com / referral" → facebook).
 * Sources that are no social channel of the catalogue (google / organic, (direct) / (none), partner sites)
 * give undefined: the GA4 import leaves those rows out and counts them per source in the preview, rather
 * than inventing free-text channels that would clutter ROI by channel with search and direct traffic.
 */
import type { ChannelId } from '../catalog';
import { UTM_TAGS } from '../utm';

/** Domains: the domain itself and any subdomain (m., l., lm., www., business.) match. */
const DOMAINS: ReadonlyArray<[string, ChannelId]> = [
  ['facebook.com', 'facebook'],
  ['fb.com', 'facebook'],
  ['fb.me', 'facebook'],
  ['instagram.com', 'instagram'],
  ['linkedin.com', 'linkedin'],
  ['lnkd.in', 'linkedin'],
  ['t.co', 'x'],
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['tiktok.com', 'tiktok'],
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['pinterest.com', 'pinterest'],
  ['pin.it', 'pinterest'],
];

/** utm_source names, alone or as a word of the source ("facebook_ads", "ig-story"). */
const NAMES: ReadonlyMap<string, ChannelId> = new Map([
  ['facebook', 'facebook'],
  ['fb', 'facebook'],
  ['instagram', 'instagram'],
  ['ig', 'instagram'],
  ['linkedin', 'linkedin'],
  ['twitter', 'x'],
  ['tiktok', 'tiktok'],
  ['youtube', 'youtube'],
  ['pinterest', 'pinterest'],
  ['newsletter', 'newsletter'],
]);

/** The utm_source each channel's tagged links carry (UTM_URL, the wizard's links): always their own channel. */
const TAGGED: ReadonlyMap<string, ChannelId> = new Map(
  (Object.keys(UTM_TAGS) as ChannelId[]).map((channel) => [UTM_TAGS[channel].source, channel]),
);

const EMAIL_MEDIUMS = new Set(['email', 'e-mail', 'mail', 'newsletter']);
const WORD_SPLIT = /[\s_+\-]+/;
const PINTEREST_COUNTRY = /(^|\.)pinterest\.[a-z]{2,3}(\.[a-z]{2})?$/;

/** "facebook.com / referral" or source and medium apart (GA4 "Session source" + "Session medium"). */
export function channelOfSource(source: string, medium?: string): ChannelId | undefined {
  let name = source.trim().toLowerCase();
  let med = medium?.trim().toLowerCase() ?? '';
  const slash = name.indexOf(' / ');
  if (slash >= 0 && medium === undefined) {
    med = name.slice(slash + 3).trim();
    name = name.slice(0, slash).trim();
  }
  return channelOfName(name) ?? (EMAIL_MEDIUMS.has(med) ? 'newsletter' : undefined);
}

function channelOfName(name: string): ChannelId | undefined {
  if (name === '' || name === '(direct)' || name === '(not set)') return undefined;
  const tagged = TAGGED.get(name);
  if (tagged) return tagged;
  for (const [domain, channel] of DOMAINS) {
    if (name === domain || name.endsWith(`.${domain}`)) return channel;
  }
  if (PINTEREST_COUNTRY.test(name)) return 'pinterest';
  const exact = NAMES.get(name);
  if (exact) return exact;
  for (const word of name.split(WORD_SPLIT)) {
    const channel = NAMES.get(word);
    if (channel) return channel;
  }
  return undefined;
}
