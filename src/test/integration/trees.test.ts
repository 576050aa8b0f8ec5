import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EntityNode } from '../../vscode/tree/entities';
import type { TagNode } from '../../vscode/tree/tags';
import type { ArticleEntry } from '../../vscode/corpus';
import { api, closeAllEditors, until, workspaceUri } from './helpers';

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

suite('trees', () => {
  suiteTeardown(closeAllEditors);

  test('Entities: kinds → entities with counts → articles → mentions, matching the corpus index', async () => {
    const a = await api();
    const kinds = a.entities.getChildren() as EntityNode[];
    const kindNames = kinds.map((k) => (k as { kind: string }).kind);
    for (const k of ['person', 'place', 'organization']) assert.ok(kindNames.includes(k), `kind ${k} in ${kindNames}`);
    assert.strictEqual(label(a.entities.getTreeItem(kinds[0])), 'People');

    const people = a.entities.getChildren(kinds[kindNames.indexOf('person')]);
    const putin = people.find((n) => n.type === 'entity' && n.summary.key === 'vladimir-putin');
    assert.ok(putin && putin.type === 'entity', 'Putin is among the people');
    const occurrences = a.annotations.index.occurrences('vladimir-putin');
    assert.ok(occurrences.length >= 5, `Putin is mentioned across the seeds (${occurrences.length})`);
    assert.strictEqual(putin.summary.mentions, occurrences.length);
    const item = a.entities.getTreeItem(putin);
    assert.match(String(item.description), new RegExp(`^\u200E${occurrences.length} mentions · ${new Set(occurrences.map((o) => o.path)).size} articles$`));

    const articles = a.entities.getChildren(putin);
    assert.strictEqual(articles.length, new Set(occurrences.map((o) => o.path)).size);
    const mentions = a.entities.getChildren(articles[0]);
    assert.ok(mentions.length > 0 && mentions.every((m) => m.type === 'mention'));
    const first = mentions[0] as Extract<EntityNode, { type: 'mention' }>;
    const row = a.entities.getTreeItem(first);
    assert.ok(label(row).includes(first.mention.text), 'the row previews the line around the name');

    // Clicking the row reveals and selects the mention.
    await vscode.commands.executeCommand(row.command!.command, ...(row.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), first.uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection), first.mention.text);

    // The view can reveal an entity node (getParent works).
    await vscode.commands.executeCommand('workbench.view.extension.corpus');
    await a.entitiesView.reveal(first, { select: true, expand: false });
  });

  test('Entities: the confirmed-only filter hides suggestions', async () => {
    const a = await api();
    await vscode.commands.executeCommand('corpus.entities.showConfirmedOnly');
    try {
      const shown = a.entities.getChildren().flatMap((k) => a.entities.getChildren(k));
      const confirmed = a.annotations.index.entities({ confirmedOnly: true });
      assert.strictEqual(shown.length, confirmed.length);
    } finally {
      await vscode.commands.executeCommand('corpus.entities.showAll');
    }
    assert.ok(a.entities.getChildren().flatMap((k) => a.entities.getChildren(k)).length > 10);
  });

  test('Tags and Articles update live when a sidecar is written on disk', async () => {
    const a = await api();
    const sidecar = workspaceUri('003_a8ae4d22489fa304.yaml');
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode('version: 1\nstatus: done\ntags:\n  - كوريا الشمالية\n  - دبلوماسية\nannotations: []\n'));
    const tagNodes = await until('the Tags view to list the new tags', () => {
      const nodes = a.tags.getChildren() as TagNode[];
      return nodes.length >= 2 ? nodes : undefined;
    });
    assert.deepStrictEqual(tagNodes.map((n) => (n as { tag: string }).tag).sort(), ['دبلوماسية', 'كوريا الشمالية'].sort());
    const under = a.tags.getChildren(tagNodes[0]);
    assert.strictEqual(under.length, 1);
    assert.strictEqual(label(a.tags.getTreeItem(under[0])), 'واشنطن تحذر من تنامي وخطورة العلاقات العسكرية بين روسيا وكوريا الشمالية');

    await vscode.commands.executeCommand('corpus.articles.filter', { tag: 'دبلوماسية' });
    assert.deepStrictEqual((a.articles.getChildren() as ArticleEntry[]).map((e) => e.uri.path.split('/').pop()), ['003_a8ae4d22489fa304.txt']);
    await vscode.commands.executeCommand('corpus.articles.filter', { status: 'done' });
    assert.strictEqual(a.articles.getChildren().length, 1);
    await vscode.commands.executeCommand('corpus.articles.clearFilter');
    assert.strictEqual(a.articles.getChildren().length, a.corpus.list().length);

    await vscode.workspace.fs.delete(sidecar);
    await until('the tags to disappear with the sidecar', () => a.tags.getChildren().length === 0);
  });

  test('Articles sort by date, newest first, and show tag counts', async () => {
    const a = await api();
    await vscode.commands.executeCommand('corpus.articles.sort', 'date');
    const dates = (a.articles.getChildren() as ArticleEntry[]).map((e) => e.info.date ?? '');
    assert.deepStrictEqual(dates, [...dates].sort().reverse());
    await vscode.commands.executeCommand('corpus.articles.sort', 'name');
    const names = (a.articles.getChildren() as ArticleEntry[]).map((e) => e.uri.path);
    assert.deepStrictEqual(names, [...names].sort());
  });
});
