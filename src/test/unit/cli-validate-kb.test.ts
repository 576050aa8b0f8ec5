import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli';

test('validate reports entities.yaml problems by file, line and column and exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-kb-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'قال بوتين.');
    writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nentities:\n  - id: Bad Id\n    kind: person\n    name: س\n');
    const out: string[] = [];
    const code = await main(['validate', dir], { cwd: dir, out: (l) => out.push(l), err: () => undefined });
    assert.equal(code, 1);
    assert.match(out.join('\n'), /^entities\.yaml:3:\d+: error: .*\[bad-id\]$/m);
    writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nentities:\n  - id: good-id\n    kind: person\n    name: س\n');
    assert.equal(await main(['validate', dir], { cwd: dir, out: () => undefined, err: () => undefined }), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
