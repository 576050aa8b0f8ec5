/** Turning an article's bytes into text, and saying exactly where bytes are not UTF-8. */

export interface DecodedText {
  /** The text without a leading byte-order mark. */
  readonly text: string;
  /** True when the bytes started with a UTF-8 BOM (offsets exclude it). */
  readonly bom: boolean;
  /** Where the first invalid byte sequence is, when the bytes are not valid UTF-8. */
  readonly invalid?: { readonly byteOffset: number; readonly line: number; readonly column: number };
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes UTF-8. Invalid input still yields text (with U+FFFD) so a view can show it, plus the
 * 1-based line and column of the first bad sequence so a message can name it.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strict.decode(body), bom };
  } catch {
    const byteOffset = firstInvalidByte(body);
    const before = lenient.decode(body.subarray(0, byteOffset));
    const lines = before.split('\n');
    return {
      text: lenient.decode(body),
      bom,
      invalid: { byteOffset: byteOffset + (bom ? 3 : 0), line: lines.length, column: [...lines[lines.length - 1]].length + 1 },
    };
  }
}

function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
