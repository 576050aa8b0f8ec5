import * as path from 'node:path';
import { loadKnowledgeBase } from '../core/kb/load';
import { Gazetteer, findMentions, mergeMentions, type Mention } from '../core/match';
import { decodeUtf8 } from '../core/text/decode';
import { parseArgs, type CliCommand, type CliIo } from './io';
import { nodeFileSystem } from './node-fs';

/**
 * What the matcher proposes for one article, with the annotator's own tags (when a caller has
 * them) taking precedence over overlapping suggestions.
 */
export function mentionsForText(text: string, gazetteer: Gazetteer, opts: { tags?: readonly Mention[]; rules?: boolean } = {}): Mention[] {
  return mergeMentions(opts.tags ?? [], findMentions(text, gazetteer, { rules: opts.rules }));
}

/** 1-based line and column (in code points) of each mention start, in one pass over the text. */
function lineColumns(text: string, mentions: readonly Mention[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let line = 1;
  let lineStart = 0;
  let cp = 0;
  let m = 0;
  for (const ch of text) {
    while (m < mentions.length && mentions[m].start === cp) out[m++] = [line, cp - lineStart + 1];
    cp++;
    if (ch === '\n') { line++; lineStart = cp; }
  }
  while (m < mentions.length) out[m++] = [line, cp - lineStart + 1];
  return out;
}

export const mentionsCommand: CliCommand = {
  name: 'mentions',
  summary: 'List the people, places and organizations the matcher finds in articles',
  usage: [
    'Usage: corpus-annotator mentions [--json] [--root DIR] [--no-builtin] [--no-rules] FILE...',
    '',
    'Finds knowledge-base names (and, unless --no-rules, names suggested by context) in each file.',
    '',
    '  --json        one JSON object per line per file: {"file", "mentions": [{start, end, text, kind, entity, source}]}',
    '                offsets are code points of the text (BOM excluded), end exclusive',
    '  --root DIR    folder whose entities.yaml is the knowledge base (default: each file\'s folder)',
    '  --no-builtin  leave out the built-in knowledge base',
    '  --no-rules    knowledge-base names only',
  ].join('\n'),
  async run(io: CliIo): Promise<number> {
    const { flags, positional } = parseArgs(io.args, ['root']);
    if (positional.length === 0) {
      io.err(this.usage);
      return 2;
    }
    const rootFlag = flags.get('root');
    const builtin = !flags.has('no-builtin');
    const rules = !flags.has('no-rules');
    const json = flags.has('json');
    const gazetteers = new Map<string, Promise<Gazetteer>>();
    const gazetteerFor = (root: string): Promise<Gazetteer> => {
      let g = gazetteers.get(root);
      if (!g) {
        g = loadKnowledgeBase(nodeFileSystem, root, { builtin }).then((kb) => {
          for (const p of kb.problems) io.err(`${p.file}:${p.line}:${p.column}: ${p.message}`);
          return Gazetteer.build(kb.entities);
        });
        gazetteers.set(root, g);
      }
      return g;
    };
    let failed = false;
    for (const file of positional) {
      const abs = path.resolve(io.cwd, file);
      const root = typeof rootFlag === 'string' ? path.resolve(io.cwd, rootFlag) : path.dirname(abs);
      let text: string;
      try {
        text = decodeUtf8(await nodeFileSystem.readFile(abs)).text;
      } catch (err) {
        io.err(`${file}: ${(err as Error).message}`);
        failed = true;
        continue;
      }
      const mentions = mentionsForText(text, await gazetteerFor(root), { rules });
      if (json) {
        io.out(JSON.stringify({
          file,
          mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, entity: m.entity, source: m.source })),
        }));
      } else {
        const at = lineColumns(text, mentions);
        mentions.forEach((m, i) => io.out(`${file}:${at[i][0]}:${at[i][1]}  ${m.kind.padEnd(12)}  ${m.text}  ${m.entity ?? ''}${m.source === 'rule' ? '  (rule)' : ''}`));
      }
    }
    return failed ? 1 : 0;
  },
};
