import { promises as fsp } from 'node:fs';
import type { FileSystem } from '../core/ports';

/** The FileSystem port over Node's `fs`, for the CLI and tests. */
export const nodeFileSystem: FileSystem = {
  async readFile(p) { return new Uint8Array(await fsp.readFile(p)); },
  async writeFile(p, data) { await fsp.writeFile(p, data); },
  async rename(from, to) { await fsp.rename(from, to); },
  async delete(p) { await fsp.rm(p, { force: true }); },
  async stat(p) {
    try {
      const s = await fsp.stat(p);
      return { size: s.size, mtime: s.mtimeMs, type: s.isDirectory() ? 'directory' : 'file' };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  async readDirectory(p) {
    const entries = await fsp.readdir(p, { withFileTypes: true });
    return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? 'directory' : 'file']);
  },
};
