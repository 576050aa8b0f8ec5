import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from './memfs';
import {
  SidecarStore, SidecarWriteRefused, addAnnotation, addRelation, addTags, rejectSuggestion, removeAnnotation, setNotes, setStatus, setTags, updateAnnotation, isRejected,
} from '../../core/sidecar/store';
import { parseSidecar } from '../../core/sidecar/codec';
import { OffsetConverter } from '../../core/text/offsets';

const ARTICLE = 'قال الرئيس الروسي فلاديمير بوتين في موسكو إن المحادثات مع الصين كانت مثمرة.';
const cp = (s: string, needle: string): number => [...s.slice(0, s.indexOf(needle))].length;
const span = (s: string, needle: string): { start: number; end: number } => ({ start: cp(s, needle), end: cp(s, needle) + [...needle].length });

function setup(files: Record<string, string> = {}): { fs: MemoryFileSystem; store: SidecarStore } {
  const fs = new MemoryFileSystem({ 'c/a.txt': ARTICLE, ...files });
  return { fs, store: new SidecarStore(fs, { kinds: ['person', 'place', 'organization'] }) };
}

test('a missing sidecar loads as empty and is not created by a change that changes nothing', async () => {
  const { fs, store } = setup();
  const r = await store.load('c/a.txt', ARTICLE);
  assert.equal(r.exists, false);
  assert.equal(r.sidecar.annotations.length, 0);
  await store.update('c/a.txt', ARTICLE, removeAnnotation('a-nothing'));
  assert.equal(fs.files.has('c/a.yaml'), false);
});

test('addAnnotation measures quote and context; the file is written and reads back', async () => {
  const { fs, store } = setup();
  const s = await store.update('c/a.txt', ARTICLE, addAnnotation({ kind: 'person', ...span(ARTICLE, 'بوتين'), entity: 'vladimir-putin', annotator: 'lina' }, ARTICLE));
  const a = s.annotations[0];
  assert.equal(a.text, 'بوتين');
  assert.match(a.id, /^a-[a-z2-7]{10}$/);
  assert.equal(a.prefix, [...ARTICLE.slice(0, ARTICLE.indexOf('بوتين'))].slice(-24).join(''));
  assert.equal([...a.prefix].length, 24);
  assert.equal(a.suffix, [...ARTICLE.slice(ARTICLE.indexOf('بوتين') + 5)].slice(0, 24).join(''));
  const onDisk = fs.text('c/a.yaml')!;
  assert.ok(onDisk.includes('text: بوتين'));
  const loaded = await store.load('c/a.txt', ARTICLE);
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.sidecar, s);
  assert.equal(loaded.reanchor, undefined, 'same text: nothing to re-anchor');
  // No temporary files are left behind.
  assert.deepEqual([...fs.files.keys()].sort(), ['c/a.txt', 'c/a.yaml']);
});

test('each pure update does what it says, and a no-op update does not rewrite the file', async () => {
  const { fs, store } = setup();
  const put = addAnnotation({ kind: 'person', ...span(ARTICLE, 'بوتين') }, ARTICLE);
  const moscow = addAnnotation({ kind: 'place', ...span(ARTICLE, 'موسكو'), id: 'a-moscowmosc' }, ARTICLE);
  let s = await store.update('c/a.txt', ARTICLE, put, put, moscow, setStatus('in-progress'), setTags(['سياسة', 'سياسة']), addTags('روسيا', 'سياسة'), setNotes('مراجعة'));
  assert.equal(s.annotations.length, 2, 'the same tag twice is kept once');
  assert.deepEqual(s.tags, ['سياسة', 'روسيا']);
  assert.equal(s.status, 'in-progress');
  const putin = s.annotations.find((a) => a.kind === 'person')!;
  s = await store.update('c/a.txt', ARTICLE, addRelation({ type: 'located-in', from: putin.id, to: 'a-moscowmosc' }), rejectSuggestion({ text: 'الصين', kind: 'place' }),
    updateAnnotation(putin.id, { entity: 'vladimir-putin', note: 'رئيس', attributes: { role: 'speaker' } }));
  assert.equal(s.relations.length, 1);
  assert.ok(isRejected(s, { text: 'الصين', kind: 'place', start: 3, end: 8 }));
  assert.equal(s.annotations.find((a) => a.id === putin.id)!.entity, 'vladimir-putin');
  const before = fs.files.get('c/a.yaml')!.mtime;
  await store.update('c/a.txt', ARTICLE, setStatus('in-progress'));
  assert.equal(fs.files.get('c/a.yaml')!.mtime, before, 'nothing changed, nothing written');
  s = await store.update('c/a.txt', ARTICLE, updateAnnotation(putin.id, { entity: null, ...span(ARTICLE, 'فلاديمير بوتين') }, ARTICLE), removeAnnotation('a-moscowmosc'));
  assert.equal(s.annotations.length, 1);
  assert.equal(s.annotations[0].text, 'فلاديمير بوتين');
  assert.equal(s.annotations[0].entity, undefined);
  assert.equal(s.relations.length, 0, 'relations to a removed annotation go with it');
  assert.deepEqual(parseSidecar(fs.text('c/a.yaml')!, 'c/a.yaml').sidecar, s);
});

test('addAnnotation refuses spans outside the article', () => {
  assert.throws(() => addAnnotation({ kind: 'person', start: 5, end: 1000 }, ARTICLE), RangeError);
  assert.throws(() => addAnnotation({ kind: 'person', start: 5, end: 4 }, ARTICLE), RangeError);
});

test('an emoji before an Arabic name: offsets count code points, the quote is exact', async () => {
  const text = 'قال 😀 بوتين اليوم';
  const { fs, store } = setup({ 'c/e.txt': text });
  const s = await store.update('c/e.txt', text, addAnnotation({ kind: 'person', start: 6, end: 11 }, text));
  assert.equal(s.annotations[0].text, 'بوتين');
  assert.equal(s.annotations[0].prefix, 'قال 😀 ');
  assert.equal(s.text!.length, 17);
  const conv = new OffsetConverter(text);
  assert.equal(text.slice(conv.toUtf16(6), conv.toUtf16(11)), 'بوتين');
  assert.ok(fs.text('c/e.yaml')!.includes('start: 6'));
  const loaded = await store.load('c/e.txt', text);
  assert.deepEqual(loaded.problems, []);
});

test('CRLF line endings: offsets count the \\r and survive a round trip', async () => {
  const text = 'السطر الأول\r\nقال بوتين\r\nالسطر الثالث';
  const { store } = setup({ 'c/crlf.txt': text });
  const start = [...text].indexOf('ب');
  assert.equal(start, 17, 'the \\r counts as one code point');
  const s = await store.update('c/crlf.txt', text, addAnnotation({ kind: 'person', start, end: start + 5 }, text));
  assert.equal(s.annotations[0].text, 'بوتين');
  assert.equal(s.annotations[0].suffix.startsWith('\r\n'), true);
  const loaded = await store.load('c/crlf.txt', text);
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.sidecar, s);
});

test('a write that finds the file changed since it was read re-reads and re-applies, keeping both', async () => {
  const { fs, store } = setup();
  await store.update('c/a.txt', ARTICLE, addAnnotation({ kind: 'person', ...span(ARTICLE, 'بوتين'), id: 'a-putinputin' }, ARTICLE));
  let interfered = false;
  fs.onRead = async (p) => {
    if (p !== 'c/a.yaml' || interfered) return;
    interfered = true;
    // Another writer (another window, git checkout) lands between our read and our write.
    const twin = new SidecarStore(Object.assign(Object.create(Object.getPrototypeOf(fs)), fs, { onRead: undefined }));
    await twin.update('c/a.txt', ARTICLE, addAnnotation({ kind: 'place', ...span(ARTICLE, 'موسكو'), id: 'a-moscowmosc' }, ARTICLE));
  };
  const s = await store.update('c/a.txt', ARTICLE, addAnnotation({ kind: 'place', ...span(ARTICLE, 'الصين'), id: 'a-chinachina' }, ARTICLE));
  assert.ok(interfered);
  assert.deepEqual(s.annotations.map((a) => a.id).sort(), ['a-chinachina', 'a-moscowmosc', 'a-putinputin']);
  const onDisk = parseSidecar(fs.text('c/a.yaml')!, 'c/a.yaml').sidecar!;
  assert.deepEqual(onDisk.annotations.map((a) => a.id).sort(), ['a-chinachina', 'a-moscowmosc', 'a-putinputin']);
});

test('concurrent updates in one process are serialised, none is lost', async () => {
  const { fs, store } = setup();
  const words = ['قال', 'الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'موسكو', 'المحادثات', 'الصين'];
  await Promise.all(words.map((w) => store.update('c/a.txt', ARTICLE, addAnnotation({ kind: 'person', ...span(ARTICLE, w) }, ARTICLE))));
  assert.equal(parseSidecar(fs.text('c/a.yaml')!, 'c/a.yaml').sidecar!.annotations.length, words.length);
});

test('a read-only sidecar (newer version) is loaded for display but never written', async () => {
  const newer = 'version: 2\nstatus: done\nannotations:\n  - id: a-1\n    kind: person\n    start: 0\n    end: 3\n    text: قال\n';
  const { fs, store } = setup({ 'c/a.yaml': newer });
  const r = await store.load('c/a.txt', ARTICLE);
  assert.equal(r.readOnly, true);
  assert.equal(r.sidecar.annotations.length, 1);
  assert.match(r.problems[0].message, /upgrade/);
  await assert.rejects(store.update('c/a.txt', ARTICLE, setStatus('todo')), SidecarWriteRefused);
  assert.equal(fs.text('c/a.yaml'), newer);
});

test('a rejection at a span keeps its context and follows its words when the article is edited', async () => {
  // الصين twice: the first is turned down, the second is not.
  const text = 'وصل وفد من الصين إلى موسكو. وقال إن الصين شريك.';
  const { fs, store } = setup({ 'c/a.txt': text });
  const first = span(text, 'الصين');
  const second = { start: [...text.slice(0, text.lastIndexOf('الصين'))].length, end: [...text.slice(0, text.lastIndexOf('الصين'))].length + 5 };
  await store.update('c/a.txt', text, rejectSuggestion({ text: 'الصين', kind: 'place', entity: 'china', ...first }, text));
  const onDisk = parseSidecar(fs.text('c/a.yaml')!, 'c/a.yaml').sidecar?.rejected;
  assert.deepEqual(onDisk, [{ text: 'الصين', kind: 'place', entity: 'china', ...first, prefix: 'وصل وفد من ', suffix: text.slice(text.indexOf('الصين') + 5, text.indexOf('الصين') + 29) }]);

  // A headline above moves every offset; the rejection moves with its words, not to the other الصين.
  const edited = 'عاجل: زيارة رسمية\n' + text;
  const shift = [...'عاجل: زيارة رسمية\n'].length;
  const loaded = await store.load('c/a.txt', edited);
  assert.deepEqual(loaded.problems, []);
  assert.ok(isRejected(loaded.sidecar, { text: 'الصين', kind: 'place', entity: 'china', start: first.start + shift, end: first.end + shift }));
  assert.ok(!isRejected(loaded.sidecar, { text: 'الصين', kind: 'place', entity: 'china', start: second.start + shift, end: second.end + shift }), 'the other الصين is still offered');
  assert.ok(!isRejected(loaded.sidecar, { text: 'الصين', kind: 'place', entity: 'china', ...first }), 'the old offsets no longer hold it');

  // The next write records the new place, and the file reads back the same.
  const s = await store.update('c/a.txt', edited, setStatus('in-progress'));
  assert.equal(s.rejected[0].start, first.start + shift);
  assert.deepEqual(parseSidecar(fs.text('c/a.yaml')!, 'c/a.yaml').sidecar?.rejected, s.rejected);
});

test('a rejection is never moved onto words it was not given for: one without context, or whose words are gone, stays as it was', async () => {
  const text = 'وصل وفد من الصين إلى موسكو. وقال إن الصين شريك.';
  const first = span(text, 'الصين');
  const legacy = `version: 1\ntext:\n  hash: sha256:${'0'.repeat(64)}\n  length: 3\nrejected:\n  - text: الصين\n    kind: place\n    start: ${first.start}\n    end: ${first.end}\n`;
  const { store } = setup({ 'c/a.txt': text, 'c/a.yaml': legacy });
  const old = await store.load('c/a.txt', 'مقدمة. ' + text);
  assert.deepEqual(old.sidecar.rejected, [{ text: 'الصين', kind: 'place', ...first }], 'no context: left where it was');

  const { store: store2 } = setup({ 'c/a.txt': text });
  await store2.update('c/a.txt', text, rejectSuggestion({ text: 'الصين', kind: 'place', ...first }, text));
  const gone = await store2.load('c/a.txt', text.replace('من الصين إلى', 'إلى'));
  assert.equal(gone.sidecar.rejected.length, 1, 'the rejection is kept');
  assert.equal(gone.sidecar.rejected[0].start, first.start, 'and not moved to the other الصين');
  assert.throws(() => rejectSuggestion({ text: 'الصين', kind: 'place', start: 40, end: 90 }, text), RangeError);
});
