/**
 * The knowledge-base matcher: every name and alias of every entity, compiled into a trie over
 * folded words, walked in one pass over an article.
 *
 * Why a token trie and not a RegExp alternation: the alternation backtracks through thousands
 * of branches at every position, and rebuilding it for each knowledge-base edit is slow. Here a
 * word is folded and hashed while it is read (no per-word strings), looked up once, and only
 * words that occur in some name ever reach the trie. A word is identified by two independent
 * 32-bit hashes and its length, with no letter-by-letter comparison: two different words of at
 * most 64 letters agreeing in all three is about as likely as a 64-bit hash collision.
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
  // Bits 27-29: the word class a code unit starts (that of IN_* shifted up by 3).
  const start = cls === ARABIC ? IN_ARABIC << 3 : cls === LATIN ? IN_LATIN << 3 : cls === DIGIT ? IN_DIGITS << 3 : 0;
  TABLE[c] = start | cont | (cls << 16) | f;
}

const HASH_BASE = 0x01000193;
/**
 * Base of a second hash, independent of the first. The two hashes and the length identify a
 * word: telling two words apart needs no letter-by-letter comparison.
 */
const HASH_BASE2 = 0x5bd1e995 | 0;
const GOLDEN = 0x9e3779b1 | 0;
/** Words longer than this are never names; they are skipped rather than hashed into a buffer. */
const MAX_WORD = 64;

const POW = new Int32Array(MAX_WORD + 2);
const POW2 = new Int32Array(MAX_WORD + 2);
POW[0] = 1;
POW2[0] = 1;
for (let k = 1; k < POW.length; k++) {
  POW[k] = Math.imul(POW[k - 1], HASH_BASE);
  POW2[k] = Math.imul(POW2[k - 1], HASH_BASE2);
}

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

function hashKey(s: string, base: number): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, base) + s.charCodeAt(i)) | 0;
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

/**
 * A doubled consonant is also written once (ميللر/ميلر); the article's لل is left alone, and so
 * are doubled ي and و, which write a vowel and a glide (كييف is not كيف "how").
 */
function collapseDoubles(w: string): string {
  const from = w.startsWith('ال') ? 3 : 1;
  let out = w.slice(0, from);
  for (let i = from; i < w.length; i++) if (w[i] !== w[i - 1] || w[i] === 'ي' || w[i] === 'و') out += w[i];
  return out;
}

/**
 * Generated spellings that are everyday words once folded (غانا → جانا "came to us", غريان →
 * جريان "flowing", إيغاد → ايجاد "finding", الغوار → الجوار "the neighbourhood", كللي → كلي, كرري →
 * كري, إل عال → العال as in عبد العال): never produced, though the name itself may be written so.
 */
const NO_VARIANT = new Set(['جانا', 'جريان', 'ايجاد', 'الجوار', 'كلي', 'كري', 'العال']);

/** Spellings of one name as word sequences: the name itself first. */
function nameVariants(words: string[], gSound: boolean): string[][] {
  const perWord = words.map((w) => {
    if (!isArabicWord(w)) return [w];
    const set = new Set<string>(gSound ? gVariants(w) : [w]);
    for (const v of [...set]) set.add(collapseDoubles(v));
    return [...set].filter((v) => v === w || !NO_VARIANT.has(v));
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
      if (isArabicWord(s[i]) && isArabicWord(s[i + 1]) && !s[i + 1].startsWith('ال') && s[i].length >= 2 && s[i + 1].length >= 2 && !NO_VARIANT.has(s[i] + s[i + 1])) {
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

/** Bits of an open-addressing table for `n` entries, at most 70% full. */
function tableBits(n: number): number {
  let bits = 4;
  while ((1 << bits) * 0.7 < n) bits++;
  return bits;
}

/**
 * A bit per hash bucket, 128 KB: small enough to stay in cache, so the many words of a text
 * that are in no name are turned away without touching the larger word table.
 */
const FILTER_BITS = 20;
/**
 * Ints per word-table slot: first hash, second hash, word id + 1 (0: empty), and the folded
 * length (low 8 bits) with the trie state the word leads to from the root, + 1 (0: none).
 */
const SLOT = 4;
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

/** The capacity after growing from `cap` to hold at least `atLeast`. */
const nextCap = (cap: number, atLeast: number): number => Math.max(64, cap * 2, atLeast);

/** A copy of `a` in a zeroed array of `length`. */
function grown(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/** Growable scratch arrays for the words of one scan that occur in some name. */
class Hits {
  n = 0;
  cap = 0;
  /** Word number × 2, + 1 when only spaces or one hyphen separate the word from the one before. */
  ord = new Int32Array(0);
  end16 = new Int32Array(0);
  /** Surrogate pairs before the word: a UTF-16 offset in it minus this is its code-point offset. */
  astral = new Int32Array(0);
  /** Word id of the whole word, or -1. */
  full = new Int32Array(0);
  /**
   * Up to four readings of the word (whole, or after its proclitics) that start some name: the
   * trie state after it (-1 ends the list), its UTF-16 start and folded length.
   */
  candState = new Int32Array(0);
  candStart16 = new Int32Array(0);
  candLen = new Int32Array(0);

  /** Makes room for at least `expected` words, keeping what is stored. */
  reserve(expected: number): void {
    if (this.cap < expected) this.grow(expected);
  }

  grow(atLeast = 0): void {
    const cap = nextCap(this.cap, atLeast);
    this.ord = grown(this.ord, cap);
    this.end16 = grown(this.end16, cap);
    this.astral = grown(this.astral, cap);
    this.full = grown(this.full, cap);
    this.candState = grown(this.candState, cap * 4);
    this.candStart16 = grown(this.candStart16, cap * 4);
    this.candLen = grown(this.candLen, cap * 4);
    this.cap = cap;
  }
}

/**
 * The knowledge-base names of one text, as parallel arrays `count` long, sorted and not
 * overlapping. Owned by the gazetteer and overwritten by its next call.
 */
export interface Spans {
  readonly count: number;
  /** Code-point offsets; `end` exclusive. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The same spans in UTF-16 code units. */
  readonly start16: Int32Array;
  readonly end16: Int32Array;
  /** Index of the entity; see `Gazetteer.entityAt`. */
  readonly entity: Int32Array;
}

class SpanBuffer implements Spans {
  count = 0;
  cap = 0;
  start = new Int32Array(0);
  end = new Int32Array(0);
  start16 = new Int32Array(0);
  end16 = new Int32Array(0);
  entity = new Int32Array(0);

  grow(): void {
    const cap = nextCap(this.cap, 0);
    this.start = grown(this.start, cap);
    this.end = grown(this.end, cap);
    this.start16 = grown(this.start16, cap);
    this.end16 = grown(this.end16, cap);
    this.entity = grown(this.entity, cap);
    this.cap = cap;
  }
}

export class Gazetteer {
  /** Number of entities compiled in. */
  readonly size: number;
  private readonly list: readonly Entity[];
  private readonly byId: ReadonlyMap<string, Entity>;
  private readonly vBits: number;
  /** Word table, SLOT ints per slot, open addressing on the first hash. */
  private readonly vSlots: Int32Array;
  private readonly filter: Int32Array;
  private readonly trans: Transitions;
  private readonly accept: Int32Array;
  /** 1 for states with a longer name beyond them. */
  private readonly hasKids: Uint8Array;
  private readonly folded: ReadonlyMap<string, number>;
  private readonly hits = new Hits();
  private readonly spans = new SpanBuffer();
  /** Kind and id of each entity, side by side so that reporting a match reads no entity object. */
  private readonly kinds: string[];
  private readonly ids: string[];

  private constructor(entities: Entity[], b: Builder) {
    this.size = entities.length;
    this.list = entities;
    this.byId = new Map(entities.map((e) => [e.id, e]));
    this.kinds = entities.map((e) => e.kind);
    this.ids = entities.map((e) => e.id);
    const nWords = b.words.length;
    const root = new Int32Array(nWords).fill(-1);
    this.hasKids = new Uint8Array(b.states);
    const ts = b.trans.slots;
    for (let at = 0; at < ts.length; at += 3) {
      if (ts[at + 2] === 0) continue;
      this.hasKids[ts[at]] = 1;
      if (ts[at] === 0) root[ts[at + 1]] = ts[at + 2] - 1;
    }
    this.vBits = tableBits(nWords);
    this.vSlots = new Int32Array(SLOT << this.vBits);
    this.filter = new Int32Array((1 << FILTER_BITS) >>> 5);
    const vMask = (1 << this.vBits) - 1;
    const slots = this.vSlots;
    for (let id = 0; id < nWords; id++) {
      const w = b.words[id];
      const h = hashKey(w, HASH_BASE);
      let slot = Math.imul(h, GOLDEN) >>> (32 - this.vBits);
      while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & vMask;
      const at = slot * SLOT;
      slots[at] = h;
      slots[at + 1] = hashKey(w, HASH_BASE2);
      slots[at + 2] = id + 1;
      slots[at + 3] = w.length | ((root[id] + 1) << 8);
      const f = filterIndex(h);
      this.filter[f >>> 5] |= 1 << (f & 31);
    }
    this.trans = b.trans;
    this.accept = Int32Array.from(b.accept);
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

  /** The entity a span of `locate` names. */
  entityAt(index: number): Entity {
    return this.list[index];
  }

  /** True when the folded form of `word` occurs in some name. */
  knowsWord(word: string): boolean {
    return this.folded.has(normalizeKey(word));
  }

  /** Every knowledge-base name in `text`, sorted, none overlapping. */
  find(text: string): Mention[] {
    const s = this.locate(text);
    const out: Mention[] = [];
    for (let i = 0; i < s.count; i++) {
      const e = s.entity[i];
      out.push({
        start: s.start[i],
        end: s.end[i],
        text: text.slice(s.start16[i], s.end16[i]),
        kind: this.kinds[e],
        entity: this.ids[e],
        source: 'gazetteer',
      });
    }
    return out;
  }

  /**
   * Where the names in `text` are, without building a mention object for each: what `find`
   * reports, as arrays that the next call overwrites.
   */
  locate(text: string): Spans {
    return this.resolve(this.scan(text));
  }

  /** Table slot of the word with these hashes and folded length, or -1. */
  private lookup(h: number, g: number, len: number): number {
    const f = filterIndex(h);
    if ((this.filter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    const slots = this.vSlots;
    const mask = (1 << this.vBits) - 1;
    let slot = Math.imul(h, GOLDEN) >>> (32 - this.vBits);
    for (;;) {
      const at = slot * SLOT;
      if (slots[at + 2] === 0) return -1;
      if (slots[at] === h && slots[at + 1] === g && (slots[at + 3] & 0xff) === len) return at;
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
      const cont = (e >>> 3) & (IN_ARABIC | IN_LATIN | IN_DIGITS);
      const cls = (e >>> 16) & 0xff;
      if (cont === 0) {
        if (cls === SPACE) { if (sep < 2) sep = 1; }
        else if (cls === HYPHEN) sep = sep < 2 ? 2 : 3;
        else if (cls !== INVISIBLE) {
          sep = 3;
          if (cls === HIGH_SURROGATE && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { astral++; i++; }
        }
        i++;
        continue;
      }
      // A word: fold and hash it (twice) in a loop that does nothing else.
      const wordStart = i;
      const first = e & 0xffff;
      let h = first;
      let g = first;
      let klen = first !== 0 ? 1 : 0;
      for (i++; i < n; i++) {
        e = TABLE[text.charCodeAt(i)];
        if ((e & cont) === 0) break;
        const f = e & 0xffff;
        if (f !== 0) {
          h = (Math.imul(h, HASH_BASE) + f) | 0;
          g = (Math.imul(g, HASH_BASE2) + f) | 0;
          klen++;
        }
      }
      // Most words are in no name and start with no proclitic: one bit settles them. The last
      // word of the text is always looked at in full.
      const fi = Math.imul(h, FILTER_MUL) >>> (32 - FILTER_BITS);
      if (i === n || (filter[fi >>> 5] & (1 << (fi & 31))) !== 0
        || (CLITIC_START[first] === 1 && cls === ARABIC && klen >= 3 && klen <= MAX_WORD && cliticMayHit(filter, text, wordStart, first, klen, h))) {
        this.endWord(hits, text, cls, wordStart, i, klen, h, g, astral, ord, sep, first);
      }
      sep = 0;
      ord++;
    }
    return hits;
  }

  /** Keeps a word that ends at `stop` when it, or it without proclitics, is a word of some name. */
  private endWord(hits: Hits, text: string, wordCls: number, wordStart: number, stop: number, klen: number, h: number, g: number,
    astral: number, ord: number, gapBefore: number, first: number): void {
    if (klen === 0 || klen > MAX_WORD) return;
    // Invisible controls after the last letter are not part of the word.
    let wordEnd = stop;
    while (wordEnd > wordStart && ((TABLE[text.charCodeAt(wordEnd - 1)] >>> 16) & 0xff) === INVISIBLE) wordEnd--;
    const k = hits.n;
    if (k === hits.cap) hits.grow();
    const base = k * 4;
    const slots = this.vSlots;
    let found = 0;
    let full = -1;
    const at = this.lookup(h, g, klen);
    if (at >= 0) {
      full = slots[at + 2] - 1;
      const state = (slots[at + 3] >> 8) - 1;
      if (state >= 0) {
        hits.candState[base] = state;
        hits.candStart16[base] = wordStart;
        hits.candLen[base] = klen;
        found = 1;
      }
    }
    // A word whose first code unit is a letter other than و ف ب ل ك has no proclitic.
    if (wordCls === ARABIC && klen >= 3 && (first === 0 || CLITIC_START[first] === 1)) {
      // The first three letters and where the second and third start: all a proclitic reading
      // needs, read again only here.
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      let p1 = 0;
      let p2 = 0;
      for (let i = wordStart, j = 0; j < 3; i++) {
        const f = TABLE[text.charCodeAt(i)] & 0xffff;
        if (f === 0) continue;
        if (j === 0) c0 = f;
        else if (j === 1) { c1 = f; p1 = i; }
        else { c2 = f; p2 = i; }
        j++;
      }
      // One proclitic. ك is taken only before the article: كـ before a bare name is rare and
      // ك starts too many ordinary words. (A one-letter prefix hashes to the letter in both bases.)
      if (c0 === WAW || c0 === FEH || c0 === BEH || c0 === LAM || (c0 === KAF && c1 === ALEF && c2 === LAM)) {
        found = this.reading(hits, base, found, p1, klen - 1, (h - Math.imul(c0, POW[klen - 1])) | 0,
          (g - Math.imul(c0, POW2[klen - 1])) | 0, c0 === LAM && c1 === LAM);
      }
      // Two: و or ف, then ب ل ك.
      if ((c0 === WAW || c0 === FEH) && klen >= 4 && (c1 === BEH || c1 === LAM || (c1 === KAF && c2 === ALEF))) {
        found = this.reading(hits, base, found, p2, klen - 2, (h - Math.imul((Math.imul(c0, HASH_BASE) + c1) | 0, POW[klen - 2])) | 0,
          (g - Math.imul((Math.imul(c0, HASH_BASE2) + c1) | 0, POW2[klen - 2])) | 0, c1 === LAM && c2 === LAM);
      }
    }
    if (found > 0 || full >= 0) {
      if (found < 4) hits.candState[base + found] = -1;
      hits.ord[k] = (ord << 1) | (gapBefore !== 3 ? 1 : 0);
      hits.end16[k] = wordEnd;
      hits.astral[k] = astral;
      hits.full[k] = full;
      hits.n = k + 1;
    }
  }

  /**
   * Records the reading of a word whose letters from `from` on (UTF-16; `len` folded letters,
   * hashes `hs` and `gs`) follow its proclitics, when it starts some name.
   */
  private reading(hits: Hits, base: number, found: number, from: number, len: number,
    hs: number, gs: number, lamLam: boolean): number {
    let at = this.lookup(hs, gs, len);
    if (lamLam && (at < 0 || (this.vSlots[at + 3] >> 8) - 1 < 0)) {
      // ل + ال written لل: the name is the article form, the span starts after the first ل. The
      // bare reading may be a word of some name without starting one (لاتحاد, from a name with
      // للاتحاد in it): the article form is tried then too.
      const article = this.lookup((Math.imul(ALEF, POW[len]) + hs) | 0, (Math.imul(ALEF, POW2[len]) + gs) | 0, len + 1);
      if (article >= 0) at = article;
    }
    if (at < 0 || found >= 4) return found;
    const state = (this.vSlots[at + 3] >> 8) - 1;
    if (state < 0) return found;
    const j = base + found;
    hits.candState[j] = state;
    hits.candStart16[j] = from;
    hits.candLen[j] = len;
    return found + 1;
  }

  /** Leftmost-longest walk over the kept words; the whole word beats a proclitic reading on ties. */
  private resolve(hits: Hits): Spans {
    const out = this.spans;
    out.count = 0;
    const n = hits.n;
    const accept = this.accept;
    const hasKids = this.hasKids;
    const trans = this.trans;
    const candState = hits.candState;
    const candLen = hits.candLen;
    const ord = hits.ord;
    const full = hits.full;
    for (let k = 0; k < n; k++) {
      let bestEnd = -1;
      let bestState = -1;
      let bestCand = -1;
      for (let j = 0; j < 4; j++) {
        let state = candState[k * 4 + j];
        if (state < 0) break;
        let accEnd = -1;
        let accState = -1;
        if (accept[state] !== 0 && candLen[k * 4 + j] >= MIN_SINGLE_WORD) { accEnd = k; accState = state; }
        let m = k;
        while (hasKids[state] === 1 && m + 1 < n && ord[m + 1] === (ord[m] | 1) + 2 && full[m + 1] >= 0) {
          const s2 = trans.get(state, full[m + 1]);
          if (s2 < 0) break;
          state = s2;
          m++;
          if (accept[state] !== 0) { accEnd = m; accState = state; }
        }
        if (accEnd > bestEnd) { bestEnd = accEnd; bestState = accState; bestCand = j; }
      }
      if (bestEnd < 0) continue;
      const c = k * 4 + bestCand;
      const at = out.count;
      if (at === out.cap) out.grow();
      out.start[at] = hits.candStart16[c] - hits.astral[k];
      out.end[at] = hits.end16[bestEnd] - hits.astral[bestEnd];
      out.start16[at] = hits.candStart16[c];
      out.end16[at] = hits.end16[bestEnd];
      out.entity[at] = accept[bestState] - 1;
      out.count = at + 1;
      k = bestEnd;
    }
    return out;
  }
}

function transSlot(state: number, word: number, bits: number): number {
  return Math.imul(state ^ Math.imul(word, 0x85ebca77 | 0), GOLDEN) >>> (32 - bits);
}
