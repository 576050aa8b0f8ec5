import * as vscode from 'vscode';
import type { Logger } from '../core/ports';
import { SidecarStore, type LoadResult } from '../core/sidecar/store';
import type { Sidecar, SidecarProblem } from '../core/sidecar/model';
import { decodeUtf8 } from '../core/text/decode';
import { sidecarPathFor } from '../core/path';
import type { VscodeFileSystem } from './adapters/fs';
import type { ArticleAnnotationSummary } from './tree/articles';

type Change = (s: Sidecar) => Sidecar;

/**
 * The extension's view of the sidecars: loads each through the core store (which re-anchors and
 * validates), caches the result per article, writes only through the store, and says when an
 * article's annotations changed — after our own writes and after edits on disk alike.
 */
export class SidecarService implements vscode.Disposable {
  private readonly store: SidecarStore;
  private readonly cache = new Map<string, { text: string; result: LoadResult }>();
  private readonly encoding = new Map<string, { line: number; column: number }>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the article whose sidecar changed. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(fs: VscodeFileSystem, private readonly logger: Logger) {
    this.store = new SidecarStore(fs);
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.yaml');
    const onDisk = (u: vscode.Uri) => {
      if (u.path.endsWith('/entities.yaml')) return;
      const article = u.with({ path: u.path.replace(/\.yaml$/, '.txt') });
      this.invalidate(article);
    };
    this.disposables.push(watcher, watcher.onDidCreate(onDisk), watcher.onDidChange(onDisk), watcher.onDidDelete(onDisk));
  }

  /** The article's text: the open document's (unsaved edits included), else the file's. */
  async textOf(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    const decoded = decodeUtf8(await vscode.workspace.fs.readFile(uri));
    if (decoded.invalid) this.encoding.set(uri.toString(), decoded.invalid);
    else this.encoding.delete(uri.toString());
    return decoded.text;
  }

  /** Where an article's bytes stop being UTF-8, as of its last read from disk. */
  encodingProblem(uri: vscode.Uri): SidecarProblem | undefined {
    const at = this.encoding.get(uri.toString());
    return at && {
      file: uri.path, line: at.line, column: at.column, code: 'not-utf8', severity: 'error',
      message: `the article is not valid UTF-8 from line ${at.line}, column ${at.column}: it is shown with replacement characters; save it as UTF-8`,
    };
  }

  /** Loads (or returns the cached) sidecar state of an article. */
  async load(uri: vscode.Uri, text?: string): Promise<LoadResult> {
    const key = uri.toString();
    const cached = this.cache.get(key);
    if (cached && (text === undefined || text === cached.text)) return cached.result;
    const t = text ?? (await this.textOf(uri));
    const result = await this.store.load(uri.path, t);
    this.cache.set(key, { text: t, result });
    return result;
  }

  /** Cached summary for tree rows; `undefined` until the article was loaded once. */
  summary(uri: vscode.Uri): ArticleAnnotationSummary | undefined {
    const r = this.cache.get(uri.toString())?.result;
    if (!r) return undefined;
    return { annotations: r.sidecar.annotations.length, status: r.sidecar.status, tags: r.sidecar.tags, problems: r.problems.filter((p) => p.severity === 'error').length };
  }

  /** Applies changes through the store's read-modify-write and refreshes every view. */
  async update(uri: vscode.Uri, text: string, ...changes: Change[]): Promise<Sidecar> {
    const sidecar = await this.store.update(uri.path, text, ...changes);
    this.cache.delete(uri.toString());
    await this.load(uri, text);
    this.emitter.fire(uri);
    this.logger.info(`wrote ${sidecarPathFor(uri.path)}`);
    return sidecar;
  }

  invalidate(article: vscode.Uri): void {
    this.cache.delete(article.toString());
    this.emitter.fire(article);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
