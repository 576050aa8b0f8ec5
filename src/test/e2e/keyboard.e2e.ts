/**
 * A short tagging session with the keyboard only, as an annotator types it: go to a line, select
 * a name word by word, tag it as a person, jump to the next suggestion and accept it, jump again
 * and reject that one, move to the next mention. The sidecar on disk must say exactly that.
 */
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { openBrowser } from '../../../scripts/lib/browser.mjs';
import type { E2eContext } from './context';
import { waitForDecorations } from './workbench';

interface Sidecar { annotations?: Array<{ text: string; kind: string }>; rejected?: Array<{ text: string }> }

export async function run(ctx: E2eContext): Promise<void> {
  const file = join(ctx.ws, '002_dca62404e39632a2.txt');
  const sidecarFile = join(ctx.ws, '002_dca62404e39632a2.yaml');
  const read = (): Sidecar => (existsSync(sidecarFile) ? parse(readFileSync(sidecarFile, 'utf8')) ?? {} : {});
  const until = async (probe: () => boolean, ms = 15_000) => {
    const deadline = Date.now() + ms;
    while (!probe()) {
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 200));
    }
    return true;
  };

  const b = await openBrowser({ logFile: ctx.logFile });
  try {
    const { page } = b;
    await page.goto(ctx.url({ openFile: file }));
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await waitForDecorations(page, 10);
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(500);
    const key = async (k: string) => { await page.keyboard.press(k); await page.waitForTimeout(400); };

    // Line 3 reads «وقال جون كيربي، منسّق …»: to its start, past two words, select the third.
    await key('Control+G');
    await page.keyboard.type('3');
    await key('Enter');
    await key('Home');
    await key('Control+ArrowRight');
    await key('Control+ArrowRight');
    await key('Control+Shift+ArrowRight');
    await key('Control+Alt+P');
    const tagged = await until(() => (read().annotations ?? []).some((a) => a.text === 'كيربي' && a.kind === 'person'));
    ctx.check('Ctrl+Alt+P tags the selected «كيربي» (punctuation left out) as a person', tagged, JSON.stringify(read().annotations?.map((a) => a.text)));

    await key('Control+Alt+BracketRight');
    await key('Control+Alt+Enter');
    const accepted = await until(() => (read().annotations ?? []).length === 2);
    const second = read().annotations?.map((a) => a.text).find((t) => t !== 'كيربي');
    ctx.check('Ctrl+Alt+] then Ctrl+Alt+Enter accepts the next suggestion', accepted, String(second));

    await key('Control+Alt+BracketRight');
    await key('Control+Alt+Backspace');
    const rejected = await until(() => (read().rejected ?? []).length === 1);
    ctx.check('Ctrl+Alt+] then Ctrl+Alt+Backspace rejects the one after', rejected, JSON.stringify(read().rejected));

    await key('Control+Alt+Period');
    const selected = await page.evaluate(() => document.querySelectorAll('.monaco-editor .selected-text').length);
    ctx.check('Ctrl+Alt+. selects the next mention', selected > 0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ctx.screenshots, 'keyboard-session.png') });
    ctx.check('the session wrote two tags and one rejection, nothing else', (read().annotations ?? []).length === 2 && (read().rejected ?? []).length === 1);
  } finally {
    await b.close();
  }
}
