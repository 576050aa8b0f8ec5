/** The knowledge base: the entities a corpus talks about, and the names they go by. */

/** The three kinds every corpus has; a user's `entities.yaml` may add its own. */
export const BUILTIN_KINDS = ['person', 'place', 'organization'] as const;
export type EntityKind = (typeof BUILTIN_KINDS)[number] | (string & {});

export interface Entity {
  /** Stable id, lowercase ASCII with dashes (`vladimir-putin`); never reused for another entity. */
  readonly id: string;
  readonly kind: EntityKind;
  /** The Arabic name shown to annotators. */
  readonly name: string;
  /** Other spellings in real use (Arabic or Latin); the matcher also finds their variants. */
  readonly aliases: readonly string[];
  /** English name. */
  readonly en?: string;
  /** One short line. */
  readonly description?: string;
  /** Wikidata id such as `Q7747`. */
  readonly wikidata?: string;
  readonly links?: readonly string[];
  /** Where the entry came from: `builtin:<list>` or the path of the user's `entities.yaml`. */
  readonly origin?: string;
}

export interface KnowledgeBase {
  readonly entities: ReadonlyMap<string, Entity>;
}
