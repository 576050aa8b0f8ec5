import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/kb/types';
import { Gazetteer, mergeMentions, findMentions, type Mention } from '../../core/match';
import { sliceCodePoints } from '../../core/text/offsets';

const E = (id: string, kind: string, name: string, aliases: string[] = [], en?: string): Entity => ({ id, kind, name, aliases, en });

const kb: Entity[] = [
  E('kim-jong-un', 'person', 'كيم جونغ أون', ['كيم'], 'Kim Jong Un'),
  E('vladimir-putin', 'person', 'فلاديمير بوتين', ['بوتين'], 'Vladimir Putin'),
  E('sergei-shoigu', 'person', 'سيرغي شويغو', ['شويغو'], 'Sergei Shoigu'),
  E('antony-blinken', 'person', 'أنتوني بلينكن', ['بلينكن'], 'Antony Blinken'),
  E('linken', 'person', 'لينكن', [], 'Linken'),
  E('matthew-miller', 'person', 'ماثيو ميللر', ['ميللر'], 'Matthew Miller'),
  E('rajab', 'person', 'رجب طيب', [], 'Recep Tayyip'),
  E('pyongyang', 'place', 'بيونغ يانغ', [], 'Pyongyang'),
  E('united-states', 'place', 'الولايات المتحدة', [], 'United States'),
  E('japan', 'place', 'اليابان', [], 'Japan'),
  E('sea-of-japan', 'place', 'بحر اليابان', [], 'Sea of Japan'),
  E('north-korea', 'place', 'كوريا الشمالية', [], 'North Korea'),
  E('russia', 'place', 'روسيا', [], 'Russia'),
  E('moscow', 'place', 'موسكو', [], 'Moscow'),
  E('sanaa', 'place', 'صنعاء', [], 'Sanaa'),
  E('white-house', 'organization', 'البيت الأبيض', [], 'White House'),
  E('reuters', 'organization', 'رويترز', ['Reuters'], 'Reuters'),
  E('lee', 'person', 'لي', [], 'Lee'),
  E('kyiv', 'place', 'كييف', [], 'Kyiv'),
];
const gaz = Gazetteer.build(kb);

/** [what, text, expected spans as "text=entity"] */
const cases: Array<[string, string, string[]]> = [
  // proclitics stay outside the span
  ['و', 'قال وبوتين', ['بوتين=vladimir-putin']],
  ['ف', 'فبوتين قال', ['بوتين=vladimir-putin']],
  ['ب', 'بموسكو اليوم', ['موسكو=moscow']],
  ['ل', 'زيارة لموسكو', ['موسكو=moscow']],
  ['ك before the article', 'كاليابان تماما', ['اليابان=japan']],
  ['ك before a bare name is not split', 'كروسيا', []],
  ['وب', 'وبموسكو', ['موسكو=moscow']],
  ['فل', 'فلروسيا', ['روسيا=russia']],
  ['وال', 'والبيت الأبيض', ['البيت الأبيض=white-house']],
  ['بال', 'بالبيت الأبيض', ['البيت الأبيض=white-house']],
  ['لل + ال keeps the second ل', 'للولايات المتحدة', ['لولايات المتحدة=united-states']],
  ['لل + ال, one word', 'لليابان', ['ليابان=japan']],
  ['ولل + ال', 'وللولايات المتحدة', ['لولايات المتحدة=united-states']],
  ['no spurious article on a bare name', 'الروسيا والموسكو', []],
  ['the article is not optional on a name that has it', 'ولايات المتحدة', []],
  // spelling variants
  ['جونغ/جونج and أون/اون', 'كيم جونج اون', ['كيم جونج اون=kim-jong-un']],
  ['hyphenated compound', 'كيم جونغ-أون', ['كيم جونغ-أون=kim-jong-un']],
  ['بيونغ يانغ', 'في بيونغ يانغ', ['بيونغ يانغ=pyongyang']],
  ['بيونغيانغ run together', 'في بيونغيانغ', ['بيونغيانغ=pyongyang']],
  ['بيونج يانج', 'في بيونج يانج', ['بيونج يانج=pyongyang']],
  ['بيونجيانج with a proclitic', 'وبيونجيانج', ['بيونجيانج=pyongyang']],
  ['شويغو/شويجو', 'سيرجي شويجو وشويغو', ['سيرجي شويجو=sergei-shoigu', 'شويغو=sergei-shoigu']],
  ['no g variant when the English name has no g', 'رغب طيب', []],
  ['doubled consonant written once', 'ماثيو ميلر', ['ماثيو ميلر=matthew-miller']],
  ['a doubled yaa is a vowel and a glide, not written once', 'كيف تعيش كييف', ['كييف=kyiv']],
  ['hamza dropped at the end', 'في صنعا', ['صنعا=sanaa']],
  ['Persian letters', '«کوریا الشمالیة»', ['کوریا الشمالیة=north-korea']],
  ['diacritics inside a name', 'قال بُوتِينُ', ['بُوتِينُ=vladimir-putin']],
  ['tatweel inside a name', 'بـوتـين', ['بـوتـين=vladimir-putin']],
  ['Latin alias, any case', 'REUTERS and reuters', ['REUTERS=reuters', 'reuters=reuters']],
  // longest match, no overlaps, boundaries
  ['longest match wins', 'في بحر اليابان', ['بحر اليابان=sea-of-japan']],
  ['full name beats the alias', 'فلاديمير بوتين', ['فلاديمير بوتين=vladimir-putin']],
  ['whole word beats a proclitic reading', 'بلينكن', ['بلينكن=antony-blinken']],
  ['no name inside a longer word', 'الكيميائية كيمياء بوتينية', []],
  ['two-letter names are not suggested alone', 'قال لي وولي', []],
  ['punctuation breaks a multi-word name', 'كوريا، الشمالية', []],
  ['a line break breaks a multi-word name', 'البيت\nالأبيض', []],
  ['underscore separates two names', 'كيم _ بوتين', ['كيم=kim-jong-un', 'بوتين=vladimir-putin']],
  ['repeats are each a mention', 'بوتين بوتين', ['بوتين=vladimir-putin', 'بوتين=vladimir-putin']],
];

const show = (text: string, ms: Mention[]) => ms.map((m) => {
  assert.equal(sliceCodePoints(text, m.start, m.end), m.text, 'span and text agree');
  return `${m.text}=${m.entity}`;
});

for (const [what, text, expected] of cases) {
  test(`matcher: ${what}`, () => assert.deepEqual(show(text, gaz.find(text)), expected));
}

test('matcher: code-point offsets with an emoji before the name', () => {
  const text = '😀 وبوتين';
  const [m] = gaz.find(text);
  assert.deepEqual([m.start, m.end, m.text, m.kind, m.source], [3, 8, 'بوتين', 'person', 'gazetteer']);
});

test('matcher: offsets with diacritics inside the name and astral characters on both sides', () => {
  const text = '𝒜😀 فلاديمير بُوتِين 😀 اليابان';
  const ms = gaz.find(text);
  assert.deepEqual(ms.map((m) => [m.start, m.end]), [[3, 19], [22, 29]]);
  assert.equal(ms[0].text, 'فلاديمير بُوتِين');
});

test('matcher: size counts entities and an empty knowledge base finds nothing', () => {
  assert.equal(gaz.size, kb.length);
  assert.deepEqual(Gazetteer.build([]).find('بوتين'), []);
});

test('matcher: the first entity of an ambiguous name wins, a primary name over an alias', () => {
  const g = Gazetteer.build([E('a', 'person', 'سام', ['جورجيا'], 'Sam'), E('georgia', 'place', 'جورجيا', [], 'Georgia')]);
  assert.equal(g.find('جورجيا')[0].entity, 'georgia');
});

test('mergeMentions: user tags win over overlapping suggestions', () => {
  const tag = (start: number, end: number): Mention => ({ start, end, text: '', kind: 'person', source: 'tag' });
  const sug = (start: number, end: number): Mention => ({ start, end, text: '', kind: 'place', source: 'gazetteer' });
  const merged = mergeMentions([tag(10, 20), tag(0, 3)], [sug(2, 5), sug(5, 9), sug(19, 25), sug(30, 35), sug(31, 33)]);
  assert.deepEqual(merged.map((m) => `${m.source}:${m.start}-${m.end}`), ['tag:0-3', 'gazetteer:5-9', 'tag:10-20', 'gazetteer:30-35']);
});

test('findMentions: without rules equals the gazetteer', () => {
  const text = 'قال بوتين في موسكو';
  assert.deepEqual(findMentions(text, gaz, { rules: false }), gaz.find(text));
});

test('matcher: property — names among filler words, with marks sprinkled in, are found at their exact spans', async () => {
  const fc = (await import('fast-check')).default;
  const names = ['بوتين', 'موسكو', 'كوريا الشمالية', 'البيت الأبيض', 'بحر اليابان'];
  const filler = ['قال', 'في', 'إن', 'الرئيس', 'اليوم', '😀', '،', 'مع'];
  const marks = ['', '', '\u064e', '\u0651', '\u0640'];
  const decorate = (w: string, pick: number[]) => [...w].map((ch, i) => ch + (ch === ' ' ? '' : marks[pick[i % pick.length]])).join('');
  fc.assert(fc.property(
    fc.array(fc.record({ name: fc.boolean(), i: fc.nat(), pick: fc.array(fc.nat({ max: marks.length - 1 }), { minLength: 1, maxLength: 5 }) }), { maxLength: 12 }),
    (parts) => {
      const words: string[] = [];
      const expected: string[] = [];
      for (const p of parts) {
        if (p.name) {
          const w = decorate(names[p.i % names.length], p.pick);
          words.push(w);
          expected.push(w);
        } else words.push(filler[p.i % filler.length]);
        words.push('،'); // keeps neighbouring names apart
      }
      const text = words.join(' ');
      const ms = gaz.find(text);
      assert.deepEqual(ms.map((m) => m.text), expected);
      for (let i = 0; i < ms.length; i++) {
        assert.equal(sliceCodePoints(text, ms[i].start, ms[i].end), ms[i].text);
        if (i > 0) assert.ok(ms[i - 1].end <= ms[i].start);
      }
    },
  ), { numRuns: 300 });
});

test('matcher: locate reports the spans and entities of find, in code points and UTF-16', () => {
  const text = '😀 قال وبوتين في بموسكو إن الولايات المتحدة و😀كوريا الشمالية';
  const found = gaz.find(text);
  const spans = gaz.locate(text);
  assert.equal(spans.count, found.length);
  assert.ok(found.length >= 4);
  for (let i = 0; i < spans.count; i++) {
    assert.equal(spans.start[i], found[i].start);
    assert.equal(spans.end[i], found[i].end);
    assert.equal(text.slice(spans.start16[i], spans.end16[i]), found[i].text);
    assert.equal(gaz.entityAt(spans.entity[i]).id, found[i].entity);
  }
  assert.equal(gaz.locate('لا أسماء هنا').count, 0);
});

test('matcher: property — with thousands of look-alike names, every match is exactly a name of its entity', async () => {
  const fc = (await import('fast-check')).default;
  // Letters with no spelling variants of their own (no غ/ج, alef forms, yaa or taa marbuta), so
  // that the folded text of each match must equal its entity's name.
  const letters = 'بتثحخدذرزسشصضطظعفقكلمنهو';
  const word = (seed: number[]) => seed.map((n) => letters[n % letters.length]).join('').replace(/(.)\1+/g, '$1');
  fc.assert(fc.property(
    fc.array(fc.array(fc.nat(), { minLength: 3, maxLength: 5 }), { minLength: 50, maxLength: 400 }),
    fc.array(fc.array(fc.nat(), { minLength: 3, maxLength: 5 }), { maxLength: 300 }),
    (names, other) => {
      const entities = names.map((n, i) => E(`e${i}`, 'person', word(n), [], 'x'));
      const g = Gazetteer.build(entities);
      const byId = new Map(entities.map((e) => [e.id, e.name]));
      const text = [...names.slice(0, 100).map(word), ...other.map(word)].sort().join(' ');
      for (const m of g.find(text)) {
        const name = byId.get(m.entity!)!;
        assert.equal(m.text, name);
      }
    },
  ), { numRuns: 100 });
});

test('لل + ال still finds a name when another name has the same word with لل in it', () => {
  // مجلس السلم للاتحاد الأفريقي puts «لاتحاد» (للاتحاد without its ل) among the words of names;
  // it starts none, so للاتحاد الأوروبي must still read as ل + الاتحاد الأوروبي.
  const g = Gazetteer.build([E('eu', 'organization', 'الاتحاد الأوروبي'), E('au-psc', 'organization', 'مجلس السلم للاتحاد الأفريقي')]);
  assert.deepEqual(g.find('وقال للاتحاد الأوروبي إن مجلس السلم للاتحاد الأفريقي اجتمع').map((m) => `${m.text}=${m.entity}`),
    ['لاتحاد الأوروبي=eu', 'مجلس السلم للاتحاد الأفريقي=au-psc']);
});

test('gazetteer: a generated spelling that is an everyday word is never produced, the written name still is', () => {
  const g = Gazetteer.build([{ id: 'ghana', kind: 'place', name: 'غانا', aliases: [], en: 'Ghana' }, { id: 'el-al', kind: 'organization', name: 'إل عال', aliases: [], en: 'El Al' }]);
  const found = (text: string) => g.find(text).map((m) => m.text);
  assert.deepEqual(found('في غانا أمس'), ['غانا']);
  assert.deepEqual(found('وقال إنه جاءنا الخبر'), []);
  assert.deepEqual(found('طائرة إل عال'), ['إل عال']);
  assert.deepEqual(found('وقال عبد العال إن'), []);
});
