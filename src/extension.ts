/**
 * Composition root: builds the services once, hands each feature what it needs, and pushes every
 * disposable to the extension context. No feature reaches for a global.
 */
import * as vscode from 'vscode';
import type { Logger } from './core/ports';
import { VscodeFileSystem } from './vscode/adapters/fs';
import { Command } from './vscode/commands/ids';
import { registerTaggingCommands, type Tagging } from './vscode/commands/tagging';
import { CorpusService } from './vscode/corpus';
import { DecorationController, type Highlight } from './vscode/decorations/decorations';
import { detectAnnotator } from './vscode/identity';
import { registerArticleLanguage } from './vscode/language';
import { SettingsService } from './vscode/settings';
import { SidecarService } from './vscode/sidecars';
import { registerReadingView, type ReadingView } from './vscode/reading/readingView';
import { AnnotationService } from './vscode/annotations';
import { KnowledgeService } from './vscode/knowledge';
import { registerTrees, type Trees } from './vscode/tree/register';
import { registerHover } from './vscode/hover/hover';
import { registerNavigation, type Navigation } from './vscode/navigation/navigation';

/** What `activate` returns: the live services, for the integration tests and for other extensions. */
export interface CorpusApi extends Trees {
  readonly corpus: CorpusService;
  readonly sidecars: SidecarService;
  readonly knowledge: KnowledgeService;
  readonly annotations: AnnotationService;
  readonly decorations: DecorationController;
  readonly tagging: Tagging;
  readonly reading: ReadingView;
  /** Outline, references, workspace symbols, explorer badges, Problems panel and status bar. */
  readonly navigation: Navigation;
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

  const knowledge = new KnowledgeService(fs, () => settings.value.builtinKnowledgeBase, logger);
  const annotations = new AnnotationService(corpus, sidecars, knowledge, logger);
  const highlights = async (doc: vscode.TextDocument): Promise<readonly Highlight[]> => (await annotations.analyze(doc.uri, doc.getText())).mentions;
  const decorations = new DecorationController(highlights, isArticle, () => settings.value);
  const trees = registerTrees({ corpus, sidecars, annotations });

  let annotator: Promise<string> | undefined;
  const currentAnnotator = () => {
    const configured = settings.value.annotator;
    if (configured) return Promise.resolve(configured);
    annotator ??= detectAnnotator(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
    return annotator;
  };

  const reading = registerReadingView({ annotations, sidecars, annotator: currentAnnotator, extensionUri: context.extensionUri, isArticle });
  const navigation = registerNavigation({ annotations, knowledge, corpus, isArticle, sidecars });
  const tagging = registerTaggingCommands({ corpus, sidecars, annotations, knowledge, annotator: currentAnnotator, settings: () => settings.value, isArticle });
  const ready = annotations.ready();

  context.subscriptions.push(
    channel,
    settings,
    corpus,
    sidecars,
    trees,
    decorations,
    reading,
    navigation,
    registerHover({ annotations, knowledge, corpus, isArticle }),
    registerArticleLanguage((uri) => corpus.isArticle(uri)),
    tagging,
    knowledge,
    annotations,
    vscode.commands.registerCommand(Command.Refresh, async () => { await knowledge.reload(); await corpus.scan(); await annotations.indexAll(); }),
    vscode.commands.registerCommand(Command.OpenArticle, (uri: vscode.Uri) => vscode.window.showTextDocument(uri, { preview: true })),
    annotations.onDidChange((uri) => void (uri ? decorations.refresh(uri) : decorations.refreshVisible())),
    settings.onDidChange((s) => { void decorations.refreshVisible(); if (s.builtinKnowledgeBase !== knowledge.builtinInUse) void knowledge.reload(); }),
  );
  void ready.then(() => decorations.refreshVisible());
  return { ...trees, corpus, sidecars, knowledge, annotations, decorations, tagging, reading, navigation, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
