import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { CorpusService } from '../corpus';
import type { SidecarService } from '../sidecars';
import { DocumentOffsets } from '../adapters/ranges';
import { Command } from '../commands/ids';
import { ArticlesProvider, type ArticleSort } from './articles';
import { EntitiesProvider } from './entities';
import { TagsProvider } from './tags';

export interface TreeDeps {
  readonly corpus: CorpusService;
  readonly sidecars: SidecarService;
  readonly annotations: AnnotationService;
}

export interface Trees {
  readonly articles: ArticlesProvider;
  readonly articlesView: vscode.TreeView<unknown>;
  readonly entities: EntitiesProvider;
  readonly entitiesView: vscode.TreeView<unknown>;
  readonly tags: TagsProvider;
  readonly tagsView: vscode.TreeView<unknown>;
}

/** Opens an article with the mention at code points [start, end) selected and in view. */
export async function revealMention(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new DocumentOffsets(doc).range(start, end);
  const editor = await vscode.window.showTextDocument(doc, { preview: true, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The three trees of the Corpus container and the commands of their title bars. */
export function registerTrees(deps: TreeDeps): Trees & vscode.Disposable {
  const articles = new ArticlesProvider(deps.corpus, (uri) => deps.sidecars.summary(uri));
  const entities = new EntitiesProvider(deps.annotations, deps.corpus);
  const tags = new TagsProvider(deps.annotations, deps.corpus);
  const articlesView = vscode.window.createTreeView('corpus.articles', { treeDataProvider: articles });
  const entitiesView = vscode.window.createTreeView('corpus.entities', { treeDataProvider: entities, showCollapseAll: true });
  const tagsView = vscode.window.createTreeView('corpus.tags', { treeDataProvider: tags, showCollapseAll: true });

  const setFilter = (filter: { tag?: string; status?: string }) => {
    articles.filter = filter;
    const on = Boolean(filter.tag || filter.status);
    articlesView.description = on ? [filter.tag, filter.status].filter(Boolean).join(' · ') : undefined;
    void vscode.commands.executeCommand('setContext', 'corpus.articles.filtered', on);
    articles.refresh();
  };

  const disposable = vscode.Disposable.from(
    articles, entities, tags, articlesView, entitiesView, tagsView,
    deps.annotations.onDidChange(() => articles.refresh()),
    vscode.commands.registerCommand(Command.RevealMention, (uri: vscode.Uri, start: number, end: number) => revealMention(uri, start, end)),
    vscode.commands.registerCommand(Command.SortArticles, async (by?: ArticleSort) => {
      const pick = by ?? (await vscode.window.showQuickPick(
        [{ label: vscode.l10n.t('Name'), by: 'name' as const }, { label: vscode.l10n.t('Date (newest first)'), by: 'date' as const }, { label: vscode.l10n.t('Tag count (most first)'), by: 'count' as const }],
        { placeHolder: vscode.l10n.t('Sort articles by') }))?.by;
      if (!pick) return;
      articles.sort = pick;
      articles.refresh();
    }),
    vscode.commands.registerCommand(Command.FilterArticles, async (filter?: { tag?: string; status?: string }) => {
      if (filter) return setFilter(filter);
      const items: Array<vscode.QuickPickItem & { filter: { tag?: string; status?: string } }> = [
        ...(['todo', 'in-progress', 'done'] as const).map((status) => ({ label: `$(circle-large-outline) ${status}`, description: vscode.l10n.t('status'), filter: { status } })),
        ...deps.annotations.index.tags().map(({ tag, articles: a }) => ({ label: `$(tag) ${tag}`, description: String(a.length), filter: { tag } })),
      ];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Show only articles with this status or tag') });
      if (picked) setFilter(picked.filter);
    }),
    vscode.commands.registerCommand(Command.ClearArticleFilter, () => setFilter({})),
    vscode.commands.registerCommand(Command.ShowConfirmedOnly, () => { entities.confirmedOnly = true; }),
    vscode.commands.registerCommand(Command.ShowAllEntities, () => { entities.confirmedOnly = false; }),
  );
  return {
    articles, entities, tags,
    articlesView: articlesView as vscode.TreeView<unknown>,
    entitiesView: entitiesView as vscode.TreeView<unknown>,
    tagsView: tagsView as vscode.TreeView<unknown>,
    dispose: () => disposable.dispose(),
  };
}
