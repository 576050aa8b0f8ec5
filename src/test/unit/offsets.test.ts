import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetConverter, codePointLength, sliceCodePoints } from '../../core/text/offsets';
import { decodeUtf8 } from '../../core/text/decode';

test('an emoji before an Arabic name shifts UTF-16 offsets by one, code points not at all', () => {
  const text = 'قال 😀 بوتين';
  const conv = new OffsetConverter(text);
  const cpStart = [...text].indexOf('ب');
  assert.equal(cpStart, 6);
  assert.equal(conv.toUtf16(cpStart), 7);
  assert.equal(conv.toCodePoint(7), 6);
  assert.equal(sliceCodePoints(text, 6, 11), 'بوتين');
  assert.equal(codePointLength(text), 11);
});

test('conversion round-trips at every boundary of a text with several astral characters', () => {
  const text = '𝒜ب😀😀ج x 🇸🇦 د';
  const conv = new OffsetConverter(text);
  const cps = [...text];
  let u = 0;
  for (let cp = 0; cp <= cps.length; cp++) {
    assert.equal(conv.toUtf16(cp), u, `cp ${cp}`);
    assert.equal(conv.toCodePoint(u), cp, `u ${u}`);
    if (cp < cps.length) u += cps[cp].length;
  }
  // An offset inside a surrogate pair maps to the start of its character.
  assert.equal(conv.toCodePoint(1), 0);
});

test('decodeUtf8 strips a BOM and locates the first invalid byte by line and column', () => {
  const ok = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('سلام')]));
  assert.equal(ok.bom, true);
  assert.equal(ok.text, 'سلام');
  assert.equal(ok.invalid, undefined);
  const bad = decodeUtf8(new Uint8Array([...new TextEncoder().encode('أ\nبت'), 0xff, 0x41]));
  assert.deepEqual(bad.invalid, { byteOffset: 7, line: 2, column: 3 });
  const truncated = decodeUtf8(new Uint8Array([0x41, 0xd8]));
  assert.equal(truncated.invalid?.column, 2);
});
