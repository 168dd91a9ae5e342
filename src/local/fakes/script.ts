/** ScriptApp: the authorisation modes a trigger's event carries (e.authMode). */
import type { AuthMode } from './spreadsheet';

export const AUTH_MODES = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const;

export class FakeScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode'> {
  readonly AuthMode = Object.fromEntries(AUTH_MODES.map((mode) => [mode, mode])) as unknown as typeof GoogleAppsScript.Script.AuthMode;
}

/** The event an onOpen trigger receives, as far as the add-on reads it. */
export function openEvent(authMode: AuthMode): Pick<GoogleAppsScript.Events.SheetsOnOpen, 'authMode'> & { source: null; user: null } {
  return { authMode: authMode as unknown as GoogleAppsScript.Script.AuthMode, source: null, user: null };
}
