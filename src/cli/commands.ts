import type { CliCommand } from './io';

/** Every CLI command, in the order `--help` lists them. Each lives in its own module. */
export const commands: CliCommand[] = [];
