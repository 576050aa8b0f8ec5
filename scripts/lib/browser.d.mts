import type { BrowserContext, Page } from 'playwright-core';

export function chromiumPath(): string;
export function openBrowser(opts?: { logFile?: string; viewport?: { width: number; height: number } }): Promise<{ page: Page; context: BrowserContext; close(): Promise<void> }>;
export function runWorkbenchTests(url: string, opts?: { logFile?: string; timeoutMs?: number }): Promise<number>;
