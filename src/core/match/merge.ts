import { byStart, type Mention } from './mention';

/**
 * The annotator's own tags, all of them, plus the suggestions that overlap no tag and no
 * earlier suggestion (at one start the longer one is kept), sorted by position.
 */
export function mergeMentions(tags: readonly Mention[], suggestions: readonly Mention[]): Mention[] {
  const sortedTags = [...tags].sort(byStart);
  // maxEnd[i]: the furthest any of the first i+1 tags reaches, so one binary search answers
  // "does any tag overlap this span" even when tags overlap each other.
  const maxEnd: number[] = [];
  for (const t of sortedTags) maxEnd.push(Math.max(t.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -1));
  const out = sortedTags.slice();
  let lastEnd = -1;
  for (const s of [...suggestions].sort(byStart)) {
    if (s.start < lastEnd) continue;
    let lo = 0;
    let hi = sortedTags.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedTags[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && maxEnd[lo - 1] > s.start) continue;
    out.push(s);
    lastEnd = s.end;
  }
  return out.sort(byStart);
}
