// `npm test`: everything, in order, with one summary line at the end.
//   1. type-check, lint, build (a failure here stops the run)
//   2. unit tests of core in plain Node
//   3. a guard: the in-VS-Code suite with a marker that forces one failure must fail, with exactly it
//   4. integration tests inside a real VS Code extension host (code-server, installed once into .cache),
//      then the same on a generated corpus of 2,000 articles
//   5. browser tests that drive the real workbench in headless Chromium and save screenshots
// Options: --only=unit|integration|scale|e2e (repeatable), --grep=TEXT (integration test titles), --e2e=NAME (browser test files),
//          --skip-checks (no type-check and lint: a quicker loop while developing).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCodeServer, projectRoot, startCodeServer, workbenchUrl } from './lib/code-server.mjs';
import { runWorkbenchTests } from './lib/browser.mjs';

process.chdir(projectRoot);
const args = process.argv.slice(2);
const only = args.filter((a) => a.startsWith('--only=')).map((a) => a.slice(7));
const grep = args.find((a) => a.startsWith('--grep='))?.slice(7);
const wants = (part) => only.length === 0 || only.includes(part);
// TEST_OUTPUT lets two runs on one machine keep apart (each gets its own workspaces and results).
const out = process.env.TEST_OUTPUT ? join(projectRoot, process.env.TEST_OUTPUT) : join(projectRoot, 'test-output');
mkdirSync(out, { recursive: true });

const t0 = Date.now();
const totals = { passed: 0, failed: 0 };
const failures = [];
const step = (s) => console.log(`\n=== [${Math.round((Date.now() - t0) / 1000)}s] ${s}`);
const count = (part, passed, failed, names = []) => {
  totals.passed += passed;
  totals.failed += failed;
  for (const n of names) failures.push(`${part}: ${n}`);
};

function npmRun(script) {
  const r = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm run ${script} failed`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

step('type-check, lint, build');
if (!args.includes('--skip-checks')) {
  npmRun('typecheck');
  npmRun('lint');
}
npmRun('build');

if (wants('unit')) {
  step('unit tests (plain Node)');
  const r = spawnSync(process.execPath, ['scripts/unit.mjs'], { encoding: 'utf8' });
  process.stdout.write(r.stdout.split('\n').filter((l) => !/^(ok|# )/.test(l)).join('\n'));
  process.stderr.write(r.stderr);
  const m = /unit: (\d+) passed, (\d+) failed/.exec(r.stdout);
  const failedNames = [...r.stdout.matchAll(/^\s*✖ (.+?)(?: \(\d.*\))?$/gm)].map((x) => x[1]);
  if (m) count('unit', Number(m[1]), Number(m[2]), [...new Set(failedNames)].slice(0, 20));
  else count('unit', 0, 1, ['the unit runner printed no summary']);
}

/** A fresh copy of the sample corpus for one suite to change at will. */
function workspace(name) {
  const ws = join(out, name);
  rmSync(ws, { recursive: true, force: true });
  cpSync(join(projectRoot, 'seeds'), ws, { recursive: true });
  return ws;
}

if (wants('integration') || wants('scale') || wants('e2e')) {
  step('code-server (a real VS Code), installed once per version into .cache/');
  ensureCodeServer();
}

if (wants('integration')) {
  const results = join(out, 'integration-results.json');
  const ws = workspace('ws-integration');
  const server = await startCodeServer({ env: { CORPUS_TEST_RESULTS: results, ...(grep ? { CORPUS_TEST_GREP: grep } : {}) }, logFile: join(out, 'code-server-integration.log') });
  try {
    const url = workbenchUrl(server.url, { folder: ws, extension: projectRoot, tests: join(projectRoot, 'dist/test/integration/index') });
    const read = () => (existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined);

    step('guard: a forced failure inside VS Code must fail the run, with exactly that failure');
    writeFileSync(join(ws, '.corpus-force-fail'), 'remove me\n');
    rmSync(results, { force: true });
    const guardCode = await runWorkbenchTests(url, { logFile: join(out, 'console-guard.log') });
    const guard = read();
    const guardOk = guardCode !== 0 && guard?.failed === 1 && guard.results.find((r) => r.state === 'failed')?.error?.includes('forced failure');
    console.log(guardOk ? 'guard ok: exit ' + guardCode + ', exactly the forced failure reported' : `GUARD FAILED: exit ${guardCode}, results ${JSON.stringify(guard && { passed: guard.passed, failed: guard.failed })}`);
    count('guard', guardOk ? 1 : 0, guardOk ? 0 : 1, guardOk ? [] : ['a forced failure did not fail the in-VS-Code run']);
    rmSync(join(ws, '.corpus-force-fail'));
    // The guard run wrote sidecars into the workspace: start the real run from a clean copy.
    rmSync(ws, { recursive: true, force: true });
    cpSync(join(projectRoot, 'seeds'), ws, { recursive: true });

    step('integration tests inside the VS Code extension host');
    rmSync(results, { force: true });
    const code = await runWorkbenchTests(url, { logFile: join(out, 'console-integration.log') });
    const r = read();
    if (!r) {
      count('integration', 0, 1, [`no results written (workbench exit ${code}); see test-output/console-integration.log`]);
    } else {
      for (const t of r.results) console.log(`  ${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.error ? '\n       ' + t.error.split('\n').slice(0, 3).join('\n       ') : ''}`);
      console.log(`VS Code ${r.vscodeVersion}: ${r.passed} passed, ${r.failed} failed`);
      const failed = r.results.filter((t) => t.state === 'failed').map((t) => t.title);
      // A failure outside a test (a hook, a crash) still counts.
      const extra = code !== 0 && r.failed === 0 ? 1 : 0;
      count('integration', r.passed, r.failed + extra, extra ? [...failed, `workbench exit ${code}`] : failed);
    }
  } finally {
    await server.stop();
  }
}

if (wants('scale')) {
  // The same kind of run on a generated corpus of 2,000 articles: first indexing, trees, and
  // that one tag re-analyses one article, measured inside the extension host.
  step('scale: integration tests on a generated corpus of 2,000 articles');
  const { generateCorpus } = await import(pathToFileURL(join(projectRoot, 'src/test/fixtures/generate-corpus.ts')).href);
  const ws = join(out, 'ws-scale');
  rmSync(ws, { recursive: true, force: true });
  const bytes = generateCorpus(join(projectRoot, 'seeds'), ws, 2000);
  console.log(`generated 2000 articles, ${(bytes / 1e6).toFixed(1)} MB`);
  const results = join(out, 'scale-results.json');
  const report = join(out, 'scale-report.json');
  rmSync(results, { force: true });
  const server = await startCodeServer({ env: { CORPUS_TEST_RESULTS: results, CORPUS_SUITE: 'scale', CORPUS_SCALE_ARTICLES: '2000', CORPUS_SCALE_REPORT: report }, logFile: join(out, 'code-server-scale.log') });
  try {
    const code = await runWorkbenchTests(workbenchUrl(server.url, { folder: ws, extension: projectRoot, tests: join(projectRoot, 'dist/test/integration/index') }), { logFile: join(out, 'console-scale.log') });
    const r = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined;
    if (!r) count('scale', 0, 1, [`no results written (workbench exit ${code})`]);
    else {
      for (const t of r.results) console.log(`  ${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.error ? '\n       ' + t.error.split('\n').slice(0, 3).join('\n       ') : ''}`);
      if (existsSync(report)) console.log(`scale figures: ${readFileSync(report, 'utf8').replace(/\s+/g, ' ')}`);
      const extra = code !== 0 && r.failed === 0 ? 1 : 0;
      count('scale', r.passed, r.failed + extra, r.results.filter((t) => t.state === 'failed').map((t) => t.title));
    }
  } finally {
    await server.stop();
  }
}

if (wants('e2e')) {
  const e2eFilter = args.find((a) => a.startsWith('--e2e='))?.slice(6);
  const files = readdirSync(join(projectRoot, 'src/test/e2e')).filter((f) => f.endsWith('.e2e.ts') && (!e2eFilter || f.includes(e2eFilter))).sort();
  const shots = join(out, 'screenshots');
  mkdirSync(shots, { recursive: true });
  for (const f of files) {
    step(`browser test ${f}`);
    const ws = workspace(`ws-${f.replace(/\.e2e\.ts$/, '')}`);
    const server = await startCodeServer({ logFile: join(out, `code-server-${f}.log`) });
    try {
      const mod = await import(pathToFileURL(join(projectRoot, 'src/test/e2e', f)).href);
      const checks = [];
      await mod.run({
        server, ws, projectRoot, screenshots: shots, logFile: join(out, `console-${f}.log`),
        url: (opts) => workbenchUrl(server.url, { folder: ws, extension: projectRoot, ...opts }),
        check(name, ok, detail = '') {
          checks.push({ name, ok });
          console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
        },
      }).catch((e) => { checks.push({ name: `${f} crashed: ${e.message.split('\n')[0]}`, ok: false }); console.log(`  FAIL ${e.stack}`); });
      if (checks.length === 0) checks.push({ name: `${f} made no checks`, ok: false });
      const bad = checks.filter((c) => !c.ok);
      count('e2e', checks.length - bad.length, bad.length, bad.map((c) => c.name));
    } finally {
      await server.stop();
    }
  }
  console.log(`screenshots in ${shots}: ${readdirSync(shots).filter((s) => s.endsWith('.png')).join(', ')}`);
}

step(`done in ${Math.round((Date.now() - t0) / 1000)} s`);
if (failures.length) console.log('failed:\n  ' + failures.join('\n  '));
if (totals.passed + totals.failed === 0) totals.failed = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
