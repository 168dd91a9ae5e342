/**
 * Binary files and junk pasted as text: NUL characters (outside UTF-16, decoded before this check) or
 * more than 1% of control characters. Real CSV text has none besides tab and line breaks.
 */

const SAMPLE = 1 << 20;

export function looksBinary(text: string): boolean {
  if (text.indexOf('\u0000') >= 0) return true;
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 0x7f || c === 0xfffd) controls++;
  }
  return controls > Math.max(2, n * 0.01);
}
