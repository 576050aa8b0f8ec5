import * as vscode from 'vscode';
import { loadKnowledgeBase, type KbProblem } from '../core/kb/load';
import type { Entity } from '../core/kb/types';
import { Gazetteer } from '../core/match';
import type { Logger } from '../core/ports';
import type { VscodeFileSystem } from './adapters/fs';

/**
 * The knowledge base in force: the built-in one (unless switched off) plus each workspace folder's
 * `entities.yaml`, compiled into one gazetteer. Reloads when an `entities.yaml` or the setting
 * changes.
 */
export class KnowledgeService implements vscode.Disposable {
  private entitiesById = new Map<string, Entity>();
  private kindList: string[] = ['person', 'place', 'organization'];
  private gazetteerValue: Gazetteer = Gazetteer.build([]);
  private problemList: KbProblem[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the knowledge base was reloaded. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private loading: Promise<void> | undefined;
  /** Bumped on every reload, so cached analyses know they are stale. */
  version = 0;
  /** Whether the built-in base was asked for at the last load. */
  builtinInUse = true;

  constructor(private readonly fs: VscodeFileSystem, private readonly builtin: () => boolean, private readonly logger: Logger) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/entities.yaml');
    const reload = () => void this.reload();
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  get gazetteer(): Gazetteer {
    return this.gazetteerValue;
  }

  get kinds(): readonly string[] {
    return this.kindList;
  }

  get problems(): readonly KbProblem[] {
    return this.problemList;
  }

  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  all(): Entity[] {
    return [...this.entitiesById.values()];
  }

  /** The `entities.yaml` of the folder an article belongs to (where new entities go). */
  entitiesFileFor(uri?: vscode.Uri): vscode.Uri | undefined {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, 'entities.yaml');
  }

  ready(): Promise<void> {
    return this.loading ?? this.reload();
  }

  reload(): Promise<void> {
    const run = async () => {
      const t0 = Date.now();
      const byId = new Map<string, Entity>();
      const kinds = new Set<string>(['person', 'place', 'organization']);
      const problems: KbProblem[] = [];
      const folders = vscode.workspace.workspaceFolders ?? [];
      this.builtinInUse = this.builtin();
      // Each folder's file overrides the built-in base; the first folder's entry wins a tie.
      for (const folder of [...folders].reverse()) {
        const kb = await loadKnowledgeBase(this.fs, folder.uri.path, { builtin: this.builtinInUse });
        for (const e of kb.entities) byId.set(e.id, e);
        for (const k of kb.kinds) kinds.add(k);
        problems.push(...kb.problems);
      }
      this.entitiesById = byId;
      this.kindList = [...kinds];
      this.problemList = problems;
      this.gazetteerValue = Gazetteer.build(byId.values());
      this.version++;
      this.logger.info(`knowledge base: ${byId.size} entities, ${problems.length} problems, compiled in ${Date.now() - t0} ms`);
      this.emitter.fire();
    };
    this.loading = run();
    return this.loading;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
