import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeUtf8 } from '../../core/text/decode';
import { HELDOUT_SETS } from '../../../scripts/eval';

/**
 * The gold annotation is hand-made; these checks catch the slips a hand makes (an offset off by
 * one, a span that swallowed a proclitic, two spans over the same words) before a matcher is
 * judged against it.
 */

const repo = resolve(__dirname, '..', '..', '..');
const goldDir = join(repo, 'src', 'test', 'fixtures', 'gold');
const seedsDir = join(repo, 'seeds');

interface GoldMention { start: number; end: number; text: string; kind: string }
interface GoldFile { file: string; mentions: GoldMention[] }

const KINDS = new Set(['person', 'place', 'organization']);
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/**
 * A span may start right after a word character only when what precedes it is one or two
 * proclitics standing at the start of the word (وبموسكو, للولايات → ل + لولايات).
 */
function startsCleanly(cps: string[], start: number): boolean {
  if (!isWordChar(cps[start - 1])) return true;
  for (let n = 1; n <= 2; n++) {
    if (!PROCLITICS.has(cps[start - n])) return false;
    if (!isWordChar(cps[start - n - 1])) return true;
  }
  return false;
}

const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

test('every seed article has a gold file and every gold file names its article', () => {
  assert.deepEqual(goldFiles.map((f) => f.replace(/\.json$/, '.txt')), seedFiles);
  for (const f of goldFiles) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
    assert.equal(gold.file, f.replace(/\.json$/, '.txt'));
  }
});

for (const f of goldFiles) {
  test(`gold ${f}: spans are sorted, disjoint, typed and equal to the text they cover`, () => {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
    const { text } = decodeUtf8(readFileSync(join(seedsDir, gold.file)));
    const cps = [...text];
    assert.ok(gold.mentions.length > 0);
    let prevEnd = 0;
    for (const m of gold.mentions) {
      const where = `${m.start}-${m.end} «${m.text}»`;
      assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end, where);
      assert.ok(m.end <= cps.length, where);
      assert.ok(KINDS.has(m.kind), `${where}: kind ${m.kind}`);
      assert.ok(m.start >= prevEnd, `${where} overlaps or is out of order`);
      prevEnd = m.end;
      assert.equal(cps.slice(m.start, m.end).join(''), m.text, where);
      assert.equal(m.text, m.text.trim(), `${where} has surrounding space`);
      assert.ok(startsCleanly(cps, m.start), `${where} starts inside a word`);
      assert.ok(!isWordChar(cps[m.end]), `${where} ends inside a word`);
    }
  });
}

test('the boundary check itself rejects spans that cut a word', () => {
  const cps = [...'وبموسكو الأمور للولايات'];
  assert.equal(startsCleanly(cps, 2), true); // و ب then موسكو
  assert.equal(startsCleanly(cps, 3), false); // three letters in: not proclitics
  assert.equal(startsCleanly(cps, 10), false); // الأمور → أمور: ال is not a proclitic
  assert.equal(startsCleanly(cps, 16), true); // ل + لولايات
});

const heldoutDir = join(repo, 'src', 'test', 'fixtures', 'heldout');
for (const set of HELDOUT_SETS) {
  test(`held-out ${set}: every mark parses, is typed, and covers whole words`, async () => {
    const { parseMarked } = await import('../../core/match/evaluate');
    const files = readdirSync(join(heldoutDir, set)).filter((f) => f.endsWith('.marked.txt'));
    assert.ok(files.length >= 10);
    for (const f of files) {
      const { text, mentions } = parseMarked(readFileSync(join(heldoutDir, set, f), 'utf8'));
      const cps = [...text];
      for (const m of mentions) {
        assert.ok(KINDS.has(m.kind), `${f}: kind ${m.kind}`);
        assert.equal(cps.slice(m.start, m.end).join(''), m.text);
        assert.ok(isWordChar(cps[m.start]) && isWordChar(cps[m.end - 1]), `${f}: «${m.text}» starts or ends outside a word`);
        assert.ok(!isWordChar(cps[m.end]), `${f}: «${m.text}» cuts a word at its end`);
        // A tatweel may join a proclitic to the name (لـاليوم السابع).
        const from = cps[m.start - 1] === '\u0640' ? m.start - 1 : m.start;
        assert.ok(startsCleanly(cps, from), `${f}: «${m.text}» starts inside a word`);
      }
    }
  });
}
