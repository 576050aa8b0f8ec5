import { normalizeKey } from '../text/normalize';
import type { OffsetConverter } from '../text/offsets';

/** A stretch of an article that names a person, place or organization. */
export interface Mention {
  /** Code-point offset into the original text, inclusive. */
  start: number;
  /** Code-point offset, exclusive. */
  end: number;
  /** The original text of the span, as written. */
  text: string;
  kind: string;
  /** Knowledge-base id, or `rule:<normalized name>` for a name found from context. */
  entity?: string;
  /** Who proposed it: the annotator (`tag`), the knowledge base, or a context rule. */
  source: 'tag' | 'gazetteer' | 'rule';
}

export const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * A context rule's mention of the text between UTF-16 offsets `from` and `to`; its entity is the
 * folded name unless `entity` says otherwise.
 */
export function ruleMention(text: string, conv: OffsetConverter, from: number, to: number, kind: string, entity?: string): Mention {
  const name = text.slice(from, to);
  return { start: conv.toCodePoint(from), end: conv.toCodePoint(to), text: name, kind, entity: entity ?? `rule:${normalizeKey(name)}`, source: 'rule' };
}
