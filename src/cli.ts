/** The command-line front door to the same core the extension uses. */
import { commands } from './cli/commands';
import type { CliIo } from './cli/io';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  return [
    'Usage: corpus-annotator <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `corpus-annotator <command> --help` for the options of one command.',
  ].join('\n');
}

export async function main(argv: readonly string[], io: Omit<CliIo, 'args'>): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command: ${name}\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help')) {
    io.out(command.usage);
    return 0;
  }
  return command.run({ ...io, args: rest });
}

if (require.main === module) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  }).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`corpus-annotator: ${err instanceof Error ? err.stack : String(err)}\n`); process.exitCode = 70; },
  );
}
