/**
 * Whole-corpus checks and counts over articles and sidecars, shared by the CLI (`validate`,
 * `stats`) and the extension. Articles are visited one at a time so a large corpus never sits in
 * memory at once.
 */
import type { FileSystem } from '../ports';
import { walkCorpus, type CorpusEntry } from '../corpus/walk';
import { decodeUtf8 } from '../text/decode';
import { decodeSidecar, type ParseOptions } from './codec';
import type { Sidecar, SidecarProblem } from './model';
import { SidecarStore, type LoadResult } from './store';

export interface ArticleVisit {
  readonly entry: CorpusEntry;
  /** The article text (BOM removed), or undefined when it could not be decoded as UTF-8. */
  readonly text?: string;
  /** The sidecar as loaded and placed on the article; absent when there is no sidecar. */
  readonly load?: LoadResult;
  /** The sidecar as written in the file (not re-anchored), when it could be parsed. */
  readonly stored?: Sidecar;
  /** Everything wrong with this article and its sidecar. */
  readonly problems: SidecarProblem[];
}

/** Reads an article as the sidecar offsets see it: UTF-8, BOM excluded. */
export async function readArticle(fs: FileSystem, path: string): Promise<{ text: string; bom: boolean; problems: SidecarProblem[] }> {
  const decoded = decodeUtf8(await fs.readFile(path));
  const problems: SidecarProblem[] = [];
  if (decoded.invalid) {
    const { line, column, byteOffset } = decoded.invalid;
    problems.push({ file: path, line, column, code: 'not-utf8', severity: 'error', message: `the article is not valid UTF-8 (first bad byte at offset ${byteOffset}); annotation offsets cannot be trusted until it is saved as UTF-8` });
  }
  return { text: decoded.text, bom: decoded.bom, problems };
}

/** Visits every article under `root` with its sidecar checked against it. */
export async function visitCorpus(fs: FileSystem, root: string, options: ParseOptions, visit: (v: ArticleVisit) => void | Promise<void>): Promise<void> {
  const store = new SidecarStore(fs, options);
  for (const entry of await walkCorpus(fs, root)) {
    const article = await readArticle(fs, entry.article);
    if (!entry.sidecar) {
      await visit({ entry, ...(article.problems.length ? {} : { text: article.text }), problems: article.problems });
      continue;
    }
    if (article.problems.length > 0) {
      // Placing tags on a mis-decoded text would only invent orphans; check the file alone.
      const parsed = decodeSidecar(await fs.readFile(entry.sidecar), entry.sidecar, options);
      await visit({ entry, ...(parsed.sidecar ? { stored: parsed.sidecar } : {}), problems: [...article.problems, ...parsed.problems] });
      continue;
    }
    const load = await store.load(entry.article, article.text);
    const problems = [...load.problems];
    const moved = load.reanchor?.moved.length ?? 0;
    if (moved > 0 && !load.readOnly) {
      problems.push({
        file: entry.sidecar, line: 1, column: 1, code: 'stale-offsets', severity: 'warning',
        message: `the article changed since this sidecar was written; ${moved} annotation(s) were found at new offsets — run \`validate --fix\` or edit the article in the extension to record them`,
      });
    }
    await visit({ entry, text: article.text, load, problems });
  }
}

export interface CorpusStats {
  articles: number;
  sidecars: number;
  /** Articles whose sidecar holds at least one annotation. */
  annotatedArticles: number;
  annotations: number;
  annotationsByKind: Record<string, number>;
  /** Distinct entity ids linked from annotations. */
  entities: number;
  tags: Record<string, number>;
  status: Record<string, number>;
  orphans: number;
  relations: number;
  /** Entities in the knowledge base, when one was loaded. */
  knowledgeBaseEntities?: number;
}

export async function corpusStats(fs: FileSystem, root: string, options: ParseOptions = {}): Promise<CorpusStats> {
  const stats: CorpusStats = { articles: 0, sidecars: 0, annotatedArticles: 0, annotations: 0, annotationsByKind: {}, entities: 0, tags: {}, status: {}, orphans: 0, relations: 0 };
  const entities = new Set<string>();
  await visitCorpus(fs, root, options, (v) => {
    stats.articles++;
    if (!v.entry.sidecar) return;
    stats.sidecars++;
    const s = v.load?.exists ? v.load.sidecar : v.stored;
    if (!s) return;
    if (s.annotations.length > 0) stats.annotatedArticles++;
    stats.status[s.status] = (stats.status[s.status] ?? 0) + 1;
    for (const t of s.tags) stats.tags[t] = (stats.tags[t] ?? 0) + 1;
    stats.relations += s.relations.length;
    for (const a of s.annotations) {
      stats.annotations++;
      stats.annotationsByKind[a.kind] = (stats.annotationsByKind[a.kind] ?? 0) + 1;
      if (a.entity) entities.add(a.entity);
      if (a.orphan) stats.orphans++;
    }
  });
  stats.entities = entities.size;
  return stats;
}
