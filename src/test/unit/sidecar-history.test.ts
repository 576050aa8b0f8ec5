import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inverseChange, History } from '../../core/sidecar/history';
import { emptySidecar, type Sidecar } from '../../core/sidecar/model';
import { addAnnotation, addTags, rejectSuggestion, removeAnnotation, setStatus, updateAnnotation } from '../../core/sidecar/updates';

const text = 'قال بوتين في موسكو إن كيم جونغ أون زار روسيا';
const at = (s: string) => [...text.slice(0, text.indexOf(s))].length;
const span = (s: string) => ({ start: at(s), end: at(s) + [...s].length });

function apply(s: Sidecar, ...changes: Array<(s: Sidecar) => Sidecar>): Sidecar {
  return changes.reduce((acc, c) => c(acc), s);
}

test('undo takes back exactly one action, even after an unrelated later change', () => {
  const s0 = apply(emptySidecar(), addAnnotation({ kind: 'person', ...span('بوتين'), annotator: 'a' }, text));
  const putin = s0.annotations[0];
  // The action: tag موسكو, change بوتين's kind, add a topic tag, set status, reject a suggestion.
  const s1 = apply(s0,
    addAnnotation({ kind: 'place', ...span('موسكو'), annotator: 'a' }, text),
    updateAnnotation(putin.id, { kind: 'organization' }),
    addTags('روسيا'), setStatus('done'),
    rejectSuggestion({ text: 'روسيا', kind: 'place', start: at('روسيا'), end: at('روسيا') + 5 }));
  // Later, someone else tags كيم جونغ أون.
  const s2 = apply(s1, addAnnotation({ kind: 'person', ...span('كيم جونغ أون'), annotator: 'b' }, text));
  const undone = inverseChange(s0, s1)(s2);
  assert.deepEqual(undone.annotations.map((a) => [a.text, a.kind]).sort(), [['بوتين', 'person'], ['كيم جونغ أون', 'person']].sort());
  assert.deepEqual(undone.tags, []);
  assert.equal(undone.status, 'todo');
  assert.deepEqual(undone.rejected, []);
  // Redo is the inverse of the inverse.
  const redone = inverseChange(s1, s0)(undone);
  assert.deepEqual(redone.annotations.map((a) => [a.text, a.kind]).sort(), [['بوتين', 'organization'], ['كيم جونغ أون', 'person'], ['موسكو', 'place']].sort());
  assert.equal(redone.status, 'done');
});

test('undoing a removal puts the same annotation back, id and all', () => {
  const s0 = apply(emptySidecar(), addAnnotation({ kind: 'person', ...span('بوتين'), annotator: 'a' }, text));
  const s1 = apply(s0, removeAnnotation(s0.annotations[0].id));
  assert.deepEqual(inverseChange(s0, s1)(s1).annotations, s0.annotations);
});

test('History is a bounded undo/redo stack; a new action clears redo', () => {
  const h = new History<string>(2);
  const e = (label: string) => ({ label, sidecars: [{ key: 'k', before: emptySidecar(), after: emptySidecar() }] });
  h.push(e('1')); h.push(e('2')); h.push(e('3'));
  assert.equal(h.takeUndo()?.label, '3');
  assert.equal(h.takeUndo()?.label, '2');
  assert.equal(h.takeUndo(), undefined, 'the oldest fell off');
  assert.equal(h.takeRedo()?.label, '2');
  h.push(e('4'));
  assert.equal(h.canRedo, false);
  h.push({ label: 'nothing', sidecars: [] });
  assert.equal(h.peekUndo()?.label, '4');
});
