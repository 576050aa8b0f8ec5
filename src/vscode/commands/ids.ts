/** Every command id, in one place; a test checks that it matches package.json. */
export const enum Command {
  TagSelectionAsPerson = 'corpus.tagSelectionAsPerson',
  Refresh = 'corpus.refresh',
  OpenArticle = 'corpus.openArticle',
}

/** The same ids as values, for the package.json check and for menus built at run time. */
export const ALL_COMMANDS: readonly string[] = [
  Command.TagSelectionAsPerson,
  Command.Refresh,
  Command.OpenArticle,
];
