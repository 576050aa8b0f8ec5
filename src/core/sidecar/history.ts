/**
 * Undo for tagging actions. The editor's own undo never reaches a sidecar, and a sidecar may have
 * changed since (another action, a teammate's merge), so undo is not "write the old file back":
 * it is a change that puts back exactly what one action altered and leaves everything else.
 */
import type { Annotation, Sidecar } from './model';
import type { Change } from './updates';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The change that turns `after` back into `before`, applied to whatever the sidecar is now. */
export function inverseChange(before: Sidecar, after: Sidecar): Change {
  const beforeById = new Map(before.annotations.map((a) => [a.id, a]));
  const afterById = new Map(after.annotations.map((a) => [a.id, a]));
  const added = [...afterById.keys()].filter((id) => !beforeById.has(id));
  const restored: Annotation[] = [...beforeById.values()].filter((a) => !same(a, afterById.get(a.id)));
  const tags = same(before.tags, after.tags) ? undefined : before.tags;
  const status = before.status === after.status ? undefined : before.status;
  const rejected = same(before.rejected, after.rejected) ? undefined : { add: before.rejected.filter((r) => !after.rejected.some((x) => same(x, r))), drop: after.rejected.filter((r) => !before.rejected.some((x) => same(x, r))) };
  const relations = same(before.relations, after.relations) ? undefined : { add: before.relations.filter((r) => !after.relations.some((x) => x.id === r.id)), drop: new Set(after.relations.filter((r) => !before.relations.some((x) => x.id === r.id)).map((r) => r.id)) };
  return (s) => {
    const drop = new Set([...added, ...restored.map((a) => a.id)]);
    let next: Sidecar = { ...s, annotations: [...s.annotations.filter((a) => !drop.has(a.id)), ...restored] };
    if (tags) next = { ...next, tags };
    if (status) next = { ...next, status };
    if (rejected) next = { ...next, rejected: [...next.rejected.filter((r) => !rejected.drop.some((x) => same(x, r))), ...rejected.add] };
    if (relations) next = { ...next, relations: [...next.relations.filter((r) => !relations.drop.has(r.id)), ...relations.add] };
    return next;
  };
}

/** One undoable action: what it did to which articles' sidecars (and maybe the knowledge base). */
export interface HistoryEntry<K> {
  readonly label: string;
  readonly sidecars: ReadonlyArray<{ readonly key: K; readonly before: Sidecar; readonly after: Sidecar }>;
  /** `entities.yaml` text before and after, when the action changed the knowledge base. */
  readonly entities?: { readonly key: K; readonly before: string | undefined; readonly after: string };
}

/** A bounded undo/redo stack of tagging actions. */
export class History<K> {
  private readonly undoStack: HistoryEntry<K>[] = [];
  private readonly redoStack: HistoryEntry<K>[] = [];

  constructor(private readonly limit = 200) {}

  push(entry: HistoryEntry<K>): void {
    if (entry.sidecars.length === 0 && !entry.entities) return;
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  /** The entry to undo now; moves it to the redo stack. */
  takeUndo(): HistoryEntry<K> | undefined {
    const e = this.undoStack.pop();
    if (e) this.redoStack.push(e);
    return e;
  }

  /** The entry to redo now; moves it back to the undo stack. */
  takeRedo(): HistoryEntry<K> | undefined {
    const e = this.redoStack.pop();
    if (e) this.undoStack.push(e);
    return e;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  peekUndo(): HistoryEntry<K> | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }
}
