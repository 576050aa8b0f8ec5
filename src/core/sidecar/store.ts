/**
 * The one place that reads and writes sidecars. Every write is a read-modify-write of pure
 * changes, lands atomically (temporary file in the same folder, then rename), never clobbers a
 * file that changed on disk meanwhile, and never happens when the file on disk holds something
 * this build would lose by rewriting it.
 */
import { isNotFound, type FileSystem } from '../ports';
import { basename, dirname, join, sidecarPathFor } from '../path';
import { OffsetConverter } from '../text/offsets';
import { decodeSidecar, serializeSidecar, type ParseOptions } from './codec';
import { fingerprint, sameFingerprint } from './fingerprint';
import { emptySidecar, newId, type Sidecar, type SidecarProblem, type TextFingerprint } from './model';
import { reanchor, type ReanchorReport } from './reanchor';
import type { Change } from './updates';

export * from './updates';

export interface LoadResult {
  /** The sidecar placed on the given article text (an empty one when there is no file). */
  readonly sidecar: Sidecar;
  readonly problems: SidecarProblem[];
  /** The file must not be rewritten: a newer format, a syntax error, or data this build would drop. */
  readonly readOnly: boolean;
  /** Present when the article changed since the sidecar was written, or offsets were off. */
  readonly reanchor?: ReanchorReport;
  readonly exists: boolean;
}

export interface StoreOptions extends ParseOptions {
  /** How often `update` re-reads and re-applies after finding the file changed under it. */
  readonly maxAttempts?: number;
}

/** Thrown by `update` instead of writing; `problems` says why. */
export class SidecarWriteRefused extends Error {
  constructor(readonly file: string, readonly problems: readonly SidecarProblem[]) {
    super(`not writing ${file}: ${problems.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.column}: ${p.message}`).join('; ') || 'it keeps changing on disk'}`);
    this.name = 'SidecarWriteRefused';
  }
}

const encoder = new TextEncoder();

interface Snapshot {
  readonly bytes?: Uint8Array;
  readonly source?: string;
  readonly result: LoadResult;
}

export class SidecarStore {
  /** Serialises updates of one file inside this process; other processes are caught by the byte comparison. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private lastText?: { text: string; fp: TextFingerprint; conv: OffsetConverter };

  constructor(private readonly fs: FileSystem, private readonly options: StoreOptions = {}) {}

  /** Reads the sidecar of `articlePath` and places it on `articleText`. Never writes. */
  async load(articlePath: string, articleText: string): Promise<LoadResult> {
    return (await this.snapshot(sidecarPathFor(articlePath), articleText)).result;
  }

  /**
   * Applies `changes` in order to the freshly read sidecar and writes the result, if it differs.
   * Resolves to the sidecar as written.
   */
  async update(articlePath: string, articleText: string, ...changes: Change[]): Promise<Sidecar> {
    const file = sidecarPathFor(articlePath);
    const prev = this.queues.get(file) ?? Promise.resolve();
    const run = prev.catch(() => undefined).then(() => this.readModifyWrite(file, articleText, changes));
    this.queues.set(file, run);
    try {
      return await run;
    } finally {
      if (this.queues.get(file) === run) this.queues.delete(file);
    }
  }

  private async readModifyWrite(file: string, articleText: string, changes: readonly Change[]): Promise<Sidecar> {
    const attempts = this.options.maxAttempts ?? 5;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const snap = await this.snapshot(file, articleText);
      if (snap.result.readOnly) throw new SidecarWriteRefused(file, snap.result.problems);
      const base = snap.result.sidecar;
      let next = changes.reduce((s, change) => change(s), base);
      if (!snap.result.exists && next === base) return next;
      // The offsets now refer to this text, whatever the sidecar said before.
      next = { ...next, text: this.measured(articleText).fp };
      const out = serializeSidecar(next, snap.source);
      if (out === snap.source) return next;
      const data = encoder.encode(out);
      const tmp = join(dirname(file), `.${basename(file)}.${newId('a').slice(2)}.tmp`);
      await this.fs.writeFile(tmp, data);
      try {
        // Compare-and-swap by content: someone else's write since our read means our changes
        // must be re-applied to their version, not written over it.
        if (!sameBytes(await this.readOrUndefined(file), snap.bytes)) continue;
        await this.fs.rename(tmp, file);
        return next;
      } finally {
        // After a successful rename the temporary name no longer exists; delete() tolerates that.
        await this.fs.delete(tmp).catch(() => undefined);
      }
    }
    throw new SidecarWriteRefused(file, [{ file, line: 1, column: 1, code: 'concurrent-change', severity: 'error', message: `the sidecar kept changing on disk during ${attempts} attempts to update it` }]);
  }

  private async readOrUndefined(file: string): Promise<Uint8Array | undefined> {
    try {
      return await this.fs.readFile(file);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  private measured(articleText: string): { fp: TextFingerprint; conv: OffsetConverter } {
    // The extension loads the same article many times in a row; hashing 1 MB each time adds up.
    if (this.lastText?.text !== articleText) this.lastText = { text: articleText, fp: fingerprint(articleText), conv: new OffsetConverter(articleText) };
    return this.lastText;
  }

  private async snapshot(file: string, articleText: string): Promise<Snapshot> {
    const bytes = await this.readOrUndefined(file);
    if (bytes === undefined) return { result: { sidecar: emptySidecar(), problems: [], readOnly: false, exists: false } };
    const parsed = decodeSidecar(bytes, file, this.options);
    if (!parsed.sidecar) {
      return { bytes, result: { sidecar: emptySidecar(), problems: parsed.problems, readOnly: true, exists: true } };
    }
    const { fp, conv } = this.measured(articleText);
    const placed = placeOnArticle(parsed.sidecar, articleText, fp, conv, file, parsed.positions);
    return {
      bytes,
      source: parsed.text,
      result: {
        sidecar: placed.sidecar,
        problems: [...parsed.problems, ...placed.problems],
        readOnly: parsed.readOnly,
        ...(placed.report ? { reanchor: placed.report } : {}),
        exists: true,
      },
    };
  }
}

/**
 * Checks a parsed sidecar against the article and re-anchors when needed: always when the
 * article's fingerprint changed, and for the annotations whose offsets or quotes are wrong even
 * though it did not (a hand edit gone wrong). Exported for the corpus checks.
 */
export function placeOnArticle(
  sidecar: Sidecar, articleText: string, fp: TextFingerprint, conv: OffsetConverter, file: string,
  positions?: ReadonlyMap<string, { line: number; column: number }>,
): { sidecar: Sidecar; problems: SidecarProblem[]; report?: ReanchorReport } {
  const problems: SidecarProblem[] = [];
  const where = (id: string): { line: number; column: number } => positions?.get(id) ?? { line: 1, column: 1 };
  const same = sameFingerprint(sidecar.text, fp);
  const bad = new Map<string, { code: string; message: string }>();
  if (same) {
    for (const a of sidecar.annotations) {
      if (a.orphan) continue;
      if (a.end > fp.length || a.start > a.end) {
        bad.set(a.id, { code: 'offset-out-of-range', message: `annotation \`${a.id}\` spans [${a.start}, ${a.end}), outside the article's ${fp.length} code points` });
      } else if (conv.toUtf16(a.end) - conv.toUtf16(a.start) !== a.text.length || !articleText.startsWith(a.text, conv.toUtf16(a.start))) {
        bad.set(a.id, { code: 'quote-mismatch', message: `annotation \`${a.id}\` quotes "${clip(a.text)}" but the article has "${clip(articleText.slice(conv.toUtf16(a.start), conv.toUtf16(a.end)))}" at [${a.start}, ${a.end})` });
      }
    }
  }
  let result = sidecar;
  let report: ReanchorReport | undefined;
  const needed = !same && (sidecar.annotations.length > 0 || sidecar.text !== undefined);
  if (needed || bad.size > 0) {
    const r = reanchor(sidecar, articleText, conv);
    result = r.sidecar;
    report = r.report;
    const orphanReasons = new Map(r.report.orphaned.map((o) => [o.id, o.reason]));
    const movedTo = new Map(r.report.moved.map((m) => [m.id, m.to]));
    for (const [id, b] of bad) {
      const outcome = orphanReasons.has(id) ? 'it is now an orphan' : movedTo.has(id) ? `found it again at [${movedTo.get(id)!.start}, ${movedTo.get(id)!.end})` : 'left as it is';
      problems.push({ file, ...where(id), code: b.code, severity: 'error', message: `${b.message}; ${outcome}` });
    }
  }
  if (sidecar.text === undefined && result.annotations.length === 0) {
    // Nothing was measured against the article yet; do not invent a fingerprint on load.
    result = sidecar;
  }
  for (const a of result.annotations) {
    if (!a.orphan || bad.has(a.id)) continue;
    problems.push({ file, ...where(a.id), code: 'orphan', severity: 'warning', message: `annotation \`${a.id}\` (${a.kind} "${clip(a.text)}") lost its place: ${a.orphanReason ?? 'the article changed'}; re-tag or delete it` });
  }
  return { sidecar: result, problems, ...(report ? { report } : {}) };
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
