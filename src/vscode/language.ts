import * as vscode from 'vscode';

export const ARTICLE_LANGUAGE = 'corpus-article';

/**
 * Gives the workspace's articles the article language (word wrap on, control characters hidden,
 * no ambiguous-character boxes on Arabic letters) without claiming every `.txt` on the machine:
 * only plain-text documents that are articles of the open workspace are switched.
 */
export function registerArticleLanguage(isArticle: (uri: vscode.Uri) => boolean): vscode.Disposable {
  const assign = (doc: vscode.TextDocument) => {
    if (doc.languageId === 'plaintext' && isArticle(doc.uri)) {
      void vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE).then(undefined, () => undefined);
    }
  };
  vscode.workspace.textDocuments.forEach(assign);
  return vscode.workspace.onDidOpenTextDocument(assign);
}
