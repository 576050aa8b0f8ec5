/**
 * Scores the matcher against hand-made gold: the seed articles, and held-out articles from other
 * outlets and topics (`src/test/fixtures/heldout/`: `dev` to `dev17` for study, `test` for measuring only).
 *   npm run eval                    P/R/F1 per kind for every set
 *   npm run eval -- --set test      one set: seeds, dev, dev2, … dev17 or test
 *   npm run eval -- --verbose       plus every error, with the words around it
 *   npm run eval -- --no-rules      knowledge base only, no context rules
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSystem } from '../src/core/ports';
import { decodeUtf8 } from '../src/core/text/decode';
import { loadKnowledgeBase } from '../src/core/kb/load';
import { Gazetteer, findMentions, type Mention } from '../src/core/match';
import { combine, evaluate, parseMarked, scoreOf, type EvalError, type Evaluation, type Span } from '../src/core/match/evaluate';

const repo = join(__dirname, '..');
export const GOLD_KINDS = ['person', 'place', 'organization'] as const;

interface GoldFile { file: string; mentions: Array<Span & { text: string }> }

const readOnlyFs: FileSystem = {
  readFile: async (p) => new Uint8Array(await readFile(p)),
  writeFile: async () => { throw new Error('read-only'); },
  rename: async () => { throw new Error('read-only'); },
  delete: async () => { throw new Error('read-only'); },
  stat: async () => undefined,
  readDirectory: async () => [],
};

/**
 * The matcher's mentions of the kinds gold covers. A user-defined kind (the sample's `weapon`)
 * is neither right nor wrong here.
 */
function predict(text: string, gazetteer: Gazetteer, rules: boolean): Mention[] {
  return findMentions(text, gazetteer, { rules }).filter((m) => (GOLD_KINDS as readonly string[]).includes(m.kind));
}

export interface ArticleResult { file: string; text: string; evaluation: Evaluation }

/** Runs the matcher over every seed article that has a gold file. */
export async function evaluateSeeds(opts: { rules: boolean }): Promise<{ overall: Evaluation; articles: ArticleResult[] }> {
  const seeds = join(repo, 'seeds');
  const goldDir = join(repo, 'src', 'test', 'fixtures', 'gold');
  const kb = await loadKnowledgeBase(readOnlyFs, seeds, { builtin: true });
  if (kb.problems.length > 0) throw new Error(`seeds/entities.yaml: ${kb.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`);
  const gazetteer = Gazetteer.build(kb.entities);
  const articles: ArticleResult[] = [];
  for (const name of (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(await readFile(join(goldDir, name), 'utf8')) as GoldFile;
    const { text } = decodeUtf8(await readFile(join(seeds, gold.file)));
    const predicted = predict(text, gazetteer, opts.rules);
    articles.push({ file: gold.file, text, evaluation: evaluate(gold.mentions, predicted) });
  }
  return { overall: combine(articles.map((a) => a.evaluation)), articles };
}

export const HELDOUT_SETS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'test'] as const;

/**
 * Runs the matcher, with the built-in knowledge base alone, over every marked-up held-out
 * article of one set. Nothing in the knowledge base or the rules was written from the `test` set.
 */
export async function evaluateHeldout(set: (typeof HELDOUT_SETS)[number], opts: { rules: boolean }): Promise<{ overall: Evaluation; articles: ArticleResult[] }> {
  const dir = join(repo, 'src', 'test', 'fixtures', 'heldout', set);
  const kb = await loadKnowledgeBase(readOnlyFs, dir, { builtin: true });
  const gazetteer = Gazetteer.build(kb.entities);
  const articles: ArticleResult[] = [];
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.marked.txt')).sort()) {
    let marked;
    try {
      marked = parseMarked(await readFile(join(dir, name), 'utf8'));
    } catch (e) {
      throw new Error(`${set}/${name}: ${(e as Error).message}`);
    }
    const predicted = predict(marked.text, gazetteer, opts.rules);
    articles.push({ file: `${set}/${name}`, text: marked.text, evaluation: evaluate(marked.mentions, predicted) });
  }
  return { overall: combine(articles.map((a) => a.evaluation)), articles };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(6);
}

function context(text: string, s: Span): string {
  const cps = [...text];
  const before = cps.slice(Math.max(0, s.start - 20), s.start).join('').replace(/\s+/g, ' ');
  const after = cps.slice(s.end, s.end + 20).join('').replace(/\s+/g, ' ');
  return `…${before}[${cps.slice(s.start, s.end).join('')}]${after}…`;
}

function describe(e: EvalError, text: string): string {
  const g = e.gold ? `gold ${e.gold.kind} ${e.gold.start}-${e.gold.end} ${context(text, e.gold)}` : '';
  const p = e.predicted ? `predicted ${e.predicted.kind} ${e.predicted.start}-${e.predicted.end} ${context(text, e.predicted)}` : '';
  return `  ${e.type.padEnd(11)} ${[g, p].filter(Boolean).join('\n              ')}`;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const rules = !process.argv.includes('--no-rules');
  const setArg = process.argv.indexOf('--set');
  const sets = setArg > 0 ? [process.argv[setArg + 1]] : ['seeds', ...HELDOUT_SETS];
  for (const set of sets) {
    if (set === 'seeds') report('seed articles', await evaluateSeeds({ rules }), rules, verbose);
    else if ((HELDOUT_SETS as readonly string[]).includes(set)) {
      report(`held-out ${set} articles`, await evaluateHeldout(set as (typeof HELDOUT_SETS)[number], { rules }), rules, verbose);
    } else throw new Error(`--set ${set}: expected seeds, ${HELDOUT_SETS.join(' or ')}`);
  }
}

function report(title: string, { overall, articles }: { overall: Evaluation; articles: ArticleResult[] }, rules: boolean, verbose: boolean): void {
  const rows: Array<[string, { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }]> = [];
  for (const k of GOLD_KINDS) {
    const s = overall.byKind.get(k);
    if (s) rows.push([k, s]);
  }
  rows.push(['person+place', scoreOf(overall, ['person', 'place'])]);
  rows.push(['all', overall.overall]);
  console.log(`\n${title}: ${articles.length}, rules: ${rules ? 'on' : 'off'}`);
  console.log('kind            TP    FP    FN   prec.  recall     F1');
  for (const [k, s] of rows) {
    console.log(`${k.padEnd(13)} ${String(s.tp).padStart(4)}  ${String(s.fp).padStart(4)}  ${String(s.fn).padStart(4)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
  }
  if (!verbose) return;
  for (const a of articles) {
    if (a.evaluation.errors.length === 0) continue;
    console.log(`\n${a.file}`);
    const sorted = [...a.evaluation.errors].sort((x, y) => ((x.gold ?? x.predicted)?.start ?? 0) - ((y.gold ?? y.predicted)?.start ?? 0));
    for (const e of sorted) console.log(describe(e, a.text));
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
