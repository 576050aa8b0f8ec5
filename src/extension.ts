/**
 * Composition root: builds the services once, hands each feature what it needs, and pushes every
 * disposable to the extension context. No feature reaches for a global.
 */
import * as vscode from 'vscode';
import type { Logger } from './core/ports';
import { VscodeFileSystem } from './vscode/adapters/fs';
import { Command } from './vscode/commands/ids';
import { registerTagCommands } from './vscode/commands/tag';
import { CorpusService } from './vscode/corpus';
import { DecorationController, type Highlight } from './vscode/decorations/decorations';
import { detectAnnotator } from './vscode/identity';
import { registerArticleLanguage } from './vscode/language';
import { SettingsService } from './vscode/settings';
import { SidecarService } from './vscode/sidecars';
import { ArticlesProvider } from './vscode/tree/articles';

/** What `activate` returns: the live services, for the integration tests and for other extensions. */
export interface CorpusApi {
  readonly corpus: CorpusService;
  readonly sidecars: SidecarService;
  readonly articles: ArticlesProvider;
  readonly articlesView: vscode.TreeView<unknown>;
  readonly decorations: DecorationController;
  /** Resolves when the first indexing of the workspace is done. */
  readonly ready: Promise<void>;
}

function outputLogger(channel: vscode.LogOutputChannel): Logger {
  return { info: (m) => channel.info(m), warn: (m) => channel.warn(m), error: (m) => channel.error(m) };
}

export function activate(context: vscode.ExtensionContext): CorpusApi {
  const channel = vscode.window.createOutputChannel('Corpus Annotator', { log: true });
  const logger = outputLogger(channel);
  const settings = new SettingsService();
  const fs = new VscodeFileSystem();
  const corpus = new CorpusService(() => settings.value.articleGlob, logger);
  const sidecars = new SidecarService(fs, logger);

  const isArticle = (doc: vscode.TextDocument) => doc.uri.scheme !== 'output' && corpus.isArticle(doc.uri);

  const articles = new ArticlesProvider(corpus, (uri) => sidecars.summary(uri));
  const articlesView = vscode.window.createTreeView('corpus.articles', { treeDataProvider: articles, showCollapseAll: false });

  const highlights = async (doc: vscode.TextDocument): Promise<Highlight[]> => {
    const loaded = await sidecars.load(doc.uri, doc.getText());
    return loaded.sidecar.annotations
      .filter((a) => !a.orphan)
      .map((a) => ({ start: a.start, end: a.end, kind: a.kind, entity: a.entity, source: 'tag' as const }));
  };
  const decorations = new DecorationController(highlights, isArticle, () => settings.value);

  let annotator: Promise<string> | undefined;
  const currentAnnotator = () => {
    const configured = settings.value.annotator;
    if (configured) return Promise.resolve(configured);
    annotator ??= detectAnnotator(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
    return annotator;
  };

  // Row counts come from sidecars: load each article's once the list is known.
  const loadSummaries = async () => {
    for (const a of corpus.list()) await sidecars.load(a.uri).catch((e) => logger.warn(`${a.uri.path}: ${String(e)}`));
    articles.refresh();
  };
  const ready = corpus.ready().then(loadSummaries);

  context.subscriptions.push(
    channel,
    settings,
    corpus,
    sidecars,
    articles,
    articlesView,
    decorations,
    registerArticleLanguage((uri) => corpus.isArticle(uri)),
    registerTagCommands({ sidecars, annotator: currentAnnotator, isArticle }),
    vscode.commands.registerCommand(Command.Refresh, async () => { await corpus.scan(); await loadSummaries(); }),
    vscode.commands.registerCommand(Command.OpenArticle, (uri: vscode.Uri) => vscode.window.showTextDocument(uri, { preview: true })),
    sidecars.onDidChange((uri) => { articles.refresh(); void decorations.refresh(uri); }),
    settings.onDidChange(() => void decorations.refreshVisible()),
  );
  void ready.then(() => decorations.refreshVisible());
  return { corpus, sidecars, articles, articlesView: articlesView as vscode.TreeView<unknown>, decorations, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
