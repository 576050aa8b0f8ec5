import * as vscode from 'vscode';
import { DocumentOffsets } from '../adapters/ranges';
import type { Settings } from '../settings';

/** A span to highlight, in code points, with where it came from. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly source: 'tag' | 'gazetteer' | 'rule';
  readonly entity?: string;
}

export type HighlightSource = (document: vscode.TextDocument) => Promise<readonly Highlight[]>;

const KINDS = ['person', 'place', 'organization', 'other'] as const;
type KindKey = (typeof KINDS)[number];
type Layer = Highlight['source'];

function kindKey(kind: string): KindKey {
  return (KINDS as readonly string[]).includes(kind) ? (kind as KindKey) : 'other';
}

/**
 * Only background, border and outline: VS Code draws those in an overlay layer, so an Arabic line
 * keeps its glyphs, order and joins. Colour, weight, underline or inline text would cut the line
 * into separately ordered pieces and scramble it.
 *   tag        — the user's own: filled background and a solid border;
 *   gazetteer  — knowledge-base suggestion: solid border, no fill;
 *   rule       — rule suggestion: dashed outline, no fill.
 */
function createType(kind: KindKey, layer: Layer): vscode.TextEditorDecorationType {
  const border = new vscode.ThemeColor(`corpusAnnotator.${kind}Border`);
  const ruler = { overviewRulerColor: border, overviewRulerLane: vscode.OverviewRulerLane.Right };
  switch (layer) {
    case 'tag':
      return vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(`corpusAnnotator.${kind}Background`),
        border: '1px solid', borderColor: border, borderRadius: '3px', ...ruler,
      });
    case 'gazetteer':
      return vscode.window.createTextEditorDecorationType({ border: '1px solid', borderColor: border, borderRadius: '3px', ...ruler });
    case 'rule':
      return vscode.window.createTextEditorDecorationType({ outline: '1px dashed', outlineColor: border, ...ruler });
  }
}

/**
 * Highlights mentions in every visible article editor; refreshes are debounced while typing and
 * only visible editors are decorated.
 */
export class DecorationController implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What each document was last decorated with, by decoration key (tests read it back). */
  private readonly applied = new Map<string, Map<string, vscode.Range[]>>();
  private readonly renderedEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's decorations were applied. */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly source: HighlightSource,
    private readonly isArticle: (doc: vscode.TextDocument) => boolean,
    private readonly settings: () => Settings,
    private readonly debounceMs = 250,
  ) {
    for (const kind of KINDS) for (const layer of ['tag', 'gazetteer', 'rule'] as const) this.types.set(`${layer}:${kind}`, createType(kind, layer));
    this.disposables.push(
      this.renderedEmitter,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
    );
  }

  /** Re-reads highlights for every visible article now. */
  refreshVisible(): Promise<void> {
    const docs = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    return Promise.all([...docs].filter((d) => this.isArticle(d)).map((d) => this.render(d))).then(() => undefined);
  }

  /** Re-reads highlights for one document if it is visible. */
  refresh(uri: vscode.Uri): Promise<void> {
    const doc = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.document;
    return doc ? this.render(doc) : Promise.resolve();
  }

  /** The ranges last applied to a document, by `layer:kind`. */
  rangesFor(uri: vscode.Uri): ReadonlyMap<string, readonly vscode.Range[]> {
    return this.applied.get(uri.toString()) ?? new Map();
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!this.isArticle(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.render(doc); }, this.debounceMs));
  }

  private async render(doc: vscode.TextDocument): Promise<void> {
    const version = doc.version;
    const highlights = await this.source(doc);
    if (doc.version !== version) return; // a newer render is scheduled
    const s = this.settings();
    const shown = { tag: s.showTags, gazetteer: s.showGazetteer, rule: s.showRules };
    const offsets = new DocumentOffsets(doc);
    const byType = new Map<string, vscode.Range[]>();
    for (const key of this.types.keys()) byType.set(key, []);
    for (const h of highlights) {
      if (!shown[h.source]) continue;
      byType.get(`${h.source}:${kindKey(h.kind)}`)!.push(offsets.range(h.start, h.end));
    }
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== doc) continue;
      for (const [key, type] of this.types) editor.setDecorations(type, byType.get(key)!);
    }
    this.applied.set(doc.uri.toString(), byType);
    this.renderedEmitter.fire(doc.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.types.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
