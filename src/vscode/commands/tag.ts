import * as vscode from 'vscode';

/** Punctuation and spaces that never belong to a name at either end of a selection. */
const LEADING = /^[\s«»"“”'‘’()[\]{}،؛؟!.,:;…-]+/u;
const TRAILING = /[\s«»"“”'‘’()[\]{}،؛؟!.,:;…-]+$/u;

/** The range to tag: the selection without surrounding punctuation, or the word at the cursor. */
export function targetRange(editor: vscode.TextEditor): vscode.Range | undefined {
  const doc = editor.document;
  const range: vscode.Range | undefined = editor.selection.isEmpty ? doc.getWordRangeAtPosition(editor.selection.active) : editor.selection;
  if (!range) return undefined;
  const text = doc.getText(range);
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const trail = TRAILING.exec(text)?.[0].length ?? 0;
  if (lead + trail >= text.length) return undefined;
  const start = doc.offsetAt(range.start) + lead;
  const end = doc.offsetAt(range.end) - trail;
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}
