/** Calendar dates in a spreadsheet's time zone, as Sheets hands them to Apps Script (midnight, local). */

/**
 * One formatter per time zone and kind, kept: building an Intl.DateTimeFormat costs far more than
 * formatting with it, and the emulator reads a date cell through these on every getValues.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'clock' | 'calendar', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format =
      kind === 'clock'
        ? new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          })
        : new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(key, format);
  }
  return format;
}

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = formatter('clock', timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant) / 60000);
}

/** Instants of midnight already found, by time zone and date: a column of dates repeats them. */
const midnights = new Map<string, number>();

/** The instant of midnight of an ISO calendar date in a time zone. */
export function zonedMidnight(isoDate: string, timeZone: string): Date {
  const key = `${timeZone} ${isoDate}`;
  let instant = midnights.get(key);
  if (instant === undefined) {
    const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
    instant = utcMidnight - offsetMinutes(utcMidnight, timeZone) * 60000;
    instant = utcMidnight - offsetMinutes(instant, timeZone) * 60000; // settle across a DST change
    midnights.set(key, instant);
  }
  return new Date(instant);
}

/** The ISO calendar date of an instant in a time zone. */
export function zonedIsoDate(date: Date, timeZone: string): string {
  return formatter('calendar', timeZone).format(date);
}

/** Formats like Utilities.formatDate for the patterns the add-on uses (yyyy MM dd HH mm ss). */
export function formatZoned(date: Date, timeZone: string, pattern: string): string {
  const parts = formatter('clock', timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|dd|HH|mm|ss|Z/g, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'Z': {
        const minutes = offsetMinutes(date.getTime(), timeZone);
        const abs = Math.abs(minutes);
        return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
      }
      case 'yyyy':
        return get('year');
      case 'yy':
        return get('year').slice(2);
      case 'MM':
        return get('month');
      case 'dd':
        return get('day');
      case 'HH':
        return get('hour');
      case 'mm':
        return get('minute');
      default:
        return get('second');
    }
  });
}

/** Sheets' day serial 25569 is 1970-01-01. */
const MS_PER_DAY = 86_400_000;

/**
 * The Date Sheets hands Apps Script for a day serial: midnight of its calendar date in the time zone,
 * plus its time of day (a serial's fraction).
 */
export function sheetsDate(serial: number, timeZone: string): Date {
  const day = Math.floor(serial);
  const iso = new Date((day - 25569) * MS_PER_DAY).toISOString().slice(0, 10);
  return new Date(zonedMidnight(iso, timeZone).getTime() + Math.round((serial - day) * MS_PER_DAY));
}

/** The day serial Sheets stores for a Date, read in the time zone: its calendar date there, plus its time of day. */
export function sheetsSerial(date: Date, timeZone: string): number {
  const iso = zonedIsoDate(date, timeZone);
  const day = Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY + 25569;
  return day + (date.getTime() - zonedMidnight(iso, timeZone).getTime()) / MS_PER_DAY;
}
