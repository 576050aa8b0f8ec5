import * as vscode from 'vscode';
import type { EntitySummary } from '../../core/corpus/index';
import type { Mention } from '../../core/match';
import type { AnnotationService } from '../annotations';
import type { CorpusService } from '../corpus';
import { Command } from '../commands/ids';

export type EntityNode =
  | { readonly type: 'kind'; readonly kind: string; readonly count: number }
  | { readonly type: 'entity'; readonly summary: EntitySummary }
  | { readonly type: 'article'; readonly entityKey: string; readonly uri: vscode.Uri; readonly mentions: readonly Mention[] }
  | { readonly type: 'mention'; readonly entityKey: string; readonly uri: vscode.Uri; readonly mention: Mention };

const KIND_LABEL: Record<string, string> = { person: 'People', place: 'Places', organization: 'Organizations' };
const KIND_ICON: Record<string, string> = { person: 'person', place: 'location', organization: 'organization' };

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ? vscode.l10n.t(KIND_LABEL[kind]) : kind.charAt(0).toUpperCase() + kind.slice(1);
}

/**
 * A row's description starts with a left-to-right mark: beside an Arabic label, a leading number
 * would otherwise join the label's right-to-left run and land on the wrong side of it.
 */
export function ltr(s: string): string {
  return `\u200E${s}`;
}

/** The line a mention stands on, trimmed around it, for a tree row's preview. */
export function linePreview(text: string, mention: Mention, width = 60): string {
  const cps = [...text];
  let s = mention.start;
  let e = mention.end;
  while (s > 0 && cps[s - 1] !== '\n' && mention.start - s < width / 2) s--;
  while (e < cps.length && cps[e] !== '\n' && e - mention.end < width / 2) e++;
  return cps.slice(s, e).join('').replace(/\s+/g, ' ').trim();
}

/**
 * The Entities view: kinds → entities (with mention and article counts) → articles → mentions.
 * Confirmed tags and suggestions are told apart by icon, and a filter shows confirmed ones only.
 */
export class EntitiesProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private confirmedOnlyValue = false;

  constructor(private readonly annotations: AnnotationService, private readonly corpus: CorpusService) {
    // Many articles change at once during indexing: one tree refresh per burst.
    this.sub = annotations.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.emitter.fire(undefined), 150);
    });
  }

  get confirmedOnly(): boolean {
    return this.confirmedOnlyValue;
  }

  set confirmedOnly(v: boolean) {
    this.confirmedOnlyValue = v;
    void vscode.commands.executeCommand('setContext', 'corpus.entities.confirmedOnly', v);
    this.emitter.fire(undefined);
  }

  private summaries(): EntitySummary[] {
    return this.annotations.index.entities({ confirmedOnly: this.confirmedOnlyValue });
  }

  getChildren(node?: EntityNode): EntityNode[] {
    const index = this.annotations.index;
    if (!node) {
      const counts = new Map<string, number>();
      for (const s of this.summaries()) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
      const order = ['person', 'place', 'organization'];
      return [...counts.entries()]
        .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b))
        .map(([kind, count]) => ({ type: 'kind', kind, count }));
    }
    switch (node.type) {
      case 'kind':
        return this.summaries().filter((s) => s.kind === node.kind).map((summary) => ({ type: 'entity', summary }));
      case 'entity': {
        const byPath = new Map<string, Mention[]>();
        for (const o of index.occurrences(node.summary.key)) {
          if (this.confirmedOnlyValue && o.mention.source !== 'tag') continue;
          let list = byPath.get(o.path);
          if (!list) byPath.set(o.path, (list = []));
          list.push(o.mention);
        }
        return [...byPath.entries()].map(([path, mentions]) => ({ type: 'article', entityKey: node.summary.key, uri: this.uriOf(path), mentions }));
      }
      case 'article':
        return node.mentions.map((mention) => ({ type: 'mention', entityKey: node.entityKey, uri: node.uri, mention }));
      case 'mention':
        return [];
    }
  }

  getParent(node: EntityNode): EntityNode | undefined {
    switch (node.type) {
      case 'kind':
        return undefined;
      case 'entity':
        return { type: 'kind', kind: node.summary.kind, count: 0 };
      case 'article': {
        const summary = this.annotations.index.entities().find((s) => s.key === node.entityKey);
        return summary && { type: 'entity', summary };
      }
      case 'mention': {
        const mentions = this.annotations.index.occurrences(node.entityKey).filter((o) => o.path === node.uri.path).map((o) => o.mention);
        return { type: 'article', entityKey: node.entityKey, uri: node.uri, mentions };
      }
    }
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'kind': {
        // Collapsed: a corpus names hundreds of entities; the three groups and counts come first.
        const item = new vscode.TreeItem(kindLabel(node.kind), C.Collapsed);
        item.id = `kind:${node.kind}`;
        item.description = ltr(String(node.count));
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.kind] ?? 'symbol-misc');
        item.contextValue = 'entityKind';
        return item;
      }
      case 'entity': {
        const s = node.summary;
        const item = new vscode.TreeItem(s.name, C.Collapsed);
        item.id = `entity:${s.key}`;
        item.description = ltr(vscode.l10n.t('{0} mentions · {1} articles', s.mentions, s.articles));
        item.iconPath = s.confirmed > 0
          ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
          : new vscode.ThemeIcon('lightbulb', new vscode.ThemeColor('editorLightBulb.foreground'));
        const tip = new vscode.MarkdownString();
        tip.appendText([s.name, s.entity?.en, s.entity?.description].filter(Boolean).join(' — '));
        tip.appendMarkdown('\n\n');
        tip.appendText(vscode.l10n.t('{0} confirmed tags, {1} suggestions', s.confirmed, s.mentions - s.confirmed));
        item.tooltip = tip;
        item.contextValue = s.confirmed > 0 ? 'entity confirmed' : 'entity suggested';
        return item;
      }
      case 'article': {
        const entry = this.corpus.get(node.uri);
        const item = new vscode.TreeItem(entry?.info.headline || vscode.workspace.asRelativePath(node.uri), C.Collapsed);
        item.id = `entity:${node.entityKey}:${node.uri.toString()}`;
        item.resourceUri = node.uri;
        item.description = ltr(String(node.mentions.length));
        item.iconPath = new vscode.ThemeIcon('file-text');
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const text = this.annotations.peek(node.uri)?.text;
        const item = new vscode.TreeItem(text ? linePreview(text, m) : m.text, C.None);
        item.id = `mention:${node.uri.toString()}:${m.start}:${m.end}`;
        item.description = m.source === 'tag' ? vscode.l10n.t('tag') : m.source === 'gazetteer' ? vscode.l10n.t('knowledge base') : vscode.l10n.t('rule');
        item.iconPath = new vscode.ThemeIcon(m.source === 'tag' ? 'tag' : 'lightbulb');
        item.command = { command: Command.RevealMention, title: vscode.l10n.t('Reveal'), arguments: [node.uri, m.start, m.end] };
        item.contextValue = m.source === 'tag' ? 'mention tag' : 'mention suggestion';
        return item;
      }
    }
  }

  private uriOf(path: string): vscode.Uri {
    return this.corpus.byPath(path)?.uri ?? vscode.Uri.file(path);
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
    this.emitter.dispose();
  }
}
