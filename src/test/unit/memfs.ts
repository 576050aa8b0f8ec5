import type { FileStat, FileSystem } from '../../core/ports';

function notFound(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file, '${path}'`), { code: 'ENOENT' });
}

/**
 * An in-memory FileSystem for unit tests. Folders exist implicitly when a file lives under them.
 * `onRead` lets a test act between a reader's read and its write (a concurrent editor).
 */
export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  onRead?: (path: string) => void | Promise<void>;
  private clock = 1;

  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [p, v] of Object.entries(initial)) this.put(p, v);
  }

  /** Writes a file directly, bypassing hooks. */
  put(path: string, content: string | Uint8Array): void {
    this.files.set(path, { data: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtime: this.clock++ });
  }

  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f && new TextDecoder().decode(f.data);
  }

  async readFile(path: string): Promise<Uint8Array> {
    const f = this.files.get(path);
    if (!f) throw notFound(path);
    const copy = f.data.slice();
    await this.onRead?.(path);
    return copy;
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.files.set(path, { data: data.slice(), mtime: this.clock++ });
  }

  async rename(from: string, to: string): Promise<void> {
    const f = this.files.get(from);
    if (!f) throw notFound(from);
    this.files.delete(from);
    this.files.set(to, f);
  }

  async delete(path: string): Promise<void> {
    this.files.delete(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const f = this.files.get(path);
    if (f) return { size: f.data.length, mtime: f.mtime, type: 'file' };
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return { size: 0, mtime: 0, type: 'directory' };
    return undefined;
  }

  async readDirectory(path: string): Promise<Array<[string, 'file' | 'directory']>> {
    const prefix = path === '.' || path === '' ? '' : path.endsWith('/') ? path : path + '/';
    const out = new Map<string, 'file' | 'directory'>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0) out.set(rest, 'file');
      else out.set(rest.slice(0, slash), 'directory');
    }
    if (out.size === 0 && !(await this.stat(path))) throw notFound(path);
    return [...out];
  }
}
