import * as vscode from 'vscode';
import type { ArticleEntry, CorpusService } from '../corpus';
import { Command } from '../commands/ids';
import { ltr } from './entities';

/** What the sidecar says of an article, for its row. */
export interface ArticleAnnotationSummary {
  readonly annotations: number;
  readonly status?: 'todo' | 'in-progress' | 'done';
  readonly tags: readonly string[];
  readonly problems: number;
}

export type SummaryLookup = (uri: vscode.Uri) => ArticleAnnotationSummary | undefined;

export type ArticleSort = 'name' | 'date' | 'count';

const STATUS_ICON: Record<string, string> = { todo: 'circle-large-outline', 'in-progress': 'circle-large-filled', done: 'pass-filled' };

/** The Articles view: one row per article, labelled with the headline its text gives. */
export class ArticlesProvider implements vscode.TreeDataProvider<ArticleEntry>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ArticleEntry | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;
  sort: ArticleSort = 'name';
  filter: { tag?: string; status?: string } = {};

  constructor(private readonly corpus: CorpusService, private readonly summary: SummaryLookup) {
    this.sub = corpus.onDidChange(() => this.refresh());
  }

  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Redraws the list; bursts (indexing touches every article) collapse into one redraw. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emitter.fire(undefined), 100);
  }

  getChildren(element?: ArticleEntry): ArticleEntry[] {
    if (element) return [];
    let list = this.corpus.list();
    const { tag, status } = this.filter;
    if (tag || status) {
      list = list.filter((a) => {
        const s = this.summary(a.uri);
        return (!tag || s?.tags.includes(tag)) && (!status || (s?.status ?? 'todo') === status);
      });
    }
    if (this.sort === 'date') list.sort((a, b) => (b.info.date ?? '').localeCompare(a.info.date ?? ''));
    else if (this.sort === 'count') list.sort((a, b) => (this.summary(b.uri)?.annotations ?? 0) - (this.summary(a.uri)?.annotations ?? 0));
    return list;
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(a: ArticleEntry): vscode.TreeItem {
    const s = this.summary(a.uri);
    const item = new vscode.TreeItem(a.info.headline || vscode.workspace.asRelativePath(a.uri), vscode.TreeItemCollapsibleState.None);
    item.id = a.uri.toString();
    item.resourceUri = a.uri;
    const parts = [a.info.date, a.info.source].filter(Boolean);
    if (s && s.annotations > 0) parts.push(vscode.l10n.t('{0} tags', s.annotations));
    item.description = ltr(parts.join(' · '));
    const status = s?.status ?? 'todo';
    item.iconPath = s && s.problems > 0
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon(STATUS_ICON[status] ?? 'circle-large-outline');
    item.contextValue = `article status-${status}`;
    const tooltip = new vscode.MarkdownString(undefined, false);
    tooltip.appendText(a.info.headline);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText([vscode.workspace.asRelativePath(a.uri), ...parts].join(' · '));
    if (a.info.preview) {
      tooltip.appendMarkdown('\n\n');
      tooltip.appendText(a.info.preview);
    }
    item.tooltip = tooltip;
    item.command = { command: Command.OpenArticle, title: vscode.l10n.t('Open Article'), arguments: [a.uri] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
    this.emitter.dispose();
  }
}
