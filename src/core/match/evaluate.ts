/**
 * Scoring predicted mentions against gold ones. A prediction counts only when its span and its
 * kind both equal a gold mention's (the strict CoNLL rule): a span one letter off is both a false
 * positive and a false negative, because an annotator would have to fix it by hand.
 */

export interface Span {
  /** Code-point offset, inclusive. */
  readonly start: number;
  /** Code-point offset, exclusive. */
  readonly end: number;
  readonly kind: string;
  readonly text?: string;
}

export interface KindScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** 1 when nothing was predicted: no prediction was wrong. */
  readonly precision: number;
  /** 1 when there was nothing to find. */
  readonly recall: number;
  readonly f1: number;
}

export type ErrorType =
  /** Same span, other kind. */
  | 'wrong-kind'
  /** Overlaps a gold mention but starts or ends elsewhere. */
  | 'wrong-span'
  /** Predicted where gold has nothing. */
  | 'spurious'
  /** Gold mention nothing predicted overlaps. */
  | 'missed';

export interface EvalError {
  readonly type: ErrorType;
  readonly gold?: Span;
  readonly predicted?: Span;
}

export interface Evaluation {
  /** One entry per kind seen in gold or predictions, in first-seen order (gold first). */
  readonly byKind: ReadonlyMap<string, KindScore>;
  /** Micro-average over every kind. */
  readonly overall: KindScore;
  readonly errors: readonly EvalError[];
}

const key = (s: Span): string => `${s.start}:${s.end}:${s.kind}`;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function score(tp: number, fp: number, fn: number): KindScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores one document. Duplicate predictions of the same span and kind count once. */
export function evaluate(gold: readonly Span[], predicted: readonly Span[]): Evaluation {
  const goldKeys = new Set(gold.map(key));
  const seen = new Set<string>();
  const predictedUnique = predicted.filter((p) => {
    const k = key(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const predKeys = new Set(predictedUnique.map(key));

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bucket = (kind: string) => {
    let c = counts.get(kind);
    if (!c) counts.set(kind, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const errors: EvalError[] = [];

  for (const g of gold) {
    const c = bucket(g.kind);
    if (predKeys.has(key(g))) {
      c.tp++;
      continue;
    }
    c.fn++;
    const near = predictedUnique.filter((p) => overlaps(p, g));
    if (near.length === 0) errors.push({ type: 'missed', gold: g });
  }
  for (const p of predictedUnique) {
    const c = bucket(p.kind);
    if (goldKeys.has(key(p))) continue;
    c.fp++;
    const near = gold.find((g) => overlaps(p, g));
    if (!near) errors.push({ type: 'spurious', predicted: p });
    else if (near.start === p.start && near.end === p.end) errors.push({ type: 'wrong-kind', gold: near, predicted: p });
    else errors.push({ type: 'wrong-span', gold: near, predicted: p });
  }

  return finish(counts, errors);
}

/** Adds up several documents' evaluations (micro-average: every mention weighs the same). */
export function combine(evaluations: readonly Evaluation[]): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const errors: EvalError[] = [];
  for (const e of evaluations) {
    for (const [kind, s] of e.byKind) {
      const c = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      c.tp += s.tp;
      c.fp += s.fp;
      c.fn += s.fn;
      counts.set(kind, c);
    }
    errors.push(...e.errors);
  }
  return finish(counts, errors);
}

/** Micro-averaged score over a subset of kinds (e.g. person and place together). */
export function scoreOf(evaluation: Evaluation, kinds: readonly string[]): KindScore {
  let tp = 0, fp = 0, fn = 0;
  for (const k of kinds) {
    const s = evaluation.byKind.get(k);
    if (!s) continue;
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return score(tp, fp, fn);
}

function finish(counts: Map<string, { tp: number; fp: number; fn: number }>, errors: EvalError[]): Evaluation {
  const byKind = new Map<string, KindScore>();
  let tp = 0, fp = 0, fn = 0;
  for (const [kind, c] of counts) {
    byKind.set(kind, score(c.tp, c.fp, c.fn));
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { byKind, overall: score(tp, fp, fn), errors };
}

/** What a marked-up gold text holds: the plain text and its mentions. */
export interface MarkedText {
  readonly text: string;
  readonly mentions: Array<Span & { text: string }>;
}

/**
 * Reads gold written inline, `[[surface|kind]]`, as hand annotators find easiest to write and
 * to review: the plain text is the marked text with each `[[X|kind]]` replaced by X. Offsets
 * are code points of the plain text. A malformed or nested mark throws, naming its line.
 */
export function parseMarked(marked: string): MarkedText {
  const mentions: Array<Span & { text: string }> = [];
  let text = '';
  let cp = 0;
  let at = 0;
  const line = (i: number) => marked.slice(0, i).split('\n').length;
  for (;;) {
    const open = marked.indexOf('[[', at);
    const chunk = marked.slice(at, open < 0 ? undefined : open);
    if (chunk.includes(']]')) throw new Error(`line ${line(at + chunk.indexOf(']]'))}: "]]" without "[["`);
    text += chunk;
    cp += [...chunk].length;
    if (open < 0) break;
    const close = marked.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`line ${line(open)}: "[[" without "]]"`);
    const inner = marked.slice(open + 2, close);
    const bar = inner.lastIndexOf('|');
    if (bar <= 0 || inner.includes('[[') || inner.includes('\n')) throw new Error(`line ${line(open)}: malformed mark "[[${inner}]]"`);
    const surface = inner.slice(0, bar);
    const kind = inner.slice(bar + 1);
    if (!/^[a-z][a-z-]*$/.test(kind)) throw new Error(`line ${line(open)}: kind "${kind}" in "[[${inner}]]"`);
    const n = [...surface].length;
    mentions.push({ start: cp, end: cp + n, kind, text: surface });
    text += surface;
    cp += n;
    at = close + 2;
  }
  return { text, mentions };
}
