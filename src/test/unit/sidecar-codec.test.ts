import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSidecar, serializeSidecar } from '../../core/sidecar/codec';
import { emptySidecar, type Annotation, type Sidecar } from '../../core/sidecar/model';

const HASH = 'sha256:' + 'ab'.repeat(32);

function ann(over: Partial<Annotation> & Pick<Annotation, 'id' | 'start' | 'end' | 'text'>): Annotation {
  return { kind: 'person', prefix: '', suffix: '', annotator: 'lina', created: '2024-05-01T10:00:00.000Z', ...over };
}

const sample: Sidecar = {
  ...emptySidecar(),
  text: { hash: HASH, length: 40 },
  status: 'in-progress',
  tags: ['سياسة', 'economy'],
  notes: 'first line\nsecond line',
  annotations: [
    ann({ id: 'a-bbbbbbbbbb', start: 20, end: 25, text: 'موسكو', kind: 'place', prefix: 'في ', suffix: ' أمس' }),
    ann({ id: 'a-aaaaaaaaaa', start: 4, end: 9, text: 'بوتين', entity: 'vladimir-putin', prefix: 'قال ', suffix: ' إن', attributes: { confidence: 0.9, role: 'speaker', checked: true } }),
  ],
  relations: [{ id: 'r-cccccccccc', type: 'located-in', from: 'a-aaaaaaaaaa', to: 'a-bbbbbbbbbb' }],
  rejected: [{ text: 'أمس', kind: 'place' }],
};

test('write then read gives back the same sidecar, annotations sorted by start', () => {
  const text = serializeSidecar(sample);
  const back = parseSidecar(text, 'x.yaml');
  assert.deepEqual(back.problems, []);
  assert.equal(back.readOnly, false);
  assert.deepEqual(back.sidecar, { ...sample, annotations: [sample.annotations[1], sample.annotations[0]] });
});

test('output is canonical: fixed key order, block style, Arabic as-is, LF and a trailing newline', () => {
  const text = serializeSidecar(sample);
  assert.ok(text.endsWith('\n') && !text.includes('\r'));
  assert.ok(text.includes('text: بوتين'), 'Arabic is written as-is, not escaped');
  assert.ok(!/\\u0[6-7]/.test(text));
  const top = text.split('\n').filter((l) => /^[a-z]/.test(l)).map((l) => l.split(':')[0]);
  assert.deepEqual(top, ['version', 'text', 'status', 'tags', 'notes', 'annotations', 'relations', 'rejected']);
  const firstAnn = text.slice(text.indexOf('annotations:')).split('\n').slice(1, 8);
  assert.deepEqual(firstAnn.map((l) => l.trim().split(':')[0]), ['- id', 'kind', 'entity', 'start', 'end', 'text', 'prefix']);
  assert.equal(serializeSidecar(sample), text, 'deterministic');
  // Order of input annotations does not matter.
  assert.equal(serializeSidecar({ ...sample, annotations: [...sample.annotations].reverse() }), text);
});

test('an empty sidecar is two lines', () => {
  assert.equal(serializeSidecar(emptySidecar()), 'version: 1\nstatus: todo\n');
  assert.deepEqual(parseSidecar('', 'e.yaml').sidecar, emptySidecar());
});

test('comments and unknown keys survive a rewrite, at the top and inside annotations', () => {
  const first = serializeSidecar(sample);
  const edited = first
    .replace('version: 1', '# reviewed by the desk\nversion: 1')
    .replace('status: in-progress', 'status: in-progress # until Friday\nreviewer: samir')
    .replace('    text: بوتين', '    text: بوتين\n    # checked against wikidata\n    confidence_source: manual');
  const parsed = parseSidecar(edited, 'x.yaml');
  assert.deepEqual(parsed.problems, []);
  const changed: Sidecar = {
    ...parsed.sidecar!,
    status: 'done',
    annotations: [...parsed.sidecar!.annotations, ann({ id: 'a-dddddddddd', start: 30, end: 33, text: 'أمس', kind: 'date' })],
  };
  const out = serializeSidecar(changed, edited);
  assert.ok(out.includes('# reviewed by the desk'));
  assert.ok(out.includes('reviewer: samir'));
  assert.ok(out.includes('# checked against wikidata'));
  assert.ok(out.includes('confidence_source: manual'));
  assert.ok(out.includes('status: done'));
  assert.ok(out.includes('id: a-dddddddddd'));
  const again = parseSidecar(out, 'x.yaml');
  assert.deepEqual(again.sidecar, changed);
  // Removing the annotation that carried the comment removes its comment with it, nothing else.
  const removed = serializeSidecar({ ...changed, annotations: changed.annotations.filter((a) => a.id !== 'a-aaaaaaaaaa') }, out);
  assert.ok(!removed.includes('checked against wikidata'));
  assert.ok(removed.includes('reviewer: samir') && removed.includes('# reviewed by the desk'));
});

test('strings that YAML would misread are quoted and come back unchanged', () => {
  const tricky = ['true', '123', '', ' lead', 'a: b', '- x', '#x', 'x\ny', 'x\r\ny', '\t', 'null', '~', '😀 بوتين', '"', "'", '\\', 'x ', '\u200f', '\ufeffz', '\u2028', '\u0085'];
  for (const t of tricky) {
    const s: Sidecar = { ...emptySidecar(), tags: [t], annotations: [ann({ id: 'a-xxxxxxxxxx', start: 0, end: 1, text: t, prefix: t, suffix: t, note: t })] };
    const back = parseSidecar(serializeSidecar(s), 'x.yaml');
    assert.deepEqual(back.sidecar, s, JSON.stringify(t));
  }
});

test('two annotations added to the same file touch different lines (merge-friendly layout)', () => {
  const base = serializeSidecar(sample);
  const a = serializeSidecar({ ...sample, annotations: [...sample.annotations, ann({ id: 'a-eeeeeeeeee', start: 0, end: 3, text: 'قال' })] }, base);
  const baseLines = base.split('\n');
  const aLines = a.split('\n');
  // Every line of the old file is still there, in order: the change is a pure insertion.
  let j = 0;
  for (const line of aLines) if (line === baseLines[j]) j++;
  assert.equal(j, baseLines.length);
});

test('the JSON Schema knows every key the writer emits', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'sidecar.schema.json'), 'utf8'));
  const parsed = parseSidecar(serializeSidecar(sample), 'x.yaml').sidecar!;
  assert.deepEqual(Object.keys(parsed).filter((k) => !(k in schema.properties)), []);
  const annotationKeys = new Set(Object.keys(schema.definitions.annotation.properties));
  for (const a of parsed.annotations) assert.deepEqual(Object.keys(a).filter((k) => !annotationKeys.has(k)), []);
  assert.equal(schema.properties.version.const, 1);
});
