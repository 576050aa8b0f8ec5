import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from './memfs';
import { SidecarStore, SidecarWriteRefused, addAnnotation, setStatus } from '../../core/sidecar/store';
import { serializeSidecar } from '../../core/sidecar/codec';
import { fingerprint } from '../../core/sidecar/fingerprint';
import { measure } from '../../core/sidecar/reanchor';
import { emptySidecar } from '../../core/sidecar/model';
import { visitCorpus } from '../../core/sidecar/corpus';
import type { SidecarProblem } from '../../core/sidecar/model';

const ARTICLE = 'قال الرئيس فلاديمير بوتين في موسكو اليوم.';
const FP = fingerprint(ARTICLE);
const KINDS = ['person', 'place', 'organization'];

function good(over: string[] = []): string {
  const start = [...ARTICLE].indexOf('ب');
  const m = measure(ARTICLE, start, start + 5);
  const base = serializeSidecar({ ...emptySidecar(), text: FP, annotations: [{ id: 'a-aaaaaaaaaa', kind: 'person', start, end: start + 5, ...m, annotator: 'x', created: '2024-01-01T00:00:00Z' }] });
  return over.reduce((s, r) => { const [from, to] = r.split('=>'); return s.replace(from, to); }, base);
}

const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat('bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`)).join('\n') + '\nversion: 1\n';

interface Case { name: string; yaml: string; code: string; line: number; column?: number; readOnly: boolean; message: RegExp }

const cases: Case[] = [
  { name: 'YAML syntax error', yaml: 'version: 1\nannotations:\n  - id: a-1\n    kind: [person\n', code: 'yaml-syntax', line: 5, readOnly: true, message: /syntax/ },
  { name: 'duplicate key', yaml: 'version: 1\nstatus: todo\nstatus: done\n', code: 'duplicate-key', line: 3, column: 1, readOnly: true, message: /duplicate key/ },
  { name: 'top level is a list', yaml: '- 1\n- 2\n', code: 'wrong-type', line: 1, readOnly: true, message: /mapping/ },
  { name: 'start is text, not a number', yaml: good(['start: 20=>start: twenty']), code: 'wrong-type', line: 9, column: 12, readOnly: true, message: /`start` of annotation `a-aaaaaaaaaa` must be a whole number/ },
  { name: 'annotations is a mapping', yaml: 'version: 1\nannotations:\n  x: 1\n', code: 'wrong-type', line: 3, readOnly: true, message: /must be a list/ },
  { name: 'missing text', yaml: good(['    text: بوتين\n=>']), code: 'missing-field', line: 7, readOnly: true, message: /missing `text`/ },
  { name: 'unknown status', yaml: good(['status: todo=>status: finished']), code: 'unknown-status', line: 5, column: 9, readOnly: true, message: /todo, in-progress, done/ },
  { name: 'unknown kind', yaml: good(['kind: person=>kind: animal']), code: 'unknown-kind', line: 8, column: 11, readOnly: false, message: /kind `animal`.*known kinds \(person, place, organization\)/ },
  { name: 'duplicate ids', yaml: good().replace(/(annotations:\n)([\s\S]*)$/, (_m, h, body) => h + body + body), code: 'duplicate-id', line: 16, readOnly: true, message: /used twice \(first on line 7\)/ },
  { name: 'offsets out of range', yaml: good(['start: 20=>start: 200', 'end: 25=>end: 205']), code: 'offset-out-of-range', line: 7, column: 5, readOnly: false, message: /outside the article's 41 code points; found it again at \[20, 25\)/ },
  { name: 'offsets reversed', yaml: good(['start: 20=>start: 26']), code: 'offset-reversed', line: 9, readOnly: false, message: /ends \(25\) before it starts \(26\)/ },
  { name: 'quote no longer matches', yaml: good(['start: 20=>start: 11', 'end: 25=>end: 16']), code: 'quote-mismatch', line: 7, readOnly: false, message: /quotes "بوتين" but the article has "فلادي" at \[11, 16\); found it again at \[20, 25\)/ },
  { name: 'newer version', yaml: good(['version: 1=>version: 7']), code: 'newer-version', line: 1, column: 10, readOnly: true, message: /version 7.*upgrade the Corpus Annotator extension/ },
  { name: 'billion laughs', yaml: laughs, code: 'alias-bomb', line: 2, readOnly: true, message: /billion laughs/ },
  { name: 'very deep nesting', yaml: 'version: 1\nx: ' + '['.repeat(200) + ']'.repeat(200) + '\n', code: 'too-deep', line: 2, readOnly: true, message: /nested more than 64 levels/ },
  { name: 'extremely deep nesting', yaml: 'x: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n', code: '', line: 1, readOnly: true, message: /nest|syntax/ },
  { name: 'relation to a missing annotation', yaml: good() + 'relations:\n  - id: r-1\n    type: knows\n    from: a-aaaaaaaaaa\n    to: a-missing\n', code: 'dangling-relation', line: 20, column: 9, readOnly: false, message: /not an annotation/ },
];

for (const c of cases) {
  test(`bad sidecar: ${c.name} → ${c.code || 'an error'} at its line, file untouched`, async () => {
    const fs = new MemoryFileSystem({ 'c/a.txt': ARTICLE, 'c/a.yaml': c.yaml });
    const store = new SidecarStore(fs, { kinds: KINDS });
    const r = await store.load('c/a.txt', ARTICLE);
    const p = c.code ? r.problems.find((x) => x.code === c.code) : r.problems[0];
    assert.ok(p, `expected ${c.code}, got ${JSON.stringify(r.problems)}`);
    assert.equal(p.file, 'c/a.yaml');
    assert.equal(p.line, c.line, p.message);
    if (c.column !== undefined) assert.equal(p.column, c.column);
    assert.match(p.message, c.message);
    assert.equal(r.readOnly, c.readOnly);
    if (c.readOnly) {
      await assert.rejects(store.update('c/a.txt', ARTICLE, setStatus('done')), (e: unknown) => e instanceof SidecarWriteRefused && e.problems.some((x) => x === p || x.code === p.code));
    }
    assert.equal(fs.text('c/a.yaml'), c.yaml, 'the file on disk is left untouched');
  });
}

test('bad sidecar: not UTF-8 is reported with its line and column and never rewritten', async () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('version: 1\nstatus: '), 0xff, 0x0a]);
  const fs = new MemoryFileSystem({ 'c/a.txt': ARTICLE, 'c/a.yaml': bytes });
  const store = new SidecarStore(fs);
  const r = await store.load('c/a.txt', ARTICLE);
  assert.deepEqual(r.problems.map((p) => [p.code, p.line, p.column]), [['not-utf8', 2, 9]]);
  await assert.rejects(store.update('c/a.txt', ARTICLE, setStatus('done')), SidecarWriteRefused);
  assert.deepEqual(fs.files.get('c/a.yaml')!.data, bytes);
});

async function problemsOf(fs: MemoryFileSystem): Promise<SidecarProblem[]> {
  const all: SidecarProblem[] = [];
  await visitCorpus(fs, 'c', { kinds: KINDS }, (v) => { all.push(...v.problems); });
  return all;
}

test('bad article: invalid UTF-8 is reported at its line and column; the sidecar is still checked', async () => {
  const article = new Uint8Array([...new TextEncoder().encode('سطر\nقال '), 0xc3, 0x28]);
  const fs = new MemoryFileSystem({ 'c/a.txt': article, 'c/a.yaml': good(['kind: person=>kind: animal']) });
  const problems = await problemsOf(fs);
  assert.deepEqual(problems.map((p) => [p.file, p.code, p.line, p.column]), [['c/a.txt', 'not-utf8', 2, 5], ['c/a.yaml', 'unknown-kind', 8, 11]]);
});

test('article with a BOM: offsets exclude it, so tags made without the BOM still fit', async () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARTICLE)]);
  const fs = new MemoryFileSystem({ 'c/a.txt': bom, 'c/a.yaml': good() });
  assert.deepEqual(await problemsOf(fs), []);
});

test('empty article: loads, accepts no tags, and orphans tags of a text that is gone', async () => {
  const fs = new MemoryFileSystem({ 'c/a.txt': '', 'c/a.yaml': good() });
  const store = new SidecarStore(fs);
  const r = await store.load('c/a.txt', '');
  assert.equal(r.sidecar.annotations[0].orphan, true);
  assert.deepEqual(r.problems.map((p) => [p.code, p.line]), [['orphan', 7]]);
  assert.throws(() => addAnnotation({ kind: 'person', start: 0, end: 1 }, ''), RangeError);
  const empty = new MemoryFileSystem({ 'c/b.txt': '' });
  assert.deepEqual((await new SidecarStore(empty).load('c/b.txt', '')).problems, []);
});

test('a 50 MB article: tagging near both ends, re-loading and re-anchoring after an edit all work', async () => {
  // Numbered lines keep every sentence's context unique, as real articles are.
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 50_000_000; i++) {
    const line = `قال الرئيس فلاديمير بوتين ${i} في موسكو اليوم إن المحادثات مع الصين كانت مثمرة.\n`;
    lines.push(line);
    size += line.length;
  }
  const text = lines.join('');
  lines.length = 0;
  assert.ok(text.length >= 50_000_000);
  const cpOf = (u: number): number => u; // the text has no astral characters
  const lastStart = cpOf(text.lastIndexOf('بوتين'));
  const fs = new MemoryFileSystem({ 'c/big.txt': 'x' });
  const store = new SidecarStore(fs);
  await store.update('c/big.txt', text, addAnnotation({ kind: 'person', start: 20, end: 25 }, text), addAnnotation({ kind: 'person', start: lastStart, end: lastStart + 5 }, text));
  const r = await store.load('c/big.txt', text);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.sidecar.annotations.map((a) => a.text), ['بوتين', 'بوتين']);
  const edited = 'عاجل: ' + text;
  const moved = await store.load('c/big.txt', edited);
  assert.deepEqual(moved.sidecar.annotations.map((a) => a.start), [26, lastStart + 6]);
  assert.equal(moved.reanchor?.moved.length, 2);
});
