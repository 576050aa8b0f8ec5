/** Finding people, places and organizations in Arabic news: the public face of the matcher. */
export type { Mention } from './mention';
export { Gazetteer, type Spans } from './gazetteer';
export { mergeMentions } from './merge';
export { discover, findMentions } from './discover';
