/**
 * The spreadsheet's locale ("fr_FR", "en_US"…). Safe everywhere: custom functions may read it, and
 * where a service is not allowed (onOpen in AuthMode.NONE) it falls back to English.
 */
export function spreadsheetLocale(): string | undefined {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  } catch {
    return undefined;
  }
}

/**
 * The spreadsheet's time zone ("Europe/Paris"), in which Sheets hands date cells over (as midnight
 * there). Custom functions may read it; undefined where the service is not allowed.
 */
export function spreadsheetTimeZone(): string | undefined {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    return undefined;
  }
}

/** The user's own interface language, which needs no authorisation. */
export function userLocale(): string | undefined {
  try {
    return Session.getActiveUserLocale();
  } catch {
    return undefined;
  }
}
