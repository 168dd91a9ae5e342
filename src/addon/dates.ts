/**
 * Calendar dates in the spreadsheet's time zone. Sheets hands date cells to Apps Script as Date objects
 * at local midnight; the add-on works with ISO dates ("2027-06-30") everywhere else, and writes dates as
 * day serials under a date format, which no time zone can shift.
 */
import { fromSheetSerial, toSheetSerial } from '../core/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type DateReader = (value: unknown) => string | undefined;

export interface SheetDates {
  timeZone: string;
  today: string;
  /** An ISO date as the day serial Sheets stores for it (show it with a date format). */
  toCell(iso: string): number;
  /** A cell value (Date, day serial or ISO text) as an ISO date. */
  read: DateReader;
}

const HOUR = 3600000;

/**
 * One Utilities call tells the zone's offset today; each date is then converted in plain JavaScript.
 * A cell's Date is local midnight, so shifting it by today's offset plus 6 hours lands inside the same
 * calendar day whatever daylight saving did in between.
 */
export function sheetDates(ss: Spreadsheet): SheetDates {
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const [today, offset] = Utilities.formatDate(now, timeZone, "yyyy-MM-dd'|'Z").split('|');
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMs = sign * (Number(offset.slice(1, 3)) * HOUR + Number(offset.slice(3, 5)) * 60000);
  const read: DateReader = (value) => {
    if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
      const time = (value as Date).getTime();
      return Number.isFinite(time) ? new Date(time + offsetMs + 6 * HOUR).toISOString().slice(0, 10) : undefined;
    }
    // A date cell whose date format was cleared holds its day serial.
    if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2958466) return fromSheetSerial(value);
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
  };
  return {
    timeZone,
    today,
    read,
    toCell: toSheetSerial,
  };
}
