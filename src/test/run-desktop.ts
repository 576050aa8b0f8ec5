/**
 * `npm run test:desktop`: the same integration suite in a desktop VS Code downloaded by
 * @vscode/test-electron (needs internet; CI here uses code-server through `npm test`).
 */
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const ws = mkdtempSync(join(tmpdir(), 'corpus-desktop-ws-'));
  cpSync(join(root, 'seeds'), ws, { recursive: true });
  const results = join(ws, '..', `corpus-desktop-results-${process.pid}.json`);
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'dist', 'test', 'integration', 'index.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { CORPUS_TEST_RESULTS: results },
    });
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
