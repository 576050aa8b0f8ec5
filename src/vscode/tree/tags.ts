import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { CorpusService } from '../corpus';
import { Command } from '../commands/ids';
import { ltr } from './entities';

export type TagNode =
  | { readonly type: 'tag'; readonly tag: string; readonly articles: readonly string[] }
  | { readonly type: 'article'; readonly tag: string; readonly path: string };

/** The Tags view: article-level topic tags with their counts → the articles that carry them. */
export class TagsProvider implements vscode.TreeDataProvider<TagNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TagNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly annotations: AnnotationService, private readonly corpus: CorpusService) {
    this.sub = annotations.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.emitter.fire(undefined), 150);
    });
  }

  getChildren(node?: TagNode): TagNode[] {
    if (!node) return this.annotations.index.tags().map(({ tag, articles }) => ({ type: 'tag', tag, articles }));
    if (node.type === 'tag') return node.articles.map((path) => ({ type: 'article', tag: node.tag, path }));
    return [];
  }

  getTreeItem(node: TagNode): vscode.TreeItem {
    if (node.type === 'tag') {
      const item = new vscode.TreeItem(node.tag, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `tag:${node.tag}`;
      item.description = ltr(String(node.articles.length));
      item.iconPath = new vscode.ThemeIcon('tag');
      item.contextValue = 'topicTag';
      return item;
    }
    const entry = this.corpus.byPath(node.path);
    const uri = entry?.uri ?? vscode.Uri.file(node.path);
    const item = new vscode.TreeItem(entry?.info.headline || vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.None);
    item.id = `tag:${node.tag}:${node.path}`;
    item.resourceUri = uri;
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = { command: Command.OpenArticle, title: vscode.l10n.t('Open Article'), arguments: [uri] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
    this.emitter.dispose();
  }
}
