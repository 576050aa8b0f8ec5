import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex, entityKey, type ArticleRecord } from '../../core/corpus/index';
import type { Mention } from '../../core/match/mention';
import type { Entity } from '../../core/kb/types';

const putin: Entity = { id: 'vladimir-putin', kind: 'person', name: 'فلاديمير بوتين', aliases: ['بوتين'], en: 'Vladimir Putin' };
const m = (start: number, text: string, kind: string, source: Mention['source'], entity?: string): Mention => ({ start, end: start + [...text].length, text, kind, source, entity });
const rec = (path: string, mentions: Mention[], tags: string[] = []): ArticleRecord => ({ path, mentions, tags, status: 'todo', orphans: 0 });

test('entities count mentions, confirmed tags and articles, and follow per-article replacement', () => {
  const index = new CorpusIndex((id) => (id === putin.id ? putin : undefined));
  index.set(rec('/c/a.txt', [m(0, 'بوتين', 'person', 'tag', 'vladimir-putin'), m(10, 'بوتين', 'person', 'gazetteer', 'vladimir-putin'), m(20, 'موسكو', 'place', 'gazetteer', 'moscow')], ['روسيا']));
  index.set(rec('/c/b.txt', [m(3, 'بوتين', 'person', 'gazetteer', 'vladimir-putin')], ['روسيا', 'كوريا']));
  const p = index.entities().find((e) => e.key === 'vladimir-putin')!;
  assert.deepEqual({ name: p.name, mentions: p.mentions, confirmed: p.confirmed, articles: p.articles }, { name: 'فلاديمير بوتين', mentions: 3, confirmed: 1, articles: 2 });
  assert.deepEqual(index.occurrences('vladimir-putin').map((o) => [o.path, o.mention.start]), [['/c/a.txt', 0], ['/c/a.txt', 10], ['/c/b.txt', 3]]);
  assert.deepEqual(index.tags(), [{ tag: 'روسيا', articles: ['/c/a.txt', '/c/b.txt'] }, { tag: 'كوريا', articles: ['/c/b.txt'] }]);
  assert.deepEqual(index.entities({ confirmedOnly: true }).map((e) => e.key), ['vladimir-putin']);

  index.set(rec('/c/a.txt', [m(20, 'موسكو', 'place', 'gazetteer', 'moscow')]));
  assert.equal(index.entities().find((e) => e.key === 'vladimir-putin')!.mentions, 1);
  assert.deepEqual(index.tags().map((t) => t.tag), ['روسيا', 'كوريا']);
  index.remove('/c/b.txt');
  assert.equal(index.entities().find((e) => e.key === 'vladimir-putin'), undefined);
  assert.deepEqual(index.tags(), []);
  assert.equal(index.size, 1);
});

test('a tag without an entity id groups by kind and normalized spelling', () => {
  assert.equal(entityKey({ text: 'كيربي', kind: 'person' }), entityKey({ text: 'كيربى', kind: 'person' }));
  assert.notEqual(entityKey({ text: 'كيربي', kind: 'person' }), entityKey({ text: 'كيربي', kind: 'place' }));
  assert.equal(entityKey({ text: 'x', kind: 'person', entity: 'rule:x' }), 'name:person:x');
});

test('entity search matches any alias after normalization', () => {
  const index = new CorpusIndex((id) => (id === putin.id ? putin : undefined));
  index.set(rec('/c/a.txt', [m(0, 'بوتين', 'person', 'gazetteer', 'vladimir-putin')]));
  assert.deepEqual(index.searchEntities('بوتين').map((e) => e.key), ['vladimir-putin']);
  assert.deepEqual(index.searchEntities('putin').map((e) => e.key), ['vladimir-putin']);
  assert.deepEqual(index.searchEntities('موسكو'), []);
});
