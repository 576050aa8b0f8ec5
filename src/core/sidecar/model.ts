/**
 * Sidecar schema v1: what annotators said about one article, stored next to it as
 * `name.yaml`. Offsets count Unicode code points of the article text without its BOM;
 * `end` is exclusive. `schemas/sidecar.schema.json` describes the same shape for YAML editors.
 */

export const SIDECAR_VERSION = 1 as const;

export const STATUSES = ['todo', 'in-progress', 'done'] as const;
export type Status = (typeof STATUSES)[number];

/** How many code points of context `prefix` and `suffix` keep (as a W3C TextQuoteSelector). */
export const CONTEXT_LENGTH = 24;

/** Identifies the exact article text that the offsets were measured against. */
export interface TextFingerprint {
  /** `sha256:<64 lowercase hex>` of the UTF-8 bytes of the text, BOM excluded. */
  readonly hash: string;
  /** Length of the text in code points. */
  readonly length: number;
}

export type AttributeValue = string | number | boolean;

export interface Fragment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Annotation {
  /** Random and stable (`a-` + 10 base32 characters); never derived from position. */
  readonly id: string;
  readonly kind: string;
  /** Knowledge-base entity this mention refers to. */
  readonly entity?: string;
  readonly start: number;
  readonly end: number;
  /** The exact quote `article[start, end)`. */
  readonly text: string;
  /** Up to CONTEXT_LENGTH code points before `start`. */
  readonly prefix: string;
  /** Up to CONTEXT_LENGTH code points after `end`. */
  readonly suffix: string;
  readonly annotator: string;
  /** ISO 8601 time. */
  readonly created: string;
  readonly note?: string;
  /** Discontinuous spans; `start`/`end`/`text` then cover the first to the last fragment. */
  readonly fragments?: readonly Fragment[];
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** Set when the article changed and the quote could not be placed again with confidence. */
  readonly orphan?: true;
  readonly orphanReason?: string;
}

/** What a caller supplies; the store measures the quote and context and assigns the rest. */
export interface NewAnnotation {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly entity?: string;
  readonly annotator?: string;
  readonly note?: string;
  readonly fragments?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** Given by importers that must keep an existing id; otherwise a fresh random one. */
  readonly id?: string;
  readonly created?: string;
}

/** A suggestion the annotator turned down, remembered so it is not offered again. */
export interface Rejected {
  readonly text: string;
  readonly kind: string;
  readonly entity?: string;
  readonly start?: number;
  readonly end?: number;
  /**
   * Up to `CONTEXT_LENGTH` code points either side of the span when it was turned down, so the
   * rejection follows its words when the article is edited, as a tag does. Absent on rejections
   * without a span and on those written before context was kept.
   */
  readonly prefix?: string;
  readonly suffix?: string;
}

/** What makes two rejections one: the same words, kind, entity and span (the context does not count). */
export function rejectedKey(r: Rejected): string {
  return JSON.stringify([r.text, r.kind, r.entity ?? null, r.start ?? null, r.end ?? null]);
}

export interface Relation {
  readonly id: string;
  readonly type: string;
  /** Annotation ids. */
  readonly from: string;
  readonly to: string;
}

export interface Sidecar {
  readonly version: typeof SIDECAR_VERSION;
  /** Absent until the first annotation measured the article. */
  readonly text?: TextFingerprint;
  readonly status: Status;
  /** Article-level topic labels. */
  readonly tags: readonly string[];
  readonly notes?: string;
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
  readonly rejected: readonly Rejected[];
}

export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, status: 'todo', tags: [], annotations: [], relations: [], rejected: [] };
}

export interface SidecarProblem {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units of that line (what editors show). */
  readonly column: number;
  /** Stable machine code, e.g. `yaml-syntax`, `newer-version`, `duplicate-id`. */
  readonly code: string;
  /** Plain English. */
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A fresh id such as `a-k3v9q2mzxa`: 50 random bits, so two branches never pick the same one. */
export function newId(prefix: 'a' | 'r' = 'a', random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(10);
  let s = '';
  for (let i = 0; i < 10; i++) s += BASE32[bytes[i] & 31];
  return `${prefix}-${s}`;
}

function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  // Web Crypto exists in Node 20, browsers and the VS Code web host alike; Math.random is only a
  // last resort for exotic hosts, where ids still differ in practice.
  const c = (globalThis as { crypto?: { getRandomValues?(a: Uint8Array): Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(out);
  else for (let i = 0; i < n; i++) out[i] = Math.floor(Math.random() * 256);
  return out;
}
