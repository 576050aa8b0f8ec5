import * as vscode from 'vscode';
import type { EntitySummary } from '../../core/corpus/index';
import { normalizeKey } from '../../core/text/normalize';
import type { AnalyzedMention } from '../annotations';
import { CorpusDiagnostics } from '../diagnostics/diagnostics';
import { ArticleStatusBar } from '../status/status';
import { ARTICLE_SELECTOR, compareKinds, keyOf, kindLabel, kindPluralLabel, locationsOf, mentionAt, uriForPath, type MentionFeatureDeps } from './shared';
import { DocumentOffsets } from '../adapters/ranges';

/** Go to Symbol in Workspace opens each hit's document to place it; more would stall the picker. */
const WORKSPACE_SYMBOL_LIMIT = 100;
/** A file badge holds at most two characters. */
const BADGE_CAP = 99;

/** The navigation features, kept as one object so tests can read their state through the API. */
export class Navigation implements vscode.Disposable {
  readonly fileDecorations: ArticleDecorations;
  readonly diagnostics: CorpusDiagnostics;
  readonly status: ArticleStatusBar;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(deps: MentionFeatureDeps) {
    this.fileDecorations = new ArticleDecorations(deps);
    this.diagnostics = new CorpusDiagnostics(deps);
    this.status = new ArticleStatusBar(deps);
    this.disposables.push(
      this.fileDecorations, this.diagnostics, this.status,
      vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, new MentionSymbols(deps), { label: vscode.l10n.t('Mentions') }),
      vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, new MentionReferences(deps)),
      vscode.languages.registerWorkspaceSymbolProvider(new EntitySymbols(deps)),
      vscode.window.registerFileDecorationProvider(this.fileDecorations),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerNavigation(deps: MentionFeatureDeps): Navigation {
  return new Navigation(deps);
}

function mentionDetail(m: AnalyzedMention): string {
  if (m.source === 'tag') return vscode.l10n.t('tag');
  return m.source === 'rule' ? vscode.l10n.t('suggestion (rule)') : vscode.l10n.t('suggestion');
}

/** Outline and breadcrumbs: the article's mentions, grouped by kind, in reading order. */
class MentionSymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly deps: MentionFeatureDeps) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (!this.deps.isArticle(document)) return [];
    const text = document.getText();
    const analysis = await this.deps.annotations.analyze(document.uri, text);
    const offsets = new DocumentOffsets(document, text);
    const byKind = new Map<string, AnalyzedMention[]>();
    for (const m of analysis.mentions) {
      if (m.end <= m.start) continue; // an empty span has nothing to select in the outline
      let list = byKind.get(m.kind);
      if (!list) byKind.set(m.kind, (list = []));
      list.push(m);
    }
    return [...byKind.entries()].sort(([a], [b]) => compareKinds(a, b)).map(([kind, list]) => {
      const tags = list.filter((m) => m.source === 'tag').length;
      const first = offsets.range(list[0].start, list[0].end);
      const span = offsets.range(Math.min(...list.map((m) => m.start)), Math.max(...list.map((m) => m.end)));
      const group = new vscode.DocumentSymbol(kindPluralLabel(kind), vscode.l10n.t('{0} tags, {1} suggestions', tags, list.length - tags), vscode.SymbolKind.Class, span, first);
      group.children = list.map((m) => {
        const r = offsets.range(m.start, m.end);
        return new vscode.DocumentSymbol(m.text.trim() || m.text, mentionDetail(m), m.source === 'tag' ? vscode.SymbolKind.Object : vscode.SymbolKind.Field, r, r);
      });
      return group;
    });
  }
}

/** Go to / Peek References on a mention: every mention of the same entity across the corpus. */
class MentionReferences implements vscode.ReferenceProvider {
  constructor(private readonly deps: MentionFeatureDeps) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const hit = await mentionAt(this.deps, document, position);
    if (!hit) return [];
    return locationsOf(this.deps, keyOf(hit.mention), document.uri, token);
  }
}

/** Go to Symbol in Workspace: entities by any of their names, spelling variants folded. */
class EntitySymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly deps: MentionFeatureDeps) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const index = this.deps.annotations.index;
    const out: vscode.SymbolInformation[] = [];
    const docs = new Map<string, DocumentOffsets | null>();
    for (const e of index.searchEntities(query, WORKSPACE_SYMBOL_LIMIT)) {
      if (token.isCancellationRequested) break;
      const first = index.occurrences(e.key)[0];
      if (!first) continue;
      const uri = uriForPath(this.deps, first.path);
      let offsets = docs.get(first.path);
      if (offsets === undefined) {
        offsets = await vscode.workspace.openTextDocument(uri).then((d) => new DocumentOffsets(d), () => null);
        docs.set(first.path, offsets);
      }
      if (!offsets) continue;
      out.push(new vscode.SymbolInformation(symbolName(e, query), e.confirmed > 0 ? vscode.SymbolKind.Object : vscode.SymbolKind.Field, kindLabel(e.kind),
        new vscode.Location(uri, offsets.range(first.mention.start, first.mention.end))));
    }
    return out;
  }
}

/**
 * The picker keeps only symbols whose label holds the typed characters in order, and it knows no
 * Arabic spelling variants: a hit found through a folded spelling (bare alef, ه for ة) would be
 * dropped. Such a hit also shows the name it matched, in the folded spelling the query used.
 */
export function symbolName(e: EntitySummary, query = ''): string {
  const base = e.entity?.en ? `${e.name} (${e.entity.en})` : e.name;
  const typed = query.replace(/\s+/g, '');
  if (!typed || isSubsequence(typed, base)) return base;
  const folded = normalizeKey(query.trim());
  const matched = [e.name, ...(e.entity?.aliases ?? [])].find((n) => normalizeKey(n).includes(folded));
  for (const extra of matched ? [matched, normalizeKey(matched)] : []) {
    if (isSubsequence(typed, `${base} ${extra}`)) return `${base} — ${extra}`;
  }
  return base;
}

function isSubsequence(needle: string, haystack: string): boolean {
  const n = needle.toLowerCase();
  const h = haystack.toLowerCase();
  let i = 0;
  for (let j = 0; j < h.length && i < n.length; j++) if (h[j] === n[i]) i++;
  return i === n.length;
}

/** Explorer badge: how many tags an article carries. */
export class ArticleDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly deps: MentionFeatureDeps) {
    this.subscription = deps.annotations.onDidChange((uri) => this.emitter.fire(uri));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (!this.deps.corpus.isArticle(uri)) return undefined;
    const record = this.deps.annotations.index.article(uri.path);
    if (!record) return undefined;
    const tags = record.mentions.filter((m) => m.source === 'tag').length;
    if (tags === 0) return undefined;
    const badge = String(Math.min(tags, BADGE_CAP));
    const tooltip = vscode.l10n.t('{0} tags, {1} suggestions', tags, record.mentions.length - tags);
    return new vscode.FileDecoration(badge, tooltip);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
