import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, openArticle, until, workspaceUri } from './helpers';

/** Runs in a generated workspace of 2,000 articles (CORPUS_SUITE=scale). */
suite('scale', () => {
  const report: Record<string, number> = {};
  suiteTeardown(() => {
    if (process.env.CORPUS_SCALE_REPORT) fs.writeFileSync(process.env.CORPUS_SCALE_REPORT, JSON.stringify(report, null, 2));
  });

  test('the first indexing covers every article, in the background, and fills the trees', async () => {
    const t0 = Date.now();
    const a = await api();
    report.activateToReadyMs = Date.now() - t0;
    const expected = Number(process.env.CORPUS_SCALE_ARTICLES);
    assert.ok(expected >= 2000);
    assert.strictEqual(a.corpus.list().length, expected);
    assert.strictEqual(a.annotations.lastIndexing?.articles, expected);
    report.articles = expected;
    report.firstIndexingMs = a.annotations.lastIndexing!.ms;
    const mentions = a.annotations.index.allArticles().reduce((n, r) => n + r.mentions.length, 0);
    report.mentions = mentions;
    report.entities = a.annotations.index.entities().length;
    assert.ok(mentions > expected * 10, `${mentions} mentions`);
    const people = a.entities.getChildren().find((n) => n.type === 'kind' && n.kind === 'person')!;
    const putin = a.entities.getChildren(people).find((n) => n.type === 'entity' && n.summary.key === 'vladimir-putin');
    assert.ok(putin && putin.type === 'entity' && putin.summary.articles > 100);
    assert.strictEqual(a.articles.getChildren().length, expected);
  });

  test('tagging one article re-analyses that article only', async () => {
    const a = await api();
    const uri = workspaceUri('00', 'article-00007.txt');
    const editor = await openArticle(uri);
    const before = a.annotations.computed;
    const text = editor.document.getText();
    const i = text.indexOf('بوتين');
    assert.ok(i >= 0);
    editor.selection = new vscode.Selection(editor.document.positionAt(i), editor.document.positionAt(i + 5));
    const t0 = Date.now();
    assert.strictEqual(await vscode.commands.executeCommand('corpus.tagSelectionAsPerson'), true);
    await until('the Articles row to count the tag', () => a.sidecars.summary(uri)?.annotations === 1);
    report.tagRoundTripMs = Date.now() - t0;
    await new Promise((r) => setTimeout(r, 500));
    report.reanalysedAfterTag = a.annotations.computed - before;
    assert.ok(a.annotations.computed - before <= 3, `re-analysed ${a.annotations.computed - before} times`);
  });

  test('highlights of an article appear promptly while the corpus is large', async () => {
    const a = await api();
    const uri = workspaceUri('19', 'article-01999.txt');
    const t0 = Date.now();
    const shown = new Promise<void>((resolve) => {
      const sub = a.decorations.onDidRender((u) => { if (u.toString() === uri.toString()) { sub.dispose(); resolve(); } });
    });
    await openArticle(uri);
    await shown;
    report.openToHighlightsMs = Date.now() - t0;
    const ranges = [...a.decorations.rangesFor(uri).values()].reduce((n, r) => n + r.length, 0);
    assert.ok(ranges > 5, `${ranges} highlights`);
  });
});
