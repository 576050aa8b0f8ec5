/**
 * `npm run bench`: every `bench/*.bench.ts` module exports `run(): Promise<void>` and prints its
 * own figures. Speed and memory targets live here, never in timed unit tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort()
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  for (const f of files) {
    console.log(`\n## ${f.replace(/\.bench\.ts$/, '')}`);
    const mod = (await import(join(__dirname, f))) as { run(): Promise<void> };
    await mod.run();
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
