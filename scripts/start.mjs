// `npm start`: opens the sample corpus (or the folder given) in VS Code with the extension running.
//  - a desktop `code` on PATH: `code --extensionDevelopmentPath=<this project> <folder>`;
//  - otherwise: VS Code in the browser (code-server, installed once into .cache/), served on
//    127.0.0.1 with the address printed; Ctrl+C stops it.
// The folder is used as is: tags you make land in its sidecars (seeds/ by default).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot, startCodeServer, workbenchUrl } from './lib/code-server.mjs';

const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const portArg = args.find((a) => a.startsWith('--port='));
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(projectRoot, 'seeds'));
if (!existsSync(folder)) { console.error(`no such folder: ${folder}`); process.exit(2); }

if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, stdio: 'inherit' }).status !== 0) process.exit(1);

const hasCode = !browserOnly && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  const child = spawn('code', [`--extensionDevelopmentPath=${projectRoot}`, folder], { stdio: 'inherit' });
  child.on('exit', (c) => process.exit(c ?? 0));
} else {
  const server = await startCodeServer({ port: portArg ? Number(portArg.slice(7)) : 8080, quiet: true });
  const url = workbenchUrl(server.url, { folder, extension: projectRoot });
  console.log(`\nCorpus Annotator is running in VS Code for the browser. Open:\n\n  ${url}\n\n(Ctrl+C stops it.)`);
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
