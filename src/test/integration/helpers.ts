import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusApi } from '../../extension';

export const EXTENSION_ID = 'corpus-annotator.corpus-annotator';

/** The running extension's API, after its first indexing. */
export async function api(): Promise<CorpusApi> {
  const ext = vscode.extensions.getExtension<CorpusApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const a = await ext.activate();
  await a.ready;
  return a;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...segments);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/** Waits until `probe` returns a truthy value, polling; fails with `what` after `ms`. */
export async function until<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** UTF-16 index of the `nth` (0-based) occurrence of `needle` in `text`. */
export function indexOfNth(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  return i;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Opens an article and waits until it is in the article language (the extension switches it). */
export async function openArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(uri);
  await until('the article language', () => vscode.window.activeTextEditor?.document.languageId === 'corpus-article');
  return vscode.window.showTextDocument(uri);
}
