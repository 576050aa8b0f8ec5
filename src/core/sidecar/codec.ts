/**
 * Reading and writing sidecar YAML.
 *
 * Reading walks the YAML syntax tree rather than a plain JS object so every problem can name the
 * line and column of the offending node. Writing edits the previous file's Document in place, so
 * the user's comments, unknown keys and quoting survive, while known keys, annotation order and
 * block layout are forced into one canonical shape: two branches that add different annotations
 * then touch different lines.
 */
import { Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, ParsedNode } from 'yaml';
import { decodeUtf8 } from '../text/decode';
import {
  SIDECAR_VERSION, STATUSES, rejectedKey,
  type Annotation, type AttributeValue, type Fragment, type Relation, type Rejected, type Sidecar, type SidecarProblem, type Status, type TextFingerprint,
} from './model';

/** Deeper than any sidecar needs; guards the recursive parts of parsing and of our own walk. */
export const MAX_DEPTH = 64;
/** Sidecars we write use no aliases; a handful by hand is fine, thousands is an attack. */
export const MAX_ALIAS_COUNT = 100;

export interface ParseOptions {
  /** Known annotation kinds; when given, any other kind is reported as `unknown-kind`. */
  readonly kinds?: readonly string[];
}

export interface ParseResult {
  /** Absent when the file could not be read as a sidecar at all. */
  readonly sidecar?: Sidecar;
  readonly problems: SidecarProblem[];
  /** True when writing the model back would lose or corrupt what is on disk. */
  readonly readOnly: boolean;
  /** Where each annotation starts in the file, so later checks can point at it. */
  readonly positions?: ReadonlyMap<string, { readonly line: number; readonly column: number }>;
}

/** Parses sidecar bytes: rejects invalid UTF-8 with its position, tolerates a BOM. */
export function decodeSidecar(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParseResult & { text: string } {
  const decoded = decodeUtf8(bytes);
  if (decoded.invalid) {
    const { line, column, byteOffset } = decoded.invalid;
    return {
      text: decoded.text,
      readOnly: true,
      problems: [{ file, line, column, code: 'not-utf8', severity: 'error', message: `the sidecar is not valid UTF-8 (first bad byte at offset ${byteOffset}); save it as UTF-8` }],
    };
  }
  return { ...parseSidecar(decoded.text, file, options), text: decoded.text };
}

export function parseSidecar(text: string, file: string, options: ParseOptions = {}): ParseResult {
  const lc = new LineCounter();
  const at = (offset: number): { line: number; column: number } => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    // The composer recurses per nesting level; pathological nesting overflows the stack.
    const deep = e instanceof RangeError;
    return {
      readOnly: true,
      problems: [{ file, line: 1, column: 1, severity: 'error', code: deep ? 'too-deep' : 'yaml-syntax', message: deep ? `the YAML is nested too deeply (limit ${MAX_DEPTH} levels)` : `the YAML could not be read: ${String(e)}` }],
    };
  }
  if (doc.errors.length > 0) {
    return {
      readOnly: true,
      problems: doc.errors.map((err) => ({
        file, ...at(err.pos[0]), severity: 'error' as const,
        code: err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
        message: `YAML ${err.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'syntax error'}: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const guard = checkDepthAndAliases(doc);
  if (guard) return { readOnly: true, problems: [{ file, ...at(guard.offset), severity: 'error', code: guard.code, message: guard.message }] };
  return new Reader(doc, file, at, options).read();
}

function checkDepthAndAliases(doc: Document.Parsed): { code: string; message: string; offset: number } | undefined {
  let aliases = 0;
  const stack: Array<[unknown, number]> = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) {
      return { code: 'too-deep', offset: (node as YamlNode).range?.[0] ?? 0, message: `the YAML is nested more than ${MAX_DEPTH} levels deep; sidecars never need that` };
    }
    if (isAlias(node)) aliases++;
    else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) { stack.push([item.key, depth + 1]); stack.push([item.value, depth + 1]); }
        else stack.push([item, depth + 1]);
      }
    }
  }
  if (aliases > 0) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const first = findFirstAlias(doc);
      return { code: 'alias-bomb', offset: first, message: `the YAML expands aliases too many times (${String((e as Error).message)}); this looks like a "billion laughs" attack` };
    }
  }
  return undefined;
}

function findFirstAlias(doc: Document.Parsed): number {
  let first = Infinity;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) first = Math.min(first, node.range?.[0] ?? 0);
    if (isMap(node) || isSeq(node)) for (const item of node.items) {
      if (isPair(item)) stack.push(item.value, item.key);
      else stack.push(item);
    }
  }
  return Number.isFinite(first) ? first : 0;
}

type Pos = (offset: number) => { line: number; column: number };

/** Walks the syntax tree of one sidecar, collecting problems with positions. */
class Reader {
  private readonly problems: SidecarProblem[] = [];
  private readOnly = false;
  private readonly positions = new Map<string, { line: number; column: number }>();

  constructor(private readonly doc: Document.Parsed, private readonly file: string, private readonly at: Pos, private readonly options: ParseOptions) {}

  read(): ParseResult {
    const root = this.deref(this.doc.contents);
    if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) {
      // An empty file is a sidecar with nothing in it yet.
      return { sidecar: emptyModel(), problems: this.problems, readOnly: false };
    }
    if (!isMap(root)) {
      this.report(root, 'wrong-type', 'the sidecar must be a YAML mapping (key: value lines) at the top level', true);
      return { problems: this.problems, readOnly: true };
    }
    const versionNode = this.field(root, 'version');
    if (versionNode === undefined) {
      this.report(root, 'missing-version', 'the sidecar has no `version`; assuming version 1', false, 'warning');
    } else {
      const v = this.scalar(versionNode);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
        this.report(versionNode, 'wrong-type', '`version` must be a positive whole number', true);
      } else if (v > SIDECAR_VERSION) {
        this.report(versionNode, 'newer-version', `this sidecar uses format version ${v}, but this build understands only version ${SIDECAR_VERSION}; upgrade the Corpus Annotator extension to edit it (opened read-only)`, true);
      }
    }

    const text = this.fingerprint(this.field(root, 'text'));
    const status = this.status(this.field(root, 'status'));
    const tags = this.strings(this.field(root, 'tags'), 'tags');
    const notes = this.optString(this.field(root, 'notes'), 'notes');
    const annotations = this.annotations(this.field(root, 'annotations'));
    const relations = this.relations(this.field(root, 'relations'), annotations);
    const rejected = this.rejected(this.field(root, 'rejected'));

    const sidecar: Sidecar = {
      version: SIDECAR_VERSION,
      ...(text ? { text } : {}),
      status, tags,
      ...(notes !== undefined ? { notes } : {}),
      annotations, relations, rejected,
    };
    return { sidecar, problems: this.problems, readOnly: this.readOnly, positions: this.positions };
  }

  private report(node: unknown, code: string, message: string, lossy: boolean, severity: 'error' | 'warning' = 'error'): void {
    const offset = (node as YamlNode | undefined)?.range?.[0] ?? 0;
    this.problems.push({ file: this.file, ...this.at(offset), code, message, severity });
    if (lossy) this.readOnly = true;
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  private field(map: YAMLMap, key: string): ParsedNode | undefined {
    for (const pair of map.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (k === key) {
        // `key:` with nothing after it is a null scalar; treat it as absent, not as a wrong type.
        const v = this.deref(pair.value) as ParsedNode | null;
        if (v === null || (isScalar(v) && v.value === null)) return undefined;
        return v;
      }
    }
    return undefined;
  }

  private scalar(node: unknown): unknown {
    return isScalar(node) ? node.value : undefined;
  }

  private str(node: ParsedNode | undefined, what: string): string | undefined {
    if (node === undefined) return undefined;
    const v = this.scalar(node);
    if (typeof v === 'string') return v;
    this.report(node, 'wrong-type', `${what} must be text, not ${describe(node)}`, true);
    return undefined;
  }

  private optString(node: ParsedNode | undefined, what: string): string | undefined {
    return this.str(node, `\`${what}\``);
  }

  private int(node: ParsedNode | undefined, what: string): number | undefined {
    if (node === undefined) return undefined;
    const v = this.scalar(node);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    this.report(node, 'wrong-type', `${what} must be a whole number ≥ 0, not ${describe(node)}`, true);
    return undefined;
  }

  private fingerprint(node: ParsedNode | undefined): TextFingerprint | undefined {
    if (node === undefined) return undefined;
    // The fingerprint is derived data: a broken one is dropped and recomputed on the next write.
    if (!isMap(node)) { this.report(node, 'wrong-type', '`text` must be a mapping with `hash` and `length`', false); return undefined; }
    const hashNode = this.field(node, 'hash');
    const lengthNode = this.field(node, 'length');
    const hash = this.scalar(hashNode);
    const length = this.scalar(lengthNode);
    if (typeof hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(hash)) {
      this.report(hashNode ?? node, 'wrong-type', '`text.hash` must look like `sha256:` followed by 64 lowercase hex digits', false);
      return undefined;
    }
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      this.report(lengthNode ?? node, 'wrong-type', '`text.length` must be a whole number ≥ 0', false);
      return undefined;
    }
    return { hash, length };
  }

  private status(node: ParsedNode | undefined): Status {
    if (node === undefined) return 'todo';
    const v = this.scalar(node);
    if (typeof v === 'string' && (STATUSES as readonly string[]).includes(v)) return v as Status;
    this.report(node, 'unknown-status', `\`status\` must be one of ${STATUSES.join(', ')}, not ${describe(node)}`, true);
    return 'todo';
  }

  private seq(node: ParsedNode | undefined, what: string): unknown[] {
    if (node === undefined) return [];
    if (!isSeq(node)) { this.report(node, 'wrong-type', `\`${what}\` must be a list, not ${describe(node)}`, true); return []; }
    return node.items.map((n) => this.deref(n));
  }

  private strings(node: ParsedNode | undefined, what: string): string[] {
    const out: string[] = [];
    for (const item of this.seq(node, what)) {
      const s = this.str(item as ParsedNode, `each entry of \`${what}\``);
      if (s !== undefined) out.push(s);
    }
    return out;
  }

  private annotations(node: ParsedNode | undefined): Annotation[] {
    const out: Annotation[] = [];
    const seen = new Map<string, number>();
    const kinds = this.options.kinds ? new Set(this.options.kinds) : undefined;
    for (const item of this.seq(node, 'annotations')) {
      if (!isMap(item)) { this.report(item, 'wrong-type', `each annotation must be a mapping, not ${describe(item)}`, true); continue; }
      const a = this.annotation(item);
      if (!a) continue;
      const before = seen.get(a.id);
      if (before !== undefined) {
        this.report(this.field(item, 'id'), 'duplicate-id', `annotation id \`${a.id}\` is used twice (first on line ${before}); ids must be unique — give one of them a new id`, true);
        continue;
      }
      const pos = this.at(item.range?.[0] ?? 0);
      seen.set(a.id, pos.line);
      this.positions.set(a.id, pos);
      if (kinds && !kinds.has(a.kind)) {
        this.report(this.field(item, 'kind'), 'unknown-kind', `annotation \`${a.id}\` has kind \`${a.kind}\`, which is not one of the known kinds (${[...kinds].join(', ')})`, false);
      }
      out.push(a);
    }
    return out;
  }

  private annotation(map: YAMLMap): Annotation | undefined {
    const missing = (key: string): undefined => {
      this.report(map, 'missing-field', `an annotation is missing \`${key}\``, true);
      return undefined;
    };
    const idNode = this.field(map, 'id');
    const id = this.str(idNode, '`id`');
    if (idNode === undefined) return missing('id');
    if (id === undefined) return undefined;
    if (id.length === 0) { this.report(idNode, 'wrong-type', '`id` must not be empty', true); return undefined; }
    const label = `annotation \`${id}\``;
    const kindNode = this.field(map, 'kind');
    const startNode = this.field(map, 'start');
    const endNode = this.field(map, 'end');
    const textNode = this.field(map, 'text');
    if (kindNode === undefined) return missing('kind');
    if (startNode === undefined) return missing('start');
    if (endNode === undefined) return missing('end');
    if (textNode === undefined) return missing('text');
    const kind = this.str(kindNode, `the \`kind\` of ${label}`);
    const start = this.int(startNode, `the \`start\` of ${label}`);
    const end = this.int(endNode, `the \`end\` of ${label}`);
    const text = this.str(textNode, `the \`text\` of ${label}`);
    const entity = this.str(this.field(map, 'entity'), `the \`entity\` of ${label}`);
    const prefix = this.str(this.field(map, 'prefix'), `the \`prefix\` of ${label}`) ?? '';
    const suffix = this.str(this.field(map, 'suffix'), `the \`suffix\` of ${label}`) ?? '';
    const annotator = this.str(this.field(map, 'annotator'), `the \`annotator\` of ${label}`) ?? '';
    const created = this.str(this.field(map, 'created'), `the \`created\` time of ${label}`) ?? '';
    const note = this.str(this.field(map, 'note'), `the \`note\` of ${label}`);
    const orphanReason = this.str(this.field(map, 'orphanReason'), `the \`orphanReason\` of ${label}`);
    const orphanNode = this.field(map, 'orphan');
    let orphan = false;
    if (orphanNode !== undefined) {
      const v = this.scalar(orphanNode);
      if (typeof v === 'boolean') orphan = v;
      else this.report(orphanNode, 'wrong-type', `\`orphan\` of ${label} must be true or false`, true);
    }
    const fragments = this.fragments(this.field(map, 'fragments'), label);
    const attributes = this.attributes(this.field(map, 'attributes'), label);
    if (kind === undefined || start === undefined || end === undefined || text === undefined) return undefined;
    if (end < start && !orphan) {
      this.report(startNode, 'offset-reversed', `${label} ends (${end}) before it starts (${start})`, false);
    }
    return {
      id, kind,
      ...(entity !== undefined ? { entity } : {}),
      start, end, text, prefix, suffix,
      ...(fragments ? { fragments } : {}),
      ...(attributes ? { attributes } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(orphan ? { orphan: true as const } : {}),
      ...(orphanReason !== undefined ? { orphanReason } : {}),
      annotator, created,
    };
  }

  private fragments(node: ParsedNode | undefined, label: string): Fragment[] | undefined {
    if (node === undefined) return undefined;
    const out: Fragment[] = [];
    for (const item of this.seq(node, `fragments of ${label}`)) {
      if (!isMap(item)) { this.report(item, 'wrong-type', `each fragment of ${label} must be a mapping with start, end and text`, true); continue; }
      const start = this.int(this.field(item, 'start'), `a fragment's \`start\` in ${label}`);
      const end = this.int(this.field(item, 'end'), `a fragment's \`end\` in ${label}`);
      const text = this.str(this.field(item, 'text'), `a fragment's \`text\` in ${label}`);
      if (start === undefined || end === undefined || text === undefined) {
        this.report(item, 'missing-field', `a fragment of ${label} needs start, end and text`, true);
        continue;
      }
      if (end < start) this.report(item, 'offset-reversed', `a fragment of ${label} ends (${end}) before it starts (${start})`, false);
      out.push({ start, end, text });
    }
    return out;
  }

  private attributes(node: ParsedNode | undefined, label: string): Record<string, AttributeValue> | undefined {
    if (node === undefined) return undefined;
    if (!isMap(node)) { this.report(node, 'wrong-type', `\`attributes\` of ${label} must be a mapping of names to values`, true); return undefined; }
    const out: Record<string, AttributeValue> = {};
    for (const pair of node.items) {
      const k = this.scalar(pair.key);
      const v = this.scalar(this.deref(pair.value));
      if (typeof k !== 'string') { this.report(pair.key, 'wrong-type', `attribute names of ${label} must be text`, true); continue; }
      if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
      else this.report(pair.value ?? pair.key, 'wrong-type', `attribute \`${k}\` of ${label} must be text, a number or true/false`, true);
    }
    return out;
  }

  private relations(node: ParsedNode | undefined, annotations: readonly Annotation[]): Relation[] {
    const ids = new Set(annotations.map((a) => a.id));
    const out: Relation[] = [];
    for (const item of this.seq(node, 'relations')) {
      if (!isMap(item)) { this.report(item, 'wrong-type', 'each relation must be a mapping with id, type, from and to', true); continue; }
      const get = (k: string): string | undefined => this.str(this.field(item, k), `relation \`${k}\``);
      const id = get('id'), type = get('type'), from = get('from'), to = get('to');
      if (id === undefined || type === undefined || from === undefined || to === undefined) {
        this.report(item, 'missing-field', 'a relation needs id, type, from and to', true);
        continue;
      }
      for (const [end, ref] of [['from', from], ['to', to]] as const) {
        if (!ids.has(ref)) this.report(this.field(item, end), 'dangling-relation', `relation \`${id}\` points ${end} \`${ref}\`, which is not an annotation in this sidecar`, false, 'warning');
      }
      out.push({ id, type, from, to });
    }
    return out;
  }

  private rejected(node: ParsedNode | undefined): Rejected[] {
    const out: Rejected[] = [];
    for (const item of this.seq(node, 'rejected')) {
      if (!isMap(item)) { this.report(item, 'wrong-type', 'each rejected suggestion must be a mapping with text and kind', true); continue; }
      const text = this.str(this.field(item, 'text'), 'a rejected suggestion\'s `text`');
      const kind = this.str(this.field(item, 'kind'), 'a rejected suggestion\'s `kind`');
      if (text === undefined || kind === undefined) { this.report(item, 'missing-field', 'a rejected suggestion needs text and kind', true); continue; }
      const entity = this.str(this.field(item, 'entity'), 'a rejected suggestion\'s `entity`');
      const start = this.int(this.field(item, 'start'), 'a rejected suggestion\'s `start`');
      const end = this.int(this.field(item, 'end'), 'a rejected suggestion\'s `end`');
      const prefix = this.str(this.field(item, 'prefix'), 'a rejected suggestion\'s `prefix`');
      const suffix = this.str(this.field(item, 'suffix'), 'a rejected suggestion\'s `suffix`');
      out.push({
        text, kind, ...(entity !== undefined ? { entity } : {}), ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}),
        ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}),
      });
    }
    return out;
  }
}

function emptyModel(): Sidecar {
  return { version: SIDECAR_VERSION, status: 'todo', tags: [], annotations: [], relations: [], rejected: [] };
}

function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
    return `${typeof v} ${String(v)}`;
  }
  return 'something else';
}

// ---------------------------------------------------------------------------------------------
// Writing

const TOP_KEYS = ['version', 'text', 'status', 'tags', 'notes', 'annotations', 'relations', 'rejected'] as const;
const ANNOTATION_KEYS = ['id', 'kind', 'entity', 'start', 'end', 'text', 'prefix', 'suffix', 'fragments', 'attributes', 'note', 'orphan', 'orphanReason', 'annotator', 'created'] as const;
const TEXT_KEYS = ['hash', 'length'] as const;
const FRAGMENT_KEYS = ['start', 'end', 'text'] as const;
const RELATION_KEYS = ['id', 'type', 'from', 'to'] as const;
const REJECTED_KEYS = ['text', 'kind', 'entity', 'start', 'end', 'prefix', 'suffix'] as const;

/** The order annotations are written in; also what views should iterate by. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The canonical text of a sidecar: fixed key order, annotations sorted by (start, end, id), one
 * block-style mapping per annotation, UTF-8 text as-is, LF, trailing newline. With the file's
 * previous text, its comments, unknown keys and scalar styles are kept.
 */
export function serializeSidecar(sidecar: Sidecar, previousSourceText?: string): string {
  let doc: Document | undefined;
  if (previousSourceText !== undefined && previousSourceText.trim() !== '') {
    const prev = parseDocument(previousSourceText, { uniqueKeys: true });
    if (prev.errors.length === 0 && (isMap(prev.contents) || prev.contents === null)) doc = prev;
  }
  doc ??= new Document({});
  if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
  const w = new Writer(doc);
  w.syncTop(doc.contents as unknown as YAMLMap, sidecar);
  return doc.toString({ lineWidth: 0, blockQuote: 'literal', indentSeq: true, flowCollectionPadding: true });
}

type Plain = string | number | boolean;

class Writer {
  constructor(private readonly doc: Document) {}

  syncTop(map: YAMLMap, s: Sidecar): void {
    const annotations = [...s.annotations].sort(compareAnnotations);
    this.syncMap(map, TOP_KEYS, {
      version: s.version,
      text: s.text ? (old: unknown) => this.syncObject(old, TEXT_KEYS, { hash: s.text!.hash, length: s.text!.length }) : undefined,
      status: s.status,
      tags: s.tags.length ? (old: unknown) => this.syncScalarList(old, s.tags) : undefined,
      notes: s.notes,
      annotations: annotations.length ? (old: unknown) => this.syncList(old, annotations, (a) => a.id, (o, a) => this.annotation(o, a)) : undefined,
      relations: s.relations.length ? (old: unknown) => this.syncList(old, s.relations, (r) => r.id, (o, r) => this.syncObject(o, RELATION_KEYS, { ...r })) : undefined,
      rejected: s.rejected.length ? (old: unknown) => this.syncList(old, s.rejected, rejectedKey, (o, r) => this.syncObject(o, REJECTED_KEYS, {
        ...r,
        prefix: this.context(r.prefix),
        suffix: this.context(r.suffix),
      })) : undefined,
    });
  }

  private annotation(old: unknown, a: Annotation): YAMLMap {
    return this.syncObject(old, ANNOTATION_KEYS, {
      id: a.id, kind: a.kind, entity: a.entity, start: a.start, end: a.end,
      text: (o: unknown) => this.scalar(o, a.text, 'QUOTE_DOUBLE_IF_MULTILINE'),
      prefix: this.context(a.prefix),
      suffix: this.context(a.suffix),
      fragments: a.fragments ? (o: unknown) => this.syncList(o, a.fragments!, undefined, (fo, f) => this.syncObject(fo, FRAGMENT_KEYS, {
        start: f.start, end: f.end, text: (x: unknown) => this.scalar(x, f.text, 'QUOTE_DOUBLE_IF_MULTILINE'),
      })) : undefined,
      attributes: a.attributes ? (o: unknown) => this.syncObject(o, Object.keys(a.attributes!).sort(), { ...a.attributes }, true) : undefined,
      note: a.note,
      orphan: a.orphan ? true : undefined,
      orphanReason: a.orphanReason,
      annotator: a.annotator === '' ? undefined : a.annotator,
      // Quoted so YAML 1.1 readers (PyYAML) get a string rather than a datetime.
      created: a.created === '' ? undefined : (o: unknown) => this.scalar(o, a.created, 'QUOTE_DOUBLE'),
    });
  }

  /**
   * Brings `old` (a mapping node from the previous file, or anything else) to hold `values`:
   * known keys in `order`, then any keys the user added that this schema does not know. With
   * `owned`, every key belongs to the schema, so keys missing from `values` are removed.
   */
  private syncObject(old: unknown, order: readonly string[], values: Record<string, unknown>, owned = false): YAMLMap {
    const map = isMap(old) ? old : new YAMLMap();
    this.syncMap(map, order, values, owned);
    return map;
  }

  private syncMap(map: YAMLMap, order: readonly string[], values: Record<string, unknown>, owned = false): void {
    map.flow = false;
    const byKey = new Map<unknown, Pair>();
    const foreign: Pair[] = [];
    const known = new Set(order);
    for (const item of map.items as Pair[]) {
      const k = isScalar(item.key) ? item.key.value : item.key;
      if (typeof k === 'string' && (known.has(k) || owned)) { if (!byKey.has(k)) byKey.set(k, item); }
      else foreign.push(item);
    }
    const next: Pair[] = [];
    for (const key of order) {
      const v = values[key];
      if (v === undefined) continue;
      const pair = byKey.get(key) ?? new Pair(this.doc.createNode(key));
      const oldValue = pair.value;
      pair.value = typeof v === 'function' ? (v as (o: unknown) => unknown)(oldValue) : this.scalar(oldValue, v as Plain);
      carryComments(oldValue, pair.value);
      next.push(pair);
    }
    map.items = [...next, ...foreign] as never;
  }

  /** A tag's or a rejection's `prefix` or `suffix`: left out when empty, quoted when it spans lines. */
  private context(value: string | undefined): ((old: unknown) => Scalar) | undefined {
    return value ? (old: unknown) => this.scalar(old, value, 'QUOTE_DOUBLE_IF_MULTILINE') : undefined;
  }

  private scalar(old: unknown, value: Plain, style?: 'QUOTE_DOUBLE' | 'QUOTE_DOUBLE_IF_MULTILINE'): Scalar {
    // An unchanged value keeps its node, and with it the user's quoting and comments.
    if (isScalar(old) && old.value === value) return old;
    const node = this.doc.createNode(value) as Scalar;
    if (style === 'QUOTE_DOUBLE' || (style === 'QUOTE_DOUBLE_IF_MULTILINE' && /[\n\r]/.test(String(value)))) node.type = Scalar.QUOTE_DOUBLE;
    return node;
  }

  private syncScalarList(old: unknown, values: readonly Plain[]): YAMLSeq {
    const seq = isSeq(old) ? old : new YAMLSeq();
    seq.flow = false;
    const pool = new Map<unknown, Scalar[]>();
    for (const item of seq.items) if (isScalar(item)) pool.set(item.value, [...(pool.get(item.value) ?? []), item]);
    seq.items = values.map((v) => pool.get(v)?.shift() ?? this.scalar(undefined, v)) as never;
    return seq;
  }

  private syncList<T>(old: unknown, values: readonly T[], key: ((v: T) => string) | undefined, build: (old: unknown, v: T) => YamlNode): YAMLSeq {
    const seq = isSeq(old) ? old : new YAMLSeq();
    seq.flow = false;
    const olds = seq.items as unknown[];
    const byKey = new Map<string, unknown>();
    if (key) {
      for (const item of olds) {
        if (!isMap(item)) continue;
        const k = key(plainOf(item) as T);
        if (!byKey.has(k)) byKey.set(k, item);
      }
    }
    seq.items = values.map((v, i) => {
      const prev = key ? byKey.get(key(v)) : olds[i];
      const node = build(prev, v);
      carryComments(prev, node);
      return node;
    }) as never;
    return seq;
  }
}

/** Scalar fields of a mapping node, enough for `syncList` to recognise an item by its key. */
function plainOf(map: YAMLMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of map.items) {
    if (isScalar(pair.key) && isScalar(pair.value)) out[String(pair.key.value)] = pair.value.value;
  }
  return out;
}

function carryComments(from: unknown, to: unknown): void {
  if (from === to || !from || !to || typeof from !== 'object' || typeof to !== 'object') return;
  const f = from as YamlNode;
  const t = to as YamlNode;
  if (f.commentBefore && !t.commentBefore) t.commentBefore = f.commentBefore;
  if (f.comment && !t.comment) t.comment = f.comment;
  if (f.spaceBefore) t.spaceBefore = true;
}
