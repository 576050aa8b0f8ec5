import * as assert from 'assert';
import * as vscode from 'vscode';
import { entityKey } from '../../core/corpus/index';
import { addAnnotation } from '../../core/sidecar/store';
import { normalizeKey } from '../../core/text/normalize';
import { api, closeAllEditors, openArticle, readText, until, workspaceUri } from './helpers';

const SEED = '000_40c00b8a0b0640c2.txt';
const FIXTURE_DIR = 'zz-navigation-fixture';
const enc = (s: string) => new TextEncoder().encode(s);
const utf16At = (text: string, cp: number) => [...text].slice(0, cp).join('').length;

const ORPHAN_TEXT = 'خبر تجريبي\nلا يذكر هذا النص أي اسم.\n';
const ORPHAN_ID = 'a-orphan2345';
const ORPHAN_SIDECAR = [
  'version: 1',
  'text:',
  `  hash: sha256:${'0'.repeat(64)}`,
  '  length: 30',
  'status: todo',
  'annotations:',
  `  - id: ${ORPHAN_ID}`,
  '    kind: person',
  '    start: 4',
  '    end: 9',
  '    text: سيرغي',
  '    prefix: ""',
  '    suffix: ""',
  '    annotator: test',
  '    created: "2026-01-01T00:00:00.000Z"',
  '',
].join('\n');
/** More tags than a two-character badge can count. */
const MANY = 120;
const MANY_TEXT = 'خبر تجريبي طويل\n' + 'زيد '.repeat(MANY) + '\n';

/** The spelling a reader types for the same name: bare alef, final ha, yaa for alef maqsura. */
function variant(s: string): string {
  return s.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}

/** What VS Code's symbol picker requires of a label before it shows it: the typed characters, in order. */
function pickerKeeps(query: string, label: string): boolean {
  let i = 0;
  const q = query.replace(/\s+/g, '');
  for (const ch of label) if (ch === q[i]) i++;
  return i === q.length;
}

suite('navigation', () => {
  const orphanArticle = workspaceUri(FIXTURE_DIR, 'orphan.txt');
  const orphanSidecar = workspaceUri(FIXTURE_DIR, 'orphan.yaml');
  const manyArticle = workspaceUri(FIXTURE_DIR, 'many.txt');
  const manySidecar = workspaceUri(FIXTURE_DIR, 'many.yaml');
  const entitiesFile = workspaceUri('entities.yaml');
  let entitiesBefore: string | undefined;

  suiteSetup(async () => {
    const a = await api();
    await vscode.workspace.fs.writeFile(orphanArticle, enc(ORPHAN_TEXT));
    await vscode.workspace.fs.writeFile(orphanSidecar, enc(ORPHAN_SIDECAR));
    await vscode.workspace.fs.writeFile(manyArticle, enc(MANY_TEXT));
    // A rescan rather than the file watcher, which may lag behind in a fresh folder.
    await a.corpus.scan();
    assert.ok(a.corpus.get(orphanArticle) && a.corpus.get(manyArticle), 'the fixture articles in the corpus');
    const changes = Array.from({ length: MANY }, (_, i) => addAnnotation({ kind: 'person', start: 16 + i * 4, end: 16 + i * 4 + 3, annotator: 'test' }, MANY_TEXT));
    await a.sidecars.update(manyArticle, MANY_TEXT, ...changes);
    await a.annotations.refresh(orphanArticle);
    await a.annotations.refresh(manyArticle);
  });

  suiteTeardown(async () => {
    const a = await api();
    await closeAllEditors();
    for (const u of [orphanSidecar, orphanArticle, manySidecar, manyArticle]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(FIXTURE_DIR), { recursive: true }).then(undefined, () => undefined);
    if (entitiesBefore !== undefined) {
      await vscode.workspace.fs.writeFile(entitiesFile, enc(entitiesBefore));
      await a.knowledge.reload();
    }
    await a.corpus.scan();
    assert.ok(!a.corpus.get(orphanArticle) && !a.corpus.get(manyArticle), 'the fixture articles gone from the corpus');
    await a.annotations.refresh(orphanArticle);
    await a.annotations.refresh(manyArticle);
    await a.annotations.ready();
  });

  test('the outline lists the article\'s mentions grouped by kind', async () => {
    const a = await api();
    const uri = workspaceUri(SEED);
    const editor = await openArticle(uri);
    const doc = editor.document;
    const analysis = await a.annotations.analyze(uri, doc.getText());
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(symbols.length >= 2, `several kinds, got ${symbols.map((s) => s.name).join(', ')}`);
    const expected = new Map<string, number>();
    for (const m of analysis.mentions) expected.set(m.kind, (expected.get(m.kind) ?? 0) + 1);
    assert.deepStrictEqual(symbols.map((s) => s.children.length).sort((x, y) => x - y), [...expected.values()].sort((x, y) => x - y));
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people && people.kind === vscode.SymbolKind.Class, 'a People group');
    assert.strictEqual(people.children.length, expected.get('person'));
    for (const group of symbols) {
      for (const child of group.children) {
        const m = analysis.mentions.find((x) => doc.getText(child.range) === x.text && utf16At(doc.getText(), x.start) === doc.offsetAt(child.range.start));
        assert.ok(m, `${child.name} at ${doc.offsetAt(child.range.start)} is one of the analysis's mentions`);
        assert.strictEqual(child.detail, m.source === 'tag' ? 'tag' : m.source === 'rule' ? 'suggestion (rule)' : 'suggestion');
      }
    }
  });

  test('Find All References on a mention lists every mention of the entity in the corpus', async () => {
    const a = await api();
    const uri = workspaceUri(SEED);
    const editor = await openArticle(uri);
    const text = editor.document.getText();
    const analysis = await a.annotations.analyze(uri, text);
    const m = analysis.mentions.find((x) => x.entity && new Set(a.annotations.index.occurrences(entityKey(x)).map((o) => o.path)).size > 2);
    assert.ok(m, 'an entity mentioned in three articles or more');
    const occ = a.annotations.index.occurrences(entityKey(m));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, editor.document.positionAt(utf16At(text, m.start) + 1));
    assert.strictEqual(refs.length, occ.length);
    assert.strictEqual(new Set(refs.map((r) => r.uri.toString())).size, new Set(occ.map((o) => o.path)).size);
    for (const r of refs) {
      const d = await vscode.workspace.openTextDocument(r.uri);
      const found = d.getText(r.range);
      assert.ok(occ.some((o) => o.path === r.uri.path && o.mention.text === found), `${r.uri.path}: "${found}" is an indexed mention`);
    }
  });

  test('Go to Symbol in Workspace finds an entity by a spelling variant of its alias', async () => {
    const a = await api();
    const entity = a.annotations.index.entities().find((e) => e.entity && e.entity.aliases.some((al) => /[\u0600-\u06ff]/.test(al) && variant(al) !== al && normalizeKey(al) !== normalizeKey(e.entity!.name)));
    assert.ok(entity, 'an indexed entity with an Arabic alias');
    const alias = entity.entity!.aliases.find((al) => /[\u0600-\u06ff]/.test(al) && variant(al) !== al && normalizeKey(al) !== normalizeKey(entity.entity!.name))!;
    const query = variant(alias);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
    const hit = symbols.find((s) => s.name.startsWith(entity.name));
    assert.ok(hit, `"${query}" (a variant of ${alias}) finds ${entity.name}; got ${symbols.map((s) => s.name).join(', ')}`);
    assert.ok(pickerKeeps(query, hit.name), `the picker keeps "${hit.name}" for "${query}"`);
    const first = a.annotations.index.occurrences(entity.key)[0];
    assert.strictEqual(hit.location.uri.path, first.path, 'the location is the first mention');
    const d = await vscode.workspace.openTextDocument(hit.location.uri);
    assert.strictEqual(d.getText(hit.location.range), first.mention.text);
  });

  test('an orphaned annotation and a bad entities.yaml entry are in the Problems panel at their lines', async () => {
    const a = await api();
    const diags = await until('the orphan warning', () => vscode.languages.getDiagnostics(orphanSidecar).filter((d) => d.code === 'orphan'));
    assert.strictEqual(diags.length, 1);
    const d = diags[0];
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(d.source, 'corpus');
    assert.ok(d.message.includes(ORPHAN_ID), d.message);
    const lines = ORPHAN_SIDECAR.split('\n');
    const item = lines.findIndex((l) => l.includes(ORPHAN_ID));
    assert.ok(d.range.start.line >= item && d.range.start.line < item + 9, `line ${d.range.start.line} is within the annotation at ${item}`);

    entitiesBefore = await readText(entitiesFile);
    const bad = entitiesBefore.replace(/\n*$/, '\n') + '  - id: nav-test-bad\n    kind: person\n    name: زيد\n    wikidata: not-an-id\n';
    await vscode.workspace.fs.writeFile(entitiesFile, enc(bad));
    await a.knowledge.reload();
    const kb = await until('the entities.yaml problem', () => vscode.languages.getDiagnostics(entitiesFile).filter((x) => x.code === 'bad-wikidata'));
    assert.strictEqual(kb[0].range.start.line, bad.split('\n').findIndex((l) => l.includes('not-an-id')));
    await vscode.workspace.fs.writeFile(entitiesFile, enc(entitiesBefore));
    await a.knowledge.reload();
    await until('the entities.yaml problem cleared', () => vscode.languages.getDiagnostics(entitiesFile).every((x) => x.code !== 'bad-wikidata'));
    entitiesBefore = undefined;
  });

  test('the explorer badge counts an article\'s tags, capped at 99, and the status bar shows the counts', async () => {
    const a = await api();
    const many = a.navigation.fileDecorations.provideFileDecoration(manyArticle);
    assert.ok(many, 'a decoration on an annotated article');
    assert.strictEqual(many.badge, '99');
    assert.ok(many.tooltip?.startsWith(`${MANY} tags`), many.tooltip);
    assert.strictEqual(a.navigation.fileDecorations.provideFileDecoration(orphanArticle), undefined, 'no badge without tags');

    await openArticle(manyArticle);
    const analysis = await a.annotations.analyze(manyArticle);
    const expected = `$(tag) ${MANY} · $(lightbulb) ${analysis.suggestions.length}`;
    await until(`the status bar to read ${expected}`, () => a.navigation.status.item.text === expected);
    assert.strictEqual(a.navigation.status.item.command, 'corpus.entities.focus');
  });
});
