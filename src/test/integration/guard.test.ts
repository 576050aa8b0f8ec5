import * as assert from 'assert';
import * as vscode from 'vscode';

// The harness proves it can see a failure: with this marker file in the workspace, this test
// fails on purpose and `npm test` must report exactly that failure.
suite('harness guard', () => {
  test('fails when the workspace holds .corpus-force-fail', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const marker = vscode.Uri.joinPath(folder, '.corpus-force-fail');
    const present = await vscode.workspace.fs.stat(marker).then(() => true, () => false);
    assert.strictEqual(present, false, 'forced failure: the marker file is present');
  });
});
