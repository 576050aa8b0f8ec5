/**
 * Escaping for hover Markdown built from file contents. A backslash before any ASCII punctuation
 * is a literal in CommonMark, so escaping all of it leaves no way to open a link, an image, an
 * HTML tag, an entity reference, code or emphasis, whatever a sidecar or `entities.yaml` holds.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * A `command:` link target. Arguments go through JSON and percent-encoding, and the characters
 * `encodeURIComponent` leaves alone but Markdown link syntax cares about are encoded too.
 */
export function commandLink(command: string, args: unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

/** Embeddings, overrides and isolates: a value holding one could reorder the rest of the card. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value from a file, escaped and set in its own bidi isolate: the hover is a left-to-right
 * paragraph, and without the isolate an Arabic headline that starts or ends with punctuation
 * shows that punctuation on the wrong side, and neighbouring Latin text joins its run.
 */
export function isolated(value: string): string {
  return `\u2068${escapeMarkdown(stripBidiControls(value))}\u2069`;
}

export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/**
 * A localized sentence whose own words are escaped and whose placeholders receive Markdown that
 * is already safe (isolated values, escaped dates): the translator's text is not trusted either.
 */
export function sentence(format: (...slots: string[]) => string, ...values: string[]): string {
  // Private-use characters: escaping leaves them alone, and no translation contains them.
  const slots = values.map((_, i) => `\ue000${i}\ue001`);
  let out = escapeMarkdown(format(...slots));
  values.forEach((v, i) => { out = out.split(slots[i]).join(v); });
  return out;
}
