import * as vscode from 'vscode';
import { addAnnotation } from '../../core/sidecar/store';
import { DocumentOffsets } from '../adapters/ranges';
import type { SidecarService } from '../sidecars';
import { Command } from './ids';

export interface TagDeps {
  readonly sidecars: SidecarService;
  readonly annotator: () => Promise<string>;
  readonly isArticle: (doc: vscode.TextDocument) => boolean;
}

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

/** Tags the selection (or the word at the cursor) as `kind` in the article's sidecar. */
export async function tagSelection(deps: TagDeps, kind: string, entity?: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !deps.isArticle(editor.document)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an article and select a name to tag.'));
    return false;
  }
  const range = targetRange(editor);
  if (!range) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Select a name to tag.'));
    return false;
  }
  const doc = editor.document;
  const text = doc.getText();
  const { start, end } = new DocumentOffsets(doc, text).span(range);
  try {
    await deps.sidecars.update(doc.uri, text, addAnnotation({ kind, start, end, entity, annotator: await deps.annotator() }, text));
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the tag to {0}: {1}', vscode.workspace.asRelativePath(doc.uri.with({ path: doc.uri.path.replace(/\.txt$/i, '.yaml') })), e instanceof Error ? e.message : String(e)));
    return false;
  }
}

export function registerTagCommands(deps: TagDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Command.TagSelectionAsPerson, () => tagSelection(deps, 'person')),
  );
}
