/**
 * The corpus-wide picture the trees, hovers and navigation read: which entity is mentioned where,
 * which article carries which topic tags. Updated one article at a time, in time proportional to
 * that article's mentions, so a saved file or an edited sidecar never rescans the corpus.
 */
import type { Entity } from '../kb/types';
import type { Mention } from '../match/mention';
import { normalizeKey } from '../text/normalize';

export interface ArticleRecord {
  /** Core path of the article. */
  readonly path: string;
  /** Tags and suggestions, merged (tags win), sorted by start. */
  readonly mentions: readonly Mention[];
  readonly tags: readonly string[];
  readonly status: 'todo' | 'in-progress' | 'done';
  /** Annotations the article changed out from under. */
  readonly orphans: number;
}

export interface EntitySummary {
  /** Entity id, or `name:<normalized text>` for a tag that names no knowledge-base entity. */
  readonly key: string;
  readonly kind: string;
  /** Display name: the knowledge base's, else the first spelling seen. */
  readonly name: string;
  readonly entity?: Entity;
  readonly mentions: number;
  readonly confirmed: number;
  readonly articles: number;
}

export interface Occurrence {
  readonly path: string;
  readonly mention: Mention;
}

/** The key an entity's mentions are grouped under. */
export function entityKey(m: Pick<Mention, 'entity' | 'text' | 'kind'>): string {
  return m.entity && !m.entity.startsWith('rule:') ? m.entity : `name:${m.kind}:${normalizeKey(m.text)}`;
}

export class CorpusIndex {
  private readonly articles = new Map<string, ArticleRecord>();
  /** entity key → article path → mentions there. */
  private readonly byEntity = new Map<string, Map<string, Mention[]>>();
  private readonly byTag = new Map<string, Set<string>>();

  constructor(private lookup: (id: string) => Entity | undefined = () => undefined) {}

  /** Replaces the knowledge-base lookup (after `entities.yaml` changed). */
  setLookup(lookup: (id: string) => Entity | undefined): void {
    this.lookup = lookup;
  }

  get size(): number {
    return this.articles.size;
  }

  article(path: string): ArticleRecord | undefined {
    return this.articles.get(path);
  }

  allArticles(): ArticleRecord[] {
    return [...this.articles.values()];
  }

  /** Adds or replaces one article's contribution. */
  set(record: ArticleRecord): void {
    this.remove(record.path);
    this.articles.set(record.path, record);
    for (const m of record.mentions) {
      const key = entityKey(m);
      let perArticle = this.byEntity.get(key);
      if (!perArticle) this.byEntity.set(key, (perArticle = new Map()));
      let list = perArticle.get(record.path);
      if (!list) perArticle.set(record.path, (list = []));
      list.push(m);
    }
    for (const t of record.tags) {
      let set = this.byTag.get(t);
      if (!set) this.byTag.set(t, (set = new Set()));
      set.add(record.path);
    }
  }

  remove(path: string): void {
    const old = this.articles.get(path);
    if (!old) return;
    this.articles.delete(path);
    for (const m of old.mentions) {
      const key = entityKey(m);
      const perArticle = this.byEntity.get(key);
      if (!perArticle) continue;
      perArticle.delete(path);
      if (perArticle.size === 0) this.byEntity.delete(key);
    }
    for (const t of old.tags) {
      const set = this.byTag.get(t);
      set?.delete(path);
      if (set && set.size === 0) this.byTag.delete(t);
    }
  }

  /** Every entity mentioned anywhere, optionally only those with a confirmed tag. */
  entities(opts: { confirmedOnly?: boolean } = {}): EntitySummary[] {
    const out: EntitySummary[] = [];
    for (const [key, perArticle] of this.byEntity) {
      let mentions = 0;
      let confirmed = 0;
      let first: Mention | undefined;
      for (const list of perArticle.values()) {
        for (const m of list) {
          mentions++;
          if (m.source === 'tag') confirmed++;
          first ??= m;
        }
      }
      if (!first || (opts.confirmedOnly && confirmed === 0)) continue;
      const entity = first.entity ? this.lookup(first.entity) : undefined;
      out.push({ key, kind: entity?.kind ?? first.kind, name: entity?.name ?? first.text, entity, mentions, confirmed, articles: perArticle.size });
    }
    return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'ar'));
  }

  /** Every mention of one entity, article by article in path order, each by position. */
  occurrences(key: string): Occurrence[] {
    const perArticle = this.byEntity.get(key);
    if (!perArticle) return [];
    return [...perArticle.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([path, list]) => list.map((mention) => ({ path, mention })));
  }

  /** Articles per topic tag. */
  tags(): Array<{ tag: string; articles: string[] }> {
    return [...this.byTag.entries()]
      .map(([tag, set]) => ({ tag, articles: [...set].sort() }))
      .sort((a, b) => b.articles.length - a.articles.length || a.tag.localeCompare(b.tag));
  }

  /** Entities whose name or any alias contains `query` once both are normalized. */
  searchEntities(query: string, limit = 200): EntitySummary[] {
    const q = normalizeKey(query.trim());
    if (!q) return this.entities().slice(0, limit);
    return this.entities().filter((e) => {
      const names = [e.name, ...(e.entity?.aliases ?? []), e.entity?.en ?? ''];
      return names.some((n) => normalizeKey(n).includes(q) || n.toLowerCase().includes(query.toLowerCase()));
    }).slice(0, limit);
  }
}
