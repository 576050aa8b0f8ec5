import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSync } from 'esbuild';
import { parseSidecar, serializeSidecar } from '../../core/sidecar/codec';
import { SidecarStore, addAnnotation } from '../../core/sidecar/store';
import { nodeFileSystem } from '../../cli/node-fs';
import { STATUSES, type Annotation, type Sidecar } from '../../core/sidecar/model';

// --- write → read is the identity -------------------------------------------------------------

const text = fc.string({ unit: 'binary', maxLength: 30 });
const nat = fc.integer({ min: 0, max: 1_000_000 });
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const attrValue = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)), fc.boolean());

const annotation: fc.Arbitrary<Annotation> = fc.record({
  id: fc.stringMatching(/^a-[a-z2-7]{10}$/), kind: fc.constantFrom('person', 'place', 'organization', 'event'), entity: opt(fc.stringMatching(/^[a-z]+(-[a-z]+)*$/)),
  start: nat, len: fc.integer({ min: 0, max: 50 }), text, prefix: text, suffix: text, annotator: text, created: text, note: opt(text),
  fragments: opt(fc.array(fc.record({ start: nat, len: fc.integer({ min: 0, max: 9 }), text }).map(({ start, len, text: t }) => ({ start, end: start + len, text: t })), { minLength: 1, maxLength: 3 })),
  attributes: opt(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== '__proto__'), attrValue, { maxKeys: 3 })),
  orphan: fc.boolean(), orphanReason: opt(text),
}).map(({ len, orphan, ...a }) => {
  const out: Record<string, unknown> = { ...a, end: a.start + len };
  if (orphan) out.orphan = true;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as unknown as Annotation;
});

const sidecar: fc.Arbitrary<Sidecar> = fc.record({
  hash: opt(fc.stringMatching(/^[0-9a-f]{64}$/)), length: nat, status: fc.constantFrom(...STATUSES), tags: fc.uniqueArray(text, { maxLength: 4 }),
  notes: opt(text), annotations: fc.uniqueArray(annotation, { maxLength: 6, selector: (a) => a.id }),
  relations: fc.array(fc.record({ id: fc.stringMatching(/^r-[a-z]{4}$/), type: text, from: text, to: text }), { maxLength: 2 }),
  rejected: fc.array(fc.record({ text, kind: text, entity: opt(text), start: opt(nat), end: opt(nat) }), { maxLength: 2 }),
}).map(({ hash, length, notes, rejected, ...s }) => ({
  version: 1 as const, ...(hash ? { text: { hash: `sha256:${hash}`, length } } : {}), ...s, ...(notes !== undefined ? { notes } : {}),
  rejected: rejected.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as Sidecar['rejected'][number]),
}));

// fast-check builds null-prototype records; the codec returns plain objects.
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const sorted = (s: Sidecar): Sidecar => ({ ...s, annotations: [...s.annotations].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1)) });

test('property (300 runs): serialize → parse is the identity, and serializing twice gives the same bytes', () => {
  let runs = 0;
  fc.assert(fc.property(sidecar.map(plain), (s) => {
    runs++;
    const yaml = serializeSidecar(s);
    const back = parseSidecar(yaml, 'p.yaml');
    assert.deepEqual(back.problems.filter((p) => p.code !== 'dangling-relation'), []);
    assert.deepEqual(back.sidecar, sorted(s));
    assert.equal(serializeSidecar(back.sidecar!, yaml), yaml);
  }), { numRuns: 300, seed: 42 });
  console.log(`codec round-trip property: ${runs} cases`);
  assert.ok(runs >= 300);
});

// --- two git branches add different annotations -------------------------------------------------

test('git: two branches that tag different names in the same article merge without conflict', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-merge-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  const A = 'قال الرئيس الروسي فلاديمير بوتين في موسكو إن المحادثات مع الصين كانت مثمرة، وأضاف أن وزير الخارجية سيرغي لافروف سيزور بكين الشهر المقبل.';
  const cp = (w: string): number => [...A.slice(0, A.indexOf(w))].length;
  const tag = (w: string, kind: string) => addAnnotation({ kind, start: cp(w), end: cp(w) + [...w].length, annotator: 'm' }, A);
  const article = join(dir, 'a.txt');
  const store = new SidecarStore(nodeFileSystem);
  git('init', '-q', '-b', 'main');
  writeFileSync(article, A);
  await store.update(article, A, tag('موسكو', 'place'));
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'left');
  await store.update(article, A, tag('بوتين', 'person'));
  git('commit', '-qam', 'left');
  git('checkout', '-q', 'main');
  await store.update(article, A, tag('بكين', 'place'));
  git('commit', '-qam', 'right');
  git('merge', '-q', '--no-edit', 'left');
  const merged = parseSidecar(readFileSync(join(dir, 'a.yaml'), 'utf8'), 'a.yaml');
  assert.deepEqual(merged.problems, []);
  assert.deepEqual(merged.sidecar!.annotations.map((a) => a.text), ['بوتين', 'موسكو', 'بكين']);
  const loaded = await store.load(article, A);
  assert.deepEqual(loaded.problems, []);
});

// --- killed mid-write ---------------------------------------------------------------------------

test('crash: a writer killed with SIGKILL at random moments (30+ times) always leaves a complete sidecar', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'x');
  // Bundled once so each of the 32 restarts costs a plain `node` start, not a TypeScript compile.
  const script = join(dir, '.writer.js');
  buildSync({ entryPoints: [join(__dirname, 'fixtures', 'sidecar-writer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'silent' });
  let kills = 0;
  let lastCount = -1;
  let changes = 0;
  for (let i = 0; i < 32; i++) {
    const child = spawn(process.execPath, [script, article], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => { child.stdout.once('data', () => resolve()); child.once('exit', () => resolve()); });
    assert.equal(child.exitCode, null, 'the writer started');
    await new Promise((r) => setTimeout(r, 5 + Math.floor(Math.random() * 60)));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    kills++;
    const yaml = readFileSync(join(dir, 'a.yaml'), 'utf8');
    const parsed = parseSidecar(yaml, 'a.yaml');
    assert.deepEqual(parsed.problems, [], `after kill ${i}: ${yaml.slice(-200)}`);
    assert.ok(yaml.endsWith('\n'));
    const n = parsed.sidecar!.annotations.length;
    if (n !== lastCount) changes++;
    lastCount = n;
  }
  assert.ok(kills >= 30);
  assert.ok(changes > 1, 'the writer really was rewriting the file between kills');
  // Temporary files of killed writers may remain, but never under the sidecar's name.
  for (const f of readdirSync(dir)) assert.ok(['a.txt', 'a.yaml', '.writer.js'].includes(f) || /^\.a\.yaml\.[a-z2-7]+\.tmp$/.test(f), f);
});
