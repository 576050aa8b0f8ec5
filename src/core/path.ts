/** POSIX path helpers for the FileSystem port (core never imports Node's `path`). */
export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

export function basename(p: string, ext?: string): string {
  const b = p.slice(p.lastIndexOf('/') + 1);
  return ext && b.endsWith(ext) ? b.slice(0, b.length - ext.length) : b;
}

export function join(...parts: string[]): string {
  const joined = parts.filter((s) => s.length > 0).join('/');
  return joined.replace(/\/{2,}/g, '/');
}

/** `a/b/name.txt` → `a/b/name.yaml`: the sidecar that belongs to an article. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath.replace(/\.txt$/i, '') + '.yaml';
}
