/**
 * The annotator's first look: the workbench opens a seed article that has a tag; the Corpus
 * container shows the Articles view with Arabic headlines, and the tagged name is highlighted.
 */
import { join } from 'node:path';
import { openBrowser } from '../../../scripts/lib/browser.mjs';
import type { E2eContext } from './context';
import { openCorpusContainer, tagArticle, waitForDecorations } from './workbench';

export async function run(ctx: E2eContext): Promise<void> {
  const file = join(ctx.ws, '002_dca62404e39632a2.txt');
  await tagArticle(file, [{ text: 'كيربي', kind: 'person' }]);

  const b = await openBrowser({ logFile: ctx.logFile });
  try {
    const { page } = b;
    await page.goto(ctx.url({ openFile: file }));
    await openCorpusContainer(page);
    const row = page.locator('.part.sidebar .monaco-list-row', { hasText: 'واشنطن «قلقة» من تقدّم محادثات الأسلحة' });
    await row.first().waitFor({ timeout: 60_000 });
    const rows = await page.locator('.part.sidebar .monaco-list-row').allTextContents();
    const arabicRows = rows.filter((r) => /[\u0600-\u06ff]{3}/.test(r));
    ctx.check('the Articles view lists the five seeds by their Arabic headlines', arabicRows.length >= 5, `${arabicRows.length} Arabic rows`);
    const boxes = await waitForDecorations(page, 1);
    ctx.check('the tagged name is highlighted in the editor', boxes.length >= 1, `${boxes.length} highlight boxes`);
    await page.screenshot({ path: join(ctx.screenshots, 'skeleton-articles-and-tag.png') });
  } finally {
    await b.close();
  }
}
