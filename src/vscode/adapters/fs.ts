import * as vscode from 'vscode';
import type { FileSystem } from '../../core/ports';

/**
 * The FileSystem port over `vscode.workspace.fs`, so the same core works in local, remote and
 * virtual workspaces. Core paths are the `path` part of a URI; the scheme and authority come from
 * the workspace folder the path lies in.
 */
export class VscodeFileSystem implements FileSystem {
  toUri(path: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.find((f) => path === f.uri.path || path.startsWith(f.uri.path.replace(/\/?$/, '/')));
    const base = folder?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return base.with({ path });
  }

  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.toUri(path));
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    await vscode.workspace.fs.writeFile(this.toUri(path), data);
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(this.toUri(from), this.toUri(to), { overwrite: true });
  }

  async delete(path: string): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.toUri(path), { useTrash: false });
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) throw e;
    }
  }

  async stat(path: string) {
    try {
      const s = await vscode.workspace.fs.stat(this.toUri(path));
      return { size: s.size, mtime: s.mtime, type: s.type & vscode.FileType.Directory ? 'directory' as const : 'file' as const };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }

  async readDirectory(path: string): Promise<Array<[string, 'file' | 'directory']>> {
    const entries = await vscode.workspace.fs.readDirectory(this.toUri(path));
    return entries.map(([name, type]) => [name, type & vscode.FileType.Directory ? 'directory' : 'file']);
  }
}
