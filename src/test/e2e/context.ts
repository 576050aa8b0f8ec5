/** What `scripts/test.mjs` hands each browser test. */
export interface E2eContext {
  /** The test's own copy of the sample corpus. */
  readonly ws: string;
  readonly projectRoot: string;
  /** Where screenshots go (git-ignored). */
  readonly screenshots: string;
  readonly logFile: string;
  /** A workbench URL on the test's workspace with the extension loaded. */
  url(opts?: { openFile?: string }): string;
  /** Records one named check; a false `ok` fails `npm test`. */
  check(name: string, ok: boolean, detail?: string): void;
}
