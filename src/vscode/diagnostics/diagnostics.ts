import * as vscode from 'vscode';
import type { KbProblem } from '../../core/kb/load';
import type { SidecarProblem } from '../../core/sidecar/model';
import type { MentionFeatureDeps } from '../navigation/shared';

/** Problems that make a whole `entities.yaml` unreadable, as opposed to one entry being off. */
const KB_ERRORS: ReadonlySet<string> = new Set(['read-error', 'yaml-syntax', 'not-a-map', 'bad-version']);

interface Located {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Problems panel: sidecar problems (orphaned annotations included) on the sidecar file, and
 * `entities.yaml` problems on that file, at the line and column to fix. Each article and the
 * knowledge base own the diagnostics they put on a file, so one clears without touching another.
 */
export class CorpusDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('corpus');
  /** Owner (an article's URI, or the knowledge base) → file URI → its diagnostics there. */
  private readonly owned = new Map<string, Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly deps: MentionFeatureDeps) {
    this.disposables.push(
      deps.annotations.onDidChange((uri) => (uri ? this.updateArticle(uri) : this.updateAll())),
      deps.knowledge.onDidChange(() => this.updateKnowledge()),
    );
    void deps.knowledge.ready().then(() => this.updateKnowledge());
    this.updateAll();
  }

  private updateAll(): void {
    const live = new Set<string>();
    for (const a of this.deps.corpus.list()) {
      live.add(a.uri.toString());
      this.updateArticle(a.uri);
    }
    for (const owner of [...this.owned.keys()]) if (owner !== KB_OWNER && !live.has(owner)) this.setOwned(owner, []);
  }

  private updateArticle(article: vscode.Uri): void {
    const analysis = this.deps.annotations.index.article(article.path) ? this.deps.annotations.peek(article) : undefined;
    const encoding = this.deps.sidecars?.encodingProblem(article);
    const problems = [...(analysis?.load.problems ?? []), ...(encoding ? [encoding] : [])];
    this.setOwned(article.toString(), problems.map((p) => ({ uri: article.with({ path: p.file }), diagnostic: sidecarDiagnostic(p) })));
  }

  private updateKnowledge(): void {
    const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    this.setOwned(KB_OWNER, this.deps.knowledge.problems.map((p) => ({
      uri: folderOf(p.file) ?? base.with({ path: p.file }),
      diagnostic: kbDiagnostic(p),
    })));
  }

  private setOwned(owner: string, entries: Array<{ uri: vscode.Uri; diagnostic: vscode.Diagnostic }>): void {
    const before = this.owned.get(owner);
    const next = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const e of entries) {
      const k = e.uri.toString();
      let slot = next.get(k);
      if (!slot) next.set(k, (slot = { uri: e.uri, diagnostics: [] }));
      slot.diagnostics.push(e.diagnostic);
    }
    if (next.size) this.owned.set(owner, next);
    else this.owned.delete(owner);
    const touched = new Map<string, vscode.Uri>();
    for (const [k, v] of [...(before ?? []), ...next]) touched.set(k, v.uri);
    for (const [k, uri] of touched) {
      const all: vscode.Diagnostic[] = [];
      for (const files of this.owned.values()) all.push(...(files.get(k)?.diagnostics ?? []));
      this.collection.set(uri, all);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const KB_OWNER = 'knowledge-base';

/** The workspace folder holding a core path, so the diagnostic keeps that folder's scheme. */
function folderOf(path: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.find((f) => path.startsWith(f.uri.path.endsWith('/') ? f.uri.path : f.uri.path + '/'));
  return folder?.uri.with({ path });
}

/** Lines and columns arrive 1-based; the range runs to the line's end (the editor clips it). */
function rangeOf(p: Located): vscode.Range {
  const line = Math.max(0, p.line - 1);
  return new vscode.Range(line, Math.max(0, p.column - 1), line, Number.MAX_SAFE_INTEGER);
}

function sidecarDiagnostic(p: SidecarProblem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(p), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'corpus';
  d.code = p.code;
  return d;
}

function kbDiagnostic(p: KbProblem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(p), p.message, KB_ERRORS.has(p.code) ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'corpus';
  d.code = p.code;
  return d;
}
