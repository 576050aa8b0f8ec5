/**
 * Edits of a corpus's `entities.yaml` made from the editor: a new entity, another alias, a
 * merge. Each takes the file's text and returns the new text, going through the `yaml` Document
 * API so the user's comments, order and unknown keys survive.
 */
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { Entity } from './types';

export interface NewEntity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly en?: string;
  readonly description?: string;
}

export class EntitiesEditError extends Error {
  constructor(readonly code: 'yaml-syntax' | 'not-a-map' | 'entities-not-a-list' | 'duplicate-id', message: string) {
    super(message);
    this.name = 'EntitiesEditError';
  }
}

function load(text: string | undefined): { doc: Document; entities: YAMLSeq } {
  const doc = parseDocument(text && text.trim() ? text : 'version: 1\n');
  if (doc.errors.length) throw new EntitiesEditError('yaml-syntax', `entities.yaml has a syntax error: ${doc.errors[0].message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new EntitiesEditError('not-a-map', 'entities.yaml must be a map with version and entities');
  const root = doc.contents as YAMLMap;
  if (!root.has('version')) root.set('version', 1);
  let entities: unknown = root.get('entities', true);
  if (entities === undefined || entities === null) {
    entities = new YAMLSeq();
    root.set('entities', entities);
  }
  if (!isSeq(entities)) throw new EntitiesEditError('entities-not-a-list', 'the "entities" field of entities.yaml must be a list');
  return { doc, entities: entities as YAMLSeq };
}

function findEntry(entities: YAMLSeq, id: string): YAMLMap | undefined {
  for (const item of entities.items) if (isMap(item) && item.get('id') === id) return item as YAMLMap;
  return undefined;
}

function out(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/** An id for a new entity from its names: ASCII from the English name, else from the Arabic. */
export function suggestId(name: string, en: string | undefined, taken: (id: string) => boolean): string {
  const fromEn = (en ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  let base = fromEn;
  if (!base) {
    // A readable, stable transliteration is out of scope; a short code-point hash keeps ids ASCII.
    let h = 0x811c9dc5;
    for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
    base = `entity-${h.toString(36)}`;
  }
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** Appends an entity. Refuses an id the file already has. */
export function addEntity(text: string | undefined, e: NewEntity): string {
  const { doc, entities } = load(text);
  if (findEntry(entities, e.id)) throw new EntitiesEditError('duplicate-id', `entities.yaml already has an entity "${e.id}"`);
  const entry: Record<string, unknown> = { id: e.id, kind: e.kind, name: e.name };
  const aliases = [...new Set((e.aliases ?? []).filter((a) => a && a !== e.name))];
  if (aliases.length) entry.aliases = aliases;
  if (e.en) entry.en = e.en;
  if (e.description) entry.description = e.description;
  const node = doc.createNode(entry) as YAMLMap;
  const aliasNode = node.get('aliases', true);
  if (aliasNode && isSeq(aliasNode)) aliasNode.flow = true;
  entities.items.push(node);
  return out(doc);
}

/**
 * Adds spellings to an entity: to its entry when the file has one, else as a new override entry
 * `{id, aliases}` (which the loader merges into the built-in entity of that id).
 */
export function addAliases(text: string | undefined, id: string, aliases: readonly string[]): string {
  const { doc, entities } = load(text);
  let entry = findEntry(entities, id);
  if (!entry) {
    entry = doc.createNode({ id }) as YAMLMap;
    entities.items.push(entry);
  }
  const name = entry.get('name');
  let list: unknown = entry.get('aliases', true);
  if (!list || !isSeq(list)) {
    const fresh = new YAMLSeq();
    fresh.flow = true;
    entry.set('aliases', fresh);
    list = fresh;
  }
  const seq = list as YAMLSeq;
  const have = new Set(seq.items.map((i) => String((i as { value?: unknown }).value ?? i)));
  for (const a of aliases) {
    if (!a || a === name || have.has(a)) continue;
    seq.items.push(doc.createNode(a));
    have.add(a);
  }
  return out(doc);
}

/**
 * Folds entity `from` into `into`: `into` gains `from`'s name and aliases; `from`'s own entry,
 * when the file has one, is removed.
 */
export function mergeEntity(text: string | undefined, from: Entity, into: string): string {
  const withAliases = addAliases(text, into, [from.name, ...from.aliases]);
  const { doc, entities } = load(withAliases);
  const i = entities.items.findIndex((item) => isMap(item) && item.get('id') === from.id);
  if (i >= 0) entities.items.splice(i, 1);
  return out(doc);
}
