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
