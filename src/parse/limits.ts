export const MAX_ARTICLE_BYTES = 1_000_000;

/** C0 control characters other than tab, newline, carriage return and form feed, and DEL. */
const CONTROL_CLASS = '\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F';
export const CONTROL_CHARACTER = new RegExp(`[${CONTROL_CLASS}]`);
const CONTROL_CHARACTERS = new RegExp(`[${CONTROL_CLASS}]`, 'g');

/**
 * Binary, not text: any NUL, or control characters more often than once in a thousand characters. Scraped news
 * carries the odd stray escape character (one in a real 8 KB article of the PolNeAR corpus), which is still text.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  return controls > text.length / 1000;
}
/** The same rule for validators that want the pattern a clean string matches. */
export const CLEAN_TEXT = new RegExp(`^[^${CONTROL_CLASS}]*$`);
