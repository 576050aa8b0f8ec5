import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/kb/types';
import { Gazetteer, discover, findMentions } from '../../core/match';
import { sliceCodePoints } from '../../core/text/offsets';

const E = (id: string, kind: string, name: string, aliases: string[] = []): Entity => ({ id, kind, name, aliases, en: id });
/** A place of the curated towns list, whose one-word names some rules treat apart. */
const towns = (id: string, name: string): Entity => ({ ...E(id, 'place', name), origin: 'builtin:towns' });
const gaz = Gazetteer.build([
  E('vladimir-putin', 'person', 'فلاديمير بوتين', ['بوتين']),
  E('north-korea', 'place', 'كوريا الشمالية'),
  E('japan', 'place', 'اليابان'),
  E('kenya', 'place', 'كينيا'),
  E('ministry-of-foreign-affairs', 'organization', 'وزارة الخارجية'),
]);

const rules = (text: string) => findMentions(text, gaz).filter((m) => m.source === 'rule').map((m) => {
  assert.equal(sliceCodePoints(text, m.start, m.end), m.text);
  return `${m.kind}:${m.text}`;
});

/** Every mention findMentions gives with `g`, as kind:text. */
const kinds = (g: Gazetteer) => (text: string) => findMentions(text, g).map((m) => `${m.kind}:${m.text}`);

/** [what, text, expected rule suggestions as kind:text] */
const found: Array<[string, string, string[]]> = [
  ['title + nationality + name + function word', 'وقال الرئيس الكيني وليام روتو إن بلاده مستعدة.', ['person:وليام روتو']],
  ['title + portfolio + known place + name', 'ووزيرة خارجية اليابان يوكو كاميكاوا، عبروا عن قلقهم.', ['person:يوكو كاميكاوا']],
  ['title + known organization + name', 'المتحدث باسم وزارة الخارجية ماثيو ميللر لقاء كيم', ['person:ماثيو ميللر']],
  ['the name ends before a known verb', 'الوزير سيرجي شويجو أطلع الضيف على الطائرات', ['person:سيرجي شويجو']],
  ['the name ends before a future verb', 'رئيس الوزراء السابق رايلا أودينغا سيحضر القمة', ['person:رايلا أودينغا']],
  ['a nisba family name keeps the article', 'وقال النائب محمد الحلبوسي، رئيس البرلمان', ['person:محمد الحلبوسي']],
  ['عبد with the article is one name word', 'قال الحاكم عبد الصمد شريف ناصر إن الأمن مستتب', ['person:عبد الصمد شريف ناصر']],
  ['a single word after a title needs punctuation after it', 'قال الوزير شويجو، إن', ['person:شويجو']],
  ['verb of saying + name + comma', 'وقال ماتسونو، خلال مؤتمر صحفي', ['person:ماتسونو']],
  ['verb of saying + name + إن', 'وأضاف ماتسونو إن الحكومة تراقب', ['person:ماتسونو']],
  ['an ordinary word after a verb of saying is no name', 'وأكد أبي أن الدعم سيصل', []],
  ['a present verb of saying + name + comma', 'ويقول رشيد العلمي، مسير شركة للتصدير', ['person:رشيد العلمي']],
  ['a given name with the article after a verb of saying', 'من جهته، قال الحسين أمزال، المدير الجهوي', ['person:الحسين أمزال']],
  ['a role word + a three-word name', 'وأعلن النادي التعاقد مع اللاعب البرازيلي نيمار دا سيلفا.', ['person:نيمار دا سيلفا']],
  ['a family name with the article after a common first name', 'وأوضح وزير المالية السعودي محمد الجدعان أن الميزانية', ['person:محمد الجدعان']],
  ['an indefinite role word + team + adjective + name', 'وشارك لاعب المنتخب المغربي أشرف حكيمي في التدريبات.', ['person:أشرف حكيمي']],
  ['place word + name', 'في مركز فوستوشني الفضائي بمنطقة أمور الروسية', ['place:أمور']],
  ['capital + adjective + name', 'وصل إلى العاصمة الكينية نيروبي أمس', ['place:نيروبي']],
  ['city + name with the article', 'اشتباكات في مدينة الفاشر أمس', ['place:الفاشر']],
  ['a found name is found again, and a surname alone', 'قال الرئيس الكيني وليام روتو إن روتو مستعد. وزار وليام روتو بلدة.', ['person:وليام روتو', 'person:روتو', 'person:وليام روتو']],
  ['a surname repeat with a proclitic', 'قال الرئيس الكيني وليام روتو إن. ولروتو رأي', ['person:وليام روتو', 'person:روتو']],
  ['a nationality standing as a noun + two name words', 'وجاء الأسترالي أوسكار بياستري ثانياً', ['person:أوسكار بياستري']],
  ['a byline at the start of a line', 'العنوان\nكتب جاد شحرور\nلم تحمل الساعات', ['person:جاد شحرور']],
  ['a foreign name that starts like a future verb', 'وأعلن الحاكم الإقليمي أوليغ سينيغوبوف أن المنطقة تعرضت', ['person:أوليغ سينيغوبوف']],
  ['a name ended by an adverb with tanween', 'اعترف مدير الفريق أندريا ستيلا لاحقاً بأنه', ['person:أندريا ستيلا']],
  ['a third name word after a known first name', 'وقال الباحث حيدر فليح الربيعي إن', ['person:حيدر فليح الربيعي']],
  ['a wilaya: a place name ending in ة is no adjective', 'في فوكة بولاية تيبازة، وكاب جنات', ['place:تيبازة']],
  ['a byline with a colon inside a header line', 'أخبار العالم كتب: إسلام عبد الوهاب | الأربعاء', ['person:إسلام عبد الوهاب']],
  ['a Tuareg particle inside a name', 'أما زعيم الجماعة إياد أغ غالي، فلم يظهر', ['person:إياد أغ غالي']],
  ['title + institution + its name + person', 'وقال مدير مستشفى الشفاء محمد أبو سلمية إن الأقسام', ['person:محمد أبو سلمية']],
  ['a river keeps its head word', 'انتشار الوحدات جنوب نهر الليطاني، ولا سيما', ['place:نهر الليطاني']],
  ['a circuit keeps its head and its adjective', 'سنذهب إلى حلبة لوسيل الدولية، حيث', ['place:حلبة لوسيل الدولية']],
  ['a crossing keeps its head', 'عبر معبر كرم أبو سالم، مؤكدا', ['place:معبر كرم أبو سالم']],
  ['places listed after a known place', 'داعية سكان اليابان وكينمن وماتسو إلى', ['place:كينمن', 'place:ماتسو']],
  ['أما + a given name alone + comma + وهو', 'أما حميد، وهو سائق سيارة أجرة، فيقول', ['person:حميد']],
  ['a present verb of saying + a given name + comma + وهو', 'ويضيف يوسف، وهو صياد من القرية، أن', ['person:يوسف']],
  ['a verb of opinion + two name words + comma + a role', 'في المقابل، رأت منى بزي، الناشطة في المركز', ['person:منى بزي']],
  ['a pointing verb + a given name + إلى', 'ويشير عيسى إلى أن كمية الأمطار', ['person:عيسى']],
  ['أما + two name words + comma + a trade', 'أما رينات خايروف، صاحب مقهى في المدينة', ['person:رينات خايروف']],
  ['أما + two name words + comma + وهي', 'أما ريم المهيري، وهي طالبة في جامعة زايد', ['person:ريم المهيري']],
  ['أما + an ambiguous given name + a nisba + comma + a role with the article', 'أما أسماء الزليتني، الموظفة في فرع مصرف', ['person:أسماء الزليتني']],
  ['a given name opens a name with no title before it', 'وقال محمد رضا فرزين إن التضخم', ['person:محمد رضا فرزين']],
  ['a given name + a name, ended by a word with a proclitic', 'للمخرجة ليلى منصور بجائزة الهرم', ['person:ليلى منصور']],
  ['a given name + a name, ended by a feminine nisba', 'على الطرق مريم عبدالله صحافية الأحد', ['person:مريم عبدالله']],
  ['علي with a dotted yaa is the name', 'وأكد وزير الطاقة عباس علي آبادي أن الوزارة', ['person:عباس علي آبادي']],
  ['a compound name word with الله', 'وقال الكاتب يوسف فضل الله إن', ['person:يوسف فضل الله']],
  ['an unknown ambiguous given name before a given name opens the name', 'بالوكالة كمال محمد صالح. وذكر', ['person:كمال محمد صالح']],
  ['a village named «عين …» where a place is expected', 'وفي عين التينة، نقل زوار', ['place:عين التينة']],
  ['a village named «دير …» after في', 'غرب خان يونس وفي دير البلح، محذرة', ['place:خان يونس', 'place:دير البلح']],
  ['a village named «كفر …» with ب attached', 'سقط صاروخ بكفر شوبا أمس', ['place:كفر شوبا']],
  ['a full name found once is found again after another name word', 'حقق الهولندي ماكس فيرستابن، الفوز. سائق ريد بول ماكس فيرستابن يحتفل', ['person:ماكس فيرستابن', 'person:ماكس فيرستابن']],
];

for (const [what, text, expected] of found) {
  test(`discover finds: ${what}`, () => assert.deepEqual(rules(text), expected));
}

/** Sentences where a rule cue is followed by something that is not a name. */
const notFound: Array<[string, string]> = [
  ['a title alone', 'قال الرئيس إن المفاوضات ستستمر.'],
  ['a pointing verb + a noun + إلى', 'وأشار استطلاع جديد إلى أن الأسعار'],
  ['a pointing verb + a plural noun + إلى', 'وأشارت أرقام إلى ارتفاع'],
  ['a verb of saying + a generic noun + comma + وهو', 'وقال مسؤول، وهو يتحدث'],
  ['أما + a noun in construct + comma + الذي', 'أما قطاع السياحة، الذي تضرر كثيراً'],
  ['أما + a plural with the article + comma + وهي', 'أما بقية الفرق، وهي ستة، فقد'],
  ['أما + a noun phrase with the article + comma + a description', 'أما الشاهد الثاني، التقني في الشركة'],
  ['أما + a name-like pair + comma + no description', 'أما ميزانية تونس، فقد تأخرت'],
  ['a title + a common noun + a noun with the article', 'وأكد الوزير أهمية الحوار بين الأطراف.'],
  ['a title + a verb', 'ويرى محللون أن الرئيس الأمريكي يسعى إلى التهدئة.'],
  ['a title before a known person', 'الرئيس الروسي فلاديمير بوتين يستقبل الضيف'],
  ['a title + adjective + comma', 'للرئيس الروسي، قبيل المحادثات، إن'],
  ['a title + tanween noun', 'أهدى نظيره الكوري الشمالي قفازاً من بزة'],
  ['a generic noun after a verb of saying', 'وقال مسؤول، طلب عدم الكشف عن هويته، إن'],
  ['a possessive noun after a verb of saying', 'وذكر مراسلنا أن الهدوء عاد'],
  ['a generic noun after a present verb of saying', 'وتقول مصادر، طلبت عدم الكشف عن هويتها، إن'],
  ['الفريق is a team as often as a rank', 'وقال المدرب إن الفريق قدم مباراة كبيرة.'],
  ['one of the residents', 'وقال أحد السكان إن القصف كان عنيفا'],
  ['a place word + adjective', 'تقدمت القوات في منطقة عازلة قرب الحدود'],
  ['a place word + a noun with the article', 'عاد الهدوء إلى منطقة الحدود'],
  ['a place word + adjective ending in ي', 'وقع الانفجار في منطقة صناعي'],
  ['the capital alone', 'وفي العاصمة، خرج آلاف المتظاهرين'],
  ['a name whose end cannot be told', 'قال الرئيس الكيني وليام روتو مبادرة جديدة للسلام'],
  ['a known name is not suggested again', 'قال الرئيس الروسي فلاديمير بوتين إن'],
  ['a nationality after a noun with the article is its adjective', 'وقال الجيش الروسي قوات كبيرة إن'],
  ['a nationality + one word', 'وقال المصري محمد إن'],
  ['a third word without a first name or particle', 'أكد وزير التجارة زيتوني بضمان وفرة المواد'],
  ['a byline inside a sentence', 'وكتب على منصة إكس أن'],
  ['an institution noun after a title', 'وردت المتحدثة باسم مكتب شؤون الرئاسة'],
  ['a place word + a short feminine adjective', 'أقيمت في منطقة آمنة قرب الحدود'],
  ['a place word + a direction', 'اقتحمت القوات بلدة جنوب المدينة'],
  ['رأس before a word with the article is no village', 'الاستثمار في رأس المال الأجنبي'],
  ['عين in an idiom is no village', 'تحققت اللجنة في عين المكان من الأضرار'],
  ['عين with no place expected before it', 'وضعت الحكومة عين الرقيب على الأسعار'],
  ['a derived present-tense verb is no name', 'الوزير يتفقد المستشفى'],
  ['a noun with ل after a capital is no name', 'عاصمة الشطر الخاضع لإدارة اليابان، مؤكدا'],
  ['Truss is not ترأس', 'وكان الوزير قد ترأس في طوكيو اجتماعا'],
  ['an ambiguous given name opens no name', 'وقال أمل كبير في الحل إن'],
  ['على with its own letter is the preposition', 'وأكد الوزير عباس على آبادي أن'],
  ['a person a place is named after', 'بأن مجمع ناصر الطبي ومستشفى'],
  ['a given name before a noun with the article', 'وشارك محمد الحوار في'],
  ['a field name whose second word is a verb', 'وحقل مجنون سجلت ارتفاعا'],
  ['a noun in construct after a place and و', 'وصل إلى اليابان وصول الوفد'],
  ['a verb after a place and و', 'زار اليابان وبحث مع نظيره'],
];

for (const [what, text] of notFound) {
  test(`discover stays quiet: ${what}`, () => assert.deepEqual(rules(text), []));
}

test('discover: rule mentions carry source rule and a rule: entity id of the folded name', () => {
  const text = 'وقال الرئيس الكيني وليام روتو إن';
  const [m] = discover(text, gaz.find(text), gaz);
  assert.deepEqual({ ...m }, { start: 19, end: 29, text: 'وليام روتو', kind: 'person', entity: 'rule:وليام روتو', source: 'rule' });
});

test('findMentions: gazetteer and rules merged, sorted, never overlapping', () => {
  const text = 'قال الرئيس الكيني وليام روتو إن كينيا وكوريا الشمالية';
  const ms = findMentions(text, gaz);
  assert.deepEqual(ms.map((m) => `${m.source}:${m.text}`), ['rule:وليام روتو', 'gazetteer:كينيا', 'gazetteer:كوريا الشمالية']);
  for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1].end <= ms[i].start);
});

test('findMentions: السعودية after a noun with the article is an adjective, elsewhere the country', () => {
  const g = Gazetteer.build([E('saudi-arabia', 'place', 'السعودية'), E('riyadh', 'place', 'الرياض')]);
  const texts: Array<[string, string[]]> = [
    ['أعلنت السعودية أمس', ['السعودية']],
    ['وصل إلى السعودية', ['السعودية']],
    ['قالت القوات السعودية إن', []],
    ['في العاصمة السعودية الرياض', ['الرياض']],
    ['وزارة الخارجية السعودية', []],
    ['بالمساعي العمانية والسعودية لإنهاء', []],
    ['زار الرياض والسعودية أمس', ['الرياض', 'السعودية']],
  ];
  for (const [text, expected] of texts) assert.deepEqual(findMentions(text, g, { rules: false }).map((m) => m.text), expected, text);
});

test('findMentions: a generic head listed with a name stays outside the span, except where the rest names another place', () => {
  const g = Gazetteer.build([E('gaza', 'place', 'غزة', ['مدينة غزة']), E('tyre', 'place', 'مدينة صور'), E('kuwait-city', 'place', 'مدينة الكويت')]);
  const spans = (text: string) => findMentions(text, g, { rules: false }).map((m) => `${m.start}:${m.text}`);
  assert.deepEqual(spans('في مدينة غزة.'), ['9:غزة']);
  assert.deepEqual(spans('وفي مدينة صور أمس'), ['10:صور']);
  assert.deepEqual(spans('وصل إلى مدينة الكويت'), ['8:مدينة الكويت']);
});

test('findMentions: a sea, gulf or strait named after a known place is one place', () => {
  const g = Gazetteer.build([E('oman', 'place', 'عمان'), E('mexico', 'place', 'المكسيك')]);
  const spans = (text: string) => findMentions(text, g).map((m) => `${m.kind}:${m.text}`);
  assert.deepEqual(spans('نحو مكران على بحر عمان. وأعلن'), ['place:بحر عمان']);
  assert.deepEqual(spans('في خليج المكسيك'), ['place:خليج المكسيك']);
  assert.deepEqual(spans('وبخليج المكسيك'), ['place:خليج المكسيك']);
  assert.deepEqual(spans('زار عمان أمس'), ['place:عمان']);
  assert.deepEqual(spans('على استاد المكسيك الدولي، ضمن'), ['place:استاد المكسيك الدولي']);
});

test('findMentions: an organization goes on through its adjectives but not a nationality', () => {
  const g = Gazetteer.build([E('shura', 'organization', 'مجلس الشورى'), E('moh', 'organization', 'وزارة الصحة'), E('chad', 'place', 'تشاد'),
    E('ecb', 'organization', 'البنك المركزي')]);
  const orgs = (text: string) => findMentions(text, g).filter((m) => m.kind === 'organization').map((m) => m.text);
  assert.deepEqual(orgs('وفي مجلس الشورى الإسلامي، انتقد'), ['مجلس الشورى الإسلامي']);
  assert.deepEqual(orgs('وفق وزارة الصحة العامة. كما'), ['وزارة الصحة العامة']);
  assert.deepEqual(orgs('أعلنت وزارة الصحة الروسية أن'), ['وزارة الصحة']);
  assert.deepEqual(orgs('أعلنت وزارة الصحة التشادية أن'), ['وزارة الصحة']);
  assert.deepEqual(orgs('رغم تدخل البنك المركزي الإيراني الذي'), ['البنك المركزي']);
  assert.deepEqual(orgs('قالت وزارة الصحة المصريين'), ['وزارة الصحة']);
});

test('findMentions: a name found in part is read whole, and as another person unless the knowledge base knows the whole', () => {
  const g = Gazetteer.build([E('donald-trump', 'person', 'دونالد ترامب', ['ترامب']), E('al-budaiwi', 'person', 'جاسم البديوي', ['البديوي']),
    E('abu-dhabi', 'place', 'أبوظبي')]);
  const people = (text: string) => findMentions(text, g).filter((m) => m.kind === 'person').map((m) => `${m.text}/${m.entity}`);
  assert.deepEqual(people('الرئيس الأميركي دونالد ترامب على'), ['دونالد ترامب/donald-trump']);
  assert.deepEqual(people('بحث الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني، رئيس'), ['محمد بن عبدالرحمن بن جاسم آل ثاني/rule:محمد بن عبدالرحمن بن جاسم ال ثاني']);
  assert.deepEqual(people('وزير الخارجية العماني بدر بن حمد البوسعيدي، في'), ['بدر بن حمد البوسعيدي/rule:بدر بن حمد البوسعيدي']);
  assert.deepEqual(people('في أبوظبي أمس، جاسم محمد البديوي الأمين العام'), ['جاسم محمد البديوي/rule:جاسم محمد البديوي']);
  assert.deepEqual(people('وقال أحمد ترامب إن'), ['أحمد ترامب/rule:احمد ترامب']);
  assert.deepEqual(people('وزير الداخلية وأحمد البواري وزير'), ['أحمد البواري/rule:احمد البواري']);
});

test('findMentions: a one-word name that is an ordinary word needs a preposition before it', () => {
  const g = Gazetteer.build([E('mali', 'place', 'مالي'), E('shinzo-abe', 'person', 'شينزو آبي', ['آبي']), E('abiy-ahmed', 'person', 'آبي أحمد')]);
  const texts: Array<[string, string[]]> = [
    ['قدمت دعم مالي إضافي', []],
    ['وأكد أبي أن الدعم سيصل', []],
    ['اشتباكات في مالي أمس', ['مالي']],
    ['وصل إلى مالي', ['مالي']],
    ['وعاد لمالي', ['مالي']],
    ['قال آبي أحمد إن', ['آبي أحمد']],
    ['التقى شينزو آبي', ['شينزو آبي']],
  ];
  for (const [text, expected] of texts) assert.deepEqual(findMentions(text, g, { rules: false }).map((m) => m.text), expected, text);
});

test('findMentions: a lone known surname after another first name yields to the longer name a rule reads', () => {
  const g = Gazetteer.build([E('matthew-miller', 'person', 'ماثيو ميلر', ['ميلر'])]);
  const show = (text: string) => findMentions(text, g).map((m) => `${m.source}:${m.text}`);
  assert.deepEqual(show('وقال ستيفن ميلر إن الإدارة مستعدة'), ['rule:ستيفن ميلر']);
  // Without a rule reading, the surname stays: a verb before a name is the common case.
  assert.deepEqual(show('وسلط ميلر الضوء على الأمر'), ['gazetteer:ميلر']);
  assert.deepEqual(show('وقال ماثيو ميلر إن'), ['gazetteer:ماثيو ميلر']);
});

test('findMentions: an institution named after a place is one organization', () => {
  const g = Gazetteer.build([E('cairo', 'place', 'القاهرة'), E('israel', 'place', 'إسرائيل')]);
  const show = kinds(g);
  assert.deepEqual(show('قال رئيس جامعة القاهرة إن'), ['organization:جامعة القاهرة']);
  assert.deepEqual(show('وقرر بنك إسرائيل رفع الفائدة'), ['organization:بنك إسرائيل']);
  assert.deepEqual(show('ووجامعة القاهرة'), ['organization:جامعة القاهرة']);
  assert.deepEqual(show('وصل إلى القاهرة'), ['place:القاهرة']);
  // Up to two name words between the institution word and the place.
  assert.deepEqual(show('أعلنت شركة نفط القاهرة أن'), ['organization:شركة نفط القاهرة']);
  assert.deepEqual(show('باسم مكتب شؤون إسرائيل التابع'), ['organization:مكتب شؤون إسرائيل']);
  // A function word between them breaks the name.
  assert.deepEqual(show('وصل وفد الشركة إلى القاهرة'), ['place:القاهرة']);
});

test('findMentions: a surname read again keeps its بن, and علي as a surname is not read in على', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('وقالت عضو الهيئة هالة بن عمار إن الاقتراع جرى. وأكدت بن عمار أن النتائج'), ['person:هالة بن عمار', 'person:بن عمار']);
  assert.deepEqual(show('وقال المدرب عبد القادر بن علي، إن الفريق جاء للمنافسة على اللقب'), ['person:عبد القادر بن علي']);
  // A surname that is also a given name, right before another given name, opens that name.
  assert.deepEqual(show('وقال المدرب حسن طاهر، إن طاهر محمد طاهر جاهز'), ['person:حسن طاهر']);
  assert.deepEqual(show('وقال المدرب حسن طاهر، إن طاهر جاهز'), ['person:حسن طاهر', 'person:طاهر']);
});

test('findMentions: a noun with «his» is no given name, and a word with tanween or in a fixed phrase no place', () => {
  const g = Gazetteer.build([E('ghana', 'place', 'غانا'), E('cairo', 'place', 'القاهرة'), E('africa', 'place', 'إفريقيا')]);
  const show = kinds(g);
  assert.deepEqual(show('رغم ضغط المباريات مع ناديه الأهلي السعودي'), []);
  assert.deepEqual(show('وقالت نادية الأحمد، إن'), ['person:نادية الأحمد']);
  // جانا folds to غانا; with tanween it is the plural لجاناً.
  assert.deepEqual(show('شكلت الحكومة لجاناً تقنية ووفدا إلى غانا'), ['place:غانا']);
  assert.deepEqual(show('أعلنت حالة القوة القاهرة ثم سافر إلى القاهرة'), ['place:القاهرة']);
  assert.deepEqual(show('قبل كأس أمم إفريقيا في شمال إفريقيا'), ['place:إفريقيا']);
});

test('findMentions: a port, an airport, a refinery, a palace, a mosque or a square is named with its head', () => {
  const g = Gazetteer.build([E('aden', 'place', 'عدن'), E('cairo', 'place', 'القاهرة'), E('jordan', 'place', 'الأردن')]);
  const show = kinds(g);
  assert.deepEqual(show('ترسو السفن في ميناء عدن منذ الأسبوع'), ['place:ميناء عدن']);
  assert.deepEqual(show('غادرت البعثة من مطار القاهرة الدولي على متن طائرة'), ['place:مطار القاهرة الدولي']);
  assert.deepEqual(show('وأضاف أن نهر الأردن يدفع الثمن'), ['place:نهر الأردن']);
  assert.deepEqual(show('وتحديث مصفاة الزور، مضيفا'), ['place:مصفاة الزور']);
  assert.deepEqual(show('يعقد المجلس اجتماعه في قصر السيف، وعلى جدول أعماله'), ['place:قصر السيف']);
  assert.deepEqual(show('ورش بناء قرب مسجد تينمل التاريخي – تصوير'), ['place:مسجد تينمل']);
  assert.deepEqual(show('تظاهر المحتجون في ساحة النصر وسط العاصمة'), ['place:ساحة النصر']);
  // An ordinary phrase after the head is no name.
  for (const text of ['وقف في ساحة المعركة، ثم', 'في ساحة الاعتصام.', 'نزل إلى حوض السباحة، ثم', 'أمام قصر العدل في',
    'من قصر الضيافة.', 'في ميناء المدينة، ثم', 'صلى في مسجد القرية، وقال', 'إنتاج حقل النفط، حيث']) assert.deepEqual(show(text), [], text);
});

test('findMentions: names listed after a plural or dual place word', () => {
  const show = rules;
  assert.deepEqual(show('تنسيق البرامج في أقاليم الحوز وتارودانت وشيشاوة، فيما'), ['place:الحوز', 'place:تارودانت', 'place:شيشاوة']);
  assert.deepEqual(show('مؤكدة أن موانئ السدرة وراس لانوف والبريقة تعمل'), ['place:السدرة', 'place:راس لانوف', 'place:البريقة']);
  assert.deepEqual(show('يمر بمحافظتي معان والطفيلة قبل أن يصل'), ['place:معان', 'place:الطفيلة']);
  assert.deepEqual(show('في مدن مثل مرسيليا وتولون، وكذلك'), ['place:مرسيليا', 'place:تولون']);
  assert.deepEqual(show('أكثر المناطق تضررا هي مقاطعات بوسيا على الحدود'), ['place:بوسيا']);
  // Adjectives after the plural word are no list of names, nor is a lone name with the article.
  for (const text of ['في مدن كبرى مثل', 'في مناطق واسعة من البلاد', 'اتهمت الحكومة جماعات مدعومة من الخارج', 'في مدن أخرى، ثم', 'في مناطق الشمال، ثم'])
    assert.deepEqual(show(text), [], text);
});

test('findMentions: a known place in a list after a plural place word is an item of it', () => {
  const g = Gazetteer.build([E('grenoble', 'place', 'غرونوبل'), E('dijon', 'place', 'ديجون'), E('tozeur', 'place', 'توزر'),
    E('gafsa', 'place', 'قفصة'), E('el-faouar', 'place', 'الفوار'), E('dar-es-salaam', 'place', 'دار السلام'),
    E('tahta', 'place', 'طهطا'), E('galmudug', 'place', 'جلمدغ'), E('somalia', 'place', 'الصومال')]);
  const show = (text: string) => findMentions(text, g).map((m) => `${m.kind}:${m.text}:${m.source}`);
  assert.deepEqual(show('إذ شهدت مدن نيم وغرونوبل وديجون بدورها مواجهات'),
    ['place:نيم:rule', 'place:غرونوبل:gazetteer', 'place:ديجون:gazetteer']);
  assert.deepEqual(show('شاعرا من ولايات قبلي وتوزر وقفصة.'), ['place:قبلي:rule', 'place:توزر:gazetteer', 'place:قفصة:gazetteer']);
  assert.deepEqual(show('قدموا من قرى الصابرية والفوار ورجيم معتوق ونويل، تلته'),
    ['place:الصابرية:rule', 'place:الفوار:gazetteer', 'place:رجيم معتوق:rule', 'place:نويل:rule']);
  // The list goes on through a known place only as far as a name goes: not into a noun in
  // construct after a comma (ورصف الطرق) nor a past verb of a root in و (وقعت).
  assert.deepEqual(show('في قرى مراكز طهطا ودار السلام، ورصف الطرق'), ['place:طهطا:gazetteer', 'place:دار السلام:gazetteer']);
  assert.deepEqual(show('ولايات الصومال وجلمدغ وقعت على الخريطة'), ['place:الصومال:gazetteer', 'place:جلمدغ:gazetteer']);
  // A verb right after the plural word is no item, and a known place after it opens no list (مدن تقع قرب توزر).
  assert.deepEqual(show('في مدن تقع قرب توزر'), ['place:توزر:gazetteer']);
});

test('findMentions: a quarter, a rural district or a village word before a name with the article', () => {
  const show = rules;
  assert.deepEqual(show('ستنتقل الورشات إلى حي الوعر ثم إلى قرى'), ['place:الوعر']);
  assert.deepEqual(show('نسبة سجلت في معتمدية المكناسي من ولاية'), ['place:المكناسي']);
  assert.deepEqual(show('ورش بناء في دوار تينمل قرب'), ['place:تينمل']);
  // After a feminine place word a word in ي is a name; after a masculine one it may be its adjective.
  assert.deepEqual(show('من أبناء منطقة أوباري الضخ'), ['place:أوباري']);
  assert.deepEqual(show('بناء حي سكني جديد'), []);
});

test('findMentions: a place or an institution named after a person is one name with its head', () => {
  const g = Gazetteer.build([E('sabah-al-ahmad', 'person', 'صباح الأحمد'), E('robert-koch', 'person', 'روبرت كوخ'), E('boumediene', 'person', 'هواري بومدين')]);
  const show = kinds(g);
  assert.deepEqual(show('مشاريع السكن في مدينة صباح الأحمد وجنوب'), ['place:مدينة صباح الأحمد']);
  assert.deepEqual(show('قالت الباحثة من معهد روبرت كوخ في برلين'), ['organization:معهد روبرت كوخ']);
  assert.deepEqual(show('ستغادر البعثة من مطار هواري بومدين الدولي على متن'), ['place:مطار هواري بومدين الدولي']);
  assert.deepEqual(show('وقال هواري بومدين إن'), ['person:هواري بومدين']);
});

test('findMentions: verbs, verbal nouns and «such as» end or open no name', () => {
  const show = rules;
  assert.deepEqual(show('شركات مثل إيني الإيطالية وريبسول الإسبانية تنتظر ضمانات قبل'), []);
  assert.deepEqual(show('الانتخابات الجزئية لسدّ الشغورات في عدد من المجالس'), []);
  assert.deepEqual(show('تجربة أنجزتها جامعة القاضي عياض باستعمال التراب'), []);
  assert.deepEqual(show('في الأحياء الفقيرة في العاصمة مثل كاووبي. وقالت'), ['place:كاووبي']);
});

test('findMentions: a trade or a role before a name, and a family name in اوي', () => {
  const show = rules;
  assert.deepEqual(show('وقال البحار علي الزواري إنه صوت'), ['person:علي الزواري']);
  assert.deepEqual(show('قالت المهندسة ريم السباعي، مديرة المشروع'), ['person:ريم السباعي']);
  assert.deepEqual(show('كتب: منية العرفاوي\nنص'), ['person:منية العرفاوي']);
  assert.deepEqual(show('وقال محمد الشرقاوي إن'), ['person:محمد الشرقاوي']);
  // An adjective in وي or a common one in اوي is no family name.
  assert.deepEqual(show('وشارك محمد النووي في'), []);
  assert.deepEqual(show('وشارك خالد الصحراوي في'), []);
  assert.deepEqual(show('وشارك خالد الشرقاوي في'), ['person:خالد الشرقاوي']);
  assert.deepEqual(show('وقال المهندس إن العمل جار'), []);
});

test('findMentions: a name ends before a short verb, a verbal noun, or a short word with ب or ل', () => {
  const show = rules;
  assert.deepEqual(show('وطالب رئيس الحزب جوردان بارديلا بحل البرلمان'), ['person:جوردان بارديلا']);
  assert.deepEqual(show('أعلن وزير الداخلية لوران نونيز تعزيز الانتشار'), ['person:لوران نونيز']);
  assert.deepEqual(show('وقال الممثل يسرا تخطف الأنظار'), []);
  assert.deepEqual(show('وتحول السباق لصالح فيرستابن في اللفة'), []);
  // A third name word of the same shape that is a given name stays (محمد بن بلال …).
  assert.deepEqual(show('وقال الوزير أحمد محمد بلال، إن'), ['person:أحمد محمد بلال']);
});

test('findMentions: a party named after a country, a council named after a city, a crossing with its head', () => {
  const g = Gazetteer.build([E('france', 'place', 'فرنسا'), E('homs', 'place', 'حمص'), E('benghazi', 'place', 'بنغازي'), E('kerem-shalom', 'place', 'معبر كرم أبو سالم')]);
  const show = kinds(g);
  assert.deepEqual(show('مذكرة تقدم بها حزب فرنسا الأبية اليساري'), ['organization:فرنسا الأبية']);
  assert.deepEqual(show('وقال رئيس حزب فرنسا إن'), ['place:فرنسا']);
  assert.deepEqual(show('يجري العمل بالتنسيق مع مجلس مدينة حمص والمؤسسة'), ['organization:مجلس مدينة حمص']);
  assert.deepEqual(show('الحكومة المكلفة من مجلس النواب ومقرها بنغازي'), ['place:بنغازي']);
  assert.deepEqual(show('إيصال المساعدات عبر معبر كرم أبو سالم، مؤكدا'), ['place:معبر كرم أبو سالم']);
});

test('findMentions: a family name with the article after a compound given name; names end at ضمن and at a verbal noun', () => {
  const show = rules;
  assert.deepEqual(show('وقال المهندس عبد الله البكور، مدير الخدمات'), ['person:عبد الله البكور']);
  assert.deepEqual(show('إذ يواجه المحافظ عبد القادر الدخيل ضغوطاً من كتل'), ['person:عبد القادر الدخيل']);
  assert.deepEqual(show('وقال الأمين العام للمنظمة الشغيلة نور الدين الطبوبي إن الملف'), ['person:نور الدين الطبوبي']);
  assert.deepEqual(show('أعلن المحافظ محمد عبد الرحمن افتتاح طريق'), ['person:محمد عبد الرحمن']);
  assert.deepEqual(show('ورد اسم القيادي محمد قحطان ضمن الدفعة الأولى'), ['person:محمد قحطان']);
  assert.deepEqual(show('اتهم المحافظ ريبوار طه بتعيين مديري'), ['person:ريبوار طه']);
  // A time word after the name is the sentence going on; so is a noun after a name with no compound.
  assert.deepEqual(show('وقال المدرب عبد الله الأسبوع الماضي إن'), ['person:عبد الله']);
  assert.deepEqual(show('تحكيم المخرج الصربي ميلوش ستانكوفيتش النتائج، مشيداً'), ['person:ميلوش ستانكوفيتش']);
});

test('findMentions: a photo credit, a trade union man, a businessman by nationality', () => {
  const show = rules;
  assert.deepEqual(show('(مزارعون يتفقدون خط مياه. تصوير: ربيع المصري)'), ['person:ربيع المصري']);
  assert.deepEqual(show('وأكد النقابي عادل الهمامي من المدينة أن'), ['person:عادل الهمامي']);
  assert.deepEqual(show('وقال رجل الأعمال الإيطالي جوفاني روسيلي، الرئيس'), ['person:جوفاني روسيلي']);
  // After any other noun with the article the nationality is its adjective.
  assert.deepEqual(show('وقال الوفد الإيطالي جوفاني روسيلي، الرئيس'), []);
  // A group or a commune is no person after a title.
  assert.deepEqual(show('وقال الرئيس التنفيذي لمجموعة روسيلي للضيافة إن'), []);
  assert.deepEqual(show('وقال رئيس جماعة سيدي، إن'), []);
});

test('findMentions: settlements, the countryside of a town, generic place words with the article', () => {
  const show = rules;
  assert.deepEqual(show('في وقت تتمدد فيه مستوطنة أريئيل نحو الأراضي'), ['place:أريئيل']);
  assert.deepEqual(show('أن مستوطنات ياكير ونوفيم باتت تطوّق الوادي'), ['place:ياكير', 'place:نوفيم']);
  assert.deepEqual(show('تزفيت 42 كيلومتراً في ريف المعرة الشرقي، وإن الأعمال'), ['place:المعرة']);
  assert.deepEqual(show('تأهيل الأحياء الشرقية وريف المحافظة، مشيراً'), []);
  assert.deepEqual(show('ودواوير تعيش على الصهاريج'), []);
  // A feminine adjective cannot follow a masculine site word: there it is a name.
  assert.deepEqual(show('نزاعها حول ميناء دوراليه منظوراً أمام'), ['place:ميناء دوراليه']);
  assert.deepEqual(show('نزاعها حول بحيرة كبيرة في'), []);
});

test('findMentions: towns in a dateline, a list that a construct noun does not continue, a country as an adjective', () => {
  const g = Gazetteer.build([E('nablus', 'place', 'نابلس'), towns('salfit', 'سلفيت'), towns('agadir', 'أكادير'), towns('oujda', 'وجدة'), towns('yanbu', 'ينبع'),
    E('tabuk', 'place', 'تبوك'), E('red-sea', 'place', 'البحر الأحمر'), E('aleppo', 'place', 'حلب'), E('tartus', 'place', 'طرطوس'),
    E('turkey', 'place', 'تركيا', ['تركية']), E('syria', 'place', 'سوريا', ['سورية'])]);
  const show = kinds(g);
  assert.deepEqual(show('نابلس – سلفيت، الثلاثاء 13 أيار'), ['place:نابلس', 'place:سلفيت']);
  assert.deepEqual(show('أكادير – وجدة: 27 فبراير'), ['place:أكادير', 'place:وجدة']);
  // A town whose name is also a word (yanbu: «springs») needs a place word.
  assert.deepEqual(show('وقال إن الماء ينبع من الجبل'), []);
  assert.deepEqual(show('وصل إلى ينبع'), ['place:ينبع']);
  assert.deepEqual(show('في منطقة تبوك وساحل البحر الأحمر، بقيمة'), ['place:تبوك', 'place:البحر الأحمر']);
  assert.deepEqual(show('في حلب وحماه وطرطوس، فيما'), ['place:حلب', 'place:حماه', 'place:طرطوس']);
  assert.deepEqual(show('عروض من شركات سعودية وتركية. وفي تركية قالت'), ['place:تركية']);
  assert.deepEqual(show('مع شركات تركية كبرى'), []);
  assert.deepEqual(show('زار سورية وتركية'), ['place:سورية', 'place:تركية']);
});

test('findMentions: an agency or a company word stays outside a name that names it alone', () => {
  const g = Gazetteer.build([E('reuters', 'organization', 'رويترز', ['وكالة رويترز']), E('koc', 'organization', 'شركة نفط الكويت'),
    E('pmf', 'organization', 'هيئة الحشد الشعبي', ['الحشد الشعبي'])]);
  const show = kinds(g);
  assert.deepEqual(show('ونقلت وكالة رويترز عن مسؤولين'), ['organization:رويترز']);
  assert.deepEqual(show('وأعلنت شركة نفط الكويت أن'), ['organization:شركة نفط الكويت']);
  // Other heads belong to the official name.
  assert.deepEqual(show('ونفت هيئة الحشد الشعبي أي صلة'), ['organization:هيئة الحشد الشعبي']);
});

test('findMentions: an airport or a circuit goes on through «international»', () => {
  const g = Gazetteer.build([E('doha-airport', 'place', 'مطار حمد')]);
  const show = kinds(g);
  assert.deepEqual(show('أن مطار زيزو الدولي سيستقبل رحلات'), ['place:مطار زيزو الدولي']);
  assert.deepEqual(show('وصل إلى مطار حمد الدولي مساء'), ['place:مطار حمد الدولي']);
  assert.deepEqual(show('على حلبة لوسيل الدولية، ليقلص'), ['place:حلبة لوسيل الدولية']);
  // Other adjectives are not part of it.
  assert.deepEqual(show('وصل إلى مطار حمد المزدحم مساء'), ['place:مطار حمد']);
});

test('findMentions: a ministry by its portfolios, without an adjective of nationality', () => {
  const show = rules;
  assert.deepEqual(show('اقرأ أيضاً: وزارة الزراعة تعلن خطة'), ['organization:وزارة الزراعة']);
  assert.deepEqual(show('حسب معطيات وزارة التجهيز والماء، فيما'), ['organization:وزارة التجهيز والماء']);
  assert.deepEqual(show('بحضور ممثلين عن ووزارة الشؤون الاجتماعية. وكان'), ['organization:وزارة الشؤون الاجتماعية']);
  assert.deepEqual(show('تحت إشراف وزارة الشباب والثقافة والتواصل، بعد'), ['organization:وزارة الشباب والثقافة والتواصل']);
  assert.deepEqual(show('وقالت وزارة الزراعة الأمريكية إن'), ['organization:وزارة الزراعة']);
  // The ministry referred to by the article alone, or a phrase that goes on, is left.
  assert.deepEqual(show('وأكدت الوزارة أن'), []);
  assert.deepEqual(show('وشكّل وزارة جديدة'), []);
  const g = Gazetteer.build([E('economy', 'organization', 'وزارة الاقتصاد'), E('fm', 'organization', 'وزارة الخارجية')]);
  assert.deepEqual(kinds(g)('تنسّق مع وزارة الاقتصاد والصناعة لتأمين الفيول'), ['organization:وزارة الاقتصاد والصناعة']);
  assert.deepEqual(kinds(g)('وزارة الخارجية وحلفاؤها'), ['organization:وزارة الخارجية']);
});

test('findMentions: a dateline town after a line break, a commune named like a prefix, a name before a direction or a verb', () => {
  const g = Gazetteer.build([E('nablus', 'place', 'نابلس'), towns('salfit', 'سلفيت'), E('marrakesh', 'place', 'مراكش'), towns('tizi', 'تيزي')]);
  const show = kinds(g);
  assert.deepEqual(show('العطش يحاصر القرى\n\nنابلس – سلفيت، الثلاثاء'), ['place:نابلس', 'place:سلفيت']);
  // No half of «تيزي نتاست»; after في the prefix rule reads it whole.
  assert.deepEqual(show('الطريق الرابطة بين مراكش وتيزي نتاست، تتوالى'), ['place:مراكش']);
  assert.deepEqual(show('الطريق في تيزي نتاست، تتوالى'), ['place:تيزي نتاست']);
  assert.deepEqual(rules('بقصف استهدف حي ثعبات شرقي المدينة'), ['place:ثعبات']);
  assert.deepEqual(rules('ومستوطنة أريئيل تتمدد نحو الينابيع'), ['place:أريئيل']);
  assert.deepEqual(rules('وقال إن مستوطني حومش، هاجموا'), ['place:حومش']);
  // «local» is no place word.
  assert.deepEqual(rules('غير أن مصادر محلية تحدثت لنا'), []);
});

test('findMentions: a place inside the name of a competition is not tagged', () => {
  const g = Gazetteer.build([E('asia', 'place', 'آسيا'), E('france', 'place', 'فرنسا'), E('paris', 'place', 'باريس'), E('qatar', 'place', 'قطر')]);
  const show = kinds(g);
  assert.deepEqual(show('في دوري أبطال آسيا وطواف فرنسا وأولمبياد باريس ومونديال قطر، وفي آسيا'), ['place:آسيا']);
  assert.deepEqual(show('يخطف جائزة قطر الكبرى'), ['place:قطر']);
});

test('findMentions: an institution whose name ends with ب or ل and a place', () => {
  const g = Gazetteer.build([E('cairo', 'place', 'القاهرة'), E('zagora', 'place', 'زاكورة'), E('gafsa', 'place', 'قفصة'), E('iraq', 'place', 'العراق'),
    E('world-bank', 'organization', 'البنك الدولي'), E('metlaoui', 'place', 'المتلوي')]);
  const show = kinds(g);
  assert.deepEqual(show('في قاعات الجامعة الأمريكية بالقاهرة. اقرأ'), ['organization:الجامعة الأمريكية بالقاهرة']);
  assert.deepEqual(show('عن المعارضة بالمجلس الجماعي لزاكورة، اعتبر'), ['organization:المجلس الجماعي لزاكورة']);
  assert.deepEqual(show('وقال الكاتب العام للاتحاد الجهوي للشغل بقفصة محمد'), ['organization:لاتحاد الجهوي للشغل بقفصة']);
  // A known organization is complete before «to Iraq»; a name that holds a place already ends there.
  assert.deepEqual(show('وقدم البنك الدولي للعراق قرضاً'), ['organization:البنك الدولي', 'place:لعراق']);
  assert.deepEqual(show('أمام مقر شركة فسفاط قفصة بالمتلوي – صورة'), ['organization:شركة فسفاط قفصة', 'place:المتلوي']);
});

test('findMentions: curated towns stand alone unless their name is also a word; a town after a given name is a family name', () => {
  // ghat is one of TOWNS_CUE_ONLY (لغات "languages"); manbij is not.
  const g = Gazetteer.build([towns('manbij', 'منبج'), towns('ghat', 'غات'), towns('tubas', 'طوباس')]);
  const show = kinds(g);
  assert.deepEqual(show('خطة طوارئ لمزارعي طوباس'), ['place:طوباس']);
  assert.deepEqual(show('ازدهرت أسواق منبج'), ['place:منبج']);
  assert.deepEqual(show('تعلم لغات كثيرة'), []);
  assert.deepEqual(show('وصل الوفد إلى غات'), ['place:غات']);
  assert.deepEqual(show('وقال محمد طوباس إن'), ['person:محمد طوباس']);
});

test('findMentions: a town that is also a word, once named where a place is expected, is that town elsewhere in the article', () => {
  const g = Gazetteer.build([towns('ghat', 'غات'), towns('douz', 'دوز')]);
  const show = kinds(g);
  // douz is one of TOWNS_CUE_ONLY: alone, or after ب, it needs a cue.
  assert.deepEqual(show('يحتضن متحف الصحراء بدوز معرضا'), []);
  assert.deepEqual(show('انطلق المهرجان في مدينة دوز أمس. ويحتضن المتحف بدوز معرضا، ويقول أهل دوز إن'),
    ['place:دوز', 'place:دوز', 'place:دوز']);
  // Another town's cue confirms only that town.
  assert.deepEqual(show('وصل الوفد إلى غات. ويحتضن المتحف بدوز معرضا'), ['place:غات']);
});

test('findMentions: a team, a charity or a city hall named after a place; a season of events; a directorate or a deficit is no place', () => {
  const g = Gazetteer.build([E('abu-dhabi', 'place', 'أبوظبي'), E('qatar', 'place', 'قطر'), E('amman', 'place', 'عمان'), E('riyadh', 'place', 'الرياض')]);
  const show = kinds(g);
  assert.deepEqual(show('ولعب فريق أبوظبي مع'), ['organization:فريق أبوظبي']);
  assert.deepEqual(show('وقدمت جمعية قطر الخيرية مساعدات'), ['organization:جمعية قطر الخيرية']);
  assert.deepEqual(show('وأعلنت أمانة عمان أن'), ['organization:أمانة عمان']);
  assert.deepEqual(show('ضمن فعاليات موسم الرياض، وفي الرياض'), ['place:الرياض']);
  assert.deepEqual(rules('في مديرية التربية بالمحافظة'), []);
  assert.deepEqual(rules('من أجل سد العجز المالي'), []);
  assert.deepEqual(rules('وقال أحمد عبد السلام عضو المجلس'), ['person:أحمد عبد السلام']);
  assert.deepEqual(rules('وأدار المباراة خليل جابر حكما للساحة'), ['person:خليل جابر']);
  assert.deepEqual(rules('إلى جانب جبران راكابومينغ راكا، رئيس'), ['person:جبران راكابومينغ راكا']);
});

test('findMentions: a mosque named after a person with an honorific is a place', () => {
  assert.deepEqual(kinds(gaz)('صلاة الجمعة في جامع الإمام محمد بن عبد الوهاب بعد'), ['place:جامع الإمام محمد بن عبد الوهاب']);
  assert.deepEqual(rules('وقال الإمام محمد بن عبد الوهاب إن'), ['person:محمد بن عبد الوهاب']);
  // عن طريق "by way of" is no road.
  assert.deepEqual(kinds(gaz)('هدف الفوز عن طريق إمام عاشور بتسديدة').filter((m) => m.startsWith('place:')), []);
});

test('findMentions: an agency named after a region is one organization; a basin word stays outside a lake', () => {
  const g = Gazetteer.build([E('high-atlas', 'place', 'الأطلس الكبير'), E('victoria', 'place', 'بحيرة فيكتوريا')]);
  const show = kinds(g);
  assert.deepEqual(show('أعطى تعليماته بإحداث وكالة تنمية الأطلس الكبير لتنسيق'), ['organization:وكالة تنمية الأطلس الكبير']);
  assert.deepEqual(show('تفشي الكوليرا في حوض بحيرة فيكتوريا بات'), ['place:بحيرة فيكتوريا']);
});

test('findMentions: an ambiguous given name does not join a known person (سلام ترامب)', () => {
  const g = Gazetteer.build([E('donald-trump', 'person', 'دونالد ترامب', ['ترامب']), E('vladimir-putin', 'person', 'فلاديمير بوتين', ['بوتين'])]);
  const show = kinds(g);
  assert.deepEqual(show('وقال إن سلام ترامب هش وإن حياة بوتين طويلة'), ['person:ترامب', 'person:بوتين']);
  assert.deepEqual(show('وقال دونالد ترامب إن'), ['person:دونالد ترامب']);
});

test('findMentions: a port or a palace named after a known city is one place; و and a plural, a title or a function word ends a name', () => {
  const g = Gazetteer.build([E('beirut', 'place', 'بيروت'), E('baabda', 'place', 'بعبدا')]);
  const show = kinds(g);
  assert.deepEqual(show('آليات أميركية في مرفأ بيروت (أرشيف)'), ['place:مرفأ بيروت']);
  assert.deepEqual(show('استقبل وفداً في قصر بعبدا - تقرير'), ['place:قصر بعبدا']);
  assert.deepEqual(show('رست السفن السياحية في ميناء خصب ومسارات للغوص'), ['place:ميناء خصب']);
  assert.deepEqual(show('تحت قيادة مدربه الفرنسي لوران بلان ونجمه كريم'), ['person:لوران بلان']);
  // بلان is no ب + ل + «أن»: two proclitics are و or ف first.
  assert.deepEqual(show('وقال المدرب لوران بلان.'), ['person:لوران بلان']);
  // The phrase after the head, or a known city on its own, stays as it was.
  assert.deepEqual(show('أمام قصر العدل في بيروت'), ['place:بيروت']);
  assert.deepEqual(show('وصل الوفد إلى بيروت وبعبدا'), ['place:بيروت', 'place:بعبدا']);
});

test('findMentions: a past verb, an adjective, «others» or a generic noun after a plural place word lists no place', () => {
  const show = rules;
  assert.deepEqual(show('في مخيم الزعتري وغيره من المخيمات'), ['place:مخيم الزعتري']);
  for (const text of ['ففي مدن وبلدات خرجت للتو من حرب', 'بمناطق جديدة وعروض عالمية تستضيفها',
    'من مختلف محافظات السلطنة ودول الجوار.', 'في مدن مختلفة، ثم']) assert.deepEqual(show(text), [], text);
  // A second plural place word before the names is skipped; a name shaped أفعلة is still listed.
  assert.deepEqual(show('تستهدف خطة في قرى مراكز ملوي وسمالوط، وفق'), ['place:ملوي', 'place:سمالوط']);
  assert.deepEqual(show('نزحوا من مخيمات أطمة وسرمدا، وقال'), ['place:أطمة', 'place:سرمدا']);
});

test('findMentions: a governor, an MP for a town, an honorific, «led by»; عبد and a title word; a name closed by أمين or by a surname in ي', () => {
  const g = Gazetteer.build([E('basra', 'place', 'البصرة')]);
  const show = kinds(g);
  assert.deepEqual(show('، أعلن محافظ البصرة أسعد العيداني تشكيل لجنة'), ['place:البصرة', 'person:أسعد العيداني']);
  assert.deepEqual(show('ودعا النائب عن البصرة حيدر البطاط إلى استضافة الوزير'), ['place:البصرة', 'person:حيدر البطاط']);
  assert.deepEqual(show('وقال الشيخ عبد الأمير الحلفي، أحد وجهاء العشائر'), ['person:عبد الأمير الحلفي']);
  assert.deepEqual(show('في الاجتماع معالي أحمد الخطيب وزير السياحة'), ['person:أحمد الخطيب']);
  assert.deepEqual(show('حزب الرفاه من جديد بزعامة فاتح أربكان، الذي'), ['person:فاتح أربكان']);
  assert.deepEqual(show('وقال رئيس المجلس، ريباز محمد أمين، إن'), ['person:ريباز محمد أمين']);
  assert.deepEqual(show('تعاقد النادي مع المدرب الألماني ماتياس يايسله. ويدخل'), ['person:ماتياس يايسله']);
  // An ambiguous given name before بنت, and a woman's family name as a feminine nisba.
  assert.deepEqual(show('وقالت نور بنت أحمد الشحية، صاحبة مشروع'), ['person:نور بنت أحمد الشحية']);
  assert.deepEqual(show('وقالت المرشدة وفاء بنت سالم المعشنية إن الزوار'), ['person:وفاء بنت سالم المعشنية']);
  // Left alone: ب and a verbal noun, أمين as a title, a verb in ي after a name, نور as a word.
  for (const text of ['وأمر رئيس الجمهورية بتسريع أشغال الطريق', 'وقال أمين عام الحزب إن', 'وقال المدرب ماتياس يشرح الخطة',
    'رأى نور الشمس أمس', 'قال النائب عن البصرة إن']) assert.deepEqual(show(text).filter((m) => m.startsWith('person:')), [], text);
});

test('findMentions: a court, a directorate, a police command named after a known place is one organization', () => {
  const g = Gazetteer.build([E('sohag', 'place', 'سوهاج'), E('dhi-qar', 'place', 'ذي قار'), E('dubai', 'place', 'دبي'), E('harib', 'place', 'حريب'),
    E('tanzania', 'place', 'تنزانيا'), E('saudi-arabia', 'place', 'المملكة العربية السعودية')]);
  const show = kinds(g);
  assert.deepEqual(show('قضت محكمة جنايات سوهاج، المنعقدة'), ['organization:محكمة جنايات سوهاج']);
  assert.deepEqual(show('وتلقى مدير مديرية أمن سوهاج إخطارًا'), ['organization:مديرية أمن سوهاج']);
  assert.deepEqual(show('وأكدت قيادة شرطة ذي قار في بيان'), ['organization:قيادة شرطة ذي قار']);
  assert.deepEqual(show('وقال قائد شرطة دبي إن'), ['organization:شرطة دبي']);
  // Right before the place a district word or a government stays outside; «led by» is no command.
  assert.deepEqual(show('في مديرية حريب جنوب'), ['place:حريب']);
  assert.deepEqual(show('وطالبت حكومة تنزانيا بالتحقيق'), ['place:تنزانيا']);
  assert.deepEqual(show('تحالف بقيادة المملكة العربية السعودية وروسيا،'), ['place:المملكة العربية السعودية', 'place:روسيا']);
});

test('findMentions: a city with a masculine nationality is its club; a one-word organization after a district word is the place; a port leaves its nationality out', () => {
  const city = (id: string, name: string): Entity => ({ ...E(id, 'place', name), description: 'City in England' });
  const g = Gazetteer.build([city('liverpool', 'ليفربول'), city('rafah', 'رفح'), city('beirut', 'بيروت'), E('fao', 'organization', 'الفاو'), E('england', 'place', 'إنجلترا')]);
  const show = kinds(g);
  assert.deepEqual(show('قادماً من ليفربول الإنجليزي في صفقة'), ['organization:ليفربول']);
  assert.deepEqual(show('وهي معلمة من قضاء الفاو، للوكالة'), ['place:الفاو']);
  assert.deepEqual(show('خط التصدير إلى ميناء جيهان التركي متوقف'), ['place:ميناء جيهان']);
  // A feminine adjective is the city's; after a crossing or a port word the adjective is theirs;
  // a country is no club; the FAO elsewhere stays the FAO.
  assert.deepEqual(show('وصل إلى ليفربول الإنجليزية أمس'), ['place:ليفربول']);
  assert.deepEqual(show('عبر معبر رفح المصري أمس'), ['place:معبر رفح']);
  assert.deepEqual(show('وقال مدير منظمة الفاو إن'), ['organization:الفاو']);
  assert.deepEqual(show('في إنجلترا الإنجليزي'), ['place:إنجلترا']);
});

test('findMentions: a known person named in full is named again by the surname alone, where it is no adjective, no other name and no ordinary word', () => {
  const g = Gazetteer.build([E('sudani', 'person', 'محمد شياع السوداني'), E('berri', 'person', 'نبيه بري'), E('salam', 'person', 'نواف سلام'),
    E('masoud', 'person', 'مسعود بارزاني'), E('masrour', 'person', 'مسرور بارزاني'), E('mbs', 'person', 'محمد بن سلمان')]);
  const people = (text: string) => findMentions(text, g).filter((m) => m.kind === 'person').map((m) => `${m.text}=${m.entity}`);
  assert.deepEqual(people('التقى محمد شياع السوداني الوفد. وقال مكتب السوداني إن'), ['محمد شياع السوداني=sudani', 'السوداني=sudani']);
  assert.deepEqual(people('قال نبيه بري إن. اقرأ أيضاً بري: لا تأجيل'), ['نبيه بري=berri', 'بري=berri']);
  assert.deepEqual(people('كلف نواف سلام بالتشكيل، وأظهرت حكومة سلام جدية'), ['نواف سلام=salam', 'سلام=salam']);
  // Two of one surname: a person, no entity.
  assert.deepEqual(people('التقى مسعود بارزاني ومسرور بارزاني. وقال بارزاني إن'), ['مسعود بارزاني=masoud', 'مسرور بارزاني=masrour', 'بارزاني=rule:بارزاني']);
  // After بن the link belongs to the surname.
  assert.deepEqual(people('التقى محمد بن سلمان الوفد. وفي استاد الملك سلمان الدولي'), ['محمد بن سلمان=mbs']);
  // Left alone: an adjective after a noun with the article, another first name, an ordinary word.
  assert.deepEqual(people('التقى محمد شياع السوداني الوفد. وقال الجيش السوداني إن'), ['محمد شياع السوداني=sudani']);
  assert.deepEqual(people('قال مسعود بارزاني إن نيجيرفان بارزاني سيزور'), ['مسعود بارزاني=masoud', 'نيجيرفان بارزاني=rule:نيجيرفان بارزاني']);
  assert.deepEqual(people('قال نواف سلام إن اتفاق سلام قريب وإن بري الجنوب آمن'), ['نواف سلام=salam']);
  // A verb of a politician's day before an ordinary-word surname.
  assert.deepEqual(people('وصل نبيه بري. وشدد بري على الحوار'), ['نبيه بري=berri', 'بري=berri']);
});

test('findMentions: a three-word Chinese or Korean name after a title; a given name after a place word opens a person', () => {
  const show = rules;
  assert.deepEqual(show('وقال نائب رئيس مجلس الدولة الصيني دينغ شيويه شيانغ إن التعاون'), ['person:دينغ شيويه شيانغ']);
  assert.deepEqual(show('وقال السفير الكوري لي جونغ هون، إن'), ['person:لي جونغ هون']);
  assert.deepEqual(show('وقال حاكم ولاية نيوهامبشير كريس، إن'), ['place:نيوهامبشير']);
  // Two syllables and a verb: the name is two words.
  assert.deepEqual(show('وقال الوزير وانغ يي، إن'), ['person:وانغ يي']);
  assert.deepEqual(show('وقال الوزير الصيني وانغ يي وصل أمس'), ['person:وانغ يي']);
});

test('findMentions: a municipality named with its place is one organization', () => {
  const g = Gazetteer.build([E('ankara', 'place', 'أنقرة'), E('hebron', 'place', 'الخليل'), towns('ghobeiry', 'الغبيري')]);
  const show = kinds(g);
  assert.deepEqual(show('فاز المرشح برئاسة بلدية أنقرة بفارق كبير'), ['organization:بلدية أنقرة']);
  assert.deepEqual(show('وقال رئيس بلدية ترمسعيا، إن'), ['organization:بلدية ترمسعيا']);
  // A given name after the municipality opens the mayor's name: no institution runs on into it.
  assert.deepEqual(show('فيما دعا رئيس بلدية الغبيري معن الخليل الأهالي').includes('organization:بلدية الغبيري معن الخليل'), false);
  // The place alone elsewhere stays a place.
  assert.deepEqual(show('وصل الوفد إلى أنقرة أمس'), ['place:أنقرة']);
});

test('findMentions: Mauritanian names with ولد and منت, a given name with the article before ولد, سيدي before a given name', () => {
  const show = rules;
  assert.deepEqual(show('وقال المتحدث باسم الحكومة الناني ولد اشروقه إن'), ['person:الناني ولد اشروقه']);
  assert.deepEqual(show('وقال الوزير محمد ولد عبد الله ولد أحمد إن'), ['person:محمد ولد عبد الله ولد أحمد']);
  assert.deepEqual(show('وقالت مريم منت أحمد إن'), ['person:مريم منت أحمد']);
  assert.deepEqual(show('وأكد سيدي محمد ولد بوبكر، مدير الحملة، أن'), ['person:سيدي محمد ولد بوبكر']);
  // «was born in», a port named after a saint: no name.
  assert.deepEqual(show('وقال إن محمد ولد في القرية عام'), []);
  assert.deepEqual(show('صوّت من أجل ميناء سيدي يوسف الذي ينتظر'), []);
});

test('findMentions: a title before an institution whose name goes on with ل and the article', () => {
  const show = rules;
  assert.deepEqual(show('وقال رئيس الهيئة المستقلة للانتخاب موسى المعايطة إن نسبة'), ['person:موسى المعايطة']);
  // ب and a word after it is where the institution is: no name read from there.
  assert.deepEqual(show('وقال المدير الجهوي للفلاحة بوجدة محمد، إن'), []);
  assert.deepEqual(show('وقال الوزير للصحفيين إن'), []);
});

test('findMentions: a stadium by its name, one named after a king or a person, and no stadium in an ordinary phrase', () => {
  const show = rules;
  assert.deepEqual(show('في استاد خليفة الدولي أمس'), ['place:استاد خليفة الدولي']);
  assert.deepEqual(show('التي سيكون استاد الملك فهد الدولي أحد ملاعبها'), ['place:استاد الملك فهد الدولي']);
  assert.deepEqual(show('وصل إلى مطار الملك خالد الدولي أمس'), ['place:مطار الملك خالد الدولي']);
  assert.deepEqual(show('على استاد أحمد بن علي، حيث'), ['place:استاد أحمد بن علي']);
  assert.deepEqual(show('تقام المباراة على ملعب الجنوب، حيث'), ['place:ملعب الجنوب']);
  for (const text of ['وعاد اللاعبون إلى ملعب التدريب أمس', 'على ملعب المباراة، ثم', 'في ميناء صناعي جديد', 'خارج ملعب الفريق، حيث'])
    assert.deepEqual(show(text), [], text);
});

test('findMentions: a name that starts with أل is no article (ألكسندر); a governor and a district word cue a town', () => {
  const g = Gazetteer.build([{ ...E('qena', 'place', 'قنا'), origin: 'builtin:towns' }, { ...E('ranya', 'place', 'رانية'), origin: 'builtin:towns' }]);
  const show = (text: string) => findMentions(text, g, {}).map((m) => `${m.kind}:${m.text}`);
  assert.deepEqual(rules('مع المهاجم الفرنسي ألكسندر لاكازيت تحت قيادة'), ['person:ألكسندر لاكازيت']);
  assert.deepEqual(rules('وقال نائب رئيس الوزراء الروسي ألكسندر نوفاك إن'), ['person:ألكسندر نوفاك']);
  // The article itself is still the article: no name opens with it.
  assert.deepEqual(rules('مع المهاجم الفرنسي الكبير لاكازيت تحت قيادة'), []);
  assert.deepEqual(show('وقال محافظ قنا إن'), ['place:قنا']);
  assert.deepEqual(show('في قضاء رانية وقفات'), ['place:رانية']);
  // Both are words or names elsewhere (قنا "we were", رانية a given name).
  assert.deepEqual(show('وقال إن رانية تعمل'), []);
});

test('findMentions: محمد الأمين is one given name; ولد opens no name; «goals» ends one; later list items may look like adjectives', () => {
  const show = rules;
  assert.deepEqual(show('وقال المحلل الموريتاني محمد الأمين ولد الفاضل لإيلاف إن'), ['person:محمد الأمين ولد الفاضل']);
  assert.deepEqual(show('وسجل الصربي ألكسندر ميتروفيتش هدفين، فيما'), ['person:ألكسندر ميتروفيتش']);
  assert.deepEqual(show('في مناطق الرطبة والقائم وحديثة، فيما'), ['place:الرطبة', 'place:القائم', 'place:حديثة']);
  assert.deepEqual(show('غمرت المياه أحياء الجمهورية والحيانية، وأعلنت'), ['place:الجمهورية', 'place:الحيانية']);
  // A first item shaped like an adjective still describes the plural word.
  assert.deepEqual(show('في مناطق حديثة وقديمة، فيما'), []);
});

test('findMentions: a town after على is a place (على folds to the name علي); a region whose head belongs to its name keeps it', () => {
  const g = Gazetteer.build([towns('manbij', 'منبج'), E('kurdistan-region', 'place', 'إقليم كوردستان')]);
  const show = kinds(g);
  assert.deepEqual(show('شنت غارات على منبج أمس'), ['place:منبج']);
  assert.deepEqual(show('في إقليم كوردستان، قال'), ['place:إقليم كوردستان']);
  // علي written with ي before a town is a person's name.
  assert.deepEqual(show('وقال علي منبج، إن').includes('place:منبج'), false);
});

test('findMentions: «the holy sites» is no Bekaa; لأبي is no Abe and no name; a country after ب or ل is still read', () => {
  const g = Gazetteer.build([E('bekaa', 'place', 'البقاع'), E('mecca', 'place', 'مكة'), E('shinzo-abe', 'person', 'شينزو آبي', ['آبي']), E('mali', 'place', 'مالي')]);
  const show = kinds(g);
  assert.deepEqual(show('زيارة البقاع المقدسة في مكة'), ['place:مكة']);
  assert.deepEqual(show('جولة في البقاع أمس'), ['place:البقاع']);
  assert.deepEqual(show('قال لأبي إن الطريق طويل'), []);
  assert.deepEqual(show('وصل الوفد إلى مالي، ثم عاد لمالي'), ['place:مالي', 'place:مالي']);
});

test('findMentions: a surname found by a rule repeats after a noun in the construct state; لصالح opens no name', () => {
  const text = 'وقال المرشح المحافظ سعيد جليلي، ممثل المرشد. وتراهن حملة جليلي على الشباب، وانسحب زاكاني لصالح جليلي. وفي مواجهة جليلي..';
  assert.deepEqual(rules(text), ['person:سعيد جليلي', 'person:جليلي', 'person:جليلي', 'person:جليلي']);
  // After an unknown word that may be a first name, the surname is still the tail of another name.
  assert.deepEqual(rules('وقال الوزير سعيد جليلي، ثم أشاد بهروز جليلي بالخطة').includes('person:جليلي'), false);
  // A feminine given name before it opens another person's name.
  assert.deepEqual(rules('وقال الوزير سعيد جليلي، وقالت فاطمة جليلي').includes('person:جليلي'), false);
});

test('findMentions: a party word after a title is no name; a plural or dual place word ends a name and opens none', () => {
  // The parties are named (organizations); no person is read after كزعيم.
  assert.deepEqual(rules('بين مؤيد كزعيم ائتلاف «دولة القانون» وآخر كزعيم تيار «الحكمة» فقط.'), ['organization:دولة القانون', 'organization:الحكمة']);
  assert.deepEqual(rules('وشغلت فيها منصب الحاكم لولايتين. وكان'), []);
  assert.deepEqual(rules('جاب المرشح العيد ولد محمدن مدن الشمال، فيما'), ['person:العيد ولد محمدن']);
  // A name after the title still reads (الحاكم مايك دواين،).
  assert.deepEqual(rules('وقال الحاكم مايك دواين، إن'), ['person:مايك دواين']);
});

test('findMentions: a nisba after a title and a given name ends the name whatever follows; a ruling family closes a long name; a plural in ات ends one', () => {
  assert.deepEqual(rules('فيما طالب النائب خالد الرشيدي بنقل مسؤولية البنية'), ['person:خالد الرشيدي']);
  assert.deepEqual(rules('وقال المحافظ الشيخ فواز الخالد الصباح إن'), ['person:فواز الخالد الصباح']);
  assert.deepEqual(rules('دعا وزير الخارجية الشيخ سالم عبدالله الجابر الصباح إلى استدعاء'), ['person:سالم عبدالله الجابر الصباح']);
  assert.deepEqual(rules('واستعرض وزير التخطيط إسطفان سلامة أولويات خطة التعافي'), ['person:إسطفان سلامة']);
  // A given name after the nisba goes on with the name; a nationality is no family name there.
  assert.deepEqual(rules('داعيا وزير الفلاحة ياسين المهدي وليد إلى تقديم').includes('person:ياسين المهدي'), false);
  assert.deepEqual(rules('واستقبل الرئيس محمد المصري ضيوفا كثرا').includes('person:محمد المصري'), false);
  // After عبد the last word is a given name of its own, not a surname to repeat.
  assert.deepEqual(rules('وقال الوزير محمد عبد السلام، ثم زار سكان عزبة السلام الحي'), ['person:محمد عبد السلام']);
});

test('findMentions: bylines after a dash, a photographer before the agency, two authors, a translator; Chinese names of three syllables', () => {
  assert.deepEqual(rules('الدوحة - الراية: كتب - محمد الجفيري\nبعد').filter((m) => m.startsWith('person')), ['person:محمد الجفيري']);
  assert.deepEqual(rules('خطاب الفوز. تصوير: جو رايدل/غيتي إيميجز) وظهر'), ['person:جو رايدل']);
  assert.deepEqual(rules('الملف\nكتب سلطان العبدالله وعبدالعزيز الفضلي\nافتتح'), ['person:سلطان العبدالله', 'person:عبدالعزيز الفضلي']);
  assert.deepEqual(rules('جيسيكا ماكنزي - ترجمة: رنا أبو زيد\nنشر الأربعاء').filter((m) => m.startsWith('person')), ['person:رنا أبو زيد']);
  assert.deepEqual(rules('وقال هوانغ تشي يونغ، الباحث في المعهد'), ['person:هوانغ تشي يونغ']);
  assert.deepEqual(rules('في العالم، بحسب لي وي مينغ، المسؤول'), ['person:لي وي مينغ']);
  // A known person whose name is one syllable yields to the longer Chinese name.
  const g = Gazetteer.build([E('jensen-huang', 'person', 'جنسن هوانغ', ['هوانغ'])]);
  assert.deepEqual(kinds(g)('وقال هوانغ تشي يونغ، الباحث'), ['person:هوانغ تشي يونغ']);
  assert.deepEqual(kinds(g)('وقال هوانغ إن الرقائق'), ['person:هوانغ']);
  // Two syllables, or a run with no clear end, are no name by themselves.
  assert.deepEqual(rules('قال لي وين إنه'), []);
  assert.deepEqual(rules('ترجمة النص إلى العربية'), []);
});

test('findMentions: a given name ending in نا (رنا، دينا) is a name, not a noun with «our»', () => {
  assert.deepEqual(rules('وقالت الناشطة رنا الخطيب، إن'), ['person:رنا الخطيب']);
  assert.deepEqual(rules('وقال مراسلنا إن الوضع هادئ'), []);
  // Latin, Slavic and Nordic names in -ina and -ana, after a verb or a title and with no title at all.
  assert.deepEqual(rules('وتقول لوسيانا فيرنانديز، أستاذة العلوم'), ['person:لوسيانا فيرنانديز']);
  assert.deepEqual(rules('في حين حذرت كريستالينا جورجيفا مديرة الصندوق'), ['person:كريستالينا جورجيفا']);
  assert.deepEqual(rules('المفوضة الأوروبية هينا فيركونن، فأكدت'), ['person:هينا فيركونن']);
  assert.deepEqual(rules('زيليانا زوفكو إن الانتخابات'), ['person:زيليانا زوفكو']);
  // Indefinite accusatives in -ana, -ina stay words (قال مبينا أن، وأضاف موضحا).
  assert.deepEqual(rules('وقال مبينا أن الحكومة'), []);
  assert.deepEqual(rules('وأضاف أحيانا إن'), []);
});

test('findMentions: an island word stays outside where the knowledge base names the island without it', () => {
  const g = Gazetteer.build([E('kerkennah', 'place', 'جزر قرقنة', ['قرقنة']), E('comoros', 'place', 'جزر القمر')]);
  const show = kinds(g);
  assert.deepEqual(show('والشابة وجزر قرقنة، مضيفاً'), ['place:قرقنة']);
  // جزر القمر is the country's name: القمر alone is the moon.
  assert.deepEqual(show('وصل إلى جزر القمر أمس'), ['place:جزر القمر']);
});

test('findMentions: the networks of a share or follow line are no organizations; in prose they are', () => {
  const g = Gazetteer.build([E('facebook', 'organization', 'فيسبوك'), E('whatsapp', 'organization', 'واتساب'), E('telegram', 'organization', 'تلغرام')]);
  const show = kinds(g);
  assert.deepEqual(show('الكلمات: درعا\nشارك الخبر: فيسبوك - إكس - واتساب'), []);
  assert.deepEqual(show('تابعوا عنب بلدي على تلغرام'), []);
  assert.deepEqual(show('وقال في منشور على فيسبوك إن'), ['organization:فيسبوك']);
  assert.deepEqual(show('وشارك مقطعا على واتساب مع أصدقائه'), ['organization:واتساب']);
});

test('findMentions: a leader after برئاسة، بقيادة، يرأسه، قائدها; an MP for a governorate; a campaign manager after the candidate she works for', () => {
  assert.deepEqual(rules('حزب «إرادة» برئاسة نضال البطاينة، ثم الحزب'), ['organization:إرادة', 'person:نضال البطاينة']);
  assert.deepEqual(rules('وحزب «تقدم» الذي يرأسه خالد البكار، فيما'), ['organization:تقدم', 'person:خالد البكار']);
  assert.deepEqual(rules('على لسان قائدها يحيى الحجار بالإفراج عن'), ['person:يحيى الحجار']);
  const g = Gazetteer.build([E('nikki-haley', 'person', 'نيكي هيلي', ['هيلي']), E('basra', 'place', 'البصرة')]);
  assert.deepEqual(kinds(g)('قال النائب العراقي عن محافظة البصرة عامر الفايز إن'), ['place:البصرة', 'person:عامر الفايز']);
  assert.deepEqual(kinds(g)('وكتبت مديرة حملة هيلي، بيتسي أنكني، في مذكرة'), ['person:هيلي', 'person:بيتسي أنكني']);
  // A known person right after the title is the title's own name: the words after it are the sentence.
  assert.deepEqual(kinds(g)('وقالت المرشحة هيلي، أمس الأول، إن'), ['person:هيلي']);
  // What follows a leader word is not always a person (بقيادة الولايات المتحدة ضد، يرأسها آنذاك صهر الرئيس).
  assert.deepEqual(rules('تحالف بقيادة الولايات المتحدة ضد التنظيم'), []);
  assert.deepEqual(rules('وكان يرأسها آنذاك صهر الرئيس أنور عثمان.').includes('person:آنذاك صهر'), false);
});

test('findMentions: a station, a crossing, a camp, a prison, a street or a square is named with its head', () => {
  const g = Gazetteer.build([E('adre', 'place', 'أدري'), E('daraa', 'place', 'درعا'), E('tal-abyad', 'place', 'تل أبيض'), E('sanaa', 'place', 'صنعاء')]);
  const show = kinds(g);
  assert.deepEqual(show('عبر معبر أدري الحدودي مع تشاد'), ['place:معبر أدري']);
  assert.deepEqual(show('نزوح نحو 40 عائلة من مخيم درعا إلى'), ['place:مخيم درعا']);
  assert.deepEqual(show('في محيط الدوار وشارع تل أبيض، بتمويل'), ['place:شارع تل أبيض']);
  assert.deepEqual(show('ضخ المياه من محطة علوك الواقعة في ريف'), ['place:محطة علوك']);
  assert.deepEqual(show('لليوم الـ 18.. محطة علوك خارج الخدمة'), ['place:محطة علوك']);
  assert.deepEqual(show('أخي دخل سجن المرناقية لأنه قال رأياً'), ['place:سجن المرناقية']);
  assert.deepEqual(show('صاحب مقهى في شارع باومان السياحي، فقال'), ['place:شارع باومان']);
  assert.deepEqual(show('في شارع الزبيري بصنعاء، فقال'), ['place:شارع الزبيري', 'place:صنعاء']);
  // A toponym's first word takes the article after it; a plural present verb ends the name.
  assert.deepEqual(show('المهجرون في مخيم تل السمن يطالبون بعودة'), ['place:مخيم تل السمن']);
  // What the site is for is no name (محطة وقود، محطة لمعالجة المياه، محطة الفضاء).
  for (const text of ['أمام محطة وقود في المدينة', 'إن محطة كهرباء أوباري متوقفة', 'ومحطة لمعالجة المياه تربط', 'في محطة الفضاء الدولية.',
    'باحتياجاتها في ميدان المعارك. وفيما', 'في مخيم لاجئين قرب الحدود', 'نزل إلى الشارع الرئيسي، ثم']) assert.deepEqual(show(text), [], text);
});

test('findMentions: an institution named after a place or a person goes on through its purpose; a chamber, a court or a campus ends with its city', () => {
  const g = Gazetteer.build([E('uae', 'place', 'الإمارات'), E('bahrain', 'place', 'البحرين'), E('aden', 'place', 'عدن'), E('tunisia', 'place', 'تونس'),
    E('sharjah', 'place', 'الشارقة'), E('mbr', 'person', 'محمد بن راشد'), E('london', 'place', 'لندن')]);
  const show = kinds(g);
  assert.deepEqual(show('التعاون مع وكالة الإمارات للفضاء مستمر'), ['organization:وكالة الإمارات للفضاء']);
  assert.deepEqual(show('الباحث في مركز البحرين للدراسات الاستراتيجية والدولية والطاقة «دراسات»'), ['organization:مركز البحرين للدراسات الاستراتيجية والدولية والطاقة']);
  assert.deepEqual(show('أعلن مركز محمد بن راشد للفضاء أمس'), ['organization:مركز محمد بن راشد للفضاء']);
  assert.deepEqual(show('ودعت غرفة تجارة وصناعة عدن إلى'), ['organization:غرفة تجارة وصناعة عدن']);
  assert.deepEqual(show('أمام المحكمة الابتدائية بتونس في ما يعرف'), ['organization:المحكمة الابتدائية بتونس']);
  assert.deepEqual(show('طالبة في الجامعة الأمريكية في الشارقة ضمن'), ['organization:الجامعة الأمريكية في الشارقة']);
  // No purpose after مركز leaves the place (مركز البحرين is also a district's name); a university
  // with no adjective of nation is not named by the city; a verbal noun after ل is no purpose.
  assert.deepEqual(show('وصلوا إلى مركز البحرين أمس'), ['place:البحرين']);
  assert.deepEqual(show('درس في جامعة أمريكية في الشارقة'), ['place:الشارقة']);
  assert.deepEqual(show('عاد وفد الإمارات للتفاوض'), ['place:الإمارات']);
  assert.deepEqual(show('وصل إلى لندن للمشاركة في'), ['place:لندن']);
});

test('findMentions: a country named like a feminine adjective after an indefinite feminine noun is the adjective; «its sovereignty» is no town', () => {
  const g = Gazetteer.build([E('turkey', 'place', 'تركيا', ['تركية']), E('syria', 'place', 'سوريا', ['سورية']), E('somalia', 'place', 'الصومال'), E('damascus', 'place', 'دمشق')]);
  const show = kinds(g);
  assert.deepEqual(show('لقصف بطائرة مسيرة تركية في كانون'), []);
  assert.deepEqual(show('يباع البرميل بـ 40 ألف ليرة سورية كل ثلاثة أيام'), []);
  assert.deepEqual(show('وحدة الصومال وسيادته، وترحيبها'), ['place:الصومال']);
  // After a verb, a preposition or a place word it is the country.
  assert.deepEqual(show('عاد الوفد إلى سورية أمس'), ['place:سورية']);
  assert.deepEqual(show('وصل إلى عاصمة سورية دمشق'), ['place:سورية', 'place:دمشق']);
});

test('findMentions: وإلى is no governor; a member of a body is a title; a given name in عبد keeps its family name; صلاح الدين with a nisba is a person; a satellite bears no person', () => {
  const g = Gazetteer.build([E('hor', 'organization', 'مجلس النواب'), E('saladin', 'place', 'صلاح الدين'), E('mbz', 'person', 'محمد بن زايد')]);
  const show = kinds(g);
  assert.deepEqual(show('دعا البيان وإلى وقف فوري لإطلاق النار'), []);
  assert.deepEqual(show('عضو المجلس عبد الجليل الشاوش، بحضور'), ['person:عبد الجليل الشاوش']);
  assert.deepEqual(show('عضو مجلس النواب عبد الهادي الصغير، وعن'), ['organization:مجلس النواب', 'person:عبد الهادي الصغير']);
  assert.deepEqual(show('وقال عبد الجليل الشاوش، وعن'), ['person:عبد الجليل الشاوش']);
  assert.deepEqual(show('يقول المحلل السياسي صلاح الدين الجورشي إن'), ['person:صلاح الدين الجورشي']);
  assert.deepEqual(show('للقمر الاصطناعي «محمد بن زايد سات»، أكثر'), []);
  // The place stays a place before a nationality or a time word; a site's head takes no الصغير.
  assert.deepEqual(show('في محافظة صلاح الدين العراقية'), ['place:صلاح الدين']);
  assert.deepEqual(show('وصل إلى صلاح الدين الأحد'), ['place:صلاح الدين']);
  assert.deepEqual(show('في ميناء الصغير، ثم'), []);
  assert.deepEqual(show('واستقبل محمد بن زايد الوفد'), ['person:محمد بن زايد']);
});

test('findMentions: a speaker of three words after a verb of saying; a given name with the article after a title; a title, one name word and a family name with the article', () => {
  const show = rules;
  assert.deepEqual(show('من جهته، قال سالم حميد المري، مدير عام المركز'), ['person:سالم حميد المري']);
  assert.deepEqual(show('وكشف عامر الصايغ، مدير مشروع القمر'), ['person:عامر الصايغ']);
  assert.deepEqual(show('بإقالة المحافظ الصديق الكبير، الذي شغل المنصب'), ['person:الصديق الكبير']);
  assert.deepEqual(show('وقال الناطق الفاتح قرشي إن قواته'), ['person:الفاتح قرشي']);
  assert.deepEqual(show('قال المواطن خلف الحسين، وهو أب لسبعة'), ['person:خلف الحسين']);
  // A title's adjective stays outside; a common noun after the name word is no family name.
  assert.deepEqual(show('وقال الرئيس الفرنسي ماكرون، أمس'), ['person:ماكرون']);
  assert.deepEqual(show('قال الوزير شويغو الأسبوع الماضي،'), []);
  assert.deepEqual(show('وكشف التقرير، الذي'), []);
});

test('findMentions: a town with the article listed after a place with و; a common noun there is none', () => {
  const g = Gazetteer.build([E('baqubah', 'place', 'بعقوبة'), E('latakia', 'place', 'اللاذقية'), E('israel', 'place', 'إسرائيل')]);
  const show = kinds(g);
  assert.deepEqual(show('أظهر التعداد أن بعقوبة والخالص، ثم'), ['place:بعقوبة', 'place:الخالص']);
  assert.deepEqual(show('في المحافظة باللاذقية والساحل. وقال'), ['place:اللاذقية']);
  assert.deepEqual(show('الاتفاق بين إسرائيل والحزب. وقال'), ['place:إسرائيل']);
  assert.deepEqual(show('بين إسرائيل والعالم، ثم'), ['place:إسرائيل']);
});

test('findMentions: a republic\'s official name with its head and describing word; a defence force named after its country; a place word with a proclitic ends an institution\'s name', () => {
  const g = Gazetteer.build([E('somalia', 'place', 'الصومال'), E('tatarstan', 'place', 'تتارستان'), E('bahrain', 'place', 'البحرين'), E('horn', 'place', 'القرن الأفريقي')]);
  const show = kinds(g);
  assert.deepEqual(show('احترام سيادة جمهورية الصومال الفيدرالية وحق'), ['place:جمهورية الصومال الفيدرالية']);
  assert.deepEqual(show('عاصمة جمهورية تتارستان الروسية'), ['place:جمهورية تتارستان']);
  assert.deepEqual(show('والبنتاغون وقوة دفاع البحرين ووزارة'), ['organization:قوة دفاع البحرين']);
  assert.deepEqual(show('قال الممثل السامي للاتحاد لمنطقة القرن الأفريقي، الرئيس'), ['place:القرن الأفريقي']);
  // رئيس الجمهورية has the article: no head; قوة right before the place is no institution.
  assert.deepEqual(show('وصل رئيس الجمهورية إلى الصومال'), ['place:الصومال']);
  assert.deepEqual(show('أظهرت قوة البحرين الاقتصادية'), ['place:البحرين']);
});

test('findMentions: after a place word a toponym\'s first word takes the word with the article after it, and alone is no name', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('في منطقة رأس الخور الصناعية، حيث'), ['place:رأس الخور']);
  assert.deepEqual(show('في بلدة دير الأحمر، قال'), ['place:دير الأحمر']);
  // رأس alone, a phrase (رأس المال) or a word with no clear end is no place.
  for (const text of ['في منطقة رأس، قال', 'في منطقة رأس المال الجديدة', 'في منطقة رأس جبلية']) assert.deepEqual(show(text), [], text);
});

test('findMentions: a name ends before a construct (حالة الطوارئ) or a verbal noun with «his» (اعتذاره); لـ with a tatweel before the article opens no name', () => {
  const show = kinds(Gazetteer.build([E('akkar', 'place', 'عكار')]));
  assert.deepEqual(show('وأعلنت رئيسة الوزراء بايتونغتارن شيناواترا حالة الطوارئ في'), ['person:بايتونغتارن شيناواترا']);
  assert.deepEqual(show('تفقد محافظ عكار عماد لبكي غرفة العمليات المشتركة'), ['place:عكار', 'person:عماد لبكي']);
  assert.deepEqual(show('وقدّم رئيس البلدية بارك هيونغ جون اعتذاره لسكان المدينة'), ['person:بارك هيونغ جون']);
  assert.deepEqual(show('أكد الأمين العام لـالمجلس الأعلى للآثار أن'), []);
  // A feminine adjective or a title after a surname in ة leaves it in the name.
  assert.deepEqual(show('والناشطة النسوية بشرى بلحاج حميدة المقيمة في فرنسا'), ['person:بشرى بلحاج حميدة']);
  assert.deepEqual(show('وقال محمد سعيد حمادة المتحدث باسم الحزب'), ['person:محمد سعيد حمادة']);
});

test('findMentions: a given name and a family name with the article before a comma or أن is a name; before anything else the article word is the sentence', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('أوضح الرئيس التنفيذي للهيئة فهد الرشيد أن موقع المعرض'), ['person:فهد الرشيد']);
  assert.deepEqual(show('الوسوم: انفجار المرفأ، طارق البيطار، الجيش'), ['person:طارق البيطار']);
  // An ambiguous given name, a common noun or a word of time after it, or no comma or أن: none.
  for (const text of ['وقال إن سعيد الحظ، من', 'التقى خالد الأسبوع الماضي، ثم', 'وصل فهد الرشيد إلى المدينة']) assert.deepEqual(show(text), [], text);
});

test('findMentions: a surname shaped like a verbal noun (تشليك) is a name when a comma or إن closes it, and the sentence going on otherwise', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('وقال المتحدث باسم الحزب عمر تشليك إن الملف'), ['person:عمر تشليك']);
  assert.deepEqual(show('وقال المتحدث باسم الحزب عمر تشليك، في بيان'), ['person:عمر تشليك']);
  assert.deepEqual(show('طلب الوزير محمد تعيين لجنة للتحقيق'), []);
});

test('findMentions: a body named in quotation marks after حزب، حركة، شركة and the like is an organization, whatever is named inside', () => {
  const show = kinds(Gazetteer.build([E('akkar', 'place', 'عكار'), E('amal', 'organization', 'أمل')]));
  assert.deepEqual(show('أطلقت جمعية «درب عكار» نداء'), ['organization:درب عكار']);
  assert.deepEqual(show('تحالف يضم شركتي «مابا» و«ليماك» التركيتين وشركة «سي آر آر سي» الصينية'),
    ['organization:مابا', 'organization:ليماك', 'organization:سي آر آر سي']);
  assert.deepEqual(show('وحصد حزب «جبهة العمل الإسلامي» 31 مقعداً'), ['organization:جبهة العمل الإسلامي']);
  assert.deepEqual(show('من حزب الله وحركة «أمل» بفارق'), ['organization:أمل']);
  // A quotation of a sentence, words in quotation marks after no such word, or a list item after
  // a quotation that names none: no organization.
  for (const text of ['إن المجموعة «مكتملة تقريباً»', 'إن المشروع «يحتاج إلى جدول زمني»', 'وصف الوضع بأنه «درب عكار» الصعب',
    'وقال إنه «صعب» و«طويل»']) assert.deepEqual(show(text).filter((m) => m.startsWith('organization')), [], text);
});

test('findMentions: an institution of a city or an emirate (الهيئة الملكية لمدينة الرياض), an authority of a zone and a stock exchange are organizations', () => {
  const show = kinds(Gazetteer.build([E('riyadh', 'place', 'الرياض'), E('dubai', 'place', 'دبي'), E('aqaba', 'place', 'العقبة'), E('istanbul', 'place', 'إسطنبول'), E('israel', 'place', 'إسرائيل')]));
  assert.deepEqual(show('وأوضح الرئيس التنفيذي لـالهيئة الملكية لمدينة الرياض أن'), ['organization:الهيئة الملكية لمدينة الرياض']);
  assert.deepEqual(show('رئيس المجلس التنفيذي لإمارة دبي، على'), ['organization:المجلس التنفيذي لإمارة دبي']);
  assert.deepEqual(show('أطلقت سلطة منطقة العقبة الاقتصادية الخاصة الألعاب'), ['organization:سلطة منطقة العقبة الاقتصادية الخاصة']);
  assert.deepEqual(show('أوقفت بورصة إسطنبول التداول'), ['organization:بورصة إسطنبول']);
  // A visit to a city, the power of a state: places.
  assert.deepEqual(show('وصل الرئيس لمدينة الرياض أمس'), ['place:الرياض']);
  assert.deepEqual(show('تعزيز سلطة إسرائيل على المعابر'), ['place:إسرائيل']);
});

test('findMentions: a park named after a king is a place, not the king', () => {
  const show = kinds(Gazetteer.build([E('salman', 'person', 'سلمان بن عبد العزيز', ['الملك سلمان', 'سلمان'])]));
  assert.deepEqual(show('تطلق مخطط «حديقة الملك سلمان» - وزير'), ['place:حديقة الملك سلمان']);
  assert.deepEqual(show('وقال الملك سلمان إن'), ['person:الملك سلمان']);
});

test('findMentions: a free zone, a district «friendly to» something and two head offices are no places', () => {
  const show = kinds(Gazetteer.build([E('algeria', 'place', 'الجزائر'), towns('megrine', 'مقرين'), E('dublin', 'place', 'دبلن')]));
  for (const text of ['فتحت الجزائر مناطق حرة للتبادل التجاري', 'إقامة منطقة حرة مع الدول', 'تحويل الشارع إلى حي صديق للمشاة']) {
    assert.deepEqual(show(text).filter((m) => m !== 'place:الجزائر'), [], text);
  }
  assert.deepEqual(show('لها في دبلن مقرين أوروبيين'), ['place:دبلن']);
  // A town by that name where a place is expected; a quarter named with a word of that shape.
  assert.deepEqual(show('في مدينة مقرين جنوب العاصمة'), ['place:مقرين']);
  assert.deepEqual(show('في حي نظيم، قال'), ['place:نظيم']);
});

test('findMentions: a name found once is read alone after a verb of saying with its proclitic and as a family name after a verb; not after a group named after the person', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('أعلنت وزيرة البيئة تمارا الزين، في مؤتمر. وأشارت الزين إلى التنسيق'), ['person:تمارا الزين', 'person:الزين']);
  assert.deepEqual(show('قال الأكاديمي أندريه كابرين، إن التجارب بدأت. وأفاد كابرين بأن وفوداً'), ['person:أندريه كابرين', 'person:كابرين']);
  assert.deepEqual(show('وقال المدرب جمال السلامي، إن الفريق جاهز. كيف صنع السلامي هذا الفريق'), ['person:جمال السلامي', 'person:السلامي']);
  // A militia named after a leader is no person.
  assert.deepEqual(show('وقال الزعيم عبد الملك الحوثي، إن الهدنة انتهت. وتقدمت ميليشيا الحوثي نحو'), ['person:عبد الملك الحوثي']);
});

test('findMentions: a referee is a title (الحكم الياباني كيمورا هيروياسو); the rule of a regime is none', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('احتسبها الحكم الياباني كيمورا هيروياسو بعد عرقلة'), ['person:كيمورا هيروياسو']);
  assert.deepEqual(show('انتقدوا الحكم العسكري في البلاد'), []);
  assert.deepEqual(show('أصدرت المحكمة الحكم النهائي بحق المتهمين'), []);
});

test('findMentions: a speaker named between commas right before إن, in a sentence a verb of saying opened', () => {
  const show = kinds(Gazetteer.build([E('myanmar', 'place', 'ميانمار')]));
  assert.deepEqual(show('وقال الممثل المقيم في ميانمار، ماركولويجي كورسي، إن المستشفيات'), ['place:ميانمار', 'person:ماركولويجي كورسي']);
  assert.deepEqual(show('وقالت المبعوثة الخاصة بشأن ميانمار، جولي بيشوب، إنها تجري'), ['place:ميانمار', 'person:جولي بيشوب']);
  // No verb of saying, a new sentence, a phrase of nouns, or no إن after the second comma: none.
  for (const text of ['ووصل الوفد إلى ميانمار، جولي بيشوب، إن', 'قال الوزير ذلك. وفي ميانمار، جولي بيشوب، إن', 'وقال الوزير، في مؤتمر صحفي، إن',
    'وقال الوزير، مساء الأحد، إن', 'وقال الوزير، رئيس الحكومة، إن', 'وقال الوزير، جولي بيشوب، عن']) {
    assert.deepEqual(show(text).filter((m) => m.startsWith('person')), [], text);
  }
});

test('findMentions: a given name that is also a title (أمينة) opens the name before بن', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('في أروقة المعرض، قالت أمينة بن عيسى، مديرة مؤسسة ناشئة'), ['person:أمينة بن عيسى']);
  // As a title before a name it stays outside.
  assert.deepEqual(show('وقالت أمينة الصندوق سارة العلي، إن'), ['person:سارة العلي']);
});

test('findMentions: a given name that reads as a function word after a proclitic (فيصل, لانا) is a name', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('رفقة المعد البدني فيصل بن يوسف. وقال'), ['person:فيصل بن يوسف']);
  assert.deepEqual(show('وقالت لانا الخطيب، إن'), ['person:لانا الخطيب']);
  // The verb itself, with or without a proclitic, opens no name.
  assert.deepEqual(show('وصل الوفد الرسمي أمس، ويصل الوزير غدا'), []);
});

test('findMentions: a name of three or four words keeps a given name, a short surname after بن or before a comma, and السيد closing it', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('وقال عثمان آدم بشارة، وهو تاجر'), ['person:عثمان آدم بشارة']);
  assert.deepEqual(show('قال رئيس الوزراء سالم صالح بن بريك، خلال اجتماع'), ['person:سالم صالح بن بريك']);
  assert.deepEqual(show('أما المحافظ أحمد حامد لملس، فقد دعا'), ['person:أحمد حامد لملس']);
  assert.deepEqual(show('وقال أحمد عبدالفتاح السيد، وهو مشرف'), ['person:أحمد عبدالفتاح السيد']);
  assert.deepEqual(show('وقالت فاطمة الزهراء أقبلي، وهي أستاذة'), ['person:فاطمة الزهراء أقبلي']);
  // A short word with ب after two name words goes on with the sentence; السيد before a name is a title.
  assert.deepEqual(show('وقال جوردان بارديلا بحل البرلمان'), ['person:جوردان بارديلا']);
  assert.deepEqual(show('التقى محمد علي السيد حسن في'), ['person:محمد علي']);
});

test('findMentions: و and a noun with «his» closes a name; a title reaches over «of the group» to a given name', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('بالتراضي مع المدرب رياض الجلاصي ومساعده كريم الطرابلسي، وذلك'), ['person:رياض الجلاصي']);
  assert.deepEqual(show('وقال الرئيس التنفيذي للمجموعة عصام الصقر في بيان'), ['person:عصام الصقر']);
  // A surname that starts with و and closes the name is no such noun; nor is one before الله.
  assert.deepEqual(show('قالت التاجرة حواء إسماعيل ورسمه إن الأسعار').filter((m) => m === 'person:حواء إسماعيل'), []);
  assert.deepEqual(show('وقال الرئيس التنفيذي للمجموعة سابقا إن'), []);
});

test('findMentions: the author after a dash at the end of a dateline line in the page head', () => {
  const show = kinds(Gazetteer.build([E('baghdad', 'place', 'بغداد')]));
  assert.deepEqual(show('عنوان الخبر\nبغداد - واع - زينب الموسوي\n2025/10/07'), ['place:بغداد', 'person:زينب الموسوي']);
  assert.deepEqual(show('عنوان الخبر\n\nعمون - محمد الحسنات وهبة العمايرة\n\nشارك'), ['person:محمد الحسنات', 'person:هبة العمايرة']);
  assert.deepEqual(show('عنوان\nبغداد - ديفون ماكلين\n2025'), ['place:بغداد', 'person:ديفون ماكلين']);
  // Not when the line goes on after the name (a given name and a nisba are a name wherever they stand), nor in the body, nor after a sentence.
  assert.deepEqual(show('عنوان\nبغداد - ديفون ماكلين تكتب عن المدينة\n'), ['place:بغداد']);
  const body = `عنوان\n${'سطر من النص.\n'.repeat(14)}بغداد - ديفون ماكلين\n`;
  assert.deepEqual(show(body), ['place:بغداد']);
  assert.deepEqual(show('عنوان\nقال الوزير إن الوضع صعب في بغداد - ديفون ماكلين\n'), ['place:بغداد']);
});

test('findMentions: a name ends before ل drawn out with a tatweel; أمين inside a name; a given name after «the capital» is the official', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('وقالت الخبيرة كلوديا برونر لـسويس إنفو: «في'), ['person:كلوديا برونر']);
  // As the first word it is the proclitic before the name.
  assert.deepEqual(show('لفرصتين خطيرتين لـعصام الصبحي ومحسن الغساني في'), ['person:عصام الصبحي', 'person:محسن الغساني']);
  assert.deepEqual(show('وقال المحامي محمد أمين الوزاني، من هيئة'), ['person:محمد أمين الوزاني']);
  assert.deepEqual(show('وقال أمين العاصمة المقدسة أسامة زيتوني إن'), ['person:أسامة زيتوني']);
  // The capital's own name after its adjective is still a place.
  assert.deepEqual(show('في العاصمة الجديدة نيبيداو، قال').filter((m) => m.startsWith('place')), ['place:نيبيداو']);
});

test('findMentions: a prefecture (عمالة) named with its place is an organization; no list item or lake of a verbal noun or an adverb', () => {
  const show = kinds(Gazetteer.build([E('taounate', 'place', 'تاونات'), E('sabah', 'place', 'مدينة صباح الأحمد')]));
  assert.deepEqual(show('ثلاثة مهندسين من عمالة تاونات، وإلى ممثل'), ['organization:عمالة تاونات']);
  assert.deepEqual(show('ومدينة صباح الأحمد والإسكان في جنوب'), ['place:مدينة صباح الأحمد']);
  assert.deepEqual(show('تشكل بحيرة خلف الركام على مجرى النهر'), []);
  // A town listed after a place, and a lake's name, are still read.
  assert.deepEqual(show('في تاونات والحسيمة، قال'), ['place:تاونات', 'place:الحسيمة']);
  assert.deepEqual(show('قرب بحيرة ناصر، قال'), ['place:بحيرة ناصر']);
});

test('findMentions: a gate, tunnel or road named after a king is a place; an oil field takes its head; «by way of» and a power plant are none', () => {
  const g = Gazetteer.build([E('king-fahd', 'person', 'الملك فهد', ['فهد']), E('heglig', 'place', 'هجليج'), E('imam-ashour', 'person', 'إمام عاشور')]);
  const show = kinds(g);
  assert.deepEqual(show('شارع أجياد ونفق الملك فهد. وقال'), ['place:نفق الملك فهد']);
  assert.deepEqual(show('معارك في محيط حقل هجليج النفطي قرب'), ['place:حقل هجليج']);
  assert.deepEqual(show('أثمرت هدف الفوز عن طريق إمام عاشور بتسديدة قوية'), ['person:إمام عاشور']);
  assert.deepEqual(show('إلى تمويل محطة الطاقة الشمسية في المدينة'), []);
  // A station named after a town keeps its head.
  assert.deepEqual(show('قرب محطة هجليج للكهرباء'), ['place:محطة هجليج']);
});

test('findMentions: المدينة right after Mecca and و or إلى is Medina; a town after «links» is where a place is expected', () => {
  const g = Gazetteer.build([E('mecca', 'place', 'مكة المكرمة', ['مكة']), E('medina', 'place', 'المدينة المنورة'), { ...towns('nasiriyah', 'الناصرية') }]);
  const show = kinds(g);
  assert.deepEqual(show('انتقلنا من مكة إلى المدينة بالقطار'), ['place:مكة', 'place:المدينة']);
  assert.deepEqual(show('فرقا ميدانية في مكة والمدينة لمتابعة'), ['place:مكة', 'place:المدينة']);
  // Not without Mecca before it, nor a longer word.
  assert.deepEqual(show('وصلنا إلى المدينة بالقطار'), []);
  assert.deepEqual(show('في مكة والمدينتين'), ['place:مكة']);
  // nasiriyah needs a place expected before it.
  assert.deepEqual(show('وطريق سياحي يربط الناصرية بالمواقع'), ['place:الناصرية']);
  assert.deepEqual(show('قالت الناصرية إن'), []);
});

test('findMentions: a Moroccan court named by its level and its city (استئنافية مراكش، ابتدائية سلا) is an organization', () => {
  const show = kinds(Gazetteer.build([E('marrakesh', 'place', 'مراكش'), E('sale', 'place', 'سلا')]));
  assert.deepEqual(show('اقرأ أيضا: - استئنافية مراكش تدين رئيس'), ['organization:استئنافية مراكش']);
  assert.deepEqual(show('وقضت ابتدائية سلا بسجنه'), ['organization:ابتدائية سلا']);
  assert.deepEqual(show('وصل الوفد إلى مراكش أمس'), ['place:مراكش']);
});

test('findMentions: a mother named after her son keeps أم (أم محمد العدني)', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('وفي الحي، أكدت أم محمد العدني، وهي ربة منزل'), ['person:أم محمد العدني']);
  // Without أم the name is as before.
  assert.deepEqual(show('وفي الحي، أكد محمد العدني، وهو تاجر'), ['person:محمد العدني']);
});

test('findMentions: a family name in ي closes a name of a given name and one more word, whatever follows (كاظم حسون الغزي لواع)', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('وقال المفتش كاظم حسون الغزي لواع إن البعثة'), ['person:كاظم حسون الغزي']);
  // Not after a second word with the article: that nisba is an adjective of what came before.
  assert.deepEqual(show('نظم مركز زيد محمود الثقافي الإسلامي دورات').some((m) => m.includes('الإسلامي')), false);
});

test('findMentions: a province (مقاطعة) or a canton (كانتون) stays outside a known place\'s name', () => {
  const show = kinds(Gazetteer.build([E('valais', 'place', 'كانتون فاليه'), E('beni', 'place', 'مقاطعة بيني')]));
  assert.deepEqual(show('انهار الجزء في كانتون فاليه، حين'), ['place:فاليه']);
  assert.deepEqual(show('في مقاطعة بيني شمال البلاد'), ['place:بيني']);
});

test('findMentions: a family name with the article may end like «our» (محمود البنا); a past verb in the plural ends a place\'s name (حي الدرادب باتوا)', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('طاقم تحكيم بقيادة محمود البنا، بعدما طلب'), ['person:محمود البنا']);
  assert.deepEqual(show('أقر المتهم السادس حسام عادل البنا، في اعترافاته'), ['person:حسام عادل البنا']);
  // Without the article نا is still «our»: the word is no name.
  assert.deepEqual(show('وقال مدرب فريقنا إن'), []);
  assert.deepEqual(show('إن سكان حي الدرادب باتوا يعيشون'), ['place:الدرادب']);
  assert.deepEqual(show('في شارع واحد بمنطقة أبو شاهين دخلوا التطبيق'), ['place:أبو شاهين']);
  // After a title too.
  assert.deepEqual(show('وقال المدرب عمرو البنا، إن'), ['person:عمرو البنا']);
});

test('findMentions: a past verb of a root in و after a list of places (وجلمدغ وقعت على) is no town', () => {
  const show = kinds(Gazetteer.build([E('hirshabelle', 'place', 'هيرشبيلي'), E('galmudug', 'place', 'جلمدغ')]));
  assert.deepEqual(show('أن ولايات هيرشبيلي وجلمدغ وقعت على خريطة الطريق'), ['place:هيرشبيلي', 'place:جلمدغ']);
  // A town of another shape after them still is one.
  assert.deepEqual(show('في هيرشبيلي وجلمدغ وبلعد، حيث'), ['place:هيرشبيلي', 'place:جلمدغ', 'place:بلعد']);
});

test('findMentions: a court right before its city and its jurisdiction (محكمة القاهرة الاقتصادية), and a commune\'s council (مجلس جماعة طنجة), are organizations', () => {
  const show = kinds(Gazetteer.build([E('cairo', 'place', 'القاهرة'), E('tangier', 'place', 'طنجة')]));
  assert.deepEqual(show('القضية التي نظرتها محكمة القاهرة الاقتصادية وأحالت'), ['organization:محكمة القاهرة الاقتصادية']);
  assert.deepEqual(show('تشعل دورة أكتوبر بمجلس جماعة طنجة.. و«ألزا»'), ['organization:مجلس جماعة طنجة']);
  // A court in the city, no jurisdiction after it: the place, as before; so is a commune without its council.
  assert.deepEqual(show('وقف أمام محكمة القاهرة أمس'), ['place:القاهرة']);
  assert.deepEqual(show('وقال رئيس جماعة طنجة إن'), ['place:طنجة']);
});

test('findMentions: a place named like a compound given name after a given name is the father\'s name (كريم صلاح الدين عبد الفتاح)', () => {
  const show = kinds(Gazetteer.build([E('saladin', 'place', 'صلاح الدين'), E('kirkuk', 'place', 'كركوك')]));
  assert.deepEqual(show('للمتهم الأول كريم صلاح الدين عبد الفتاح، مؤسس تطبيق'), ['person:كريم صلاح الدين عبد الفتاح']);
  assert.deepEqual(show('وقال أحمد صلاح الدين إن'), ['person:أحمد صلاح الدين']);
  // على written with ى is «on»; after a place word it is the governorate.
  assert.deepEqual(show('غارات على صلاح الدين أمس'), ['place:صلاح الدين']);
  assert.deepEqual(show('في محافظة صلاح الدين وكركوك'), ['place:صلاح الدين', 'place:كركوك']);
});

test('findMentions: a plain given name as second word lets a third follow, the grandfather\'s (شافعي محمد آدم، با مامادو بوكاري)', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('بقلم: شافعي محمد آدم\nالثلاثاء 22 أبريل'), ['person:شافعي محمد آدم']);
  assert.deepEqual(show('وشارك المرشح با مامادو بوكاري في لقاء'), ['person:با مامادو بوكاري']);
  // Not after a noun with «his»: that is the title going on.
  assert.deepEqual(show('وأضاف وزير خارجيته رونالد لامولا أن بلاده'), ['person:رونالد لامولا']);
});

test('findMentions: roles before a name (المنشد، الفلكية، البديل، الشاب); أمير closing a name before أن; a noun with «his» or شبه after a name is the sentence going on', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('أحياها المنشد عمر سرميني بمشاركة فرقة'), ['person:عمر سرميني']);
  assert.deepEqual(show('قالت الفلكية ساندا بينغا من جامعة'), ['person:ساندا بينغا']);
  assert.deepEqual(show('خطف البديل أنيس السلتو هدف الفوز'), ['person:أنيس السلتو']);
  assert.deepEqual(show('وقال العمدة محمد أحمد أمير أن إدارة'), ['person:محمد أحمد أمير']);
  assert.deepEqual(show('بينما أبدى الشاب عبد الفتاح نور خشيته من أن'), ['person:عبد الفتاح نور']);
  assert.deepEqual(show('في منطقة كارو شبه الصحراوية قرب'), ['place:كارو']);
  // Before punctuation such a word closes the name; أمير before a noun stays a title.
  assert.deepEqual(show('وقال محمد حسن شحاته، إن'), ['person:محمد حسن شحاته']);
  assert.deepEqual(show('وقال محمد أحمد أمير المنطقة إن').includes('person:محمد أحمد أمير'), false);
});

test('findMentions: «the ball is in X\'s court» (الكرة في ملعب بروكسل) names the place, no stadium', () => {
  const show = kinds(Gazetteer.build([E('brussels', 'place', 'بروكسل'), E('washington', 'place', 'واشنطن')]));
  assert.deepEqual(show('الكرة الآن في ملعب بروكسل، ولا'), ['place:بروكسل']);
  assert.deepEqual(show('وقال إن الكرة في ملعب واشنطن.'), ['place:واشنطن']);
  // A match at the city's stadium keeps the head.
  assert.deepEqual(show('أقيمت المباراة في ملعب بروكسل أمس'), ['place:ملعب بروكسل']);
});

test('findMentions: a square, a plain, a corniche or a silo named after a known place keeps its head', () => {
  const show = kinds(Gazetteer.build([E('hanish', 'place', 'حنيش'), E('mosul', 'place', 'الموصل'), E('baiji', 'place', 'بيجي'),
    E('erbil', 'place', 'أربيل'), E('tyre', 'place', 'صور'), E('iraq', 'place', 'العراق')]));
  assert.deepEqual(show('خلال حفل الافتتاح بساحة حنيش في المدينة'), ['place:ساحة حنيش']);
  assert.deepEqual(show('مبيناً أن سايلو الموصل وسايلو بيجي تعمل'), ['place:سايلو الموصل', 'place:سايلو بيجي']);
  assert.deepEqual(show('ستسوّق فائض محصول سهل أربيل الى'), ['place:سهل أربيل']);
  assert.deepEqual(show('يطلق الشبان المفرقعات على كورنيش صور قرب'), ['place:كورنيش صور']);
  // Not the same head word in another use: «easy» or the political arena.
  assert.deepEqual(show('لم يكن من السهل العراق'), ['place:العراق']);
  assert.deepEqual(show('على الساحة العراق'), ['place:العراق']);
});

test('findMentions: after a title, أمين، أمينة، أمير or أميرة before a name word is the given name', () => {
  const show = rules;
  assert.deepEqual(show('أما الناشط أمين كساسي، مؤسس جمعية'), ['person:أمين كساسي']);
  assert.deepEqual(show('بحضور وزيرة الشؤون الثقافية أمينة الصرارفي ووالي الجهة'), ['person:أمينة الصرارفي']);
  assert.deepEqual(show('وكان مدرب المنتخب أمير قلعة نويي قد أشاد'), ['person:أمير قلعة نويي']);
  // أمين سر، أمين عام، أمين الصندوق: the title goes on.
  for (const text of ['وقال رئيس الحزب أمين سر اللجنة', 'عين الرئيس أمين عام الحزب', 'وقال الوزير أمين الصندوق إن'])
    assert.deepEqual(show(text), [], text);
});

test('findMentions: و and an indefinite accusative without its tanween (وعددا من) ends a name', () => {
  const show = kinds(gaz);
  assert.deepEqual(show('التقى رئيس الوزراء الأسبق حسن علي خيري وعددا من المرشحين'), ['person:حسن علي خيري']);
  assert.deepEqual(show('التقى الرئيس أحمد علي خيري وعددا من النواب'), ['person:أحمد علي خيري']);
});

test('findMentions: a city of things keeps its head; a region word, a number word or «the latter» is no place; a time word ends a name', () => {
  const g = Gazetteer.build([
    E('buraydah', 'place', 'بريدة'), E('souss-massa', 'place', 'سوس ماسة'), E('palestine-street', 'place', 'شارع فلسطين'), E('khartoum', 'place', 'الخرطوم'),
  ]);
  const show = kinds(g);
  // مدينة التمور is a market in Buraydah: التمور alone is the fruit, and is not read across the article.
  assert.deepEqual(show('من تمور السكري في مدينة التمور في بريدة. وقال إن التمور تباع'), ['place:مدينة التمور', 'place:بريدة']);
  assert.deepEqual(show('احتفل الأطفال في مدينة الملاهي، وقال'), ['place:مدينة الملاهي']);
  // A town with the article after مدينة stays a town.
  assert.deepEqual(show('وصل الوفد إلى مدينة الكوت، وقال'), ['place:الكوت']);
  // ولاية جهة سوس ماسة: جهة is Morocco's word for a region, not a place's name.
  assert.deepEqual(show('بحضور ممثلين عن ولاية جهة سوس ماسة.'), ['place:سوس ماسة']);
  // وعدد من الطرق: a number word after a place with و.
  assert.deepEqual(show('قطع شارع فلسطين وعدد من الطرق المؤدية'), ['place:شارع فلسطين']);
  assert.deepEqual(show('في الخرطوم ومعظم المدن الأخرى'), ['place:الخرطوم']);
  // ملعب الأخير "the latter's stadium".
  assert.deepEqual(show('فاز بهدف قاتل في ملعب الأخير، بينما'), []);
  // نهاية العام after a name is a time, no surname to read alone elsewhere.
  assert.deepEqual(show('وقال الوزير خالد العمري نهاية العام إن الخطة ستستمر حتى نهاية 2026'), ['person:خالد العمري']);
});

/** A knowledge base with descriptions, for the rules that tell a country from a city. */
const described = (id: string, name: string, description: string): Entity => ({ ...E(id, 'place', name), description });

test('findMentions: no name opens with و and a plural, and no town is a verb after و or a head with the article', () => {
  const show = kinds(Gazetteer.build([described('nouakchott', 'نواكشوط', 'Capital of Mauritania'), E('atar', 'place', 'أطار')]));
  // واختبارات القطن goes on with the institution's name; القطن is no surname to read across the article.
  assert.deepEqual(show('وأوضح الدكتور وليد يحيى، رئيس الهيئة العامة للتحكيم واختبارات القطن، أن مزادات القطن بدأت'), ['person:وليد يحيى']);
  // ويقترب is a present verb of the eighth form; a town after و is still listed.
  assert.deepEqual(show('فاز في نواكشوط ويقترب من ربع النهائي'), ['place:نواكشوط']);
  assert.deepEqual(show('زار نواكشوط وأطار، ثم'), ['place:نواكشوط', 'place:أطار']);
  // للمدينة «to the city» is named before; the capital's name still follows its head.
  assert.deepEqual(show('عند المدخل الشمالي للمدينة ستعمل على مدار الساعة'), []);
  assert.deepEqual(show('وصلت الرسالة للعاصمة الكينية نيروبي أمس'), ['place:نيروبي']);
});

test('findMentions: a zone of war or disasters is no place; a fever named after places names none', () => {
  const show = kinds(Gazetteer.build([E('crimea', 'place', 'القرم'), E('congo', 'place', 'الكونغو')]));
  for (const text of ['وصفها بأنها منطقة حرب، وقال', 'أعلن المنطقة منطقة كوارث.', 'داخل منطقة عمليات الجيش', 'أعلنت منطقة نزاع مسلح']) assert.deepEqual(show(text), [], text);
  assert.deepEqual(show('في مركز فوستوشني الفضائي بمنطقة أمور الروسية'), ['place:أمور']);
  assert.deepEqual(show('وتنتقل حمى القرم-الكونغو النزفية إلى الإنسان'), []);
  assert.deepEqual(show('وصلت السفن إلى القرم أمس'), ['place:القرم']);
});

test('findMentions: a health directorate, festivals, an embassy, an akimat or a hotel named with a place is an organization; a team named with a country is the place', () => {
  const show = kinds(Gazetteer.build([E('dhi-qar', 'place', 'ذي قار'), E('baalbek', 'place', 'بعلبك'), E('jerusalem', 'place', 'القدس'),
    described('saudi-arabia', 'المملكة العربية السعودية', 'Country or territory (ISO 3166 SA)'), described('astana', 'أستانا', 'Capital of Kazakhstan'),
    described('hungary', 'المجر', 'Country or territory (ISO 3166 HU)'), described('liverpool', 'ليفربول', 'City in England')]));
  assert.deepEqual(show('سجّلت دائرة صحة ذي قار إصابتين'), ['organization:دائرة صحة ذي قار']);
  assert.deepEqual(show('وصحة ذي قار تحذّر'), ['organization:صحة ذي قار']);
  assert.deepEqual(show('افتتحت مهرجانات بعلبك الدولية دورتها'), ['organization:مهرجانات بعلبك الدولية']);
  assert.deepEqual(show('نظمت سفارة المملكة العربية السعودية جناحا'), ['organization:سفارة المملكة العربية السعودية']);
  assert.deepEqual(show('أن أكيمات أستانا زاد عدد الحافلات'), ['organization:أكيمات أستانا']);
  assert.deepEqual(show('أكد مدير فندق القدس أن'), ['organization:فندق القدس']);
  assert.deepEqual(show('حصد فريق المجر ذهبية الفرق، وفاز فريق ليفربول باللقب'), ['place:المجر', 'organization:فريق ليفربول']);
});

test('findMentions: surnames of the former Soviet world mark a name; ويليامز, محمد الصغير and a place after a governor', () => {
  const show = rules;
  assert.deepEqual(show('وسجّل القائد يرلان جاقسيليكوف أربعة أهداف، فيما أضاف دوسبول أبيشيف ثلاثة. وقال جاقسيليكوف إن'),
    ['person:يرلان جاقسيليكوف', 'person:دوسبول أبيشيف', 'person:جاقسيليكوف']);
  assert.deepEqual(show('نال نوربولات تاجيباييف ذهبية الوزن الثقيل'), ['person:نوربولات تاجيباييف']);
  assert.deepEqual(show('المغنية وعازفة الدومبرا أرايلم ساتيبالدييفا، قبل'), ['person:أرايلم ساتيبالدييفا']);
  // Verbs, Arabic words of those endings, a company, a thing named after its maker.
  for (const text of ['وهزم كاراييف خصمه', 'ارتفعت تكاليف المعيشة ومخاوف السكان', 'فيما تستضيف دوشنبه القمة', 'بينها بنادق كلاشنيكوف، إضافة',
    'تعاون مع شركة ساتريك إنيشيتيف الكورية', 'وجاء الرجل المعروف بحسب التعريف']) assert.deepEqual(show(text), [], text);
  assert.deepEqual(show('شباك الحارس رونوين ويليامز، لتنفجر'), ['person:رونوين ويليامز']);
  assert.deepEqual(show('وتوّج المنغولي باتبايار غانبولد بلقب الرجال'), ['person:باتبايار غانبولد']);
  assert.deepEqual(show('أعطى وزير التربية الوطنية محمد الصغير سعداوي إشارة الانطلاق. وقال سعداوي في تصريح'), ['person:محمد الصغير سعداوي', 'person:سعداوي']);
  assert.deepEqual(show('أعلن محافظ إيلام أحمد كرمي أن'), ['person:أحمد كرمي']);
  assert.deepEqual(show('وقال الوزير جون محمد علي إن'), ['person:جون محمد علي']);
  // آية الله is a rank; بحضور «in the presence of» and ب with a place word end a name.
  assert.deepEqual(show('وقال قائد الثورة آية الله السيد حسن نصيري، إن'), ['person:حسن نصيري']);
  assert.deepEqual(show('أقيم الحفل في صالة أرينا بحضور الوزير'), []);
  assert.deepEqual(show('التقى اللاعب أحمد سالم بمدينة طنجة'), ['person:أحمد سالم', 'place:طنجة']);
});

test('findMentions: a title over an institution, a unit or a place, and names that end in -وي, «our» or «their» or الله', () => {
  const show = kinds(Gazetteer.build([E('baghdad', 'place', 'بغداد')]));
  assert.deepEqual(show('وقال المدير الفني للمهرجان نبيل الأسمر إن الفريق'), ['person:نبيل الأسمر']);
  assert.deepEqual(show('وقال مدير مستشفى الحسين التعليمي رياض الحجامي أن المستشفى'), ['person:رياض الحجامي']);
  assert.deepEqual(show('وكان مدير مقر الأربعين المركزي إسكندر مؤمني قد تفقّد'), ['person:إسكندر مؤمني']);
  assert.deepEqual(show('وقال المدير في بغداد أحمد علي إن'), ['place:بغداد', 'person:أحمد علي']);
  assert.deepEqual(show('وقال مسؤول في بغداد إن'), ['place:بغداد']);
  assert.deepEqual(show('قبل أن تعتلي السوبرانو هبة القواس المسرح'), ['person:هبة القواس']);
  assert.deepEqual(show('قالت المديرة سهاد الموسوي إن'), ['person:سهاد الموسوي']);
  assert.deepEqual(show('مع عازف العود التونسي أنور براهم. ويذكر'), ['person:أنور براهم']);
  assert.deepEqual(show('وقالت المحامية ماريا بابامينا، التي مثلت'), ['person:ماريا بابامينا']);
  assert.deepEqual(show('وقال محمد العبد الله، وهو ناج'), ['person:محمد العبد الله']);
  // Adjectives in -وي and a noun with «our» after a feminine ت stay out.
  assert.deepEqual(show('قالت المديرة سهاد النووي إن'), []);
  assert.deepEqual(show('وقال المدير أحمد حكومتنا، إن'), []);
});

test('findMentions: a Korean name or village written with a hyphen is one name; other hyphens join nothing', () => {
  const show = kinds(Gazetteer.build([E('crimea', 'place', 'القرم'), E('dr-congo', 'place', 'الكونغو')]));
  assert.deepEqual(show('وقالت بارك سون-جا، المقيمة في قرية موغو-ري، إن جارها تشوي يونغ-سو مفقود'),
    ['person:بارك سون-جا', 'place:موغو-ري', 'person:تشوي يونغ-سو']);
  assert.deepEqual(show('وقال المتحدث باسم الحزب بارك سونغ-هون إن التحذيرات'), ['person:بارك سونغ-هون']);
  assert.deepEqual(show('الطريق بين القرم-الكونغو طويل'), ['place:القرم', 'place:الكونغو']);
  // A word that is no Korean family name, a proclitic glued to one, a third syllable: no name.
  assert.deepEqual(show('قال الرجل يونغ-سو إن'), []);
  assert.deepEqual(show('وقال لي إن الأمطار-الغزيرة-جدا'), []);
});

test('findMentions: a place after أبو is part of a name; a town named with أبو is read whole', () => {
  const show = kinds(Gazetteer.build([towns('al-ula', 'العلا'), towns('shuqrah', 'شقرة'), E('abu-dhabi', 'place', 'أبو ظبي'), E('abu-dis', 'place', 'أبو ديس')]));
  assert.deepEqual(show('تصوير: هشام أبو شقرة'), ['person:هشام أبو شقرة']);
  assert.deepEqual(show('وقال الرجل إن أبو العلا غاب'), []);
  assert.deepEqual(show('وزار أبو ظبي ثم العلا وأبو ديس'), ['place:أبو ظبي', 'place:العلا', 'place:أبو ديس']);
});

test('findMentions: a mountain, a citadel, a checkpoint, a bridge or a hall named after a place keeps its head; a place named with جبل takes a port\'s', () => {
  const show = kinds(Gazetteer.build([E('mokattam', 'place', 'المقطم'), E('saladin', 'place', 'صلاح الدين'), towns('atara', 'عطارة'),
    E('jebel-ali', 'place', 'جبل علي'), E('baghdad', 'place', 'بغداد')]));
  assert.deepEqual(show('مروراً بسفح جبل المقطم، والمنطقة المحيطة بقلعة صلاح الدين'), ['place:جبل المقطم', 'place:قلعة صلاح الدين']);
  assert.deepEqual(show('بعد إغلاق حاجز عطارة وجسر بغداد'), ['place:حاجز عطارة', 'place:جسر بغداد']);
  assert.deepEqual(show('صور لميناء جبل علي'), ['place:ميناء جبل علي']);
  assert.deepEqual(show('انطلق السباق من أمام كاتدرائية بغداد'), ['place:كاتدرائية بغداد']);
  const named = kinds(Gazetteer.build([E('ruhollah-khomeini', 'person', 'روح الله الخميني', ['الخميني'])]));
  assert.deepEqual(named('في مصلى الإمام الخميني، وقال الإمام الخميني إن'), ['place:مصلى الإمام الخميني', 'person:الخميني']);
  assert.deepEqual(show('وصل إلى بغداد أمس'), ['place:بغداد']);
});

test('findMentions: numbers and sports before a noun, whom it was said to, a derived past verb after و, «every quarter», a sentence to prison and a ground of matches are no names', () => {
  const show = kinds(Gazetteer.build([E('jerusalem', 'place', 'أورشليم'), E('antakya', 'place', 'أنطاكية'), E('afc', 'organization', 'الاتحاد الآسيوي'),
    E('hungary', 'place', 'المجر')]));
  for (const text of ['التي تكفلت بسفر نحو مئتي شاب من العائلات', 'إصابة لاعب ناشئ برصاص الاحتلال', 'يريد أن يصبح لاعب كرة قدم مثل أبيه',
    'وفي كل حي بطل ينتظر فرصته', 'حكماً ابتدائياً يقضي بسجن مواطن خمس سنوات']) assert.deepEqual(show(text), [], text);
  assert.deepEqual(show('وقال أحمد عبد النبي، الذي قال لمراسل مهر إن المستوى'), ['person:أحمد عبد النبي']);
  assert.deepEqual(show('ولدت في أورشليم وانتشرت إلى أنطاكية'), ['place:أورشليم', 'place:أنطاكية']);
  assert.deepEqual(show('حدد الاتحاد الآسيوي ملعب مبارياته البيتية'), ['organization:الاتحاد الآسيوي']);
  // What the rules read there still: a speaker, a quarter, a prison, a town listed after a place.
  assert.deepEqual(show('وقال لطفي بن عيسى إن'), ['person:لطفي بن عيسى']);
  assert.deepEqual(show('وفي حي الوعر، بقي السكان'), ['place:الوعر']);
  assert.deepEqual(show('نقل إلى سجن صيدنايا'), ['place:سجن صيدنايا']);
  assert.deepEqual(show('في المجر وانتشار'), ['place:المجر']);
});

test('findMentions: a radio, a charity, a statistics office, a centre for a disease, a theatre or a directorate named with a place is an organization; a club before its town only in a match report', () => {
  const show = kinds(Gazetteer.build([E('canada', 'place', 'كندا'), E('lebanon', 'place', 'لبنان'), E('duhok', 'place', 'دهوك'),
    E('constantine', 'place', 'قسنطينة'), E('hebron', 'place', 'الخليل'), E('uae', 'place', 'الإمارات')]));
  assert.deepEqual(show('الصورة: راديو كندا، وإلى جانب كاريتاس لبنان، وتشير أرقام إحصاءات كندا'),
    ['organization:راديو كندا', 'organization:كاريتاس لبنان', 'organization:إحصاءات كندا']);
  assert.deepEqual(show('نقل الدم في مركز دهوك للثلاسيميا، وعلى خشبة المسرح الجهوي لقسنطينة'),
    ['organization:مركز دهوك للثلاسيميا', 'organization:المسرح الجهوي لقسنطينة']);
  assert.deepEqual(show('أعلنت مديرية النقل لولاية قسنطينة عن حافلات'), ['organization:مديرية النقل لولاية قسنطينة']);
  assert.deepEqual(show('وقال مدرب شباب الخليل إن المباراة صعبة'), ['organization:شباب الخليل']);
  // No match, no club; a centre with no purpose after it, a place after security with no province.
  assert.deepEqual(show('شباب الإمارات جاهزون للمهمات القمرية'), ['place:الإمارات']);
  assert.deepEqual(show('وصل إلى مركز دهوك أمس، وبحثوا أمن لبنان'), ['place:دهوك', 'place:لبنان']);
});

test('findMentions: a site named after a saint, a prophet, a sayyid or a king is one place with its head, a nisba name too', () => {
  const show = rules;
  assert.deepEqual(show('في محيط مسجد السيد البدوي بمدينة طنطا'), ['place:مسجد السيد البدوي', 'place:طنطا']);
  assert.deepEqual(show('في الساحة المحاذية لمسجد النبي يونس، بمشاركة'), ['place:مسجد النبي يونس']);
  assert.deepEqual(show('احتجزت السيول سائقين في نفق الملك عبدالله عند منتصف الليل'), ['place:نفق الملك عبدالله']);
  assert.deepEqual(show('صلى في بازيليك القديس بطرس، ثم'), ['place:بازيليك القديس بطرس']);
  // The title alone before a name is a person's still.
  assert.deepEqual(show('وقال السيد أحمد حسن إن'), ['person:أحمد حسن']);
});

test('findMentions: after a masculine site head a word in ي is a name (ملعب آزادي، قصر كوتروتشيني) unless it is a common adjective or a nationality', () => {
  const show = rules;
  assert.deepEqual(show('انتهت المباراة على ملعب آزادي في طهران'), ['place:ملعب آزادي']);
  assert.deepEqual(show('جولة مشاورات جديدة في قصر كوتروتشيني مع قادة الأحزاب'), ['place:قصر كوتروتشيني']);
  for (const text of ['انهيار سد ترابي قرب القرية', 'في ميناء صناعي جديد', 'بناء ملعب أولمبي في المدينة', 'افتتاح مطار دولي جديد', 'هبطت في مطار روسي قديم'])
    assert.deepEqual(show(text), [], text);
});

test('findMentions: a Korean name of three syllables ends where the syllables do, may end in هي, and its family name alone names the person later', () => {
  const show = rules;
  assert.deepEqual(show('وروى الطالب بارك مين سو أنه خرج مبكراً. وقال بارك ضاحكاً: لم أنم'), ['person:بارك مين سو', 'person:بارك']);
  assert.deepEqual(show('فيما استقبلها والدها كيم دونغ هيوك بباقة ورد'), ['person:كيم دونغ هيوك']);
  assert.deepEqual(show('وقالت جونغ ميونغ هي، التي جاءت من بعيد'), ['person:جونغ ميونغ هي']);
  // هي is «she» anywhere else; a fourth syllable leaves the end unknown.
  assert.deepEqual(show('قالت إن جونغ ميونغ هي التي جاءت'), []);
});

test('findMentions: a person called علي read once is not read again in the preposition على', () => {
  assert.deepEqual(rules('ويقول عمر الشيخ علي، المشرف على الذبح، إن الطلب زاد على العرض'), ['person:علي']);
});

test('findMentions: after a title a given name and one more word are the name when a verb or a noun goes on the sentence, not when a third name word may', () => {
  const show = rules;
  assert.deepEqual(show('بدأ المزارع عبد الرحمن زماعرة قطف عنبه منذ أسبوعين'), ['person:عبد الرحمن زماعرة']);
  assert.deepEqual(show('لكن المهندس أنس بوزيد أعاد الحساب ثلاث مرات'), ['person:أنس بوزيد']);
  // A given name, a particle or a Persian زاده after them may be the name going on: no guess.
  for (const text of ['ونائب الرئيس أمير حسين قاضي زاده هاشمي لصالح المرشح', 'يقودها القبطان جان فيليب دي كاستيلان لنقل أمتعته'])
    assert.deepEqual(show(text), [], text);
  assert.deepEqual(show('وقال رئيسه إبراهيم حاجي عثمان أوغلو عن الاتحاد'), ['person:عثمان أوغلو']);
});

test('findMentions: warning, calling, telling, hoping and admitting introduce a speaker as saying does', () => {
  const show = rules;
  assert.deepEqual(show('إذ حذر رشيد الإدريسي، رئيس الجمعية، من أن التلوث يزداد. ودعا الإدريسي المجلس إلى التدخل'),
    ['person:رشيد الإدريسي', 'person:الإدريسي']);
  assert.deepEqual(show('وتحكي مريم أوبلا، المنحدرة من تارودانت، أنها لم تنم'), ['person:مريم أوبلا']);
  // The verb with an object and no speaker after it.
  assert.deepEqual(show('ودعا المجلس الإقليمي إلى التدخل'), []);
});

test('findMentions: a photo credit after الصورة: or صورة: names the photographer; a title after a particle is a family name; a role with the outlet is no name', () => {
  const show = rules;
  assert.deepEqual(show('في الحقول (الصورة: جيلسون أبرو/ الجمعية البرازيلية)'), ['person:جيلسون أبرو']);
  assert.deepEqual(show('عند الغروب (تصوير: ياسين أيت الحاج - برلمان.كوم) تمكن الفريق'), ['person:ياسين أيت الحاج']);
  assert.deepEqual(show('(تصوير: يوسف بن الطالب / العمق) يسابق المزارعون'), ['person:يوسف بن الطالب']);
  assert.deepEqual(show('عمال المناجم بالمتلوي – صورة: مراسل موزاييك) دخل العمال'), []);
  assert.deepEqual(show('(الصورة: حشود غفيرة في الساحة)'), []);
});

test('findMentions: a church, a cathedral, a temple or a minaret is a place with its head; an adjective after it is no name', () => {
  const show = rules;
  assert.deepEqual(show('فتحت كنيسة الساعة، إحدى أقدم الكنائس، واحتشدن في كاتدرائية ميونغدونغ للصلاة'), ['place:كنيسة الساعة', 'place:كاتدرائية ميونغدونغ']);
  assert.deepEqual(show('أول جمعة تحت منارة الحدباء. وفي معبد نفرتاري، قدمت الفرقة عرضها'), ['place:منارة الحدباء', 'place:معبد نفرتاري']);
  assert.deepEqual(show('وتزايدت الحركة إلى معبد سيتي الأول. وفي قنا'), ['place:معبد سيتي الأول']);
  for (const text of ['اكتشاف معبد جديد في الجنوب', 'لم يكونوا ليقبلوا منارة مستقيمة', 'الكنيسة الكاثوليكية في البلاد'])
    assert.deepEqual(show(text), [], text);
});

test('findMentions: after أبو a word shaped like a future verb is the family name (أبو سنينة)', () => {
  assert.deepEqual(rules('وقال المهندس نضال أبو سنينة لـ"الحياة" إن الموسم صعب. وأوضح أبو سنينة أن التصدير توقف'),
    ['person:نضال أبو سنينة', 'person:أبو سنينة']);
  // Elsewhere it is the verb that ends the name.
  assert.deepEqual(rules('وقال إن أحمد حسين سيحضر الاجتماع'), ['person:أحمد حسين']);
});

test('findMentions: a preposition with a pronoun (منه، عليها) is no place in a list, and the word before it is a verb', () => {
  const show = kinds(Gazetteer.build([E('jordan', 'place', 'الأردن')]));
  assert.deepEqual(show('تصدر إلى الأردن ومنه إلى دول الخليج'), ['place:الأردن']);
  assert.deepEqual(show('وصل إلى مناطق يسيطر عليها المتمردون'), []);
});

test('findMentions: a valley named after a woman (وادي فاطمة) is a place, and و with a toponym word after it ends the name before and lists the next', () => {
  assert.deepEqual(rules('لجريان السيول في وادي فاطمة ووادي نعمان.'), ['place:وادي فاطمة', 'place:وادي نعمان']);
  assert.deepEqual(rules('تدفقت عبر وادي مور ووادي سردد ووادي رماع نحو السهل'), ['place:وادي مور', 'place:وادي سردد', 'place:وادي رماع']);
  // Only after a place found with the same first word.
  assert.deepEqual(rules('وتحدث عن الوادي ووادي سردد نحو السهل'), []);
  assert.deepEqual(rules('في وادي فاطمة، ثم'), ['place:وادي فاطمة']);
});

test('findMentions: an observatory or a library named with a place is an organization', () => {
  const show = kinds(Gazetteer.build([E('oukaimeden', 'place', 'أوكايمدن'), E('alexandria', 'place', 'الإسكندرية')]));
  assert.deepEqual(show('رصده التلسكوب المثبت في مرصد أوكايمدن على ارتفاع'), ['organization:مرصد أوكايمدن']);
  assert.deepEqual(show('وتعرض مكتبة الإسكندرية المخطوطات'), ['organization:مكتبة الإسكندرية']);
  assert.deepEqual(show('وصل الفريق إلى أوكايمدن'), ['place:أوكايمدن']);
});

test('findMentions: فان without its hamza is the Dutch particle inside a name, فإن is no name word', () => {
  assert.deepEqual(rules('قالت القاضية كاترين فان دام، خلال تلاوة الحكم'), ['person:كاترين فان دام']);
  assert.deepEqual(rules('ودعت العمدة الحالية إلس فان دوسبورغ إلى الهدوء'), ['person:إلس فان دوسبورغ']);
  assert.deepEqual(rules('وقال إنه فإن الأمر محسوم'), []);
});

test('findMentions: before الله، الدين or الرحمن a word that reads as a preposition and a pronoun is half a compound name', () => {
  assert.deepEqual(rules('أوضح الدكتور أحمد بهي الدين، رئيس الهيئة'), ['person:أحمد بهي الدين']);
  assert.deepEqual(rules('وقال الدكتور فتح الرحمن محمد الأمين إن المستشفى يعمل'), ['person:فتح الرحمن محمد الأمين']);
  // A byline may have the date after the name on its line.
  assert.deepEqual(rules('كتبت: منة الله عبد الرحمن الجمعة، 23 يناير 2026'), ['person:منة الله عبد الرحمن']);
});

test('findMentions: الفريق أول and الفريق الركن are a general\'s rank; أول alone is no name word but before a month names a square', () => {
  assert.deepEqual(rules('وقال رئيس مجلس السيادة الفريق أول عبدالفتاح البرهان الأسبوع الماضي إن'), ['person:عبدالفتاح البرهان']);
  assert.deepEqual(rules('وصل الفريق الركن محمد عثمان الحسين إلى المدينة'), ['person:محمد عثمان الحسين']);
  assert.deepEqual(rules('لعب الفريق أول مباراة له'), []);
  assert.deepEqual(rules('ستنصب في ساحة أول نوفمبر، وفي'), ['place:ساحة أول نوفمبر']);
});

test('findMentions: a given name written with the article opens a name of three words after a title, a verb of saying or أما', () => {
  assert.deepEqual(rules('قال المهندس الصادق إبراهيم آدم، مدير قطاع التوزيع'), ['person:الصادق إبراهيم آدم']);
  assert.deepEqual(rules('أما الطيب حسن الماحي، العائد حديثا من القاهرة'), ['person:الطيب حسن الماحي']);
  assert.deepEqual(rules('ويقول البشير ولد حمادي، وهو صاحب قارب'), ['person:البشير ولد حمادي']);
  assert.deepEqual(rules('قال الحسين علي محمود، وهو مزارع'), ['person:الحسين علي محمود']);
});

test('findMentions: a writer and a nurse are titles before a name', () => {
  assert.deepEqual(rules('اختير الأديب الراحل يحيى حقي شخصية الدورة'), ['person:يحيى حقي']);
  assert.deepEqual(rules('تقول الممرضة رهف السلامة إن المركز يستقبل'), ['person:رهف السلامة']);
});

test('findMentions: an active participle written without its tanween (ساخرا) and a form IV verbal noun with «his» (إحباطه) end a name', () => {
  assert.deepEqual(rules('ويعلق زميله محمد فاضل ساخرا: البحر تغير'), ['person:محمد فاضل']);
  assert.deepEqual(rules('لم يخف مدرب الفريق فيليبي لويس إحباطه من التعادل'), ['person:فيليبي لويس']);
});

test('findMentions: a surname that is a generic noun (الموقع) makes no name, nor its repeats', () => {
  assert.deepEqual(rules('تمثال منحوت في صخر الموقع، إلى جانب نقوش. وزار الوزير الموقع أمس'), []);
});

test('findMentions: سد before what one fills is «filling», no dam; الزاوية البعيدة is a goal\'s corner', () => {
  const show = kinds(Gazetteer.build([E('zawiya', 'place', 'الزاوية')]));
  assert.deepEqual(show('ودعت المانحين إلى سد فجوة التمويل. وحذر المسؤول'), []);
  assert.deepEqual(show('وحولها برأسه في الزاوية البعيدة بعيدا عن الحارس'), []);
  assert.deepEqual(show('وصلت القافلة إلى الزاوية غرب طرابلس'), ['place:الزاوية']);
});

test('findMentions: a quarter in ية with the article after منطقة is a place', () => {
  assert.deepEqual(rules('مدت ساعات التشغيل حتى منطقة العباسية، كما أعلنت'), ['place:العباسية']);
});

test('findMentions: a word and the Turkish تبه name a mound, و and a proclitic with a tatweel outside', () => {
  assert.deepEqual(rules('موقع كاراهان تبه الأثري. وأبرزها صايبورج وسفر تبه وحمزان تبه، والمجاورة لـكاراهان تبه'),
    ['place:كاراهان تبه', 'place:سفر تبه', 'place:حمزان تبه', 'place:كاراهان تبه']);
});

test('findMentions: a one-word place in a two-word name after a nationality standing as a noun is a person\'s name', () => {
  const show = kinds(Gazetteer.build([E('memphis', 'place', 'ممفيس'), E('kano', 'place', 'كانو'), E('rome', 'place', 'روما')]));
  assert.deepEqual(show('قبل أن يدرك الهولندي ممفيس ديباي التعادل'), ['person:ممفيس ديباي']);
  assert.deepEqual(show('ليتساوى مع مهاجم فلومينينسي الأرجنتيني جيرمان كانو في الصدارة'), ['person:جيرمان كانو']);
  // After a noun with the article the nationality is its adjective; a function word is no surname.
  assert.deepEqual(show('لعب المنتخب الهولندي ممفيس ديباي'), ['place:ممفيس']);
  assert.deepEqual(show('فاز الإيطالي روما على ضيفه'), ['place:روما']);
});

test('findMentions: the Uzbek -jon written apart (أكمل جان نعمتوف) belongs to the given name before it', () => {
  assert.deepEqual(rules('14 نوفمبر 2025 / يوزا / أكمل جان نعمتوف 14.11.2025'), ['person:أكمل جان نعمتوف']);
  assert.deepEqual(rules('وأعلن حاكم الولاية أركين جان تورديموف أن الحاكمية'), ['person:أركين جان تورديموف']);
  assert.deepEqual(rules('قال جان إيف لودريان إن'), ['person:جان إيف لودريان']);
});

test('findMentions: an institution named with a place goes on through its purpose (شركة مصر للغزل والنسيج)', () => {
  const show = kinds(Gazetteer.build([E('egypt', 'place', 'مصر'), E('dubai', 'place', 'دبي')]));
  assert.deepEqual(show('المصانع التي افتتحت في شركة مصر للغزل والنسيج أمس'), ['organization:شركة مصر للغزل والنسيج']);
  assert.deepEqual(show('اقرأ أيضاً: مؤسسة دبي للمستقبل تطلق برنامجاً'), ['organization:مؤسسة دبي للمستقبل']);
});

test('findMentions: a dateline author after the outlet and a dash may open with a given name with the article, a bar and the place after', () => {
  const text = 'أخبارنا | أخبار المغرب والعالم\nالرئيسية › اقتصاد\n\nعنوان الخبر هنا\n\nأخبارنا - الحسين أمزال | الداخلة\nالثلاثاء 2 دجنبر 2025';
  assert.ok(rules(text).includes('person:الحسين أمزال'), rules(text).join());
});

test('findMentions: a generic noun with «his» and a plural of a derived verbal noun end a name', () => {
  assert.deepEqual(rules('قاد المهاجم الشاب فيتور روكي فريقه إلى فوز ثمين'), ['person:فيتور روكي']);
  assert.deepEqual(rules('وشهد محيط الملعب في حي بيرديزيس إجراءات أمنية مشددة'), ['place:بيرديزيس']);
});

test('findMentions: a town with the article after two given names and before a comma is their family name; a country is not', () => {
  const show = kinds(Gazetteer.build([E('hebron', 'place', 'الخليل'), { ...E('algeria', 'place', 'الجزائر'), description: 'Country in North Africa' }]));
  assert.deepEqual(show('ويتقاسم محمد سالم الخليل، البحار المنحدر من الداخلة'), ['person:محمد سالم الخليل']);
  assert.deepEqual(show('وزار محمد سالم الخليل أمس'), ['person:محمد سالم', 'place:الخليل']);
  assert.deepEqual(show('قال أحمد علي الجزائر، وهو'), ['person:أحمد علي', 'place:الجزائر']);
});

test('findMentions: a grotto and a mountain range are places with their head; heights leave it outside', () => {
  assert.deepEqual(rules('وفي المدينة مغارة النبي إبراهيم في مركزها'), ['place:مغارة النبي إبراهيم']);
  assert.deepEqual(rules('بين السهل وجبال تكتك، وتضم'), ['place:جبال تكتك']);
  assert.deepEqual(rules('تقدموا باتجاه مرتفعات كشر، وقال'), ['place:كشر']);
  for (const text of ['في مغارة مظلمة', 'تحيط بها جبال شاهقة', 'فوق مرتفعات عالية']) assert.deepEqual(rules(text), [], text);
});

test('findMentions: a crossing, a power plant and a cave keep their head; a plant named by what it makes is none', () => {
  const show = kinds(Gazetteer.build([E('trebil', 'place', 'طريبيل')]));
  assert.deepEqual(show('الى منفذ طريبيل ومنه الى الأردن'), ['place:منفذ طريبيل']);
  assert.deepEqual(rules('ستوزع بين معمل دير عمار ومعمل الزهراني، على أن'), ['place:معمل دير عمار', 'place:معمل الزهراني']);
  assert.deepEqual(rules('رقمنة كهوف موغاو ومخطوطات كهف المكتبة، التي'), ['place:كهوف موغاو', 'place:كهف المكتبة']);
  for (const text of ['استأنف معمل الإسمنت في منطقة', 'وقال إن منفذ الهجوم فر', 'وصفوا منفذ العملية بأنه', 'أوقفوه عند محطة تفتيش قرب المدينة']) {
    assert.deepEqual(rules(text), [], text);
  }
});

test('findMentions: a province named after a river or a sea keeps its head; one named like the river alone does not', () => {
  const show = kinds(Gazetteer.build([
    { ...E('river-nile', 'place', 'نهر النيل'), origin: 'builtin:iso3166-2-db' },
    { ...E('white-nile', 'place', 'النيل الأبيض'), origin: 'builtin:iso3166-2-db' },
    E('red-sea', 'place', 'البحر الأحمر'),
  ]));
  assert.deepEqual(show('قرب مدينة بولاية نهر النيل أمس'), ['place:ولاية نهر النيل']);
  assert.deepEqual(show('ثم ولاية البحر الأحمر بعدها'), ['place:ولاية البحر الأحمر']);
  assert.deepEqual(show('وفي كوستي بولاية النيل الأبيض قالت'), ['place:النيل الأبيض']);
  assert.deepEqual(show('على ساحل البحر الأحمر وعبر نهر النيل'), ['place:البحر الأحمر', 'place:نهر النيل']);
  const [province, sea] = findMentions('بولاية نهر النيل وولاية البحر الأحمر', Gazetteer.build([
    { ...E('river-nile', 'place', 'نهر النيل'), origin: 'builtin:iso3166-2-db' }, E('red-sea', 'place', 'البحر الأحمر')]));
  assert.equal(province.entity, 'river-nile');
  assert.notEqual(sea.entity, 'red-sea');
});

test('findMentions: نقيب and وكيل are titles that end a name; الأمين closes one before إن', () => {
  assert.deepEqual(rules('إذ قال الدكتور أسامة عبد الحي نقيب الأطباء إن'), ['person:أسامة عبد الحي']);
  assert.deepEqual(rules('وأوضح الدكتور محمود عبد الوهاب وكيل مديرية الشؤون'), ['person:محمود عبد الوهاب']);
  assert.deepEqual(rules('قال التاجر مجدي حسن الأمين إن قرار البنك'), ['person:مجدي حسن الأمين']);
});

test('findMentions: an ambiguous given name after a title opens a known surname\'s name', () => {
  const show = kinds(Gazetteer.build([E('badr-abdelatty', 'person', 'بدر عبد العاطي', ['عبد العاطي'])]));
  assert.deepEqual(show('وطالبت النائبة منى عبد العاطي عن دائرتها'), ['person:منى عبد العاطي']);
  assert.deepEqual(show('وقالت منى عبد العاطي'), ['person:عبد العاطي']);
});

test('findMentions: و and a noun of quantity end a name; a doer with the article is a title before a given name', () => {
  assert.deepEqual(rules('بحضور وزيرة الشؤون الثقافية أمينة الصرارفي وعدد من سفراء الدول'), ['person:أمينة الصرارفي']);
  assert.deepEqual(rules('وتقول المتطوعة ريم القحطاني، الطالبة في كلية العلوم'), ['person:ريم القحطاني']);
  assert.deepEqual(rules('ووصلت المتطوعة ريم القحطاني، وهي طالبة'), ['person:ريم القحطاني']);
  assert.deepEqual(rules('ووصلت ريم القحطاني، وهي طالبة'), []);
});

test('findMentions: a place a club of the knowledge base is named after is the club after a match\'s result', () => {
  const show = kinds(Gazetteer.build([E('gulf', 'place', 'الخليج'), E('khaleej-club', 'organization', 'نادي الخليج'), E('ahsa', 'place', 'الأحساء')]));
  assert.deepEqual(show('وتغلب الفتح على الخليج في الأحساء'), ['organization:الخليج', 'place:الأحساء']);
  assert.deepEqual(show('وصلت السفن إلى الخليج أمس بعد أن تغلبت على الرياح'), ['place:الخليج']);
});

test('findMentions: تقرير and متابعة lead a byline after a colon; البالغة describes the person just named after أما', () => {
  assert.deepEqual(rules('العالم | تقرير: علي رضا كريمي الجمعة 12 ديسمبر 2025'), ['person:علي رضا كريمي']);
  assert.deepEqual(rules('حقق الفريق فوزا أمس.\nمتابعة: راشد الكعبي\nوقال المدرب'), ['person:راشد الكعبي']);
  assert.deepEqual(rules('تقرير خاص عن الوضع في المدينة'), []);
  assert.deepEqual(rules('أما كارميلا دي روزا، البالغة 72 عاماً، فقالت'), ['person:كارميلا دي روزا']);
});

test('findMentions: a title, a place word and the known place it heads, then the name', () => {
  const show = kinds(Gazetteer.build([E('campania', 'place', 'كامبانيا'), E('hadramawt', 'place', 'حضرموت'), E('dubai', 'place', 'دبي')]));
  assert.deepEqual(show('واعتبر رئيس إقليم كامبانيا فينتشنزو دي لوكا ما وصفه'), ['place:كامبانيا', 'person:فينتشنزو دي لوكا']);
  assert.deepEqual(show('وقال وكيل محافظة حضرموت لشؤون الوادي سالم بن دحمان'), ['place:حضرموت', 'person:سالم بن دحمان']);
  assert.deepEqual(show('المطور الرئيس لمنطقة دبي كريك هاربر، التي'), ['place:دبي']);
});

test('findMentions: بمشاركة، بموجب and قبالة end a name; تجمع and أصحاب stand between a title and the name', () => {
  assert.deepEqual(rules('عقد اجتماعاً طارئاً في قصر كيجي بمشاركة وزير الحماية'), ['place:قصر كيجي']);
  assert.deepEqual(rules('التي تشغّل ميناء الشهيد بهشتي بموجب عقد مدته عشر سنوات'), ['place:ميناء الشهيد بهشتي']);
  assert.deepEqual(rules('بقيادة الأميرال بيدرو دي لارا قبالة المعمورة، لتنتهي'), ['person:بيدرو دي لارا']);
  assert.deepEqual(rules('من جهته، حذّر رئيس تجمّع أصحاب المولّدات الخاصة من أنّ'), []);
});
