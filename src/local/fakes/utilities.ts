/** Utilities: date formatting in a time zone, and ids. */
import { randomUUID } from 'node:crypto';
import { formatZoned } from '../emulator/zones';

export class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid'> {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatZoned(date as unknown as Date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }
}
