import * as vscode from 'vscode';
import type { MentionFeatureDeps } from '../navigation/shared';

/** The container command exists as soon as the Corpus container is declared, whatever views it holds. */
const OPEN_CORPUS = 'corpus.entities.focus';
const TYPING_DELAY_MS = 300;

/** Status bar: the current article's tag and suggestion counts; a click opens the Corpus views. */
export class ArticleStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('corpus.articleCounts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Drops an update that finished after a newer one started. */
  private generation = 0;

  constructor(private readonly deps: MentionFeatureDeps) {
    this.item.name = vscode.l10n.t('Corpus Annotator: article counts');
    this.item.command = OPEN_CORPUS;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      deps.annotations.onDidChange((uri) => {
        const active = vscode.window.activeTextEditor?.document.uri;
        if (!uri || uri.toString() === active?.toString()) void this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== vscode.window.activeTextEditor?.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), TYPING_DELAY_MS);
      }),
      // An article opened before the extension switched its language counts once it is switched.
      vscode.workspace.onDidOpenTextDocument((d) => { if (d === vscode.window.activeTextEditor?.document) void this.update(); }),
    );
    void this.update();
  }

  /** Recomputes from the active editor; resolves when the item shows the new counts. */
  async update(): Promise<void> {
    const gen = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.deps.isArticle(doc)) {
      this.item.hide();
      return;
    }
    const analysis = await this.deps.annotations.analyze(doc.uri, doc.getText()).catch(() => undefined);
    if (gen !== this.generation) return;
    if (!analysis) {
      this.item.hide();
      return;
    }
    const tags = analysis.tags.length;
    const suggestions = analysis.suggestions.length;
    this.item.text = `$(tag) ${tags} · $(lightbulb) ${suggestions}`;
    this.item.tooltip = vscode.l10n.t('{0} tags, {1} suggestions in this article. Click to open the Corpus views.', tags, suggestions);
    this.item.accessibilityInformation = { label: vscode.l10n.t('{0} tags, {1} suggestions', tags, suggestions) };
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
