/**
 * Loaded by VS Code as `extensionTestsPath`: runs every `*.test.js` beside it with mocha inside the
 * extension host. Results go to `$CORPUS_TEST_RESULTS` (JSON) for the harness to count; the promise
 * rejects when a test fails, which makes the workbench report a non-zero exit.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface Result { title: string; state: 'passed' | 'failed'; error?: string; ms?: number }

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  // The scale suite runs alone, in its own generated workspace; the others run on the seeds.
  const scale = process.env.CORPUS_SUITE === 'scale';
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    if ((f === 'scale.test.js') === scale || f === 'guard.test.js') mocha.addFile(path.join(__dirname, f));
  }
  const grep = process.env.CORPUS_TEST_GREP;
  // The harness guard always runs, so a filtered run still proves that failures are seen.
  if (grep) mocha.grep(new RegExp(`${grep}|harness guard`));
  const resultsFile = process.env.CORPUS_TEST_RESULTS;
  const results: Result[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = { passed: results.filter((r) => r.state === 'passed').length, failed: failures, vscodeVersion: vscode.version, results };
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
      console.log(`[corpus tests] ${summary.passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => { results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }); console.log(`[corpus tests] PASS ${t.fullTitle()}`); });
    runner.on('fail', (t, err: Error) => { results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }); console.log(`[corpus tests] FAIL ${t.fullTitle()}: ${err}`); });
  });
}
