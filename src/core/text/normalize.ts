/**
 * Arabic normalization that keeps an exact way back to the text as written.
 *
 * Annotators see and tag the original text; the matcher compares folded forms. Every folded
 * character therefore remembers where it came from, so a match found in the folded text is
 * reported on the characters the annotator actually sees (diacritics and tatweel included).
 *
 * Offsets here are UTF-16 indices (JavaScript string positions); code points are the concern of
 * `offsets.ts`, applied once at the API edge.
 */

/** Folded code unit for each UTF-16 code unit; 0 means "removed". Digits are not folded here. */
const FOLD = new Uint16Array(0x10000);
/** Same table, with Arabic-Indic and Extended Arabic-Indic digits folded to ASCII. */
const FOLD_DIGITS = new Uint16Array(0x10000);

const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const WAW = 0x0648;
const KAF = 0x0643;

function setRange(table: Uint16Array, from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) table[c] = value;
}

function buildFold(table: Uint16Array): void {
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  // Alef with or without hamza or madda, wasla, and the rarer alef-with-wavy-hamza forms.
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]) table[c] = ALEF;
  // A lone hamza is written or dropped freely (صنعاء/صنعا), so it carries no identity.
  table[0x0621] = 0;
  table[0x0624] = WAW; // ؤ
  table[0x0626] = YEH; // ئ
  table[0x0649] = YEH; // ى: writers swap it with ي at word end
  table[0x0629] = HEH; // ة
  // Persian, Urdu and Kurdish look-alikes that arrive through copy-paste and keyboards.
  table[0x06a9] = KAF; // ک
  table[0x06aa] = KAF; // ڪ
  table[0x06af] = KAF; // گ
  for (const c of [0x06cc, 0x06cd, 0x06d0, 0x06d1, 0x06d2, 0x06d3]) table[c] = YEH; // ی ۍ ې ۑ ے ۓ
  for (const c of [0x06d5, 0x06c1, 0x06c2, 0x06c0, 0x06be, 0x06c3]) table[c] = HEH; // ە ہ ۂ ۀ ھ ۃ
  table[0x06c4] = WAW; // ۄ
  table[0x06c6] = WAW; // ۆ
  table[0x06c7] = WAW; // ۇ
  table[0x06c8] = WAW; // ۈ
  table[0x06cb] = WAW; // ۋ
  table[0x067e] = 0x0628; // پ → ب
  table[0x0686] = 0x062c; // چ → ج
  table[0x0698] = 0x0632; // ژ → ز
  table[0x06a4] = 0x0641; // ڤ → ف
  table[0x06a8] = 0x0642; // ڨ → ق
  // Harakat, tanween, shadda, sukun, madda/hamza marks, superscript alef, Quranic marks.
  setRange(table, 0x0610, 0x061a, 0);
  setRange(table, 0x064b, 0x065f, 0);
  table[0x0670] = 0;
  setRange(table, 0x06d6, 0x06dc, 0);
  setRange(table, 0x06df, 0x06e4, 0);
  setRange(table, 0x06e7, 0x06e8, 0);
  setRange(table, 0x06ea, 0x06ed, 0);
  setRange(table, 0x08d3, 0x08e1, 0);
  setRange(table, 0x08e3, 0x08ff, 0);
  table[0x0640] = 0; // tatweel
  // Invisible joiners and bidi controls: editors insert them, readers never see them.
  setRange(table, 0x200c, 0x200f, 0);
  table[0x061c] = 0;
  setRange(table, 0x202a, 0x202e, 0);
  setRange(table, 0x2066, 0x2069, 0);
  table[0xfeff] = 0;
}

buildFold(FOLD);
FOLD_DIGITS.set(FOLD);
for (let d = 0; d < 10; d++) {
  FOLD_DIGITS[0x0660 + d] = 0x30 + d;
  FOLD_DIGITS[0x06f0 + d] = 0x30 + d;
}

/** The folding table the matcher shares (digits folded). Read-only by convention. */
export const FOLD_TABLE: Readonly<Uint16Array> = FOLD_DIGITS;

/** Folds one UTF-16 code unit; 0 when the character is removed by normalization. */
export function foldCode(c: number, digits = true): number {
  return (digits ? FOLD_DIGITS : FOLD)[c];
}

/** True for the removed characters that belong to the letter before them (marks, tatweel). */
export function isAttachedMark(c: number): boolean {
  return FOLD[c] === 0 && c !== 0x0621 && !isInvisibleControl(c);
}

/** Zero-width joiners and bidi controls. */
export function isInvisibleControl(c: number): boolean {
  return (c >= 0x200c && c <= 0x200f) || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

export interface NormalizeOptions {
  /** Fold Arabic-Indic digits (٠-٩, ۰-۹) to ASCII. Default false. */
  readonly digits?: boolean;
}

export interface Normalized {
  /** The folded text. */
  readonly text: string;
  /**
   * `map[i]` is the UTF-16 index in the original text of the character that folded to
   * `text[i]`; `map[text.length]` is the original length.
   */
  readonly map: Int32Array;
  /**
   * Original [start, end) of the folded range [start, end). The end absorbs diacritics and
   * tatweel written after the last character, since they are part of that letter on screen;
   * it never absorbs invisible controls, whitespace or a dropped hamza.
   */
  toOriginal(start: number, end: number): [number, number];
}

/** Folds `text` (see the module comment for the classes) and keeps the offset map. */
export function normalize(text: string, opts: NormalizeOptions = {}): Normalized {
  const table = opts.digits ? FOLD_DIGITS : FOLD;
  const n = text.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = table[text.charCodeAt(i)];
    if (f !== 0) {
      out[k] = f;
      map[k++] = i;
    }
  }
  map[k] = n;
  const folded = decodeUnits(out, k);
  const finalMap = k === n ? map : map.slice(0, k + 1);
  return {
    text: folded,
    map: finalMap,
    toOriginal(start: number, end: number): [number, number] {
      const s = Math.max(0, Math.min(start, k));
      const e = Math.max(s, Math.min(end, k));
      if (e === s) return [finalMap[s], finalMap[s]];
      let oe = finalMap[e - 1] + 1;
      const limit = finalMap[e];
      while (oe < limit && isAttachedMark(text.charCodeAt(oe))) oe++;
      return [finalMap[s], oe];
    },
  };
}

/** The folded form of a short string (a name, a key); no offset map. */
export function normalizeKey(s: string, digits = true): string {
  const table = digits ? FOLD_DIGITS : FOLD;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = table[s.charCodeAt(i)];
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

function decodeUnits(units: Uint16Array, length: number): string {
  // String.fromCharCode with a large spread overflows the stack; go in chunks.
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
