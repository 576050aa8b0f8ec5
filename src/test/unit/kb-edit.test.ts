import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addAliases, addEntity, EntitiesEditError, mergeEntity, suggestId } from '../../core/kb/edit';
import { parseEntitiesYaml } from '../../core/kb/load';

const base = `# our entities
version: 1
entities:
  # a person
  - id: john-kirby
    kind: person
    name: جون كيربي
    x-note: kept   # unknown key
`;

test('addEntity appends a valid entry and keeps comments and unknown keys', () => {
  const text = addEntity(base, { id: 'park-jin', kind: 'person', name: 'بارك جين', aliases: ['بارك جين', 'بارك'], en: 'Park Jin' });
  assert.ok(text.includes('# our entities') && text.includes('# a person') && text.includes('x-note: kept'));
  const parsed = parseEntitiesYaml(text, 'entities.yaml');
  const park = parsed.entries.find((e) => e.id === 'park-jin');
  assert.deepEqual({ kind: park?.kind, name: park?.name, aliases: park?.aliases, en: park?.en }, { kind: 'person', name: 'بارك جين', aliases: ['بارك'], en: 'Park Jin' });
  assert.throws(() => addEntity(text, { id: 'park-jin', kind: 'person', name: 'x' }), (e: unknown) => e instanceof EntitiesEditError && e.code === 'duplicate-id');
});

test('addEntity creates the file content when there is none', () => {
  const text = addEntity(undefined, { id: 'a', kind: 'place', name: 'فوستوشني' });
  const parsed = parseEntitiesYaml(text, 'entities.yaml');
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.entries[0].name, 'فوستوشني');
});

test('addAliases extends an entry, or adds an override for a built-in id, without duplicates', () => {
  const one = addAliases(base, 'john-kirby', ['كيربي', 'جون كيربي', 'كيربي']);
  assert.deepEqual(parseEntitiesYaml(one, 'f').entries.find((e) => e.id === 'john-kirby')?.aliases, ['كيربي']);
  const two = addAliases(one, 'vladimir-putin', ['بوتن']);
  assert.deepEqual(parseEntitiesYaml(two, 'f').entries.find((e) => e.id === 'vladimir-putin')?.aliases, ['بوتن']);
  assert.ok(two.includes('# a person'));
});

test('mergeEntity moves names to the target and drops the merged entry', () => {
  const withPark = addEntity(base, { id: 'kirby-2', kind: 'person', name: 'كيربى', aliases: ['جون كيربى'] });
  const merged = mergeEntity(withPark, { id: 'kirby-2', kind: 'person', name: 'كيربى', aliases: ['جون كيربى'] }, 'john-kirby');
  const entries = parseEntitiesYaml(merged, 'f').entries;
  assert.equal(entries.find((e) => e.id === 'kirby-2'), undefined);
  assert.deepEqual(entries.find((e) => e.id === 'john-kirby')?.aliases, ['كيربى', 'جون كيربى']);
});

test('a malformed file is refused, not rewritten', () => {
  assert.throws(() => addEntity('version: 1\nentities: [\n', { id: 'a', kind: 'place', name: 'x' }), (e: unknown) => e instanceof EntitiesEditError && e.code === 'yaml-syntax');
  assert.throws(() => addEntity('version: 1\nentities: 3\n', { id: 'a', kind: 'place', name: 'x' }), (e: unknown) => e instanceof EntitiesEditError && e.code === 'entities-not-a-list');
});

test('suggestId prefers the English name and never collides', () => {
  const taken = new Set(['park-jin']);
  assert.equal(suggestId('بارك جين', 'Park Jin', (id) => taken.has(id)), 'park-jin-2');
  assert.match(suggestId('فوستوشني', undefined, () => false), /^entity-[0-9a-z]+$/);
});
