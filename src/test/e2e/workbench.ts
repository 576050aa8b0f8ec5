/** Steps on the real workbench page that several browser tests share. */
import type { Page } from 'playwright-core';

/** Waits for the workbench and opens the Corpus container from the activity bar. */
export async function openCorpusContainer(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  const item = page.locator('.activitybar .action-item a[aria-label^="Corpus"], .activitybar .action-item[aria-label^="Corpus"]').first();
  await item.waitFor({ timeout: 60_000 });
  const title = page.locator('.part.sidebar .composite.title');
  const open = (await title.count()) > 0 && /corpus/i.test((await title.first().textContent()) ?? '');
  if (!open) await item.click();
  await page.locator('.part.sidebar .composite.title', { hasText: /corpus/i }).first().waitFor({ timeout: 30_000 });
}

/** Bounding boxes of the extension's highlight boxes in the editor, once at least `min` exist. */
export async function waitForDecorations(page: Page, min: number, timeoutMs = 30_000): Promise<Array<{ x: number; y: number; width: number; height: number }>> {
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"]')]
      .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
    if (boxes.length >= min || Date.now() > deadline) return boxes;
    await page.waitForTimeout(250);
  }
}
