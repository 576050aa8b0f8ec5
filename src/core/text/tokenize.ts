/**
 * Splitting Arabic news text into words, digit runs and punctuation, in one linear pass.
 *
 * Diacritics and tatweel are part of the word they sit in; invisible controls (ZWNJ, bidi marks)
 * inside a word do not split it and are never counted as its first or last character. A change
 * of script (Arabic letters next to Latin ones) starts a new word, which is how news text glues
 * them (وTu-95).
 *
 * Offsets are UTF-16 indices into the string.
 */

/** Character classes; plain numbers so that other modules can copy them into locals. */
export const CharClass = {
  Other: 0,
  Arabic: 1,
  /** Diacritic or tatweel: belongs to the word around it. */
  Mark: 2,
  Latin: 3,
  Digit: 4,
  /** Zero-width joiners and bidi controls. */
  Invisible: 5,
  Space: 6,
  Newline: 7,
  /** Hyphens join the halves of a name (كيم جونغ-أون); still punctuation. */
  Hyphen: 8,
  HighSurrogate: 9,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

// Module-level constants: the hot loops below read them without a property lookup.
const OTHER = CharClass.Other;
const ARABIC = CharClass.Arabic;
const MARK = CharClass.Mark;
const LATIN = CharClass.Latin;
const DIGIT = CharClass.Digit;
const INVISIBLE = CharClass.Invisible;
const HYPHEN = CharClass.Hyphen;
const HIGH_SURROGATE = CharClass.HighSurrogate;

/** Class of every UTF-16 code unit. */
export const CHAR_CLASS = new Uint8Array(0x10000);

function fill(from: number, to: number, cls: number): void {
  for (let c = from; c <= to; c++) CHAR_CLASS[c] = cls;
}

fill(0x0620, 0x063f, ARABIC);
fill(0x0641, 0x064a, ARABIC);
fill(0x066e, 0x066f, ARABIC);
fill(0x0671, 0x06d3, ARABIC);
CHAR_CLASS[0x06d5] = ARABIC;
fill(0x06ee, 0x06ef, ARABIC);
fill(0x06fa, 0x06fc, ARABIC);
CHAR_CLASS[0x06ff] = ARABIC;
fill(0x0750, 0x077f, ARABIC);
fill(0x08a0, 0x08c9, ARABIC);
fill(0xfb50, 0xfd3d, ARABIC);
fill(0xfd50, 0xfdff, ARABIC);
fill(0xfe70, 0xfefc, ARABIC);
fill(0x0610, 0x061a, MARK);
fill(0x064b, 0x065f, MARK);
CHAR_CLASS[0x0670] = MARK;
CHAR_CLASS[0x0640] = MARK;
fill(0x06d6, 0x06ed, MARK);
fill(0x08d3, 0x08ff, MARK);
fill(0x0041, 0x005a, LATIN);
fill(0x0061, 0x007a, LATIN);
fill(0x00c0, 0x024f, LATIN);
CHAR_CLASS[0x00d7] = OTHER;
CHAR_CLASS[0x00f7] = OTHER;
fill(0x1e00, 0x1eff, LATIN);
fill(0x0030, 0x0039, DIGIT);
fill(0x0660, 0x0669, DIGIT);
fill(0x06f0, 0x06f9, DIGIT);
fill(0x200c, 0x200f, INVISIBLE);
CHAR_CLASS[0x061c] = INVISIBLE;
fill(0x202a, 0x202e, INVISIBLE);
fill(0x2066, 0x2069, INVISIBLE);
CHAR_CLASS[0xfeff] = INVISIBLE;
for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) CHAR_CLASS[c] = CharClass.Space;
fill(0x2000, 0x200b, CharClass.Space);
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) CHAR_CLASS[c] = CharClass.Newline;
for (const c of [0x2d, 0x2010, 0x2011]) CHAR_CLASS[c] = HYPHEN;
fill(0xd800, 0xdbff, HIGH_SURROGATE);

export type TokenKind = 'arabic' | 'latin' | 'digits' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** UTF-16 index of the first character. */
  readonly start: number;
  /** UTF-16 index after the last visible character (trailing invisible controls excluded). */
  readonly end: number;
}

const WORD_KIND: readonly (TokenKind | undefined)[] = [undefined, 'arabic', undefined, 'latin', 'digits'];

/**
 * Words, digit runs and punctuation marks of `text`, in order; whitespace and invisible
 * controls are not tokens. Each punctuation character (an astral symbol counts as one) is its
 * own token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let wordCls = -1; // class of the word being read, -1 between words
  let wordStart = 0;
  let wordEnd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cls: number = CHAR_CLASS[c];
    if (cls === MARK) {
      // A mark continues an Arabic word; stray marks elsewhere are punctuation-like noise.
      if (wordCls === ARABIC) { wordEnd = i + 1; continue; }
      cls = OTHER;
    }
    if (cls === INVISIBLE) continue;
    if (cls === wordCls) { wordEnd = i + 1; continue; }
    if (wordCls !== -1) {
      tokens.push({ kind: WORD_KIND[wordCls]!, start: wordStart, end: wordEnd });
      wordCls = -1;
    }
    if (cls === ARABIC || cls === LATIN || cls === DIGIT) {
      wordCls = cls;
      wordStart = i;
      wordEnd = i + 1;
    } else if (cls === OTHER || cls === HYPHEN) {
      tokens.push({ kind: 'punct', start: i, end: i + 1 });
    } else if (cls === HIGH_SURROGATE) {
      const pair = i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      tokens.push({ kind: 'punct', start: i, end: pair ? i + 2 : i + 1 });
      if (pair) i++;
    }
  }
  if (wordCls !== -1) tokens.push({ kind: WORD_KIND[wordCls]!, start: wordStart, end: wordEnd });
  return tokens;
}
