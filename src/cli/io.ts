/** What a CLI command gets: its arguments and the streams, so tests can run commands in-process. */
export interface CliIo {
  readonly args: readonly string[];
  /** The working folder that relative paths are resolved against. */
  readonly cwd: string;
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `--help`. */
  readonly summary: string;
  /** Usage lines for `<command> --help`. */
  readonly usage: string;
  /** Resolves to the process exit code. */
  run(io: CliIo): Promise<number>;
}

/** Splits `--flag`, `--key value` / `--key=value` and positional arguments. */
export function parseArgs(args: readonly string[], valued: readonly string[] = []): { flags: Map<string, string | true>; positional: string[] } {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { positional.push(...args.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags.set(key, a.slice(eq + 1));
      else if (valued.includes(key) && i + 1 < args.length) flags.set(key, args[++i]);
      else flags.set(key, true);
    } else positional.push(a);
  }
  return { flags, positional };
}
