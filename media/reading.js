// The Reading View's page. It knows no article text of its own: every run of text carries its
// code-point offset in `data-start`, so selections and marks translate to the offsets the
// extension and the sidecars use, without counting anything twice.
// @ts-check
(function () {
  'use strict';
  // @ts-ignore: provided by the webview host
  const vscode = acquireVsCodeApi();
  const article = /** @type {HTMLElement} */ (document.getElementById('article'));
  const toolbar = /** @type {HTMLElement} */ (document.getElementById('toolbar'));
  const hint = /** @type {HTMLElement | null} */ (toolbar.querySelector('.hint'));
  const MARK = 'corpus-editor-selection';
  // Key codes, not characters: an annotator typing on an Arabic layout presses the same keys.
  const KEYS = { KeyP: 'person', KeyL: 'place', KeyO: 'organization' };

  let version = Number(article.dataset.version);
  /** @type {{ el: HTMLElement, start: number, end: number }[]} */
  let leaves = [];
  /** @type {{ el: HTMLElement, line: number }[]} */
  let lines = [];
  /** @type {{ start: number, end: number }} */
  let marked = { start: 0, end: 0 };
  let lastLine = -1;
  // Scrolling the page because the editor scrolled raises scroll events of our own; those must
  // not be sent back, or the two sides chase each other.
  let quietUntil = 0;
  /** @type {string} */
  let lastSent = '';

  /** @param {string} s */
  function cpLength(s) {
    let n = 0;
    for (const _ of s) n++;
    return n;
  }

  /** UTF-16 index of code point `cp` in `s`. @param {string} s @param {number} cp */
  function utf16At(s, cp) {
    let i = 0;
    for (let k = 0; k < cp && i < s.length; k++) {
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    }
    return i;
  }

  function index() {
    leaves = Array.from(article.querySelectorAll('span[data-start], mark[data-start]'), (node) => {
      const el = /** @type {HTMLElement} */ (node);
      const start = Number(el.dataset.start);
      return { el, start, end: start + cpLength(el.textContent || '') };
    });
    lines = Array.from(article.querySelectorAll('[data-line]'), (node) => {
      const el = /** @type {HTMLElement} */ (node);
      return { el, line: Number(el.dataset.line) };
    });
  }

  /** Code-point offset of a DOM boundary point. @param {Node} node @param {number} offset */
  function offsetOf(node, offset) {
    const parent = node.nodeType === Node.TEXT_NODE ? node.parentElement : null;
    if (parent && parent.dataset.start !== undefined && parent.parentElement && parent.parentElement.dataset.line !== undefined) {
      return Number(parent.dataset.start) + cpLength((/** @type {Text} */ (node)).data.slice(0, offset));
    }
    // A point between elements (or outside the article): the nearest run after it.
    for (const leaf of leaves) {
      const r = document.createRange();
      r.selectNodeContents(leaf.el);
      const where = r.comparePoint(node, offset);
      if (where < 0) return leaf.start;
      if (where === 0) return offset === 0 ? leaf.start : leaf.end;
    }
    return leaves.length ? leaves[leaves.length - 1].end : 0;
  }

  /** The page selection in code points, or undefined when nothing of the article is selected. */
  function selectedSpan() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
    const r = sel.getRangeAt(0);
    if (!r.intersectsNode(article)) return undefined;
    const start = offsetOf(r.startContainer, r.startOffset);
    const end = offsetOf(r.endContainer, r.endOffset);
    return end > start ? { start, end } : undefined;
  }

  /** A DOM boundary point at code point `cp`. @param {number} cp @param {boolean} isEnd */
  function pointAt(cp, isEnd) {
    let lo = 0;
    let hi = leaves.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // A start belongs to the run that begins there, an end to the run that finishes there.
      if (isEnd ? leaves[mid].start < cp : leaves[mid].start <= cp) lo = mid;
      else hi = mid - 1;
    }
    const leaf = leaves[lo];
    if (!leaf) return undefined;
    const text = leaf.el.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return { node: leaf.el, offset: 0 };
    const within = Math.max(0, Math.min(cp, leaf.end) - leaf.start);
    return { node: text, offset: utf16At((/** @type {Text} */ (text)).data, within) };
  }

  function paintMark() {
    // @ts-ignore: the CSS Custom Highlight API is newer than the bundled DOM typings
    const registry = typeof CSS !== 'undefined' && CSS.highlights;
    if (!registry) return;
    registry.delete(MARK);
    if (marked.end <= marked.start || leaves.length === 0) return;
    const a = pointAt(marked.start, false);
    const b = pointAt(marked.end, true);
    if (!a || !b) return;
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    // @ts-ignore: see above
    registry.set(MARK, new Highlight(r));
  }

  /** @param {number} line */
  function scrollToLine(line) {
    let target = lines[0];
    for (const l of lines) {
      if (l.line > line) break;
      target = l;
    }
    if (!target) return;
    lastLine = target.line;
    quietUntil = Date.now() + 350;
    const top = line <= (lines[0] ? lines[0].line : 0) ? 0 : target.el.getBoundingClientRect().top + window.scrollY - toolbar.offsetHeight - 4;
    window.scrollTo({ top, behavior: 'instant' });
  }

  function topLine() {
    const below = toolbar.getBoundingClientRect().bottom;
    for (const l of lines) if (l.el.getBoundingClientRect().bottom > below + 2) return l.line;
    return lines.length ? lines[lines.length - 1].line : 0;
  }

  let scrollQueued = false;
  let recheck = 0;
  function reportScroll() {
    const wait = quietUntil - Date.now();
    if (wait > 0) {
      // The user may have scrolled during our own scroll: look again once it is over.
      clearTimeout(recheck);
      recheck = window.setTimeout(reportScroll, wait + 20);
      return;
    }
    const line = topLine();
    if (line === lastLine) return;
    lastLine = line;
    vscode.postMessage({ type: 'scroll', line });
  }
  window.addEventListener('scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      reportScroll();
    });
  });

  let selectionTimer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(selectionTimer);
    selectionTimer = window.setTimeout(() => {
      const span = selectedSpan();
      if (!span) return;
      const key = `${span.start}:${span.end}`;
      if (key === lastSent) return;
      lastSent = key;
      vscode.postMessage({ type: 'select', start: span.start, end: span.end });
    }, 150);
  });

  /** @param {string} kind */
  function tag(kind) {
    const span = selectedSpan();
    if (!span) {
      if (hint) {
        hint.classList.remove('flash');
        void hint.offsetWidth; // restart the animation
        hint.classList.add('flash');
      }
      return;
    }
    vscode.postMessage({ type: 'tag', kind, start: span.start, end: span.end, version });
  }

  // The selection must survive a click on a toolbar button.
  toolbar.addEventListener('mousedown', (e) => {
    if (e.target instanceof Element && e.target.closest('button')) e.preventDefault();
  });
  toolbar.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button[data-kind]') : null;
    if (button instanceof HTMLElement && button.dataset.kind) tag(button.dataset.kind);
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const kind = /** @type {Record<string, string>} */ (KEYS)[e.code];
    if (!kind) return;
    e.preventDefault();
    tag(kind);
  });

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    switch (msg.type) {
      case 'render': {
        const y = window.scrollY;
        article.innerHTML = msg.body;
        version = Number(msg.version);
        article.dataset.version = String(version);
        lastSent = '';
        index();
        paintMark();
        quietUntil = Date.now() + 350;
        window.scrollTo({ top: y, behavior: 'instant' });
        break;
      }
      case 'scrollTo':
        if (typeof msg.line === 'number' && msg.line !== lastLine) scrollToLine(msg.line);
        break;
      case 'mark':
        marked = { start: Number(msg.start) || 0, end: Number(msg.end) || 0 };
        paintMark();
        break;
    }
  });

  index();
  vscode.postMessage({ type: 'ready' });
})();
