import * as vscode from 'vscode';
import { describeArticle } from '../../core/corpus/article';
import { addAnnotation } from '../../core/sidecar/store';
import { OffsetConverter } from '../../core/text/offsets';
import { DocumentOffsets } from '../adapters/ranges';
import type { AnnotationService } from '../annotations';
import { Command } from '../commands/ids';
import type { SidecarService } from '../sidecars';
import { KNOWN_KINDS, renderArticleBody, renderPage, type ReadingLabels } from './html';

export interface ReadingViewDeps {
  readonly annotations: AnnotationService;
  readonly sidecars: SidecarService;
  readonly annotator: () => Promise<string>;
  readonly extensionUri: vscode.Uri;
  readonly isArticle: (doc: vscode.TextDocument) => boolean;
  /** Delay before a typed change is shown; tests shorten it. */
  readonly debounceMs?: number;
}

/** What the view shows right now (read by tests). */
export interface ReadingViewState {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The page last assigned to the webview. */
  readonly html: string;
  /** The article markup last sent, in the page or by message. */
  readonly body: string;
  readonly mentions: number;
  readonly renders: number;
}

/** Messages the page sends; anything else is ignored. */
export type ReadingMessage =
  | { type: 'ready' }
  | { type: 'tag'; start: number; end: number; kind: string; version?: number }
  | { type: 'select'; start: number; end: number }
  | { type: 'scroll'; line: number };

export interface ReadingView extends vscode.Disposable {
  current(): ReadingViewState | undefined;
  /** Opens (or reveals) the panel on an article. */
  open(doc?: vscode.TextDocument): Promise<boolean>;
  /** What the page's message listener calls. */
  handleMessage(msg: unknown): Promise<void>;
  /** Fires after every render. */
  readonly onDidRender: vscode.Event<ReadingViewState>;
}

/** A selection's surrounding spaces and punctuation never belong to a name. */
const EDGE = /[\s«»"“”'‘’()[\]{}،؛؟!.,:;…-]/u;

function labels(): ReadingLabels {
  return {
    title: vscode.l10n.t('Reading View'),
    kinds: { person: vscode.l10n.t('Person'), place: vscode.l10n.t('Place'), organization: vscode.l10n.t('Organization'), other: vscode.l10n.t('Other') },
    sources: { tag: vscode.l10n.t('your tag'), gazetteer: vscode.l10n.t('knowledge base'), rule: vscode.l10n.t('rule') },
    tagAs: vscode.l10n.t('Tag the selection as'),
    hint: vscode.l10n.t('Select text, then press P, L or O'),
    empty: vscode.l10n.t('This article is empty.'),
  };
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

const sameUri = (a: vscode.Uri | undefined, b: vscode.Uri | undefined) => !!a && !!b && a.toString() === b.toString();

/**
 * A right-to-left webview of the active article: VS Code editors cannot lay out an Arabic
 * paragraph with coloured names, a browser page with `dir="rtl"` can. The panel follows the
 * active article, its scroll and selection, and tags from its own selection through the same
 * sidecar path as the tag command.
 */
export function registerReadingView(deps: ReadingViewDeps): ReadingView {
  const media = vscode.Uri.joinPath(deps.extensionUri, 'media');
  const debounceMs = deps.debounceMs ?? 250;
  const rendered = new vscode.EventEmitter<ReadingViewState>();
  let panel: vscode.WebviewPanel | undefined;
  let panelSubs: vscode.Disposable[] = [];
  let shown: vscode.Uri | undefined;
  let wasVisible = false;
  let state: ReadingViewState | undefined;
  let renders = 0;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A reveal we caused in the editor comes back as a visible-range event; echoing it to the page
  // would fight the user's scrolling there.
  let quietEditorScrollUntil = 0;

  const editorFor = (uri: vscode.Uri | undefined) =>
    (sameUri(vscode.window.activeTextEditor?.document.uri, uri) ? vscode.window.activeTextEditor : undefined)
    ?? vscode.window.visibleTextEditors.find((e) => sameUri(e.document.uri, uri));

  const post = (msg: Record<string, unknown>) => { void panel?.webview.postMessage(msg); };

  const syncFromEditor = (editor: vscode.TextEditor | undefined) => {
    if (!editor || !sameUri(editor.document.uri, shown)) return;
    const top = editor.visibleRanges[0];
    if (top) post({ type: 'scrollTo', line: top.start.line });
    postSelection(editor);
  };

  const postSelection = (editor: vscode.TextEditor) => {
    const offsets = new DocumentOffsets(editor.document);
    const sel = editor.selection;
    post({ type: 'mark', ...(sel.isEmpty ? { start: 0, end: 0 } : offsets.span(sel)) });
  };

  async function render(doc: vscode.TextDocument, fullPage: boolean): Promise<void> {
    if (!panel) return;
    const mine = ++seq;
    const text = doc.getText();
    const version = doc.version;
    const analysis = await deps.annotations.analyze(doc.uri, text);
    if (mine !== seq || !panel) return; // a newer render started
    const l = labels();
    const body = renderArticleBody(text, analysis.mentions, describeArticle(text).headlineLine, l);
    let html = state && !fullPage ? state.html : '';
    if (fullPage || !state) {
      const webview = panel.webview;
      html = renderPage({
        cspSource: webview.cspSource,
        nonce: nonce(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'reading.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'reading.css')).toString(),
        body,
        version,
        labels: l,
      });
      webview.html = html;
      const headline = describeArticle(text).headline;
      panel.title = headline ? `${l.title}: ${headline.length > 40 ? headline.slice(0, 40) + '…' : headline}` : l.title;
    } else {
      post({ type: 'render', body, version });
    }
    state = { uri: doc.uri, version, html, body, mentions: analysis.mentions.length, renders: ++renders };
    rendered.fire(state);
  }

  /** The shown article's document: the open one (it may be reopened, e.g. on a language switch). */
  async function shownDocument(): Promise<vscode.TextDocument | undefined> {
    if (!shown) return undefined;
    const uri = shown;
    return vscode.workspace.textDocuments.find((d) => sameUri(d.uri, uri)) ?? vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined);
  }

  function show(doc: vscode.TextDocument): Promise<void> {
    const switched = !sameUri(shown, doc.uri);
    shown = doc.uri;
    clearTimeout(timer);
    return render(doc, switched || !state);
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void shownDocument().then((d) => d && render(d, false)), debounceMs);
  }

  /** The span without the spaces and punctuation a drag selection tends to catch at its ends. */
  function trim(text: string, start: number, end: number): { start: number; end: number } | undefined {
    const conv = new OffsetConverter(text);
    const cps = [...text.slice(conv.toUtf16(start), conv.toUtf16(end))];
    let a = 0;
    let b = cps.length;
    while (a < b && EDGE.test(cps[a])) a++;
    while (b > a && EDGE.test(cps[b - 1])) b--;
    return a < b ? { start: start + a, end: start + b } : undefined;
  }

  async function tag(msg: { start: number; end: number; kind: string; version?: number }): Promise<void> {
    const doc = await shownDocument();
    if (!doc) return;
    if (msg.version !== undefined && msg.version !== doc.version) {
      // The page showed older text than the document holds now; its offsets would miss.
      void vscode.window.showWarningMessage(vscode.l10n.t('The article changed while you selected; select the name again.'));
      await render(doc, false);
      return;
    }
    const text = doc.getText();
    const total = [...text].length;
    if (msg.end > total || msg.start >= msg.end) return;
    const span = trim(text, msg.start, msg.end);
    if (!span) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Select a name to tag.'));
      return;
    }
    try {
      await deps.sidecars.update(doc.uri, text, addAnnotation({ kind: msg.kind, start: span.start, end: span.end, annotator: await deps.annotator() }, text));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the tag to {0}: {1}', vscode.workspace.asRelativePath(doc.uri.with({ path: doc.uri.path.replace(/\.txt$/i, '.yaml') })), e instanceof Error ? e.message : String(e)));
    }
  }

  async function handleMessage(raw: unknown): Promise<void> {
    if (!raw || typeof raw !== 'object') return;
    const msg = raw as Partial<Record<string, unknown>>;
    switch (msg.type) {
      case 'ready':
        syncFromEditor(editorFor(shown));
        return;
      case 'tag':
        if (isInt(msg.start) && isInt(msg.end) && typeof msg.kind === 'string' && (KNOWN_KINDS as readonly string[]).includes(msg.kind)) {
          await tag({ start: msg.start, end: msg.end, kind: msg.kind, version: isInt(msg.version) ? msg.version : undefined });
        }
        return;
      case 'select': {
        const editor = editorFor(shown);
        if (!editor || !isInt(msg.start) || !isInt(msg.end) || msg.end < msg.start) return;
        const range = new DocumentOffsets(editor.document).range(msg.start, msg.end);
        editor.selection = new vscode.Selection(range.start, range.end);
        quietEditorScrollUntil = Date.now() + 400;
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
      case 'scroll': {
        const editor = editorFor(shown);
        if (!editor || !isInt(msg.line) || msg.line >= editor.document.lineCount) return;
        quietEditorScrollUntil = Date.now() + 400;
        editor.revealRange(new vscode.Range(msg.line, 0, msg.line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
    }
  }

  async function open(doc?: vscode.TextDocument): Promise<boolean> {
    const target = doc ?? (vscode.window.activeTextEditor && deps.isArticle(vscode.window.activeTextEditor.document) ? vscode.window.activeTextEditor.document : undefined)
      ?? (await shownDocument()) ?? vscode.window.visibleTextEditors.find((e) => deps.isArticle(e.document))?.document;
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open an article to read it right to left.'));
      return false;
    }
    if (panel) {
      panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      panel = vscode.window.createWebviewPanel('corpus.readingView', labels().title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [media],
        retainContextWhenHidden: false,
      });
      panel.iconPath = vscode.Uri.joinPath(media, 'corpus.svg');
      panelSubs = [
        panel.webview.onDidReceiveMessage((m) => void handleMessage(m)),
        panel.onDidDispose(() => {
          for (const d of panelSubs) d.dispose();
          panelSubs = [];
          panel = undefined;
          shown = undefined;
          state = undefined;
          clearTimeout(timer);
        }),
        // A hidden webview loses its page; the next reveal needs the whole page again.
        panel.onDidChangeViewState((e) => {
          const visible = e.webviewPanel.visible;
          if (visible && !wasVisible) void shownDocument().then((d) => d && render(d, true));
          wasVisible = visible;
        }),
      ];
      state = undefined;
    }
    wasVisible = true;
    await show(target);
    return true;
  }

  const subscriptions = [
    rendered,
    vscode.commands.registerCommand(Command.OpenReadingView, (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => sameUri(d.uri, uri)) : undefined;
      return open(doc);
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (panel && e && deps.isArticle(e.document) && !sameUri(e.document.uri, shown)) void show(e.document).then(() => syncFromEditor(e));
    }),
    vscode.workspace.onDidChangeTextDocument((e) => { if (panel && sameUri(e.document.uri, shown)) schedule(); }),
    deps.annotations.onDidChange((uri) => { if (panel && shown && (!uri || sameUri(uri, shown))) schedule(); }),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (!panel || !sameUri(e.textEditor.document.uri, shown) || Date.now() < quietEditorScrollUntil) return;
      const top = e.visibleRanges[0];
      if (top) post({ type: 'scrollTo', line: top.start.line });
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => { if (panel && sameUri(e.textEditor.document.uri, shown)) postSelection(e.textEditor); }),
  ];

  return {
    current: () => state,
    open,
    handleMessage,
    onDidRender: rendered.event,
    dispose() {
      clearTimeout(timer);
      panel?.dispose();
      for (const d of subscriptions) d.dispose();
    },
  };
}
