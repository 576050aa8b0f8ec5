/**
 * Spelling-tolerant comparison for re-anchoring: an edit that only re-spelled a name (hamza
 * forms, ى/ي, ة/ه, diacritics, tatweel) should not orphan its tags. Kept small and local so the
 * sidecar code does not depend on the matcher's richer normalization.
 */

function foldUnit(c: number): number {
  if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) return 0x0627; // آ أ إ ٱ → ا
  if (c === 0x0649) return 0x064a; // ى → ي
  if (c === 0x0629) return 0x0647; // ة → ه
  if (c === 0x0624) return 0x0648; // ؤ → و
  if (c === 0x0626) return 0x064a; // ئ → ي
  // Diacritics (harakat, shadda, sukun, superscript alef) and tatweel vanish.
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return 0;
  return c;
}

export interface Folded {
  readonly text: string;
  /** `map[i]` is the original UTF-16 index of folded `text[i]`; `map[text.length]` is the original length. */
  readonly map: Int32Array;
}

export function foldWithMap(text: string): Folded {
  const out: string[] = [];
  const map = new Int32Array(text.length + 1);
  let k = 0;
  let chunk = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(text.charCodeAt(i));
    if (f === 0) continue;
    chunk += String.fromCharCode(f);
    map[k++] = i;
    // Joining in chunks keeps a 50 MB article from building one enormous rope.
    if (chunk.length >= 8192) { out.push(chunk); chunk = ''; }
  }
  out.push(chunk);
  map[k] = text.length;
  return { text: out.join(''), map: map.subarray(0, k + 1) };
}

export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = foldUnit(s.charCodeAt(i));
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Original [start, end) of folded [start, end), taking in marks written after the last letter. */
export function unfoldRange(original: string, f: Folded, start: number, end: number): [number, number] {
  if (end <= start) return [f.map[start], f.map[start]];
  let e = f.map[end - 1] + 1;
  while (e < original.length && e < f.map[end] && foldUnit(original.charCodeAt(e)) === 0) e++;
  return [f.map[start], e];
}
