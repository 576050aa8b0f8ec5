import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli';
import { SidecarStore, addAnnotation, addTags } from '../../core/sidecar/store';
import { nodeFileSystem } from '../../cli/node-fs';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { cwd, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const A = 'قال الرئيس فلاديمير بوتين في موسكو اليوم.';
const B = 'زار وزير الخارجية القاهرة أمس.';

async function corpus(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-cli-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'a.txt'), A);
  writeFileSync(join(dir, 'news', 'b.txt'), B);
  writeFileSync(join(dir, 'c.txt'), 'بلا وسوم');
  const store = new SidecarStore(nodeFileSystem);
  const cp = (s: string, w: string): number => [...s.slice(0, s.indexOf(w))].length;
  await store.update(join(dir, 'news', 'a.txt'), A,
    addAnnotation({ kind: 'person', start: cp(A, 'بوتين'), end: cp(A, 'بوتين') + 5, entity: 'vladimir-putin' }, A),
    addAnnotation({ kind: 'place', start: cp(A, 'موسكو'), end: cp(A, 'موسكو') + 5, entity: 'moscow' }, A), addTags('سياسة'));
  await store.update(join(dir, 'news', 'b.txt'), B, addAnnotation({ kind: 'place', start: cp(B, 'القاهرة'), end: cp(B, 'القاهرة') + 7, entity: 'cairo' }, B), addTags('سياسة', 'مصر'));
  return dir;
}

test('validate: a clean corpus exits 0 with a one-line summary', async (t) => {
  const dir = await corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = await run(['validate', dir], dir);
  assert.deepEqual(r.out, ['3 articles, 2 sidecars, no problems']);
  assert.equal(r.code, 0);
});

test('validate: problems print as file:line:col and exit 1; --fix records moved offsets', async (t) => {
  const dir = await corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const sidecar = join(dir, 'news', 'b.yaml');
  writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('kind: place', 'kind: animal'));
  writeFileSync(join(dir, 'news', 'a.txt'), 'عاجل: ' + A);
  const r = await run(['validate'], dir);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out.map((l) => l.replace(/: .*\[/, ': … [')), [
    'news/a.yaml:1:1: … [stale-offsets]',
    'news/b.yaml:11:11: … [unknown-kind]',
  ]);
  assert.match(r.out[1], /kind `animal`/);
  // A kind declared in the corpus's entities.yaml is known without --kinds.
  writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nkinds:\n  - id: animal\n');
  assert.equal((await run(['validate'], dir)).out.some((l) => l.includes('unknown-kind')), false);
  const fixed = await run(['validate', '--fix'], dir);
  assert.deepEqual(fixed.out, ['3 articles, 2 sidecars, 1 sidecar rewritten, no problems']);
  assert.equal(fixed.code, 0);
  rmSync(join(dir, 'entities.yaml'));
  assert.deepEqual((await run(['validate', '--kinds=animal'], dir)).code, 0);
});

test('stats: counts articles, annotations by kind, entities, tags and orphans, as text and JSON', async (t) => {
  const dir = await corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'news', 'b.txt'), 'نص آخر تماماً');
  const r = await run(['stats', dir, '--json'], dir);
  assert.equal(r.code, 0);
  const s = JSON.parse(r.out.join('\n'));
  assert.ok(s.knowledgeBaseEntities > 0, 'the built-in knowledge base counts');
  assert.deepEqual({ ...s, status: undefined, knowledgeBaseEntities: undefined }, {
    articles: 3, sidecars: 2, annotatedArticles: 2, annotations: 3, annotationsByKind: { person: 1, place: 2 },
    entities: 3, tags: { 'سياسة': 2, 'مصر': 1 }, status: undefined, orphans: 1, relations: 0, knowledgeBaseEntities: undefined,
  });
  const text = await run(['stats', dir], dir);
  assert.ok(text.out.includes('orphans: 1'));
  assert.ok(text.out.includes('  place: 2'));
});
