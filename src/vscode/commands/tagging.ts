import * as vscode from 'vscode';
import { entityKey } from '../../core/corpus/index';
import { addAliases, addEntity, mergeEntity, suggestId } from '../../core/kb/edit';
import type { Entity } from '../../core/kb/types';
import { History, inverseChange, type HistoryEntry } from '../../core/sidecar/history';
import type { Sidecar, Status } from '../../core/sidecar/model';
import {
  addAnnotation, rejectSuggestion, removeAnnotation, setStatus, setTags, updateAnnotation, type Change,
} from '../../core/sidecar/updates';
import { decodeUtf8 } from '../../core/text/decode';
import { normalizeKey } from '../../core/text/normalize';
import { entityMatcher } from '../../core/kb/search';
import { DocumentOffsets } from '../adapters/ranges';
import type { AnalyzedMention, AnnotationService } from '../annotations';
import type { CorpusService } from '../corpus';
import type { KnowledgeService } from '../knowledge';
import type { Settings } from '../settings';
import type { SidecarService } from '../sidecars';
import { kindLabel } from '../tree/entities';
import { revealMention } from '../tree/register';
import { Command } from './ids';
import { targetRange } from './tag';

export interface TaggingDeps {
  readonly corpus: CorpusService;
  readonly sidecars: SidecarService;
  readonly annotations: AnnotationService;
  readonly knowledge: KnowledgeService;
  readonly annotator: () => Promise<string>;
  readonly settings: () => Settings;
  readonly isArticle: (doc: vscode.TextDocument) => boolean;
}

/** A mention handed in by a tree row or a code action instead of the cursor. */
interface MentionArg {
  readonly uri: vscode.Uri;
  readonly mention: AnalyzedMention;
}

const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك'];
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;

const enc = new TextEncoder();

/**
 * Every tagging action from the palette, the keyboard, menus and the light bulb. Each action goes
 * through the sidecar store (atomic, conflict-aware) and lands in one undo history.
 */
export class Tagging implements vscode.Disposable {
  readonly history = new History<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: TaggingDeps) {}

  // ---------------------------------------------------------------- writing, with history

  /** Applies changes to several articles as one undoable action. */
  async apply(label: string, edits: ReadonlyArray<{ uri: vscode.Uri; changes: Change[] }>, entities?: HistoryEntry<string>['entities']): Promise<number> {
    const record: Array<{ key: string; before: Sidecar; after: Sidecar }> = [];
    for (const { uri, changes } of edits) {
      if (changes.length === 0) continue;
      const text = await this.deps.sidecars.textOf(uri);
      const before = (await this.deps.sidecars.load(uri, text)).sidecar;
      try {
        const after = await this.deps.sidecars.update(uri, text, ...changes);
        if (after !== before) record.push({ key: uri.toString(), before, after });
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Annotator could not write {0}: {1}. Nothing was changed in that file.',
          vscode.workspace.asRelativePath(uri.with({ path: uri.path.replace(/\.txt$/i, '.yaml') })), e instanceof Error ? e.message : String(e)));
      }
    }
    this.history.push({ label, sidecars: record, entities });
    void vscode.commands.executeCommand('setContext', 'corpus.canUndo', this.history.canUndo);
    return record.length;
  }

  undo(): Promise<string | undefined> {
    return this.step('undo');
  }

  redo(): Promise<string | undefined> {
    return this.step('redo');
  }

  private async step(way: 'undo' | 'redo'): Promise<string | undefined> {
    const entry = way === 'undo' ? this.history.takeUndo() : this.history.takeRedo();
    if (!entry) {
      void vscode.window.showInformationMessage(way === 'undo' ? vscode.l10n.t('Nothing to undo.') : vscode.l10n.t('Nothing to redo.'));
      return undefined;
    }
    await this.replay(entry, way);
    return entry.label;
  }

  private async replay(entry: HistoryEntry<string>, way: 'undo' | 'redo'): Promise<void> {
    for (const s of entry.sidecars) {
      const uri = vscode.Uri.parse(s.key);
      const change = way === 'undo' ? inverseChange(s.before, s.after) : inverseChange(s.after, s.before);
      await this.deps.sidecars.update(uri, await this.deps.sidecars.textOf(uri), change);
    }
    if (entry.entities) {
      const uri = vscode.Uri.parse(entry.entities.key);
      const want = way === 'undo' ? entry.entities.before : entry.entities.after;
      const expect = way === 'undo' ? entry.entities.after : entry.entities.before;
      const now = await this.readText(uri);
      // Only put the knowledge base back if nobody changed it since; never overwrite their edit.
      if (now === expect) {
        if (want === undefined) await vscode.workspace.fs.delete(uri);
        else await vscode.workspace.fs.writeFile(uri, enc.encode(want));
        await this.deps.knowledge.reload();
      } else {
        void vscode.window.showWarningMessage(vscode.l10n.t('entities.yaml changed since; its part of "{0}" was left as it is.', entry.label));
      }
    }
    void vscode.commands.executeCommand('setContext', 'corpus.canUndo', this.history.canUndo);
  }

  /** After a bulk action: say what happened and offer to take it back. */
  private offerUndo(message: string): void {
    void vscode.window.showInformationMessage(message, vscode.l10n.t('Undo')).then((choice) => {
      if (choice) void this.undo();
    });
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return decodeUtf8(await vscode.workspace.fs.readFile(uri)).text;
    } catch {
      return undefined;
    }
  }

  // ---------------------------------------------------------------- where the cursor is

  private editor(): vscode.TextEditor | undefined {
    const e = vscode.window.activeTextEditor;
    if (!e || !this.deps.isArticle(e.document)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open an article first.'));
      return undefined;
    }
    return e;
  }

  private async mentionAtCursor(arg: MentionArg | undefined, want: 'tag' | 'suggestion' | 'any'): Promise<MentionArg | undefined> {
    if (arg?.uri && arg.mention) return arg;
    const editor = this.editor();
    if (!editor) return undefined;
    const doc = editor.document;
    const analysis = await this.deps.annotations.analyze(doc.uri, doc.getText());
    const offsets = new DocumentOffsets(doc);
    const at = offsets.offset(editor.selection.active);
    const hits = analysis.mentions.filter((m) => m.start <= at && at <= m.end && (want === 'any' || (want === 'tag') === (m.source === 'tag')));
    const mention = hits.find((m) => m.start < at || at < m.end) ?? hits[0];
    if (!mention) {
      const what = want === 'tag' ? vscode.l10n.t('tag') : want === 'suggestion' ? vscode.l10n.t('suggestion') : vscode.l10n.t('mention');
      void vscode.window.showInformationMessage(vscode.l10n.t('No {0} at the cursor.', what));
      return undefined;
    }
    return { uri: doc.uri, mention };
  }

  /**
   * The span to tag from the selection: without surrounding punctuation and, unless the setting
   * says otherwise, without a proclitic (و ف ب ل ك, one or two) when what follows is a known name
   * or stands alone elsewhere in the article.
   */
  async selectionSpan(editor: vscode.TextEditor): Promise<{ start: number; end: number; text: string; entity?: Entity } | undefined> {
    const range = targetRange(editor);
    if (!range) return undefined;
    const doc = editor.document;
    const full = doc.getText();
    const offsets = new DocumentOffsets(doc, full);
    const span = offsets.span(range);
    const end = span.end;
    let start = span.start;
    let text = doc.getText(range);
    const found = this.deps.knowledge.gazetteer.find(text);
    const whole = found.find((m) => m.end === [...text].length && m.start <= 2);
    if (this.deps.settings().stripProclitics) {
      if (whole && whole.start > 0) {
        start += whole.start;
        text = [...text].slice(whole.start).join('');
      } else if (!whole) {
        for (const n of [2, 1]) {
          const head = [...text].slice(0, n);
          const rest = [...text].slice(n).join('');
          if (!head.every((c) => PROCLITICS.includes(c)) || [...rest].length < 3 || !ARABIC_LETTER.test(rest[0])) continue;
          if (standsAlone(full, rest)) {
            start += n;
            text = rest;
            break;
          }
        }
      }
    }
    const entity = whole?.entity ? this.deps.knowledge.entity(whole.entity) : undefined;
    return { start, end, text, entity };
  }

  // ---------------------------------------------------------------- commands

  /** The active article's editor and the span its selection names, or a message saying what is missing. */
  private async selected(): Promise<{ editor: vscode.TextEditor; span: NonNullable<Awaited<ReturnType<Tagging['selectionSpan']>>> } | undefined> {
    const editor = this.editor();
    if (!editor) return undefined;
    const span = await this.selectionSpan(editor);
    if (!span) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Select a name to tag.'));
      return undefined;
    }
    return { editor, span };
  }

  /** Tags the selection as `kind` (linking the knowledge-base entity it names, if any). */
  async tagSelectionAs(kind: string, entity?: Entity): Promise<boolean> {
    const sel = await this.selected();
    if (!sel) return false;
    const { editor, span } = sel;
    const linked = entity ?? (span.entity?.kind === kind ? span.entity : undefined);
    const text = editor.document.getText();
    const n = await this.apply(vscode.l10n.t('Tag «{0}» as {1}', span.text, kind), [{ uri: editor.document.uri, changes: [
      addAnnotation({ kind, start: span.start, end: span.end, entity: linked?.id, annotator: await this.deps.annotator() }, text),
    ] }]);
    return n > 0;
  }

  /** Tag Selection…: a kind, then an entity of that kind (any alias, normalized) or a new one. */
  async tagSelectionPicking(): Promise<boolean> {
    const sel = await this.selected();
    if (!sel) return false;
    const { editor, span } = sel;
    const kind = await this.pickKind(span.entity?.kind);
    if (!kind) return false;
    const picked = await this.pickEntity(kind, span.text, { allowNew: true });
    if (picked === undefined) return false;
    const entity = picked === 'new' ? await this.createEntity(kind, span.text, editor.document.uri) : picked;
    if (picked === 'new' && !entity) return false;
    return this.tagSelectionAs(kind, entity ?? undefined);
  }

  async pickKind(preferred?: string): Promise<string | undefined> {
    const kinds = this.deps.knowledge.kinds;
    const items = kinds.map((k) => ({ label: kindLabel(k), id: k, preferred: k === preferred }));
    items.sort((a, b) => Number(b.preferred) - Number(a.preferred));
    return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Kind of entity') }))?.id;
  }

  /**
   * A quick pick of entities that matches what the annotator types against every name and alias
   * after Arabic normalization (بيونج finds بيونغ يانغ), not VS Code's letter-by-letter filter.
   */
  pickEntity(kind: string | undefined, initial: string, opts: { allowNew?: boolean; exclude?: string } = {}): Promise<Entity | 'new' | undefined> {
    const matcher = entityMatcher(this.deps.knowledge.all().filter((e) => (!kind || e.kind === kind) && e.id !== opts.exclude));
    type Item = vscode.QuickPickItem & { entity?: Entity; isNew?: boolean };
    const qp = vscode.window.createQuickPick<Item>();
    qp.placeholder = vscode.l10n.t('Entity (type any spelling, Arabic or English)');
    qp.matchOnDescription = false;
    qp.value = initial;
    const render = () => {
      const items: Item[] = matcher.search(qp.value).map((e) => ({ label: e.name, description: [kindLabel(e.kind), e.en].filter(Boolean).join(' · '), detail: e.aliases.slice(0, 6).join('، ') || undefined, entity: e, alwaysShow: true }));
      if (opts.allowNew) items.push({ label: `$(add) ${vscode.l10n.t('New entity «{0}»', qp.value.trim() || initial)}`, isNew: true, alwaysShow: true });
      qp.items = items;
    };
    render();
    return new Promise((resolve) => {
      let done = false;
      qp.onDidChangeValue(render);
      qp.onDidAccept(() => {
        const item = qp.selectedItems[0];
        done = true;
        resolve(item?.isNew ? 'new' : item?.entity);
        qp.hide();
      });
      qp.onDidHide(() => {
        if (!done) resolve(undefined);
        qp.dispose();
      });
      qp.show();
    });
  }

  /** Adds a new entity to the workspace's entities.yaml, with the selected spelling as an alias. */
  async createEntity(kind: string, spelling: string, near?: vscode.Uri, name?: string): Promise<Entity | undefined> {
    const file = this.deps.knowledge.entitiesFileFor(near);
    if (!file) return undefined;
    const finalName = name ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Name of the new {0}', kind), value: spelling }));
    if (!finalName) return undefined;
    const before = await this.readText(file);
    const id = suggestId(finalName, undefined, (x) => this.deps.knowledge.entity(x) !== undefined || (before ?? '').includes(`id: ${x}\n`));
    let after: string;
    try {
      after = addEntity(before, { id, kind, name: finalName, aliases: spelling !== finalName ? [spelling] : [] });
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not add the entity to {0}: {1}', vscode.workspace.asRelativePath(file), e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(file, enc.encode(after));
    await this.deps.knowledge.reload();
    this.history.push({ label: vscode.l10n.t('New entity «{0}»', finalName), sidecars: [], entities: { key: file.toString(), before, after } });
    return this.deps.knowledge.entity(id);
  }

  async addAliasFromSelection(entityId?: string): Promise<boolean> {
    const editor = this.editor();
    if (!editor) return false;
    const span = await this.selectionSpan(editor);
    if (!span) return false;
    const picked = entityId ? this.deps.knowledge.entity(entityId) : await this.pickEntity(undefined, '', {});
    if (!picked || picked === 'new') return false;
    const file = this.deps.knowledge.entitiesFileFor(editor.document.uri)!;
    const before = await this.readText(file);
    let after: string;
    try {
      after = addAliases(before, picked.id, [span.text]);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not add the alias to {0}: {1}', vscode.workspace.asRelativePath(file), e instanceof Error ? e.message : String(e)));
      return false;
    }
    await vscode.workspace.fs.writeFile(file, enc.encode(after));
    await this.deps.knowledge.reload();
    this.history.push({ label: vscode.l10n.t('Alias «{0}» for {1}', span.text, picked.name), sidecars: [], entities: { key: file.toString(), before, after } });
    return true;
  }

  async accept(arg?: MentionArg): Promise<boolean> {
    const hit = await this.mentionAtCursor(arg, 'suggestion');
    if (!hit) return false;
    const { uri, mention: m } = hit;
    const text = await this.deps.sidecars.textOf(uri);
    const n = await this.apply(vscode.l10n.t('Accept «{0}»', m.text), [{ uri, changes: [
      addAnnotation({ kind: m.kind, start: m.start, end: m.end, entity: m.entity?.startsWith('rule:') ? undefined : m.entity, annotator: await this.deps.annotator() }, text),
    ] }]);
    return n > 0;
  }

  async reject(arg?: MentionArg): Promise<boolean> {
    const hit = await this.mentionAtCursor(arg, 'suggestion');
    if (!hit) return false;
    const { uri, mention: m } = hit;
    const text = await this.deps.sidecars.textOf(uri);
    const n = await this.apply(vscode.l10n.t('Reject «{0}»', m.text), [{ uri, changes: [
      rejectSuggestion({ text: m.text, kind: m.kind, ...(m.entity ? { entity: m.entity } : {}), start: m.start, end: m.end }, text),
    ] }]);
    return n > 0;
  }

  async acceptAll(confirm = true): Promise<number> {
    const editor = this.editor();
    if (!editor) return 0;
    const doc = editor.document;
    const text = doc.getText();
    const { suggestions } = await this.deps.annotations.analyze(doc.uri, text);
    if (suggestions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No suggestions in this article.'));
      return 0;
    }
    if (confirm) {
      const yes = vscode.l10n.t('Accept {0}', suggestions.length);
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Accept all {0} suggestions in this article as tags?', suggestions.length), { modal: true }, yes);
      if (answer !== yes) return 0;
    }
    const annotator = await this.deps.annotator();
    await this.apply(vscode.l10n.t('Accept {0} suggestions', suggestions.length), [{ uri: doc.uri, changes: suggestions.map((m) =>
      addAnnotation({ kind: m.kind, start: m.start, end: m.end, entity: m.entity?.startsWith('rule:') ? undefined : m.entity, annotator }, text)) }]);
    this.offerUndo(vscode.l10n.t('Accepted {0} suggestions as tags.', suggestions.length));
    return suggestions.length;
  }

  /** Moves the cursor to the next (or previous) suggestion or mention, wrapping around. */
  async move(what: 'suggestion' | 'mention', dir: 1 | -1): Promise<boolean> {
    const editor = this.editor();
    if (!editor) return false;
    const doc = editor.document;
    const analysis = await this.deps.annotations.analyze(doc.uri, doc.getText());
    const list = what === 'suggestion' ? analysis.suggestions : analysis.mentions;
    if (list.length === 0) {
      void vscode.window.showInformationMessage(what === 'suggestion' ? vscode.l10n.t('No suggestions in this article.') : vscode.l10n.t('No mentions in this article.'));
      return false;
    }
    const offsets = new DocumentOffsets(doc);
    const here = offsets.offset(editor.selection.start);
    const target = dir === 1
      ? list.find((m) => m.start > here) ?? list[0]
      : [...list].reverse().find((m) => m.start < here) ?? list[list.length - 1];
    const range = offsets.range(target.start, target.end);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /** Tags every untagged occurrence of the entity at the cursor, in this article or the corpus. */
  async tagAllOccurrences(scope: 'article' | 'corpus', arg?: MentionArg, confirm = true): Promise<number> {
    const hit = await this.mentionAtCursor(arg, 'any');
    if (!hit) return 0;
    const key = entityKey(hit.mention);
    const uris = scope === 'article' ? [hit.uri] : [...new Set(this.deps.annotations.index.occurrences(key).map((o) => o.path))].map((p) => this.deps.corpus.byPath(p)?.uri).filter((u): u is vscode.Uri => Boolean(u));
    if (scope === 'corpus' && !uris.some((u) => u.toString() === hit.uri.toString())) uris.push(hit.uri);
    const plan: Array<{ uri: vscode.Uri; text: string; targets: AnalyzedMention[] }> = [];
    for (const uri of uris) {
      const text = await this.deps.sidecars.textOf(uri);
      const analysis = await this.deps.annotations.analyze(uri, text);
      const targets = analysis.suggestions.filter((m) => entityKey(m) === key || (hit.mention.source === 'tag' && !hit.mention.entity && normalizeKey(m.text) === normalizeKey(hit.mention.text)));
      const extra = occurrencesOf(text, hit.mention.text).filter((o) => !analysis.mentions.some((m) => m.start < o.end && o.start < m.end));
      for (const o of extra) targets.push({ ...o, kind: hit.mention.kind, entity: hit.mention.entity, source: 'rule' });
      if (targets.length) plan.push({ uri, text, targets });
    }
    const total = plan.reduce((n, p) => n + p.targets.length, 0);
    if (total === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every occurrence of «{0}» is tagged already.', hit.mention.text));
      return 0;
    }
    if (confirm && scope === 'corpus') {
      const yes = vscode.l10n.t('Tag {0}', total);
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Tag {0} occurrences of «{1}» in {2} articles?', total, hit.mention.text, plan.length), { modal: true }, yes);
      if (answer !== yes) return 0;
    }
    const annotator = await this.deps.annotator();
    const entity = hit.mention.entity?.startsWith('rule:') ? undefined : hit.mention.entity;
    await this.apply(vscode.l10n.t('Tag all «{0}»', hit.mention.text), plan.map((p) => ({ uri: p.uri, changes: p.targets.map((m) =>
      addAnnotation({ kind: hit.mention.kind, start: m.start, end: m.end, entity, annotator }, p.text)) })));
    this.offerUndo(vscode.l10n.t('Tagged {0} occurrences of «{1}» in {2} articles.', total, hit.mention.text, plan.length));
    return total;
  }

  async removeTag(arg?: MentionArg): Promise<boolean> {
    const hit = await this.mentionAtCursor(arg, 'tag');
    if (!hit?.mention.annotation) return false;
    return (await this.apply(vscode.l10n.t('Remove tag «{0}»', hit.mention.text), [{ uri: hit.uri, changes: [removeAnnotation(hit.mention.annotation.id)] }])) > 0;
  }

  async changeKind(arg?: MentionArg, kind?: string): Promise<boolean> {
    const hit = await this.mentionAtCursor(arg, 'any');
    if (!hit) return false;
    const next = kind ?? (await this.pickKind(hit.mention.kind));
    if (!next || next === hit.mention.kind) return false;
    const m = hit.mention;
    if (m.annotation) {
      return (await this.apply(vscode.l10n.t('Change «{0}» to {1}', m.text, next), [{ uri: hit.uri, changes: [updateAnnotation(m.annotation.id, { kind: next, entity: null })] }])) > 0;
    }
    // A suggestion of the wrong kind: the annotator's answer is a tag of the right kind.
    const text = await this.deps.sidecars.textOf(hit.uri);
    return (await this.apply(vscode.l10n.t('Tag «{0}» as {1}', m.text, next), [{ uri: hit.uri, changes: [
      addAnnotation({ kind: next, start: m.start, end: m.end, annotator: await this.deps.annotator() }, text)] }])) > 0;
  }

  async link(arg?: MentionArg, target?: Entity): Promise<boolean> {
    const hit = await this.mentionAtCursor(arg, 'any');
    if (!hit) return false;
    const picked = target ?? (await this.pickEntity(undefined, hit.mention.text));
    if (!picked || picked === 'new') return false;
    const m = hit.mention;
    if (m.annotation) {
      return (await this.apply(vscode.l10n.t('Link «{0}» to {1}', m.text, picked.name), [{ uri: hit.uri, changes: [updateAnnotation(m.annotation.id, { entity: picked.id, kind: picked.kind })] }])) > 0;
    }
    const text = await this.deps.sidecars.textOf(hit.uri);
    return (await this.apply(vscode.l10n.t('Link «{0}» to {1}', m.text, picked.name), [{ uri: hit.uri, changes: [
      addAnnotation({ kind: picked.kind, start: m.start, end: m.end, entity: picked.id, annotator: await this.deps.annotator() }, text)] }])) > 0;
  }

  /** Folds one entity into another in the knowledge base; every tag of the first follows. */
  async merge(from?: Entity, into?: Entity, confirm = true): Promise<number> {
    const source = from ?? (await this.pickEntity(undefined, '', {}));
    if (!source || source === 'new') return 0;
    const target = into ?? (await this.pickEntity(source.kind, '', { exclude: source.id }));
    if (!target || target === 'new') return 0;
    const tagged = this.deps.annotations.index.occurrences(source.id).filter((o) => o.mention.source === 'tag');
    const paths = [...new Set(tagged.map((o) => o.path))];
    if (confirm) {
      const yes = vscode.l10n.t('Merge');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Merge {0} into {1}? {2} tags in {3} articles will follow.', source.name, target.name, tagged.length, paths.length), { modal: true }, yes);
      if (answer !== yes) return 0;
    }
    const file = this.deps.knowledge.entitiesFileFor()!;
    const before = await this.readText(file);
    const after = mergeEntity(before, source, target.id);
    await vscode.workspace.fs.writeFile(file, enc.encode(after));
    const edits = paths.map((p) => {
      const uri = this.deps.corpus.byPath(p)!.uri;
      const ids = tagged.filter((o) => o.path === p).map((o) => (o.mention as AnalyzedMention).annotation?.id).filter((id): id is string => Boolean(id));
      return { uri, changes: ids.map((id) => updateAnnotation(id, { entity: target.id, kind: target.kind })) };
    });
    await this.apply(vscode.l10n.t('Merge {0} into {1}', source.name, target.name), edits, { key: file.toString(), before, after });
    await this.deps.knowledge.reload();
    this.offerUndo(vscode.l10n.t('Merged {0} into {1}; {2} tags follow.', source.name, target.name, tagged.length));
    return tagged.length;
  }

  async tagArticle(tags?: readonly string[]): Promise<boolean> {
    const editor = this.editor();
    if (!editor) return false;
    const uri = editor.document.uri;
    const current = (await this.deps.sidecars.load(uri, editor.document.getText())).sidecar.tags;
    let chosen = tags;
    if (!chosen) {
      const known = [...new Set([...this.deps.annotations.index.tags().map((t) => t.tag), ...current])];
      type Item = vscode.QuickPickItem & { tag: string };
      const qp = vscode.window.createQuickPick<Item>();
      qp.canSelectMany = true;
      qp.placeholder = vscode.l10n.t('Topic tags of this article (type a new one and press Enter)');
      const base = known.map((t) => ({ label: t, tag: t }));
      qp.items = base;
      qp.selectedItems = base.filter((i) => current.includes(i.tag));
      qp.onDidChangeValue((v) => {
        const typed = v.trim();
        const selected = qp.selectedItems;
        qp.items = typed && !known.includes(typed) ? [{ label: typed, description: vscode.l10n.t('new tag'), tag: typed, alwaysShow: true }, ...base] : base;
        qp.selectedItems = qp.items.filter((i) => selected.some((s) => s.tag === i.tag));
      });
      chosen = await new Promise<string[] | undefined>((resolve) => {
        let done = false;
        qp.onDidAccept(() => {
          const typed = qp.value.trim();
          const picked = qp.selectedItems.map((i) => i.tag);
          if (typed && !picked.includes(typed) && !known.includes(typed)) picked.push(typed);
          done = true;
          resolve(picked);
          qp.hide();
        });
        qp.onDidHide(() => { if (!done) resolve(undefined); qp.dispose(); });
        qp.show();
      });
      if (!chosen) return false;
    }
    return (await this.apply(vscode.l10n.t('Topic tags'), [{ uri, changes: [setTags(chosen)] }])) > 0;
  }

  async setArticleStatus(status?: Status): Promise<boolean> {
    const editor = this.editor();
    if (!editor) return false;
    const picked = status ?? (await vscode.window.showQuickPick(
      [{ label: '$(circle-large-outline) todo', status: 'todo' as const }, { label: '$(circle-large-filled) in-progress', status: 'in-progress' as const }, { label: '$(pass-filled) done', status: 'done' as const }],
      { placeHolder: vscode.l10n.t('Status of this article') }))?.status;
    if (!picked) return false;
    return (await this.apply(vscode.l10n.t('Status {0}', picked), [{ uri: editor.document.uri, changes: [setStatus(picked)] }])) > 0;
  }

  /** Opens the next article (in path order, wrapping) that has no tag, or that has suggestions. */
  async nextArticle(which: 'untagged' | 'suggestions'): Promise<vscode.Uri | undefined> {
    const list = this.deps.corpus.list();
    if (list.length === 0) return undefined;
    const current = vscode.window.activeTextEditor?.document.uri.toString();
    const from = Math.max(0, list.findIndex((a) => a.uri.toString() === current));
    for (let k = 1; k <= list.length; k++) {
      const entry = list[(from + k) % list.length];
      const a = await this.deps.annotations.analyze(entry.uri);
      const fits = which === 'untagged' ? a.tags.length === 0 : a.suggestions.length > 0;
      if (fits && entry.uri.toString() !== current) {
        await vscode.window.showTextDocument(entry.uri, { preview: false });
        if (which === 'suggestions') await revealMention(entry.uri, a.suggestions[0].start, a.suggestions[0].end);
        return entry.uri;
      }
    }
    void vscode.window.showInformationMessage(which === 'untagged' ? vscode.l10n.t('Every other article has tags.') : vscode.l10n.t('No other article has suggestions.'));
    return undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether `word` also occurs in `text` as a word of its own (not glued to a prefix). */
function standsAlone(text: string, word: string): boolean {
  return occurrencesOf(text, word).length > 0;
}

/** Word-bounded occurrences of `word` in `text`, allowing a proclitic glued in front; code points. */
export function occurrencesOf(text: string, word: string): Array<{ start: number; end: number; text: string }> {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وفبلك]{0,2})(${escaped})(?![\\p{L}\\p{M}])`, 'gu');
  const out: Array<{ start: number; end: number; text: string }> = [];
  let m: RegExpExecArray | null;
  let cpBase = 0;
  let u16Base = 0;
  while ((m = re.exec(text))) {
    const u16 = m.index + m[0].length - m[1].length;
    cpBase += [...text.slice(u16Base, u16)].length;
    u16Base = u16;
    out.push({ start: cpBase, end: cpBase + [...m[1]].length, text: m[1] });
  }
  return out;
}

/** Registers every tagging command and the light-bulb actions. */
export function registerTaggingCommands(deps: TaggingDeps): Tagging {
  const t = new Tagging(deps);
  const reg = (id: Command, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, fn);
  const d = vscode.Disposable.from(
    reg(Command.TagSelection, () => t.tagSelectionPicking()),
    reg(Command.TagSelectionAsPerson, () => t.tagSelectionAs('person')),
    reg(Command.TagSelectionAsPlace, () => t.tagSelectionAs('place')),
    reg(Command.TagSelectionAsOrganization, () => t.tagSelectionAs('organization')),
    reg(Command.AcceptSuggestion, (arg?: MentionArg) => t.accept(arg)),
    reg(Command.RejectSuggestion, (arg?: MentionArg) => t.reject(arg)),
    reg(Command.AcceptAllSuggestions, (confirm?: boolean) => t.acceptAll(confirm !== false)),
    reg(Command.NextSuggestion, () => t.move('suggestion', 1)),
    reg(Command.PreviousSuggestion, () => t.move('suggestion', -1)),
    reg(Command.NextMention, () => t.move('mention', 1)),
    reg(Command.PreviousMention, () => t.move('mention', -1)),
    reg(Command.TagAllOccurrences, (arg?: MentionArg) => t.tagAllOccurrences('article', arg)),
    reg(Command.TagAllOccurrencesInCorpus, (arg?: MentionArg, confirm?: boolean) => t.tagAllOccurrences('corpus', arg, confirm !== false)),
    reg(Command.RemoveTag, (arg?: MentionArg) => t.removeTag(arg)),
    reg(Command.ChangeKind, (arg?: MentionArg, kind?: string) => t.changeKind(arg, kind)),
    reg(Command.LinkEntity, (arg?: MentionArg, target?: Entity) => t.link(arg, target)),
    reg(Command.MergeEntities, (from?: Entity | { summary?: { entity?: Entity } }, into?: Entity, confirm?: boolean) =>
      t.merge((from as { summary?: { entity?: Entity } })?.summary?.entity ?? (from as Entity | undefined), into, confirm !== false)),
    reg(Command.TagArticle, (tags?: string[]) => t.tagArticle(tags)),
    reg(Command.SetArticleStatus, (status?: Status) => t.setArticleStatus(status)),
    reg(Command.NextUntaggedArticle, () => t.nextArticle('untagged')),
    reg(Command.NextArticleWithSuggestions, () => t.nextArticle('suggestions')),
    reg(Command.NewEntityFromSelection, async (kind?: string, name?: string) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !deps.isArticle(editor.document)) return false;
      const span = await t.selectionSpan(editor);
      if (!span) return false;
      const k = kind ?? (await t.pickKind());
      if (!k) return false;
      const entity = await t.createEntity(k, span.text, editor.document.uri, name);
      return entity ? t.tagSelectionAs(k, entity) : false;
    }),
    reg(Command.AddAlias, (entityId?: string) => t.addAliasFromSelection(typeof entityId === 'string' ? entityId : undefined)),
    reg(Command.Undo, () => t.undo()),
    reg(Command.Redo, () => t.redo()),
    vscode.languages.registerCodeActionsProvider({ language: 'corpus-article' }, new TaggingCodeActions(deps), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite],
    }),
  );
  const dispose = t.dispose.bind(t);
  t.dispose = () => { d.dispose(); dispose(); };
  return t;
}

/** The light bulb: tag a selection, accept or reject the suggestion under the cursor, remove a tag. */
class TaggingCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly deps: TaggingDeps) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    if (!this.deps.isArticle(doc)) return [];
    const actions: vscode.CodeAction[] = [];
    const offsets = new DocumentOffsets(doc);
    const span = offsets.span(range);
    const analysis = this.deps.annotations.peek(doc.uri) ?? (await this.deps.annotations.analyze(doc.uri, doc.getText()));
    const at = analysis.mentions.find((m) => m.start <= span.start && span.end <= m.end);
    const make = (title: string, kind: vscode.CodeActionKind, command: Command, args: unknown[] = []) => {
      const a = new vscode.CodeAction(title, kind);
      a.command = { command, title, arguments: args };
      return a;
    };
    if (at && at.source !== 'tag') {
      const arg: MentionArg = { uri: doc.uri, mention: at };
      const accept = make(vscode.l10n.t('Accept «{0}» as {1}', at.text, kindLabel(at.kind)), vscode.CodeActionKind.QuickFix, Command.AcceptSuggestion, [arg]);
      accept.isPreferred = true;
      actions.push(accept, make(vscode.l10n.t('Reject suggestion «{0}»', at.text), vscode.CodeActionKind.QuickFix, Command.RejectSuggestion, [arg]));
    }
    if (at && at.source === 'tag') {
      actions.push(make(vscode.l10n.t('Remove tag «{0}»', at.text), vscode.CodeActionKind.QuickFix, Command.RemoveTag, [{ uri: doc.uri, mention: at }]),
        make(vscode.l10n.t('Change kind of «{0}»…', at.text), vscode.CodeActionKind.QuickFix, Command.ChangeKind, [{ uri: doc.uri, mention: at }]));
    }
    if (!range.isEmpty) {
      actions.push(
        make(vscode.l10n.t('Tag as Person'), vscode.CodeActionKind.RefactorRewrite, Command.TagSelectionAsPerson),
        make(vscode.l10n.t('Tag as Place'), vscode.CodeActionKind.RefactorRewrite, Command.TagSelectionAsPlace),
        make(vscode.l10n.t('Tag as Organization'), vscode.CodeActionKind.RefactorRewrite, Command.TagSelectionAsOrganization),
        make(vscode.l10n.t('Tag as…'), vscode.CodeActionKind.RefactorRewrite, Command.TagSelection),
      );
    }
    return actions;
  }
}
