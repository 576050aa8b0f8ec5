/**
 * The Reading View as the annotator sees it: opened from the command palette beside a seed article
 * with one tag, the article reads right to left, right-aligned, names coloured; a selection in
 * the page tagged with a key press lands in the sidecar on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { openBrowser } from '../../../scripts/lib/browser.mjs';
import type { E2eContext } from './context';
import { tagArticle, waitForDecorations } from './workbench';

export async function run(ctx: E2eContext): Promise<void> {
  const file = join(ctx.ws, '002_dca62404e39632a2.txt');
  const sidecar = join(ctx.ws, '002_dca62404e39632a2.yaml');
  await tagArticle(file, [{ text: 'كيربي', kind: 'person' }]);

  const b = await openBrowser({ logFile: ctx.logFile });
  try {
    const { page } = b;
    await page.goto(ctx.url({ openFile: file }));
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    // Highlights mean the extension runs and the editor holds an article.
    await waitForDecorations(page, 1, 60_000);

    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30_000 });
    await page.keyboard.type('Open Reading View');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Reading View' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');

    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    const article = frame.locator('main#article');
    await article.locator('mark.s-tag').first().waitFor({ timeout: 60_000 });

    ctx.check('the page is right to left and Arabic', (await frame.locator('html').getAttribute('dir')) === 'rtl' && (await frame.locator('html').getAttribute('lang')) === 'ar');
    const layout = await article.evaluate((main) => {
      const h1 = main.querySelector('h1');
      const p = main.querySelector('p');
      if (!h1 || !p) return undefined;
      const cs = getComputedStyle(p);
      // Word boxes of the headline: in a right-to-left line the first word is the rightmost.
      const words: { word: string; left: number; right: number; top: number }[] = [];
      for (const span of h1.querySelectorAll('span, mark')) {
        const node = span.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const t = (node as Text).data;
        for (const m of t.matchAll(/[\u0600-\u06ff]+/g)) {
          const r = document.createRange();
          r.setStart(node, m.index);
          r.setEnd(node, m.index + m[0].length);
          const box = r.getBoundingClientRect();
          words.push({ word: m[0], left: box.left, right: box.right, top: box.top });
        }
      }
      const lineBox = p.getBoundingClientRect();
      const first = document.createRange();
      first.selectNodeContents(p.firstElementChild!);
      return { direction: cs.direction, textAlign: cs.textAlign, words, paragraphRight: lineBox.right, firstRunRight: first.getBoundingClientRect().right, h1Weight: Number(getComputedStyle(h1).fontWeight) };
    });
    ctx.check('paragraphs are laid out right to left and right-aligned', !!layout && layout.direction === 'rtl' && ['right', 'start'].includes(layout.textAlign) && Math.abs(layout.firstRunRight - layout.paragraphRight) < 2,
      JSON.stringify(layout && { direction: layout.direction, textAlign: layout.textAlign, firstRunRight: layout.firstRunRight, paragraphRight: layout.paragraphRight }));
    const words = layout?.words ?? [];
    // The headline may wrap: compare each word with the one before it on the same visual line.
    const pairs = words.slice(1).map((w, i) => [words[i], w]).filter(([a, w]) => Math.abs(a.top - w.top) < 3);
    const rtl = pairs.length >= 3 && pairs.every(([a, w]) => w.right <= a.left + 1);
    ctx.check('the headline words run from right to left', rtl, words.map((w) => `${w.word}@${Math.round(w.left)}`).join(' '));
    ctx.check('the headline is emphasised', (layout?.h1Weight ?? 0) >= 600);

    const marks = await article.locator('mark.m').evaluateAll((els) => els.map((e) => ({ text: e.textContent, cls: e.className, bg: getComputedStyle(e).backgroundColor, color: getComputedStyle(e).color })));
    const tagMark = marks.find((m) => m.cls.includes('s-tag') && m.text === 'كيربي');
    ctx.check('the tagged name is highlighted with a background', !!tagMark && tagMark.bg !== 'rgba(0, 0, 0, 0)', JSON.stringify(tagMark));
    ctx.check('knowledge-base names are highlighted too', marks.some((m) => m.cls.includes('s-gazetteer')), `${marks.length} marks`);
    await page.screenshot({ path: join(ctx.screenshots, 'reading-view.png') });

    // Scrolling the page scrolls the editor to the same line.
    const editorTopLine = () => page.evaluate(() => Math.min(...[...document.querySelectorAll('.monaco-editor .margin-view-overlays .line-numbers')]
      .map((e) => Number(e.textContent)).filter((n) => n > 0)));
    const topBefore = await editorTopLine();
    const pageLine = await article.evaluate((main) => {
      const last = [...main.querySelectorAll<HTMLElement>('[data-line]')].at(-2)!;
      last.scrollIntoView({ block: 'start' });
      return Number(last.dataset.line) + 1;
    });
    let topAfter = topBefore;
    for (let i = 0; i < 40 && topAfter === topBefore; i++) {
      await page.waitForTimeout(250);
      topAfter = await editorTopLine();
    }
    ctx.check('scrolling the page scrolls the editor', topAfter > topBefore && topAfter <= pageLine, `editor top line ${topBefore} → ${topAfter}, page at line ${pageLine}`);

    // Tag from the page: select a name there, press L (place).
    const body = frame.locator('body');
    await article.locator('p').first().click();
    const selected = await article.evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('أوكرانيا');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 'أوكرانيا'.length);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
        return sel.toString();
      }
      return '';
    });
    await body.press('l');
    const deadline = Date.now() + 20_000;
    let tagged = false;
    while (!tagged && Date.now() < deadline) {
      const doc = existsSync(sidecar) ? parse(readFileSync(sidecar, 'utf8')) : undefined;
      tagged = !!doc?.annotations?.some((x: { kind: string; text: string }) => x.kind === 'place' && x.text === 'أوكرانيا');
      if (!tagged) await page.waitForTimeout(250);
    }
    ctx.check('a selection tagged with the L key in the page is written to the sidecar', tagged, `selected «${selected}»`);
    await article.locator('mark.s-tag.k-place').first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    ctx.check('the new tag is highlighted in the page', (await article.locator('mark.s-tag.k-place', { hasText: 'أوكرانيا' }).count()) >= 1);
    await page.screenshot({ path: join(ctx.screenshots, 'reading-view-tagged.png') });
  } finally {
    await b.close();
  }
}
