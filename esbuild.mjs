// Bundles the extension, the CLI and the in-VS-Code test suites. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning', charset: 'utf8' };

const integrationTests = readdirSync('src/test/integration').filter((f) => f.endsWith('.test.ts')).map((f) => `src/test/integration/${f}`);

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The test suites run inside the extension host; mocha stays a runtime require from node_modules.
  { ...common, entryPoints: ['src/test/integration/index.ts', ...integrationTests], outdir: 'dist/test/integration', external: ['vscode', 'mocha'] },
  { ...common, entryPoints: ['src/test/run-desktop.ts'], outfile: 'dist/test/run-desktop.js', external: ['@vscode/test-electron'] },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
