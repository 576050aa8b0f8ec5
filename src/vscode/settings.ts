import * as vscode from 'vscode';

/** Every setting the extension reads, typed, read in this one module. */
export interface Settings {
  /** Who is recorded on new tags. */
  readonly annotator: string;
  /** Highlight the user's own tags. */
  readonly showTags: boolean;
  /** Highlight knowledge-base suggestions. */
  readonly showGazetteer: boolean;
  /** Highlight rule suggestions. */
  readonly showRules: boolean;
  /** Use the built-in knowledge base next to the workspace's entities.yaml. */
  readonly builtinKnowledgeBase: boolean;
  /** Glob of article files. */
  readonly articleGlob: string;
  /** Leave a proclitic glued to a selected name outside the tag. */
  readonly stripProclitics: boolean;
}

function read(): Settings {
  const c = vscode.workspace.getConfiguration('corpusAnnotator');
  return {
    annotator: c.get<string>('annotator', '').trim(),
    showTags: c.get<boolean>('highlight.tags', true),
    showGazetteer: c.get<boolean>('highlight.knowledgeBase', true),
    showRules: c.get<boolean>('highlight.rules', true),
    builtinKnowledgeBase: c.get<boolean>('knowledgeBase.builtin', true),
    articleGlob: c.get<string>('articles.glob', '**/*.txt'),
    stripProclitics: c.get<boolean>('tagging.stripProclitics', true),
  };
}

/** Holds the current settings and says when they change. */
export class SettingsService implements vscode.Disposable {
  private current = read();
  private readonly emitter = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.emitter.event;
  private readonly sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('corpusAnnotator')) {
      this.current = read();
      this.emitter.fire(this.current);
    }
  });

  get value(): Settings {
    return this.current;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
