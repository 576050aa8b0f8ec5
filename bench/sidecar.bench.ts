/** Sidecar figures: a 5,000-tag sidecar read, validated and written; re-anchoring after an edit. */
import { parseSidecar, serializeSidecar } from '../src/core/sidecar/codec';
import { fingerprint } from '../src/core/sidecar/fingerprint';
import { emptySidecar, type Annotation } from '../src/core/sidecar/model';
import { measure, reanchor } from '../src/core/sidecar/reanchor';
import { OffsetConverter } from '../src/core/text/offsets';

function article(size: number): string {
  const words = ['بوتين', 'موسكو', 'الرئيس', 'قال', 'في', 'الصين', 'المحادثات', 'كانت', 'مثمرة', 'أمس', 'وزير', 'الخارجية', 'لافروف', 'بكين'];
  let seed = 11;
  const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const parts: string[] = [];
  let len = 0;
  while (len < size) { const w = words[rnd(words.length)] + (rnd(12) === 0 ? '.\n' : ' '); parts.push(w); len += w.length; }
  return parts.join('');
}

function time<T>(label: string, f: () => T): T {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 1);
  const t0 = performance.now();
  const out = f();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms   heap ${(peak / 2 ** 20).toFixed(0)} MB (+${((peak - before) / 2 ** 20).toFixed(0)} MB)`);
  return out;
}

export async function run(): Promise<void> {
  const text = article(1_000_000);
  const conv = new OffsetConverter(text);
  const step = Math.floor((text.length - 200) / 5000);
  const annotations: Annotation[] = [];
  for (let i = 0; i < 5000; i++) {
    const start = 100 + i * step;
    annotations.push({ id: `a-${String(i).padStart(10, '0')}`, kind: i % 3 ? 'person' : 'place', start, end: start + 5, ...measure(text, start, start + 5, conv), annotator: 'bench', created: '2024-05-01T10:00:00.000Z' });
  }
  const sidecar = { ...emptySidecar(), text: fingerprint(text), annotations };
  const yaml = time('serialize 5,000 annotations (fresh)', () => serializeSidecar(sidecar));
  console.log(`  sidecar size: ${(yaml.length / 1024).toFixed(0)} KiB`);
  const parsed = time('parse + validate 5,000 annotations', () => parseSidecar(yaml, 'bench.yaml', { kinds: ['person', 'place'] }));
  if (parsed.problems.length) throw new Error(parsed.problems[0].message);
  time('rewrite keeping comments (serialize with previous text)', () => serializeSidecar(parsed.sidecar!, yaml));
  time('fingerprint (SHA-256) of the 1 MB article', () => fingerprint(text));
  const edited = text.slice(0, 40) + 'خبر عاجل: ' + text.slice(40);
  const r = time('re-anchor 5,000 annotations after an edit near the start', () => reanchor(sidecar, edited));
  console.log(`  moved ${r.report.moved.length}, unchanged ${r.report.unchanged}, orphaned ${r.report.orphaned.length}`);
  const gone = text.slice(0, 100) + text.slice(100 + step * 50);
  const r2 = time('re-anchor after deleting 50 tagged sentences near the start', () => reanchor(sidecar, gone));
  console.log(`  moved ${r2.report.moved.length}, orphaned ${r2.report.orphaned.length}`);
}
