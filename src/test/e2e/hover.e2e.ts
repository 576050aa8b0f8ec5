/**
 * The hover card as the annotator sees it: a tagged name in a seed article is hovered with the
 * mouse, and the card shows who it is, where else the corpus names them, and who tagged it.
 */
import { join } from 'node:path';
import { openBrowser } from '../../../scripts/lib/browser.mjs';
import type { E2eContext } from './context';
import { tagArticle, waitForDecorations } from './workbench';

const NAME = 'فلاديمير بوتين';

export async function run(ctx: E2eContext): Promise<void> {
  const file = join(ctx.ws, '002_dca62404e39632a2.txt');
  await tagArticle(file, [{ text: NAME, kind: 'person', entity: 'vladimir-putin' }]);

  const b = await openBrowser({ logFile: ctx.logFile });
  try {
    const { page } = b;
    await page.goto(ctx.url({ openFile: file }));
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const boxes = await waitForDecorations(page, 1);
    ctx.check('the article is highlighted before hovering', boxes.length >= 1, `${boxes.length} highlight boxes`);

    // The name's own glyphs, measured from the rendered line: the word, not the line, is hovered.
    const box = await page.evaluate((name) => {
      // The editor renders spaces as no-break spaces and may split a line into several spans.
      for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
        const nodes: Array<{ node: Text; at: number }> = [];
        let joined = '';
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, at: joined.length });
          joined += (n.textContent ?? '').replace(/\u00a0/g, ' ');
        }
        const i = joined.indexOf(name);
        if (i < 0) continue;
        // No named helper functions in here: tsx would wrap them in a `__name` the page lacks.
        let from = nodes[0];
        let to = nodes[0];
        for (const x of nodes) {
          if (x.at <= i) from = x;
          if (x.at <= i + name.length) to = x;
        }
        const r = document.createRange();
        r.setStart(from.node, i - from.at);
        r.setEnd(to.node, Math.min(i + name.length - to.at, to.node.length));
        const rect = r.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return undefined;
    }, NAME);
    ctx.check('the tagged name is on screen', !!box && box.width > 0, JSON.stringify(box));
    if (!box) return;

    // Counts are only final once the first indexing is done; its notification says when.
    const indexing = page.locator('.notifications-toasts', { hasText: 'indexing articles' });
    await page.waitForTimeout(1000);
    await indexing.first().waitFor({ state: 'hidden', timeout: 60_000 }).catch(() => undefined);

    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'mentions in' });
    // Moving onto the word from outside, then resting, is what the editor treats as a hover.
    for (let attempt = 0; attempt < 3 && !(await hover.isVisible()); attempt++) {
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height + 60);
      await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
      await hover.first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
    const visible = await hover.first().isVisible();
    ctx.check('hovering the name shows the card', visible);
    if (!visible) {
      await page.screenshot({ path: join(ctx.screenshots, 'hover-card.png') });
      return;
    }
    await page.waitForTimeout(300);
    // Bidi isolates around each value are invisible; compare the words.
    const card = (await hover.first().innerText()).replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
    ctx.check('the card names the entity, in Arabic and English', card.includes(NAME) && card.includes('Vladimir Putin'), card.slice(0, 120));
    // Every seed article names Putin.
    ctx.check('the card says where else the corpus mentions it', /\d+ mentions in 5 articles/.test(card), /\d+ mentions in \d+ articles?/.exec(card)?.[0]);
    ctx.check('the card says who confirmed the tag', card.includes('Confirmed tag, by e2e annotator'));
    ctx.check('the card links to Wikidata', await hover.first().locator('a', { hasText: 'Wikidata Q7747' }).count() === 1);
    const hrefs = await hover.first().locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
    ctx.check('every link is ours or Wikidata', hrefs.every((h) => h.startsWith('command:corpus.showEntityMentions') || h.startsWith('https://www.wikidata.org/wiki/')), hrefs.join(' '));
    await page.screenshot({ path: join(ctx.screenshots, 'hover-card.png') });
  } finally {
    await b.close();
  }
}
