/** Free text as the wizard receives it: checked, never altered beyond trimming, never silently cut. */
import type { FieldErrorCode, FieldErrorParams } from './types';

export type TextResult = { ok: true; value: string | undefined } | { ok: false; code: FieldErrorCode; params?: FieldErrorParams };

// C0 and C1 control characters (Unicode category Cc). Multi-line fields accept the line feed.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Counts characters as people see them more closely than UTF-16 units do: an emoji counts once. */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Reads one text field: undefined, null or blank is "absent" (an error when required); anything but a
 * string is invalid. The value is NFC-normalised and trimmed; control characters and over-long text are
 * errors. `=`, `+`, `-`, `@` and `'` are kept: the sheet writers keep them text by writing into plain-text
 * cells (src/addon/sheets/style.ts, TEXT_FORMAT).
 */
export function readText(raw: unknown, max: number, options: { required: boolean; multiline?: boolean }): TextResult {
  if (raw === undefined || raw === null) return options.required ? { ok: false, code: 'required' } : { ok: true, value: undefined };
  if (typeof raw !== 'string') return { ok: false, code: 'invalid' };
  let text = raw.normalize('NFC').trim();
  if (options.multiline) text = text.replace(/\r\n?/g, '\n');
  if (text === '') return options.required ? { ok: false, code: 'required' } : { ok: true, value: undefined };
  if ((options.multiline ? CONTROL_EXCEPT_NEWLINE : CONTROL).test(text)) return { ok: false, code: 'controlCharacter' };
  const length = textLength(text);
  if (length > max) return { ok: false, code: 'tooLong', params: { max, length } };
  return { ok: true, value: text };
}

/** The start of a value the user sent, for an error message. */
export function shortened(text: string, max = 24): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
