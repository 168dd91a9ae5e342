/**
 * What every server function of the sidebars runs on: the user's language, the answer to an unexpected
 * error (logged first), and the document lock.
 */
import { ADDON_TEXTS } from './texts';
import { langFromLocale, type Lang } from '../core/lang';
import { readLang } from '../core/requests';
import type { EndpointError, Result } from '../shared/endpoints';
import { userLocale } from './locale';

const LANGUAGE_PROPERTY = 'socialroi.lang';
const LOCK_WAIT_MS = 20000;

/** The user's language: their choice in the sidebar, else their locale. */
export function userLang(): Lang {
  try {
    const chosen = PropertiesService.getUserProperties().getProperty(LANGUAGE_PROPERTY);
    if (chosen === 'en' || chosen === 'fr') return chosen;
  } catch {
    // No properties in this context: the locale decides.
  }
  return langFromLocale(userLocale());
}

/**
 * An unexpected error, in the user's language (looked up only now: it costs service calls). The error
 * and its stack go to the executions log first (console.error, which the manifest's exception logging
 * keeps): the sidebar gets only the message.
 */
export function failure(error: unknown, lang: Lang = userLang()): Result<never, Extract<EndpointError, { kind: 'failed' }>> {
  const message =
    error instanceof Error || (error && typeof (error as Error).message === 'string') ? (error as Error).message : String(error);
  const stack = typeof (error as Error | undefined)?.stack === 'string' ? (error as Error).stack : undefined;
  console.error(`Social ROI: ${stack && stack.includes(message) ? stack : [message, stack].filter(Boolean).join('\n')}`);
  return { ok: false, error: { kind: 'failed', message: `${ADDON_TEXTS[lang].serverFailed} ${message}` } };
}

/** Runs `work` holding the document lock; 'busy' when another execution kept it too long. */
export function underDocumentLock<T>(work: () => T): T | 'busy' {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    return 'busy';
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** Remembers the user's language for next time (both sidebars offer the choice). */
export function setLanguage(lang: unknown): Result<null> {
  const chosen = readLang(lang);
  if (!chosen) return { ok: false, error: { kind: 'failed', message: 'Unknown language / Langue inconnue' } };
  try {
    PropertiesService.getUserProperties().setProperty(LANGUAGE_PROPERTY, chosen);
    return { ok: true, value: null };
  } catch (error) {
    return failure(error, chosen);
  }
}
