/**
 * The knowledge-base matcher: every name and alias of every entity, compiled into a trie over
 * folded words, walked in one pass over an article.
 *
 * Why a token trie and not a RegExp alternation: the alternation backtracks through thousands
 * of branches at every position, and rebuilding it for each knowledge-base edit is slow. Here a
 * word is folded and hashed while it is read (no per-word strings), looked up once, and only
 * words that occur in some name ever reach the trie.
 *
 * Span rules follow the annotation guidelines: proclitics (و ف ب ل ك, and two of them: وب، فل …)
 * stay outside; ل before a name with the article (للولايات) leaves only that ل outside
 * (لولايات المتحدة); the article is never added to a name that lacks it; the longest name wins
 * and names never overlap.
 */
import type { Entity } from '../kb/types';
import { FOLD_TABLE as FOLD_IMPORT, normalizeKey } from '../text/normalize';
import { CHAR_CLASS as CLASS_IMPORT, CharClass, tokenize } from '../text/tokenize';
import type { Mention } from './mention';

// Imported bindings compile to getter calls under per-file transpilers; the hot loop reads
// these module constants instead.
const FOLD_TABLE = FOLD_IMPORT;
const CHAR_CLASS = CLASS_IMPORT;
const ARABIC: number = CharClass.Arabic;
const MARK: number = CharClass.Mark;
const LATIN: number = CharClass.Latin;
const DIGIT: number = CharClass.Digit;
const INVISIBLE: number = CharClass.Invisible;
const SPACE: number = CharClass.Space;
const HYPHEN: number = CharClass.Hyphen;
const HIGH_SURROGATE: number = CharClass.HighSurrogate;

/**
 * Bits 24-26 of a TABLE entry: the code unit continues an Arabic, Latin or digit word. The word
 * loop then tests one bit per letter instead of comparing classes.
 */
const IN_ARABIC = 1 << 24;
const IN_LATIN = 1 << 25;
const IN_DIGITS = 1 << 26;

/**
 * Class (bits 16-23), the word classes the code unit continues (24-26) and its folded code unit
 * (low 16, 0 when dropped) of every code unit, in one load.
 */
const TABLE = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const cls = CHAR_CLASS[c];
  let f = FOLD_TABLE[c];
  if (cls === LATIN && ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) f = c + 0x20;
  if (cls === MARK || cls === INVISIBLE) f = 0;
  // Invisible controls never split a word; marks belong only to an Arabic one.
  let cont = cls === INVISIBLE ? IN_ARABIC | IN_LATIN | IN_DIGITS : 0;
  if (cls === ARABIC || cls === MARK) cont |= IN_ARABIC;
  if (cls === LATIN) cont |= IN_LATIN;
  if (cls === DIGIT) cont |= IN_DIGITS;
  TABLE[c] = cont | (cls << 16) | f;
}

const HASH_BASE = 0x01000193;
const GOLDEN = 0x9e3779b1 | 0;
/** Words longer than this are never names; they are skipped rather than hashed into a buffer. */
const MAX_WORD = 64;

const POW = new Int32Array(MAX_WORD + 2);
POW[0] = 1;
for (let k = 1; k < POW.length; k++) POW[k] = Math.imul(POW[k - 1], HASH_BASE);

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const KAF = 0x0643;
const GHAIN = 0x063a;
const JEEM = 0x062c;

/** A one-word name shorter than this is too likely an ordinary word (لي، في) to suggest. */
const MIN_SINGLE_WORD = 3;

function hashKey(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** Folding used for keys: Arabic normalization plus Latin lower case. */
function foldUnit(c: number): number {
  return TABLE[c] & 0xffff;
}

/** Folded words of a name as the scanner would see them in running text. */
function nameWords(name: string): string[] {
  const words: string[] = [];
  for (const t of tokenize(name)) {
    if (t.kind === 'punct') continue;
    let w = '';
    for (let i = t.start; i < t.end; i++) {
      const c = name.charCodeAt(i);
      const cls = CHAR_CLASS[c];
      if (cls === INVISIBLE) continue;
      const f = foldUnit(c);
      if (f !== 0) w += String.fromCharCode(f);
    }
    if (w.length > 0) words.push(w);
  }
  return words;
}

const isArabicWord = (w: string): boolean => CHAR_CLASS[w.charCodeAt(0)] === ARABIC;

/** غ and ج both write a foreign "g" (جونغ/جونج، شويغو/شويجو); every mix of the two. */
function gVariants(w: string): string[] {
  let out = [w];
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w.charCodeAt(i);
    if (c !== GHAIN && c !== JEEM) continue;
    const other = String.fromCharCode(c === GHAIN ? JEEM : GHAIN);
    out = out.concat(out.map((v) => v.slice(0, i) + other + v.slice(i + 1)));
  }
  return out;
}

/** A doubled consonant is also written once (ميللر/ميلر); the article's لل is left alone. */
function collapseDoubles(w: string): string {
  const from = w.startsWith('ال') ? 3 : 1;
  let out = w.slice(0, from);
  for (let i = from; i < w.length; i++) if (w[i] !== w[i - 1]) out += w[i];
  return out;
}

/** Spellings of one name as word sequences: the name itself first. */
function nameVariants(words: string[], gSound: boolean): string[][] {
  const perWord = words.map((w) => {
    if (!isArabicWord(w)) return [w];
    const set = new Set<string>(gSound ? gVariants(w) : [w]);
    for (const v of [...set]) set.add(collapseDoubles(v));
    return [...set];
  });
  let seqs: string[][] = [[]];
  for (const options of perWord) {
    const next: string[][] = [];
    for (const s of seqs) for (const o of options) if (next.length < 64) next.push([...s, o]);
    seqs = next;
  }
  // Compound names are also written run together (بيونغ يانغ/بيونغيانغ).
  const joined: string[][] = [];
  for (const s of seqs) {
    for (let i = 0; i + 1 < s.length && joined.length < 64; i++) {
      if (isArabicWord(s[i]) && isArabicWord(s[i + 1]) && !s[i + 1].startsWith('ال') && s[i].length >= 2 && s[i + 1].length >= 2) {
        joined.push([...s.slice(0, i), s[i] + s[i + 1], ...s.slice(i + 2)]);
      }
    }
  }
  return seqs.concat(joined);
}

/** Whether a name's غ/ج may be a "g" sound: its English name says so, or there is none to ask. */
function hasGSound(e: Entity): boolean {
  return e.en === undefined ? true : /g/i.test(e.en);
}

/** Open-addressing map (state, word) → state in one interleaved array: [from, word, next + 1]. */
class Transitions {
  bits = 10;
  size = 0;
  slots = new Int32Array(3 << 10);

  get(from: number, word: number): number {
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    let slot = transSlot(from, word, this.bits);
    for (;;) {
      const at = slot * 3;
      const next = slots[at + 2];
      if (next === 0) return -1;
      if (slots[at] === from && slots[at + 1] === word) return next - 1;
      slot = (slot + 1) & mask;
    }
  }

  set(from: number, word: number, next: number): void {
    if ((this.size + 1) * 2 > 1 << this.bits) this.rehash();
    this.place(from, word, next);
    this.size++;
  }

  private place(from: number, word: number, next: number): void {
    const mask = (1 << this.bits) - 1;
    let slot = transSlot(from, word, this.bits);
    while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
    this.slots[slot * 3] = from;
    this.slots[slot * 3 + 1] = word;
    this.slots[slot * 3 + 2] = next + 1;
  }

  private rehash(): void {
    const old = this.slots;
    this.bits++;
    this.slots = new Int32Array(3 << this.bits);
    for (let at = 0; at < old.length; at += 3) if (old[at + 2] !== 0) this.place(old[at], old[at + 1], old[at + 2] - 1);
  }
}

class Builder {
  readonly vocab = new Map<string, number>();
  readonly words: string[] = [];
  readonly trans = new Transitions();
  /** Per state: entity index + 1, or 0. */
  readonly accept: number[] = [0];
  /** Per state: how direct the accepted spelling is (0 name, 1 alias, 2 generated variant). */
  readonly acceptRank: number[] = [0];
  states = 1;

  wordId(w: string): number {
    let id = this.vocab.get(w);
    if (id === undefined) {
      id = this.words.length;
      this.vocab.set(w, id);
      this.words.push(w);
    }
    return id;
  }

  add(seq: readonly string[], entity: number, rank: number): void {
    if (seq.length === 0 || seq.some((w) => w.length > MAX_WORD)) return;
    if (seq.length === 1 && seq[0].length < MIN_SINGLE_WORD) return;
    let s = 0;
    for (const w of seq) {
      const word = this.wordId(w);
      let next = this.trans.get(s, word);
      if (next < 0) {
        next = this.states++;
        this.trans.set(s, word, next);
        this.accept.push(0);
        this.acceptRank.push(0);
      }
      s = next;
    }
    if (this.accept[s] === 0 || rank < this.acceptRank[s]) {
      this.accept[s] = entity + 1;
      this.acceptRank[s] = rank;
    }
  }
}

function tableBits(n: number): number {
  let bits = 4;
  while (1 << bits < n * 2) bits++;
  return bits;
}

/**
 * A bit per hash bucket, 128 KB: small enough to stay in cache, so the many words of a text
 * that are in no name are turned away without touching the larger word table.
 */
const FILTER_BITS = 20;
const SLOT = 8;
const INLINE = 8;
const FILTER_MUL = 0x2c1b3c6d;
/** Letters a proclitic can be (و ف ب ل ك), by code unit. */
const CLITIC_START = new Uint8Array(0x10000);
for (const c of [WAW, FEH, BEH, LAM, KAF]) CLITIC_START[c] = 1;

const filterIndex = (h: number): number => Math.imul(h, FILTER_MUL) >>> (32 - FILTER_BITS);

const inFilter = (filter: Int32Array, h: number): boolean => {
  const f = Math.imul(h, FILTER_MUL) >>> (32 - FILTER_BITS);
  return (filter[f >>> 5] & (1 << (f & 31))) !== 0;
};

/**
 * Whether some proclitic reading of an Arabic word of `klen` (≥ 3) folded letters and hash `h`,
 * first folded letter `c0`, can be a known word. Conservative: a yes is checked again in full.
 * Most words starting with و ف ب ل ك are ordinary words, and this keeps them off the slow path.
 */
function cliticMayHit(filter: Int32Array, text: string, wordStart: number, c0: number, klen: number, h: number): boolean {
  const h1 = (h - Math.imul(c0, POW[klen - 1])) | 0;
  if (inFilter(filter, h1) || (c0 === LAM && inFilter(filter, (Math.imul(ALEF, POW[klen - 1]) + h1) | 0))) return true;
  if ((c0 !== WAW && c0 !== FEH) || klen < 4) return false;
  // The second letter is almost always the next code unit; a mark or dropped hamza there is
  // left to the full check.
  const c1 = TABLE[text.charCodeAt(wordStart + 1)] & 0xffff;
  if (c1 === 0) return true;
  if (c1 !== BEH && c1 !== LAM && c1 !== KAF) return false;
  const h2 = (h - Math.imul((Math.imul(c0, HASH_BASE) + c1) | 0, POW[klen - 2])) | 0;
  return inFilter(filter, h2) || (c1 === LAM && inFilter(filter, (Math.imul(ALEF, POW[klen - 2]) + h2) | 0));
}

/** Growable scratch arrays for the words of one scan that occur in some name. */
class Hits {
  n = 0;
  cap = 0;

  /** Makes room for at least `expected` words, keeping what is stored. */
  reserve(expected: number): void {
    if (this.cap < expected) this.grow(expected);
  }

  ord = new Int32Array(0);
  gapOk = new Uint8Array(0);
  end16 = new Int32Array(0);
  endCp = new Int32Array(0);
  /** Word id of the whole word, or -1. */
  full = new Int32Array(0);
  /** Up to four readings of the word as a name's first word: id, start (UTF-16, code points), folded length. */
  candTok = new Int32Array(0);
  candStart16 = new Int32Array(0);
  candStartCp = new Int32Array(0);
  candLen = new Int32Array(0);

  grow(atLeast = 0): void {
    const cap = Math.max(64, this.cap * 2, atLeast);
    const g32 = (a: Int32Array, k = 1) => { const b = new Int32Array(cap * k); b.set(a); return b; };
    this.ord = g32(this.ord);
    const gap = new Uint8Array(cap); gap.set(this.gapOk); this.gapOk = gap;
    this.end16 = g32(this.end16);
    this.endCp = g32(this.endCp);
    this.full = g32(this.full);
    this.candTok = g32(this.candTok, 4);
    this.candStart16 = g32(this.candStart16, 4);
    this.candStartCp = g32(this.candStartCp, 4);
    this.candLen = g32(this.candLen, 4);
    this.cap = cap;
  }
}

export class Gazetteer {
  /** Number of entities compiled in. */
  readonly size: number;
  private readonly byId: ReadonlyMap<string, Entity>;
  private readonly vBits: number;
  /**
   * Word table, SLOT ints per slot: hash, id + 1 (0: empty), length, the first INLINE letters
   * packed two per int, and where the rest of the letters start in `pool`. A lookup that hits
   * reads one cache line in the common case.
   */
  private readonly vSlots: Int32Array;
  private readonly filter: Int32Array;
  private readonly pool: Uint16Array;
  private readonly trans: Transitions;
  private readonly accept: Int32Array;
  /** State reached from the root by each word, or -1: most lookups are first words. */
  private readonly root: Int32Array;
  /** 1 for states with a longer name beyond them. */
  private readonly hasKids: Uint8Array;
  private readonly folded: ReadonlyMap<string, number>;
  private readonly hits = new Hits();
  /** Kind and id of each entity, side by side so that reporting a match reads no entity object. */
  private readonly kinds: string[];
  private readonly ids: string[];

  private constructor(entities: Entity[], b: Builder) {
    this.size = entities.length;
    this.byId = new Map(entities.map((e) => [e.id, e]));
    this.kinds = entities.map((e) => e.kind);
    this.ids = entities.map((e) => e.id);
    const nWords = b.words.length;
    this.vBits = tableBits(nWords);
    this.vSlots = new Int32Array(SLOT << this.vBits);
    this.filter = new Int32Array((1 << FILTER_BITS) >>> 5);
    let poolLen = 0;
    for (const w of b.words) poolLen += Math.max(0, w.length - INLINE);
    this.pool = new Uint16Array(poolLen);
    let off = 0;
    const vMask = (1 << this.vBits) - 1;
    const slots = this.vSlots;
    for (let id = 0; id < nWords; id++) {
      const w = b.words[id];
      const h = hashKey(w);
      let slot = Math.imul(h, GOLDEN) >>> (32 - this.vBits);
      while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & vMask;
      const at = slot * SLOT;
      slots[at] = h;
      slots[at + 1] = id + 1;
      slots[at + 2] = w.length;
      for (let i = 0; i < INLINE && i < w.length; i++) slots[at + 3 + (i >> 1)] |= w.charCodeAt(i) << ((i & 1) << 4);
      slots[at + 7] = off;
      for (let i = INLINE; i < w.length; i++) this.pool[off++] = w.charCodeAt(i);
      const f = filterIndex(h);
      this.filter[f >>> 5] |= 1 << (f & 31);
    }
    this.trans = b.trans;
    this.accept = Int32Array.from(b.accept);
    this.root = new Int32Array(nWords).fill(-1);
    this.hasKids = new Uint8Array(b.states);
    const ts = b.trans.slots;
    for (let at = 0; at < ts.length; at += 3) {
      if (ts[at + 2] === 0) continue;
      this.hasKids[ts[at]] = 1;
      if (ts[at] === 0) this.root[ts[at + 1]] = ts[at + 2] - 1;
    }
    this.folded = b.vocab;
  }

  /** Compiles the names and aliases of `entities` (and their spelling variants). */
  static build(entities: Iterable<Entity>): Gazetteer {
    const list: Entity[] = [];
    const b = new Builder();
    for (const e of entities) {
      const index = list.length;
      list.push(e);
      const g = hasGSound(e);
      const names = [e.name, ...e.aliases];
      for (let n = 0; n < names.length; n++) {
        const words = nameWords(names[n]);
        const variants = nameVariants(words, g);
        for (let v = 0; v < variants.length; v++) b.add(variants[v], index, v === 0 ? (n === 0 ? 0 : 1) : 2);
      }
    }
    return new Gazetteer(list, b);
  }

  /** The entity with this id, when compiled in. */
  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** True when the folded form of `word` occurs in some name. */
  knowsWord(word: string): boolean {
    return this.folded.has(normalizeKey(word));
  }

  /** Every knowledge-base name in `text`, sorted, none overlapping. */
  find(text: string): Mention[] {
    const hits = this.scan(text);
    return this.resolve(text, hits);
  }

  /** Id of the word with hash `h` whose letters are `prefix` (0: none) then those of text[from, to). */
  private lookup(h: number, text: string, from: number, to: number, len: number, prefix: number): number {
    const f = filterIndex(h);
    if ((this.filter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    const slots = this.vSlots;
    const mask = (1 << this.vBits) - 1;
    let slot = Math.imul(h, GOLDEN) >>> (32 - this.vBits);
    for (;;) {
      const at = slot * SLOT;
      const w = slots[at + 1];
      if (w === 0) return -1;
      if (slots[at] === h && slots[at + 2] === len) {
        let k = 0;
        let ok = true;
        if (prefix !== 0) { ok = (slots[at + 3] & 0xffff) === prefix; k = 1; }
        for (let i = from; ok && i < to; i++) {
          const u = TABLE[text.charCodeAt(i)] & 0xffff;
          if (u === 0) continue;
          const want = k < INLINE ? (slots[at + 3 + (k >> 1)] >>> ((k & 1) << 4)) & 0xffff : this.pool[slots[at + 7] + k - INLINE];
          ok = k < len && u === want;
          k++;
        }
        if (ok && k === len) return w - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * One pass over the text: fold and hash each word as it is read, and keep only the words
   * that can be part of a name, with every reading of their proclitics.
   */
  private scan(text: string): Hits {
    // Scratch arrays live with the gazetteer: find() is synchronous, and allocating (zeroed)
    // arrays for every article costs more than the scan of a short one.
    const hits = this.hits;
    hits.n = 0;
    hits.reserve(text.length >>> 5);
    const n = text.length;
    // Every variable of the hot loop is a local of this one function (no closure), so the
    // engine keeps them in registers; the per-letter path only folds and hashes.
    let astral = 0; // surrogate pairs seen so far: UTF-16 index - astral = code point index
    let ord = 0;
    const filter = this.filter;
    // Separator since the last word: 0 none, 1 spaces, 2 one hyphen (spaces allowed), 3 anything else.
    let sep = 3;
    let i = 0;
    while (i < n) {
      let e = TABLE[text.charCodeAt(i)];
      const cls = (e >>> 16) & 0xff;
      let cont = 0;
      if (cls === ARABIC) cont = IN_ARABIC;
      else if (cls === LATIN) cont = IN_LATIN;
      else if (cls === DIGIT) cont = IN_DIGITS;
      else {
        if (cls === SPACE) { if (sep < 2) sep = 1; }
        else if (cls === HYPHEN) sep = sep < 2 ? 2 : 3;
        else if (cls !== INVISIBLE) {
          sep = 3;
          if (cls === HIGH_SURROGATE && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { astral++; i++; }
        }
        i++;
        continue;
      }
      // A word: fold and hash it in a loop that does nothing else.
      const wordStart = i;
      const first = e & 0xffff;
      let h = first;
      let klen = first !== 0 ? 1 : 0;
      for (i++; i < n; i++) {
        e = TABLE[text.charCodeAt(i)];
        if ((e & cont) === 0) break;
        const f = e & 0xffff;
        if (f !== 0) {
          h = (Math.imul(h, HASH_BASE) + f) | 0;
          klen++;
        }
      }
      // Most words are in no name and start with no proclitic: one bit settles them. The last
      // word of the text is always looked at in full.
      const fi = Math.imul(h, FILTER_MUL) >>> (32 - FILTER_BITS);
      if (i === n || (filter[fi >>> 5] & (1 << (fi & 31))) !== 0
        || (CLITIC_START[first] === 1 && cls === ARABIC && klen >= 3 && klen <= MAX_WORD && cliticMayHit(filter, text, wordStart, first, klen, h))) {
        this.endWord(hits, text, cls, wordStart, i, klen, h, astral, ord, sep, first);
      }
      sep = 0;
      ord++;
    }
    return hits;
  }

  /** Keeps a word that ends at `wordEnd` when it, or it without proclitics, is a word of some name. */
  private endWord(hits: Hits, text: string, wordCls: number, wordStart: number, stop: number, klen: number, h: number,
    astral: number, ord: number, gapBefore: number, first: number): void {
    if (klen === 0 || klen > MAX_WORD) return;
    // Invisible controls after the last letter are not part of the word.
    let wordEnd = stop;
    while (wordEnd > wordStart && ((TABLE[text.charCodeAt(wordEnd - 1)] >>> 16) & 0xff) === INVISIBLE) wordEnd--;
    const k = hits.n;
    if (k === hits.cap) hits.grow();
    const base = k * 4;
    let found = 0;
    const full = this.lookup(h, text, wordStart, wordEnd, klen, 0);
    if (full >= 0) {
      hits.candTok[base] = full;
      hits.candStart16[base] = wordStart;
      hits.candStartCp[base] = wordStart - astral;
      hits.candLen[base] = klen;
      found = 1;
    }
    // A word whose first code unit is a letter other than و ف ب ل ك has no proclitic.
    if (wordCls === ARABIC && klen >= 3 && (first === 0 || CLITIC_START[first] === 1)) {
      // The first three letters, where the second and third start, and the hashes of the first
      // one and two letters: all a proclitic reading needs, read again only here.
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      let p1 = 0;
      let p2 = 0;
      for (let i = wordStart, k = 0; k < 3; i++) {
        const f = TABLE[text.charCodeAt(i)] & 0xffff;
        if (f === 0) continue;
        if (k === 0) c0 = f;
        else if (k === 1) { c1 = f; p1 = i; }
        else { c2 = f; p2 = i; }
        k++;
      }
      const h1 = c0;
      const h2 = (Math.imul(c0, HASH_BASE) + c1) | 0;
      // One proclitic. ك is taken only before the article: كـ before a bare name is rare and
      // ك starts too many ordinary words.
      if (c0 === WAW || c0 === FEH || c0 === BEH || c0 === LAM || (c0 === KAF && c1 === ALEF && c2 === LAM)) {
        found = this.reading(hits, base, found, text, p1, wordEnd, klen - 1, (h - Math.imul(h1, POW[klen - 1])) | 0, c0 === LAM && c1 === LAM, p1 - astral);
      }
      // Two: و or ف, then ب ل ك.
      if ((c0 === WAW || c0 === FEH) && klen >= 4 && (c1 === BEH || c1 === LAM || (c1 === KAF && c2 === ALEF))) {
        found = this.reading(hits, base, found, text, p2, wordEnd, klen - 2, (h - Math.imul(h2, POW[klen - 2])) | 0, c1 === LAM && c2 === LAM, p2 - astral);
      }
    }
    if (found > 0) {
      for (let j = found; j < 4; j++) hits.candTok[base + j] = -1;
      hits.ord[k] = ord;
      hits.gapOk[k] = gapBefore !== 3 ? 1 : 0;
      hits.end16[k] = wordEnd;
      hits.endCp[k] = wordEnd - astral;
      hits.full[k] = full;
      hits.n = k + 1;
    }
  }

  /**
   * Records the reading of a word whose letters from `from` on (UTF-16; `len` folded letters,
   * hash `hs`) follow its proclitics.
   */
  private reading(hits: Hits, base: number, found: number, text: string, from: number, to: number, len: number,
    hs: number, lamLam: boolean, startCp: number): number {
    let id = this.lookup(hs, text, from, to, len, 0);
    if (id < 0 && lamLam) {
      // ل + ال written لل: the name is the article form, the span starts after the first ل.
      id = this.lookup((Math.imul(ALEF, POW[len]) + hs) | 0, text, from, to, len + 1, ALEF);
    }
    if (id < 0 || found >= 4) return found;
    const j = base + found;
    hits.candTok[j] = id;
    hits.candStart16[j] = from;
    hits.candStartCp[j] = startCp;
    hits.candLen[j] = len;
    return found + 1;
  }

  /** Leftmost-longest walk over the kept words; the whole word beats a proclitic reading on ties. */
  private resolve(text: string, hits: Hits): Mention[] {
    const out: Mention[] = [];
    const n = hits.n;
    const root = this.root;
    const accept = this.accept;
    const hasKids = this.hasKids;
    const trans = this.trans;
    const candTok = hits.candTok;
    const candLen = hits.candLen;
    const ord = hits.ord;
    const gapOk = hits.gapOk;
    const full = hits.full;
    const end16 = hits.end16;
    for (let k = 0; k < n; k++) {
      let bestEnd = -1;
      let bestState = -1;
      let bestCand = -1;
      for (let j = 0; j < 4; j++) {
        const word = candTok[k * 4 + j];
        if (word < 0) break;
        let state = root[word];
        if (state < 0) continue;
        let accEnd = -1;
        let accState = -1;
        if (accept[state] !== 0 && candLen[k * 4 + j] >= MIN_SINGLE_WORD) { accEnd = k; accState = state; }
        let m = k;
        while (hasKids[state] === 1 && m + 1 < n && ord[m + 1] === ord[m] + 1 && gapOk[m + 1] === 1 && full[m + 1] >= 0) {
          const s2 = trans.get(state, full[m + 1]);
          if (s2 < 0) break;
          state = s2;
          m++;
          if (accept[state] !== 0) { accEnd = m; accState = state; }
        }
        if (accEnd > bestEnd) { bestEnd = accEnd; bestState = accState; bestCand = j; }
      }
      if (bestEnd < 0) continue;
      const e = accept[bestState] - 1;
      const c = k * 4 + bestCand;
      const from = hits.candStart16[c];
      const to = end16[bestEnd];
      // A name is mostly written the same way each time it occurs: reusing the string of its
      // last occurrence spares an allocation, and the garbage collector a copy, per mention.
      out.push({
        start: hits.candStartCp[c],
        end: hits.endCp[bestEnd],
        text: text.slice(from, to),
        kind: this.kinds[e],
        entity: this.ids[e],
        source: 'gazetteer',
      });
      k = bestEnd;
    }
    return out;
  }
}

function transSlot(state: number, word: number, bits: number): number {
  return Math.imul(state ^ Math.imul(word, 0x85ebca77 | 0), GOLDEN) >>> (32 - bits);
}
