import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityMatcher, searchKey } from '../../core/kb/search';
import { builtinEntities } from '../../core/kb/load';

const m = entityMatcher(builtinEntities());

test('typing any spelling finds the entity (variants folded)', () => {
  const cases: Array<[string, string]> = [
    ['بيونج', 'pyongyang'],
    ['بيونغيانغ', 'pyongyang'],
    ['كيم جونج اون', 'kim-jong-un'],
    ['بوتين', 'vladimir-putin'],
    ['Putin', 'vladimir-putin'],
    ['کوریا الشمالیة', 'north-korea'],
  ];
  for (const [q, id] of cases) {
    const hits = m.search(q).map((e) => e.id);
    assert.ok(hits.includes(id), `${q} → ${hits.slice(0, 5).join(', ')}`);
  }
});

test('an exact name ranks first', () => {
  assert.equal(m.search('موسكو')[0].id, 'moscow');
});

test('searchKey folds hamza, yaa, taa marbuta, diacritics, tatweel, g and spaces', () => {
  assert.equal(searchKey('أُونٌ'), searchKey('اون'));
  assert.equal(searchKey('بيونغ يانغ'), searchKey('بيونجيانج'));
  assert.equal(searchKey('كوريـــا الشمالية'), searchKey('کوریا الشمالیه'));
});
