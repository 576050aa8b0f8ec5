import * as assert from 'assert';
import * as vscode from 'vscode';
import { entityKey } from '../../core/corpus/index';
import { addAnnotation } from '../../core/sidecar/store';
import type { AnalyzedMention } from '../../vscode/annotations';
import { api, closeAllEditors, openArticle, readText, workspaceUri } from './helpers';

const SEED = '000_40c00b8a0b0640c2.txt';
const FIXTURE_DIR = 'zz-hover-fixture';
const QUIT_LINK = '[x](command:workbench.action.quit)';
const IMG = '<img src=x onerror=alert(1)>';
const EVIL_TAG = `${QUIT_LINK} ${IMG}`;
const EVIL_TEXT = `خبر تجريبي عن الهجمات\nقال زيد الخبيث إن ${EVIL_TAG} وصل إلى المدينة.\n`;
const EVIL_ENTITY = [
  '  - id: evil-hover-entity',
  '    kind: person',
  '    name: زيد الخبيث',
  `    en: "${QUIT_LINK}"`,
  `    description: "${IMG} ${QUIT_LINK} ![i](https://example.com/i.png) &#91;y&#93;(command:workbench.action.quit)"`,
  '    aliases: ["<b>زيد</b>"]',
  '',
].join('\n');

const enc = (s: string) => new TextEncoder().encode(s);
const cp = (text: string, utf16: number) => [...text.slice(0, utf16)].length;

async function hoverAt(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString || typeof (c as { value?: unknown }).value === 'string') as vscode.MarkdownString[];
}

/** Our card among whatever other hovers the editor offers. */
async function cardAt(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.MarkdownString> {
  const card = (await hoverAt(uri, pos)).find((m) => m.value.includes('corpus.showEntityMentions') || /mentions? in \d+ articles?/.test(m.value));
  assert.ok(card, 'a hover card for the mention');
  return card;
}

/** The card may link to nothing but our own command and https pages, and hold no raw HTML. */
function assertSafe(md: vscode.MarkdownString): void {
  assert.notStrictEqual(md.isTrusted, true, 'the card is never fully trusted');
  if (typeof md.isTrusted === 'object') assert.deepStrictEqual([...md.isTrusted.enabledCommands], ['corpus.showEntityMentions']);
  assert.notStrictEqual(md.supportHtml, true, 'no HTML rendering');
  for (const m of md.value.matchAll(/\]\(([^)]*)/g)) {
    // A `](` preceded by a backslash is literal text, not a link.
    if (md.value[m.index! - 1] === '\\') continue;
    assert.match(m[1], /^(command:corpus\.showEntityMentions\?|https:\/\/www\.wikidata\.org\/wiki\/Q\d+$)/, `unexpected link target ${m[1]}`);
  }
  for (const m of md.value.matchAll(/[<&]/g)) assert.strictEqual(md.value[m.index! - 1], '\\', `unescaped ${m[0]} at ${m.index} in ${md.value}`);
  assert.ok(!/(^|[^\\])!\[/.test(md.value), 'no image');
}

suite('hover', () => {
  const article = workspaceUri(FIXTURE_DIR, 'evil.txt');
  const sidecar = workspaceUri(FIXTURE_DIR, 'evil.yaml');
  const entitiesFile = workspaceUri('entities.yaml');
  let entitiesBefore: string | undefined;

  suiteSetup(async () => {
    const a = await api();
    entitiesBefore = await readText(entitiesFile);
    await vscode.workspace.fs.writeFile(entitiesFile, enc(entitiesBefore.replace(/\n*$/, '\n') + EVIL_ENTITY));
    await a.knowledge.reload();
    assert.ok(a.knowledge.entity('evil-hover-entity'), 'the test entity loaded');
    await vscode.workspace.fs.writeFile(article, enc(EVIL_TEXT));
    // A rescan rather than the file watcher, which may lag behind in a fresh folder.
    await a.corpus.scan();
    assert.ok(a.corpus.get(article), 'the fixture article in the corpus');
    const at = cp(EVIL_TEXT, EVIL_TEXT.indexOf(EVIL_TAG));
    await a.sidecars.update(article, EVIL_TEXT, addAnnotation({ kind: 'person', start: at, end: at + [...EVIL_TAG].length, annotator: `**root** ${QUIT_LINK} ${IMG}` }, EVIL_TEXT));
    await a.annotations.refresh(article);
  });

  suiteTeardown(async () => {
    const a = await api();
    await closeAllEditors();
    for (const u of [sidecar, article]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(FIXTURE_DIR), { recursive: true }).then(undefined, () => undefined);
    if (entitiesBefore !== undefined) await vscode.workspace.fs.writeFile(entitiesFile, enc(entitiesBefore));
    await a.corpus.scan();
    assert.ok(!a.corpus.get(article), 'the fixture article gone from the corpus');
    await a.annotations.refresh(article);
    await a.knowledge.reload();
    await a.annotations.ready();
  });

  test('the card of a knowledge-base suggestion names the entity, its kind and its mentions in the corpus', async () => {
    const a = await api();
    const uri = workspaceUri(SEED);
    const editor = await openArticle(uri);
    const analysis = await a.annotations.analyze(uri, editor.document.getText());
    // A place the knowledge base knows that the corpus mentions in more than one article.
    const pick = analysis.mentions.find((m) => m.source === 'gazetteer' && m.entity && a.knowledge.entity(m.entity)?.kind === 'place'
      && new Set(a.annotations.index.occurrences(entityKey(m)).map((o) => o.path)).size > 1) as AnalyzedMention | undefined;
    assert.ok(pick, 'a knowledge-base place mentioned in several articles');
    const entity = a.knowledge.entity(pick.entity!)!;
    const occ = a.annotations.index.occurrences(entityKey(pick));
    const articles = new Set(occ.map((o) => o.path)).size;
    const text = editor.document.getText();
    const utf16 = [...text].slice(0, pick.start).join('').length;
    const card = await cardAt(uri, editor.document.positionAt(utf16 + 1));
    assert.ok(card.value.includes(`**${entity.name}**`), `the name in bold: ${card.value}`);
    assert.ok(card.value.includes('Place'), 'the kind');
    assert.ok(card.value.includes(`${occ.length} mentions in ${articles} articles`), `the counts ${occ.length}/${articles}: ${card.value}`);
    if (entity.en) assert.ok(card.value.includes(entity.en.replace(/[!-/:-@[-`{-~]/g, '\\$&')), 'the English name');
    if (entity.wikidata) assert.ok(card.value.includes(`https://www.wikidata.org/wiki/${entity.wikidata}`), 'the Wikidata link');
    assert.ok(/Suggestion from/.test(card.value), 'marked as a suggestion');
    const headline = a.corpus.get(uri)!.info.headline;
    assert.ok(card.value.includes(headline.replace(/[!-/:-@[-`{-~]/g, '\\$&')), 'the first article by its headline');
    assertSafe(card);
  });

  test('markdown and HTML in a tag, its annotator and an entities.yaml entry are shown as text, never run', async () => {
    const a = await api();
    const editor = await openArticle(article);
    const text = editor.document.getText();

    const tagCard = await cardAt(article, editor.document.positionAt(text.indexOf(EVIL_TAG) + 2));
    assertSafe(tagCard);
    assert.ok(tagCard.value.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), `the tag text, escaped: ${tagCard.value}`);
    assert.ok(tagCard.value.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), 'the HTML, escaped');
    assert.ok(/Confirmed tag\\, by \u2068\\\*\\\*root\\\*\\\*/.test(tagCard.value), `the annotator, escaped: ${tagCard.value}`);

    const analysis = await a.annotations.analyze(article, text);
    assert.ok(analysis.mentions.some((m) => m.entity === 'evil-hover-entity'), 'the knowledge base finds the test entity');
    const kbCard = await cardAt(article, editor.document.positionAt(text.indexOf('زيد الخبيث') + 1));
    assertSafe(kbCard);
    assert.ok(kbCard.value.includes('**زيد الخبيث**'), kbCard.value);
    assert.ok(kbCard.value.includes('\\&\\#91\\;y\\&\\#93\\;'), 'an entity reference stays literal');
    assert.ok(kbCard.value.includes('\\!\\[i\\]'), 'an image stays literal');
    assert.ok(kbCard.value.includes('\\<b\\>زيد\\</b\\>') || kbCard.value.includes('\\<b\\>زيد\\<\\/b\\>'), `the alias, escaped: ${kbCard.value}`);
  });

  test('the card\'s own link peeks every mention of the entity', async () => {
    const a = await api();
    const uri = workspaceUri(SEED);
    const editor = await openArticle(uri);
    const analysis = await a.annotations.analyze(uri, editor.document.getText());
    const m = analysis.mentions.find((x) => x.source === 'gazetteer' && a.annotations.index.occurrences(entityKey(x)).length > 1)!;
    const shown = await vscode.commands.executeCommand<number>('corpus.showEntityMentions', uri.toString(), m.start);
    assert.strictEqual(shown, a.annotations.index.occurrences(entityKey(m)).length);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});
