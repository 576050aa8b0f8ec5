import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/index';
import { discover, mergeMentions, type Mention } from '../core/match';
import type { Logger } from '../core/ports';
import type { Annotation } from '../core/sidecar/model';
import type { LoadResult } from '../core/sidecar/store';
import { isRejected } from '../core/sidecar/updates';
import type { CorpusService } from './corpus';
import type { KnowledgeService } from './knowledge';
import type { SidecarService } from './sidecars';

/** A mention as the views need it: a confirmed tag carries its sidecar annotation. */
export interface AnalyzedMention extends Mention {
  readonly annotation?: Annotation;
}

/** Everything known about one article's text at one moment. */
export interface Analysis {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly load: LoadResult;
  /** The user's tags (not orphans), by position. */
  readonly tags: readonly AnalyzedMention[];
  /** Knowledge-base and rule suggestions that no tag covers and the user did not reject. */
  readonly suggestions: readonly AnalyzedMention[];
  /** Tags and suggestions together, by position. */
  readonly mentions: readonly AnalyzedMention[];
}

interface CacheEntry {
  readonly text: string;
  readonly kb: number;
  readonly load: LoadResult;
  readonly analysis: Analysis;
}

/**
 * Joins the three sources of mentions — the sidecar's tags, the knowledge base and the context
 * rules — for one article, and keeps the corpus index in step, one article at a time.
 */
export class AnnotationService implements vscode.Disposable {
  readonly index: CorpusIndex;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the article whose analysis changed, or `undefined` after a full reindex. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private indexing: Promise<void> | undefined;
  /** How long the last full indexing took, and of how many articles. */
  lastIndexing?: { articles: number; ms: number };
  /** How many times an article was analysed from scratch (a cache miss); tests watch it. */
  computed = 0;

  constructor(
    private readonly corpus: CorpusService,
    private readonly sidecars: SidecarService,
    private readonly knowledge: KnowledgeService,
    private readonly logger: Logger,
  ) {
    this.index = new CorpusIndex((id) => knowledge.entity(id));
    this.disposables.push(
      corpus.onDidChange((uri) => (uri ? void this.refresh(uri) : void this.indexAll())),
      sidecars.onDidChange((uri) => void this.refresh(uri)),
      knowledge.onDidChange(() => { this.index.setLookup((id) => knowledge.entity(id)); void this.indexAll(); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (corpus.isArticle(d.uri)) void this.refresh(d.uri); }),
    );
  }

  /** The analysis of an article's current text (the open document's, unsaved edits included). */
  async analyze(uri: vscode.Uri, text?: string): Promise<Analysis> {
    const t = text ?? (await this.sidecars.textOf(uri));
    const load = await this.sidecars.load(uri, t);
    const key = uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.text === t && hit.kb === this.knowledge.version && hit.load === load) return hit.analysis;
    const analysis = this.compute(uri, t, load);
    this.cache.set(key, { text: t, kb: this.knowledge.version, load, analysis });
    return analysis;
  }

  /** The cached analysis, if the article was analysed already. */
  peek(uri: vscode.Uri): Analysis | undefined {
    return this.cache.get(uri.toString())?.analysis;
  }

  private compute(uri: vscode.Uri, text: string, load: LoadResult): Analysis {
    this.computed++;
    const sidecar = load.sidecar;
    const tags: AnalyzedMention[] = sidecar.annotations
      .filter((a) => !a.orphan)
      .map((a) => ({ start: a.start, end: a.end, text: a.text, kind: a.kind, entity: a.entity, source: 'tag' as const, annotation: a }));
    const gaz = this.knowledge.gazetteer.find(text);
    const rules = discover(text, gaz, this.knowledge.gazetteer);
    const candidates = [...gaz, ...rules].filter((m) => !isRejected(sidecar, m));
    const mentions = mergeMentions(tags, candidates) as AnalyzedMention[];
    const suggestions = mentions.filter((m) => m.source !== 'tag');
    return { uri, text, load, tags, suggestions, mentions };
  }

  /** Re-analyses one article from disk and updates the index. */
  async refresh(uri: vscode.Uri): Promise<void> {
    const path = uri.path;
    if (!this.corpus.get(uri) && !this.corpus.isArticle(uri)) {
      this.index.remove(path);
      this.emitter.fire(uri);
      return;
    }
    try {
      const a = await this.analyze(uri);
      this.record(a);
    } catch (e) {
      this.index.remove(path);
      this.logger.warn(`cannot analyse ${uri.path}: ${String(e)}`);
    }
    this.emitter.fire(uri);
  }

  private record(a: Analysis): void {
    const s = a.load.sidecar;
    this.index.set({ path: a.uri.path, mentions: a.mentions, tags: s.tags, status: s.status, orphans: s.annotations.filter((x) => x.orphan).length });
  }

  /** Resolves when the current full indexing is done. */
  ready(): Promise<void> {
    return this.indexing ?? this.indexAll();
  }

  /** Analyses every article in the background, with a progress notification. */
  indexAll(): Promise<void> {
    const run = async () => {
      await this.knowledge.ready();
      await this.corpus.ready();
      const articles = this.corpus.list();
      const t0 = Date.now();
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Corpus Annotator: indexing articles') },
        async (progress) => {
          // Reads overlap in batches (file reads dominate); between batches the host serves
          // hovers and decorations.
          const batch = 32;
          for (let i = 0; i < articles.length; i += batch) {
            const slice = articles.slice(i, i + batch);
            const done = await Promise.all(slice.map((a) => this.analyze(a.uri).catch((e) => {
              this.logger.warn(`cannot analyse ${a.uri.path}: ${String(e)}`);
              return undefined;
            })));
            for (const a of done) if (a) this.record(a);
            progress.report({ message: `${Math.min(i + batch, articles.length)}/${articles.length}`, increment: (100 * slice.length) / articles.length });
            await new Promise((r) => setTimeout(r, 0));
          }
        },
      );
      // Articles deleted since the last full indexing leave the index too.
      const listed = new Set(articles.map((a) => a.uri.path));
      for (const r of this.index.allArticles()) if (!listed.has(r.path)) this.index.remove(r.path);
      const ms = Date.now() - t0;
      this.lastIndexing = { articles: articles.length, ms };
      const mentions = this.index.allArticles().reduce((n, a) => n + a.mentions.length, 0);
      this.logger.info(`indexed ${articles.length} articles, ${mentions} mentions, ${this.index.entities().length} entities in ${ms} ms`);
      this.emitter.fire(undefined);
    };
    const next = (this.indexing ?? Promise.resolve()).then(run, run);
    this.indexing = next;
    return next;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
