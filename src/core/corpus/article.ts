/**
 * What an annotator wants to see of an article before opening it: its headline, date and source,
 * read from the text itself (news scraped from the web starts with boilerplate, not a title).
 */

export interface ArticleInfo {
  /** The first line that reads like a headline; the file's first non-empty line if none does. */
  readonly headline: string;
  /** 0-based line of the headline. */
  readonly headlineLine: number;
  /** ISO date (`2023-09-14`) of the first date the text names near its top. */
  readonly date?: string;
  /** The outlet or agency named as the source. */
  readonly source?: string;
  /** The first lines of the body, for a tooltip. */
  readonly preview: string;
}

const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7,
  أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};
const monthAlternation = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const reDayMonthYear = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${monthAlternation}),?\\s+(\\d{4})`, 'iu');
const reNumeric = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/u;
const reIso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;

/** Lines that scraped news carries before its headline: never a title. */
const BOILERPLATE: RegExp[] = [
  /^image$/iu,
  /^أهم الأخبار:?$/u,
  /درجة الحرارة/u,
  /^time reading icon/iu,
  /^(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)?\s*\d{1,2}\s+\S+\s+\d{4}$/u,
  /^تاريخ النشر/u,
  /^(?:\d{1,2}[-/.]){2}\d{4}(?:\s*\|\s*\d{1,2}:\d{2})?$/u,
  /^المصدر\s*:/u,
  /^[\d\s:|/.-]+$/u,
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date in a line, as ISO; Arabic, Levantine and English month names, or d-m-yyyy. */
export function findDate(line: string): string | undefined {
  const dmy = reDayMonthYear.exec(line);
  if (dmy) {
    const m = MONTHS[dmy[2].toLowerCase()];
    const iso = m ? validDate(Number(dmy[3]), m, Number(dmy[1])) : undefined;
    if (iso) return iso;
  }
  const iso = reIso.exec(line);
  if (iso) {
    const v = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (v) return v;
  }
  const num = reNumeric.exec(line);
  if (num) return validDate(Number(num[3]), Number(num[2]), Number(num[1]));
  return undefined;
}

/** Where the text says who published it: «المصدر: …», a dateline «سول-رويترز», «/ جريدة …». */
export function findSource(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = /^المصدر\s*:\s*(.+?)\s*$/u.exec(line);
    if (m) return m[1].replace(/\s*\+\s*مواقع$/u, '').trim();
  }
  for (const line of lines.slice(0, 15)) {
    const dateline = /^[\p{L} ]{2,20}\s*[-–]\s*(رويترز|أ\s*ف\s*ب|فرانس برس|أسوشيتد برس|د\s*ب\s*أ|الأناضول|سبوتنيك|تاس|يونهاب|واس|وام|قنا|كونا|بنا|سانا|معا|وفا)\s*$/u.exec(line);
    if (dateline) return dateline[1];
    const paren = /^\s*[\p{L} ]{2,20}\s*\((رويترز|أ\s*ف\s*ب|د\s*ب\s*أ|الأناضول|سبوتنيك|يونهاب)\)/u.exec(line);
    if (paren) return paren[1];
    const slash = /\/\s*((?:جريدة|صحيفة|موقع|وكالة)\s+[^/]+?)\s*$/u.exec(line);
    if (slash) return slash[1];
    const lead = /^([\p{L}]{3,15}نيوز)\s*[-–]/u.exec(line);
    if (lead) return lead[1];
    const alone = /^((?:دار|جريدة|صحيفة|موقع|قناة|وكالة|مجلة)\s+[\p{L} ]{2,30})$/u.exec(line);
    if (alone) return alone[1];
  }
  return undefined;
}

function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((re) => re.test(line));
}

/** Reads headline, date and source off an article's text. Linear in the first 40 lines. */
export function describeArticle(text: string): ArticleInfo {
  const lines = text.split(/\r?\n/u, 40).map((l) => l.trim());
  let headlineLine = -1;
  let firstNonEmpty = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (firstNonEmpty < 0) firstNonEmpty = i;
    // A headline has words: at least two, and at least one Arabic or Latin letter run of length 3.
    if (!isBoilerplate(line) && /[\p{L}]{3}/u.test(line) && line.split(/\s+/u).length >= 2) {
      headlineLine = i;
      break;
    }
  }
  if (headlineLine < 0) headlineLine = Math.max(firstNonEmpty, 0);
  let date: string | undefined;
  for (const line of lines.slice(0, 15)) {
    date = findDate(line);
    if (date) break;
  }
  const headline = (lines[headlineLine] ?? '').replace(/\s*\/\s*(?:جريدة|صحيفة|موقع)\s+[^/]+$/u, '').trim();
  const preview = lines.slice(headlineLine + 1).filter((l) => l && !isBoilerplate(l)).slice(0, 3).join('\n');
  return { headline, headlineLine, date, source: findSource(lines), preview };
}
