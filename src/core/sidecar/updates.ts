/**
 * Pure changes to a sidecar, each `(s: Sidecar) => Sidecar`. Ids and times are fixed when the
 * change is created, not when it runs, so the store can re-apply a change after a concurrent
 * write without minting a second annotation.
 */
import { OffsetConverter } from '../text/offsets';
import { measure } from './reanchor';
import { newId, rejectedKey, type Annotation, type AttributeValue, type NewAnnotation, type Rejected, type Relation, type Sidecar, type Status } from './model';

export type Change = (s: Sidecar) => Sidecar;

function checkRange(start: number, end: number, conv: OffsetConverter): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > conv.codePointLength) {
    throw new RangeError(`span [${start}, ${end}) is not inside the article (0…${conv.codePointLength} code points)`);
  }
}

/**
 * Tags `[start, end)` of `articleText` (code points). Tagging the same span with the same kind
 * and entity twice is a no-op, so a double click never leaves two identical tags.
 */
export function addAnnotation(input: NewAnnotation, articleText: string): Change {
  const conv = new OffsetConverter(articleText);
  let start = input.start;
  let end = input.end;
  let fragments: Annotation['fragments'];
  if (input.fragments && input.fragments.length > 0) {
    const sorted = [...input.fragments].sort((a, b) => a.start - b.start);
    for (const f of sorted) checkRange(f.start, f.end, conv);
    start = sorted[0].start;
    end = Math.max(...sorted.map((f) => f.end));
    fragments = sorted.map((f) => ({ start: f.start, end: f.end, text: measure(articleText, f.start, f.end, conv).text }));
  }
  checkRange(start, end, conv);
  const m = measure(articleText, start, end, conv);
  const annotation: Annotation = {
    id: input.id ?? newId('a'),
    kind: input.kind,
    ...(input.entity !== undefined ? { entity: input.entity } : {}),
    start, end, text: m.text, prefix: m.prefix, suffix: m.suffix,
    ...(fragments ? { fragments } : {}),
    ...(input.attributes ? { attributes: { ...input.attributes } } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    annotator: input.annotator ?? '',
    created: input.created ?? new Date().toISOString(),
  };
  return (s) => {
    const same = s.annotations.some((a) => !a.orphan && a.start === start && a.end === end && a.kind === annotation.kind && a.entity === annotation.entity
      && JSON.stringify(a.fragments ?? null) === JSON.stringify(annotation.fragments ?? null));
    if (same || s.annotations.some((a) => a.id === annotation.id)) return s;
    return { ...s, annotations: [...s.annotations, annotation] };
  };
}

/** Removes an annotation and any relation that pointed at it. */
export function removeAnnotation(id: string): Change {
  return (s) => {
    if (!s.annotations.some((a) => a.id === id)) return s;
    return {
      ...s,
      annotations: s.annotations.filter((a) => a.id !== id),
      relations: s.relations.filter((r) => r.from !== id && r.to !== id),
    };
  };
}

export interface AnnotationPatch {
  readonly kind?: string;
  /** `null` removes the link to an entity. */
  readonly entity?: string | null;
  readonly note?: string | null;
  readonly attributes?: Readonly<Record<string, AttributeValue>> | null;
  /** A new span; needs the article text. Placing an orphan this way resolves it. */
  readonly start?: number;
  readonly end?: number;
}

export function updateAnnotation(id: string, patch: AnnotationPatch, articleText?: string): Change {
  let span: Pick<Annotation, 'start' | 'end' | 'text' | 'prefix' | 'suffix'> | undefined;
  if (patch.start !== undefined || patch.end !== undefined) {
    if (articleText === undefined || patch.start === undefined || patch.end === undefined) {
      throw new TypeError('moving an annotation needs both start and end and the article text');
    }
    const conv = new OffsetConverter(articleText);
    checkRange(patch.start, patch.end, conv);
    span = { start: patch.start, end: patch.end, ...measure(articleText, patch.start, patch.end, conv) };
  }
  return (s) => {
    const i = s.annotations.findIndex((a) => a.id === id);
    if (i < 0) return s;
    const { entity: _e, note: _n, attributes: _a, orphan: _o, orphanReason: _r, fragments: _f, ...rest } = s.annotations[i];
    const old = s.annotations[i];
    const pick = <K extends 'entity' | 'note' | 'attributes'>(k: K): Partial<Annotation> => {
      const v = patch[k] === undefined ? old[k] : patch[k];
      return v === null || v === undefined ? {} : { [k]: v };
    };
    const next: Annotation = {
      ...rest,
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...pick('entity'), ...pick('note'), ...pick('attributes'),
      ...(span ?? {}),
      // A new span replaces the fragments and resolves an orphan; otherwise both are kept.
      ...(!span && old.fragments ? { fragments: old.fragments } : {}),
      ...(!span && old.orphan ? { orphan: true as const, ...(old.orphanReason !== undefined ? { orphanReason: old.orphanReason } : {}) } : {}),
    };
    const annotations = [...s.annotations];
    annotations[i] = next;
    return { ...s, annotations };
  };
}

export function setTags(tags: readonly string[]): Change {
  const unique = [...new Set(tags)];
  return (s) => ({ ...s, tags: unique });
}

export function addTags(...tags: string[]): Change {
  return (s) => {
    const add = tags.filter((t, i) => !s.tags.includes(t) && tags.indexOf(t) === i);
    return add.length === 0 ? s : { ...s, tags: [...s.tags, ...add] };
  };
}

export function removeTags(...tags: string[]): Change {
  return (s) => ({ ...s, tags: s.tags.filter((t) => !tags.includes(t)) });
}

export function setStatus(status: Status): Change {
  return (s) => (s.status === status ? s : { ...s, status });
}

/** `undefined` or an empty string clears the notes. */
export function setNotes(notes: string | undefined): Change {
  return (s) => {
    const { notes: _old, ...rest } = s;
    return notes ? { ...rest, notes } : rest;
  };
}

/**
 * Remembers a suggestion the annotator turned down; the same rejection twice is kept once. With
 * the article's text, a rejection at a span also keeps the span's context, so it moves with its
 * words when the text is edited (see `reanchor`).
 */
export function rejectSuggestion(r: Rejected, articleText?: string): Change {
  let context: { prefix: string; suffix: string } | undefined;
  if (articleText !== undefined && r.start !== undefined && r.end !== undefined) {
    const conv = new OffsetConverter(articleText);
    checkRange(r.start, r.end, conv);
    const m = measure(articleText, r.start, r.end, conv);
    // A span whose words are not the suggestion's is remembered as before, without context.
    if (m.text === r.text) context = { prefix: m.prefix, suffix: m.suffix };
  }
  const clean: Rejected = {
    text: r.text, kind: r.kind,
    ...(r.entity !== undefined ? { entity: r.entity } : {}),
    ...(r.start !== undefined ? { start: r.start } : {}),
    ...(r.end !== undefined ? { end: r.end } : {}),
    ...context,
  };
  const key = rejectedKey(clean);
  return (s) => (s.rejected.some((x) => rejectedKey(x) === key) ? s : { ...s, rejected: [...s.rejected, clean] });
}

export function unrejectSuggestion(r: Rejected): Change {
  const key = rejectedKey(r);
  return (s) => ({ ...s, rejected: s.rejected.filter((x) => rejectedKey(x) !== key) });
}

/** Whether a suggestion was turned down before: by its span when it was rejected with one, else anywhere. */
export function isRejected(s: Sidecar, suggestion: { text: string; kind: string; entity?: string; start?: number; end?: number }): boolean {
  return s.rejected.some((r) => r.text === suggestion.text && r.kind === suggestion.kind
    && (r.entity === undefined || r.entity === suggestion.entity)
    && (r.start === undefined || (r.start === suggestion.start && r.end === suggestion.end)));
}

export function addRelation(input: { type: string; from: string; to: string; id?: string }): Change {
  const relation: Relation = { id: input.id ?? newId('r'), type: input.type, from: input.from, to: input.to };
  return (s) => {
    const ids = new Set(s.annotations.map((a) => a.id));
    if (!ids.has(relation.from) || !ids.has(relation.to)) {
      throw new RangeError(`a relation needs two annotations of this sidecar (${relation.from} → ${relation.to})`);
    }
    if (s.relations.some((r) => r.id === relation.id || (r.type === relation.type && r.from === relation.from && r.to === relation.to))) return s;
    return { ...s, relations: [...s.relations, relation] };
  };
}

export function removeRelation(id: string): Change {
  return (s) => ({ ...s, relations: s.relations.filter((r) => r.id !== id) });
}
