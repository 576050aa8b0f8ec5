import type { CliCommand } from './io';
import { validateCommand } from './validate';
import { statsCommand } from './stats';

/** Every CLI command, in the order `--help` lists them. Each lives in its own module. */
export const commands: CliCommand[] = [
  validateCommand,
  statsCommand,
];
