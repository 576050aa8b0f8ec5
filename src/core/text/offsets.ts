/**
 * Sidecars, the CLI and every core API count offsets in Unicode code points (as brat, Python
 * and spaCy do); VS Code and JavaScript strings count UTF-16 code units. This module is the one
 * place that converts between the two.
 */

/**
 * Converts offsets of one text in both directions in O(log n) each, after an O(n) scan that
 * records where the astral characters (surrogate pairs) are. Texts without astral characters —
 * nearly every Arabic article — convert with no work at all.
 */
export class OffsetConverter {
  /** UTF-16 index of each astral character, ascending. */
  private readonly astral: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    this.utf16Length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.codePointLength = text.length - this.astral.length;
  }

  /** Code-point offset → UTF-16 offset. Offsets past the end clamp to the end. */
  toUtf16(cp: number): number {
    if (cp <= 0) return 0;
    if (cp >= this.codePointLength) return this.utf16Length;
    if (this.astral.length === 0) return cp;
    // Each astral character before the target adds one code unit. Find how many of them start
    // before the target: astral[k] (UTF-16) is at code point astral[k] - k.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** UTF-16 offset → code-point offset. An offset inside a surrogate pair maps to its start. */
  toCodePoint(u: number): number {
    if (u <= 0) return 0;
    if (u >= this.utf16Length) return this.codePointLength;
    if (this.astral.length === 0) return u;
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    // lo astral characters start before u, each one code unit longer than a code point. When u
    // points into a pair, that pair is among them, which maps u to the pair's own start.
    return u - lo;
  }
}

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The substring between two code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number, conv = new OffsetConverter(text)): string {
  return text.slice(conv.toUtf16(start), conv.toUtf16(end));
}
