/**
 * The only ways core reaches the outside world. The extension implements them over
 * `vscode.workspace.fs` (so remote and virtual workspaces work); the CLI and the unit tests
 * implement them over Node's `fs` or in memory.
 *
 * Paths are POSIX-style strings (forward slashes). Each front door maps them to its own
 * addresses (a `vscode.Uri` with the workspace's scheme, or a Node path).
 */
export interface FileStat {
  /** Size in bytes. */
  readonly size: number;
  /** Last modification time, milliseconds since the epoch. */
  readonly mtime: number;
  readonly type: 'file' | 'directory';
}

export interface FileSystem {
  /** The file's bytes; rejects with an error whose `code` is `'ENOENT'` when it does not exist. */
  readFile(path: string): Promise<Uint8Array>;
  /** Replaces the file's bytes in place (creating it). Callers that need atomicity use `rename`. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Moves `from` onto `to`, replacing `to`; atomic when both are in the same folder. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; resolves when it did not exist. */
  delete(path: string): Promise<void>;
  /** The file's metadata, or `undefined` when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Names and types of a folder's direct children. */
  readDirectory(path: string): Promise<Array<[name: string, type: 'file' | 'directory']>>;
}

/** Where core reports what a person running the tool may want to read later. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything (tests, quiet CLI runs). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** The error code a FileSystem uses for "not there", across Node and VS Code. */
export function isNotFound(err: unknown): boolean {
  const e = err as { code?: string; name?: string } | undefined;
  return e?.code === 'ENOENT' || e?.code === 'FileNotFound' || e?.name === 'EntryNotFound (FileSystemError)';
}
