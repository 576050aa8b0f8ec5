import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { api, closeAllEditors, exists, indexOfNth, openArticle, readText, until, workspaceUri } from './helpers';

const HEADLINES: Record<string, string> = {
  '000_40c00b8a0b0640c2.txt': 'البيت الأبيض: واشنطن تشعر بالقلق إزاء التعاون الدفاعي المزدهر بين كوريا الشمالية وروسيا',
  '001_07af95ed4a4b08aa.txt': '"سنرد بحزم".. واشنطن وسول وطوكيو تحذر كوريا الشمالية وروسيا',
  '002_dca62404e39632a2.txt': 'واشنطن «قلقة» من تقدّم محادثات الأسلحة بين موسكو وبيونغ يانغ',
  '003_a8ae4d22489fa304.txt': 'واشنطن تحذر من تنامي وخطورة العلاقات العسكرية بين روسيا وكوريا الشمالية',
  '004_a1859c5a7e0376a8.txt': 'قلق أميركا وحلفائها إزاء قمة " كيم _ بوتين "',
};

suite('walking skeleton', () => {
  suiteTeardown(closeAllEditors);

  test('the extension activates without errors and registers its commands', async () => {
    const a = await api();
    assert.ok(a.corpus && a.sidecars && a.decorations);
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['corpus.tagSelectionAsPerson', 'corpus.refresh', 'corpus.openArticle']) assert.ok(commands.includes(id), id);
  });

  test('the Articles view lists the five seeds by the headline in their text', async () => {
    const a = await api();
    // Other suites may add articles of their own; the seeds must all be there, by headline.
    const rows = a.articles.getChildren().filter((r) => /\/00\d_[0-9a-f]+\.txt$/.test(r.uri.path));
    const byFile = new Map(rows.map((r) => [r.uri.path.split('/').pop()!, a.articles.getTreeItem(r)]));
    assert.deepStrictEqual([...byFile.keys()].sort(), Object.keys(HEADLINES));
    for (const [file, headline] of Object.entries(HEADLINES)) assert.strictEqual(byFile.get(file)!.label, headline, file);
    // The view itself shows them: revealing a row works only for an element the view knows.
    await vscode.commands.executeCommand('workbench.view.extension.corpus');
    // A redraw may land between asking for the rows and revealing one: ask again then.
    await a.articlesView.reveal(rows[2], { select: true, focus: false }).then(undefined, async () => {
      await new Promise((r) => setTimeout(r, 300));
      await a.articlesView.reveal(rows[2], { select: true, focus: false });
    });
    // The view reports its new selection a moment after reveal resolves.
    const selected = await until('the revealed row to be selected', () => a.articlesView.selection[0] as { uri: vscode.Uri } | undefined);
    assert.strictEqual(selected.uri.toString(), rows[2].uri.toString());
  });

  test('Tag Selection as Person writes the span to name.yaml next to name.txt', async () => {
    const a = await api();
    const article = workspaceUri('002_dca62404e39632a2.txt');
    const sidecar = workspaceUri('002_dca62404e39632a2.yaml');
    assert.strictEqual(await exists(sidecar), false, 'no sidecar before the first tag');
    const editor = await openArticle(article);
    const text = editor.document.getText();
    const at = indexOfNth(text, 'كيربي');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'كيربي'.length));
    assert.strictEqual(await vscode.commands.executeCommand('corpus.tagSelectionAsPerson'), true);

    const yamlText = await readText(sidecar);
    assert.ok(yamlText.endsWith('\n') && !yamlText.includes('\r'), 'LF line endings and a final newline');
    assert.ok(yamlText.includes('كيربي'), 'Arabic is written as is, readable by a person');
    const doc = parse(yamlText);
    assert.strictEqual(doc.version, 1);
    assert.strictEqual(doc.annotations.length, 1);
    const ann = doc.annotations[0];
    const cpStart = [...text.slice(0, at)].length;
    assert.deepStrictEqual({ kind: ann.kind, start: ann.start, end: ann.end, text: ann.text }, { kind: 'person', start: cpStart, end: cpStart + 5, text: 'كيربي' });
    assert.match(ann.id, /^a-[a-z2-7]{10}$/);
    assert.ok(ann.annotator, 'the annotator is recorded');
    await until('the tag count in the Articles view', () => a.sidecars.summary(article)?.annotations === 1);
  });

  test('a second tag updates the same sidecar and keeps the first', async () => {
    const article = workspaceUri('002_dca62404e39632a2.txt');
    const editor = await openArticle(article);
    const text = editor.document.getText();
    const at = indexOfNth(text, 'بوتين');
    // A selection with a space and a comma around the name still tags the name alone.
    editor.selection = new vscode.Selection(editor.document.positionAt(at - 1), editor.document.positionAt(at + 5));
    assert.strictEqual(await vscode.commands.executeCommand('corpus.tagSelectionAsPerson'), true);
    const doc = parse(await readText(workspaceUri('002_dca62404e39632a2.yaml')));
    assert.deepStrictEqual(doc.annotations.map((x: { text: string }) => x.text).sort(), ['بوتين', 'كيربي'].sort());
  });

  test('the tag is highlighted again, on the same range, after the article is closed and reopened', async () => {
    const a = await api();
    const article = workspaceUri('002_dca62404e39632a2.txt');
    await closeAllEditors();
    const rendered = new Promise<void>((resolve) => {
      const sub = a.decorations.onDidRender((u) => { if (u.toString() === article.toString()) { sub.dispose(); resolve(); } });
    });
    const editor = await openArticle(article);
    await rendered;
    const text = editor.document.getText();
    const at = indexOfNth(text, 'كيربي');
    const expected = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 5));
    const ranges = a.decorations.rangesFor(article).get('tag:person') ?? [];
    assert.ok(ranges.some((r) => r.isEqual(expected)), `expected ${JSON.stringify(expected)} among ${JSON.stringify(ranges)}`);
    assert.strictEqual(ranges.length, 2);
  });
});
