import * as vscode from 'vscode';
import { describeArticle, type ArticleInfo } from '../core/corpus/article';
import { decodeUtf8 } from '../core/text/decode';
import type { Logger } from '../core/ports';

/** One article as the views show it. */
export interface ArticleEntry {
  readonly uri: vscode.Uri;
  readonly info: ArticleInfo;
}

const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.cache/**,**/dist/**}';

/**
 * The workspace's articles, found once and then kept up to date from file events, one file at a
 * time (never a rescan per saved file).
 */
export class CorpusService implements vscode.Disposable {
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the article that changed, or `undefined` when the whole list did. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private scanning: Promise<void> | undefined;

  constructor(private readonly glob: () => string, private readonly logger: Logger) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.txt');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => this.reload(u)),
      watcher.onDidChange((u) => this.reload(u)),
      watcher.onDidDelete((u) => {
        if (this.entries.delete(u.toString())) this.emitter.fire(undefined);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scan()),
    );
  }

  /** Every article, in path order. */
  list(): ArticleEntry[] {
    return [...this.entries.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  get(uri: vscode.Uri): ArticleEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** The article whose URI has this path (core speaks in paths). */
  byPath(path: string): ArticleEntry | undefined {
    for (const e of this.entries.values()) if (e.uri.path === path) return e;
    return undefined;
  }

  /** True when the file is one of the workspace's articles (or would be, once found). */
  isArticle(uri: vscode.Uri): boolean {
    return uri.path.toLowerCase().endsWith('.txt') && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  }

  /** Resolves when the first scan is done. */
  ready(): Promise<void> {
    return this.scanning ?? this.scan();
  }

  scan(): Promise<void> {
    const run = async () => {
      const t0 = Date.now();
      const uris = await vscode.workspace.findFiles(this.glob(), EXCLUDE);
      const next = new Map<string, ArticleEntry>();
      // Read in small batches: thousands of articles must not open thousands of files at once.
      for (let i = 0; i < uris.length; i += 64) {
        const batch = await Promise.all(uris.slice(i, i + 64).map((u) => this.read(u)));
        for (const e of batch) if (e) next.set(e.uri.toString(), e);
      }
      this.entries.clear();
      for (const [k, v] of next) this.entries.set(k, v);
      this.logger.info(`indexed ${next.size} articles in ${Date.now() - t0} ms`);
      this.emitter.fire(undefined);
    };
    this.scanning = run();
    return this.scanning;
  }

  private async read(uri: vscode.Uri): Promise<ArticleEntry | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      // The headline lives in the first lines: decode a bounded prefix, not a 50 MB file.
      const head = bytes.length > 16384 ? bytes.subarray(0, 16384) : bytes;
      return { uri, info: describeArticle(decodeUtf8(head).text) };
    } catch (e) {
      this.logger.warn(`cannot read ${uri.fsPath}: ${String(e)}`);
      return undefined;
    }
  }

  private async reload(uri: vscode.Uri): Promise<void> {
    const e = await this.read(uri);
    if (!e) return;
    this.entries.set(uri.toString(), e);
    this.emitter.fire(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
