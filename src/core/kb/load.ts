/**
 * Loading the knowledge base: the built-in entities shipped with the extension, merged with the
 * corpus's own `entities.yaml`. A bad file never stops the load — every problem is reported with
 * the file, line and column to fix, and the entries that are fine still load.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { FileSystem } from '../ports';
import { isNotFound } from '../ports';
import { decodeUtf8 } from '../text/decode';
import { BUILTIN_KINDS, type Entity } from './types';
import generated from './builtin/generated.json';
import { curatedEntries, isCompleteEntity, parseCurated, type CuratedEntry } from './builtin/curated';
import { TOWNS } from './builtin/towns';
import { WORLD } from './builtin/world';

export interface KbProblem {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters of the line. */
  readonly column: number;
  /** English, for logs and the CLI; views localize by `code`. */
  readonly message: string;
  readonly code: KbProblemCode;
}

export type KbProblemCode =
  | 'read-error'
  | 'yaml-syntax'
  | 'not-a-map'
  | 'bad-version'
  | 'wrong-type'
  | 'unknown-field'
  | 'missing-id'
  | 'bad-id'
  | 'duplicate-id'
  | 'missing-name'
  | 'missing-kind'
  | 'unknown-kind'
  | 'duplicate-kind'
  | 'bad-wikidata';

/** A kind the user declared in `kinds:`, beyond person, place and organization. */
export interface KindDefinition {
  readonly id: string;
  readonly label?: string;
}

/**
 * One `entities:` entry as written. Fields are absent when the entry did not give them (an
 * override of a built-in entity may give only what it changes).
 */
export interface EntityEntry {
  readonly id: string;
  readonly kind?: string;
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly en?: string;
  readonly description?: string;
  readonly wikidata?: string;
  readonly links?: readonly string[];
  readonly line: number;
  readonly column: number;
}

export interface ParsedEntitiesFile {
  readonly file: string;
  /** `false` when the file switches the built-in base off. */
  readonly builtin?: boolean;
  readonly kinds: readonly KindDefinition[];
  readonly entries: readonly EntityEntry[];
  readonly problems: readonly KbProblem[];
}

export const ENTITIES_FILE = 'entities.yaml';
export const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIKIDATA_ID = /^Q[1-9][0-9]*$/;
const ENTRY_FIELDS = new Set(['id', 'kind', 'name', 'aliases', 'en', 'description', 'wikidata', 'links']);
const TOP_FIELDS = new Set(['version', 'builtin', 'kinds', 'entities']);

/** Parses the text of an `entities.yaml`. Pure: never throws, whatever the text. */
export function parseEntitiesYaml(text: string, file: string): ParsedEntitiesFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: KbProblem[] = [];
  const at = (offset: number | undefined, code: KbProblemCode, message: string): void => {
    const pos = lineCounter.linePos(offset ?? 0);
    problems.push({ file, line: pos.line, column: pos.col, code, message });
  };
  const nodeAt = (node: unknown, fallback: number | undefined, code: KbProblemCode, message: string): void =>
    at(rangeOf(node) ?? fallback, code, message);

  for (const err of doc.errors) at(err.pos[0], 'yaml-syntax', firstLine(err.message));

  const kinds: KindDefinition[] = [];
  const entries: EntityEntry[] = [];
  let builtin: boolean | undefined;
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) {
    // An empty file is a corpus that has not described its entities yet, not a mistake.
    return { file, kinds, entries, problems };
  }
  if (!isMap(root)) {
    nodeAt(root, 0, 'not-a-map', 'entities.yaml must be a map with version and entities');
    return { file, kinds, entries, problems };
  }

  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key !== undefined && !TOP_FIELDS.has(key)) nodeAt(pair.key, undefined, 'unknown-field', `unknown field "${key}"`);
  }

  const version: unknown = root.get('version', true);
  if (version === undefined) nodeAt(root, 0, 'bad-version', 'missing "version: 1"');
  else if (!isScalar(version) || (version.value as unknown) !== 1) nodeAt(version, undefined, 'bad-version', 'version must be 1');

  const builtinNode = root.get('builtin', true);
  if (builtinNode !== undefined) {
    if (isScalar(builtinNode) && typeof builtinNode.value === 'boolean') builtin = builtinNode.value;
    else nodeAt(builtinNode, undefined, 'wrong-type', 'builtin must be true or false');
  }

  const kindIds = new Set<string>(BUILTIN_KINDS);
  const kindsNode = root.get('kinds', true);
  if (kindsNode !== undefined) {
    if (!isSeq(kindsNode)) nodeAt(kindsNode, undefined, 'wrong-type', 'kinds must be a list');
    else {
      for (const item of kindsNode.items) {
        const def = readKind(item, nodeAt);
        if (!def) continue;
        if (kindIds.has(def.id)) {
          nodeAt(item, undefined, 'duplicate-kind', `kind "${def.id}" is already defined`);
          continue;
        }
        kindIds.add(def.id);
        kinds.push(def);
      }
    }
  }

  const entitiesNode = root.get('entities', true);
  if (entitiesNode !== undefined && !(isScalar(entitiesNode) && entitiesNode.value === null)) {
    if (!isSeq(entitiesNode)) nodeAt(entitiesNode, undefined, 'wrong-type', 'entities must be a list');
    else {
      const seen = new Set<string>();
      for (const item of entitiesNode.items) {
        const entry = readEntry(item, kindIds, nodeAt, lineCounter);
        if (!entry) continue;
        if (seen.has(entry.id)) {
          nodeAt(item, undefined, 'duplicate-id', `id "${entry.id}" appears more than once in this file`);
          continue;
        }
        seen.add(entry.id);
        entries.push(entry);
      }
    }
  }
  return { file, builtin, kinds, entries, problems };
}

type Report = (node: unknown, fallback: number | undefined, code: KbProblemCode, message: string) => void;

function readKind(item: unknown, report: Report): KindDefinition | undefined {
  // A kind is either a bare id or a map with id and label.
  if (isScalar(item)) {
    if (typeof item.value === 'string' && ENTITY_ID.test(item.value)) return { id: item.value };
    report(item, undefined, 'bad-id', 'a kind id is lowercase ASCII with dashes');
    return undefined;
  }
  if (!isMap(item)) {
    report(item, undefined, 'wrong-type', 'a kind is an id or a map with id and label');
    return undefined;
  }
  const id = item.get('id', true);
  if (!isScalar(id) || typeof id.value !== 'string' || !ENTITY_ID.test(id.value)) {
    report(id ?? item, undefined, id ? 'bad-id' : 'missing-id', 'a kind needs an id in lowercase ASCII with dashes');
    return undefined;
  }
  const label = item.get('label', true);
  if (label !== undefined && !(isScalar(label) && typeof label.value === 'string')) {
    report(label, undefined, 'wrong-type', 'label must be text');
    return { id: id.value };
  }
  return label === undefined ? { id: id.value } : { id: id.value, label: (label as { value: string }).value };
}

function readEntry(item: unknown, kinds: ReadonlySet<string>, report: Report, lc: LineCounter): EntityEntry | undefined {
  if (!isMap(item)) {
    report(item, undefined, 'wrong-type', 'an entity is a map with id, kind and name');
    return undefined;
  }
  const map = item as YAMLMap;
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (key !== undefined && !ENTRY_FIELDS.has(key)) report(pair.key, undefined, 'unknown-field', `unknown field "${key}"`);
  }
  const idNode = map.get('id', true);
  if (idNode === undefined) {
    report(map, undefined, 'missing-id', 'entity without an id');
    return undefined;
  }
  if (!isScalar(idNode) || typeof idNode.value !== 'string' || !ENTITY_ID.test(idNode.value)) {
    report(idNode, undefined, 'bad-id', 'id must be lowercase ASCII with dashes, such as vladimir-putin');
    return undefined;
  }
  const id = idNode.value;
  const text = (field: string): string | undefined => {
    const node = map.get(field, true);
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim();
    report(node, undefined, 'wrong-type', `${field} of "${id}" must be non-empty text`);
    return undefined;
  };
  const list = (field: string): string[] | undefined => {
    const node = map.get(field, true);
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isSeq(node)) {
      report(node, undefined, 'wrong-type', `${field} of "${id}" must be a list of text`);
      return undefined;
    }
    const out: string[] = [];
    for (const v of node.items) {
      if (isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '') out.push(v.value.trim());
      else report(v, rangeOf(node), 'wrong-type', `each of ${field} of "${id}" must be non-empty text`);
    }
    return out;
  };

  const kind = text('kind');
  if (kind !== undefined && !kinds.has(kind)) {
    report(map.get('kind', true), undefined, 'unknown-kind', `unknown kind "${kind}"; declare it under kinds:`);
    // Without a known kind the matcher would tag mentions with a kind no view knows.
    return undefined;
  }
  let wikidata = text('wikidata');
  if (wikidata !== undefined && !WIKIDATA_ID.test(wikidata)) {
    report(map.get('wikidata', true), undefined, 'bad-wikidata', `wikidata of "${id}" must look like Q7747`);
    wikidata = undefined;
  }
  const pos = lc.linePos(rangeOf(map) ?? 0);
  return stripUndefined({
    id,
    kind,
    name: text('name'),
    aliases: list('aliases'),
    en: text('en'),
    description: text('description'),
    wikidata,
    links: list('links'),
    line: pos.line,
    column: pos.col,
  });
}

/**
 * Applies entries onto a base: an entry whose id is in the base overrides the fields it gives and
 * adds its aliases; any other entry must be complete (kind and name) to become an entity.
 */
export function mergeEntries(
  base: ReadonlyMap<string, Entity>,
  entries: readonly EntityEntry[],
  origin: (overridden?: Entity) => string,
  file: string,
): { entities: Map<string, Entity>; problems: KbProblem[] } {
  const entities = new Map(base);
  const problems: KbProblem[] = [];
  for (const e of entries) {
    const old = base.get(e.id);
    if (old) {
      const aliases = unique([...old.aliases, ...(e.aliases ?? [])].filter((a) => a !== (e.name ?? old.name)));
      if (e.name !== undefined && e.name !== old.name && !aliases.includes(old.name)) aliases.push(old.name);
      entities.set(e.id, stripUndefined({
        ...old,
        kind: e.kind ?? old.kind,
        name: e.name ?? old.name,
        aliases,
        en: e.en ?? old.en,
        description: e.description ?? old.description,
        wikidata: e.wikidata ?? old.wikidata,
        links: e.links ?? old.links,
        origin: origin(old),
      }));
      continue;
    }
    if (e.kind === undefined) {
      problems.push({ file, line: e.line, column: e.column, code: 'missing-kind', message: `entity "${e.id}" needs a kind` });
      continue;
    }
    if (e.name === undefined) {
      problems.push({ file, line: e.line, column: e.column, code: 'missing-name', message: `entity "${e.id}" needs a name` });
      continue;
    }
    entities.set(e.id, stripUndefined({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: unique((e.aliases ?? []).filter((a) => a !== e.name)),
      en: e.en,
      description: e.description,
      wikidata: e.wikidata,
      links: e.links,
      origin: origin(),
    }));
  }
  return { entities, problems };
}

let builtinCache: readonly Entity[] | undefined;

/** The knowledge base shipped with the extension: CLDR-generated names plus curated entries. */
export function builtinEntities(): Entity[] {
  if (!builtinCache) {
    const base = new Map<string, Entity>();
    for (const e of generated.entities as Entity[]) base.set(e.id, e);
    // Each list adds the entities of ids not named before, marked with where they came from.
    const add = (entries: readonly CuratedEntry[], origin: string): void => {
      for (const e of entries) if (!base.has(e.id) && isCompleteEntity(e)) base.set(e.id, { ...e, aliases: e.aliases ?? [], origin });
    };
    add(parseCurated([TOWNS]), 'builtin:towns');
    add(parseCurated([WORLD]), 'builtin:world');
    const curated = curatedEntries();
    add(curated, 'builtin:curated');
    // Refinements keep the origin of what they refine: the list an entity came from stays visible.
    // A `+` line may refine a curated entity too (other spellings: كوردستان beside كردستان).
    const refinements = curated.filter((c) => base.get(c.id)?.origin !== 'builtin:curated' || !isCompleteEntity(c)).map((c) => ({ ...c, line: 0, column: 0 }));
    const merged = mergeEntries(base, refinements, (old) => old?.origin ?? 'builtin:curated', 'builtin');
    if (merged.problems.length > 0) throw new Error(`built-in knowledge base: ${merged.problems.map((p) => p.message).join('; ')}`);
    builtinCache = [...merged.entities.values()];
  }
  return [...builtinCache];
}

/**
 * The corpus's knowledge base. `opts.builtin` is the user's setting; the corpus's
 * `entities.yaml` can also switch the built-in base off with `builtin: false`.
 */
export async function loadKnowledgeBase(
  fs: FileSystem,
  root: string,
  opts: { builtin: boolean },
): Promise<{ entities: Entity[]; kinds: string[]; problems: KbProblem[] }> {
  // Joined by hand: the lint rule that keeps Node's `path` out of core also matches `../path`.
  const file = root === '' || root === '.' ? ENTITIES_FILE : `${root.replace(/\/+$/, '')}/${ENTITIES_FILE}`;
  let parsed: ParsedEntitiesFile | undefined;
  const problems: KbProblem[] = [];
  try {
    const bytes = await fs.readFile(file);
    const decoded = decodeUtf8(bytes);
    if (decoded.invalid) {
      problems.push({ file, line: decoded.invalid.line, column: decoded.invalid.column, code: 'read-error', message: 'not valid UTF-8' });
    }
    parsed = parseEntitiesYaml(decoded.text, file);
  } catch (err) {
    if (!isNotFound(err)) {
      problems.push({ file, line: 1, column: 1, code: 'read-error', message: String((err as Error)?.message ?? err) });
    }
  }
  const useBuiltin = opts.builtin && parsed?.builtin !== false;
  const base = new Map<string, Entity>();
  if (useBuiltin) for (const e of builtinEntities()) base.set(e.id, e);
  if (!parsed) return { entities: [...base.values()], kinds: [...BUILTIN_KINDS], problems };
  problems.push(...parsed.problems);
  const merged = mergeEntries(base, parsed.entries, () => file, file);
  problems.push(...merged.problems);
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    entities: [...merged.entities.values()],
    kinds: [...BUILTIN_KINDS, ...parsed.kinds.map((k) => k.id)],
    problems,
  };
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

function rangeOf(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}
