import * as vscode from 'vscode';
import type { SidecarService } from '../sidecars';
import { entityKey } from '../../core/corpus/index';
import { DocumentOffsets } from '../adapters/ranges';
import type { Analysis, AnalyzedMention, AnnotationService } from '../annotations';
import type { CorpusService } from '../corpus';
import type { KnowledgeService } from '../knowledge';
import { ARTICLE_LANGUAGE } from '../language';

/** What the navigation, hover and status features read; they never write. */
export interface MentionFeatureDeps {
  readonly annotations: AnnotationService;
  readonly knowledge: KnowledgeService;
  readonly corpus: CorpusService;
  /** The composition root's test for "this document is one of the corpus's articles". */
  readonly isArticle: (doc: vscode.TextDocument) => boolean;
  /** For problems of the article file itself (bytes that are not UTF-8). */
  readonly sidecars?: SidecarService;
}

/** Articles on disk locally and in remote workspaces; never untitled buffers or output panes. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { language: ARTICLE_LANGUAGE, scheme: 'file' },
  { language: ARTICLE_LANGUAGE, scheme: 'vscode-remote' },
];

export interface MentionHit {
  readonly analysis: Analysis;
  readonly mention: AnalyzedMention;
  readonly offsets: DocumentOffsets;
}

/** The mention under `position`, analysed against the document's current (possibly unsaved) text. */
export async function mentionAt(deps: MentionFeatureDeps, document: vscode.TextDocument, position: vscode.Position): Promise<MentionHit | undefined> {
  if (!deps.isArticle(document)) return undefined;
  const text = document.getText();
  const analysis = await deps.annotations.analyze(document.uri, text);
  const offsets = new DocumentOffsets(document, text);
  const at = offsets.offset(position);
  const mention = analysis.mentions.find((m) => m.start <= at && at < m.end);
  return mention && { analysis, mention, offsets };
}

/**
 * The index keys articles by path only; the corpus knows the full URI (scheme, authority), and a
 * sibling of a known URI is the fallback for an article the corpus has not listed yet.
 */
export function uriForPath(deps: MentionFeatureDeps, path: string, like?: vscode.Uri): vscode.Uri {
  const base = like ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
  const guess = base.with({ path });
  // The guess is right whenever the articles share a scheme and authority: no scan of the corpus.
  if (deps.corpus.get(guess)) return guess;
  return deps.corpus.list().find((a) => a.uri.path === path)?.uri ?? guess;
}

/** Every mention of the entity `key` across the corpus, as editor locations. */
export async function locationsOf(deps: MentionFeatureDeps, key: string, like?: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Location[]> {
  const byPath = new Map<string, Array<{ start: number; end: number }>>();
  for (const o of deps.annotations.index.occurrences(key)) {
    let list = byPath.get(o.path);
    if (!list) byPath.set(o.path, (list = []));
    list.push(o.mention);
  }
  const out: vscode.Location[] = [];
  for (const [path, spans] of byPath) {
    if (token?.isCancellationRequested) break;
    const uri = uriForPath(deps, path, like);
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch {
      continue; // deleted since it was indexed; the index catches up on the file event
    }
    const offsets = new DocumentOffsets(doc);
    for (const s of spans) out.push(new vscode.Location(uri, offsets.range(s.start, s.end)));
  }
  return out;
}

export function keyOf(m: AnalyzedMention): string {
  return entityKey(m);
}

const BUILTIN_ORDER = ['person', 'place', 'organization'];

/** Person, place, organization first (the order annotators think in), then user kinds by name. */
export function compareKinds(a: string, b: string): number {
  const ia = BUILTIN_ORDER.indexOf(a);
  const ib = BUILTIN_ORDER.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a.localeCompare(b);
}

export function kindLabel(kind: string): string {
  switch (kind) {
    case 'person': return vscode.l10n.t('Person');
    case 'place': return vscode.l10n.t('Place');
    case 'organization': return vscode.l10n.t('Organization');
    default: return kind;
  }
}

export function kindPluralLabel(kind: string): string {
  switch (kind) {
    case 'person': return vscode.l10n.t('People');
    case 'place': return vscode.l10n.t('Places');
    case 'organization': return vscode.l10n.t('Organizations');
    default: return kind;
  }
}
