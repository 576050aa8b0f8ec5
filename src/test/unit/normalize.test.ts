import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize, normalizeKey } from '../../core/text/normalize';

const cases: Array<[string, string, string]> = [
  ['alef with hamza above', 'أحمد', 'احمد'],
  ['alef with hamza below', 'إيران', 'ايران'],
  ['alef with madda', 'آسيا', 'اسيا'],
  ['alef wasla', 'ٱلقدس', 'القدس'],
  ['alef maqsura', 'موسى', 'موسي'],
  ['teh marbuta', 'الكورية', 'الكوريه'],
  ['waw with hamza', 'رؤساء', 'روسا'],
  ['yeh with hamza', 'إسرائيل', 'اسراييل'],
  ['lone hamza is dropped', 'صنعاء', 'صنعا'],
  ['harakat, tanween, shadda, sukun', 'مُحَمَّدٌ كِتَابًا مِنْ', 'محمد كتابا من'],
  ['superscript alef', 'هٰذا', 'هذا'],
  ['tatweel', 'بـوتـيـن', 'بوتين'],
  ['Persian kaf and yeh', 'کوریا', 'كوريا'],
  ['Kurdish heh and e', 'ئەوە', 'يهوه'],
  ['Persian peh, cheh, zheh, gaf, veh', 'پچژگڤ', 'بجزكف'],
  ['Urdu yeh barree and heh goal', 'ےہ', 'يه'],
  ['zero-width and bidi controls', 'بو\u200cتين\u200f \u202bكيم\u202c\u061c', 'بوتين كيم'],
  ['Latin and punctuation untouched', 'Reuters «قال»، ؟', 'Reuters «قال»، ؟'],
];

for (const [what, input, expected] of cases) {
  test(`normalize: ${what}`, () => {
    assert.equal(normalize(input).text, expected);
    assert.equal(normalizeKey(input, false), expected);
  });
}

test('normalize: Arabic-Indic digits fold only when asked', () => {
  assert.equal(normalize('٢٠٢٤ و۱۹').text, '٢٠٢٤ و۱۹');
  assert.equal(normalize('٢٠٢٤ و۱۹', { digits: true }).text, '2024 و19');
  assert.equal(normalizeKey('٢٠٢٤'), '2024');
});

test('normalize: a folded range maps back to the letters as written, marks included', () => {
  const text = 'قال الرئيسُ بُوتِينُ، ثم';
  const n = normalize(text);
  const s = n.text.indexOf('بوتين');
  const [os, oe] = n.toOriginal(s, s + 'بوتين'.length);
  assert.equal(text.slice(os, oe), 'بُوتِينُ');
});

test('normalize: the end of a range never absorbs a bidi mark or a space', () => {
  const text = 'كيم\u200f بوتين';
  const n = normalize(text);
  const [os, oe] = n.toOriginal(0, 3);
  assert.equal(text.slice(os, oe), 'كيم');
  assert.deepEqual(n.toOriginal(2, 2), [2, 2]);
});

test('normalize: an emoji passes through and keeps later offsets exact', () => {
  const text = '😀 بوتين';
  const n = normalize(text);
  assert.equal(n.text, text);
  assert.deepEqual(n.toOriginal(3, 8), [3, 8]);
});

const arabicish = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءؤئ ًٌٍَُِّْـٰ\u200c\u200f کیە😀a ،«»'.split(''), '😀');

test('normalize: property — every folded character maps to an original that folds to it', () => {
  fc.assert(fc.property(fc.array(arabicish, { maxLength: 40 }), (parts) => {
    const text = parts.join('');
    const n = normalize(text);
    assert.equal(n.map.length, n.text.length + 1);
    assert.equal(n.map[n.text.length], text.length);
    for (let i = 0; i < n.text.length; i++) {
      assert.equal(normalizeKey(text[n.map[i]], false), n.text[i]);
      if (i > 0) assert.ok(n.map[i] > n.map[i - 1]);
    }
  }));
});

test('normalize: property — a mapped range folds back to the same folded range', () => {
  fc.assert(fc.property(fc.array(arabicish, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
    const text = parts.join('');
    const n = normalize(text);
    const len = n.text.length;
    const s = len === 0 ? 0 : a % (len + 1);
    const e = s + (len - s === 0 ? 0 : b % (len - s + 1));
    const [os, oe] = n.toOriginal(s, e);
    assert.ok(os <= oe && oe <= text.length);
    assert.equal(normalizeKey(text.slice(os, oe), false), n.text.slice(s, e));
  }));
});
