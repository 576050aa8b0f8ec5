import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeArticle, findDate, findSource } from '../../core/corpus/article';

const seeds = join(__dirname, '..', '..', '..', 'seeds');

test('headline, date and source of each seed article come from its text, past the boilerplate', () => {
  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ['000_40c00b8a0b0640c2.txt', 'البيت الأبيض: واشنطن تشعر بالقلق إزاء التعاون الدفاعي المزدهر بين كوريا الشمالية وروسيا', '2024-05-23', 'دار الهلال'],
    ['001_07af95ed4a4b08aa.txt', '"سنرد بحزم".. واشنطن وسول وطوكيو تحذر كوريا الشمالية وروسيا', '2023-09-13', 'رويترز'],
    ['002_dca62404e39632a2.txt', 'واشنطن «قلقة» من تقدّم محادثات الأسلحة بين موسكو وبيونغ يانغ', undefined, 'حصادنيوز'],
    ['003_a8ae4d22489fa304.txt', 'واشنطن تحذر من تنامي وخطورة العلاقات العسكرية بين روسيا وكوريا الشمالية', '2023-11-09', 'الحرة'],
    ['004_a1859c5a7e0376a8.txt', 'قلق أميركا وحلفائها إزاء قمة " كيم _ بوتين "', undefined, 'روسيا اليوم'],
  ];
  for (const [file, headline, date, source] of cases) {
    const info = describeArticle(readFileSync(join(seeds, file), 'utf8'));
    assert.equal(info.headline, headline, file);
    assert.equal(info.date, date, file);
    assert.equal(info.source, source, file);
    assert.ok(info.preview.length > 0, file);
  }
});

test('dates in Arabic, Levantine, English and numeric forms', () => {
  const cases: Array<[string, string | undefined]> = [
    ['الخميس 23 مايو 2024', '2024-05-23'],
    ['تاريخ النشر: 9th, November 2023 GMT', '2023-11-09'],
    ['عرب وعالم14-9-2023 | 09:56', '2023-09-14'],
    ['5 تشرين الأول 2023', '2023-10-05'],
    ['نشر في 2023-01-31', '2023-01-31'],
    ['32 مايو 2024', undefined],
    ['لا تاريخ هنا', undefined],
  ];
  for (const [line, iso] of cases) assert.equal(findDate(line), iso, line);
});

test('sources from «المصدر:», datelines and outlet lines; nothing from plain prose', () => {
  assert.equal(findSource(['المصدر: روسيا اليوم + مواقع']), 'روسيا اليوم');
  assert.equal(findSource(['موسكو (رويترز) - قال الكرملين']), 'رويترز');
  assert.equal(findSource(['قال الرئيس إن المحادثات مستمرة']), undefined);
});

test('an empty or boilerplate-only article still has a (possibly empty) headline', () => {
  assert.equal(describeArticle('').headline, '');
  assert.equal(describeArticle('image\n\n').headline, 'image');
});
