import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../core/text/tokenize';

const show = (text: string) => tokenize(text).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);

const cases: Array<[string, string, string[]]> = [
  ['Arabic words and Arabic punctuation', 'قال «كيم»، ثم؟', ['arabic:قال', 'punct:«', 'arabic:كيم', 'punct:»', 'punct:،', 'arabic:ثم', 'punct:؟']],
  ['diacritics and tatweel stay inside the word', 'بُوتِينُ بـوتين', ['arabic:بُوتِينُ', 'arabic:بـوتين']],
  ['script changes split a word', 'وTu-95', ['arabic:و', 'latin:Tu', 'punct:-', 'digits:95']],
  ['Arabic-Indic digits are a digit run', 'عام ٢٠٢٤م', ['arabic:عام', 'digits:٢٠٢٤', 'arabic:م']],
  ['curly quotes and semicolon', '“بوتين”؛', ['punct:“', 'arabic:بوتين', 'punct:”', 'punct:؛']],
  ['ZWNJ inside a word does not split it; a trailing RLM is not part of it', 'می\u200cخواهد\u200f ', ['arabic:می\u200cخواهد']],
  ['an emoji is one punctuation token', 'a😀ب', ['latin:a', 'punct:😀', 'arabic:ب']],
  ['empty and blank text', ' \n\t', []],
];

for (const [what, input, expected] of cases) {
  test(`tokenize: ${what}`, () => assert.deepEqual(show(input), expected));
}

test('tokenize: offsets are UTF-16 indices of the original', () => {
  const text = '😀 كيم';
  const [, kim] = tokenize(text);
  assert.deepEqual([kim.start, kim.end], [3, 6]);
});
