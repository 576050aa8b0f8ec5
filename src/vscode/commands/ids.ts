/** Every command id, in one place; a test checks that it matches package.json. */
export const enum Command {
  TagSelectionAsPerson = 'corpus.tagSelectionAsPerson',
  Refresh = 'corpus.refresh',
  OpenArticle = 'corpus.openArticle',
  ShowEntityMentions = 'corpus.showEntityMentions',
  OpenReadingView = 'corpus.openReadingView',
  RevealMention = 'corpus.revealMention',
  SortArticles = 'corpus.articles.sort',
  FilterArticles = 'corpus.articles.filter',
  ClearArticleFilter = 'corpus.articles.clearFilter',
  ShowConfirmedOnly = 'corpus.entities.showConfirmedOnly',
  ShowAllEntities = 'corpus.entities.showAll',
}

/** The same ids as values, for the package.json check and for menus built at run time. */
export const ALL_COMMANDS: readonly string[] = [
  Command.TagSelectionAsPerson,
  Command.Refresh,
  Command.OpenArticle,
  Command.ShowEntityMentions,
  Command.OpenReadingView,
  Command.RevealMention,
  Command.SortArticles,
  Command.FilterArticles,
  Command.ClearArticleFilter,
  Command.ShowConfirmedOnly,
  Command.ShowAllEntities,
];
