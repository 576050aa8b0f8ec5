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
import { FOLD_TABLE, normalizeKey } from '../text/normalize';
import { CHAR_CLASS, CharClass, tokenize } from '../text/tokenize';
import type { Mention } from './mention';

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

/** Folding used for keys: Arabic normalization plus ASCII lower case. */
function foldUnit(c: number, cls: number): number {
  return cls === CharClass.Latin && c < 0x80 ? c | 0x20 : FOLD_TABLE[c];
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
      if (cls === CharClass.Invisible) continue;
      const f = foldUnit(c, cls);
      if (f !== 0) w += String.fromCharCode(f);
    }
    if (w.length > 0) words.push(w);
  }
  return words;
}

const isArabicWord = (w: string): boolean => CHAR_CLASS[w.charCodeAt(0)] === CharClass.Arabic;

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

class Builder {
  readonly vocab = new Map<string, number>();
  readonly words: string[] = [];
  readonly trans = new Map<number, number>();
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
      const key = s * 0x200000 + this.wordId(w);
      let next = this.trans.get(key);
      if (next === undefined) {
        next = this.states++;
        this.trans.set(key, next);
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

/** Growable scratch arrays for the words of one scan that occur in some name. */
class Hits {
  n = 0;
  cap = 0;
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

  grow(): void {
    const cap = Math.max(64, this.cap * 2);
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
  private readonly entities: readonly Entity[];
  private readonly vBits: number;
  private readonly vHash: Int32Array;
  /** Word id + 1 per slot; 0 marks an empty slot. */
  private readonly vWord: Int32Array;
  private readonly pool: Uint16Array;
  private readonly poolOff: Int32Array;
  private readonly tBits: number;
  private readonly tFrom: Int32Array;
  private readonly tWord: Int32Array;
  /** Next state + 1 per slot; 0 marks an empty slot. */
  private readonly tNext: Int32Array;
  private readonly accept: Int32Array;
  private readonly folded: ReadonlySet<string>;

  private constructor(entities: Entity[], b: Builder) {
    this.entities = entities;
    this.size = entities.length;
    const nWords = b.words.length;
    this.vBits = tableBits(nWords);
    this.vHash = new Int32Array(1 << this.vBits);
    this.vWord = new Int32Array(1 << this.vBits);
    let poolLen = 0;
    for (const w of b.words) poolLen += w.length;
    this.pool = new Uint16Array(poolLen);
    this.poolOff = new Int32Array(nWords + 1);
    let off = 0;
    const vMask = (1 << this.vBits) - 1;
    for (let id = 0; id < nWords; id++) {
      const w = b.words[id];
      this.poolOff[id] = off;
      for (let i = 0; i < w.length; i++) this.pool[off++] = w.charCodeAt(i);
      const h = hashKey(w);
      let slot = Math.imul(h, GOLDEN) >>> (32 - this.vBits);
      while (this.vWord[slot] !== 0) slot = (slot + 1) & vMask;
      this.vHash[slot] = h;
      this.vWord[slot] = id + 1;
    }
    this.poolOff[nWords] = off;

    this.tBits = tableBits(b.trans.size);
    const tSize = 1 << this.tBits;
    const tMask = tSize - 1;
    this.tFrom = new Int32Array(tSize);
    this.tWord = new Int32Array(tSize);
    this.tNext = new Int32Array(tSize);
    for (const [key, next] of b.trans) {
      const from = Math.floor(key / 0x200000);
      const word = key - from * 0x200000;
      let slot = transSlot(from, word, this.tBits);
      while (this.tNext[slot] !== 0) slot = (slot + 1) & tMask;
      this.tFrom[slot] = from;
      this.tWord[slot] = word;
      this.tNext[slot] = next + 1;
    }
    this.accept = Int32Array.from(b.accept);
    this.folded = new Set(b.vocab.keys());
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
    return this.entities.find((e) => e.id === id);
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

  private lookup(h: number, buf: Uint16Array, from: number, to: number, prefix: number): number {
    const mask = (1 << this.vBits) - 1;
    const len = to - from + (prefix !== 0 ? 1 : 0);
    let slot = Math.imul(h, GOLDEN) >>> (32 - this.vBits);
    for (;;) {
      const w = this.vWord[slot];
      if (w === 0) return -1;
      if (this.vHash[slot] === h) {
        const id = w - 1;
        let p = this.poolOff[id];
        if (this.poolOff[id + 1] - p === len) {
          let ok = true;
          if (prefix !== 0) ok = this.pool[p++] === prefix;
          for (let i = from; ok && i < to; i++) ok = this.pool[p++] === buf[i];
          if (ok) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  private next(state: number, word: number): number {
    const mask = (1 << this.tBits) - 1;
    let slot = transSlot(state, word, this.tBits);
    for (;;) {
      const n = this.tNext[slot];
      if (n === 0) return -1;
      if (this.tFrom[slot] === state && this.tWord[slot] === word) return n - 1;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * One pass over the text: fold and hash each word as it is read, and keep only the words
   * that can be part of a name, with every reading of their proclitics.
   */
  private scan(text: string): Hits {
    const hits = new Hits();
    const buf = new Uint16Array(MAX_WORD);
    const pos16 = new Int32Array(3);
    const posCp = new Int32Array(3);
    const n = text.length;
    let astral = 0; // surrogate pairs seen so far: UTF-16 index - astral = code point index
    let wordCls = -1; // class of the word being read, -1 between words
    let wordStart = 0;
    let wordEnd = 0;
    let klen = 0;
    let h = 0;
    let h1 = 0;
    let h2 = 0;
    let ord = 0;
    // Separator since the last word: 0 none, 1 spaces, 2 one hyphen (spaces allowed), 3 anything else.
    let sep = 3;
    let gapBefore = 3;

    const flush = (): void => {
      if (klen === 0 || klen > MAX_WORD) { wordCls = -1; sep = 0; ord++; return; }
      const endCp = wordEnd - astral;
      let found = 0;
      let full = -1;
      const k = hits.n;
      if (k === hits.cap) hits.grow();
      const base = k * 4;
      full = this.lookup(h, buf, 0, klen, 0);
      if (full >= 0) {
        hits.candTok[base] = full;
        hits.candStart16[base] = wordStart;
        hits.candStartCp[base] = wordStart - astral;
        hits.candLen[base] = klen;
        found = 1;
      }
      if (wordCls === CharClass.Arabic && klen >= 3) {
        const c0 = buf[0];
        const c1 = buf[1];
        // One proclitic. ك is taken only before the article: كـ before a bare name is rare and
        // ك starts too many ordinary words.
        if (c0 === WAW || c0 === FEH || c0 === BEH || c0 === LAM || (c0 === KAF && c1 === ALEF && buf[2] === LAM)) {
          found = this.reading(hits, base, found, buf, 1, klen, h, h1, pos16[1], posCp[1], c0 === LAM);
        }
        // Two: و or ف, then ب ل ك.
        if ((c0 === WAW || c0 === FEH) && klen >= 4 && (c1 === BEH || c1 === LAM || (c1 === KAF && buf[2] === ALEF))) {
          found = this.reading(hits, base, found, buf, 2, klen, h, h2, pos16[2], posCp[2], c1 === LAM);
        }
      }
      if (found > 0) {
        for (let j = found; j < 4; j++) hits.candTok[base + j] = -1;
        hits.ord[k] = ord;
        hits.gapOk[k] = gapBefore !== 3 ? 1 : 0;
        hits.end16[k] = wordEnd;
        hits.endCp[k] = endCp;
        hits.full[k] = full;
        hits.n = k + 1;
      }
      wordCls = -1;
      sep = 0;
      ord++;
    };

    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = CHAR_CLASS[c];
      if (cls === wordCls) {
        const f = cls === CharClass.Latin && c < 0x80 ? c | 0x20 : FOLD_TABLE[c];
        if (f !== 0) {
          if (klen < 3) { pos16[klen] = i; posCp[klen] = i - astral; }
          if (klen < MAX_WORD) buf[klen] = f;
          klen++;
          h = (Math.imul(h, HASH_BASE) + f) | 0;
          if (klen === 1) h1 = h;
          else if (klen === 2) h2 = h;
        }
        wordEnd = i + 1;
        continue;
      }
      if (cls === CharClass.Mark) {
        if (wordCls === CharClass.Arabic) { wordEnd = i + 1; continue; }
        if (wordCls !== -1) flush();
        sep = 3;
        continue;
      }
      if (cls === CharClass.Invisible) continue;
      if (wordCls !== -1) flush();
      if (cls === CharClass.Arabic || cls === CharClass.Latin || cls === CharClass.Digit) {
        gapBefore = sep;
        wordCls = cls;
        wordStart = i;
        klen = 0;
        h = 0;
        i--; // read the first character through the word path above
        continue;
      }
      if (cls === CharClass.Space) { if (sep < 2) sep = 1; }
      else if (cls === CharClass.Hyphen) sep = sep < 2 ? 2 : 3;
      else {
        sep = 3;
        if (cls === CharClass.HighSurrogate && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { astral++; i++; }
      }
    }
    if (wordCls !== -1) flush();
    return hits;
  }

  /** Records the reading of a word with its first `strip` letters taken as proclitics. */
  private reading(hits: Hits, base: number, found: number, buf: Uint16Array, strip: number, klen: number,
    h: number, hPrefix: number, start16: number, startCp: number, endsWithLam: boolean): number {
    const rlen = klen - strip;
    const hs = (h - Math.imul(hPrefix, POW[rlen])) | 0;
    let id = this.lookup(hs, buf, strip, klen, 0);
    if (id < 0 && endsWithLam && buf[strip] === LAM) {
      // ل + ال written لل: the name is the article form, the span starts after the first ل.
      id = this.lookup((Math.imul(ALEF, POW[rlen]) + hs) | 0, buf, strip, klen, ALEF);
    }
    if (id < 0 || found >= 4) return found;
    const j = base + found;
    hits.candTok[j] = id;
    hits.candStart16[j] = start16;
    hits.candStartCp[j] = startCp;
    hits.candLen[j] = rlen;
    return found + 1;
  }

  /** Leftmost-longest walk over the kept words; the whole word beats a proclitic reading on ties. */
  private resolve(text: string, hits: Hits): Mention[] {
    const out: Mention[] = [];
    const n = hits.n;
    for (let k = 0; k < n; k++) {
      let bestEnd = -1;
      let bestState = -1;
      let bestCand = -1;
      for (let j = 0; j < 4; j++) {
        const word = hits.candTok[k * 4 + j];
        if (word < 0) break;
        let state = this.next(0, word);
        if (state < 0) continue;
        let accEnd = -1;
        let accState = -1;
        if (this.accept[state] !== 0 && hits.candLen[k * 4 + j] >= MIN_SINGLE_WORD) { accEnd = k; accState = state; }
        let m = k;
        while (m + 1 < n && hits.ord[m + 1] === hits.ord[m] + 1 && hits.gapOk[m + 1] === 1 && hits.full[m + 1] >= 0) {
          const s2 = this.next(state, hits.full[m + 1]);
          if (s2 < 0) break;
          state = s2;
          m++;
          if (this.accept[state] !== 0) { accEnd = m; accState = state; }
        }
        if (accEnd > bestEnd) { bestEnd = accEnd; bestState = accState; bestCand = j; }
      }
      if (bestEnd < 0) continue;
      const e = this.entities[this.accept[bestState] - 1];
      const c = k * 4 + bestCand;
      out.push({
        start: hits.candStartCp[c],
        end: hits.endCp[bestEnd],
        text: text.slice(hits.candStart16[c], hits.end16[bestEnd]),
        kind: e.kind,
        entity: e.id,
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
