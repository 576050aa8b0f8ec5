import type { CliCommand } from './io';
import { validateCommand } from './validate';
import { statsCommand } from './stats';
import { mentionsCommand } from './mentions';

/** Every CLI command, in the order `--help` lists them. Each lives in its own module. */
export const commands: CliCommand[] = [
  validateCommand,
  statsCommand,
  mentionsCommand,
];
