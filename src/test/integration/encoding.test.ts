import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, until, workspaceUri } from './helpers';

suite('bad article bytes', () => {
  const uri = () => workspaceUri('latin1-article.txt');
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
  });

  test('an article that is not UTF-8 is listed, and the Problems panel names its file, line and column', async () => {
    const a = await api();
    const head = new TextEncoder().encode('عنوان الخبر\nقال بوتين ');
    await vscode.workspace.fs.writeFile(uri(), new Uint8Array([...head, 0xe9, 0x74, 0xe9, 0x0a]));
    await until('the article to be indexed', () => a.corpus.get(uri()));
    await a.annotations.refresh(uri());
    const diagnostic = await until('a not-UTF-8 diagnostic', () => vscode.languages.getDiagnostics(uri()).find((d) => d.code === 'not-utf8'));
    assert.strictEqual(diagnostic.range.start.line, 1);
    assert.strictEqual(diagnostic.range.start.character, 10);
    assert.match(diagnostic.message, /not valid UTF-8 from line 2, column 11/);
    assert.strictEqual(a.corpus.get(uri())!.info.headline, 'عنوان الخبر');
  });
});
