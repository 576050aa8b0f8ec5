/**
 * Matcher speed on a synthetic corpus of at least 10 MB against a knowledge base of at least
 * 10,000 entities, compared in the same run with one plain pass over the characters and with
 * one RegExp alternation of the same (normalized) names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../src/core/kb/types';
import { builtinEntities } from '../src/core/kb/load';
import { Gazetteer } from '../src/core/match';
import { normalize, normalizeKey } from '../src/core/text/normalize';
import { tokenize } from '../src/core/text/tokenize';

export const REAL: Entity[] = [
  ['vladimir-putin', 'person', 'فلاديمير بوتين', ['بوتين']],
  ['kim-jong-un', 'person', 'كيم جونغ أون', ['كيم']],
  ['john-kirby', 'person', 'جون كيربي', ['كيربي']],
  ['antony-blinken', 'person', 'أنتوني بلينكن', ['بلينكن']],
  ['russia', 'place', 'روسيا', []],
  ['north-korea', 'place', 'كوريا الشمالية', []],
  ['united-states', 'place', 'الولايات المتحدة', []],
  ['pyongyang', 'place', 'بيونغ يانغ', []],
  ['moscow', 'place', 'موسكو', []],
  ['white-house', 'organization', 'البيت الأبيض', []],
  ['unsc', 'organization', 'مجلس الأمن', []],
].map(([id, kind, name, aliases]) => ({ id: id as string, kind: kind as string, name: name as string, aliases: aliases as string[] }));

/** Deterministic pseudo-random numbers, so every run measures the same input. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

export function syntheticEntities(count: number): Entity[] {
  const rand = rng(42);
  const word = () => {
    const len = 3 + Math.floor(rand() * 5);
    let w = '';
    for (let i = 0; i < len; i++) w += LETTERS[Math.floor(rand() * LETTERS.length)];
    return w;
  };
  const kinds = ['person', 'place', 'organization'];
  const out: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const words = 1 + Math.floor(rand() * 3);
    const name = Array.from({ length: words }, word).join(' ');
    out.push({ id: `synthetic-${i}`, kind: kinds[i % 3], name, aliases: rand() < 0.3 ? [word()] : [], en: rand() < 0.2 ? 'Gg' : 'x' });
  }
  return out;
}

export function corpus(minBytes: number, entities: Entity[]): string {
  const seedDir = join(__dirname, '..', 'seeds');
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const rand = rng(7);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const seed = seeds[Math.floor(rand() * seeds.length)];
    // Sprinkle knowledge-base names (with proclitics now and then) between paragraphs.
    const paras = seed.split('\n');
    for (const p of paras) {
      const e = entities[Math.floor(rand() * entities.length)];
      const chunk = `${p} ${rand() < 0.3 ? 'و' : ''}${e.name}.\n`;
      parts.push(chunk);
      bytes += Buffer.byteLength(chunk);
    }
  }
  return parts.join('');
}

function time<T>(f: () => T, reps = 3): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    value = f();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < best) best = ms;
  }
  return { ms: best, value };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function run(): Promise<void> {
  const entities = [...REAL, ...syntheticEntities(10_000)];
  const text = corpus(10 * 1024 * 1024, entities);
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  console.log(`corpus: ${mb.toFixed(1)} MB UTF-8 (${(text.length / 1e6).toFixed(1)} M UTF-16 units); knowledge base: ${entities.length} entities`);

  const build = time(() => Gazetteer.build(entities), 5);
  const gaz = build.value;
  console.log(`gazetteer build: ${build.ms.toFixed(1)} ms`);

  const plainPass = () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  };
  const tok = time(() => tokenize(text).length, 3);

  // The alternation is far too slow for the whole corpus; a slice of it gives its throughput.
  const names = new Set<string>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) names.add(normalizeKey(n));
  const alternation = new RegExp([...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  // Folded the way the names are (digits included), so both sides compare the same forms.
  const slice = normalize(text.slice(0, 512 * 1024), { digits: true }).text;
  const sliceMb = Buffer.byteLength(slice) / (1024 * 1024);
  const regexPass = () => {
    let n = 0;
    alternation.lastIndex = 0;
    while (alternation.exec(slice) !== null) n++;
    return n;
  };

  // Rounds measure all four side by side, so that a busy moment of the machine slows every
  // side of a ratio alike; the ratios reported are the medians over the rounds.
  const rounds: Array<{ plain: number; locate: number; find: number; regex: number }> = [];
  let plainSum = 0;
  let spans = 0;
  let mentions = 0;
  let regexHits = 0;
  for (let r = 0; r < 5; r++) {
    const plain = time(plainPass, 3);
    const locate = time(() => gaz.locate(text).count, 3);
    const find = time(() => gaz.find(text).length, 3);
    const regex = time(regexPass, 1);
    plainSum = plain.value;
    spans = locate.value;
    mentions = find.value;
    regexHits = regex.value;
    rounds.push({ plain: plain.ms, locate: locate.ms, find: find.ms, regex: regex.ms });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const best = (k: 'plain' | 'locate' | 'find' | 'regex') => Math.min(...rounds.map((r) => r[k]));
  const mbps = (ms: number, size = mb) => size / (ms / 1000);
  const regexMbps = mbps(best('regex'), sliceMb);
  const vsRegex = (k: 'locate' | 'find') => median(rounds.map((r) => mbps(r[k]) / mbps(r.regex, sliceMb)));
  const vsPlain = (k: 'locate' | 'find') => median(rounds.map((r) => r[k] / r.plain));
  // The sum is printed so that the pass cannot be optimized away.
  console.log(`plain pass (charCodeAt sum): ${best('plain').toFixed(1)} ms, ${mbps(best('plain')).toFixed(0)} MB/s (sum ${plainSum})`);
  console.log(`tokenize: ${tok.ms.toFixed(1)} ms, ${mbps(tok.ms).toFixed(0)} MB/s (${tok.value} tokens)`);
  console.log(`matcher, spans (locate): ${best('locate').toFixed(1)} ms, ${mbps(best('locate')).toFixed(1)} MB/s, ${spans} names`);
  console.log(`matcher, Mention objects (find): ${best('find').toFixed(1)} ms, ${mbps(best('find')).toFixed(1)} MB/s, ${mentions} mentions`);
  console.log(`RegExp alternation of ${names.size} names: ${regexMbps.toFixed(2)} MB/s (on a ${sliceMb.toFixed(2)} MB slice, ${regexHits} hits)`);
  console.log(`matcher vs RegExp, median of ${rounds.length} rounds: spans ${vsRegex('locate').toFixed(0)}x faster, `
    + `Mention objects ${vsRegex('find').toFixed(0)}x faster (target >= 50x)`);
  console.log(`matcher vs plain pass, median: spans ${vsPlain('locate').toFixed(1)}x slower, `
    + `Mention objects ${vsPlain('find').toFixed(1)}x slower (target <= 10x)`);

  // For reference: the knowledge base that ships (its names are rarer in this corpus).
  const shipped = builtinEntities();
  const shippedBuild = time(() => Gazetteer.build(shipped), 5);
  const shippedMatch = time(() => shippedBuild.value.find(text), 5);
  console.log(`built-in knowledge base (${shipped.length} entities): build ${shippedBuild.ms.toFixed(1)} ms, find ${shippedMatch.ms.toFixed(1)} ms, `
    + `${mbps(shippedMatch.ms).toFixed(1)} MB/s, ${(shippedMatch.ms / best('plain')).toFixed(1)}x the plain pass, ${shippedMatch.value.length} mentions`);
}
