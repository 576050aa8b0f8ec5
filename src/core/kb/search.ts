/**
 * Finding an entity by what an annotator types: any name or alias, Arabic or English, after the
 * folds that make spellings of one name equal (alef and hamza forms, ى/ي, ة/ه, diacritics, tatweel,
 * Persian look-alikes, غ/ج for "g", spaces inside a compound).
 */
import { normalizeKey } from '../text/normalize';
import type { Entity } from './types';

export function searchKey(s: string): string {
  return normalizeKey(s).replace(/غ/g, 'ج').replace(/\s+/g, '');
}

export interface EntityMatcher {
  /** Entities whose names contain the query; exact name matches first, then by name. */
  search(query: string, limit?: number): Entity[];
}

export function entityMatcher(entities: readonly Entity[]): EntityMatcher {
  const keyed = entities.map((e) => ({ e, keys: [e.name, ...e.aliases].map(searchKey), en: (e.en ?? '').toLowerCase() }));
  return {
    search(query, limit = 200) {
      const q = searchKey(query);
      const ql = query.trim().toLowerCase();
      return keyed
        .filter((k) => !q || k.keys.some((x) => x.includes(q)) || (ql !== '' && k.en.includes(ql)))
        .sort((a, b) => Number(b.keys.includes(q)) - Number(a.keys.includes(q)) || a.e.name.localeCompare(b.e.name, 'ar'))
        .slice(0, limit)
        .map((k) => k.e);
    },
  };
}
