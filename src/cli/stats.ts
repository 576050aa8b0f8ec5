import * as path from 'node:path';
import { corpusStats, type CorpusStats } from '../core/sidecar/corpus';
import { parseArgs, type CliCommand, type CliIo } from './io';
import { nodeFileSystem } from './node-fs';
import { kindsFrom, knowledgeBaseOf } from './validate';

function table(title: string, counts: Record<string, number>): string[] {
  const rows = Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return rows.length === 0 ? [] : [title, ...rows.map(([k, n]) => `  ${k}: ${n}`)];
}

export function formatStats(s: CorpusStats): string[] {
  return [
    `articles: ${s.articles}`,
    `sidecars: ${s.sidecars}`,
    `annotated articles: ${s.annotatedArticles}`,
    `annotations: ${s.annotations}`,
    ...table('annotations by kind:', s.annotationsByKind),
    `entities: ${s.entities}`,
    ...(s.knowledgeBaseEntities !== undefined ? [`knowledge base entities: ${s.knowledgeBaseEntities}`] : []),
    `relations: ${s.relations}`,
    `orphans: ${s.orphans}`,
    ...table('status:', s.status),
    ...table('tags:', s.tags),
  ];
}

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'Count articles, annotations by kind, entities, tags and orphans',
  usage: [
    'Usage: corpus-annotator stats [DIR] [--json] [--kinds KIND,KIND]',
    '',
    'Counts over every *.txt article under DIR (default: the current folder) and its sidecar.',
    '',
    '  --json   print one JSON object instead of lines of text',
  ].join('\n'),
  async run(io: CliIo): Promise<number> {
    const { flags, positional } = parseArgs(io.args, ['kinds']);
    const root = path.resolve(io.cwd, positional[0] ?? '.');
    const kb = await knowledgeBaseOf(root);
    const stats = { ...(await corpusStats(nodeFileSystem, root, { kinds: kindsFrom(flags.get('kinds'), kb.kinds) })), knowledgeBaseEntities: kb.entities };
    if (flags.has('json')) io.out(JSON.stringify(stats, null, 2));
    else for (const line of formatStats(stats)) io.out(line);
    return 0;
  },
};
