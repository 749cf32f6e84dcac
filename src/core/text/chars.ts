/**
 * Character classes the engine needs, written as plain ranges: Office 2019's
 * EdgeHTML (and Safari before 16.4) run the task pane too, and they know neither
 * Unicode property escapes (\p{L}) nor lookbehind. Covers what these materials are
 * written in: Han, kana, Hangul, Latin, Greek, Cyrillic, full-width forms.
 */

/** Han characters of the Basic Multilingual Plane (CJK Unified, Extension A, compatibility). */
export const HAN_RANGES = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";

/** Letters and digits (what \p{L}\p{N} would match in these texts). */
export const LETTER_RANGES =
  "0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f" +
  "\\u0370-\\u03ff\\u0400-\\u04ff\\u2460-\\u249b\\u3005-\\u3007\\u3021-\\u3029\\u3041-\\u3096\\u30a1-\\u30fa" +
  "\\u3105-\\u312f\\uac00-\\ud7a3\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uff9d" +
  HAN_RANGES;

/** Punctuation (what \p{P} would match in these texts): ASCII, general, CJK and full-width marks. */
export const PUNCTUATION_RANGES =
  "!-#%-*,-/:;?@\\[-\\]_{}\\u00a1\\u00a7\\u00ab\\u00b6\\u00b7\\u00bb\\u00bf\\u2010-\\u2027\\u2030-\\u205e" +
  "\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\u3030\\u303d\\u30fb\\ufe10-\\ufe19\\ufe30-\\ufe4f" +
  "\\uff01-\\uff03\\uff05-\\uff0a\\uff0c-\\uff0f\\uff1a\\uff1b\\uff1f\\uff20\\uff3b-\\uff3d\\uff3f\\uff5b\\uff5d\\uff5f-\\uff65";

export const HAN = new RegExp(`[${HAN_RANGES}]`);
export const LETTER = new RegExp(`[${LETTER_RANGES}]`);
export const NOT_LETTER_G = new RegExp(`[^${LETTER_RANGES}]`, "g");
