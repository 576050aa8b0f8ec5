import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { ReadingViewState } from '../../vscode/reading/readingView';
import { api, closeAllEditors, exists, openArticle, readText, until, workspaceUri } from './helpers';

// An article of our own: markup in the text must come out escaped, and the emoji before the
// last name makes code points and UTF-16 units disagree.
const TEXT = [
  'خبر تجريبي عن زيارة جون كيربي إلى موسكو',
  'قال جون كيربي إن <script>alert(1)</script> & "شيء" لا يُنفَّذ.',
  '',
  '😀 ثم تحدث كيربي مجددًا.',
  '',
].join('\n');

const cp = (s: string) => [...s].length;

suite('reading view', () => {
  const article = workspaceUri('reading-view-test.txt');
  const sidecar = workspaceUri('reading-view-test.yaml');

  suiteSetup(async () => {
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(TEXT));
    const a = await api();
    await until('the test article in the corpus', () => a.corpus.get(article) ?? (a.corpus.scan().then(() => a.corpus.get(article))));
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    for (const u of [article, sidecar]) if (await exists(u)) await vscode.workspace.fs.delete(u);
    const a = await api();
    await until('the test article gone from the corpus', () => !a.corpus.get(article));
  });

  async function shown(probe: (s: ReadingViewState) => boolean, what: string): Promise<ReadingViewState> {
    const a = await api();
    return (await until(what, () => { const s = a.reading.current(); return s && s.uri.toString() === article.toString() && probe(s) ? s : undefined; }))!;
  }

  test('opens beside the active article, right to left, under a strict CSP', async () => {
    const editor = await openArticle(article);
    assert.strictEqual(await vscode.commands.executeCommand('corpus.openReadingView'), true);
    const s = await shown(() => true, 'the reading view on the test article');
    assert.match(s.html, /<html dir="rtl" lang="ar">/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(s.html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([A-Za-z0-9]{16,})'/.exec(csp)?.[1];
    assert.ok(nonce, `a script nonce in ${csp}`);
    assert.ok(!/unsafe-inline|unsafe-eval|\sdata:|\s\*(;|$)/.test(csp), csp);
    const scripts = s.html.match(/<script\b[^>]*>/g) ?? [];
    assert.strictEqual(scripts.length, 1);
    assert.ok(scripts.every((t) => t.includes(`nonce="${nonce}"`)), scripts.join());
    assert.ok(!/\son[a-z]+=/i.test(s.html), 'no inline event handlers');

    // Beside the editor, which keeps the focus.
    // The workbench reports tabs to the extension host a moment after they open.
    const webviewTab = await until('a webview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview));
    assert.notStrictEqual(webviewTab.group.viewColumn, editor.viewColumn);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), article.toString());
  });

  test('escapes the article text and emphasises the headline', async () => {
    const s = await shown((x) => x.body.length > 0, 'a rendered body');
    assert.ok(s.body.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;شيء&quot;'), s.body);
    assert.ok(!s.html.includes('<script>alert'), 'the article never injects a script');
    assert.match(s.body, /^<h1 data-line="0" data-start="0">.*خبر تجريبي/);
    // Blank lines make no paragraph; the line numbers of the others stay the editor's.
    assert.match(s.body, /<p data-line="3" data-start="\d+">/);
    assert.ok(!s.body.includes('data-line="2"'));
  });

  test('a tag message from the page writes the sidecar and the view shows the mention', async () => {
    const a = await api();
    const at = cp(TEXT.slice(0, TEXT.lastIndexOf('كيربي')));
    // Refused: an unknown kind, a span past the end.
    await a.reading.handleMessage({ type: 'tag', start: at, end: at + 5, kind: '<b>' });
    await a.reading.handleMessage({ type: 'tag', start: at, end: cp(TEXT) + 3, kind: 'person' });
    assert.strictEqual(await exists(sidecar), false, 'nothing written for a bad message');

    // The spaces a drag selection catches are trimmed, like the tag command does.
    await a.reading.handleMessage({ type: 'tag', start: at - 1, end: at + 6, kind: 'person' });
    const doc = parse(await readText(sidecar));
    assert.strictEqual(doc.annotations.length, 1);
    const ann = doc.annotations[0];
    assert.deepStrictEqual({ kind: ann.kind, start: ann.start, end: ann.end, text: ann.text }, { kind: 'person', start: at, end: at + 5, text: 'كيربي' });
    assert.ok(ann.annotator, 'the annotator is recorded');

    const expected = `<mark class="m k-person s-tag" data-start="${at}" data-end="${at + 5}" data-kind="person" data-source="tag"`;
    const s = await shown((x) => x.body.includes(expected), 'the tag in the view');
    assert.ok(s.body.includes(`${expected} title="Person · your tag">كيربي</mark>`), s.body);
  });

  test('a selection in the page selects the same span in the editor', async () => {
    const a = await api();
    const editor = await openArticle(article);
    const utf16 = TEXT.lastIndexOf('كيربي');
    const at = cp(TEXT.slice(0, utf16));
    assert.notStrictEqual(at, utf16, 'the emoji makes the two counts differ');
    await a.reading.handleMessage({ type: 'select', start: at, end: at + 5 });
    const sel = editor.selection;
    assert.deepStrictEqual([editor.document.offsetAt(sel.start), editor.document.offsetAt(sel.end)], [utf16, utf16 + 5]);
  });

  test('follows edits to the article and the active article', async () => {
    const a = await api();
    const editor = await openArticle(article);
    const before = a.reading.current()!.renders;
    await editor.edit((e) => e.insert(new vscode.Position(3, 0), 'سطر مضاف '));
    await shown((x) => x.renders > before && x.body.includes('سطر مضاف'), 'the edit in the view');
    await vscode.commands.executeCommand('workbench.action.files.revert');

    const seed = workspaceUri('000_40c00b8a0b0640c2.txt');
    await openArticle(seed);
    const s = (await until('the view on the other article', () => { const x = a.reading.current(); return x?.uri.toString() === seed.toString() ? x : undefined; }))!;
    assert.match(s.body, /<h1 data-line="\d+" data-start="\d+">.*البيت الأبيض/);
  });
});
