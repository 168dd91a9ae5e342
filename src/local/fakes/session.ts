/** Session: the user's locale and time zone, set by the emulator. */
import { CallCounter } from './calls';

export class FakeSession implements Pick<GoogleAppsScript.Base.Session, 'getActiveUserLocale' | 'getScriptTimeZone'> {
  constructor(
    private readonly calls: CallCounter,
    public locale: string,
    public timeZone: string,
  ) {}

  getActiveUserLocale(): string {
    this.calls.record('Session', 'getActiveUserLocale');
    return this.locale.split('_')[0];
  }

  getScriptTimeZone(): string {
    this.calls.record('Session', 'getScriptTimeZone');
    return this.timeZone;
  }
}
