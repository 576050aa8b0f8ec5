// Runs the plain-Node unit tests (src/test/unit/**/*.test.ts) with Node's test runner.
// Prints the runner's own output and, last, "N passed, N failed" for `scripts/test.mjs` to add up.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

mkdirSync('test-output', { recursive: true });
const tap = `test-output/unit-${process.pid}.tap`;
const filter = process.argv.slice(2);
const files = find('src/test/unit').filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error('no unit test files found');
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], { stdio: 'inherit' });
child.on('exit', async (code) => {
  const { readFileSync } = await import('node:fs');
  let pass = 0, fail = 0;
  try {
    const text = readFileSync(tap, 'utf8');
    pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
    fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  } catch { fail = 1; }
  if (code !== 0 && fail === 0) fail = 1;
  rmSync(tap, { force: true });
  console.log(`unit: ${pass} passed, ${fail} failed`);
  process.exit(code ?? 1);
});
