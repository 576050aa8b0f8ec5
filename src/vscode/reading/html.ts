/**
 * The Reading View's markup, built as strings without touching `vscode`, so what the webview
 * receives can be checked byte for byte. Every piece of article or sidecar text passes through
 * `escapeHtml`: an article is data from the web and must never become markup.
 */

/** A span to show, in code points of the article text. */
export interface ReadingMention {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly source: 'tag' | 'gazetteer' | 'rule';
  readonly entity?: string;
}

/** The user-facing strings of the page, localized by the caller. */
export interface ReadingLabels {
  readonly title: string;
  readonly kinds: Readonly<Record<'person' | 'place' | 'organization' | 'other', string>>;
  readonly sources: Readonly<Record<ReadingMention['source'], string>>;
  readonly tagAs: string;
  readonly hint: string;
  readonly empty: string;
}

export const KNOWN_KINDS = ['person', 'place', 'organization'] as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Kinds outside the known three share one colour, so a user-defined kind is still visible. */
function colourKey(kind: string): string {
  return (KNOWN_KINDS as readonly string[]).includes(kind) ? kind : 'other';
}

/** Sorted, non-overlapping: the page nests nothing, so each text node belongs to one span. */
function layout(mentions: readonly ReadingMention[]): ReadingMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || (a.source === 'tag' ? -1 : 0) - (b.source === 'tag' ? -1 : 0));
  const out: ReadingMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.end <= m.start || m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/**
 * The article as one element per line (the headline line as `h1`), every run of text in an
 * element carrying `data-start` — its code-point offset — so the page can turn a DOM selection
 * into the same offsets the sidecars use without knowing the text.
 */
export function renderArticleBody(text: string, mentions: readonly ReadingMention[], headlineLine: number, labels: ReadingLabels): string {
  const spans = layout(mentions);
  let next = 0;
  const out: string[] = [];
  const lineRe = /\r\n|\n|\r/g;
  let lineStartUtf16 = 0;
  let lineStart = 0;
  for (let line = 0; ; line++) {
    const m = lineRe.exec(text);
    const lineText = text.slice(lineStartUtf16, m ? m.index : text.length);
    const cps = [...lineText];
    const lineEnd = lineStart + cps.length;
    if (lineText.trim()) {
      const tag = line === headlineLine ? 'h1' : 'p';
      const parts: string[] = [];
      let at = lineStart;
      const plain = (from: number, to: number) => {
        if (to > from) parts.push(`<span data-start="${from}">${escapeHtml(cps.slice(from - lineStart, to - lineStart).join(''))}</span>`);
      };
      while (next < spans.length && spans[next].end <= lineStart) next++;
      for (let i = next; i < spans.length && spans[i].start < lineEnd; i++) {
        const s = spans[i];
        const from = Math.max(s.start, lineStart);
        const to = Math.min(s.end, lineEnd);
        if (to <= from) continue;
        plain(at, from);
        const key = colourKey(s.kind);
        const kindLabel = labels.kinds[key as keyof ReadingLabels['kinds']];
        const title = [key === 'other' ? s.kind : kindLabel, labels.sources[s.source], s.entity].filter(Boolean).join(' · ');
        parts.push(`<mark class="m k-${key} s-${s.source}" data-start="${from}" data-end="${to}" data-kind="${escapeHtml(s.kind)}" data-source="${s.source}" title="${escapeHtml(title)}">${escapeHtml(cps.slice(from - lineStart, to - lineStart).join(''))}</mark>`);
        at = to;
      }
      plain(at, lineEnd);
      out.push(`<${tag} data-line="${line}" data-start="${lineStart}">${parts.join('')}</${tag}>`);
    }
    if (!m) break;
    lineStartUtf16 = m.index + m[0].length;
    lineStart = lineEnd + m[0].length; // \r\n is two code points, like two UTF-16 units
  }
  return out.length ? out.join('\n') : `<p class="empty">${escapeHtml(labels.empty)}</p>`;
}

export interface PageParts {
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly body: string;
  /** The document version the body shows; the page sends it back with a tag. */
  readonly version: number;
  readonly labels: ReadingLabels;
}

/** The whole page: strict CSP, no inline handlers, scripts only with the nonce. */
export function renderPage(p: PageParts): string {
  const l = p.labels;
  const csp = [
    "default-src 'none'",
    `style-src ${p.cspSource}`,
    `font-src ${p.cspSource}`,
    `img-src ${p.cspSource}`,
    `script-src 'nonce-${p.nonce}'`,
  ].join('; ');
  const buttons = KNOWN_KINDS.map((k) => `<button type="button" class="tag k-${k}" data-kind="${k}" title="${escapeHtml(`${l.tagAs} ${l.kinds[k]}`)}">${escapeHtml(l.kinds[k])} <kbd>${k === 'place' ? 'L' : k[0].toUpperCase()}</kbd></button>`).join('');
  const legendKinds = (['person', 'place', 'organization', 'other'] as const).map((k) => `<span class="m k-${k} s-tag">${escapeHtml(l.kinds[k])}</span>`).join('');
  const legendSources = (['tag', 'gazetteer', 'rule'] as const).map((s) => `<span class="m k-neutral s-${s}">${escapeHtml(l.sources[s])}</span>`).join('');
  return `<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(p.styleUri)}">
<title>${escapeHtml(l.title)}</title>
</head>
<body>
<header id="toolbar" dir="ltr" lang="en">
<div class="buttons">${buttons}</div>
<div class="hint">${escapeHtml(l.hint)}</div>
<div class="legend">${legendKinds}<span class="sep"></span>${legendSources}</div>
</header>
<main id="article" data-version="${p.version}">
${p.body}
</main>
<script nonce="${p.nonce}" src="${escapeHtml(p.scriptUri)}"></script>
</body>
</html>`;
}
