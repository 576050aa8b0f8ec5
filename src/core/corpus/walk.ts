/** Finding a corpus's articles and their sidecars through the FileSystem port. */
import type { FileSystem } from '../ports';
import { join, sidecarPathFor } from '../path';

export interface CorpusEntry {
  /** Path of the `.txt` article. */
  readonly article: string;
  /** Path of its sidecar, when one exists. */
  readonly sidecar?: string;
}

/** Folders that never hold articles: tool state, dependencies, build output. */
const SKIPPED = new Set(['node_modules', 'dist', 'out', 'test-output']);

function skipped(name: string): boolean {
  // Dot entries include the store's own temporary files (`.name.yaml.<random>.tmp`).
  return name.startsWith('.') || SKIPPED.has(name);
}

/**
 * Every article under `root` (depth first, names sorted so output is stable across platforms),
 * each with its sidecar if there is one.
 */
export async function walkCorpus(fs: FileSystem, root: string): Promise<CorpusEntry[]> {
  const out: CorpusEntry[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = (await fs.readDirectory(dir)).filter(([name]) => !skipped(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const files = new Set(entries.filter(([, t]) => t === 'file').map(([n]) => n));
    for (const [name, type] of entries) {
      const path = dir === '.' ? name : join(dir, name);
      if (type === 'file' && /\.txt$/i.test(name)) {
        const sidecar = sidecarPathFor(path);
        const sidecarName = sidecar.slice(sidecar.lastIndexOf('/') + 1);
        out.push(files.has(sidecarName) ? { article: path, sidecar } : { article: path });
      }
    }
    const dirs = entries.filter(([, t]) => t === 'directory').map(([n]) => (dir === '.' ? n : join(dir, n)));
    for (let i = dirs.length - 1; i >= 0; i--) pending.push(dirs[i]);
  }
  return out;
}
