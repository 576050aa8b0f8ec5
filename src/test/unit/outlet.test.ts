import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/kb/types';
import { Gazetteer, findMentions } from '../../core/match';
import { outletName } from '../../core/match/outlet';
import { sliceCodePoints } from '../../core/text/offsets';

const E = (id: string, kind: string, name: string): Entity => ({ id, kind, name, aliases: [], en: id });
const gaz = Gazetteer.build([E('islamabad', 'place', 'إسلام آباد'), E('gulf', 'place', 'الخليج'), E('amman', 'place', 'عمّان'), E('middle-east', 'place', 'الشرق الأوسط')]);

const outlets = (text: string): string[] => findMentions(text, gaz).filter((m) => m.kind === 'organization').map((m) => {
  assert.equal(sliceCodePoints(text, m.start, m.end), m.text);
  return m.text;
});

test('outletName: the name heading the first line, without the word saying what it is', () => {
  assert.deepEqual(outletName('صحيفة الوطن | محليات\nنص'), { name: 'الوطن', said: true, alone: false });
  assert.deepEqual(outletName('\ufeffالخبر | رياضة – المنتخب الوطني\n'), { name: 'الخبر', said: false, alone: false });
  assert.deepEqual(outletName('DW عربية | علوم وصحة\n'), { name: 'DW', said: false, alone: false });
  assert.deepEqual(outletName('Le360 | مجتمع\n'), { name: 'Le360', said: false, alone: false });
  assert.deepEqual(outletName('بوابة الوسط | اقتصاد\n'), { name: 'بوابة الوسط', said: false, alone: false });
  // A headline is no outlet, nor a dateline with a time.
  assert.equal(outletName('قال الرئيس الفرنسي إن بلاده ستواصل دعمها\n'), undefined);
  assert.equal(outletName('الأحد 14 ديسمبر 2025 | 19:05\n'), undefined);
  assert.equal(outletName('الخبر | رياضة'), undefined, 'a text of one line');
  assert.deepEqual(outletName('القبس\nمحليات\n'), { name: 'القبس', said: false, alone: true });
});

test('outlets: an Arabic name that is an ordinary word is the outlet only where an article names its outlet', () => {
  const text = [
    'الغد | اقتصاد محلي',
    'عمّان – الغد',
    '(صورة: محطة التحلية – الغد)',
    'وقال مسؤول لـ«الغد» إن السكان ينتظرون الغد بفارغ الصبر، وإن الغد أفضل.',
    'جميع الحقوق محفوظة لصحيفة الغد © 2025',
  ].join('\n');
  assert.deepEqual(outlets(text), ['الغد', 'الغد', 'الغد', 'الغد', 'الغد']);
  assert.equal(findMentions(text, gaz).filter((m) => m.text === 'الغد').length, 5);
});

test('outlets: a short form, the publishing house, and the copyright line', () => {
  const text = 'بوابة الوسط | اقتصاد\nطرابلس – بنغازي: الوسط\nيقع الحقل في الوسط تماما.\nجميع الحقوق محفوظة © بوابة الوسط 2025';
  assert.deepEqual(outlets(text), ['بوابة الوسط', 'الوسط', 'بوابة الوسط']);
  const sabah = 'جريدة الصباح | وطنية\nتونس – الصباح\nأعلنت الهيئة صباح اليوم النتائج، وفي الصباح فتحت المكاتب.\nجميع الحقوق محفوظة – دار الصباح 2025';
  assert.deepEqual(outlets(sabah), ['الصباح', 'الصباح', 'دار الصباح']);
});

test('outlets: a name alone on the first line only when the article names it as its outlet again', () => {
  assert.deepEqual(outlets('الوزير يتفقد المستشفى\nقال الوزير يتفقد المستشفى إن'), []);
  assert.deepEqual(outlets('القبس\nمحليات\nقال مصدر لـ«القبس» إن القبس والصباح'), ['القبس', 'القبس']);
});

test('outlets: a Latin name is the outlet wherever it stands', () => {
  assert.deepEqual(outlets('DW عربية | علوم وصحة\nقالت الباحثة لـDW إن الوضع خطير، بحسب DW.'), ['DW', 'DW', 'DW']);
});

test('outlets: a place heading the first line is a dateline, unless a word says it is an outlet', () => {
  const dateline = 'إسلام آباد/ عامر لطيف/ الأناضول\nقال الوزير إن';
  assert.deepEqual(findMentions(dateline, gaz).map((m) => `${m.kind}:${m.text}`).slice(0, 1), ['place:إسلام آباد']);
  const khaleej = 'صحيفة الخليج\nالشارقة – الخليج\nوتشهد منطقة الخليج نموا.';
  assert.deepEqual(findMentions(khaleej, gaz).map((m) => `${m.kind}:${m.text}`), ['organization:الخليج', 'organization:الخليج', 'place:الخليج']);
});

test('outlets: a known place alone on the first line is the outlet when the dateline names it so', () => {
  const text = 'الشرق الأوسط\nاقتصاد\nلندن - الرياض: «الشرق الأوسط»\nتشهد منطقة الشرق الأوسط توترا.';
  assert.deepEqual(findMentions(text, gaz).map((m) => `${m.kind}:${m.text}`), ['organization:الشرق الأوسط', 'organization:الشرق الأوسط', 'place:الشرق الأوسط']);
  assert.deepEqual(findMentions('الشرق الأوسط\nتشهد المنطقة توترا.', gaz).map((m) => m.kind), ['place']);
});

test('outlets: a known place alone on the first line is the outlet when the copyright line names its house, trades included', () => {
  const text = 'الخليج | رياضة\nأبوظبي - الأحد\nوصلت السفن إلى الخليج.\nجميع الحقوق محفوظة لدار الخليج للصحافة والطباعة والنشر © 2023';
  assert.deepEqual(findMentions(text, gaz).map((m) => `${m.kind}:${m.text}`),
    ['organization:الخليج', 'place:الخليج', 'organization:دار الخليج للصحافة والطباعة والنشر']);
});
