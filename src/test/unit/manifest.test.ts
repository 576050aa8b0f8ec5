import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_COMMANDS } from '../../vscode/commands/ids';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('the command ids in code and in package.json are the same set', () => {
  const declared = (manifest.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
  assert.deepEqual([...ALL_COMMANDS].sort(), declared);
});

test('every %key% in package.json has an English string in package.nls.json', () => {
  const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  for (const k of keys) assert.ok(typeof nls[k] === 'string' && nls[k].length > 0, `package.nls.json lacks ${k}`);
});

test('every colour a decoration uses is declared with light, dark and high-contrast defaults', () => {
  const colors = new Map((manifest.contributes.colors as Array<{ id: string; defaults: Record<string, string> }>).map((c) => [c.id, c.defaults]));
  const used = new Set<string>();
  for (const f of files(join(root, 'src', 'vscode'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/corpusAnnotator\.\$\{kind\}(\w+)|'(corpusAnnotator\.\w+)'/g)) {
      if (m[1]) for (const k of ['person', 'place', 'organization', 'other']) used.add(`corpusAnnotator.${k}${m[1]}`);
      else if (m[2] && !m[2].includes('.highlight')) used.add(m[2]);
    }
  }
  assert.ok(used.size >= 8);
  for (const id of used) {
    if (!id.match(/(Background|Border)$/)) continue;
    const d = colors.get(id);
    assert.ok(d, `${id} is not declared`);
    for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(d[theme], `${id} lacks ${theme}`);
  }
});

test('src/core never imports vscode, Node built-ins or the VS Code layer', () => {
  const offenders = files(join(root, 'src', 'core')).filter((f) => f.endsWith('.ts')).filter((f) =>
    /from\s+['"](vscode|node:[^'"]+|fs|path|os|child_process)['"]|require\(['"]vscode['"]\)|from\s+['"][./]+\/vscode\//.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
