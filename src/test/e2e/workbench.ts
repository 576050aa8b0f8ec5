/** Steps on the real workbench page that several browser tests share. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { nodeFileSystem } from '../../cli/node-fs';
import { SidecarStore, addAnnotation, type Change } from '../../core/sidecar/store';
import { decodeUtf8 } from '../../core/text/decode';

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

/**
 * Writes tags into an article's sidecar before the workbench opens it, through the same store the
 * extension uses. Each tag names the first occurrence of its text; returns the article's text.
 */
export async function tagArticle(file: string, tags: ReadonlyArray<{ text: string; kind: string; entity?: string }>, ...more: Change[]): Promise<string> {
  const text = decodeUtf8(readFileSync(file)).text;
  const changes = tags.map((t) => {
    const at = text.indexOf(t.text);
    if (at < 0) throw new Error(`«${t.text}» is not in ${file}`);
    const start = [...text.slice(0, at)].length;
    return addAnnotation({ kind: t.kind, entity: t.entity, start, end: start + [...t.text].length, annotator: 'e2e annotator' }, text);
  });
  await new SidecarStore(nodeFileSystem).update(file, text, ...changes, ...more);
  return text;
}
