/**
 * What an annotator sees all day: a seed article with tags, knowledge-base and rule suggestions
 * highlighted, and the Corpus container with its Articles, Entities (expanded) and Tags views.
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { setTags, setStatus } from '../../core/sidecar/store';
import { decodeUtf8 } from '../../core/text/decode';
import { openBrowser } from '../../../scripts/lib/browser.mjs';
import type { E2eContext } from './context';
import { openCorpusContainer, tagArticle, waitForDecorations } from './workbench';

export async function run(ctx: E2eContext): Promise<void> {
  const file = join(ctx.ws, '002_dca62404e39632a2.txt');
  // A name no knowledge base knows, so a context rule suggests it (المتحدث + name).
  const lines = decodeUtf8(readFileSync(file)).text.split('\n');
  lines.splice(1, 0, 'وقال المتحدث زيد العمري إن المحادثات مستمرة.');
  writeFileSync(file, lines.join('\n'));
  await tagArticle(file, [
    { text: 'كيربي', kind: 'person', entity: 'john-kirby' },
    { text: 'موسكو', kind: 'place', entity: 'moscow' },
    { text: 'البيت الأبيض', kind: 'organization', entity: 'white-house' },
  ], setTags(['كوريا الشمالية', 'أسلحة']), setStatus('in-progress'));

  const b = await openBrowser({ logFile: ctx.logFile, viewport: { width: 1500, height: 900 } });
  try {
    const { page } = b;
    await page.goto(ctx.url({ openFile: file }));
    await openCorpusContainer(page);
    const sidebar = page.locator('.part.sidebar');
    await sidebar.locator('.monaco-list-row', { hasText: 'واشنطن «قلقة»' }).first().waitFor({ timeout: 60_000 });

    // Make the sidebar wide enough for Arabic headlines, then open the Entities view.
    const sash = page.locator('.part.sidebar + .monaco-sash, .monaco-sash.vertical').first();
    const sb = await sidebar.boundingBox();
    if (sb && (await sash.count())) {
      await page.mouse.move(sb.x + sb.width, sb.y + 300);
      await page.mouse.down();
      await page.mouse.move(sb.x + 520, sb.y + 300, { steps: 5 });
      await page.mouse.up();
    }
    const header = sidebar.locator('.pane-header', { hasText: 'Entities' });
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    for (const kind of ['People', 'Places', 'Organizations']) {
      await sidebar.locator('.monaco-list-row', { hasText: kind }).first().waitFor({ timeout: 30_000 });
    }
    ctx.check('the Entities view groups people, places and organizations', true);
    await sidebar.locator('.monaco-list-row', { hasText: 'People' }).first().click();
    const kirby = sidebar.locator('.monaco-list-row', { hasText: 'كيربي' }).first();
    await kirby.waitFor({ timeout: 30_000 });
    const kirbyText = (await kirby.textContent()) ?? '';
    ctx.check('an entity row shows its mention and article counts', /\d+ mentions · \d+ articles/.test(kirbyText), kirbyText);
    await kirby.click();
    await page.keyboard.press('ArrowRight');
    const articleRow = sidebar.locator('.monaco-list-row[aria-level="3"]').first();
    await articleRow.waitFor({ timeout: 15_000 });
    await articleRow.click();
    await page.keyboard.press('ArrowRight');
    const mentionRow = sidebar.locator('.monaco-list-row[aria-level="4"]').first();
    await mentionRow.waitFor({ timeout: 15_000 });
    ctx.check('an entity expands to its articles and mentions with the line as preview', ((await mentionRow.textContent()) ?? '').includes('كيربي'));

    const boxes = await waitForDecorations(page, 10);
    const styles = await page.evaluate(() => {
      const seen = new Set<string>();
      for (const e of document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"]')) {
        const cs = getComputedStyle(e);
        const filled = cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent';
        const dashed = cs.outlineStyle === 'dashed';
        const bordered = cs.borderTopStyle === 'solid';
        seen.add(filled ? 'tag' : dashed ? 'rule' : bordered ? 'gazetteer' : 'other');
      }
      return [...seen].sort();
    });
    ctx.check('tags (filled), knowledge-base suggestions (bordered) and rule suggestions (dashed) are all drawn', ['gazetteer', 'rule', 'tag'].every((s) => styles.includes(s)), `${boxes.length} boxes: ${styles.join(', ')}`);
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(ctx.screenshots, 'workspace-entities.png') });
  } finally {
    await b.close();
  }
}
