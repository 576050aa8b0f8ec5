/**
 * Putting annotations back on their characters after the article changed.
 *
 * Every annotation carries its quote and ~24 code points of context on each side (as a W3C
 * TextQuoteSelector does), so it can be found again without knowing what the edit was. The rule
 * throughout: a tag that cannot be placed with confidence becomes an orphan, visible to the
 * annotator — it is never moved to a place that merely looks similar.
 */
import { OffsetConverter } from '../text/offsets';
import { fold, foldWithMap, unfoldRange, type Folded } from './fold';
import { CONTEXT_LENGTH, rejectedKey, type Annotation, type Rejected, type Sidecar } from './model';
import { fingerprint as computeFingerprint } from './fingerprint';

/** Beyond this many occurrences of a quote, context scoring stops being a useful signal. */
const MAX_OCCURRENCES = 50_000;
/** How far (UTF-16 units) either side of the predicted offset a tag is looked for before searching everywhere. */
const NEAR_WINDOW = 1 << 16;

export interface Moved {
  readonly id: string;
  readonly from: { readonly start: number; readonly end: number };
  readonly to: { readonly start: number; readonly end: number };
  /** `shift`: same quote and context at a shifted offset; `context`: picked among occurrences; `normalized`: spelling differs. */
  readonly how: 'shift' | 'context' | 'normalized';
}

export interface ReanchorReport {
  /** Annotations found exactly where they were. */
  readonly unchanged: number;
  readonly moved: readonly Moved[];
  /** Annotations that became orphans in this pass (earlier orphans are not listed). */
  readonly orphaned: ReadonlyArray<{ readonly id: string; readonly reason: string }>;
}

/** The quote and context of `[start, end)` in `text`, in code points. */
export function measure(text: string, start: number, end: number, conv: OffsetConverter = new OffsetConverter(text)): { text: string; prefix: string; suffix: string } {
  const s = conv.toUtf16(start);
  const e = conv.toUtf16(end);
  return {
    text: text.slice(s, e),
    prefix: text.slice(conv.toUtf16(Math.max(0, start - CONTEXT_LENGTH)), s),
    suffix: text.slice(e, conv.toUtf16(end + CONTEXT_LENGTH)),
  };
}

/**
 * Re-places every non-orphan annotation on `articleText` and stamps the sidecar with the text's
 * fingerprint. Runs in about O(annotations · log n) when most quotes kept their context; only
 * annotations near an edit search the text, once per distinct quote.
 */
export function reanchor(sidecar: Sidecar, articleText: string, conv: OffsetConverter = new OffsetConverter(articleText)): { sidecar: Sidecar; report: ReanchorReport } {
  const anchorer = new Anchorer(articleText, conv);
  const order = sidecar.annotations.map((_, i) => i).sort((i, j) => sidecar.annotations[i].start - sidecar.annotations[j].start);
  const out: Annotation[] = new Array(sidecar.annotations.length);
  const moved: Moved[] = [];
  const orphaned: Array<{ id: string; reason: string }> = [];
  let unchanged = 0;
  for (const i of order) {
    const a = sidecar.annotations[i];
    if (a.orphan) { out[i] = a; continue; }
    const r = anchorer.place(a);
    if ('reason' in r) {
      out[i] = { ...a, orphan: true, orphanReason: r.reason };
      orphaned.push({ id: a.id, reason: r.reason });
    } else if (r.start === a.start && r.end === a.end) {
      // Same place; refresh the context so the next edit is judged against today's text.
      const m = measure(articleText, r.start, r.end, conv);
      out[i] = m.text === a.text && m.prefix === a.prefix && m.suffix === a.suffix ? a : { ...a, text: m.text, prefix: m.prefix, suffix: m.suffix };
      unchanged++;
    } else {
      const m = measure(articleText, r.start, r.end, conv);
      const shift = r.start - a.start;
      out[i] = {
        ...a, start: r.start, end: r.end, text: m.text, prefix: m.prefix, suffix: m.suffix,
        ...(a.fragments ? { fragments: a.fragments.map((f) => ({ start: f.start + shift, end: f.end + shift, text: f.text })) } : {}),
      };
      moved.push({ id: a.id, from: { start: a.start, end: a.end }, to: { start: r.start, end: r.end }, how: r.how });
    }
  }
  const rejected = replaceRejected(sidecar.rejected, anchorer, articleText, conv);
  return {
    sidecar: { ...sidecar, text: computeFingerprint(articleText), annotations: out, ...(rejected ? { rejected } : {}) },
    report: { unchanged, moved, orphaned },
  };
}

/**
 * Moves the rejections that kept their context with their words, by the rules tags follow, so a
 * suggestion turned down stays turned down after an edit above it. A rejection that cannot be
 * placed is kept as it was (it then matches nothing, and the suggestion is offered again rather
 * than hidden somewhere it was never turned down); one without context is left alone. Undefined
 * when nothing moved.
 */
function replaceRejected(list: readonly Rejected[], anchorer: Anchorer, articleText: string, conv: OffsetConverter): Rejected[] | undefined {
  let changed = false;
  const order = list.map((_, i) => i).sort((i, j) => (list[i].start ?? -1) - (list[j].start ?? -1));
  const placed: Rejected[] = new Array(list.length);
  for (const i of order) {
    const r = list[i];
    placed[i] = r;
    if (r.start === undefined || r.end === undefined || (r.prefix === undefined && r.suffix === undefined)) continue;
    const p = anchorer.place({ start: r.start, end: r.end, text: r.text, prefix: r.prefix ?? '', suffix: r.suffix ?? '' });
    if ('reason' in p) continue;
    const m = measure(articleText, p.start, p.end, conv);
    if (p.start === r.start && p.end === r.end && m.text === r.text && m.prefix === (r.prefix ?? '') && m.suffix === (r.suffix ?? '')) continue;
    placed[i] = { ...r, start: p.start, end: p.end, text: m.text, prefix: m.prefix, suffix: m.suffix };
    changed = true;
  }
  if (!changed) return undefined;
  const out: Rejected[] = [];
  const seen = new Set<string>();
  for (const r of placed) {
    // Two rejections that landed on the same words are one.
    const key = rejectedKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** What placing needs of a tag or a rejection: its span, quote and context. */
type Quoted = Pick<Annotation, 'start' | 'end' | 'text' | 'prefix' | 'suffix' | 'fragments'>;

type Placement = { start: number; end: number; how: Moved['how'] } | { reason: string };

class Anchorer {
  private readonly cpLength: number;
  /** Offset change seen at the last annotation placed; neighbours usually share it. */
  private lastShift = 0;
  private readonly occurrences = new Map<string, number[]>();
  private folded?: Folded;
  private readonly foldedOccurrences = new Map<string, number[]>();

  constructor(private readonly text: string, private readonly conv: OffsetConverter) {
    this.cpLength = conv.codePointLength;
  }

  place(a: Quoted): Placement {
    const len = a.end - a.start;
    if (len < 0) return { reason: `its offsets are reversed (${a.start} > ${a.end})` };
    const expected = a.start + this.lastShift;
    for (const c of expected === a.start ? [a.start] : [expected, a.start]) {
      if (this.fitsExactly(a, c)) return this.accept(a, c, 'shift');
    }
    if (a.text.length === 0) return { reason: 'it marks an empty span whose context changed' };
    const near = this.searchNear(a, expected);
    if (near !== undefined) return this.accept(a, near, 'context');

    const found = this.search(a, expected);
    if ('start' in found || found.candidates > 0) {
      if ('start' in found) return this.accept(a, found.start, found.how);
      return { reason: found.reason };
    }
    // Spelling drift (hamza forms, ى/ي, ة/ه, diacritics, tatweel) only when the exact quote is gone.
    const viaFold = this.searchFolded(a, expected);
    if ('start' in viaFold) return viaFold;
    return { reason: (viaFold.candidates ?? 0) > 0 ? viaFold.reason : `its text "${clip(a.text)}" no longer appears in the article` };
  }

  private accept(a: Quoted, start: number, how: Moved['how']): Placement {
    const shift = start - a.start;
    if (a.fragments && !a.fragments.every((f) => this.quoteAt(f.text, f.start + shift))) {
      return { reason: 'a part of this discontinuous annotation changed' };
    }
    this.lastShift = shift;
    return { start, end: start + (a.end - a.start), how };
  }

  /** Quote at `cp` with the stored context intact on both sides. */
  private fitsExactly(a: Quoted, cp: number): boolean {
    if (cp < 0 || cp + (a.end - a.start) > this.cpLength) return false;
    const u = this.conv.toUtf16(cp);
    if (!this.text.startsWith(a.text, u)) return false;
    // The offsets must also agree with the quote's own length (astral characters count once).
    if (this.conv.toUtf16(cp + (a.end - a.start)) !== u + a.text.length) return false;
    const ue = u + a.text.length;
    return (a.prefix.length === 0 || (u >= a.prefix.length && this.text.startsWith(a.prefix, u - a.prefix.length)))
      && (a.suffix.length === 0 || this.text.startsWith(a.suffix, ue));
  }

  /**
   * The one place near `expected` where quote and full context still stand. This is the shift
   * rule with the shift found locally, so the first tag after an edit does not scan the whole
   * text (a common name can occur hundreds of thousands of times in a 50 MB article).
   */
  private searchNear(a: Quoted, expected: number): number | undefined {
    const u0 = this.conv.toUtf16(Math.max(0, expected));
    const hi = Math.min(this.text.length, u0 + NEAR_WINDOW);
    let found: number | undefined;
    for (let u = this.text.indexOf(a.text, Math.max(0, u0 - NEAR_WINDOW)); u >= 0 && u <= hi; u = this.text.indexOf(a.text, u + 1)) {
      const ue = u + a.text.length;
      if ((a.prefix.length === 0 || this.text.startsWith(a.prefix, u - a.prefix.length)) && u >= a.prefix.length && this.text.startsWith(a.suffix, ue)) {
        if (found !== undefined) return undefined;
        found = u;
      }
    }
    return found === undefined ? undefined : this.conv.toCodePoint(found);
  }

  private quoteAt(quote: string, cp: number): boolean {
    return cp >= 0 && cp <= this.cpLength && this.text.startsWith(quote, this.conv.toUtf16(cp));
  }

  private search(a: Quoted, expected: number): { start: number; how: Moved['how'] } | { candidates: number; reason: string } {
    let occ = this.occurrences.get(a.text);
    if (!occ) {
      occ = findAll(this.text, a.text);
      this.occurrences.set(a.text, occ);
    }
    const best = choose(occ, (u) => contextScore(this.text, u, u + a.text.length, a.prefix, a.suffix), a.prefix.length, a.suffix.length,
      (u) => this.conv.toCodePoint(u), expected);
    if ('u' in best) return { start: this.conv.toCodePoint(best.u), how: 'context' };
    return { candidates: occ.length, reason: best.reason(a.text) };
  }

  private searchFolded(a: Quoted, expected: number): Placement & { candidates?: number } {
    this.folded ??= foldWithMap(this.text);
    const f = this.folded;
    const quote = fold(a.text);
    if (quote.length === 0) return { reason: `its text "${clip(a.text)}" no longer appears in the article`, candidates: 0 };
    let occ = this.foldedOccurrences.get(quote);
    if (!occ) {
      occ = findAll(f.text, quote);
      this.foldedOccurrences.set(quote, occ);
    }
    const prefix = fold(a.prefix);
    const suffix = fold(a.suffix);
    const best = choose(occ, (u) => contextScore(f.text, u, u + quote.length, prefix, suffix), prefix.length, suffix.length,
      (u) => this.conv.toCodePoint(f.map[u]), expected);
    if (!('u' in best)) return { reason: best.reason(a.text), candidates: occ.length };
    const [s, e] = unfoldRange(this.text, f, best.u, best.u + quote.length);
    const start = this.conv.toCodePoint(s);
    const end = this.conv.toCodePoint(e);
    if (a.fragments) return { reason: 'a part of this discontinuous annotation changed its spelling' };
    this.lastShift = start - a.start;
    return { start, end, how: 'normalized' };
  }
}

/**
 * Picks the occurrence whose context matches best. Only occurrences with at least one side of
 * the stored context fully intact qualify (an edit touched at most one side of the tag); partial
 * context on both sides is what a different mention in a repetitive text looks like. The winner
 * must beat every other qualifier; a tie is settled only by an occurrence sitting exactly where
 * the neighbours' shift predicts.
 */
function choose(occ: readonly number[], context: (u: number) => [number, number], prefixLength: number, suffixLength: number, toCp: (u: number) => number, expected: number):
  { u: number } | { reason: (quote: string) => string } {
  if (occ.length === 0) return { reason: (q) => `its text "${clip(q)}" no longer appears in the article` };
  if (occ.length > MAX_OCCURRENCES) return { reason: (q) => `its text "${clip(q)}" occurs ${occ.length} times, too often to tell which one` };
  if (prefixLength + suffixLength === 0) {
    // Without stored context only a unique quote is safe.
    if (occ.length === 1) return { u: occ[0] };
    return { reason: (q) => `its text "${clip(q)}" occurs ${occ.length} times and it has no stored context to tell them apart` };
  }
  let best = -1;
  let bestScore = -1;
  let ties: number[] = [];
  for (const u of occ) {
    const [p, s] = context(u);
    if (!((prefixLength > 0 && p === prefixLength) || (suffixLength > 0 && s === suffixLength))) continue;
    const score = p + s;
    if (score > bestScore) { bestScore = score; best = u; ties = [u]; }
    else if (score === bestScore) ties.push(u);
  }
  if (best < 0) return { reason: (q) => `its text "${clip(q)}" occurs ${occ.length === 1 ? 'once' : `${occ.length} times`}, but not in its old context` };
  if (ties.length === 1) return { u: best };
  const exact = ties.find((u) => toCp(u) === expected);
  if (exact !== undefined) return { u: exact };
  return { reason: (q) => `its text "${clip(q)}" occurs ${ties.length} times in equally good context; cannot tell which one` };
}

/** Code units of stored context that still surround [u, ue): [common suffix with prefix, common prefix with suffix]. */
function contextScore(text: string, u: number, ue: number, prefix: string, suffix: string): [number, number] {
  let p = 0;
  while (p < prefix.length && u - 1 - p >= 0 && text.charCodeAt(u - 1 - p) === prefix.charCodeAt(prefix.length - 1 - p)) p++;
  let s = 0;
  while (s < suffix.length && ue + s < text.length && text.charCodeAt(ue + s) === suffix.charCodeAt(s)) s++;
  return [p, s];
}

function findAll(text: string, quote: string): number[] {
  const out: number[] = [];
  if (quote.length === 0) return out;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    out.push(i);
    if (out.length > MAX_OCCURRENCES) break;
  }
  return out;
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
