// A real VS Code (code-server, from the npm registry) for tests and for `npm start` on machines
// without a desktop VS Code. Nothing here downloads a binary from anywhere but the npm registry:
// @vscode/ripgrep's postinstall would fetch ripgrep from GitHub, so its download cache is seeded
// with the system's `rg` (Debian package ripgrep) first.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION || '4.100.3';
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheRoot = join(projectRoot, '.cache', `code-server-${CODE_SERVER_VERSION}`);

function which(cmd) {
  try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim(); } catch { return ''; }
}

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

/** Installs code-server once into `.cache/code-server-<version>` and returns its entry script. */
export function ensureCodeServer(log = console.log) {
  const entry = join(cacheRoot, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = join(cacheRoot, 'installed.ok');
  if (existsSync(marker) && existsSync(entry)) return entry;
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not installed: apt-get install ripgrep');
  const t0 = Date.now();
  rmSync(cacheRoot, { recursive: true, force: true });
  const pkgs = join(cacheRoot, 'pkgs');
  const tmp = join(cacheRoot, 'tmp');
  mkdirSync(pkgs, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const env = {
    ...process.env,
    // Native addons build against the local Node headers; node-pty's postinstall runs `npx node-gyp`
    // without a prompt; code-server's postinstall refuses to run as root without unsafe-perm.
    npm_config_nodedir: process.env.npm_config_nodedir || '/usr',
    npm_config_yes: 'true',
    npm_config_unsafe_perm: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    TMPDIR: tmp,
  };
  log(`installing code-server ${CODE_SERVER_VERSION} into .cache (once; about a minute)`);
  const tgz = join(pkgs, sh('npm', ['pack', '--silent', `code-server@${CODE_SERVER_VERSION}`], { cwd: pkgs, env }).trim().split('\n').pop());
  sh('tar', ['xzf', tgz, 'package/lib/vscode/npm-shrinkwrap.json'], { cwd: pkgs });
  const shrink = JSON.parse(readFileSync(join(pkgs, 'package/lib/vscode/npm-shrinkwrap.json'), 'utf8'));
  const rgVersion = shrink.packages['node_modules/@vscode/ripgrep'].version;
  const rgTgz = join(pkgs, sh('npm', ['pack', '--silent', `@vscode/ripgrep@${rgVersion}`], { cwd: pkgs, env }).trim().split('\n').pop());
  sh('tar', ['xzf', rgTgz, 'package/lib/postinstall.js'], { cwd: pkgs });
  const rgTag = /^const VERSION = '(.*)';/m.exec(readFileSync(join(pkgs, 'package/lib/postinstall.js'), 'utf8'))[1];
  const target = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const rgCache = join(tmp, `vscode-ripgrep-cache-${rgVersion}`);
  const stage = join(pkgs, 'rgstage');
  mkdirSync(rgCache, { recursive: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(rg, join(stage, 'rg'));
  sh('tar', ['czf', join(rgCache, `ripgrep-${rgTag}-${target}.tar.gz`), '-C', stage, 'rg']);
  writeFileSync(join(cacheRoot, 'package.json'), '{"name":"code-server-host","private":true}\n');
  const logFile = join(cacheRoot, 'npm-install.log');
  try {
    execFileSync('npm', ['install', '--no-save', tgz], { cwd: cacheRoot, env, stdio: ['ignore', openSync(logFile, 'w'), openSync(logFile, 'a')] });
  } catch {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`code-server install failed (log: ${logFile}):\n${tail}`);
  }
  const installedRg = join(cacheRoot, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
  if (!existsSync(installedRg) || !existsSync(entry)) {
    throw new Error('code-server installed without its dependencies: npm may have skipped install scripts (try `npm install-scripts approve code-server`)');
  }
  rmSync(pkgs, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(marker, `${CODE_SERVER_VERSION} ${new Date().toISOString()}\n`);
  log(`code-server installed in ${Math.round((Date.now() - t0) / 1000)} s`);
  return entry;
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

/**
 * Starts code-server on 127.0.0.1 with a throw-away profile. `env` reaches the remote extension
 * host (which is how tests learn where to write their results).
 */
export async function startCodeServer({ env = {}, settings = {}, port, logFile, quiet = true } = {}) {
  const entry = ensureCodeServer();
  const work = mkdtempSync(join(tmpdir(), 'corpus-vscode-'));
  const ud = join(work, 'user-data');
  mkdirSync(join(ud, 'User'), { recursive: true });
  mkdirSync(join(work, 'extensions'), { recursive: true });
  writeFileSync(join(ud, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.tips.enabled': false,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'git.openRepositoryInParentFolders': 'never',
    'extensions.ignoreRecommendations': true,
    ...settings,
  }, null, 2));
  port = port ?? await freePort();
  const out = logFile ? openSync(logFile, 'w') : 'ignore';
  const child = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--config', join(work, 'config.yaml'), '--user-data-dir', ud, '--extensions-dir', join(work, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'], {
    env: { ...process.env, XDG_CONFIG_HOME: join(work, 'xdg'), XDG_DATA_HOME: join(work, 'xdg'), ...env },
    stdio: ['ignore', quiet ? out : 'inherit', quiet ? out : 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(url + 'healthz');
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('code-server did not become healthy within 60 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      for (let i = 0; i < 20 && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    rmSync(work, { recursive: true, force: true });
  };
  return { url, port, stop, work };
}

/** The address code-server serves a local path under (its remote authority is the Host header). */
export function remoteUri(url, path) {
  return `vscode-remote://${new URL(url).host}${resolve(path)}`;
}

/** A workbench URL that opens `folder` with the extension under development (and maybe its tests). */
export function workbenchUrl(url, { folder, extension, tests, openFile }) {
  const payload = [];
  if (extension) payload.push(['extensionDevelopmentPath', remoteUri(url, extension)]);
  if (tests) payload.push(['extensionTestsPath', remoteUri(url, tests)]);
  if (openFile) payload.push(['openFile', remoteUri(url, openFile)]);
  return `${url}?folder=${encodeURIComponent(resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
