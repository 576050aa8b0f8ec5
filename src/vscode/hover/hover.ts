import * as vscode from 'vscode';
import type { Entity } from '../../core/kb/types';
import { DocumentOffsets } from '../adapters/ranges';
import { Command } from '../commands/ids';
import type { AnalyzedMention } from '../annotations';
import { ARTICLE_SELECTOR, keyOf, kindLabel, locationsOf, mentionAt, uriForPath, type MentionFeatureDeps } from '../navigation/shared';
import { commandLink, escapeMarkdown as esc, isolated, sentence, stripBidiControls } from './markdown';

/** How many articles the card names before summing up the rest. */
const ARTICLES_SHOWN = 3;
const WIKIDATA_ID = /^Q[1-9][0-9]*$/;

/**
 * The hover card of a mention: who or what it names, where else the corpus mentions it, and
 * whether it is the annotator's tag or a suggestion. Every value from a file is escaped, and the
 * only command a link may run is the extension's own "show all mentions".
 */
export function registerHover(deps: MentionFeatureDeps): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    async provideHover(document, position) {
      const hit = await mentionAt(deps, document, position);
      if (!hit) return undefined;
      const md = hoverMarkdown(deps, hit.mention, document.uri, hit.mention.start);
      return new vscode.Hover(md, hit.offsets.range(hit.mention.start, hit.mention.end));
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider),
    vscode.commands.registerCommand(Command.ShowEntityMentions, (uri?: string | vscode.Uri, offset?: number) => showEntityMentions(deps, uri, offset)),
  );
}

function hoverMarkdown(deps: MentionFeatureDeps, m: AnalyzedMention, uri: vscode.Uri, offset: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [Command.ShowEntityMentions] };
  md.supportHtml = false;
  const entity: Entity | undefined = m.entity ? deps.knowledge.entity(m.entity) : undefined;
  const kind = entity?.kind ?? m.kind;
  const name = entity?.name ?? m.text;

  // Identity and standing first: a hover's height is limited, and these decide the annotator's next step.
  md.appendMarkdown(`\u2068**${esc(stripBidiControls(name))}**\u2069 — ${esc(kindLabel(kind))}  \n_${provenance(m, entity)}_`);
  const aliases = entity?.aliases.filter((a) => a !== name) ?? [];
  const names = [
    entity?.en ? isolated(entity.en) : undefined,
    name !== m.text ? esc(vscode.l10n.t('written here as:')) + ' ' + isolated(m.text) : undefined,
    aliases.length ? esc(vscode.l10n.t('also:')) + ' ' + aliases.map(isolated).join('، ') : undefined,
  ].filter((x): x is string => !!x);
  if (names.length) md.appendMarkdown(`\n\n${names.join(' · ')}`);
  const about: string[] = [];
  if (entity?.description) about.push(isolated(entity.description));
  if (entity?.wikidata && WIKIDATA_ID.test(entity.wikidata)) {
    about.push(`[${esc(vscode.l10n.t('Wikidata {0}', entity.wikidata))}](https://www.wikidata.org/wiki/${entity.wikidata})`);
  }
  if (about.length) md.appendMarkdown(`  \n${about.join(' · ')}`);

  const occurrences = deps.annotations.index.occurrences(keyOf(m));
  const paths = [...new Set(occurrences.map((o) => o.path))];
  md.appendMarkdown('\n\n---\n\n');
  const mentionCount = occurrences.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', occurrences.length);
  const articleCount = paths.length === 1 ? vscode.l10n.t('in 1 article') : vscode.l10n.t('in {0} articles', paths.length);
  md.appendMarkdown(esc(`${mentionCount} ${articleCount}`));
  if (occurrences.length > 0) {
    md.appendMarkdown(` · [${esc(vscode.l10n.t('Show all mentions'))}](${commandLink(Command.ShowEntityMentions, [uri.toString(), offset])})`);
  }
  for (const path of paths.slice(0, ARTICLES_SHOWN)) {
    const article = deps.corpus.get(uriForPath(deps, path, uri));
    const title = article?.info.headline || path.split('/').pop() || path;
    md.appendMarkdown(`\n- ${isolated(title)}`);
  }
  if (paths.length > ARTICLES_SHOWN) md.appendMarkdown(`\n- ${esc(vscode.l10n.t('and {0} more', paths.length - ARTICLES_SHOWN))}`);
  return md;
}

/** Markdown: whether the mention is a confirmed tag (by whom, when) or a suggestion (from where). */
function provenance(m: AnalyzedMention, entity: Entity | undefined): string {
  if (m.source === 'tag') {
    const a = m.annotation;
    const by = a?.annotator ? isolated(a.annotator) : esc(vscode.l10n.t('unknown'));
    const when = a?.created ? esc(a.created.replace('T', ' ').slice(0, 16)) : esc(vscode.l10n.t('an unknown time'));
    return sentence((b, w) => vscode.l10n.t('Confirmed tag, by {0} on {1}', b, w), by, when);
  }
  if (m.source === 'rule') return esc(vscode.l10n.t('Suggestion from a context rule (not confirmed)'));
  const origin = entity?.origin?.startsWith('builtin:') ? esc(vscode.l10n.t('the built-in knowledge base'))
    : entity?.origin ? isolated(entity.origin.split('/').pop()!) : esc(vscode.l10n.t('the knowledge base'));
  return sentence((o) => vscode.l10n.t('Suggestion from {0} (not confirmed)', o), origin);
}

/**
 * Peeks every mention of the entity at `offset` (a code point) in `uri`, or at the cursor when
 * called without arguments. Resolves to the number of locations shown.
 */
async function showEntityMentions(deps: MentionFeatureDeps, uriArg?: string | vscode.Uri, offset?: number): Promise<number> {
  let editor = vscode.window.activeTextEditor;
  if (uriArg !== undefined) {
    const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg, true) : uriArg;
    if (editor?.document.uri.toString() !== uri.toString()) editor = await vscode.window.showTextDocument(uri, { preview: true });
  }
  if (!editor) return 0;
  const doc = editor.document;
  const position = typeof offset === 'number' ? new DocumentOffsets(doc).range(offset, offset).start : editor.selection.active;
  const hit = await mentionAt(deps, doc, position);
  if (!hit) return 0;
  const locations = await locationsOf(deps, keyOf(hit.mention), doc.uri);
  await vscode.commands.executeCommand('editor.action.peekLocations', doc.uri, position, locations, 'peek');
  return locations.length;
}
