/**
 * The outlet an article comes from, named on its first line (صحيفة الوطن | محليات، الخبر | رياضة،
 * DW عربية | علوم), and the places where the article names it again: the dateline (عمّان – الغد),
 * a photo credit (– الغد)), a source (لـ«القبس»), the copyright line (© 2025 القبس، لجريدة الخبر).
 * Many outlets are ordinary words (الخبر "the news", الغد "tomorrow", الوطن "the homeland"), so an
 * Arabic name is read only in those places; a Latin one (DW، Le360) is the outlet wherever it stands.
 */
import { normalizeKey } from '../text/normalize';
import { OffsetConverter } from '../text/offsets';
import { Gazetteer } from './gazetteer';
import { ruleMention, type Mention } from './mention';

/** Words naming what the outlet is, before its name; they stay outside it (صحيفة [الوطن]). */
const KIND_WORD = /^(?:صحيفة|جريدة|موقع|مجلة|يومية|قناة)[ \u00a0]+/;
/** «Arabic edition» after a one-word name (يورونيوز عربي، DW عربية): not part of the name. */
const EDITION = /[ \u00a0]+عربي(?:ة)?$/;
/** Words before a name that make it the outlet (لصحيفة الوطن، موقع التغيير، © القبس). */
const BEFORE = new Set(['صحيفه', 'جريده', 'موقع', 'مجله', 'يوميه', 'قناه', 'دار', 'لصحيفه', 'لجريده', 'لموقع', 'لمجله', 'لقناه', 'لدار']);
/** Publishers named after the outlet: «دار الصباح» is one name. */
const HOUSE = /دار[ \u00a0]+$/;
/** Where دار opens a word: no letter before it, or ل alone (لدار الخليج). */
const HOUSE_STARTS = /(?:^|[^\u0621-\u064a])ل?$/;
/** A publisher's trades after its name (للصحافة والطباعة والنشر). */
const PURPOSE = /^[ \u00a0]+لل[\u0621-\u064a]+(?:[ \u00a0]+وال[\u0621-\u064a]+)*/;

/** The first line that is not blank, when a line break ends it, and where it ends (UTF-16). */
function firstLine(text: string): { text: string; end: number } | undefined {
  const m = /^[ \t\u00a0\n\r\ufeff]*([^\n\r]*)[\n\r]/.exec(text);
  return m === null ? undefined : { text: m[1], end: m[0].length - 1 };
}

/**
 * The outlet's name read from the first line, whether a word there says it is one (صحيفة), and
 * whether it stands alone on the line with no section after it (then it may as well be a short
 * headline); undefined when the line names none.
 */
export function outletName(text: string): { name: string; said: boolean; alone: boolean } | undefined {
  const line = firstLine(text);
  if (line === undefined) return undefined;
  // The name, then a bar, a slash or a dash and the section (الخبر | رياضة), or a word saying
  // what it is (صحيفة الخليج).
  const parts = line.text.split(/[ \u00a0]*[|/–—][ \u00a0]*|[ \u00a0]+-[ \u00a0]+/);
  const head = parts[0].trim();
  let name = head.replace(KIND_WORD, '');
  const said = name !== head;
  const alone = parts.length < 2 && !said;
  if (name.split(/[ \u00a0]+/).length === 2) name = name.replace(EDITION, '');
  const count = name.split(/[ \u00a0]+/).length;
  if (name === '' || count > 3 || /[0-9٠-٩:]/.test(name.replace(/^[A-Za-z]+[0-9]+$/, 'x')) || /[«»"()]/.test(name)) return undefined;
  return { name, said, alone };
}

/**
 * Mentions of the article's outlet, as organizations proposed by a rule. `known` are the
 * knowledge base's mentions: a known place heading the first line (إسلام آباد/ …) is a dateline,
 * unless a word says it is an outlet (صحيفة الخليج).
 */
export function outletMentions(text: string, known: readonly Mention[]): Mention[] {
  const outlet = outletName(text);
  if (outlet === undefined) return [];
  const { name, said, alone } = outlet;
  const conv = new OffsetConverter(text);
  // outletName found a first line.
  const firstEnd = firstLine(text)!.end;
  const id = `rule:${normalizeKey(name)}`;
  // A name the knowledge base knows whole (إندبندنت عربية) is its business.
  if (known.some((m) => m.kind === 'organization' && conv.toUtf16(m.start) < firstEnd && normalizeKey(m.text).startsWith(normalizeKey(name)) && m.text.length > name.length)) return [];
  // A known place there is a dateline (إسلام آباد/ …) unless the article names it as its outlet
  // again (الشرق الأوسط … لندن - الرياض: «الشرق الأوسط»).
  const place = !said && known.some((m) => m.kind === 'place' && conv.toUtf16(m.start) < firstEnd && normalizeKey(m.text) === normalizeKey(name));
  const mention = (start: number, end: number): Mention => ruleMention(text, conv, start, end, 'organization', id);
  const out: Mention[] = [];
  if (/^[A-Za-z][A-Za-z0-9 ]*$/.test(name) && !alone) {
    const re = new RegExp(`(?<![A-Za-z0-9])${name.replace(/ /g, '[ \\u00a0]+')}(?![A-Za-z0-9])`, 'g');
    for (const m of text.matchAll(re)) out.push(mention(m.index!, m.index! + m[0].length));
    return out;
  }
  // بوابة الوسط is also «الوسط» alone.
  const words = name.split(/[ \u00a0]+/);
  const aliases = words.length === 2 && /^بوابة$/.test(words[0]) ? [words[1]] : [];
  const gazetteer = Gazetteer.build([{ id, kind: 'organization', name, aliases, en: '' }]);
  const found = gazetteer.find(text);
  // A name alone on the first line counts only when the article names it as its outlet again.
  if ((alone || place) && !found.some((m) => conv.toUtf16(m.start) >= firstEnd && outletPlace(text, conv.toUtf16(m.start), conv.toUtf16(m.end)))) return [];
  for (const m of found) {
    let start = conv.toUtf16(m.start);
    const end = conv.toUtf16(m.end);
    if (start < firstEnd || outletPlace(text, start, end)) {
      // دار الصباح: the publishing house, one name; لدار الخليج with ل before it.
      const house = HOUSE.exec(text.slice(Math.max(0, start - 6), start));
      let to = end;
      if (house !== null && HOUSE_STARTS.test(text.slice(0, start - house[0].length))) {
        start -= house[0].length;
        // دار السياسة للصحافة والطباعة والنشر: the house's trades belong to its name.
        to += PURPOSE.exec(text.slice(end, end + 80))?.[0].length ?? 0;
      }
      out.push(mention(start, to));
    }
  }
  return out;
}

/** Is the name at [start, end) (UTF-16) where an article names its outlet? */
function outletPlace(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, nl < 0 ? text.length : nl);
  // لـ«القبس»، لـ"الوسط": a source quoted by name.
  if (/لـ?[«"“]$/.test(before) && /^[»"”]/.test(after)) return true;
  const prev = /([\u0621-\u064a\u0640]+)[ \u00a0]+$/.exec(before);
  if (prev !== null && BEFORE.has(normalizeKey(prev[1]))) return true;
  // The copyright line: © 2025 القبس، © Le360 2025.
  if (/©[ \u00a00-9]*$/.test(before) || /^[ \u00a0]*©/.test(after) || /^[ \u00a0]+[0-9]{4}[ \u00a0]*$/.test(after)) return true;
  // The dateline and the photo credit: after a dash or a colon, at the end of the line or
  // before a closing parenthesis or another dash (عمّان – الغد، – التغيير – خاص، – الغد)).
  return /[–—:-][ \u00a0]*[«"“]?$/.test(before) && /^[»"”]?[ \u00a0]*(?:$|\)|[–—|-])/.test(after);
}
