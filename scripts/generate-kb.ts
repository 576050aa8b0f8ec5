/**
 * Writes src/core/kb/builtin/generated.json: the places of the built-in knowledge base that CLDR
 * names in Arabic (territories, world regions, time-zone exemplar cities), and the first-level
 * subdivisions (provinces, governorates, wilayas, states) that iso3166-2-db names in Arabic. Run with
 * `node --import tsx scripts/generate-kb.ts`; the output is sorted so a re-run with the same CLDR
 * version changes nothing. Curated additions and corrections live in src/core/kb/builtin/curated.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { curatedEntries } from '../src/core/kb/builtin/curated';
import { normalizeKey } from '../src/core/text/normalize';

const repo = join(__dirname, '..');
const modules = join(repo, 'node_modules');
const out = join(repo, 'src', 'core', 'kb', 'builtin', 'generated.json');

interface GeneratedEntity {
  id: string;
  kind: 'place';
  name: string;
  aliases: string[];
  en: string;
  description: string;
  origin: string;
}

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(modules, ...parts), 'utf8')) as T;
}

type TerritoryNames = Record<string, string>;
function territories(locale: string): TerritoryNames {
  const doc = readJson<{ main: Record<string, { localeDisplayNames: { territories: TerritoryNames } }> }>(
    'cldr-localenames-modern', 'main', locale, 'territories.json');
  return doc.main[locale].localeDisplayNames.territories;
}

type ZoneTree = { [k: string]: ZoneTree | string };
function exemplarCities(locale: string): Map<string, string> {
  const doc = readJson<{ main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> }>(
    'cldr-dates-modern', 'main', locale, 'timeZoneNames.json');
  const found = new Map<string, string>();
  const walk = (node: ZoneTree, path: string[]): void => {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'exemplarCity' && typeof v === 'string') found.set(path.join('/'), v);
      else if (typeof v === 'object') walk(v, [...path, k]);
    }
  };
  walk(doc.main[locale].dates.timeZoneNames.zone, []);
  return found;
}

function slug(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `ميانمار (بورما)` → [`ميانمار`, `بورما`]: a parenthesis in CLDR holds another name or a gloss. */
function splitParenthesis(name: string): { main: string; inner?: string } {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  return m ? { main: m[1].trim(), inner: m[2].trim() } : { main: name };
}

const cldrVersion = (readJson<{ version: string }>('cldr-localenames-modern', 'package.json')).version;

// Codes that are not places (pseudo-locales, unknown) or that the curated list files as an
// organization (the EU, the UN) or leaves out (the eurozone is a currency area).
const SKIP_TERRITORIES = new Set(['XA', 'XB', 'ZZ', 'EU', 'EZ', 'UN', 'QO', '001', '202']);

// The CLDR name is an everyday Arabic word as well (مالي "financial", بنين "boys"); matching it
// bare would tag ordinary prose, so these countries go by their long form only.
const AMBIGUOUS_COUNTRY_NAMES: Record<string, string> = {
  ML: 'جمهورية مالي',
  BJ: 'جمهورية بنين',
};

// Territories whose CLDR parenthesis is another name (ميانمار (بورما)); elsewhere it is a gloss
// such as (منطقة إدارية خاصة) or (كيلينغ) that is no name on its own.
const PARENTHESIS_IS_A_NAME = new Set(['MM']);

// Clearer ids and names where CLDR's main English or Arabic name is a disambiguation label.
const TERRITORY_OVERRIDES: Record<string, { id?: string; name?: string; en?: string }> = {
  CD: { id: 'dr-congo', name: 'جمهورية الكونغو الديمقراطية', en: 'Democratic Republic of the Congo' },
  CG: { id: 'republic-of-the-congo', name: 'جمهورية الكونغو', en: 'Republic of the Congo' },
  HK: { id: 'hong-kong', en: 'Hong Kong' },
  MO: { id: 'macau', en: 'Macau' },
  PS: { id: 'palestine', en: 'Palestine' },
  TR: { id: 'turkey', en: 'Turkey' },
  MM: { id: 'myanmar', en: 'Myanmar' },
  CZ: { id: 'czech-republic', en: 'Czech Republic' },
  CI: { id: 'ivory-coast', en: 'Ivory Coast' },
  US: { id: 'united-states' },
  GB: { id: 'united-kingdom' },
  BA: { en: 'Bosnia and Herzegovina' },
};

// Exemplar cities left out: Antarctic stations, the "unknown city" placeholder, entries that are
// a whole territory (the territory entry covers them) and names that are ordinary Arabic words
// or phrases (نوم "sleep", ترك "left", سمراء "brown", العيون "the eyes", ماهي "what is",
// ديلي as in ديلي ميل …), which would tag prose rather than places.
const SKIP_ZONES = new Set([
  'America/Nome', 'Pacific/Truk', 'Europe/Samara', 'Africa/El_Aaiun', 'Indian/Mahe', 'Asia/Dili',
  'America/North_Dakota/Center', 'Pacific/Easter', 'Pacific/Wake', 'America/Juneau', 'America/Belem',
  'America/Thule', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Chagos', 'America/Lower_Princes',
  'America/Indiana/Tell_City', 'America/North_Dakota/Beulah', 'Pacific/Kanton', 'Australia/Eucla',
  'Australia/Perth', 'America/Cayman', 'Atlantic/South_Georgia', 'America/Moncton', 'Etc/Unknown',
  'Asia/Macau', 'Atlantic/Faeroe', 'Atlantic/Canary', 'America/Coral_Harbour',
]);

// Corrections to a few exemplar names: the spelling Arabic media use, the CLDR form kept as alias.
const CITY_FIXES: Record<string, { name: string; aliases?: string[] }> = {
  'Asia/Hebron': { name: 'الخليل', aliases: ['هيبرون'] },
  'Asia/Saigon': { name: 'مدينة هو تشي منه', aliases: ['هو تشي منه', 'مدينة هو تشي منة', 'سايغون'] },
  'Africa/Mogadishu': { name: 'مقديشو', aliases: ['مقديشيو'] },
  'Asia/Ulaanbaatar': { name: 'أولان باتور', aliases: ['آلانباتار', 'أولانباتار'] },
  'Asia/Calcutta': { name: 'كلكتا', aliases: ['كالكتا', 'كولكاتا'] },
  'Asia/Rangoon': { name: 'يانغون', aliases: ['رانغون'] },
  'America/Los_Angeles': { name: 'لوس أنجلوس', aliases: ['لوس انجلوس'] },
};

interface Subdivision { name: string; iso: string }

/** Generic heads of a subdivision's name, left outside a span by the guidelines (منطقة أمور → أمور). */
const SUBDIVISION_HEAD = /^(محافظة|منطقة|ولاية|إقليم|اقليم|مقاطعة|جهة|لواء|قضاء|إمارة|بلدية|مديرية|دائرة|كانتون|إدارة)\s+/;

/**
 * Subdivision names that are first of all ordinary Arabic words or phrases (معسكر "camp",
 * العصابة "the gang", مطروح "raised", صباح "morning", قبلي "tribal", بشار as in بشار الأسد …),
 * directions and generic words (الشمال، الشرقية، العاصمة، مدينة، خليج), or names another entry
 * already covers with a different referent (أمور، فاس، قم go by «مدينة …» or not at all).
 * Folded as the matcher folds them.
 */
const SKIP_SUBDIVISIONS = new Set([
  'العاصمة', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الوسط', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى',
  'شمالي', 'مركزي', 'المركزية', 'الحدود الشمالية', 'الجهة الشرقية', 'المنطقة الشرقية', 'البحيرة', 'الوادي', 'البيض',
  'سعيدة', 'معسكر', 'الظاهرة', 'العصابة', 'الجزيرة', 'البيضاء', 'عدل', 'باي', 'باري', 'بنادر', 'مدق', 'حجة', 'قبلي',
  'عمران', 'الضالع', 'الزرقاء', 'العقبة', 'حولي', 'الجوف', 'البقاع', 'دخيل', 'بشار', 'مطروح', 'الأقصر', 'كسلا',
  'المثنى', 'واسط', 'معان', 'الكاف', 'المهدية', 'نابل', 'سوسة', 'درعا', 'حماة', 'الرقة', 'ميلة', 'المدية',
  'مدينة', 'خليج', 'قوة', 'صباح', 'جوهر', 'قدح', 'براق', 'عطار', 'مغار', 'مليحة', 'شوكية', 'نيجر', 'ليمون', 'يونان',
  'بلقان', 'وان', 'عشاق', 'مين', 'بارا', 'شان', 'كبي', 'ميه', 'فود', 'يورو', 'غور', 'يالا', 'هوهو', 'نارا', 'السند',
  'لويي', 'أمور', 'فاس', 'قم', 'فارس', 'دلتا', 'موش', 'كارا', 'هيرا', 'نان', 'تاك', 'بيي', 'أوري', 'ساغا', 'الشارقة', 'الساحل',
  // Phrases of news prose (في المنطقة الشمالية من غزة، الحدود الشمالية الغربية) and given names.
  'المنطقة الشمالية', 'المنطقة الجنوبية', 'المنطقة الوسطى', 'المنطقة المركزية', 'الشمالية الغربية', 'فلاديمير',
  'ماجدالينا', 'شيروان', 'نورلان',
  // الميرا (Valmiera) is Palmyra's بالميرا after ب; زالا (Zala) is the verb of ما زالا.
  'الميرا', 'زالا',
].map((n) => normalizeKey(n)));

/**
 * Subdivisions whose bare name is an everyday word or a given name once folded (آيوا = إيواء
 * "sheltering", إيلام "inflicting pain", لابي = لأبي, فراي = فرأى "and he saw", فيكتوريا): they go
 * by the long form news uses, with the head the matcher leaves outside a span. By ISO 3166-2 code.
 */
const SUBDIVISION_LONG_FORMS: Record<string, string> = {
  'US-IA': 'ولاية آيوا',
  'AU-VIC': 'ولاية فيكتوريا',
  'IR-05': 'محافظة إيلام',
  'FI-10': 'إقليم لابي',
  'TH-54': 'مقاطعة فراي',
};

/** A single-word name shorter than this is too likely an ordinary word. */
const MIN_SUBDIVISION_LETTERS = 4;

function subdivisions(taken: Set<string>, ids: Set<string>, countryEn: Record<string, string>): GeneratedEntity[] {
  const out: GeneratedEntity[] = [];
  for (const cc of Object.keys(countryEn).filter((c) => /^[A-Z]{2}$/.test(c)).sort()) {
    let arList: Subdivision[];
    let enList: Subdivision[];
    try {
      arList = readJson<Subdivision[]>('iso3166-2-db', 'regions', cc, 'ar.json');
      enList = readJson<Subdivision[]>('iso3166-2-db', 'regions', cc, 'en.json');
    } catch {
      continue; // no subdivisions listed for this code
    }
    const enByIso = new Map(enList.map((r) => [r.iso, r.name]));
    for (const r of [...arList].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0))) {
      const raw = r.name ?? '';
      if (!/[\u0600-\u06ff]/.test(raw) || /[A-Za-z]/.test(raw)) continue; // no Arabic name
      const name = SUBDIVISION_LONG_FORMS[`${cc}-${r.iso}`]
        ?? raw.replace(/\s*\(.*\)\s*$/, '').replace(SUBDIVISION_HEAD, '').replace(/\s+(أوبلاست|اوبلاست)$/, '').trim();
      const key = normalizeKey(name);
      if (SKIP_SUBDIVISIONS.has(key) || taken.has(key)) continue;
      if (!name.includes(' ') && key.length < MIN_SUBDIVISION_LETTERS) continue;
      const en = enByIso.get(r.iso) ?? '';
      let id = slug(en) || `${cc.toLowerCase()}-${r.iso.toLowerCase()}`;
      if (ids.has(id)) id = `${id}-${cc.toLowerCase()}`;
      if (ids.has(id)) continue;
      ids.add(id);
      taken.add(key);
      out.push({
        id,
        kind: 'place',
        name,
        aliases: [],
        en,
        description: `First-level subdivision of ${countryEn[cc]} (ISO 3166-2 ${cc}-${r.iso})`,
        origin: 'builtin:iso3166-2-db',
      });
    }
  }
  return out;
}

/**
 * Municipalities and towns named in Arabic by national lists on npm: Algeria's 1,541 communes
 * (@dzcode-io/leblad) and 250 Egyptian cities and districts (egypt-cities). Many are ordinary
 * words or common phrases; the matcher suggests the one-word ones only where a place is expected
 * (after في، من، بلدية …, with ب or ل attached, or listed after another place), and the ones
 * below are left out altogether. Folded as the matcher folds them.
 */
const SKIP_LOCALITIES = new Set([
  'السادس من أكتوبر', 'العاشر من رمضان', 'الخامس عشر من مايو', 'جامعة', 'جميلة', 'سعيدة', 'مفتاح', 'عزيز', 'عمال', 'عماري',
  'خليل', 'حسين', 'سليم', 'مراد', 'ناصر', 'مناصر', 'مسلمون', 'بلخير', 'عصفور', 'زعفران', 'صفصاف', 'شلال', 'منصورة',
  'خضرة', 'جنات', 'معاوية', 'جلال', 'حمادي', 'مهدية', 'عمير', 'عريب', 'مشيرة', 'خميسة', 'قمار', 'رقاصة', 'صيادة', 'حجاج',
  'حسناوة', 'جواب', 'جبالة', 'زكري', 'مسعد', 'مجانة', 'مفاتحة', 'ماسرة', 'واضية', 'فلفلة', 'فريحة', 'حمالة', 'عسلة',
  'شتمة', 'شرفة', 'قديل', 'سالي', 'سيرات', 'صدوق', 'صبرة', 'بعطة', 'ويلان', 'بريان', 'بنيان', 'بنهار', 'بسباس', 'بريش',
  'مرين', 'مرحوم', 'مسيف', 'مسيد', 'مدروسة', 'قرومة', 'قطارة', 'قلال', 'تلاغ', 'طابية', 'موغل', 'مصارة', 'مقرة', 'مصدق',
  'منعة', 'مناعة', 'ميهوب', 'مكيرة', 'حنيف', 'حمري', 'هراوة', 'عمورة', 'أعمر', 'بوعلام', 'بلاط', 'فايد', 'دراو', 'بيلا',
  'زدين', 'زكار', 'زرزور', 'شميني', 'شحاني', 'دحموني', 'جندل', 'جرمة', 'جليدة', 'برهوم', 'برحال', 'بلعربي', 'بوحمزة',
  'بوطالب', 'بوسلام', 'بوراشد', 'بوحاتم', 'بوخليفة', 'خبانة', 'خيران', 'لمطار', 'مالبو', 'سفيان', 'سمعون', 'فرعون',
  'مديونة', 'مجبر', 'مدريسة', 'مسكيانة', 'ميلة', 'عزابة', 'أقرو', 'قجال', 'قنزات', 'خلوية', 'كنديرة', 'ششار',
  // Named after people, and written the same as their names.
  'أحمد راشدي', 'محمد بلوزداد', 'محمد بوضياف', 'مصطفى بن ابراهيم', 'الامير عبد القادر', 'بن عبد المالك رمضان',
  'بن يحي عبد الرحمن', 'حساني عبد الكريم', 'بومهرة أحمد', 'سي مصطفى', 'سي عبد الغني', 'أم علي', 'الشيخ زايد',
  'جندل سعدي محمد', 'عزيل عبد القادر', 'مكمن بن عمار', 'هواري بومدين', 'طارق بن زياد', 'ابن زياد', 'خير الدين',
  'أبو الحسن', 'أبي يوسف', 'بن ناصر', 'بن داود', 'بن خليل', 'بن يعقوب', 'بن سرور', 'بن علال', 'بن جراح', 'جيلالي بن عمار',
  'رمضان جمال', 'سي المحجوب', 'يوسف الصديق',
  // Everyday words, found after a place word too (في إيجار المساكن، في صوامع الحبوب), and phrases of prose.
  'إيجار', 'صوامع', 'الطالب العربي', 'القلب الكبير',
].map((n) => normalizeKey(n)));

/**
 * One-word names with the article are nearly all ordinary nouns or adjectives too (القصر، الملعب،
 * الخميس، الرابطة): only these towns, known from the news, are kept.
 */
const LOCALITIES_WITH_ARTICLE = new Set([
  'المنيعة', 'القليعة', 'الحراش', 'العلمة', 'الخروب', 'القالة', 'القنطرة', 'المحمدية', 'المنصورة', 'الرويبة', 'الدويرة',
  'الشراقة', 'الابيار', 'القبة', 'الحامة', 'الأخضرية', 'البرواقية', 'العفرون', 'الميلية', 'المغير', 'الطاهير', 'الحمادية',
  'المرادية', 'المطرية', 'الخانكة', 'العلمين', 'الضبعة', 'السلوم', 'الحوامدية', 'البدرشين', 'الدلنجات', 'المحمودية',
  'الفشن', 'العياط', 'الباويطي', 'البداري', 'البلينا', 'المراغة', 'السنطة', 'الإبراهيمية', 'القنايات', 'القوصية',
  'الرديسية', 'البصيلية', 'السباعية', 'الزينية', 'البياضية', 'القرنة', 'الطود', 'الواسطى', 'العدوة', 'الشلاتين', 'العريش',
  'الغزوات', 'القنادسة', 'الناظور', 'الحمدانية', 'الكاليتوس', 'الدرارية', 'الأربعطاش',
].map((n) => normalizeKey(n)));

function localities(taken: Set<string>, ids: Set<string>): GeneratedEntity[] {
  const out: GeneratedEntity[] = [];
  const add = (name: string, en: string, idBase: string, description: string, origin: string): void => {
    name = name.replace(/\s+/g, ' ').trim();
    const key = normalizeKey(name);
    if (!/^[\u0621-\u064a ]+$/.test(name) || SKIP_LOCALITIES.has(key) || SKIP_SUBDIVISIONS.has(key) || taken.has(key)) return;
    if (!name.includes(' ') && (key.length < MIN_SUBDIVISION_LETTERS || (key.startsWith('ال') && !LOCALITIES_WITH_ARTICLE.has(key)))) return;
    let id = idBase;
    for (let n = 2; ids.has(id); n++) id = `${idBase}-${n}`;
    ids.add(id);
    taken.add(key);
    out.push({ id, kind: 'place', name, aliases: [], en, description, origin });
  };
  interface Commune { code: number; name_en?: string; name_ar?: string }
  interface Wilaya { mattricule: number; name_en: string; dairats?: Array<{ baladyiats?: Commune[] }> }
  for (const w of readJson<Wilaya[]>('@dzcode-io', 'leblad', 'data', 'WilayaList.json')) {
    for (const d of w.dairats ?? []) {
      for (const c of d.baladyiats ?? []) {
        const en = (c.name_en ?? '').toLowerCase().replace(/(^|[\s-])\S/g, (x) => x.toUpperCase());
        add(c.name_ar ?? '', en, `dz-${slug(en) || c.code}`, `Commune of Algeria (wilaya of ${w.name_en}, code ${c.code})`, 'builtin:leblad');
      }
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const egypt = (require(join(modules, 'egypt-cities')) as { localCities(): Array<{ city_name: string }> }).localCities();
  egypt.forEach((c, i) => add(c.city_name, '', `eg-city-${i + 1}`, 'City or district of Egypt', 'builtin:egypt-cities'));
  return out;
}

function main(): void {
  const ar = territories('ar');
  const en = territories('en');
  const arVariants = ['ar-AE', 'ar-LY', 'ar-SA'].map(territories);
  const entities: GeneratedEntity[] = [];
  const territoryArNames = new Set<string>();
  const territoryEnNames = new Set<string>();

  for (const code of Object.keys(ar).filter((k) => !k.includes('-alt-')).sort()) {
    if (SKIP_TERRITORIES.has(code)) continue;
    const isRegion = /^\d+$/.test(code);
    const override = TERRITORY_OVERRIDES[code] ?? {};
    const shortAr = ar[`${code}-alt-short`];
    const names = [shortAr, ar[code], ar[`${code}-alt-variant`], ...arVariants.map((v) => v[code])]
      .filter((n): n is string => typeof n === 'string')
      .flatMap((n) => {
        const { main, inner } = splitParenthesis(n);
        // "Hong Kong SAR China" style glosses stay out; a parenthesised other name goes in.
        return inner && PARENTHESIS_IS_A_NAME.has(code) ? [main, inner] : [main];
      });
    let name = override.name ?? names[0];
    let aliases = [...new Set(names)].filter((n) => n !== name);
    const hazard = AMBIGUOUS_COUNTRY_NAMES[code];
    if (hazard) {
      aliases = aliases.filter((a) => a !== name);
      name = hazard;
    }
    const enName = override.en ?? splitParenthesis(en[`${code}-alt-short`] ?? en[code]).main;
    const fullEn = en[code];
    entities.push({
      id: override.id ?? slug(enName),
      kind: 'place',
      name,
      aliases: aliases.filter((a) => !a.includes(' - ')).sort(),
      en: enName,
      description: isRegion ? `World region (UN M49 ${code})` : `Country or territory (ISO 3166 ${code})`,
      origin: 'builtin:cldr-territories',
    });
    for (const n of [name, ...aliases]) territoryArNames.add(n);
    territoryEnNames.add(enName);
    if (fullEn) territoryEnNames.add(fullEn);
  }

  const arCities = exemplarCities('ar');
  const enCities = exemplarCities('en');
  for (const [zone, arName] of [...arCities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (SKIP_ZONES.has(zone) || zone.startsWith('Antarctica/')) continue;
    const enName = enCities.get(zone) ?? zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
    if (territoryArNames.has(arName) || territoryEnNames.has(enName)) continue;
    const fix = CITY_FIXES[zone];
    const plainEn = enName.replace(/,.*$/, '');
    entities.push({
      id: slug(plainEn),
      kind: 'place',
      name: fix?.name ?? arName,
      aliases: (fix?.aliases ?? []).filter((a) => a !== (fix?.name ?? arName)).sort(),
      en: plainEn,
      description: `City (time zone ${zone})`,
      origin: 'builtin:cldr-cities',
    });
  }

  // Names already taken by a territory, a city or a curated entry: a subdivision of the same
  // name (Basra city and governorate) is left to that entry.
  const taken = new Set<string>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) taken.add(normalizeKey(n));
  const curated = curatedEntries();
  for (const c of curated) for (const n of [c.name ?? '', ...(c.aliases ?? [])]) if (n) taken.add(normalizeKey(n));
  // A refinement (`+` line) names an entry of this file by its id: that id is not taken from it.
  const takenIds = new Set([...entities.map((e) => e.id), ...curated.filter((c) => c.kind !== undefined).map((c) => c.id)]);
  const countryEn: Record<string, string> = {};
  for (const code of Object.keys(en)) if (/^[A-Z]{2}$/.test(code)) countryEn[code] = (TERRITORY_OVERRIDES[code]?.en ?? splitParenthesis(en[code]).main);
  entities.push(...subdivisions(taken, takenIds, countryEn));
  entities.push(...localities(taken, takenIds));

  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) throw new Error(`duplicate id ${e.id}`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id)) throw new Error(`bad id ${e.id}`);
    ids.add(e.id);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const body = entities.map((e) => '    ' + JSON.stringify(e)).join(',\n');
  const isoVersion = (readJson<{ version: string }>('iso3166-2-db', 'package.json')).version;
  const lebladVersion = (readJson<{ version: string }>('@dzcode-io', 'leblad', 'package.json')).version;
  const egyptVersion = (readJson<{ version: string }>('egypt-cities', 'package.json')).version;
  writeFileSync(out, `{\n  "cldr": ${JSON.stringify(cldrVersion)},\n  "iso3166-2-db": ${JSON.stringify(isoVersion)},\n`
    + `  "@dzcode-io/leblad": ${JSON.stringify(lebladVersion)},\n  "egypt-cities": ${JSON.stringify(egyptVersion)},\n  "entities": [\n${body}\n  ]\n}\n`);
  const byOrigin: Record<string, number> = {};
  for (const e of entities) byOrigin[e.origin] = (byOrigin[e.origin] ?? 0) + 1;
  console.log(`wrote ${entities.length} entities`, byOrigin);
}

main();
