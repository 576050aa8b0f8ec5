import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { cwd, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const KB = [
  'version: 1',
  'entities:',
  '  - id: zorba-zarqawi',
  '    kind: person',
  '    name: زوربا الزرقاني',
  '    aliases: [الزرقاني]',
  '  - id: qamariya',
  '    kind: place',
  '    name: القمرية',
  '',
].join('\n');

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentions-cli-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'entities.yaml'), KB);
  // A BOM, an emoji and a proclitic: offsets are code points of the text after the BOM.
  writeFileSync(join(dir, 'news', 'a.txt'), '\ufeff😀 قال زوربا الزرقاني\nإن للقمرية مستقبلا.');
  return dir;
}

test('mentions --json: one line per file, code-point offsets, BOM excluded', async (t) => {
  const dir = corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = await run(['mentions', '--json', '--no-builtin', 'news/a.txt'], dir);
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.equal(r.out.length, 1);
  const line = JSON.parse(r.out[0]) as { file: string; mentions: Array<Record<string, unknown>> };
  assert.equal(line.file, 'news/a.txt');
  assert.deepEqual(line.mentions, [
    { start: 6, end: 20, text: 'زوربا الزرقاني', kind: 'person', entity: 'zorba-zarqawi', source: 'gazetteer' },
    { start: 25, end: 31, text: 'لقمرية', kind: 'place', entity: 'qamariya', source: 'gazetteer' },
  ]);
});

test('mentions: readable listing with line:column, kind, text and entity', async (t) => {
  const dir = corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = await run(['mentions', '--no-builtin', join(dir, 'news', 'a.txt')], '/');
  assert.equal(r.code, 0);
  assert.equal(r.out.length, 2);
  assert.match(r.out[0], /a\.txt:1:7 +person +زوربا الزرقاني +zorba-zarqawi$/);
  assert.match(r.out[1], /a\.txt:2:5 +place +لقمرية +qamariya$/);
});

test('mentions --root: the knowledge base comes from the given folder', async (t) => {
  const dir = corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'b.txt'), 'الزرقاني');
  const without = await run(['mentions', '--json', '--no-builtin', 'b.txt'], dir);
  assert.deepEqual(JSON.parse(without.out[0]).mentions, []);
  const withRoot = await run(['mentions', '--json', '--no-builtin', '--root', 'news', 'b.txt'], dir);
  assert.equal(JSON.parse(withRoot.out[0]).mentions[0].entity, 'zorba-zarqawi');
});

test('mentions: a missing file is reported and the exit code is 1; no file is a usage error', async (t) => {
  const dir = corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = await run(['mentions', '--json', '--no-builtin', 'nope.txt', 'news/a.txt'], dir);
  assert.equal(r.code, 1);
  assert.equal(r.out.length, 1);
  assert.match(r.err[0], /nope\.txt/);
  assert.equal((await run(['mentions'], dir)).code, 2);
});

test('mentions: the built-in knowledge base is on by default', async (t) => {
  const dir = corpus();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'c.txt'), 'وصل بوتين إلى موسكو');
  const r = await run(['mentions', '--json', 'c.txt'], dir);
  assert.deepEqual(JSON.parse(r.out[0]).mentions.map((m: { text: string }) => m.text), ['بوتين', 'موسكو']);
});
