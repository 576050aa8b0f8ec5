import * as path from 'node:path';
import { BUILTIN_KINDS } from '../core/kb/types';
import { loadKnowledgeBase } from '../core/kb/load';
import { visitCorpus } from '../core/sidecar/corpus';
import type { SidecarProblem } from '../core/sidecar/model';
import { SidecarStore } from '../core/sidecar/store';
import { parseArgs, type CliCommand, type CliIo } from './io';
import { nodeFileSystem } from './node-fs';

/** The known kinds: the built-in three, those declared in the corpus's entities.yaml, and `--kinds a,b`. */
export function kindsFrom(flag: string | true | undefined, declared: readonly string[] = []): string[] {
  const extra = typeof flag === 'string' ? flag.split(',').map((k) => k.trim()).filter(Boolean) : [];
  return [...new Set([...BUILTIN_KINDS, ...declared, ...extra])];
}

/** The corpus's knowledge base: its kinds, entity count, and the problems of its entities.yaml. */
export async function knowledgeBaseOf(root: string): Promise<{ kinds: string[]; entities: number; problems: SidecarProblem[] }> {
  const kb = await loadKnowledgeBase(nodeFileSystem, root, { builtin: true });
  const problems = kb.problems.map((p): SidecarProblem => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message, severity: 'error' }));
  return { kinds: kb.kinds, entities: kb.entities.length, problems };
}

export function formatProblem(p: SidecarProblem, cwd: string): string {
  const file = path.relative(cwd, p.file) || p.file;
  return `${file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.code}]`;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check every article and sidecar under a folder; exit 1 on any problem',
  usage: [
    'Usage: corpus-annotator validate [DIR] [--kinds KIND,KIND] [--fix]',
    '',
    'Walks DIR (default: the current folder) for *.txt articles, their .yaml sidecars and the',
    'corpus\'s entities.yaml, and',
    'prints one `file:line:col: message` line per problem. Exits 0 with a one-line summary when',
    'there is none, 1 otherwise.',
    '',
    '  --kinds  annotation kinds to accept besides person, place and organization',
    '  --fix    rewrite sidecars whose tags were found at new offsets after the article changed',
  ].join('\n'),
  async run(io: CliIo): Promise<number> {
    const { flags, positional } = parseArgs(io.args, ['kinds']);
    const root = path.resolve(io.cwd, positional[0] ?? '.');
    const kb = await knowledgeBaseOf(root);
    const kinds = kindsFrom(flags.get('kinds'), kb.kinds);
    const fix = flags.has('fix');
    const store = new SidecarStore(nodeFileSystem, { kinds });
    let articles = 0;
    let sidecars = 0;
    let fixed = 0;
    const problems: SidecarProblem[] = [...kb.problems];
    await visitCorpus(nodeFileSystem, root, { kinds }, async (v) => {
      articles++;
      if (v.entry.sidecar) sidecars++;
      let own = v.problems;
      if (fix && v.load && v.text !== undefined && own.some((p) => p.code === 'stale-offsets')) {
        await store.update(v.entry.article, v.text);
        fixed++;
        own = own.filter((p) => p.code !== 'stale-offsets');
      }
      problems.push(...own);
    });
    for (const p of problems) io.out(formatProblem(p, io.cwd));
    const fixedNote = fixed > 0 ? `, ${fixed} sidecar${fixed === 1 ? '' : 's'} rewritten` : '';
    const summary = `${articles} article${articles === 1 ? '' : 's'}, ${sidecars} sidecar${sidecars === 1 ? '' : 's'}${fixedNote}`;
    if (problems.length === 0) {
      io.out(`${summary}, no problems`);
      return 0;
    }
    const errors = problems.filter((p) => p.severity === 'error').length;
    io.err(`${summary}, ${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`);
    return 1;
  },
};
