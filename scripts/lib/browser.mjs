// Headless Chromium (the system's, e.g. Debian's `chromium` package) driven by playwright-core.
// playwright-core never downloads a browser; we always pass an executable path.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('no Chromium found: apt-get install chromium (or set CHROMIUM=/path/to/chrome)');
  return found;
}

/** Opens a browser with a throw-away profile; `close()` removes it. Console output goes to `logFile`. */
export async function openBrowser({ logFile, viewport = { width: 1400, height: 860 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'corpus-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=en-US'],
  });
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => log?.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => log?.write(`[pageerror] ${e.stack || e}\n`));
  return {
    page,
    context,
    async close() {
      await context.close().catch(() => {});
      log?.end();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the extension's test suite inside the workbench at `url` and resolves to the exit code
 * the workbench reports through `window.codeAutomationExit` (0 = every test passed).
 */
export async function runWorkbenchTests(url, { logFile, timeoutMs = 300_000 } = {}) {
  const b = await openBrowser({ logFile });
  try {
    const done = new Promise((resolve) => b.page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await b.page.goto(url);
    const code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    return code === 0 ? 0 : (code === 'timeout' ? 124 : 1);
  } finally {
    await b.close();
  }
}
