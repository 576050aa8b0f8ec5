import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { api, closeAllEditors, exists, openArticle, readText, until, workspaceUri } from './helpers';

const ARTICLE = 'tagging-fixture.txt';
const OTHER = 'tagging-other.txt';
const TEXT = [
  'قمة في موسكو',
  'قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع كوريا الشمالية قوية. واجتمع كيم جونغ أون وبوتين في فوستوشني.',
  'وقال المتحدث زيد العمري إن زيد العمري سيزور بيونغ يانغ. وأضاف العمري أن لبوتين رأياً.',
  '',
].join('\n');
const OTHER_TEXT = 'التقى زيد العمري نظيره في القاهرة.\n';

interface SidecarYaml {
  status: string;
  tags: string[];
  annotations: Array<{ id: string; kind: string; entity?: string; text: string; start: number; end: number; annotator: string }>;
  rejected: Array<{ text: string; kind: string }>;
}

const article = () => workspaceUri(ARTICLE);
const sidecar = async (name = 'tagging-fixture.yaml'): Promise<SidecarYaml> => parse(await readText(workspaceUri(name)));
const enc = (s: string) => new TextEncoder().encode(s);

/** Selects the `nth` occurrence of `needle` in the active editor (UTF-16 positions). */
function select(editor: vscode.TextEditor, needle: string, nth = 0): void {
  const text = editor.document.getText();
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} is in the fixture`);
  editor.selection = new vscode.Selection(editor.document.positionAt(i), editor.document.positionAt(i + needle.length));
}

function cursorAt(editor: vscode.TextEditor, needle: string, nth = 0): void {
  select(editor, needle, nth);
  editor.selection = new vscode.Selection(editor.selection.start.translate(0, 1), editor.selection.start.translate(0, 1));
}

async function rendered(uri: vscode.Uri): Promise<void> {
  const a = await api();
  await a.decorations.refresh(uri);
}

suite('tagging', () => {
  suiteSetup(async () => {
    const a = await api();
    await vscode.workspace.fs.writeFile(article(), enc(TEXT));
    await vscode.workspace.fs.writeFile(workspaceUri(OTHER), enc(OTHER_TEXT));
    await until('the fixture articles to be indexed', () => a.corpus.get(article()) && a.corpus.get(workspaceUri(OTHER)));
    await vscode.workspace.getConfiguration('corpusAnnotator').update('annotator', 'Test Annotator', vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    for (const f of [ARTICLE, OTHER, 'tagging-fixture.yaml', 'tagging-other.yaml', 'entities.yaml']) {
      const u = workspaceUri(f);
      if (f === 'entities.yaml') continue;
      if (await exists(u)) await vscode.workspace.fs.delete(u);
    }
    await vscode.workspace.getConfiguration('corpusAnnotator').update('annotator', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('Tag Selection as Person on «وبوتين» tags «بوتين» with its entity, and highlights it as a tag', async () => {
    const a = await api();
    const editor = await openArticle(article());
    select(editor, 'وبوتين');
    assert.strictEqual(await vscode.commands.executeCommand('corpus.tagSelectionAsPerson'), true);
    const s = await sidecar();
    assert.deepStrictEqual(s.annotations.map((x) => [x.text, x.kind, x.entity, x.annotator]), [['بوتين', 'person', 'vladimir-putin', 'Test Annotator']]);
    await rendered(article());
    const i = editor.document.getText().indexOf('وبوتين') + 1;
    const expected = new vscode.Range(editor.document.positionAt(i), editor.document.positionAt(i + 5));
    assert.ok(a.decorations.rangesFor(article()).get('tag:person')!.some((r) => r.isEqual(expected)));
    assert.ok(!a.decorations.rangesFor(article()).get('gazetteer:person')!.some((r) => r.isEqual(expected)), 'no longer drawn as a suggestion');
  });

  test('with stripping off, the selection is tagged as it stands', async () => {
    const editor = await openArticle(article());
    await vscode.workspace.getConfiguration('corpusAnnotator').update('tagging.stripProclitics', false, vscode.ConfigurationTarget.Workspace);
    try {
      select(editor, 'لبوتين');
      await vscode.commands.executeCommand('corpus.tagSelectionAsPerson');
      assert.ok((await sidecar()).annotations.some((x) => x.text === 'لبوتين'));
      await vscode.commands.executeCommand('corpus.undo');
      assert.ok(!(await sidecar()).annotations.some((x) => x.text === 'لبوتين'), 'undo took it back');
    } finally {
      await vscode.workspace.getConfiguration('corpusAnnotator').update('tagging.stripProclitics', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('Accept Suggestion at Cursor turns the knowledge-base suggestion into a tag', async () => {
    const a = await api();
    const editor = await openArticle(article());
    cursorAt(editor, 'موسكو');
    assert.strictEqual(await vscode.commands.executeCommand('corpus.acceptSuggestion'), true);
    const s = await sidecar();
    assert.ok(s.annotations.some((x) => x.text === 'موسكو' && x.kind === 'place' && x.entity === 'moscow'));
    await rendered(article());
    assert.strictEqual(a.decorations.rangesFor(article()).get('tag:place')!.length, 1);
  });

  test('Reject Suggestion at Cursor remembers the rejection; the suggestion does not come back', async () => {
    const a = await api();
    const editor = await openArticle(article());
    cursorAt(editor, 'كوريا الشمالية');
    assert.strictEqual(await vscode.commands.executeCommand('corpus.rejectSuggestion'), true);
    assert.deepStrictEqual((await sidecar()).rejected.map((r) => [r.text, r.kind]), [['كوريا الشمالية', 'place']]);
    const analysis = await a.annotations.analyze(article(), editor.document.getText());
    assert.ok(!analysis.suggestions.some((m) => m.text === 'كوريا الشمالية'));
    await closeAllEditors();
    const again = await a.annotations.analyze(article());
    assert.ok(!again.mentions.some((m) => m.text === 'كوريا الشمالية'), 'still gone after reopening');
  });

  test('a rejected suggestion stays rejected after a line is inserted above it', async () => {
    const a = await api();
    const editor = await openArticle(article());
    const offered = (await a.annotations.analyze(article(), editor.document.getText())).suggestions.map((m) => m.text);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'عاجل: تحديث\n'));
    try {
      const after = await a.annotations.analyze(article(), editor.document.getText());
      assert.ok(!after.suggestions.some((m) => m.text === 'كوريا الشمالية'), 'the rejection moved with its words');
      assert.deepStrictEqual(after.suggestions.map((m) => m.text), offered, 'every other suggestion is still offered');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.ok(!editor.document.isDirty);
  });

  test('Next / Previous Suggestion and Next / Previous Mention move the selection, wrapping around', async () => {
    const editor = await openArticle(article());
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('corpus.nextSuggestion');
    assert.strictEqual(editor.document.getText(editor.selection), 'فلاديمير بوتين', 'موسكو is a tag now, so the first suggestion is the next name');
    await vscode.commands.executeCommand('corpus.nextSuggestion');
    assert.strictEqual(editor.document.getText(editor.selection), 'كيم جونغ أون', 'the rejected كوريا الشمالية is skipped');
    await vscode.commands.executeCommand('corpus.previousSuggestion');
    assert.strictEqual(editor.document.getText(editor.selection), 'فلاديمير بوتين');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('corpus.nextMention');
    assert.strictEqual(editor.document.getText(editor.selection), 'موسكو');
    await vscode.commands.executeCommand('corpus.previousMention');
    assert.strictEqual(editor.document.getText(editor.selection), 'بوتين', 'wraps to the last mention (لبوتين)');
  });

  test('Tag All Occurrences in Article tags every mention of the name at the cursor', async () => {
    const editor = await openArticle(article());
    select(editor, 'زيد العمري');
    await vscode.commands.executeCommand('corpus.tagSelectionAsPerson');
    cursorAt(editor, 'زيد العمري');
    const n = await vscode.commands.executeCommand<number>('corpus.tagAllOccurrences');
    assert.strictEqual(n, 1, 'the second «زيد العمري»');
    assert.strictEqual((await sidecar()).annotations.filter((x) => x.text === 'زيد العمري').length, 2);
  });

  test('Remove Tag, Change Kind and Link to Another Entity act on the tag at the cursor', async () => {
    const a = await api();
    const editor = await openArticle(article());
    cursorAt(editor, 'زيد العمري', 1);
    assert.strictEqual(await vscode.commands.executeCommand('corpus.changeKind', undefined, 'organization'), true);
    assert.ok((await sidecar()).annotations.some((x) => x.text === 'زيد العمري' && x.kind === 'organization'));
    const kirby = a.knowledge.entity('john-kirby');
    assert.ok(kirby, 'the built-in base knows John Kirby');
    cursorAt(editor, 'زيد العمري', 1);
    assert.strictEqual(await vscode.commands.executeCommand('corpus.linkEntity', undefined, kirby), true);
    assert.ok((await sidecar()).annotations.some((x) => x.text === 'زيد العمري' && x.kind === 'person' && x.entity === 'john-kirby'));
    cursorAt(editor, 'زيد العمري', 1);
    assert.strictEqual(await vscode.commands.executeCommand('corpus.removeTag'), true);
    assert.strictEqual((await sidecar()).annotations.filter((x) => x.text === 'زيد العمري').length, 1);
  });

  test('Accept All Suggestions in Article, then Undo and Redo, each visible on disk', async () => {
    const a = await api();
    const editor = await openArticle(article());
    const before = (await sidecar()).annotations.length;
    const suggestions = (await a.annotations.analyze(article(), editor.document.getText())).suggestions.length;
    assert.ok(suggestions >= 4);
    assert.strictEqual(await vscode.commands.executeCommand('corpus.acceptAllSuggestions', false), suggestions);
    assert.strictEqual((await sidecar()).annotations.length, before + suggestions);
    assert.strictEqual((await a.annotations.analyze(article(), editor.document.getText())).suggestions.length, 0);
    await vscode.commands.executeCommand('corpus.undo');
    assert.strictEqual((await sidecar()).annotations.length, before);
    await vscode.commands.executeCommand('corpus.redo');
    assert.strictEqual((await sidecar()).annotations.length, before + suggestions);
    await vscode.commands.executeCommand('corpus.undo');
  });

  test('New Entity from Selection writes entities.yaml and the name is found in every other article at once', async () => {
    const a = await api();
    const entities = workspaceUri('entities.yaml');
    const original = await readText(entities);
    const editor = await openArticle(article());
    select(editor, 'العمري', 2);
    assert.strictEqual(await vscode.commands.executeCommand('corpus.newEntityFromSelection', 'person', 'زيد العمري'), true);
    const yamlText = await readText(entities);
    assert.ok(yamlText.startsWith(original.split('\n')[0]), 'the file keeps its opening comment');
    const entry = (parse(yamlText).entities as Array<{ id: string; name: string; aliases?: string[]; kind: string }>).find((e) => e.name === 'زيد العمري');
    assert.ok(entry && entry.kind === 'person' && entry.aliases?.includes('العمري'), JSON.stringify(entry));
    const other = await a.annotations.analyze(workspaceUri(OTHER));
    assert.ok(other.suggestions.some((m) => m.entity === entry.id && m.text === 'زيد العمري'), 'found in the other article');
    assert.ok((await sidecar()).annotations.some((x) => x.text === 'العمري' && x.entity === entry.id));

    // Add Selection as Alias, then Merge into another entity: tags follow.
    select(editor, 'المتحدث');
    assert.strictEqual(await vscode.commands.executeCommand('corpus.addAlias', entry.id), true);
    assert.ok((parse(await readText(entities)).entities as Array<{ id: string; aliases?: string[] }>).find((e) => e.id === entry.id)?.aliases?.includes('المتحدث'));
    const from = a.knowledge.entity(entry.id)!;
    const into = a.knowledge.entity('john-kirby')!;
    const moved = await vscode.commands.executeCommand<number>('corpus.mergeEntities', from, into, false);
    assert.ok(moved >= 1);
    const after = await sidecar();
    assert.ok(after.annotations.every((x) => x.entity !== entry.id), 'no tag points at the merged entity');
    assert.ok(after.annotations.some((x) => x.text === 'العمري' && x.entity === 'john-kirby'));
    assert.ok(!(parse(await readText(entities)).entities as Array<{ id: string }>).some((e) => e.id === entry.id));
    await vscode.workspace.fs.writeFile(entities, enc(original));
  });

  test('Tag Article and Set Article Status write article-level fields; the trees follow', async () => {
    const a = await api();
    await openArticle(article());
    assert.strictEqual(await vscode.commands.executeCommand('corpus.tagArticle', ['قمة', 'روسيا']), true);
    assert.strictEqual(await vscode.commands.executeCommand('corpus.setArticleStatus', 'in-progress'), true);
    const s = await sidecar();
    assert.deepStrictEqual([s.tags, s.status], [['قمة', 'روسيا'], 'in-progress']);
    await until('the Tags view to show «قمة»', () => a.tags.getChildren().some((n) => n.type === 'tag' && n.tag === 'قمة'));
    await until('the Articles row to show the status', () => a.sidecars.summary(article())?.status === 'in-progress');
  });

  test('Next Untagged Article and Next Article with Suggestions open the right articles', async () => {
    const a = await api();
    await openArticle(article());
    const untagged = await vscode.commands.executeCommand<vscode.Uri>('corpus.nextUntaggedArticle');
    assert.ok(untagged);
    assert.strictEqual((await a.annotations.analyze(untagged)).tags.length, 0);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), untagged.toString());
    const withSuggestions = await vscode.commands.executeCommand<vscode.Uri>('corpus.nextArticleWithSuggestions');
    assert.ok(withSuggestions && (await a.annotations.analyze(withSuggestions)).suggestions.length > 0);
    const sel = vscode.window.activeTextEditor!.selection;
    assert.ok(!sel.isEmpty, 'the first suggestion is selected');
  });

  test('Tag All Occurrences in Corpus tags the entity in every article, and one Undo takes it all back', async () => {
    const a = await api();
    const editor = await openArticle(article());
    cursorAt(editor, 'كيم جونغ أون');
    const expected = a.annotations.index.occurrences('kim-jong-un').filter((o) => o.mention.source !== 'tag').length;
    const n = await vscode.commands.executeCommand<number>('corpus.tagAllOccurrencesInCorpus', undefined, false);
    assert.strictEqual(n, expected);
    await until('every Kim mention to be a tag', () => a.annotations.index.occurrences('kim-jong-un').every((o) => o.mention.source === 'tag'));
    const seed = workspaceUri('002_dca62404e39632a2.yaml');
    assert.ok((parse(await readText(seed)).annotations as Array<{ entity?: string }>).some((x) => x.entity === 'kim-jong-un'));
    await vscode.commands.executeCommand('corpus.undo');
    await until('the corpus-wide tags to be undone', () => a.annotations.index.occurrences('kim-jong-un').filter((o) => o.mention.source === 'tag').length === 0);
  });

  test('the light bulb offers accept and reject on a suggestion and tag kinds on a selection', async () => {
    const editor = await openArticle(article());
    const text = editor.document.getText();
    const i = text.indexOf('بيونغ يانغ');
    const at = new vscode.Range(editor.document.positionAt(i + 1), editor.document.positionAt(i + 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, at);
    const titles = actions.map((x) => x.title);
    assert.ok(titles.some((t) => t.startsWith('Accept «بيونغ يانغ»')), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Reject suggestion')));
    const sel = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(3));
    const onSelection = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, sel)).map((x) => x.title);
    assert.ok(onSelection.includes('Tag as Person') && onSelection.includes('Tag as Place'));
  });

  test('Tag Selection… picks a kind, then an entity by any spelling, through quick picks', async () => {
    const editor = await openArticle(article());
    select(editor, 'بيونغ يانغ');
    const done = vscode.commands.executeCommand<boolean>('corpus.tagSelection');
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // kind: Places (preferred)
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // entity: Pyongyang (exact name first)
    assert.strictEqual(await done, true);
    assert.ok((await sidecar()).annotations.some((x) => x.text === 'بيونغ يانغ' && x.kind === 'place' && x.entity === 'pyongyang'));
  });

  test('a sidecar that cannot be read is never overwritten: the tag is refused with a message', async () => {
    const bad = 'version: 1\nannotations: [\n  broken\n';
    await vscode.workspace.fs.writeFile(workspaceUri('tagging-other.yaml'), enc(bad));
    const editor = await openArticle(workspaceUri(OTHER));
    select(editor, 'القاهرة');
    assert.strictEqual(await vscode.commands.executeCommand('corpus.tagSelectionAsPlace'), false);
    assert.strictEqual(await readText(workspaceUri('tagging-other.yaml')), bad);
  });
});
