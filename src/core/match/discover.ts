/**
 * Names the knowledge base does not know, proposed from the words around them.
 *
 * Precision comes first: a wrong highlight costs an annotator more than a missing one. So a
 * rule proposes a name only when both of its edges are clear — a cue on the left (a title, a
 * place word, a verb of saying) and, on the right, punctuation, a function word, a known verb or
 * a known name. A stretch of words whose end cannot be told is left alone.
 */
import { OffsetConverter } from '../text/offsets';
import { normalizeKey } from '../text/normalize';
import { tokenize, type Token } from '../text/tokenize';
import { TOWNS_CUE_ONLY } from '../kb/builtin/towns';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './first-names';
import { Gazetteer } from './gazetteer';
import { mergeMentions } from './merge';
import { byStart, overlaps, ruleMention, type Mention } from './mention';
import { outletMentions } from './outlet';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => normalizeKey(w)));

/** «Led by»: the leader's name after them opens with a given name (بقيادة المملكة العربية السعودية وروسيا is no person). */
const LEADER_WORDS = words('بقياده برئاسه بزعامه يرأسه يرأسها يقوده يقودها قائدها رئيسها زعيمها');

/** Titles and roles written before a person's name (folded; proclitics are stripped first), and the leader words. */
const TITLES: ReadonlySet<string> = new Set([...words(`
  الرئيس الرئيسه رئيس رئيسه الرئيسان رئيسا الزعيم زعيم الوزير الوزيره وزير وزيره وزيرا المتحدث المتحدثه متحدث
  النائبان النائبين الوزيران الوزيرين الحكم
  السفير السفيره سفير المستشار المستشاره مستشار الملك الملكه ملك الامير الاميره امير الشيخ الشيخه السيناتور
  النائب نائب النائبه الجنرال اللواء العميد العقيد المشير القائد قائد المبعوث مبعوث المبعوثه المندوب
  مندوب المندوبه المدير مدير مديره المديره الامين امين الحاكم حاكم المحافظ محافظ العمده عمده المفوض مفوض المفوضه
  نظيره نظيرته نظيرها المرشح مرشح المرشحه الدكتور الدكتوره البروفيسور السيد السيده المستشاره الناطق ناطق
  المنسق منسق البابا الكاردينال المطران الحاخام الاميرال الرقيب الملازم النقيب الرائد المقدم والي الوالي
  نقيب وكيل الوكيل وكيله
  رئيسه امينه زعيمه قائده الكابتن السائق سائق الموفد الموفده موفد المنتج المنتجه الناقد الناقده
  لاعب لاعبه مدرب مدربه نجم حارس مدافع مهاجم المدافع الظهير اللاعب اللاعبه المدرب المدربه الحارس المهاجم النجم النجمه الفنان الفنانه الممثل الممثله المغني المغنيه المطرب المطربه
  الكاتب الكاتبه الروائي الاديب الاديبه الشاعر الشاعره الصحفي الصحفيه المراسل المراسله الخبير الخبيره المحلل المحلله الباحث الباحثه
  الناشط الناشطه المعارض المعارضه الداعيه المخرج المخرجه المؤرخ الاعلامي الاعلاميه
  المهندس المهندسه الاستاذ الاستاذه المعلم المعلمه الطبيب الطبيبه الممرض الممرضه المحامي المحاميه القاضي القاضيه المترشح المترشحه
  المزارع المزارعه الفلاح البحار الصياد التاجر الموظف الموظفه الطالب الطالبه المواطن المواطنه المصور المصوره
  النقابي النقابيه الحقوقي الحقوقيه الاكاديمي الاكاديميه المفتي الامام الحاج الحاجه
  المنشد المنشده الفلكي الفلكيه البديل الشاب الشابه الفتاه
  عازف عازفه العازف العازفه المايسترو السوبرانو
  معالي سعاده فخامه سمو زعامه
`), ...LEADER_WORDS]);

/** Words that may sit between a title and the name: a portfolio, a construct noun. */
const TITLE_LINKS = words(`
  خارجيه دفاع داخليه ماليه عدل صحه اقتصاد طاقه نفط تعليم حكومه وزراء مجلس وزاره حزب بلديه ولي عهد شؤون
  مستشفي شركه مؤسسه هيئه مكتب معهد جامعه اداره منظمه
  منتخب فريق نادي باسم عام العام الاعلي الاول اول ركن الثاني السابق السابقه الاسبق الحالي الجديد الجديده حمله
  شعبه قسم دائره مديريه وحده لجنه مقر فرع قطاع تجمع اصحاب
`);

/**
 * Feminine adjectives that follow a place word without being a name: nisba (صناعية), فاعلة
 * (عازلة), فعيلة (كبيرة), مفعّلة (محررة), مفعولة (مدعومة), and the short آمنة، مهمة، حرة. Place names ending in ة are mostly longer or other
 * shapes (تيبازة، بجاية، المنيعة).
 */
const FEMININE_ADJECTIVE = /^(.+يه|.ا..ه|..ي.ه|م...ه|م..و.ه|ا..ه|م..ه|مست...ه|م.ت..ه|حره)$/;

/** Place words whose next word names the place. */
const PLACE_HEADS = words('مدينه العاصمه عاصمه اقليم منطقه ولايه محافظه بلده قريه جزيره مقاطعه مخيم قضاء بلديه حي معبر ريف معتمديه عماده دوار مديريه ناحيه جزر مستوطنه مرتفعات');
/** Adjectives in ي that describe an area, written after any place word in loose prose (منطقة صناعي). */
const NISBA_ADJECTIVES = words('صناعي زراعي سكني تجاري عسكري حدودي سياحي جبلي ساحلي صحراوي ريفي حضري نفطي اقتصادي امني حيوي');
/** Masculine place words, after which an indefinite word in ي may be their adjective (حي سكني). */
const MASCULINE_HEADS = words('حي مخيم قضاء اقليم معبر ريف دوار');
/**
 * Plural and dual place words before a list of names (أقاليم الحوز وتارودانت وشيشاوة، بمحافظتي
 * معان والطفيلة، موانئ السدرة وراس لانوف والبريقة).
 */
const LIST_HEADS = words(`
  موانئ مدن بلدات قري احياء مناطق محافظات ولايات اقاليم جماعات مقاطعات دواوير مخيمات معتمديات مديريات عمادات مستوطنات اقضيه نواحي
  مدينتي بلدتي قريتي محافظتي ولايتي مقاطعتي منطقتي مخيمي حيي مديريتي مستوطني مستوطنو اقليمي
`);
/**
 * Sites usually called after a town or a person, head included (معبر رفح، مخيم جنين، محطة علوك،
 * سجن المرناقية، شارع الحبيب بورقيبة، ميدان الشهداء).
 */
const NAMED_SITES = 'محطه معبر منفذ معسكر مخيم سجن شارع ميدان معمل';
/**
 * Heads that belong to the name of a natural feature or a site (نهر الليطاني، سد أمير كبير،
 * حقل الرميلة، حلبة لوسيل): the span includes them, and the name may carry the article.
 */
const FEATURE_HEADS = words(`نهر سد حقل حلبه مضيق بحيره جبل جبال مغاره ميناء مرفا مصفاه قصر مسجد جامع ساحه حوض مطار استاد ستاد ملعب كنيسه كاتدرائيه معبد مناره كهف كهوف ${NAMED_SITES}`);
/** The masculine ones among them (of the named sites, all but محطة). */
const MASCULINE_FEATURES = words(`نهر سد حقل مضيق جبل ميناء مرفا قصر مسجد جامع حوض مطار استاد ستاد ملعب معبد ${NAMED_SITES.replace('محطه ', '')}`);
/** Heads of built sites, after which a verbal noun makes a phrase (قصر الضيافة، ساحة القتال). */
const SITE_HEADS = words(`ميناء مرفا مصفاه قصر مسجد جامع ساحه حوض مطار استاد ستاد ملعب ${NAMED_SITES}`);
/**
 * Nouns with the article that make an ordinary phrase after a site's head, not its name (ميناء
 * المدينة، قصر العدل، حقل النفط، مسجد القرية). After a built site's head (SITE_HEADS), verbal nouns
 * do too: of the derived forms (الاعتصام، الاستقبال) and of the shapes فِعال and فِعالة (القتال،
 * السباحة، الضيافة).
 */
const SITE_NOT = words(`
  المدينه القريه الحي البلده الدوله البلد الوطن الرئاسه العدل الحكم الملك الحاكم الرئيس الامير الشعب الحكومه
  الاخير الاخيره
  الصيد النفط الغاز الحاويات البضائع الركاب الشحن الحرب الشهداء الجمعه الماء المياه البحر النهر السفن الطائرات
  الكبير الصغير الجديد القديم العام المركزي الرئيسي الدولي المحلي الوطني الشعبي البلدي الملكي الجمهوري المعركه
  الثقافه الفنون العلوم الموتمر المؤتمرات المعارض الرياضه الشباب الطلاب الاطفال العائله
  العجز الفراغ النقص الفجوه الثغره الثغرات الحاجه الطريق الباب
  المباراه المباريات الفريق الفريقين النادي المنتخب الكره اللقاء الديربي الضيوف المضيف الارض
  المحافظه المنطقه الولايه الاقليم العاصمه البلديه المخيم الناحيه المديريه القضاء الريف المعتمديه الجهه
  السلطنه المملكه الاماره الامارات
  الفضاء المعارك الحافلات القطارات الوقود الكهرباء
  الهجوم العمليه الجريمه
`);
const VERBAL_NOUN = /^ال(ا...ا.|است..ا.|ت..ي.|..ا.|..ا.ه)$/;
/** Adverbs of place after a feature word (بحيرة خلف الركام «a lake behind the debris»): no name. */
const PLACE_ADVERBS = words('خلف وراء قرب بقرب بجوار جوار قبالة تجاه');
/** Verbs of a court's sentence, before بسجن «to prison». */
const SENTENCE_VERBS = words('يقضي تقضي قضي قضت حكم حكمت يحكم تحكم');
/**
 * Nouns that say what a site is for or makes, with the article or without (محطة وقود، محطة كهرباء،
 * مخيم لاجئين، معمل الإسمنت), and a verbal noun with ل (محطة لمعالجة المياه): no name.
 */
const SITE_PURPOSE = words(`
  وقود كهرباء تحليه معالجه ضخ قطار قطارات مترو توليد تنقيه رصد بنزين محروقات تعبئه غاز طاقه ركاب حافلات لاجئين نازحين اعتقال احتجاز تفتيش
  اسمنت سكر زجاج ادويه حديد ورق نسيج غزل اسمده تكرير
`);
const FOR_DOING = /^ل(م.ا..ه|ت..ي.|ا...ا.|است..ا.)$/;
/** The Turkish «hill» (tepe) that closes the names of mounds and sites. */
const TEPE = words('تبه');
/** What one fills (سد فجوة، سد العجز): after سد they make it the verbal noun «filling», not a dam. */
const FILLED = words('فجوه عجز نقص ثغره ثغرات فراغ حاجه احتياجات شغور');
/**
 * Indefinite adjectives in ي written after a site's head (ملعب رئيسي، سد ترابي، مطار دولي): after
 * a masculine head a word in ي is a name (ملعب آزادي، نهر شاري) unless it is one of these or a
 * nationality.
 */
const SITE_ADJECTIVES = words(`
  رئيسي دولي محلي مائي ترابي تاريخي اثري جوفي اصطناعي صناعي طبيعي عشبي رملي طيني صخري حجري خشبي حديدي معدني اسمنتي خرساني
  حكومي عسكري مدني رياضي اولمبي بلدي سياحي تجاري سكني زراعي نفطي غازي ملكي جمهوري رئاسي شعبي وطني عالمي اقليمي
  عربي اسلامي خليجي بحري جوي بري نهري حدودي جبلي ساحلي صحراوي ريفي حضري داخلي خارجي شمالي جنوبي شرقي غربي مركزي
  فرعي ثانوي اساسي جامعي مدرسي طبي اداري امني ذكي عمومي اهلي خيري ثقافي اجتماعي جماعي
  فيدرالي اتحادي قومي احتياطي تقليدي عصري ايطالي اوروبي افريقي اسيوي امريكي اميركي دائري حلزوني
`);

/** Regnal numbers (سيتي الأول، رمسيس الثاني). */
const REGNAL = words('الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر');

/** Adjectives that describe a site without naming it (مسجد تينمل التاريخي، حقل الشرارة النفطي). */
const DESCRIBING = words(`
  التاريخي التاريخيه الاثري الاثريه القديم القديمه العتيق العتيقه الموحدي الشهير الشهيره العريق العريقه الرئيسي الرئيسيه
  النفطي النفطيه الغازي الجديد الجديده الحالي الحاليه المائي المائيه الحدودي الحدوديه التجاري التجاريه الاستراتيجي
  السياحي السياحيه المركزي المركزيه
`);
/** Heads before which the name may carry the article (مدينة الموصل); منطقة الحدود is no name. */
const PLACE_HEADS_WITH_ARTICLE = words('مدينه محافظه بلده قريه مخيم جزيره حي ريف معتمديه عماده دوار ناحيه جزر');

const CAPITAL = words('العاصمه عاصمه');
/** Morocco's regions and prefectures (جهة، عمالة), which follow another place word (ولاية جهة سوس ماسة). */
const REGION_WORDS = words('جهه عماله');
/** What a zone is one of (منطقة حرب، منطقة كوارث): after a place word, no name. */
const ZONE_OF = words('حرب نزاع قتال كوارث صراع توتر اشتباك نفوذ');
const DIRECTIONS = words('الشرقي الغربي الشمالي الجنوبي');

/**
 * Nationalities standing as a noun before a name (حقق الهولندي ماكس فيرستابن), folded, with the
 * article. After a noun with the article they are its adjective (الجيش الروسي) and do not count.
 */
const NATIONALITIES = words(`
  الامريكي الاميركي البريطاني الفرنسي الالماني الايطالي الاسباني البرتغالي الروسي الاوكراني البولندي الهولندي
  البلجيكي السويسري النمساوي السويدي النرويجي الدنماركي الفنلندي اليوناني التركي الايراني الصيني الياباني
  الكوري الهندي الباكستاني الافغاني الاندونيسي الماليزي الاسترالي الكندي المكسيكي البرازيلي الارجنتيني
  الكولومبي التشيلي الفنزويلي الكوبي النيجيري الاثيوبي الكيني الجنوب المصري السعودي الاماراتي القطري الكويتي
  البحريني العماني اليمني العراقي السوري اللبناني الاردني الفلسطيني الاسرائيلي الليبي التونسي الجزائري
  المغربي السوداني الموريتاني الصومالي السنغالي الكاميروني الغاني الايفواري المالي الصربي الكرواتي المجري
  التشيكي الروماني البلغاري الارمني الاذربيجاني الجورجي الاوزبكي الكازاخي الايرلندي الاسكتلندي
  الانجليزي الانكليزي الويلزي القيرغيزي القرغيزي المنغولي الطاجيكي التركماني الكازاخستاني البيلاروسي الليتواني
  اللاتفي الاستوني السلوفاكي السلوفيني البوسني الالباني المقدوني الجامايكي الهايتي البيروفي الاكوادوري البوليفي
  التايلاندي الفيتنامي الفلبيني البنغلاديشي السريلانكي النيبالي التنزاني الاوغندي الرواندي الكونغولي الانغولي
  التشادي البوركيني الغيني الليبيري الايسلندي القبرصي الاريتري الجيبوتي النيوزيلندي
`.split(/\s+/).filter(Boolean).flatMap((w) => [w, w + 'ه']).join(' '));

/** The months, as the Mashriq, Egypt and the Maghreb write them. */
const MONTHS = words('يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر جانفي فيفري افريل ماي جوان جويليه اوت');
/** The days of the week, with the article. */
const WEEKDAYS = words('الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت');

/** Nationalities of the region that are common family names too (خيام التركي، رامي المصري). */
const NATIONALITY_SURNAMES = words(`
  المصري السوري العراقي اللبناني التونسي الجزائري المغربي الليبي اليمني السوداني الفلسطيني الاردني الكويتي
  التركي الايراني الهندي الافغاني الباكستاني الموريتاني الصومالي
`);

/** Words that open a byline when they start a line: the author's name follows. */
const BYLINE = words('كتب كتبت بقلم اعداد تصوير عدسه بعدسه ترجمه المحرر تحرير الصوره صوره');
/** Words that lead a byline only with a colon or a dash after them (تقرير: علي رضا كريمي، متابعة: راشد الكعبي). */
const BYLINE_MARKED = words('تقرير متابعه حوار');

/** Verbs of saying that put the speaker right after them. */
const SAY_VERBS = words(`قال قالت اكد اكدت اضاف اضافت اوضح اوضحت صرح صرحت ذكر ذكرت تابع تابعت اشار اشارت اعلن اعلنت كشف كشفت لفت لفتت افاد افادت يقول تقول يضيف تضيف يشير تشير يوضح توضح يؤكد تؤكد
  حذر حذرت يحذر تحذر دعا دعت يدعو تدعو حكى حكت يحكي تحكي شدد شددت يشدد تشدد اعتبر اعتبرت يعتبر تعتبر علق علقت يعلق تعلق
  اعترف اعترفت يعترف تعترف تساءل تساءلت يتساءل تتساءل اقترح اقترحت يقترح تقترح اقر اقرت يقر تقر يامل تامل نفى نفت ينفي تنفي اعرب اعربت يعرب تعرب`);
/** Verbs of pointing, whose speaker is followed by إلى (ويشير عيسى إلى أن). */
const POINT_VERBS = words('اشار اشارت يشير تشير لفت لفتت');

/** Prepositions with a pronoun (منه، عليها): never a name, and after a verb its complement (مناطق يسيطر عليها). */
const PREPOSITIONS_WITH_PRONOUN = words('منه منها منهم منهما فيه فيها فيهم عنه عنها عنهم عليه عليها عليهم اليه اليها اليهم لديه لديها معه معها معهم بينهم');
/** Function words, time words, frequent verbs and generic nouns: never part of a name. */
const STOP: ReadonlySet<string> = new Set([...words(`
  احد احدي في من الى إلى علي على عن مع او أو ثم حتي حتى لكن بل قد لقد سوف لن لم لا ما ماذا هل اذا إذا ان إن أن انه إنه انها إنها
  انهم انهما هو هي هم هما نحن انا أنا انت هذا هذه ذلك تلك هناك هنا الذي التي الذين اللذين اللتين كل بعض غير بين عند
  منذ بعد قبل خلال امام أمام وراء فوق تحت حول ضد دون عبر لدي لدى اي أي كما حيث بينما كان كانت يكون تكون ليس ليست مثل
  شبه اليوم امس أمس غدا الان الآن مساء صباح ظهر يوم ليله عام سنه شهر اسبوع
  يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
  قال يقول قالت تقول اكد يؤكد يوكد اكدت اعلن يعلن اعلنت اشار يشير اضاف يضيف دعا يدعو التقي يلتقي التقى زار يزور استقبل يستقبل
  وصل يصل غادر يغادر اجري يجري بحث يبحث ناقش يناقش وقع يوقع شدد يشدد حذر يحذر اوضح يوضح ذكر يذكر راي رأى يري يرى اعتبر
  يعتبر اطلع يطلع تلقي تلقى يتلقي ابلغ يبلغ طالب يطالب نفي نفى ينفي رفض يرفض هدد يهدد امر يامر اصدر يصدر ترأس يترأس افتتح
  يفتتح شارك يشارك حضر يحضر القي ألقى يلقي تحدث يتحدث كشف يكشف اعرب يعرب وجه يوجه بعث يبعث هنا هنأ عزي ادان يدين اشاد
  يشيد رحب يرحب قام يقوم سيقوم سيزور سيلتقي اجتمع يجتمع عقد يعقد وصف يصف توجه يتوجه عاد يعود اتهم يتهم طلب يطلب
  لقاء زياره اجتماع مؤتمر بيان تصريح تصريحات كلمه خطاب مقابله اتصال رساله مسؤول مسؤولون مسؤولين مصدر مصادر متحدث
  شهود سكان محللون خبراء تقرير تقارير وكاله صحيفه موقع قناه حكومه دوله جيش قوات الشرطه الجيش
  السابق السابقه الحالي الجديد الجديده الاسبق نفسه نفسها ايضا أيضا مجددا كذلك فقط جدا
  ليلا نهارا صباحا مساء ظهرا عصرا فجرا لاحقا سابقا حاليا رسميا فورا تقريبا معا كثيرا قليلا اولا ثانيا اخيرا
  داخليا خارجيا دوليا محليا يوميا اسبوعيا شهريا سنويا مباشره لصالح بدلا فضلا علاوه اضافه خصوصا تحديدا اساسا عموما مثلا
  جنوب شمال شرق غرب وسط شرقي غربي شمالي جنوبي شرقيه غربيه شماليه جنوبيه نحو قرب قرابه حوالي نحو ضمن عقب اثر رغم بسبب حسب بحسب وفق وفقا جراء ازاء لدي
  غيره غيرها دول هدف هدفا هدفين اهداف مكتب مجلس وزاره هيئه لجنه مؤسسه شركه جامعه معهد مركز اتحاد منظمه حركه جبهه قوه فريق نادي منتخب بنك
  صندوق مستشفي محكمه نقابه جمعيه مهرجان معرض برنامج مشروع خطه اتفاق اتفاقيه قرار ملف مجموعه جماعه سلطه عضو عضوه
  ائتلاف تيار تحالف حزب نشر انذاك حينذاك حينها وقتها يومها داخل خارج عمل يعمل
  نهايه بدايه مطلع منتصف اواخر اوائل طيله طوال بحضور بمشاركه بموجب قباله كره ناشي اول
`), ...WEEKDAYS, ...PREPOSITIONS_WITH_PRONOUN]);

/** A hollow verb of the fourth form (أعاد، أشار، أقام), which after a name goes on with the sentence. */
const HOLLOW_FOURTH_FORM = /^ا[^اوي]ا[^اوي]$/;

/** Possessive endings (مراسلنا، حكومتها، رئيسهم) mark a common noun. */
const POSSESSIVE = /(نا|ها|هم|هما|كم|هن)$/;

/** A future verb (سيحضر، ستعقد): short, unlike the foreign names that also start so (سينيغوبوف). */
const FUTURE_VERB = /^س[يتن]..{1,4}[^اي]$/;

/** The Arabic word right before `[ ]+$`, and right after `^[ ]+`, in a slice of text (letters, marks, tatweel). */
const ARABIC_WORD_BEFORE = /([\u0621-\u064a\u064b-\u065f\u0640]+)[ \u00a0]+$/;
const ARABIC_WORD_AFTER = /^[ \u00a0]+([\u0621-\u064a\u064b-\u065f\u0640]+)/;

/**
 * The Arabic word right before UTF-16 offset `start`, when only spaces stand between (so none when
 * a proclitic is joined there): [0] with the spaces, [1] the word.
 */
function wordBefore(text: string, start: number): RegExpExecArray | null {
  return ARABIC_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
}

/** The Arabic word right after UTF-16 offset `end`, after spaces only: [0] with the spaces, [1] the word. */
function wordAfter(text: string, end: number): RegExpExecArray | null {
  return ARABIC_WORD_AFTER.exec(text.slice(end, end + 40));
}

/**
 * The word right before UTF-16 offset `start` when it is one of `heads`, proclitics allowed on it
 * (ومدينة): the head as folded, and where it starts without its proclitics.
 */
function headBefore(text: string, start: number, heads: ReadonlySet<string>): { head: string; start: number } | undefined {
  const prev = wordBefore(text, start);
  const head = prev === null ? undefined : bareIn(normalizeKey(prev[1]), heads);
  if (prev === null || head === undefined) return undefined;
  return { head, start: start - prev[0].length + (prev[1].length - headLength(prev[1], head)) };
}

/** The letters joined to the word that starts at UTF-16 offset `start`, up to three (its proclitics). */
function lettersBefore(text: string, start: number): string {
  return /[\u0621-\u064a\u064b-\u065f\u0640]*$/.exec(text.slice(Math.max(0, start - 3), start))?.[0] ?? '';
}

const PUNCT_BOUNDARY = new Set([...'،,.:؛;!?؟"«»“”()[]\'\n-–—/|']);
const CLITIC = new Set([...'وفبلك']);

interface Word {
  readonly tok: Token;
  /** Folded word as written. */
  readonly norm: string;
  /** True when a known (knowledge-base) mention covers this word. */
  readonly known: boolean;
  /** Kind of that mention. */
  readonly knownKind?: string;
  /** True when that mention starts in this word. */
  readonly knownStart?: boolean;
  /** True when the word is not separated from the previous one by anything but spaces. */
  readonly joined: boolean;
  /** Tanween marks an indefinite common noun or adjective (قفازاً), never a name. */
  readonly tanween: boolean;
  /**
   * علي written with a dotted yaa is the name; the preposition على folds to the same word, so
   * only the spelling tells them apart.
   */
  readonly ali?: boolean;
  /** The word starts with أل or إل (ألكسندر، إلهام): a name, never the article, though both fold to ال. */
  readonly hamzaAl?: boolean;
}

/** The folded word, or the same without its proclitics when that is a word of `set`. */
function bareIn(norm: string, set: ReadonlySet<string>): string | undefined {
  if (set.has(norm)) return norm;
  for (let k = 1; k <= 2 && k < norm.length - 1; k++) {
    if (!CLITIC.has(norm[k - 1])) break;
    // Two proclitics are و or ف and then ب، ل or ك (وبـ، فلـ), or ل before the article (للشركة);
    // بلان is no ب + ل + ان.
    if (k === 2 && !(norm[0] === 'و' || norm[0] === 'ف' || norm.startsWith('لل'))) break;
    const rest = norm.slice(k);
    if (set.has(rest)) return rest;
    // ل + ال written لل
    if (norm[k - 1] === 'ل' && rest.startsWith('ل') && set.has('ا' + rest)) return 'ا' + rest;
  }
  return undefined;
}

/** A word read from raw text outside the token list: Arabic, unknown, joined to the one before. */
const wordOf = (norm: string): Word => ({ tok: { kind: 'arabic', start: 0, end: 0 }, norm, known: false, joined: true, tanween: false });

/**
 * A function word, alone or after its proclitics. A given name that only reads as one after a
 * proclitic is cut off (فيصل is no ف + يصل «arrives», لانا no ل + انا, كولن no ك + لن).
 */
const isStop = (w: Word): boolean => !w.ali && (STOP.has(w.norm) || (bareIn(w.norm, STOP) !== undefined && bareIn(w.norm, PLAIN_GIVEN) === undefined));
const hasArticle = (w: Word): boolean => w.norm.startsWith('ال') && w.norm.length > 3 && !w.hamzaAl;

/** A place or feature word, proclitics allowed (ومدينة، بنهر), or a plural or dual one (مدن، لولايتين): it introduces names and is none. */
const isHead = (w: Word): boolean => bareIn(w.norm, PLACE_HEADS) !== undefined || bareIn(w.norm, FEATURE_HEADS) !== undefined
  || bareIn(w.norm, LIST_HEADS) !== undefined || (/ين$/.test(w.norm) && bareIn(w.norm.slice(0, -1), LIST_HEADS) !== undefined);

/**
 * A proclitic before the article (والمبعوث، للغاز، بالعاصمة) starts a phrase, never a name word;
 * so does ل written apart with a tatweel (لـالمجلس), which folds to لال and a longer word than لالة (a title).
 */
const cliticBeforeArticle = (w: Word): boolean => !w.hamzaAl && ((/^(و|ف|ب|ك|وب|فب|ول|فل)?ال./.test(w.norm) && !hasArticle(w)) || /^لل./.test(w.norm) || /^لال.{3}/.test(w.norm));

/** A verbal noun of a derived form with «his» or «its» (اعتذاره، انتخابه، استقباله، تعيينه، إحباطه): the sentence going on after a name. */
const VERBAL_NOUN_HIS = /^(ا.ت.ا.|است..ا.|ان..ا.|ت..ي.|ا(?!ل)[^ا]{2}ا[^ا])ه$/;
const isVerbalNounHis = (w: Word): boolean => VERBAL_NOUN_HIS.test(w.norm) && !FIRST_NAMES.has(w.norm);

/** Present-tense verbs of the derived forms (يتفقد، يستقبل، تتواصل، ينتظر، تنتظر): never a name. */
const DERIVED_VERB = /^(يت|يست|ين|تت|تست|تن)...+$/;

/** A short indefinite accusative written without its tanween (حكما، عددا): the sentence going on after a name. */
const ACCUSATIVE = /^[^اوي]{3}ا$/;

/** A past verb in the plural (باتوا، دخلوا، طالبوا): never a name word. */
const PAST_PLURAL = /^[^و]{3,4}وا$/;
/** An active participle as an indefinite accusative, its tanween unwritten (ساخرا، ضاحكا، قائلا); not باولا، رانيا. */
const PARTICIPLE_ACCUSATIVE = /^[^اوي]ا[^اوي]{2}ا$/;

/** Could this word be part of a person's or place's name? */
function nameLike(w: Word): boolean {
  // A possessive ending after the article is none (البنا is a family name, not «our builder»).
  return w.tok.kind === 'arabic' && !w.known && !w.tanween && (!POSSESSIVE.test(w.norm) || FIRST_NAMES.has(w.norm) || hasArticle(w)) && w.norm.length >= 2 && !isStop(w)
    && !((DERIVED_VERB.test(w.norm) || PAST_PLURAL.test(w.norm)) && !FIRST_NAMES.has(w.norm))
    && !isHead(w) && !cliticBeforeArticle(w) && !SAY_VERBS.has(w.norm) && bareIn(w.norm, TITLES) === undefined
    && !isVerbalNounHis(w);
}

/** A plural of a derived verbal noun (إجراءات، احتجاجات، انتخابات), no word with the article: the sentence going on after a name. */
const DERIVED_PLURAL = /^ا(?!ل).{3,}ات$/;
/** Generic nouns that, with «his» (فريقه، مكتبه), go on with the sentence after a name. */
const HIS_NOUNS = words('فريق نادي منتخب مكتب حزب جيش عمل مشروع برنامج ملف قرار بيان منزل بيت بلد');

/** Nouns of quantity that open a phrase with من (عدد من، لفيف من، نخبة من). */
const QUANTITY_NOUNS = words('عدد جمع لفيف نخبه حشد');

/** Does the name that ends before word `i` have a clear right edge there? */
function clearEnd(ws: readonly Word[], i: number, text: string): boolean {
  if (i >= ws.length) return true;
  const w = ws[i];
  if (!w.joined) return true;
  if (w.tok.kind === 'punct') return PUNCT_BOUNDARY.has(text.slice(w.tok.start, w.tok.end));
  if (w.tok.kind !== 'arabic') return false;
  // An indefinite adverb or adjective (لاحقاً), or a proclitic standing alone (بـ"احترام") or
  // drawn out with a tatweel (لـسويس إنفو): a name word never starts so.
  if (w.tanween || (w.norm.length === 1 && CLITIC.has(w.norm)) || /^[وف]?[لب]ـ/.test(text.slice(w.tok.start, w.tok.end))) return true;
  // مصطفى فتحي ومروان حمدي: و and a given name start the next name; أمينة الصرارفي وعدد من
  // السفراء: و and a noun of quantity the next phrase.
  if (w.norm[0] === 'و' && (FIRST_NAMES.has(w.norm.slice(1)) || QUANTITY_NOUNS.has(w.norm.slice(1)))) return true;
  // لوران بلان ونجمه، ميناء خصب ومسارات: و and a plural, a function word, a title or a verb of
  // saying (with «his»: ونجمه) starts the next phrase.
  if (w.norm[0] === 'و' && w.norm.length >= 5) {
    const rest = w.norm.slice(1);
    // رياض الجلاصي ومساعده، ونائبها: و and a noun with «his» or «her», unless it closes the name
    // itself (حواء إسماعيل ورسمه إن) or opens a compound (وداعة الله).
    if (/(ه|ها|هم)$/.test(rest) && !FIRST_NAMES.has(rest) && !TA_MARBUTA_GIVEN.has(rest) && !closedAt(ws, i + 1, text)
      && !joinedIn(ws, i + 1, COMPOUND_ENDS)) return true;
    // ووادي نعمان: و and a toponym's first word start the next place.
    if (/ات$/.test(rest) || STOP.has(rest) || TITLES.has(rest) || TITLES.has(rest.replace(/ه$/, '')) || SAY_VERBS.has(rest) || NO_ARTICLE_TOPONYM.has(rest)) return true;
    // وعددا من: و and an indefinite accusative written without its tanween.
    if (ACCUSATIVE.test(rest) && !FIRST_NAMES.has(rest)) return true;
  }
  return w.known || isStop(w) || hasArticle(w) || bareIn(w.norm, TITLES) !== undefined || bareIn(w.norm, SAY_VERBS) !== undefined
    || isHead(w) || cliticBeforeArticle(w) || isVerbalNounHis(w)
    // A future verb (سيحضر، ستعقد), a present one of the derived forms (تتمدد، يستقبل).
    || FUTURE_VERB.test(w.norm) || (DERIVED_VERB.test(w.norm) && !FIRST_NAMES.has(w.norm))
    // A present verb in the plural (يطالبون، تعملون), a past one (باتوا).
    || ((/^[يت].{3,4}ون$/.test(w.norm) || PAST_PLURAL.test(w.norm)) && !FIRST_NAMES.has(w.norm))
    // A generic noun with «his» (فيتور روكي فريقه) or a plural of a derived verbal noun (حي بيرديزيس إجراءات).
    || (((/ه$/.test(w.norm) && HIS_NOUNS.has(w.norm.slice(0, -1))) || DERIVED_PLURAL.test(w.norm)) && !FIRST_NAMES.has(w.norm));
}

interface Found {
  from: number;
  to: number;
  kind: 'person' | 'place' | 'organization';
  /** UTF-16 units of proclitics at the start of the first word, left out of the name (بنهر → نهر). */
  clitics?: number;
}

/**
 * Given names (first-names.ts), the ambiguous ones too: after one of them a word with the
 * article is the family name whatever its ending (محمد الجدعان), where after an unknown word it is
 * more likely a noun. عبد opens compound names (عبد المجيد تبون).
 */
const FIRST_NAMES: ReadonlySet<string> = new Set([...words(GIVEN_NAMES), ...words(AMBIGUOUS_GIVEN_NAMES), 'عبد']);
/** Given names that are no everyday word. */
const PLAIN_GIVEN = words(GIVEN_NAMES);

/**
 * Given names written with ة (نادية، فاطمة): the same letters ending in ه are a noun with the
 * pronoun «his» (ناديه "his club"), not the name.
 */
const TA_MARBUTA_GIVEN: ReadonlySet<string> = new Set(`${GIVEN_NAMES} ${AMBIGUOUS_GIVEN_NAMES}`.split(/\s+/).filter((n) => n.endsWith('ة')).map((n) => normalizeKey(n)));

/**
 * A family name in ي (الحلبوسي، الدوسري، العرفاوي، الشرقاوي); adjectives in وي (النووي، الجوي،
 * التنموي) and يي are not, nor the few in اوي that are ordinary adjectives.
 */
const NOT_NISBA_NAMES = words('السماوي الكيماوي الكيمياوي الصحراوي الماساوي المأساوي الدنيوي');
const isNisba = (norm: string): boolean => (/[^يو]ي$/.test(norm) || /اوي$/.test(norm) || WI_FAMILIES.has(norm)) && !NOT_NISBA_NAMES.has(norm);
/** Family names in -وي, a shape that is mostly adjectives (النووي، السنوي، الدموي). */
const WI_FAMILIES = words('الموسوي العلوي البدوي الرضوي العدوي المهدوي');

/** Second words of compound given names (عبد الله، نور الدين، فتح الرحمن). */
const COMPOUND_ENDS = words('الله الدين الرحمن');
/** The second word of آية الله, a cleric's rank. */
const GOD = words('الله');
/** Foreign surnames that start with و, which elsewhere is «and» (رونوين ويليامز). */
const WAW_SURNAMES = words('ويليامز ويليامس وليامز ويلسون واتسون ووكر وارنر وايت ويلز ووترز واتكينز وودز');
/** Adjectives that are family names after a person's given name (الصديق الكبير، عبد الهادي الصغير), not after a site's head. */
const FAMILY_ADJECTIVES = words('الكبير الصغير');
/** Words with the article that follow a name in a sentence without being its family name (الأسبوع الماضي). */
const NOT_FAMILY: ReadonlySet<string> = new Set([...words('الموقع المكان الاسبوع الشهر العام اليوم الماضي المقبل الجاري الحالي السابق الاسبق الجديد'), ...WEEKDAYS]);

/** A word with the article that is no family name: a word of time, a site's common noun, a nationality. */
const neverFamily = (norm: string): boolean => NOT_FAMILY.has(norm) || SITE_NOT.has(norm) || bareIn(norm, NATIONALITIES) !== undefined;

/** Ruling families named with the article after a person's given names (فواز الخالد الصباح). */
const DYNASTIES = words('الصباح المعلا');
/** Is word `k` one of `set`, joined by spaces to the word before it? */
const joinedIn = (ws: readonly Word[], k: number, set: ReadonlySet<string>): boolean => k < ws.length && ws[k].joined && set.has(ws[k].norm);

/** Compound-name particles after which a word with the article still belongs to the name. */
const PARTICLES = words('عبد ابو أبو بن ابن بنت ولد منت ال آل دي دا دو فان فون ديل اغ ايت');

/**
 * Syllables of Chinese and Korean names as Arabic news writes them (دينغ شيويه شيانغ، سون هيونغ
 * مين): a name of two of them may have a third.
 */
const EAST_ASIAN = words(`
  وانغ تشانغ ليو تشن يانغ هوانغ تشاو تشو شيوي سون قوه غوه قاو غاو لين ليانغ تشنغ شيه سونغ تانغ دنغ دينغ فنغ تساو
  بنغ تسنغ شياو تيان دونغ يوان جيانغ تشونغ تسوي مينغ جيان يونغ قوانغ غوانغ فانغ هونغ جون كون شيانغ شيويه شيوه
  تشيوان تشيانغ جيه شين شينغ لينغ نينغ تينغ هاي تاو تشينغ يينغ بينغ جين يي كه لي وي ون
  كيم بارك هيونغ جاي تشان سوك يول ميونغ جونغ تشول هيون سيونغ كانغ تشي يوي تشوي
  مين سو جو هوا جيه دوك هون هيوك كيونغ سانغ وو يون تاي وون سيوك كيو غيو يوب سوب نام شيك سيك هوان بوم بيونغ سيو
`);
/** Korean syllables written like the pronouns «she» and «he»: a name's last only (جونغ ميونغ هي). */
const SYLLABLE_PRONOUNS = words('هي هو');
const eastAsianPair = (a: string, b: string): boolean => EAST_ASIAN.has(a) && EAST_ASIAN.has(b);

/** Links that follow a given name (محمد ولد الغزواني، مريم منت أحمد، خالد بن سلمان). */
const LINKS_AFTER_GIVEN = words('ولد منت بن بنت');

/** Titles that are also given names (ريباز محمد أمين). */
const TITLE_NAMES = words('امين امير');
/** Words after أمين or أمير that make it a title (أمين سر، أمين صندوق، أمين عام، أمير منطقة). */
const TITLE_NAME_NOT = words('سر صندوق مال عام العام المظالم منطقه المؤمنين الحج اللواء');
/** Titles with the article that are family names too (أحمد السيد، محمد الشيخ، مجدي حسن الأمين). */
const TITLE_FAMILIES = words('السيد الشيخ الامين');

/** Is word `k` punctuation? */
const punctAfter = (ws: readonly Word[], k: number, text: string): boolean =>
  k < ws.length && ws[k].tok.kind === 'punct' && PUNCT_BOUNDARY.has(text.slice(ws[k].tok.start, ws[k].tok.end));

/** A participle with the article: a doer (المتطوعة، المرمم، المستكشف، المسعف). */
const AGENT = /^الم(ست|ت)?[^ا]{2,3}ه?$/;
/**
 * Is word `k` a doer right before a given name (وتقول المتطوعة ريم القحطاني)? It names a role as
 * a title does, and the name after it is read as after one.
 */
const agentBeforeGiven = (ws: readonly Word[], k: number): boolean => !ws[k].known && AGENT.test(ws[k].norm)
  && k + 1 < ws.length && ws[k + 1].joined && FIRST_NAMES.has(ws[k + 1].norm);

/** «That» right after a speaker's name (قال فلان إن). */
const SAID_THAT = words('ان انه انها');
/** How a speaker's name does not end: a plural (مسؤولون، بيانات) or a noun in ة or with «his» (دراسة، رئيسه). */
const NOT_A_SPEAKER_END = /(ون|ين|ات|يه|ه)$/;
/** أما: the turn to the next person an article quotes (أما ريم المهيري، وهي طالبة). */
const TURN = words('أما');
/** Verbs of a witness's account, after which a described name is the witness (رأت منى بزي، الناشطة). */
const DESCRIBED_AFTER = words('رأى رأت يرى ترى توقع توقعت يروي تروي روى روت');

/**
 * The name right after a cue (أما, a verb of opinion) when a comma and a description follow it:
 * أما ريم المهيري، وهي طالبة؛ رأت منى بزي، الناشطة. A given name may stand alone there (أما حميد،
 * وهو); other names need two or three words (أما سعر الصرف، فقد: no description follows; أما
 * الشاهد الثاني، التقني: the article). Where the name ends, or undefined. After a verb of saying
 * the speaker rule reads the name, a comma being enough there.
 */
function describedName(ws: readonly Word[], j: number, text: string): number | undefined {
  // أما الطيب حسن الماحي،: a given name written with the article may open it.
  const articleGiven = articleGivenAt(ws, j);
  if (j >= ws.length || !ws[j].joined || (hasArticle(ws[j]) && !articleGiven) || ws[j].known) return undefined;
  const name = nameAt(ws, j, text, 3, articleGiven);
  if (name === undefined || name.to + 1 >= ws.length) return undefined;
  const alone = name.to - j === 1;
  if (alone && !FIRST_NAMES.has(ws[j].norm)) return undefined;
  const comma = ws[name.to];
  const after = ws[name.to + 1];
  if (text.slice(comma.tok.start, comma.tok.end) !== '،' || !after.joined) return undefined;
  if (!APPOSITION.has(after.norm) && bareIn(after.norm, TITLES) === undefined) return undefined;
  return alone || !NOT_A_SPEAKER_END.test(ws[name.to - 1].norm) ? name.to : undefined;
}
/**
 * What describes a person just named, after a comma (أما رينات خايروف، صاحب مقهى): «who is»,
 * «who», or a trade, a role or a bond; titles count too.
 */
const APPOSITION = words(`
  وهو وهي الذي التي صاحب صاحبة بائع بائعة موظف موظفة الموظف الموظفة طالب طالبة الطالب الطالبة مزارع مزارعة
  المزارع المزارعة مربي مربية تاجر التاجر تاجرة عامل عاملة ربة سائق سائقة ممرض ممرضة طبيب طبيبة مهندس مهندسة
  معلم معلمة المعلم المعلمة صياد متقاعد متقاعدة ناشط ناشطة الناشط الناشطة أستاذ أستاذة شاب شابة أرملة نازح نازحة
  لاجئ لاجئة أحد إحدى والد والدة أم أب ابن ابنة زوج زوجة العائد العائدة البالغ البالغة المقيم المقيمة
`);
/** «That» after a name: what the person said follows. */
const THAT: ReadonlySet<string> = new Set([...SAID_THAT, ...words('بان')]);
/** Is word `k` punctuation or أن: a name before it is closed (فهد الرشيد أن، عمر تشليك،)? */
const closedAt = (ws: readonly Word[], k: number, text: string): boolean => punctAfter(ws, k, text) || joinedIn(ws, k, THAT);

/** Is `norm`, at word `k`, a given name with a link after it (أمينة بن عيسى، محمد ولد الغزواني)? */
const givenBeforeLink = (ws: readonly Word[], k: number, norm: string): boolean => FIRST_NAMES.has(norm) && joinedIn(ws, k + 1, LINKS_AFTER_GIVEN);

/** ب or ل and a verbal noun (بتسريع، لاستعمال، باحترام): a phrase, no name word. */
const WITH_VERBAL_NOUN = /^[بل](ت..ي.|ا(ست..ا.|...ا.))$/;

/** Is word `k` a verbal noun تفعيل with or without ب/ل, the sentence going on after a name (أسعد العيداني تشكيل لجنة)? */
const verbalNounAt = (ws: readonly Word[], k: number): boolean =>
  k < ws.length && ws[k].joined && !FIRST_NAMES.has(ws[k].norm) && /^[بل]?ت..ي.$/.test(ws[k].norm);

/**
 * The second half of a compound given name written with the article: محمد الأمين ولد الفاضل,
 * فاطمة الزهراء أقبلي.
 */
const GIVEN_TAILS = new Map([['الأمين', 'محمد أحمد'], ['الزهراء', 'فاطمة'], ['الصغير', 'محمد']].map(([tail, heads]) => [normalizeKey(tail), words(heads)]));
const givenTail = (before: string, norm: string): boolean => GIVEN_TAILS.get(norm)?.has(before) ?? false;

/**
 * The name starting at word `i`: up to `max` name-like words joined by spaces, ending at a
 * clear edge; undefined when there is none or its end cannot be told.
 */
function nameAt(ws: readonly Word[], i: number, text: string, max: number, allowArticleFirst: boolean, firstNorm?: string, anyEnd = false): { to: number } | undefined {
  if (i >= ws.length) return undefined;
  // The first word read as `firstNorm` (a given name without its proclitics: ومحسن → محسن).
  const at = (k: number): Word => (k === i && firstNorm !== undefined ? { ...ws[i], norm: firstNorm } : ws[k]);
  let j = i;
  let counted = 0;
  let cut = false;
  while (j < ws.length && counted < max) {
    const w = at(j);
    if (j > i && !w.joined) break;
    // فضل الله، نصر الله، نور الدين: الله and الدين close a compound name word.
    if (j > i && COMPOUND_ENDS.has(w.norm) && !PARTICLES.has(at(j - 1).norm)) { j++; continue; }
    // محمد الأمين ولد الفاضل، فاطمة الزهراء أقبلي: the second half of a compound given name.
    if (j > i && givenTail(at(j - 1).norm, w.norm)) { j++; continue; }
    // ساحة أول نوفمبر: a date names a square or a street; أول is no name word otherwise.
    if (w.norm === 'اول' && joinedIn(ws, j + 1, MONTHS)) { counted++; j += 2; continue; }
    // ولد and منت only link a name to the one before.
    if (j === i && (w.norm === 'ولد' || w.norm === 'منت')) return undefined;
    // محمد العبد الله: a family name of two words, the second الله.
    if (j > i && w.norm === 'العبد' && joinedIn(ws, j + 1, COMPOUND_ENDS)) { counted++; j += 2; continue; }
    // عبد الأمير، عبد الملك: after عبد a word with the article is the name even when it is a title.
    if (j > i && at(j - 1).norm === 'عبد' && hasArticle(w) && w.tok.kind === 'arabic' && !w.known && !isStop(w)) { counted++; j++; continue; }
    const first = j === i;
    // ريباز محمد أمين، : أمين or أمير closing a name before punctuation or أن is the name, not a title.
    // So is السيد or الشيخ (أحمد عبدالفتاح السيد،): a title stands before a name, not before a comma.
    if (!first && counted >= 1 && (TITLE_NAMES.has(w.norm) || TITLE_FAMILIES.has(w.norm)) && closedAt(ws, j + 1, text)) { counted++; j++; continue; }
    // محمد أمين الوزاني: after a given name and before a family name in ي, أمين is the name too.
    if (!first && TITLE_NAMES.has(w.norm) && FIRST_NAMES.has(at(j - 1).norm) && j + 1 < ws.length && ws[j + 1].joined && hasArticle(ws[j + 1])
      && !ws[j + 1].known && isNisba(ws[j + 1].norm)) { counted++; j++; continue; }
    // أمينة بن عيسى: a given name that is also a title, before بن or بنت. ياسين أيت الحاج، محمد بن
    // الشيخ: a title with the article after a particle is the family name.
    const linkedGiven = !w.known && bareIn(w.norm, TITLES) !== undefined
      && (givenBeforeLink(ws, j, w.norm) || (!first && PARTICLES.has(at(j - 1).norm) && hasArticle(w)));
    // أنور براهم.، ماريا بابامينا،: after a given name, a surname that ends like «their» or «our»,
    // closed by punctuation.
    const possessiveSurname = !first && FIRST_NAMES.has(at(j - 1).norm) && POSSESSIVE.test(w.norm) && w.norm.length >= 5 && w.tok.kind === 'arabic'
      && !w.known && !w.tanween && !hasArticle(w) && !isStop(w) && !/[تء](نا|ها|هم)$/.test(w.norm) && punctAfter(ws, j + 1, text);
    // بهي الدين، منة الله: before الله، الدين or الرحمن a word that reads like a preposition and
    // a pronoun is the compound's first half. ماركو فان باستن: فان written without its hamza is the
    // Dutch particle, not فإن.
    const compoundFirst = joinedIn(ws, j + 1, COMPOUND_ENDS) && w.tok.kind === 'arabic' && !w.known
      && (!STOP.has(w.norm) || /ة$/.test(text.slice(w.tok.start, w.tok.end)));
    const van = !first && w.norm === 'فان' && text.slice(w.tok.start, w.tok.end) === 'فان' && j + 1 < ws.length && ws[j + 1].joined && nameLike(ws[j + 1]);
    if (!nameLike(w) && !linkedGiven && !possessiveSurname && !compoundFirst && !van) break;
    // ولد الفاضل لإيلاف، قال لأبي: ل or ب before a hamza is «to», «with»; no name word starts so.
    // لـسويس إنفو: after the first word, nor one drawn out with a tatweel (لـعصام الصبحي opens a name).
    if ((first ? /^[لب][أإآ]/ : /^[لب][أإآـ]/).test(text.slice(w.tok.start, w.tok.end))) {
      if (first) return undefined;
      cut = true;
      break;
    }
    // بتسريع أشغال: ب or ل and a verbal noun opens no name; nor does و and a plural
    // (رئيس الهيئة العامة للتحكيم واختبارات القطن: the institution's name going on).
    if (first && (WITH_VERBAL_NOUN.test(w.norm) || (/^و..+ات$/.test(w.norm) && !FIRST_NAMES.has(w.norm)))) return undefined;
    // صالح وجانت: a word after the first that starts with و is the next item, not the name.
    if (!first && w.norm[0] === 'و' && w.norm.length >= 4 && !FIRST_NAMES.has(w.norm) && !WAW_SURNAMES.has(w.norm)) break;
    // عبد الغفار يتفقد: after a name a short word starting with ي is a verb, unless a given
    // name (يوسف); foreign surnames that start so are longer (يورتشيتش).
    // A surname that starts so and closes the sentence after a given name is none (ماتياس يايسله.).
    if (!first && w.norm[0] === 'ي' && w.norm.length >= 4 && w.norm.length <= 6 && !FIRST_NAMES.has(w.norm) && !EAST_ASIAN.has(w.norm)
      && !((FIRST_NAMES.has(at(j - 1).norm) || ARTICLE_GIVEN.has(at(j - 1).norm)) && punctAfter(ws, j + 1, text))) break;
    // ميدان الفروسية بضاحية قوسشي: ب or ل and a place word start the place, not a name word.
    if (!first && /^[بل]/.test(w.norm) && bareIn(w.norm, PLACE_CUES) !== undefined) { cut = true; break; }
    // سيحضر after a name is a future verb; a name that starts so (سيرجي) comes first.
    // After a particle it is the name (أبو سنينة).
    if (!first && FUTURE_VERB.test(w.norm) && !PARTICLES.has(at(j - 1).norm)) break;
    // عياض باستعمال: ب or ل and a verbal noun of a derived form is the sentence going on; so is
    // a short present-tense verb (يسرا تخطف) or a verbal noun تفعيل (لوران نونيز تعزيز).
    if (!first && WITH_VERBAL_NOUN.test(w.norm)) { cut = true; break; }
    // محمد عبد الرحمن افتتاح: a verbal noun of the derived forms after two name words.
    if (counted === 2 && /^(ا.ت.ا.|است..ا.|ان..ا.)$/.test(w.norm) && !FIRST_NAMES.has(w.norm)) { cut = true; break; }
    // A surname of that shape closed by a comma or أن is a name (عمر تشليك إن).
    if (!first && !FIRST_NAMES.has(w.norm) && (/^ت[^اوي]{3}$/.test(w.norm) || /^ت..ي.$/.test(w.norm))
      && !closedAt(ws, j + 1, text)) { cut = true; break; }
    // أنس بوزيد أعاد الحساب: a hollow verb of the fourth form (أعاد، أشار، أقام) after two name words.
    if (counted === 2 && HOLLOW_FOURTH_FORM.test(w.norm) && !FIRST_NAMES.has(w.norm)) { cut = true; break; }
    // إسطفان سلامة أولويات: a plural in ات of the shapes أفعلات، إفعالات after two name words.
    // After one name word, a longer one (حي بيرديزيس إجراءات أمنية).
    if ((counted === 2 ? /^ا.+ات$/ : DERIVED_PLURAL).test(w.norm) && counted >= 1 && !FIRST_NAMES.has(w.norm)) { cut = true; break; }
    // خليل جابر حكماً written without its tanween: a short indefinite accusative after two name words.
    // So is an active participle فاعلاً (محمد فاضل ساخراً).
    if (counted === 2 && (ACCUSATIVE.test(w.norm) || PARTICIPLE_ACCUSATIVE.test(w.norm)) && !FIRST_NAMES.has(w.norm)) { cut = true; break; }
    // جوردان بارديلا بحل: a short word with ب or ل attached after two name words; after بن or
    // closed by punctuation it is the surname (سالم صالح بن بريك، أحمد حامد لملس،).
    if (counted === 2 && /^[بل][^اوني]..?$/.test(w.norm) && !FIRST_NAMES.has(w.norm) && !PARTICLES.has(at(j - 1).norm)
      && !punctAfter(ws, j + 1, text)) { cut = true; break; }
    if (hasArticle(w)) {
      // In a place's name the article follows a toponym's first word too (مخيم تل السمن، بلدة عين العرب).
      const afterParticle = !first && (PARTICLES.has(at(j - 1).norm) || (allowArticleFirst && TOPONYM_PREFIXES.has(at(j - 1).norm)));
      // After the first word, the article is part of a name after عبد/أبو/بن, or as a family
      // name, which is nearly always a nisba (الحلبوسي، الدوسري); الحوار، السكان are nouns.
      // So is one after a compound given name (عبد الله البكور، عبد القادر الدخيل، نور الدين
      // الطبوبي).
      const compound = COMPOUND_ENDS.has(at(j - 1).norm) || (j - 2 >= i && at(j - 2).norm === 'عبد');
      const givenBefore = !first && (FIRST_NAMES.has(at(j - 1).norm) || (j - 1 === i && ARTICLE_GIVEN.has(at(j - 1).norm)));
      // A nationality of the wider world is a family name only after a given name; after another
      // word it is that word's adjective (مهاجم فلومينينسي الأرجنتيني). Those of the region are
      // family names too (الناشط خيام التركي، محمد المصري).
      const familyName = !first && (clearEnd(ws, j + 1, text) || verbalNounAt(ws, j + 1)) && !NOT_FAMILY.has(w.norm)
        && (bareIn(w.norm, NATIONALITIES) === undefined || NATIONALITY_SURNAMES.has(w.norm) || FIRST_NAMES.has(at(j - 1).norm))
        && (!SITE_NOT.has(w.norm) || (FAMILY_ADJECTIVES.has(w.norm) && (givenBefore || !allowArticleFirst)))
        && (isNisba(w.norm) || givenBefore || compound);
      // خالد الرشيدي بنقل: after a given name a nisba is the family name, and the name ends
      // there whatever follows, but for a ruling family's name.
      // So after a given name and one more name word (كاظم حسون الغزي لواع).
      const givenOpens = FIRST_NAMES.has(at(j - 1).norm) ? !AMBIGUOUS_GIVEN.has(at(j - 1).norm)
        : counted === 2 && j - 2 === i && PLAIN_GIVEN.has(at(i).norm) && !hasArticle(at(j - 1));
      const nisbaAfterGiven = !first && !familyName && !afterParticle && givenOpens
        && isNisba(w.norm) && !neverFamily(w.norm)
        // ياسين المهدي وليد: a given name after it goes on with the name.
        && !joinedIn(ws, j + 1, FIRST_NAMES);
      if (nisbaAfterGiven) {
        counted++;
        j++;
        if (joinedIn(ws, j, DYNASTIES)) j++;
        cut = true;
        break;
      }
      if (!(first ? allowArticleFirst : afterParticle || familyName)) break;
    }
    // A third name word only after a known first name or a particle (حيدر فليح الربيعي،
    // بارت دي ويفر): otherwise the third word is as likely the next word of the sentence. One
    // that starts with a proclitic is the sentence going on (ليلى منصور بجائزة، عبد الغني ووفد).
    // So after a plain given name as second word, the father's (شافعي محمد آدم), when the first
    // is no noun with «his» (وزير خارجيته رونالد لامولا).
    if (counted === 2 && !PARTICLES.has(w.norm)) {
      if (!FIRST_NAMES.has(at(i).norm) && !ARTICLE_GIVEN.has(at(i).norm) && !ws.slice(i, j).some((x, k) => PARTICLES.has(k === 0 ? at(i).norm : x.norm))
        && !eastAsianPair(at(i).norm, at(i + 1).norm) && !(PLAIN_GIVEN.has(at(j - 1).norm) && !/ه$/.test(at(i).norm))) break;
      // After a first name, a word that starts with a proclitic and ends like a feminine noun
      // (بجائزة، لقيادة) is the sentence going on, and the two words before it are the name.
      // So is a feminine nisba (مريم عبدالله صحافية).
      // With the article it is the family name (وفاء بنت سالم المعشنية).
      // A given name there is the name going on (عثمان آدم بشارة).
      if (((CLITIC.has(w.norm[0]) && /ه$/.test(w.norm)) || (/يه$/.test(w.norm) && !hasArticle(w))) && !FIRST_NAMES.has(w.norm)) { cut = true; break; }
      // A noun with «his» (عبد الفتاح نور خشيته من): the sentence going on, unless it closes the
      // name before punctuation or أن (محمد حسن شحاته،).
      if (/[^ا]ته$/.test(w.norm) && !hasArticle(w) && !FIRST_NAMES.has(w.norm) && !closedAt(ws, j + 1, text)) { cut = true; break; }
      // عماد لبكي غرفة العمليات، شيناواترا حالة الطوارئ: a feminine noun with a word with the
      // article after it is a construct, the sentence going on; a title (حمادة المتحدث) or a
      // feminine adjective (بشرى بلحاج حميدة المقيمة) there is not.
      const after = ws[j + 1];
      if (/ه$/.test(w.norm) && !hasArticle(w) && !FIRST_NAMES.has(w.norm) && after !== undefined && after.joined && hasArticle(after)
        && !after.known && bareIn(after.norm, TITLES) === undefined && !/ه$/.test(after.norm)) { cut = true; break; }
    }
    // عبد الصمد is one name word.
    if (!PARTICLES.has(w.norm)) counted++;
    j++;
  }
  if (j === i) return undefined;
  // سالم عبدالله الجابر الصباح: a ruling family's name closes a name of any length.
  if (!cut && j - i >= 2 && joinedIn(ws, j, DYNASTIES)) j++;
  if (!cut && !anyEnd && !clearEnd(ws, j, text)) return undefined;
  // A particle cannot end a name (عبد alone is no name).
  if (PARTICLES.has(at(j - 1).norm)) return undefined;
  return { to: j };
}

/**
 * After a name of two words whose end is not clear, does word `k` read as the sentence going on
 * rather than a third name word: a past verb of three letters (قطف), a hollow verb of the fourth
 * form (أعاد), an indefinite feminine noun (نقطة) or a future verb (سيحيي)? Neither it nor the
 * name's last word (نُقلت) may be a given name or a verb in ت.
 */
function sentenceGoesOn(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  const last = ws[k - 1];
  if (w === undefined || !w.joined || w.tok.kind !== 'arabic' || FIRST_NAMES.has(w.norm) || PARTICLES.has(w.norm) || hasArticle(w)) return false;
  if (/ت$/.test(last.norm) && !FIRST_NAMES.has(last.norm)) return false;
  // زاده closes Persian names (قاضي زاده).
  return /^[^اوي]{3}$/.test(w.norm) || HOLLOW_FOURTH_FORM.test(w.norm) || (/^[^وفبلك]..+ه$/.test(w.norm) && !/زاده$/.test(w.norm)) || FUTURE_VERB.test(w.norm);
}

/**
 * Given names written with the article in the Maghreb, Libya and Sudan (الصديق الكبير، الفاتح قرشي،
 * الحسين أمزال), read after a title or a verb of saying.
 */
const ARTICLE_GIVEN = words(`الصديق الفاتح الطاهر الهادي الحبيب المختار الطيب المهدي الصادق المنصف الباجي الناصر الحسين الحسن
  البشير الزبير المكي الفاضل الغالي المصطفى المعتصم الواثق`);
/** Is word `k` such a given name, with a name word joined after it? */
const articleGivenAt = (ws: readonly Word[], k: number): boolean => k + 1 < ws.length && ARTICLE_GIVEN.has(ws[k].norm) && ws[k + 1].joined && nameLike(ws[k + 1]);

/**
 * Skips what may stand between a title and the name: adjectives, portfolios, a known place or
 * organization. -1 when a known person comes first: the title's name is already known, and what
 * follows it is the rest of the sentence.
 */
function afterTitle(ws: readonly Word[], i: number, text: string): number {
  let j = i;
  for (let steps = 0; j < ws.length && steps < 6 && ws[j].joined; steps++) {
    const w = ws[j];
    if (w.known && w.knownKind === 'person') {
      if (!(j > i && bareIn(ws[j - 1].norm, BEFORE_NAME) !== undefined)) return -1;
      // مديرة حملة هيلي، بيتسي أنكني: a known person after حملة or إدارة is the title's complement.
      while (j < ws.length && ws[j].known && ws[j].knownKind === 'person') j++;
      if (j + 1 < ws.length && text.slice(ws[j].tok.start, ws[j].tok.end) === '،' && ws[j + 1].joined) j++;
      break;
    }
    // النائب عن البصرة حيدر البطاط: «for» and the constituency.
    if (w.norm === 'عن' && j === i && j + 1 < ws.length && ws[j + 1].joined && ws[j + 1].known && ws[j + 1].knownKind === 'place') { j++; continue; }
    // النائب العراقي عن محافظة البصرة عامر الفايز: a place word before the constituency.
    if (w.norm === 'عن' && j + 2 < ws.length && ws[j + 1].joined && isHead(ws[j + 1]) && ws[j + 2].joined && ws[j + 2].known && ws[j + 2].knownKind === 'place') { j += 2; continue; }
    // قائد الثورة آية الله السيد علي خامنئي: a cleric's rank of two words is a title too.
    if (w.norm === 'ايه' && joinedIn(ws, j + 1, GOD)) { j += 2; continue; }
    // وزير الاقتصاد والصناعة: a second portfolio joined by و.
    const portfolio = /^وال.../.test(w.norm) && j > i && hasArticle(ws[j - 1]) && bareIn(w.norm, TITLES) === undefined;
    // الحكومة الناني ولد اشروقه: a word with the article before ولد or بن is the given name.
    if (hasArticle(w) && joinedIn(ws, j + 1, LINKS_AFTER_GIVEN)) break;
    // المحافظ الصديق الكبير: a given name written with the article, a name word after it; not
    // in the name of what the title heads (مدير مستشفى الحسين التعليمي رياض الحجامي).
    if (articleGivenAt(ws, j) && !(j > i && bareIn(ws[j - 1].norm, NAMED_AFTER) !== undefined)) break;
    // رئيس إقليم كامبانيا فينتشنزو دي لوكا: a place word and the known place it heads; not with a
    // proclitic (الرئيس لمنطقة دبي) nor before a portfolio with ل (وكيل محافظة حضرموت لشؤون الوادي).
    if (PLACE_HEADS.has(w.norm) && j + 1 < ws.length && ws[j + 1].joined && ws[j + 1].known && ws[j + 1].knownKind === 'place'
      && !(j + 2 < ws.length && /^ل/.test(ws[j + 2].norm) && !FIRST_NAMES.has(ws[j + 2].norm))) { j++; continue; }
    // مديرة الشعبة في البصرة سهاد الموسوي: where the office is.
    if (w.norm === 'في' && j > i && j + 1 < ws.length && ws[j + 1].joined && ws[j + 1].known && ws[j + 1].knownKind === 'place') { j++; continue; }
    // رئيس الهيئة المستقلة للانتخاب: an institution's name goes on with ل and the article.
    // A generic noun there too when a given name follows (الرئيس التنفيذي للمجموعة عصام الصقر).
    const ofThe = j > i && hasArticle(ws[j - 1]) && /^لل../.test(w.norm) && (!isStop(w) || joinedIn(ws, j + 1, FIRST_NAMES));
    // المدير الجهوي للفلاحة بوجدة: ب and a place after it; where the name starts is a guess.
    if (j > i && /^لل../.test(ws[j - 1].norm) && /^ب.../.test(w.norm) && !w.known && !FIRST_NAMES.has(w.norm)) return -1;
    if (w.known || TITLE_LINKS.has(w.norm) || (hasArticle(w) && !isStop(w)) || portfolio || ofThe) { j++; continue; }
    break;
  }
  return j;
}


/** Surnames of the former Soviet world: -ov, -ev, -ova, -eva (جاقسيليكوف، تاجيباييف، ساتيبالدييفا). */
const SOVIET_SURNAME = /^.{4,}(وف|يف|وفا|يفا)$/;
/**
 * Arabic words of those endings: مفعول (معروف، مكشوفا), تفعيل (تخفيف), plurals تفاعيل and مفاعل
 * (تكاليف، مخاوف), with a proclitic or not.
 */
const NOT_SOVIET = /^[وفبلك]?(م..وفا?|ت..يف|ت.ا.يف|م.ا.يف|..ا.يف|.+اوف)$/;
/** Things named after their maker (بنادق كلاشنيكوف، طائرات توبوليف). */
const NAMED_THINGS = words('بنادق بندقيه رشاش رشاشات مدفع صاروخ صواريخ طائره طائرات مقاتلات قاذفات دبابه دبابات');

/**
 * Is word `k` the Uzbek and Tajik -jon written apart (أكمل جان نعمتوف): جان after a name word and
 * before a surname in -ov or -ev?
 */
function uzbekJon(ws: readonly Word[], k: number): boolean {
  const before = ws[k - 1];
  const surname = ws[k + 1];
  return ws[k].norm === 'جان' && ws[k].joined && before !== undefined && nameLike(before) && !hasArticle(before)
    && surname !== undefined && surname.joined && SOVIET_SURNAME.test(surname.norm) && !NOT_SOVIET.test(surname.norm);
}

/**
 * A given name and a surname of the former Soviet world (يرلان جاقسيليكوف، أيدار سمادياروف): the
 * surname's ending marks the name wherever it stands. The word before must be a name word, not a
 * verb (فاز ميدفيديف) or a word with و. A -jon written apart takes the word before it in.
 */
function sovietNames(ws: readonly Word[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    const prev = ws[i - 1];
    if (w.tok.kind !== 'arabic' || w.known || !w.joined || hasArticle(w) || cliticBeforeArticle(w) || !SOVIET_SURNAME.test(w.norm) || NOT_SOVIET.test(w.norm)
      || DERIVED_VERB.test(w.norm) || isStop(w)) continue;
    if (prev.tok.kind !== 'arabic' || prev.known || hasArticle(prev) || !nameLike(prev) || NAMED_THINGS.has(prev.norm)) continue;
    // شركة ساتريك إنيشيتيف: a company or a site named so is no person.
    const before = ws[i - 2];
    if (before !== undefined && prev.joined && (bareIn(before.norm, QUOTED_ORG_HEADS) !== undefined || bareIn(before.norm, NAMED_AFTER) !== undefined || isHead(before))) continue;
    const given = FIRST_NAMES.has(prev.norm);
    // وهزم، فاز، يلعب، هزمت: a verb or و before the surname.
    if (!given && (prev.norm.length < 4 || prev.norm[0] === 'و' || /^[يتن]...$|^...ت$/.test(prev.norm))) continue;
    out.push({ from: uzbekJon(ws, i - 1) ? i - 2 : i - 1, to: i + 1, kind: 'person' });
  }
  return out;
}

/** «Member»: before a body named right after it, a title (عضو المجلس). */
const MEMBER = words('عضو عضوه');
/** الفريق, a general's rank when أول or الركن follows it, and those words. */
const GENERAL = words('الفريق');
const RANK_TAILS = words('اول الركن');

/**
 * وقال الممثل المقيم في ميانمار، ماركولويجي كورسي، إن: a speaker named between commas, right
 * before إن or أن, in a sentence a verb of saying opened. Two or three name words, none shaped
 * like a noun (ending in ة or a plural). Returns where the name ends, or undefined.
 */
function betweenCommas(ws: readonly Word[], i: number, text: string): number | undefined {
  const comma = (k: number): boolean => k < ws.length && ws[k].tok.kind === 'punct' && text.slice(ws[k].tok.start, ws[k].tok.end) === '،';
  if (!comma(i) || i + 1 >= ws.length || !ws[i + 1].joined) return undefined;
  const name = nameAt(ws, i + 1, text, 3, false);
  if (name === undefined || name.to - i - 1 < 2 || !comma(name.to) || !joinedIn(ws, name.to + 1, THAT)) return undefined;
  if (ws.slice(i + 1, name.to).some((x) => !FIRST_NAMES.has(x.norm) && /(ه|ون|ين|ات)$/.test(x.norm))) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - 15; k--) {
    const x = ws[k];
    if (x.tok.kind === 'punct' && /[.!؟?\n]/.test(text.slice(x.tok.start, x.tok.end))) return undefined;
    if (/\n/.test(text.slice(x.tok.end, ws[k + 1].tok.start))) return undefined;
    if (x.tok.kind === 'arabic' && bareIn(x.norm, SAY_VERBS) !== undefined) return name.to;
  }
  return undefined;
}

/** A second name right after a first, opened by و and a given name (محمد الحسنات وهبة العمايرة): where it ends. */
function nameAfterAnd(ws: readonly Word[], k: number, text: string): { to: number } | undefined {
  const w = ws[k];
  if (w === undefined || w.tok.kind !== 'arabic' || w.norm[0] !== 'و' || !FIRST_NAMES.has(w.norm.slice(1))) return undefined;
  return nameAt(ws, k, text, 3, false, w.norm.slice(1));
}

/** Lines of a page's head where a dateline may stand. */
const HEAD_LINES = 12;

/**
 * سوسة - أمين الفرشيشي، بغداد - واع - زينب الموسوي، عمون - محمد الحسنات وهبة العمايرة: in the
 * page's head, a dash after a place or an outlet and the author's name, alone to the end of the
 * line (two or three name words; a second author after و).
 */
function datelineAuthors(ws: readonly Word[], i: number, text: string): Found[] {
  const dash = text.slice(ws[i].tok.start, ws[i].tok.end);
  if (!['-', '–', '—'].includes(dash) || i + 1 >= ws.length || !ws[i + 1].joined || ws[i + 1].known) return [];
  const lineStart = text.lastIndexOf('\n', ws[i].tok.start) + 1;
  const before = text.slice(lineStart, ws[i].tok.start);
  if (!/\S/.test(before) || before.trim().split(/\s+/).length > 5 || /[.،,:؛!?؟«»"]/.test(before)) return [];
  let lines = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < lineStart; k = text.indexOf('\n', k + 1)) if (++lines > HEAD_LINES) return [];
  // أخبارنا - الحسين أمزال | الداخلة: the line may go on with a bar and the place.
  const lineEnd = (k: number): boolean => k >= ws.length || /\n/.test(text.slice(ws[k - 1].tok.end, ws[k].tok.start))
    || text.slice(ws[k].tok.start, ws[k].tok.end) === '|';
  const name = nameAt(ws, i + 1, text, 3, articleGivenAt(ws, i + 1));
  if (name === undefined || name.to - i - 1 < 2) return [];
  if (lineEnd(name.to)) return [{ from: i + 1, to: name.to, kind: 'person' }];
  const second = nameAfterAnd(ws, name.to, text);
  if (second === undefined || second.to - name.to < 2 || !lineEnd(second.to)) return [];
  return [{ from: i + 1, to: name.to, kind: 'person' }, { from: name.to, to: second.to, kind: 'person', clitics: 1 }];
}

function findByRules(ws: readonly Word[], text: string): Found[] {
  const found: Found[] = [];
  /** UTF-16 units of proclitics before `head` in word `w` (بنهر → 1). */
  const cliticsBefore = (w: Word, head: string): number => {
    const word = text.slice(w.tok.start, w.tok.end);
    return word.length - headLength(word, head);
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.tok.kind === 'punct') {
      const name = betweenCommas(ws, i, text);
      if (name !== undefined) found.push({ from: i + 1, to: name, kind: 'person' });
      else found.push(...datelineAuthors(ws, i, text));
      continue;
    }
    if (w.tok.kind !== 'arabic' || w.known) continue;
    // عضو المجلس، عضو مجلس النواب: a member of a body named right after is a title too.
    const member = bareIn(w.norm, MEMBER) !== undefined && i + 1 < ws.length && ws[i + 1].joined && (hasArticle(ws[i + 1]) || ws[i + 1].known);
    // الفريق أول، الفريق الركن: «the team» is a general's rank before أول or الركن.
    const rank = bareIn(w.norm, GENERAL) !== undefined && joinedIn(ws, i + 1, RANK_TAILS);
    // أمينة بن عيسى، أمير بن سلطان: a title word before بن or بنت is a given name.
    if ((bareIn(w.norm, TITLES) !== undefined || member || rank || agentBeforeGiven(ws, i)) && !givenBeforeLink(ws, i, w.norm)) {
      // جامعة القاضي عياض: a title inside the name of a place or an institution.
      if (i > 0 && w.joined && bareIn(ws[i - 1].norm, NAMED_AFTER) !== undefined) continue;
      let j = afterTitle(ws, i + 1, text);
      if (j < 0 || j >= ws.length || !ws[j].joined) continue;
      // وزير الداخلية وأحمد البواري: after و a new name starts; the given-name rule reads it.
      if (ws[j].norm[0] === 'و' && FIRST_NAMES.has(ws[j].norm.slice(1))) continue;
      if (LEADER_WORDS.has(w.norm) && !FIRST_NAMES.has(ws[j].norm)) continue;
      // الناشط أمين كساسي، وزيرة الثقافة أمينة الصرارفي: after a title, أمين، أمينة، أمير or
      // أميرة before a name word is the given name, not a second title; the family name may be a
      // nisba with the article. أمين سر، أمين عام are titles still.
      if (TITLE_NAMES.has(ws[j].norm.replace(/ه$/, '')) && j + 1 < ws.length && ws[j + 1].joined && !ws[j + 1].known
        && !TITLE_NAME_NOT.has(ws[j + 1].norm)) {
        const rest = nameAt(ws, j + 1, text, 2, isNisba(ws[j + 1].norm));
        if (rest !== undefined && (closedAt(ws, rest.to, text) || clearEnd(ws, rest.to, text))) {
          found.push({ from: j, to: rest.to, kind: 'person' });
          i = rest.to - 1;
          continue;
        }
      }
      // الناني ولد اشروقه، العيد ولد محمدن: a given name with the article before ولد or بن.
      const linkedAfter = joinedIn(ws, j + 1, LINKS_AFTER_GIVEN);
      // المحافظ الصديق الكبير، الناطق الفاتح قرشي: a given name written with the article.
      let name = nameAt(ws, j, text, 3, linkedAfter || articleGivenAt(ws, j));
      // المزارع عبد الرحمن زماعرة قطف عنبه، طالبة الدكتوراه مريم أوبلا نقطة ضوئية: after a title, a
      // given name and one more name word are the name when no longer one has a clear end.
      if (!name && FIRST_NAMES.has(ws[j].norm) && !AMBIGUOUS_GIVEN.has(ws[j].norm)) {
        const two = nameAt(ws, j, text, 2, false, undefined, true);
        if (two !== undefined && ws.slice(j, two.to).filter((x) => !PARTICLES.has(x.norm)).length === 2 && sentenceGoesOn(ws, two.to)) name = two;
      }
      if (!name || ws[j].known) continue;
      // محافظ إيلام أحمد كرمي: a word before a plain given name, in three, is the office's place.
      // Not a given name written with the article (المهندس الصادق إبراهيم آدم).
      if (name.to - j === 3 && ws[j].norm.length >= 3 && !FIRST_NAMES.has(ws[j].norm) && !ARTICLE_GIVEN.has(ws[j].norm) && !PARTICLES.has(ws[j].norm) && PLAIN_GIVEN.has(ws[j + 1].norm)
        && !AMBIGUOUS_GIVEN.has(ws[j + 1].norm) && !eastAsianPair(ws[j].norm, ws[j + 1].norm) && !uzbekJon(ws, j + 1)) {
        j++;
        name = nameAt(ws, j, text, 3, false) ?? { to: name.to };
      }
      // المواطن خلف الحسين،: after a title one name word and a family name with the article, closed by punctuation.
      const family = ws[name.to];
      if (name.to - j === 1 && family !== undefined && family.joined && hasArticle(family) && !family.known && nameLike(family)
        && !neverFamily(family.norm) && !VERBAL_NOUN.test(family.norm) && punctAfter(ws, name.to + 1, text)) name = { to: name.to + 1 };
      // مباراة كبيرة، أهمية: feminine nouns and adjectives; a person's name rarely has two.
      const fem = ws.slice(j, name.to).filter((x) => /ه$/.test(x.norm) && !hasArticle(x)).length;
      const personal = FIRST_NAMES.has(ws[j].norm) || ws.slice(j, name.to).some((x) => PARTICLES.has(x.norm))
        || (name.to - j >= 2 && eastAsianPair(ws[j].norm, ws[j + 1].norm));
      if (fem >= 2 || (!personal && ws.slice(j, name.to).some((x) => /يه$/.test(x.norm)))) continue;
      // One word alone is a name only when punctuation closes it (الوزير شويغو،): before a
      // function word it is as likely the object of the sentence.
      if (name.to - j === 1 && !(name.to < ws.length && ws[name.to].tok.kind === 'punct')) continue;
      found.push({ from: j, to: name.to, kind: 'person' });
      continue;
    }
    // لي وي مينغ، يوي دونغ هاي، كيم دونغ هيوك بباقة: three syllables of a Chinese or Korean name
    // are a name wherever they stand, ended by any word that is no fourth syllable; Arabic prose
    // has no such run. The last may be هي or هو before punctuation (جونغ ميونغ هي،).
    const syllable = (k: number): boolean => ws[i + k].joined && !ws[i + k].known
      && (EAST_ASIAN.has(ws[i + k].norm) || (k === 2 && SYLLABLE_PRONOUNS.has(ws[i + k].norm) && punctAfter(ws, i + 3, text)));
    if (EAST_ASIAN.has(w.norm) && i + 2 < ws.length && [1, 2].every(syllable) && ws.slice(i, i + 3).some((x) => x.norm.length >= 4)
      && !joinedIn(ws, i + 3, EAST_ASIAN) && !(i > 0 && w.joined && EAST_ASIAN.has(ws[i - 1].norm))) {
      found.push({ from: i, to: i + 3, kind: 'person' });
      i += 2;
      continue;
    }
    if (bareIn(w.norm, NATIONALITIES) !== undefined) {
      // وجاء الأسترالي أوسكار بياستري: two or three name words after a nationality used as a
      // noun. After a noun with the article the nationality is its adjective (الجيش الروسي).
      const prev = ws[i - 1];
      // رجل الأعمال الإيطالي جوفاني روسيلي: after «business» it stands for the person.
      if (w.joined && prev !== undefined && prev.tok.kind === 'arabic' && hasArticle(prev) && !prev.known && prev.norm !== 'الاعمال') continue;
      if (i + 1 >= ws.length || !ws[i + 1].joined || ws[i + 1].known) continue;
      const name = nameAt(ws, i + 1, text, 3, false);
      if (!name || name.to - i - 1 < 2) continue;
      const parts = ws.slice(i + 1, name.to);
      // وقالت السورية سلام الحموي: after a given name, a nisba with the article is the family name.
      const family = (x: Word, k: number): boolean => k > 0 && FIRST_NAMES.has(parts[k - 1].norm) && isNisba(x.norm);
      if (parts.filter((x) => /ه$/.test(x.norm) && !FIRST_NAMES.has(x.norm)).length >= 1 || parts.some((x, k) => hasArticle(x) && !family(x, k))) continue;
      found.push({ from: i + 1, to: name.to, kind: 'person' });
      continue;
    }
    // كتب: …، كتب - …، تصوير: …
    const marked = i + 1 < ws.length && [':', '-', '–'].includes(text.slice(ws[i + 1].tok.start, ws[i + 1].tok.end));
    if ((BYLINE.has(w.norm) && (marked || i === 0 || /\n/.test(text.slice(ws[i - 1].tok.end, w.tok.start)))) || (BYLINE_MARKED.has(w.norm) && marked)) {
      // A byline: the author's name alone on the rest of the line (كتب: إسلام عبد الوهاب |), a
      // photographer's before the agency (تصوير: جو رايدل/غيتي), or two authors (كتب سلطان العبدالله وعبدالعزيز الفضلي).
      const at = marked ? i + 2 : i + 1;
      if (at >= ws.length) continue;
      // صورة: مراسل موزاييك: a role with the outlet, no name.
      if (TITLES.has(`ال${ws[at].norm}`) && !FIRST_NAMES.has(ws[at].norm)) continue;
      const name = nameAt(ws, at, text, 3, false);
      if (!name || ws[at].known) continue;
      // كتبت: منة الله عبد الرحمن الجمعة، 23 يناير: the date may follow on the same line.
      const ends = (k: number): boolean => k >= ws.length || !ws[k].joined || (ws[k].tok.kind === 'punct' && '-–|،,)./'.includes(text.slice(ws[k].tok.start, ws[k].tok.end)))
        || WEEKDAYS.has(ws[k].norm);
      const next = ws[name.to];
      const second = next !== undefined && next.joined ? nameAfterAnd(ws, name.to, text) : undefined;
      if (name.to - at < 2 || !(ends(name.to) || (second !== undefined && ends(second.to)))) continue;
      found.push({ from: at, to: name.to, kind: 'person' });
      if (second !== undefined && ends(second.to) && second.to - name.to >= 2) found.push({ from: name.to, to: second.to, kind: 'person', clitics: 1 });
      continue;
    }
    if (bareIn(w.norm, SAY_VERBS) !== undefined) {
      // قال لمراسل مهر، قالت للصحفيين: ل and a participle or the article name whom it was said to.
      if (/^ل[مل]/.test(ws[i + 1]?.norm ?? '') && !FIRST_NAMES.has(ws[i + 1].norm)) continue;
      // The speaker right after the verb, one or two words, ended by punctuation or إن/أن.
      // Three words when a given name opens them (قال سالم حميد المري،).
      // قال الحسين أمزال: a given name written with the article may open it.
      const articleFirst = articleGivenAt(ws, i + 1);
      const three = FIRST_NAMES.has(ws[i + 1]?.norm ?? '') || articleFirst ? nameAt(ws, i + 1, text, 3, articleFirst) : undefined;
      const name = three !== undefined && three.to - i - 1 === 3 ? three : nameAt(ws, i + 1, text, 2, articleFirst);
      if (name && name.to < ws.length) {
        const next = ws[name.to];
        const nextText = text.slice(next.tok.start, next.tok.end);
        const saysThat = SAID_THAT.has(next.norm) || nextText === '،' || nextText === ':' || nextText === ','
          // ويشير عيسى إلى: a name that opens with a given name (وأشار استطلاع جديد إلى: a noun).
          || (next.norm === 'الي' && bareIn(w.norm, POINT_VERBS) !== undefined && FIRST_NAMES.has(ws[i + 1].norm));
        const last = ws[name.to - 1].norm;
        if (saysThat && (!NOT_A_SPEAKER_END.test(last) || COMPOUND_ENDS.has(last))) found.push({ from: i + 1, to: name.to, kind: 'person' });
      }
      continue;
    }
    if (bareIn(w.norm, TURN) !== undefined || bareIn(w.norm, DESCRIBED_AFTER) !== undefined) {
      const to = describedName(ws, i + 1, text);
      if (to !== undefined) {
        found.push({ from: i + 1, to, kind: 'person' });
        continue;
      }
    }
    // كاراهان تبه، غوبكلي تبه، سفر تبه: a word and the Turkish «hill» after it name a mound or a
    // site; تبه is no Arabic word. A proclitic drawn out with a tatweel stays outside (لـكاراهان تبه),
    // and so does و (وسفر تبه): Turkish writes no w, and a v is ف in Arabic.
    if (joinedIn(ws, i + 1, TEPE) && !w.known) {
      const raw = text.slice(w.tok.start, w.tok.end);
      const drawn = /^[وفبلك]{1,2}ـ+/.exec(raw) ?? /^و(?=[^\sـ]{3})/.exec(raw);
      const bare = drawn === null ? w : { ...w, norm: normalizeKey(raw.slice(drawn[0].length)) };
      if (nameLike(bare) && !hasArticle(bare) && bare.norm.length >= 3) {
        found.push({ from: i, to: i + 2, kind: 'place', clitics: drawn === null ? 0 : drawn[0].length });
        i++;
        continue;
      }
    }
    const feature = bareIn(w.norm, FEATURE_HEADS);
    // استاد الملك فهد الدولي، مطار الملك خالد، نفق الملك عبدالله، مسجد النبي يونس: a site named
    // after a king, a prince, a prophet or a saint.
    const named = feature ?? bareIn(w.norm, NAMED_AFTER_PLACE);
    const honorific = named !== undefined && i + 2 < ws.length && ws[i + 1].joined && ws[i + 2].joined && NAMED_HONORIFICS.has(ws[i + 1].norm) && !ws[i + 2].known;
    if (honorific) {
      // مسجد السيد البدوي: the name may be a nisba with the article.
      const name = nameAt(ws, i + 2, text, 3, isNisba(ws[i + 2].norm));
      if (name) {
        found.push({ from: i, to: withVenueTail(ws, named, name.to), kind: 'place', clitics: cliticsBefore(w, named) });
        continue;
      }
    }
    if (feature !== undefined && i + 1 < ws.length && ws[i + 1].joined && !ws[i + 1].known) {
      let name = nameAt(ws, i + 1, text, 2, true);
      // A second word shaped like a verb (سجلت، تراجع) is the sentence going on: one word then.
      if (name && name.to - i - 1 === 2 && /^[يتن]...|ت$/.test(ws[i + 2].norm)) name = nameAt(ws, i + 1, text, 1, true);
      if (!name) continue;
      // لسدّ الشغورات "to fill the vacancies": a plural noun, no name.
      if (hasArticle(ws[i + 1]) && (SITE_NOT.has(ws[i + 1].norm) || /ات$/.test(ws[i + 1].norm) || (SITE_HEADS.has(feature) && VERBAL_NOUN.test(ws[i + 1].norm)))) continue;
      // ملعب مبارياته «the ground of its matches»: a plural noun with «its»; يقضي بسجن مواطن: a sentence to prison.
      // سد فجوة التمويل "to fill the funding gap": a verbal noun and what it fills.
      if ((feature === 'سد' && FILLED.has(ws[i + 1].norm)) || /^.{3,}ات(ه|ها|هم)$/.test(ws[i + 1].norm) || (feature === 'سجن' && i > 0 && w.joined && bareIn(ws[i - 1].norm, SENTENCE_VERBS) !== undefined)) continue;
      // محطة الطاقة الشمسية: the purpose with the article too.
      if (SITE_PURPOSE.has(ws[i + 1].norm.replace(/^ال/, '')) || FOR_DOING.test(ws[i + 1].norm) || PLACE_ADVERBS.has(ws[i + 1].norm)) continue;
      // مطار زيزو الدولي: a venue's describing word is part of its name.
      name = { to: withVenueTail(ws, feature, name.to) };
      // معبد سيتي الأول: a king's regnal number after the name he gave the site.
      if (name.to - i - 1 === 1 && joinedIn(ws, name.to, REGNAL)) name = { to: name.to + 1 };
      // مسجد تينمل التاريخي، ميناء جيهان التركي: a describing adjective or a nationality after a
      // one-word name is no part of it.
      if (name.to - i - 1 === 2 && (DESCRIBING.has(ws[i + 2].norm) || NATIONALITIES.has(ws[i + 2].norm))) name = { to: i + 2 };
      // حلبة لوسيل الدولية: an adjective with the article after a one-word name belongs to it.
      if (name.to - i - 1 === 1 && name.to + 1 < ws.length && ws[name.to].joined && hasArticle(ws[name.to]) && /يه$/.test(ws[name.to].norm)
        && !ws[name.to].known && clearEnd(ws, name.to + 1, text)) name = { to: name.to + 1 };
      // A feminine adjective cannot agree with a masculine head (ميناء دوراليه): there it is a name.
      // A given name or a word after بن is a person's name the site bears (استاد أحمد بن علي).
      // After a masculine head an indefinite فعيل is an adjective (معبد جديد), and a word in ي one
      // only when it is a common adjective or a nationality (ملعب آزادي is a name).
      const masculine = MASCULINE_FEATURES.has(feature);
      const adjectiveInI = (x: Word): boolean => /ي$/.test(x.norm)
        && (!masculine || x.norm.length < 4 || SITE_ADJECTIVES.has(x.norm) || NATIONALITIES.has(`ال${x.norm}`));
      const adjective = ws.slice(i + 1, name.to).some((x, k) => !hasArticle(x) && !FIRST_NAMES.has(x.norm) && !PARTICLES.has(ws[i + k].norm)
        && ((FEMININE_ADJECTIVE.test(x.norm) && !masculine) || (masculine && /^..ي.$/.test(x.norm)) || adjectiveInI(x)));
      if (!adjective) found.push({ from: i, to: name.to, kind: 'place', clitics: cliticsBefore(w, feature) });
      continue;
    }
    const prefix = bareIn(w.norm, TOPONYM_PREFIXES);
    if (prefix !== undefined && i + 1 < ws.length && ws[i + 1].joined && !ws[i + 1].known) {
      // A village or a quarter named «عين …»، «دير …»، «كفر …»: where a place is expected
      // (في دير البلح، بلدة بيت لاهيا) or with ب or ل attached, two words with a clear end.
      const prev = ws[i - 1];
      // وادي مور ووادي سردد: و after a place found with the same first word lists another.
      const last = found[found.length - 1];
      const listed = w.norm === `و${prefix}` && last !== undefined && last.kind === 'place' && last.to === i && bareIn(ws[last.from].norm, TOPONYM_PREFIXES) === prefix;
      const cued = (prev !== undefined && w.joined && bareIn(prev.norm, PLACE_CUES) !== undefined) || /^[وف]?[بل]/.test(w.norm.slice(0, w.norm.length - prefix.length)) || listed;
      const second = ws[i + 1];
      const articleOk = !hasArticle(second) || !NO_ARTICLE_TOPONYM.has(prefix);
      // وادي فاطمة: a given name is no adjective.
      if (cued && articleOk && nameLike(second) && !TOPONYM_NOT.has(second.norm) && (!FEMININE_ADJECTIVE.test(second.norm) || PLAIN_GIVEN.has(second.norm))
        && clearEnd(ws, i + 2, text)) {
        found.push({ from: i, to: i + 2, kind: 'place', clitics: cliticsBefore(w, prefix) });
        continue;
      }
    }
    // نور الدين: a compound given name opens a name even when its first word alone is ambiguous.
    const compoundGiven = i + 1 < ws.length && ws[i + 1].joined && ws[i + 1].norm === 'الدين' ? bareIn(w.norm + 'الدين', FIRST_NAMES) : undefined;
    const compound = compoundGiven !== undefined;
    const given = compound ? compoundGiven.slice(0, -5) : bareIn(w.norm, FIRST_NAMES);
    // لصالح "in favour of" is a preposition before anything; ناديه is «his club».
    const notAName = isStop(w) || given !== undefined && TA_MARBUTA_GIVEN.has(given) && /ه[\u064b-\u065f]*$/.test(text.slice(w.tok.start, w.tok.end));
    // نور بنت أحمد: an ambiguous given name followed by بن or بنت is a name.
    const linked = joinedIn(ws, i + 1, NAME_LINKS) && ws[i + 1].norm !== 'ال' && ws[i + 1].norm !== 'آل';
    if (given !== undefined && !notAName && (compound || linked || !AMBIGUOUS_GIVEN.has(given)) && !(i > 0 && w.joined && bareIn(ws[i - 1].norm, NAMED_AFTER) !== undefined)) {
      // A given name opens a name of its own (وقال محسن أردكاني إن، حصد ظافر العابدين جائزة):
      // two or three name words with a clear end. An unknown given name right before it opens
      // the same name (كمال محمد صالح) and is where the name starts.
      const clitics = given === w.norm ? 0 : w.tok.end - w.tok.start - headLength(text.slice(w.tok.start, w.tok.end), given);
      const prev = ws[i - 1];
      const prevGiven = clitics === 0 && w.joined && prev !== undefined && !prev.known && prev.tok.kind === 'arabic'
        && (FIRST_NAMES.has(prev.norm) || AMBIGUOUS_GIVEN.has(prev.norm));
      if (prevGiven && !AMBIGUOUS_GIVEN.has(prev.norm)) continue; // found from there already
      // أركين جان تورديموف: -jon after a name word; the surname rule reads the whole name.
      if (given === 'جان' && clitics === 0 && uzbekJon(ws, i)) continue;
      const from = prevGiven ? i - 1 : i;
      // ميناء سيدي يوسف: a site or a place named after someone, no person.
      if (from < i && from > 0 && ws[from].joined && (isHead(ws[from - 1]) || bareIn(ws[from - 1].norm, NAMED_AFTER) !== undefined)) continue;
      const name = nameAt(ws, from, text, 3, false, clitics > 0 ? given : undefined);
      if (!name) continue;
      // With no title before it, a word with the article is a family name only as a nisba
      // (هاني البحيري) or after a particle; محمد الجدعان needs a title, and the rest is a noun.
      let to = name.to;
      // A woman's (بنت) family name is a feminine nisba (وفاء بنت سالم المعشنية).
      const daughter = ws.slice(from, to).some((x) => x.norm === 'بنت');
      const family = (norm: string): boolean => isNisba(norm) || (daughter && /يه$/.test(norm));
      // عبد الجليل الشاوش: after a given name in عبد the last word is its family name.
      const afterAbd = (k: number): boolean => k === to - 1 && k - 2 >= from && ws[k - 2].norm === 'عبد';
      // مطر الطاير، فهد الرشيد أن: a family name with the article closing a name that opens with a
      // given name, before a comma or أن.
      const closed = (k: number): boolean => k === name.to - 1 && !AMBIGUOUS_GIVEN.has(ws[from].norm) && FIRST_NAMES.has(ws[k - 1].norm)
        && !neverFamily(ws[k].norm) && !VERBAL_NOUN.test(ws[k].norm)
        && closedAt(ws, k + 1, text);
      for (let k = from + 1; k < to; k++) if (hasArticle(ws[k]) && !family(ws[k].norm) && !PARTICLES.has(ws[k - 1].norm) && !COMPOUND_ENDS.has(ws[k].norm) && !afterAbd(k) && !closed(k)
        && !givenTail(ws[k - 1].norm, ws[k].norm)) to = k;
      if (to - from < 2) continue;
      // أم محمد العدني: a mother named after her son, أم included.
      const kunya = from === i && clitics === 0 && from > 0 && w.joined && ws[from - 1].norm === 'ام' && ws[from - 1].tok.kind === 'arabic';
      found.push({ from: kunya ? from - 1 : from, to, kind: 'person', clitics: from === i ? clitics : 0 });
      continue;
    }
    const ministry = bareIn(w.norm, MINISTRY);
    if (ministry !== undefined && i + 1 < ws.length && ws[i + 1].joined && !ws[i + 1].known && hasArticle(ws[i + 1]) && nameLike(ws[i + 1])) {
      // وزارة الزراعة، وزارة الشؤون الاجتماعية، وزارة التجهيز والماء: a ministry by its portfolio,
      // adjectives and a second portfolio included; an adjective of nationality stays outside.
      let j = i + 2;
      let portfolios = 1;
      while (j < ws.length && ws[j].joined && !ws[j].known && j - i < 6) {
        const x = ws[j];
        if (hasArticle(x) && (/يه?$/.test(x.norm) || ORG_TAIL.has(x.norm)) && bareIn(x.norm, NATIONALITIES) === undefined && nameLike(x)) { j++; continue; }
        if (portfolios < 3 && /^وال../.test(x.norm) && nameLike({ ...x, norm: x.norm.slice(1) })) { portfolios++; j++; continue; }
        break;
      }
      // The sentence goes on with a verb (وزارة الزراعة تعلن) or with a nationality.
      const next = ws[j];
      const ends = clearEnd(ws, j, text) || /^[يت].{2,4}$/.test(next.norm) || (next.joined && bareIn(next.norm, NATIONALITIES) !== undefined);
      if (ends) {
        found.push({ from: i, to: j, kind: 'organization', clitics: cliticsBefore(w, ministry) });
        continue;
      }
    }
    const head = bareIn(w.norm, PLACE_HEADS);
    // للمدينة ستعمل: the head with the article («to the city») is named before, not after; the
    // capital's name still follows it (للعاصمة الروسية موسكو).
    // في كل حي بطل: «every quarter», no quarter's name after it.
    if (head !== undefined && !(w.norm.startsWith('لل') && !CAPITAL.has(head)) && !(i > 0 && w.joined && ws[i - 1].norm === 'كل')) {
      let j = i + 1;
      // في العاصمة مثل كاووبي
      if (joinedIn(ws, j, LIST_OPENERS)) j++;
      // العاصمة الروسية موسكو: the capital's adjective first.
      if (CAPITAL.has(head)) {
        while (j < ws.length && ws[j].joined && hasArticle(ws[j]) && !ws[j].known && j - i < 3) j++;
        // أمين العاصمة المقدسة أسامة زيتوني: a given name there opens the name of the man in office.
        if (j > i + 1 && j < ws.length && PLAIN_GIVEN.has(ws[j].norm)) continue;
      }
      // منطقة العباسية: a quarter in ية with the article after منطقة, a construct no adjective makes.
      const quarter = head === 'منطقه' && j === i + 1 && j < ws.length && /^ال..+يه$/.test(ws[j].norm);
      let name = nameAt(ws, j, text, 2, PLACE_HEADS_WITH_ARTICLE.has(head) || quarter);
      // ولاية جهة سوس ماسة: a second word for a region is no name of its own.
      if (!name || ws[j].known || REGION_WORDS.has(ws[j].norm)) continue;
      // منطقة حرب، منطقة كوارث، منطقة عمليات: a zone of something, a plural in ات, no name.
      if (ZONE_OF.has(ws[j].norm) || (/^.{4,}ات$/.test(ws[j].norm) && !hasArticle(ws[j]))) continue;
      // مدينة التمور، مدينة المعارض: a city of things (a plural with the article) is named with its head.
      if (head === 'مدينه' && j === i + 1 && name.to === j + 1 && hasArticle(ws[j]) && clearEnd(ws, j + 1, text) && /^ال(..و.|م.ا..|ا..ا.)$/.test(ws[j].norm)) {
        found.push({ from: i, to: j + 1, kind: 'place', clitics: cliticsBefore(w, head) });
        continue;
      }
      // منطقة رأس الخور، بلدة عين العرب: a toponym's first word is no name alone; after a place
      // word it takes the word with the article that follows.
      if (name.to - j === 1 && TOPONYM_PREFIXES.has(ws[j].norm)) {
        const next = ws[j + 1];
        if (next === undefined || !next.joined || !hasArticle(next) || !nameLike(next) || TOPONYM_NOT.has(next.norm) || !clearEnd(ws, j + 2, text)) continue;
        name = { to: j + 2 };
      }
      // مديرية أمن سوهاج: a directorate of a known place, no place of its own.
      if (head === 'مديريه' && name.to < ws.length && ws[name.to].joined && ws[name.to].known && ws[name.to].knownKind === 'place') continue;
      // ولاية نيوهامبشير كريس سنونو: a given name after the place opens a person's name.
      if (name.to - j === 2 && FIRST_NAMES.has(ws[j + 1].norm) && !AMBIGUOUS_GIVEN.has(ws[j + 1].norm)) name = { to: j + 1 };
      // ريف المعرة الشرقي: the direction describes the countryside, not the town.
      if (head === 'ريف' && name.to - j === 2 && DIRECTIONS.has(ws[j + 1].norm)) name = { to: j + 1 };
      // عاصمة الشطر الخاضع لإدارة باكستان: a noun with ل or ب attached, not a name.
      if (/^[لب].+ه$/.test(ws[j].norm)) continue;
      // منطقة عازلة، منطقة صناعي: an indefinite adjective agreeing with the head, not a name.
      // With the article (مدينة الرقة) it cannot be one; after العاصمة (نيروبي) it rarely is.
      // A masculine nisba cannot agree with a feminine head (منطقة أوباري): there it is a name.
      // After a masculine one, فعيل with ل and the article after it is an adjective and its complement (حي صديق للمشاة).
      const withComplement = name.to - j === 1 && MASCULINE_HEADS.has(head) && /^..ي.$/.test(ws[j].norm) && j + 1 < ws.length && ws[j + 1].joined && /^لل../.test(ws[j + 1].norm);
      const adjective = withComplement || ws.slice(j, name.to).some((x) => !hasArticle(x) && (FEMININE_ADJECTIVE.test(x.norm) || NISBA_ADJECTIVES.has(x.norm) || (/ي$/.test(x.norm) && MASCULINE_HEADS.has(head))));
      if (adjective || (hasArticle(ws[j]) && SITE_NOT.has(ws[j].norm))) continue;
      // بلدية الغبيري: a municipality is an institution, named with its head.
      if (head === 'بلديه' && j === i + 1) {
        found.push({ from: i, to: name.to, kind: 'organization', clitics: cliticsBefore(w, head) });
        continue;
      }
      found.push({ from: j, to: name.to, kind: 'place' });
      continue;
    }
    if (bareIn(w.norm, LIST_HEADS) !== undefined) found.push(...listAfter(ws, i + 1, text));
  }
  return found;
}

const MINISTRY = words('وزاره');

const LIST_OPENERS = words('مثل منها بينها ابرزها اهمها خاصه لاسيما');

/** A past verb in ت of a root that starts with و (وقعت، وصلت، وجدت), which reads like و and a one-word town. */
const WAW_PAST_VERB = /^و[^اوي]{2}ت$/;

/**
 * The names listed after a plural place word, one or two words each, joined by و or a comma:
 * all of them when there are two or more; a lone one only without the article and not shaped
 * like an adjective (مدن كبرى، مناطق واسعة are no list of names).
 */
function listAfter(ws: readonly Word[], j: number, text: string): Found[] {
  const items: Found[] = [];
  // مدن مثل مرسيليا وتولون: «such as» before the list.
  if (joinedIn(ws, j, LIST_OPENERS)) j++;
  // قرى مراكز طهطا ودار السلام: a second plural place word; the names follow it.
  if (j < ws.length && ws[j].joined && (LIST_HEADS.has(ws[j].norm) || ws[j].norm === 'مراكز')) j++;
  const punct = (k: number, chars: string): boolean => k < ws.length && ws[k].tok.kind === 'punct' && chars.includes(text.slice(ws[k].tok.start, ws[k].tok.end));
  const nextItem = (k: number): boolean => k >= ws.length || !ws[k].joined || punct(k, '،,') || (ws[k].norm[0] === 'و' && ws[k].norm.length >= 4);
  // Past a comma to the next item, or on to one that starts with و: is there one?
  const onward = (): boolean => {
    if (punct(j, '،,') && j + 1 < ws.length && ws[j + 1].joined) { j++; return true; }
    return j < ws.length && ws[j].norm[0] === 'و';
  };
  // مدن نيم وغرونوبل وديجون ورين: a known place is an item too; it counts, and is not found again.
  let listed = 0;
  while (j < ws.length && ws[j].joined) {
    const w = ws[j];
    const first = listed === 0;
    const clitics = first ? 0 : w.norm[0] === 'و' ? 1 : 0;
    const bare: Word = clitics > 0 ? { ...w, norm: w.norm.slice(1) } : w;
    if (!first && clitics === 0) break;
    if (w.known && w.knownKind === 'place' && w.knownStart) {
      j++;
      while (j < ws.length && ws[j].known && !ws[j].knownStart) j++;
      listed++;
      if (!onward()) break;
      continue;
    }
    if (!nameLike(bare) || bare.known || (hasArticle(bare) && (SITE_NOT.has(bare.norm) || VERBAL_NOUN.test(bare.norm)))) break;
    // مدن وبلدات خرجت، مناطق جديدة وعروض عالمية: a past verb or an adjective ends the list; a
    // later item is a name shaped so as often (الرطبة والقائم وحديثة).
    if (first ? notListed(bare) : /^...ت$/.test(bare.norm)) break;
    // وقعت: a past verb of a root in و, no و and a town.
    if (!first && WAW_PAST_VERB.test(w.norm)) break;
    if (QUANTITY.has(bare.norm)) break;
    let to = j + 1;
    // ورصف الطرق: a later item right before a noun with the article is a noun in construct.
    if (!first && to < ws.length && ws[to].joined && ws[to].tok.kind === 'arabic' && hasArticle(ws[to]) && !ws[to].known) break;
    // راس لانوف، تلات نيعقوب: a second word with no و and no article; not a verb (تعمل، باتت).
    if (!nextItem(to) && !hasArticle(bare) && nameLike(ws[to]) && !hasArticle(ws[to]) && ws[to].norm[0] !== 'و' && !/^[يتن].{2,4}$|^...ت$/.test(ws[to].norm) && !notListed(ws[to])) to++;
    // The list ends at a clear edge, or at a present-tense verb after two names (والبريقة تعمل).
    if (!nextItem(to) && !clearEnd(ws, to, text) && !(listed >= 1 && /^[يت].{2,4}$|^...ت$/.test(ws[to].norm))) break;
    items.push({ from: j, to, kind: 'place', clitics });
    listed++;
    j = to;
    if (!onward()) break;
  }
  if (listed >= 2) return items;
  const only = items[0];
  if (only === undefined) return [];
  // A short word in ي، ت or ن is as likely a verb (دواوير تعيش على الصهاريج).
  // مناطق يسيطر عليها: a word before a preposition with a pronoun is a verb with its complement.
  const shaped = ws.slice(only.from, only.to).some((x) => hasArticle(x) || FEMININE_ADJECTIVE.test(x.norm) || /ي$/.test(x.norm) || /^[يتن].{2,3}$/.test(x.norm))
    || joinedIn(ws, only.to, PREPOSITIONS_WITH_PRONOUN);
  return shaped ? [] : items;
}

/**
 * A list item that is a past verb in ت (خرجت) or an indefinite feminine adjective of the commoner
 * shapes (جديدة، واسعة، مدمرة، مختلفة، عالمية); the short أفعلة shape is left to names (مخيمات أطمة).
 */
const notListed = (w: Word): boolean => !hasArticle(w) && /^(...ت|.+يه|..ي.ه|.ا..ه|م...ه|م....ه|م..و.ه)$/.test(w.norm);

/** A present verb of the eighth form (يقترب، تنتظر، يجتمع). */
const PRESENT_EIGHTH = /^[يت].ت..$/;
/** A past verb of the derived forms in the feminine (انتشرت، استقبلت) or their verbal noun (انتشار، استقبال), no town after و. */
const PAST_DERIVED = /^((ا.ت..|ان...|است...)ت|ا.ت.ا.|ان..ا.|است..ا.)$/;

/** Words of number and share (وعدد من الطرق، ومعظم القرى), which follow a place with و and are no place. */
const QUANTITY = words('عدد عده عشرات مئات الاف الوف معظم غالبيه اغلب بقيه باقي سائر مختلف');

/** Nouns with the article that follow a place with و in prose (والعالم، والخارج، والمنطقة). */
const LISTED_NOT = words(`
  العالم الخارج الداخل الجوار الغرب الشرق الشمال الجنوب الوسط الدوله الحكومه الشعب المجتمع الاقليم الخليج العرب
  الساحل الحزب الحركه الجيش الامن الحدود الريف البحر الصحراء الجبل الوادي الميناء المطار السوق
`);

/**
 * Places listed after a place with و (في أدرار وتيميمون، كينمن وماتسو): a one-word name with no
 * article right after و, closed by punctuation, a function word or the next item of the list.
 * A word followed by anything else (وصول الوفد) may be a noun and is left alone.
 */
function listedPlaces(ws: readonly Word[], found: readonly Found[], text: string): Found[] {
  const placeEnds = new Set<number>();
  for (let i = 0; i < ws.length; i++) if (ws[i].known && ws[i].knownKind === 'place' && !(ws[i + 1]?.known)) placeEnds.add(i + 1);
  for (const f of found) if (f.kind === 'place') placeEnds.add(f.to);
  const item = (i: number): boolean => {
    const w = ws[i];
    if (w === undefined || !w.joined || w.known || w.tok.kind !== 'arabic' || w.norm[0] !== 'و' || w.norm.length < 4) return false;
    const rest = w.norm.slice(1);
    if (isStop(w) || SAY_VERBS.has(w.norm) || bareIn(w.norm, TITLES) !== undefined) return false;
    // وقعت، وصلت، وجدت: a past verb of a root in و, no و and a town.
    if (WAW_PAST_VERB.test(w.norm) || QUANTITY.has(rest)) return false;
    // ويقترب، وتنتظر: a present verb of the eighth form (يفتعل), no و and a town.
    if (PRESENT_EIGHTH.test(rest) || PAST_DERIVED.test(rest)) return false;
    // وحدة الصومال وسيادته: a feminine noun with «its» (ته) is no town.
    if (!nameLike({ ...w, norm: rest }) || FEMININE_ADJECTIVE.test(rest) || /(ي|ات|..ته)$/.test(rest)) return false;
    // بعقوبة والخالص، في العين والوقن: a town with the article, unless a common noun.
    // الإسكان، الإنتاج: a verbal noun of the fourth form (إفعال) neither.
    return !rest.startsWith('ال') || (rest.length >= 5 && !SITE_NOT.has(rest) && !VERBAL_NOUN.test(rest) && !/^الا..ا.$/.test(rest)
      && !LISTED_NOT.has(rest) && !/(ون|ين|يه)$/.test(rest));
  };
  const out: Found[] = [];
  for (const end of placeEnds) {
    let i = end;
    while (item(i)) {
      const next = ws[i + 1];
      // Before a known name it is closed only when that name is the next item (وحماه وطرطوس);
      // right before one it may be a noun in construct (وساحل البحر الأحمر).
      const closed = next === undefined || !next.joined || item(i + 1) || (next.known && next.norm[0] === 'و')
        || (next.tok.kind === 'punct' && PUNCT_BOUNDARY.has(text.slice(next.tok.start, next.tok.end))) || isStop(next);
      if (!closed) break;
      out.push({ from: i, to: i + 1, kind: 'place', clitics: 1 });
      i++;
    }
  }
  return out;
}

/** Groups named after a person (ميليشيا الحوثي، قوات حفتر). */
const FOLLOWERS = words('ميليشيا مليشيا ميليشيات مليشيات جماعه قوات كتائب تيار اتباع');

/** Names the knowledge base does not know, proposed from their context (source `rule`). */
export function discover(text: string, known: readonly Mention[], _gazetteer?: Gazetteer): Mention[] {
  const conv = new OffsetConverter(text);
  const knownU16 = known.map((m) => ({ start: conv.toUtf16(m.start), end: conv.toUtf16(m.end), kind: m.kind })).sort((a, b) => a.start - b.start);
  const toks = tokenize(text);
  const ws: Word[] = [];
  let k = 0;
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t];
    while (k < knownU16.length && knownU16[k].end <= tok.start) k++;
    const isKnown = k < knownU16.length && overlaps(knownU16[k], tok);
    const knownKind = isKnown ? knownU16[k].kind : undefined;
    const knownStart = isKnown && knownU16[k].start >= tok.start;
    const prev = toks[t - 1];
    const between = prev ? text.slice(prev.end, tok.start) : '\n';
    const raw = text.slice(tok.start, tok.end);
    // وإلى، فإلى "and to" is the preposition, never والي "governor".
    const norm = tok.kind === 'punct' ? '' : /^[وف]إل[ىي]$/.test(raw) ? 'الي' : normalizeKey(raw);
    ws.push({ tok, norm, known: isKnown, knownKind, knownStart, joined: prev !== undefined && /^[ \t\u00a0]*$/.test(between),
      tanween: TANWEEN.test(raw), ali: /^[وفبلك]{0,2}علي$/.test(norm) && /ي[\u064b-\u0652]*$/.test(raw),
      hamzaAl: /^[وفبلك]{0,2}[أإآ]ل/.test(raw) });
  }

  const found = findByRules(ws, text).filter((f) => f.to - f.from > 1 || !AMBIGUOUS.has(ws[f.from].norm));
  found.push(...listedPlaces(ws, found, text));
  found.push(...sovietNames(ws).filter((f) => !found.some((g) => g.from < f.to && f.from < g.to)));
  if (found.length === 0) return [];

  // A name found once is a name everywhere in the article, and a person's surname alone too.
  const names = new Map<string, { kind: string; name: string; aliases: Set<string> }>();
  for (const f of found) {
    const parts = ws.slice(f.from, f.to).map((w, k) => text.slice(w.tok.start + (k === 0 ? f.clitics ?? 0 : 0), w.tok.end));
    const name = parts.join(' ');
    const id = `rule:${normalizeKey(name)}`;
    let entry = names.get(id);
    if (!entry) names.set(id, (entry = { kind: f.kind, name, aliases: new Set() }));
    // The surname alone names the person later on; after بن or آل the link belongs to it (بن عمار),
    // and علي alone would be read in every على of the article.
    // In an East Asian name of three syllables the family name comes first (بارك مين سو → بارك).
    const eastAsian = f.to - f.from === 3 && eastAsianPair(ws[f.from].norm, ws[f.from + 1].norm) && EAST_ASIAN.has(ws[f.from + 2].norm);
    const surname = eastAsian ? ws[f.from] : ws[f.to - 1];
    const link = eastAsian ? undefined : ws[f.to - 2];
    // After عبد the surname is a given name of its own (محمد عبد السلام): no alias.
    if (f.kind === 'person' && f.to - f.from >= 2 && surname.norm.length >= 3 && !STOP.has(surname.norm) && !isStop(surname) && link?.norm !== 'عبد') {
      const from = f.to - f.from >= 3 && link !== undefined && PARTICLES.has(link.norm) ? link.tok.start : surname.tok.start + (eastAsian ? f.clitics ?? 0 : 0);
      entry.aliases.add(text.slice(from, surname.tok.end));
    }
  }
  // A spelling variant of g would be a guess on top of a guess: the names are matched as written.
  const gazetteer = Gazetteer.build([...names].map(([id, e]) => ({ id, kind: e.kind, name: e.name, aliases: [...e.aliases], en: '' })));
  const ruleStarts = new Set(found.map((f) => f.from));
  const starts = new Map<number, number>();
  ws.forEach((w, i) => starts.set(w.tok.start, i));
  const repeats = gazetteer.find(text).filter((m) => {
    // A repeat right after an unknown name-like word is likely the tail of a longer name
    // (شريف ناصر): leave it.
    // So is one right before a given name (وطاهر محمد طاهر): it opens another name.
    // The preposition على folds into the name علي: a repeat written with ى is the preposition.
    if (/ى$/.test(m.text) && STOP.has(normalizeKey(m.text))) return false;
    const u16 = conv.toUtf16(m.start);
    const next = wordAfter(text, conv.toUtf16(m.end));
    if (!m.text.includes(' ') && next !== null && FIRST_NAMES.has(normalizeKey(next[1])) && !STOP.has(normalizeKey(next[1])) && !ruleStarts.has(starts.get(u16) ?? -1)) return false;
    const i = starts.get(u16);
    if (i === undefined) return true; // after a proclitic: the word itself starts earlier
    // A noun in the construct state is no first name (حملة جليلي، مواجهة جليلي).
    // A surname with the article only after a noun that stands before names (عزبة السلام is a place).
    const construct = /ه$/.test(ws[i - 1]?.norm ?? '') && !TA_MARBUTA_GIVEN.has(ws[i - 1].norm)
      && (!hasArticle(ws[i]) || bareIn(ws[i - 1].norm, BEFORE_NAME) !== undefined);
    // After a verb of saying with its proclitic (وأشارت الزين، وأفاد كابرين) the repeat is the speaker.
    // A family name with the article after a word that is no given name is no other name's tail (كيف صنع السلامي).
    const prev = ws[i - 1];
    const speaker = prev !== undefined && bareIn(prev.norm, SAY_VERBS) !== undefined;
    // Not after a group named after the person (ميليشيا الحوثي، أنصار الصدر).
    const family = hasArticle(ws[i]) && prev !== undefined && !FIRST_NAMES.has(prev.norm) && !AMBIGUOUS_GIVEN.has(prev.norm)
      && bareIn(prev.norm, FOLLOWERS) === undefined && bareIn(prev.norm, BEFORE_NAME) === undefined;
    return i === 0 || !ws[i].joined || !nameLike(prev) || hasArticle(prev) || construct || speaker || family || ruleStarts.has(i) || m.text.includes(' ');
  });
  return mergeMentions(known, repeats.map((m) => ({ ...m, source: 'rule' as const }))).filter((m) => m.source === 'rule');
}

/**
 * A one-word place written like a feminine nisba with the article (السعودية) right after a noun
 * with the article is that noun's adjective (القوات السعودية، العاصمة السعودية الرياض), which the
 * guidelines keep out; after a verb or a preposition it is the country.
 */
function isAdjectiveUse(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): boolean {
  if (m.kind !== 'place' || m.text.includes(' ')) return false;
  const norm = normalizeKey(m.text);
  if (!norm.endsWith('يه')) return false;
  const before = text.slice(Math.max(0, conv.toUtf16(m.start) - 40), conv.toUtf16(m.start));
  const joinedTo = before.endsWith('و') ? ARABIC_WORD_BEFORE.exec(before.slice(0, -1)) : null;
  const prev = ARABIC_WORD_BEFORE.exec(before);
  if (!norm.startsWith('ال')) {
    // شركات سعودية وتركية: without the article (تركية، سورية) the country's name is the adjective
    // after an indefinite plural, or joined by و to an adjective of the same shape.
    if (joinedTo !== null) return /^[^ا][^ل].+يه$/.test(normalizeKey(joinedTo[1])) && !gazetteer.knowsWord(joinedTo[1]);
    if (prev === null) return false;
    const p = normalizeKey(prev[1]);
    // ليرة سورية، وساطة تركية، طائرة مسيرة تركية: or after an indefinite feminine noun that is no
    // place word, title or function word.
    return /^[^ا][^ل].+ات$/.test(p) || (/^[^ا][^ل].+ه$/.test(p) && bareIn(p, PLACE_HEADS) === undefined && bareIn(p, TITLES) === undefined
      && !isStop(wordOf(p)) && !gazetteer.knowsWord(prev[1]));
  }
  // بالمساعي العمانية والسعودية: joined by و to an adjective of the same shape, it is one too.
  if (joinedTo !== null && /^ال..+يه$/.test(normalizeKey(joinedTo[1]))) return true;
  return prev !== null && /^([وفبك]|[وف][بك])?ال/.test(normalizeKey(prev[1])) && !STOP.has(normalizeKey(prev[1]));
}

/**
 * One-word names that are first of all ordinary words once hamza and diacritics are gone
 * (آبي/أبي "my father", مالي "financial", أمل "hope"). Alone they are suggested only after a
 * preposition, where the ordinary reading is rare; inside a longer name (آبي أحمد) they always are.
 */
const AMBIGUOUS = words('ابي مالي امل نور سلام عادل سعيد حسن كريم جميل نبيل شريف عزيز امين منير رشيد صالح فرح');
/** Given names that are ordinary words as often (أمل، جمال، عمر): they never open a name alone. */
const AMBIGUOUS_GIVEN = words(AMBIGUOUS_GIVEN_NAMES);
const PREPOSITIONS = words('في الى إلى من عن علي على مع بين نحو داخل خارج');

function isOrdinaryWord(text: string, m: Mention, conv: OffsetConverter): boolean {
  if (m.text.includes(' ') || !AMBIGUOUS.has(normalizeKey(m.text))) return false;
  const start = conv.toUtf16(m.start);
  const word = lettersBefore(text, start);
  // بمالي، لمالي: a country; لأبي "to my father" is no person.
  if (/^[بل]$/.test(normalizeKey(word)) && m.kind === 'place') return false;
  const prev = ARABIC_WORD_BEFORE.exec(text.slice(Math.max(0, start - word.length - 40), start - word.length));
  return !(prev !== null && PREPOSITIONS.has(normalizeKey(prev[1])));
}

/** First words of village and quarter names in the Levant and the Maghreb (عين التينة، كفر كلا، بيت لاهيا). */
const TOPONYM_PREFIXES = words('عين دير كفر بيت برج خان تل بئر راس وادي جسر مجدل بني اولاد سيدي حاسي تيزي ذراع بنت');
/** Prefixes that are too often ordinary nouns before a word with the article (رأس المال، بيت الشعر). */
const NO_ARTICLE_TOPONYM = words('راس بيت بنت وادي جسر برج بئر');
/** Words after عين and the like that make a phrase, not a name (في عين المكان). */
const TOPONYM_NOT = words('المكان الاعتبار الحقيقه اليقين العاصفه الخطر الشعر المال القصيد الداء');

/** Places and things named after a person (مجمع ناصر الطبي، شارع محمد علي): no person there. */
const NAMED_AFTER = words('مجمع مستشفي مسجد جامع شارع ميدان مدرسه مطار قاعده جسر مركز مؤسسه جائزه كاس مدينه حي مخيم مخيمي سد ملعب استاد قاعه جامعه كليه');

/**
 * Lists of municipalities and towns (Algeria's communes, Egypt's cities) hold many names that are
 * ordinary words elsewhere; their one-word names are suggested only where a place is expected.
 */
const LOCALITY_ORIGINS = new Set(['builtin:leblad', 'builtin:egypt-cities', 'builtin:towns']);
const CUE_ONLY: ReadonlySet<string> = new Set(TOWNS_CUE_ONLY.split(/\s+/).filter(Boolean));
/** Cue-only towns whose name follows a preposition as a common word too (في مشهد "in a scene"). */
const LISTED_ONLY: ReadonlySet<string> = new Set(['mashhad']);
const PLACE_CUES = words(`
  في من الى إلى قرب بين نحو عبر حتي حتى داخل خارج شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ضواحي ضاحيه
  بلديه بلديات بلده بلدات مدينه مدن قريه قري ولايه دائره دوائر مركز مراكز محافظه منطقه مناطق حي احياء سكان اهالي مثل
  منها بينها لبلديه مستشفي جماعه احواز اطراف مشارف محيط قضاء اقضيه ناحيه نواحي محافظ ساحل سواحل قبالة
  حول حصار تحاصر يحاصر يربط تربط
`);
function lacksPlaceCue(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer, placeEnds: ReadonlySet<number>,
  confirmed: ReadonlySet<string> = new Set()): boolean {
  if (m.kind !== 'place' || m.text.includes(' ')) return false;
  const origin = m.entity === undefined ? undefined : gazetteer.entity(m.entity)?.origin;
  if (origin === undefined || !LOCALITY_ORIGINS.has(origin)) return false;
  // معن الخليل: after a given name a town's name is a family name.
  const start = conv.toUtf16(m.start);
  const lead = lettersBefore(text, start);
  const given = wordBefore(text, start);
  // على written with ى is the preposition (غارات على البقاع), not the name علي.
  if (given !== null && FIRST_NAMES.has(normalizeKey(given[1])) && !/^[وف]?على$/.test(given[1])) return true;
  // تيزي نتاست: a commune named like the first word of other places is read by the prefix rule.
  if (TOPONYM_PREFIXES.has(normalizeKey(m.text))) return true;
  // The curated towns are places wherever they stand, but for those that are also words.
  const doubtful = origin !== 'builtin:towns' || CUE_ONLY.has(m.entity!);
  if (!doubtful) return false;
  // دوز، بدوز (وات): a town the article has named where a place is expected is that town elsewhere in it too.
  if (confirmed.has(m.entity!)) return false;
  const before = text.slice(Math.max(0, start - lead.length - 40), start - lead.length);
  // بتيميمون، لحجوط; a curated town that is also a word needs more (لغات "languages", بابها).
  if (/[بل]/.test(lead) && origin !== 'builtin:towns') return false;
  // Listed after another place: «في أدرار وتيميمون»، «أدرار، تيميمون», and in a dateline «نابلس – سلفيت».
  const listed = /^([\s\S]*?)[ \u00a0]*(?:[،,–\-/][ \u00a0]*)?$/.exec(before);
  if ((lead === 'و' || /[،,–\-/][ \u00a0]*$/.test(before)) && listed && placeEnds.has(start - lead.length - (before.length - listed[1].length))) return false;
  if (lead !== '') return true;
  // A dateline: the town opens a line, and a dash, a slash, a colon or a comma follows (أكادير – ).
  if (/(^|\n)[ \u00a0]*$/.test(before) && /^[ \u00a0]*[–\-/:،,]/.test(text.slice(conv.toUtf16(m.end), conv.toUtf16(m.end) + 4))) return false;
  // في مشهد استمر: a town whose name is a common word after في too is read only in a list or a dateline.
  if (LISTED_ONLY.has(m.entity!)) return true;
  const prev = ARABIC_WORD_BEFORE.exec(before);
  // مخيم أدري، معبر أدري: a place word or a site's head before it.
  return prev === null || (bareIn(normalizeKey(prev[1]), PLACE_CUES) === undefined && !isHead(wordOf(normalizeKey(prev[1]))));
}

/** Nouns that often stand in construct before a person's name (إدارة بايدن، نظام الأسد). */
const BEFORE_NAME = words('نظام حكم عهد حزب حكومه اداره عائله انصار مؤيدو مويدو خصوم حمله ولايه رئاسه مكتب فريق منزل نجل ابن ابنه زوجه زوج شقيق شقيقه والد والده');

/**
 * A surname alone (ميلر) right after an unknown word that could be a first name (ستيفن ميلر)
 * may belong to someone else with the same surname; it could as well follow a verb (وسلط بلينكن).
 */
function isOtherBearer(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): boolean {
  if (m.kind !== 'person' || m.text.includes(' ')) return false;
  const start = conv.toUtf16(m.start);
  // هوانغ تشي يونغ: a Chinese family name comes first, the given names after it.
  const next = wordAfter(text, conv.toUtf16(m.end));
  if (EAST_ASIAN.has(normalizeKey(m.text)) && next !== null && EAST_ASIAN.has(normalizeKey(next[1]))) return true;
  const lead = lettersBefore(text, start);
  if (lead.length > 0) return false; // a proclitic: وبوتين
  const prev = wordBefore(text, start);
  if (prev === null) return false;
  const p = normalizeKey(prev[1]);
  const w = wordOf(p);
  return nameLike(w) && !p.startsWith('ال') && !/ه$/.test(p) && !BEFORE_NAME.has(p) && !gazetteer.knowsWord(prev[1]);
}

/**
 * Institutions named after a place: جامعة القاهرة، بنك إسرائيل، شركة نفط البصرة، مكتب شؤون تايوان,
 * one organization each.
 */
const PLACE_NAMED_ORGS = words(`
  عماله استينافيه ابتداييه جامعه بنك مصرف متحف مستشفي مهرجان مهرجانات شركه معهد مكتب هيئه مؤسسه نادي مجلس اتحاد تحالف
  ائتلاف امانه جمعيه تلفزيون اذاعه فرقه فريق وكاله رابطه غرفه شرطه بلديه بورصه فندق سفاره اكيمات صحه راديو كاريتاس احصاءات
  مرصد مكتبه
`);
/**
 * Words that open a club's name before its town (شباب الخليل، ثقافي طولكرم): a club only in an
 * article about a match or a league; elsewhere شباب الإمارات is the country's young people.
 */
const CLUB_HEADS = words('شباب ثقافي');
const SPORT_CUE = /(?:الدوري|مباراة|المباراة|الكأس|ركلات الترجيح|مدرب|لاعبو|لاعبي|الملعب)/;
/** Heads that stand for a country's side in a contest: before a country it is the place (فريق المجر، like منتخب قازاقستان). */
const TEAM_HEADS = words('فريق');
/**
 * Heads that name an institution only with a word between them and the place (مديرية أمن سوهاج،
 * محكمة جنايات سوهاج، حكومة إقليم كردستان); right before it they are a district or stand for
 * the country (مديرية حريب، حكومة تنزانيا).
 */
const PLACE_NAMED_ORGS_INNER = words('مديريه محكمه حكومه قوه سلطه دائره');
/** Courts, and the jurisdictions named after the city in their names (محكمة القاهرة الاقتصادية). */
const COURTS = words('محكمه');
const COURT_LEVELS = words('الاقتصادية الابتدائية الجنائية الإدارية العسكرية المدنية الشرعية الجزئية الكلية التجارية العمالية');
/** Councils of a commune (مجلس جماعة طنجة). */
const COUNCILS = words('مجلس');
/** Heads of a command or a directorate of another institution (قيادة شرطة ذي قار). */
const COMMAND_HEADS = words('قياده مديريه دائره');

/** Heads of parties and movements, left outside the name that follows them (حزب «القوات اللبنانية»). */
const PARTY_HEADS = words('حزب تيار حركه');

/**
 * A party named after a country and an adjective (حزب فرنسا الأبية): the place and the adjective
 * are the party's name, the head stays outside. Returns the organization, or undefined.
 */
function partyNamedAfterPlace(text: string, m: Mention, conv: OffsetConverter): Mention | undefined {
  if (m.kind !== 'place') return undefined;
  const start = conv.toUtf16(m.start);
  if (headBefore(text, start, PARTY_HEADS) === undefined) return undefined;
  const end = conv.toUtf16(m.end);
  const next = wordAfter(text, end);
  if (next === null) return undefined;
  const adj = normalizeKey(next[1]);
  if (!/^ال..+(ي|يه)$/.test(adj) || NATIONALITIES.has(adj)) return undefined;
  return ruleMention(text, conv, start, end + next[0].length, 'organization');
}

/** Does the knowledge base describe the mention's entity so (a city, a country)? */
const describedAs = (m: Mention, gazetteer: Gazetteer, pattern: RegExp): boolean =>
  m.entity !== undefined && pattern.test(gazetteer.entity(m.entity)?.description ?? '');

/** Masculine nationalities: after a city they agree with an unwritten نادي (ليفربول الإنجليزي). */
const MASCULINE_NATIONALITIES = new Set([...NATIONALITIES].filter((n) => !n.endsWith('ه')));

/**
 * A city followed by a masculine adjective of nationality is its football club (ليفربول الإنجليزي،
 * شتوتغارت الألماني): a city's own adjective is feminine. The adjective stays outside. Returns the
 * organization, or undefined.
 */
function clubNamedAfterCity(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): Mention | undefined {
  if (m.kind !== 'place' || !describedAs(m, gazetteer, /^(City|Capital)\b/)) return undefined;
  const next = wordAfter(text, conv.toUtf16(m.end));
  if (next === null || !MASCULINE_NATIONALITIES.has(normalizeKey(next[1]))) return undefined;
  // معبر رفح المصري، مطار بيروت اللبناني: the adjective agrees with a masculine place word before.
  const start = conv.toUtf16(m.start);
  const prev = wordBefore(text, start);
  if (prev !== null && (isHead(wordOf(normalizeKey(prev[1]))) || bareIn(normalizeKey(prev[1]), SEA_HEADS) !== undefined)) return undefined;
  return ruleMention(text, conv, start, conv.toUtf16(m.end), 'organization');
}

/** Words of a match's result or fixture, before the team beaten or met (تغلب الفتح على الخليج). */
const MATCH_WORDS = /(?:^|[^\u0621-\u064a])(?:[وف]?(?:فاز|يفوز|فوز|الفوز|تغلب|يتغلب|تعادل|يتعادل|خسر|يخسر|هزم|يهزم|اكتسح|ضيفه|مضيفه|يستضيف|استضاف|مواجهة|يواجه|واجه))[ \u00a0]+[^.،\n]{0,30}(?:على|أمام|مع)[ \u00a0]+$/;

/**
 * A place's one-word name that a club of the knowledge base bears (نادي الخليج، نادي الرياض) is
 * that club after a match's result (تغلب الفتح على الخليج، فاز الهلال على الرياض).
 */
function clubByMatch(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): Mention | undefined {
  if (m.kind !== 'place' || m.text.includes(' ')) return undefined;
  const start = conv.toUtf16(m.start);
  if (lettersBefore(text, start) !== '' || !MATCH_WORDS.test(text.slice(Math.max(0, start - 60), start))) return undefined;
  const club = `نادي ${m.text}`;
  const known = gazetteer.find(club).find((x) => x.kind === 'organization' && x.start === 0 && x.end === [...club].length);
  return known === undefined ? undefined : { ...m, kind: 'organization', entity: known.entity };
}

/** Place words after which a one-word organization's name is the place's (قضاء الفاو, not the FAO). */
const STRONG_PLACE_HEADS = words('قضاء مدينه بلده قريه ناحيه محافظه ولايه اقليم جزيره');

function orgNameAsPlace(text: string, m: Mention, conv: OffsetConverter): Mention | undefined {
  if (m.kind !== 'organization' || m.text.includes(' ')) return undefined;
  const start = conv.toUtf16(m.start);
  if (headBefore(text, start, STRONG_PLACE_HEADS) === undefined) return undefined;
  return ruleMention(text, conv, start, conv.toUtf16(m.end), 'place');
}

/**
 * What an institution is for, after ل with the article (مركز البحرين للدراسات، وكالة الإمارات
 * للفضاء): part of its name.
 */
const PURPOSES = words(`
  الدراسات الابحاث البحوث الفضاء التنميه الاعلام السلام الثقافه الفنون العلوم التكنولوجيا الطاقه البيئه الاستثمار
  التمويل التجاره الصناعه الاتصالات النفط الغاز التحكيم الطيران الصحافه الابتكار الاحصاء التدريب التعليم
  الثلاسيميا السرطان الاورام القلب الكلي الاطفال العيون السكري الطفوله الامومه التوحد الادمان الحروق
  التقدم المستقبل الصيدله الغزل النسيج المعارض المؤتمرات الاغاثه الموسيقي الموسيقا المناهج التقييم التراث الاثار
  المخطوطات الكتاب النشر الاسكان التامين الزراعه المياه
`);

/**
 * Where an institution's name that ends at UTF-16 offset `end` ends with its purpose: after
 * «ل + purpose» and up to three adjectives or nouns joined by و (للدراسات الاستراتيجية والدولية
 * والطاقة). `end` itself when no purpose follows.
 */
function purposeEnd(text: string, end: number): number {
  const first = wordAfter(text, end);
  if (first === null) return end;
  const norm = normalizeKey(first[1]);
  if (!norm.startsWith('لل') || !PURPOSES.has('ا' + norm.slice(1))) return end;
  let to = end + first[0].length;
  for (let n = 0; n < 3; n++) {
    const next = wordAfter(text, to);
    if (next === null) break;
    const w = normalizeKey(next[1]).replace(/^و(?=ال)/, '');
    if (!(/^ال..+(ي|يه)$/.test(w) || PURPOSES.has(w)) || NATIONALITIES.has(w)) break;
    to += next[0].length;
  }
  return to;
}

/**
 * A place named like a compound given name (صلاح الدين، the Iraqi governorate) followed by a
 * nisba with the article is a person (المحلل السياسي صلاح الدين الجورشي). Returns the person, or undefined.
 */
function placeAsGivenName(text: string, m: Mention, conv: OffsetConverter): Mention | undefined {
  if (m.kind !== 'place' || !/ (الدين|الله)$/.test(m.text) || !FIRST_NAMES.has(normalizeKey(m.text.split(' ')[0]))) return undefined;
  const start = conv.toUtf16(m.start);
  const next = wordAfter(text, conv.toUtf16(m.end));
  // كريم صلاح الدين عبد الفتاح: after a given name (على written with ى is «on»), it is the
  // father's name; a given name after it, or عبد and its word, goes on with the name.
  const prev = wordBefore(text, start);
  if (prev !== null && FIRST_NAMES.has(normalizeKey(prev[1])) && !/ى$/.test(prev[1])) {
    let end = conv.toUtf16(m.end);
    const after = next === null ? '' : normalizeKey(next[1]);
    if (next !== null && after === 'عبد') {
      const tail = wordAfter(text, end + next[0].length);
      if (tail !== null) end += next[0].length + tail[0].length;
    } else if (next !== null && PLAIN_GIVEN.has(after)) end += next[0].length;
    return ruleMention(text, conv, start - prev[0].length, end, 'person');
  }
  if (next === null) return undefined;
  const norm = normalizeKey(next[1]);
  if (!/^ال..+[^ي]ي$/.test(norm) || bareIn(norm, NATIONALITIES) !== undefined || DIRECTIONS.has(norm) || DESCRIBING.has(norm)) return undefined;
  return ruleMention(text, conv, start, conv.toUtf16(m.end) + next[0].length, 'person');
}

/**
 * A one-word place inside a person's name of two words after a nationality standing as a noun
 * (يدرك الهولندي ممفيس ديباي التعادل، الأرجنتيني جيرمان كانو في الصدارة): Memphis and Kano there
 * are a given name and a surname. The other word is in no name the base knows here, and the
 * name ends at punctuation, a function word or a word with the article.
 */
function placeInForeignName(text: string, m: Mention, conv: OffsetConverter, found: readonly Mention[]): Mention | undefined {
  if (m.kind !== 'place' || m.text.includes(' ')) return undefined;
  const start = conv.toUtf16(m.start);
  const end = conv.toUtf16(m.end);
  if (lettersBefore(text, start) !== '') return undefined;
  const unknownWord = (from: number, to: number): boolean => !found.some((f) => conv.toUtf16(f.start) < to && from < conv.toUtf16(f.end));
  const nameWord = (raw: string): boolean => {
    const w = wordOf(normalizeKey(raw));
    return nameLike(w) && !hasArticle(w) && w.norm.length >= 3 && bareIn(w.norm, NATIONALITIES) === undefined;
  };
  // The nationality is a noun unless a noun with the article stands before it (اللاعب الهولندي is a title's adjective, الجيش الروسي a noun's).
  const nationalityAt = (at: number): boolean => {
    const n = wordBefore(text, at);
    if (n === null || bareIn(normalizeKey(n[1]), NATIONALITIES) === undefined) return false;
    const before = wordBefore(text, at - n[0].length);
    return before === null || !/^([وفبك]|[وف][بك])?ال/.test(normalizeKey(before[1]));
  };
  const endsAt = (at: number): boolean => {
    const rest = text.slice(at);
    if (/^[ \u00a0]*([^\u0621-\u064a\s]|$)/.test(rest)) return true;
    const next = wordAfter(text, at);
    if (next === null) return false;
    const w = wordOf(normalizeKey(next[1]));
    return isStop(w) || hasArticle(w);
  };
  const prev = wordBefore(text, start);
  const next = wordAfter(text, end);
  // The place first, its surname after it.
  if (nationalityAt(start) && next !== null && nameWord(next[1]) && unknownWord(end, end + next[0].length) && endsAt(end + next[0].length))
    return ruleMention(text, conv, start, end + next[0].length, 'person');
  // A given name first, the place its surname.
  if (prev !== null && nameWord(prev[1]) && unknownWord(start - prev[0].length, start) && nationalityAt(start - prev[0].length) && endsAt(end))
    return ruleMention(text, conv, start - prev[0].length, end, 'person');
  return undefined;
}

/**
 * A one-word place with the article, no country, after two given names and before punctuation or
 * أن is their family name (ويتقاسم محمد سالم الخليل، البحار): Hebron there is a family.
 */
function placeAsFamilyName(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): Mention | undefined {
  // A country is no family name (قال أحمد علي الجزائر،).
  if (m.kind !== 'place' || m.text.includes(' ') || !normalizeKey(m.text).startsWith('ال') || describedAs(m, gazetteer, /^Country\b/)) return undefined;
  const start = conv.toUtf16(m.start);
  const end = conv.toUtf16(m.end);
  if (lettersBefore(text, start) !== '') return undefined;
  const father = wordBefore(text, start);
  if (father === null || !FIRST_NAMES.has(normalizeKey(father[1]))) return undefined;
  const given = wordBefore(text, start - father[0].length);
  if (given === null || !FIRST_NAMES.has(normalizeKey(given[1])) || AMBIGUOUS_GIVEN.has(normalizeKey(given[1]))) return undefined;
  const next = wordAfter(text, end);
  const closed = /^[ \u00a0]*[،,.:؛]/.test(text.slice(end)) || (next !== null && SAID_THAT.has(normalizeKey(next[1])));
  return closed ? ruleMention(text, conv, start - father[0].length - given[0].length, end, 'person') : undefined;
}

/** A word that cannot stand inside an institution's name: a function word, one joined by و, a possessive. */
const breaksName = (norm: string): boolean => STOP.has(norm) || norm[0] === 'و' || POSSESSIVE.test(norm) || LED_BY.has(norm);
/** Trades named in a chamber's name (غرفة تجارة وصناعة). */
const TRADES = words('تجاره صناعه زراعه');
/** «Led by», «under the auspices of»: what follows is who leads, not the institution's name (تحالف بقيادة السعودية). */
const LED_BY = words('بقياده برئاسه برعايه بزعامه بمشاركه بدعم بتمويل');

/**
 * A known place that ends an institution's name (the institution word right before it, or up
 * to two words before it with nothing but spaces between) is the end of that name; the place
 * alone would be a wrong span. Returns the organization mention, or undefined.
 */
function placeNamedOrg(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): Mention | undefined {
  if (m.kind !== 'place') return undefined;
  const start = conv.toUtf16(m.start);
  if (/[\u0621-\u064a]$/.test(text.slice(Math.max(0, start - 1), start))) return undefined; // a proclitic
  const before = text.slice(Math.max(0, start - 80), start);
  // Up to three words right before the place, each followed by spaces only.
  const run = /(?:[\u0621-\u064a\u064b-\u065f\u0640]+[ \u00a0]+){1,3}$/.exec(before);
  if (run === null) return undefined;
  const end = conv.toUtf16(m.end);
  const purpose = purposeEnd(text, end);
  const words = [...run[0].matchAll(/[\u0621-\u064a\u064b-\u065f\u0640]+/g)];
  for (let n = words.length - 1; n >= 0; n--) {
    let word = words[n][0];
    const norm = normalizeKey(word);
    // محكمة القاهرة الاقتصادية: a court right before its city, named by its jurisdiction after it.
    const level = n === words.length - 1 && bareIn(norm, COURTS) !== undefined ? wordAfter(text, end) : null;
    const levelEnd = level !== null && COURT_LEVELS.has(normalizeKey(level[1])) ? end + level[0].length : undefined;
    const club = n === words.length - 1 ? bareIn(norm, CLUB_HEADS) : undefined;
    let head = bareIn(norm, PLACE_NAMED_ORGS) ?? (n < words.length - 1 || levelEnd !== undefined ? bareIn(norm, PLACE_NAMED_ORGS_INNER) : undefined)
      ?? (n === words.length - 1 && purpose > end ? bareIn(norm, INSTITUTION_HEADS) : undefined)
      ?? (club !== undefined && SPORT_CUE.test(text) ? club : undefined);
    if (head === undefined) {
      // غرفة تجارة وصناعة عدن: trades joined by و inside a chamber's name.
      if (n > 0 && TRADES.has(norm.replace(/^و/, ''))) continue;
      // مجلس جماعة طنجة: the council of a Moroccan commune.
      if (n > 0 && norm === 'جماعه' && bareIn(normalizeKey(words[n - 1][0]), COUNCILS) !== undefined) continue;
      // Only a word that can sit inside a name may stand between the head and the place
      // (مجلس النواب ومقرها بنغازي is two phrases); a given name opens a person's name (بلدية
      // الغبيري معن الخليل: a family name, no place).
      // للاتحاد لمنطقة القرن الأفريقي: a place word with a proclitic starts a phrase of its own.
      if (breaksName(norm) || (FIRST_NAMES.has(norm) && !AMBIGUOUS_GIVEN.has(norm)) || (bareIn(norm, PLACE_HEADS) !== undefined && !PLACE_HEADS.has(norm))) return undefined;
      continue;
    }
    if (n === words.length - 1 && TEAM_HEADS.has(head) && describedAs(m, gazetteer, /^Country\b/)) return undefined;
    // قيادة شرطة ذي قار، مديرية شرطة …: a command or a directorate of the institution is the name.
    if (n > 0 && bareIn(normalizeKey(words[n - 1][0]), COMMAND_HEADS) !== undefined) {
      n--;
      word = words[n][0];
      head = bareIn(normalizeKey(word), COMMAND_HEADS)!;
    }
    // The head without its proclitics (وجامعة → جامعة).
    const headStart = start - run[0].length + words[n].index! + (word.length - headLength(word, head));
    return ruleMention(text, conv, headStart, levelEnd ?? purpose, 'organization');
  }
  return undefined;
}

/** ل and the head word of a city, an emirate or a province, before the place's name. */
const OF_CITY = /^ل(مدينه|اماره|منطقه|محافظه|ولايه|اقليم)$/;

/** Institutions whose name may end with ب or ل and a place (الجامعة الأمريكية بالقاهرة), with or without the article. */
const INSTITUTION_HEADS = words('مجلس جامعه هيئه اتحاد شركه مؤسسه بنك مصرف جمعيه نقابه منظمه مكتب معهد مستشفي متحف مركز شبكه سلطه محكمه وكاله مسرح مديريه');

/**
 * A known place with ب or ل attached that ends an institution's name (الجامعة الأمريكية بالقاهرة،
 * المجلس الجماعي لزاكورة، الاتحاد الجهوي للشغل بقفصة): the head, one to three words, then the place.
 * A known organization before the place is complete without it (البنك الدولي للعراق "to Iraq").
 */
function placeInInstitution(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): Mention | undefined {
  if (m.kind !== 'place') return undefined;
  const start = conv.toUtf16(m.start);
  const lead = lettersBefore(text, start);
  // الجامعة الأمريكية في الشارقة: a university by its nation's adjective and its city.
  const campus = lead === '' ? /(?:^|[^\u0621-\u064a])(?:[وف]?[بلك]?|لل)(ال)?(جامعة)[ \u00a0]+ال[\u0621-\u064a]+ية[ \u00a0]+في[ \u00a0]+$/.exec(text.slice(Math.max(0, start - 60), start)) : null;
  if (campus !== null) {
    const headStart = start - campus[0].length + campus[0].lastIndexOf((campus[1] ?? '') + campus[2]);
    return ruleMention(text, conv, headStart, conv.toUtf16(m.end), 'organization');
  }
  // الهيئة الملكية لمدينة الرياض، المجلس التنفيذي لإمارة دبي: ل on the place's head word.
  const cityWord = wordBefore(text, start);
  const cityStart = cityWord !== null && OF_CITY.test(normalizeKey(cityWord[1])) ? start - cityWord[0].length : undefined;
  if (!/^(ب|ل|بال|لل)$/.test(lead) && cityStart === undefined) return undefined;
  const end = cityStart ?? start - lead.length;
  const run = /(?:[\u0621-\u064a\u064b-\u065f\u0640]+[ \u00a0]+){2,4}$/.exec(text.slice(Math.max(0, end - 100), end));
  if (run === null) return undefined;
  const found = [...run[0].matchAll(/[\u0621-\u064a\u064b-\u065f\u0640]+/g)];
  for (let n = found.length - 2; n >= 0; n--) {
    const inner = found.slice(n + 1).map((x) => normalizeKey(x[0]));
    if (inner.some((x) => breaksName(x) || bareIn(x, TITLES) !== undefined)) return undefined;
    // The head with its article but without its proclitics (بالمجلس → المجلس، للاتحاد → لاتحاد).
    const word = found[n][0];
    const norm = normalizeKey(word);
    // لـالهيئة: ل written apart with a tatweel before the article.
    const parts = /^[وف]?ل(ل)(.+)$/.exec(norm) ?? /^[وف]?[بكل]?(ال)(.+)$/.exec(norm) ?? /^[وف]?[بكل]?()(.+)$/.exec(norm);
    if (parts === null || !INSTITUTION_HEADS.has(parts[2])) continue;
    let headStart = end - run[0].length + found[n].index! + (word.length - headLength(word, parts[1] + parts[2]));
    while (text[headStart] === '\u0640') headStart++;
    // A known organization before the place is complete without it (البنك الدولي للعراق "to Iraq").
    const phrase = text.slice(headStart, end).trimEnd();
    const cps = [...phrase].length;
    // Nor is one whose name already holds a place (شركة فسفاط قفصة بالمتلوي "in Metlaoui").
    if (gazetteer.find(phrase).some((x) => (x.kind === 'organization' && x.end === cps) || x.kind === 'place')) return undefined;
    return ruleMention(text, conv, headStart, conv.toUtf16(m.end), 'organization');
  }
  return undefined;
}

/** Does `gazetteer` read the whole of `name` as `entity`? */
const namesWhole = (gazetteer: Gazetteer, name: string, entity: string | undefined): boolean =>
  gazetteer.find(name).some((x) => x.entity === entity && x.start === 0 && x.end === [...name].length);

/**
 * Some names are listed with their generic head so that an ordinary word is not read as a place
 * (مدينة صور، مدينة الخليل، محافظة مأرب). The guidelines leave the head outside when the rest names
 * the same place alone; مدينة الكويت and ولاية المكسيك are ones whose rest names another place (the country).
 */
const GENERIC_HEAD = /^(مدينة|محافظة|ولاية|إقليم|اقليم|مقاطعة|كانتون) (?=\S)/;
const HEAD_BELONGS = new Set(['مدينة الكويت', 'ولاية المكسيك', 'إقليم كردستان', 'إقليم كوردستان', 'مدينة الصدر', 'مدينة صباح الأحمد'].map((n) => normalizeKey(n)));

/** A river's, a sea's or a lake's name: a province named after it names something else (ولاية نهر النيل، ولاية البحر الأحمر). */
const WATER = /^(نهر|بحر|البحر|بحيرة) /;
const PROVINCE_HEADS = words('ولايه محافظه اقليم مقاطعه');

/** Island words, left outside only where the knowledge base names the island without them (جزيرة بوبيان). */
const ISLAND_HEAD = /^(جزيرة|جزر) (?=\S)/;

function withoutGenericHead(m: Mention, gazetteer: Gazetteer): Mention {
  const head = m.kind === 'place' ? GENERIC_HEAD.exec(m.text) ?? ISLAND_HEAD.exec(m.text) : null;
  if (head === null || HEAD_BELONGS.has(normalizeKey(m.text))) return m;
  const rest = m.text.slice(head[0].length);
  // ولاية البحر الأحمر: the rest names the sea, not the province.
  if (GENERIC_HEAD.test(m.text) && WATER.test(rest)) return m;
  if (ISLAND_HEAD.test(m.text) && !namesWhole(gazetteer, rest, m.entity)) return m;
  return { ...m, start: m.start + [...head[0]].length, text: rest };
}

/**
 * A province named after a river or a sea keeps its head (بولاية نهر النيل، ولاية البحر الأحمر):
 * the rest names the water, not the province. The province is the entity the knowledge base
 * lists for that name when it lists a province (نهر النيل is Sudan's River Nile State), none otherwise.
 */
function provinceNamedAfterWater(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer): Mention {
  if (m.kind !== 'place' || m.source !== 'gazetteer' || !WATER.test(m.text)) return m;
  const head = headBefore(text, conv.toUtf16(m.start), PROVINCE_HEADS);
  if (head === undefined) return m;
  const province = m.entity !== undefined && gazetteer.entity(m.entity)?.origin === 'builtin:iso3166-2-db' ? m.entity : undefined;
  const whole = ruleMention(text, conv, head.start, conv.toUtf16(m.end), 'place', province);
  return province === undefined ? whole : { ...whole, source: 'gazetteer' };
}

/** Heads of organizations' names, left outside when the rest names the same one alone (وكالة رويترز). */
const ORG_HEAD = /^(وكالة|شركة|صحيفة|جريدة|موقع|قناة) (?=\S)/;

function withoutOrgHead(m: Mention, gazetteer: Gazetteer): Mention {
  const head = m.kind === 'organization' ? ORG_HEAD.exec(m.text) : null;
  if (head === null) return m;
  const rest = m.text.slice(head[0].length);
  return namesWhole(gazetteer, rest, m.entity) ? { ...m, start: m.start + [...head[0]].length, text: rest } : m;
}

/** Adjectives that end an institution's name without being nisbas (وزارة الصحة العامة، المجلس الأعلى). */
const ORG_TAIL = words('العام العامه الاعلي الخاص الخاصه');

/**
 * An organization's name goes on through the adjectives that follow it (مجلس الشورى الإسلامي،
 * مهرجان القاهرة السينمائي الدولي، الحزب الديمقراطي التقدمي), up to three, but stops at an
 * adjective of nationality (وزارة الدفاع الروسية), which the guidelines leave outside: one of
 * the list, or one whose stem is a known place (التشادية → تشاد).
 */
function withAdjectives(text: string, m: Mention, conv: OffsetConverter, gazetteer: Gazetteer, nextStart: number | undefined): Mention {
  let end = conv.toUtf16(m.end);
  const limit = nextStart === undefined ? text.length : conv.toUtf16(nextStart);
  for (let n = 0; n < 3; n++) {
    const next = wordAfter(text, end);
    if (next === null || end + next[0].length > limit) break;
    const norm = normalizeKey(next[1]);
    const nisba = /^ال..+(ي|يه)$/.test(norm) && !/(ين|يين)$/.test(norm);
    // وزارة الاقتصاد والصناعة: a ministry's second portfolio, when nothing follows it but an end.
    const portfolio = /^وزار/.test(normalizeKey(m.text)) && /^وال../.test(norm) && !gazetteer.knowsWord(next[1].slice(1))
      && /^([ \u00a0]*[،,.:؛)«»"]|[ \u00a0]+(في|من|على|الى|إلى|عن|مع|ان|أن|إن|لل?[^ ]+)[ \u00a0])/.test(text.slice(end + next[0].length, end + next[0].length + 12));
    if (!(nisba || ORG_TAIL.has(norm) || portfolio) || NATIONALITIES.has(norm)) break;
    const stem = norm.slice(2).replace(/يه$|ي$/, '');
    if (gazetteer.find(stem).some((p) => p.kind === 'place' && p.end - p.start === [...stem].length)) break;
    end += next[0].length;
  }
  if (end === conv.toUtf16(m.end)) return m;
  return { ...m, end: conv.toCodePoint(end), text: text.slice(conv.toUtf16(m.start), end) };
}

/**
 * Heads of seas, gulfs and straits named after a land (بحر عمان، خليج المكسيك، مضيق تايوان), of
 * stadiums, ports and palaces named after a city (استاد القاهرة الدولي، مرفأ بيروت، قصر بعبدا), and
 * of squares, plains, corniches and silos named after a place (ساحة حنيش، سهل أربيل، سايلو الموصل).
 */
const SEA_HEADS = words(`بحر خليج مضيق حقل استاد ستاد ملعب ميناء مرفا مطار نهر بحيره مصفاه سد وادي حلبه قصر حوض ساحه سهل كورنيش سايلو ${NAMED_SITES} جمهوريه`);
/**
 * Heads of sites named after a place (جبل المقطم، قلعة صلاح الدين، حاجز عطارة): a head before the
 * place, but, unlike SEA_HEADS, no bar to another head before a place whose own name opens with
 * one (ميناء جبل علي).
 */
const SITE_NAME_HEADS = words('جبل قلعه حاجز جسر قاعه بوابه حديقه نفق كاتدرائيه كنيسه مصلي');
const SITE_OR_SEA_HEADS: ReadonlySet<string> = new Set([...SEA_HEADS, ...SITE_NAME_HEADS]);
const VENUE_HEADS = words('استاد ستاد ملعب مطار حلبه');
const VENUE_TAIL = words('الدولي الدوليه الجديد الاولمبي البلدي');
/**
 * Describing words that belong to a name after its head: a venue's (مطار زيزو الدولي) and a
 * republic's official name (جمهورية الصومال الفيدرالية).
 */
const NAME_TAILS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...[...VENUE_HEADS].map((h): [string, ReadonlySet<string>] => [h, VENUE_TAIL]),
  [normalizeKey('جمهورية'), words('الفيدراليه الاتحاديه الاسلاميه الديمقراطيه الشعبيه العربيه')],
]);

/** «The ball is in» before ملعب: the idiom, no stadium. */
const IN_THE_COURT = /(?:^|[^\u0621-\u064a])[وف]?الكرة[ \u00a0]+(?:الآن[ \u00a0]+|الان[ \u00a0]+)?في[ \u00a0]+$/;

/** A known place right after a sea's or a stadium's head word is the end of its name, one place with it. */
function seaNamedAfter(text: string, m: Mention, conv: OffsetConverter): Mention {
  if (m.kind !== 'place') return m;
  // حوض بحيرة فيكتوريا: a name that has a head of its own takes no second one.
  let head = SEA_HEADS.has(normalizeKey(m.text.split(' ')[0])) ? undefined : headBefore(text, conv.toUtf16(m.start), SITE_OR_SEA_HEADS);
  // الكرة الآن في ملعب بروكسل: «the ball is in Brussels' court», no stadium.
  if (head !== undefined && IN_THE_COURT.test(text.slice(Math.max(0, head.start - 20), head.start))) head = undefined;
  if (head === undefined) {
    // مطار العلا الدولي: a known venue goes on through its describing word.
    const end = venueEnd(text, normalizeKey(m.text.split(' ')[0]), conv.toUtf16(m.end));
    return end === conv.toUtf16(m.end) ? m : { ...m, end: conv.toCodePoint(end), text: text.slice(conv.toUtf16(m.start), end) };
  }
  return ruleMention(text, conv, head.start, venueEnd(text, head.head, conv.toUtf16(m.end)), 'place');
}

/** Where a venue's name read by the rules ends: after a describing word that belongs to it (مطار زيزو الدولي). */
function withVenueTail(ws: readonly Word[], head: string, to: number): number {
  return VENUE_HEADS.has(head) && joinedIn(ws, to, VENUE_TAIL) ? to + 1 : to;
}

/** Where a name after its head ends: after a describing word that belongs to it (استاد القاهرة الدولي). */
function venueEnd(text: string, head: string, end: number): number {
  const tails = NAME_TAILS.get(head);
  if (tails === undefined) return end;
  const tail = wordAfter(text, end);
  return tail !== null && tails.has(normalizeKey(tail[1])) ? end + tail[0].length : end;
}

/** Tanween marks an indefinite noun or adjective (لجاناً), never a name. */
const TANWEEN = /[\u064b-\u064d]/;

/**
 * Places that are part of a fixed phrase or of a competition's name, which the guidelines do not
 * tag: القوة القاهرة (force majeure), كأس أمم إفريقيا، كأس آسيا. Keyed by the word before.
 */
const PHRASE_BEFORE = new Map<string, ((place: string) => boolean)>(([
  ['القوه', (p) => p === 'القاهره'],
  ['كاس', () => true],
  ['امم', () => true],
  ['بطوله', () => true],
  // دوري أبطال آسيا، طواف فرنسا، أولمبياد باريس، مونديال قطر
  ['ابطال', () => true],
  ['دوري', () => true],
  ['طواف', () => true],
  ['اولمبياد', () => true],
  ['مونديال', () => true],
  ['رالي', () => true],
  ['ماراثون', () => true],
  // موسم الرياض، موسم جدة: a season of events.
  ['موسم', () => true],
  // حمى القرم-الكونغو، حمى لاسا: a fever named after where it was found.
  ['حمى', () => true],
] as Array<[string, (place: string) => boolean]>).map(([w, f]) => [normalizeKey(w), f]));

const PHRASE_WORDS: ReadonlySet<string> = new Set(PHRASE_BEFORE.keys());

/** Places that are a common noun in a fixed phrase with the word after them (البقاع المقدسة "the holy sites"). */
const PHRASE_AFTER = new Map<string, ReadonlySet<string>>([
  [normalizeKey('البقاع'), words('المقدسه الطاهره')],
  // الزاوية البعيدة "the far corner" of a goal, not the Libyan city.
  [normalizeKey('الزاوية'), words('البعيده القريبه اليمني اليسري العليا السفلي الضيقه')],
]);

function inPhrase(text: string, m: Mention, conv: OffsetConverter): boolean {
  if (m.kind !== 'place') return false;
  const after = PHRASE_AFTER.get(normalizeKey(m.text));
  if (after !== undefined) {
    const next = wordAfter(text, conv.toUtf16(m.end));
    if (next !== null && after.has(normalizeKey(next[1]))) return true;
  }
  const start = conv.toUtf16(m.start);
  // The second place of a name joined by a hyphen (حمى القرم-الكونغو) belongs to the phrase of the first.
  const hyphened = /([\u0621-\u064a]+)[ \u00a0]+[\u0621-\u064a]+-$/.exec(text.slice(Math.max(0, start - 40), start));
  const prev = hyphened ?? wordBefore(text, start);
  const key = prev === null ? undefined : bareIn(normalizeKey(prev[1]), PHRASE_WORDS);
  return key !== undefined && (PHRASE_BEFORE.get(key)?.(normalizeKey(m.text)) ?? false);
}

/** UTF-16 length of the tail of `word` that folds to `folded`. */
function headLength(word: string, folded: string): number {
  for (let i = 0; i < word.length; i++) if (normalizeKey(word.slice(i)) === folded) return word.length - i;
  return word.length;
}

/** Words for a body named right after them in quotation marks (حركة «أمل»، شركتي «مابا» و«ليماك»). */
const QUOTED_ORG_HEADS = words(`
  شركه شركتي شركات جمعيه جمعيتي حزب حزبي حركه منظمه صحيفه صحيفتي قناه وكاله تحالف ائتلاف اذاعه مؤسسه مجله شبكه
  فصيل جماعه تنظيم نادي مصرف بنك منتدي مركز معهد هيئه اتحاد نقابه تيار كتله جبهه مجموعه
`);

/** Words of a sentence, not of a name: prepositions, particles, pronouns, «was». */
const FUNCTION_WORDS = words(`
  في من الى علي عن مع او ثم حتي لكن بل قد لقد سوف لن لم لا ما هل اذا ان انه انها هو هي هم نحن انا هذا هذه ذلك تلك
  الذي التي الذين كل بعض بين عند منذ بعد قبل خلال كان كانت يكون تكون ليس ليست
`);

/**
 * Bodies named in quotation marks after a word such as حزب or شركة, and the ones listed after
 * them with و (شركتي «مابا» و«ليماك»): organizations, read whole even where a place or a person
 * is named inside (جمعية «درب عكار»). A quotation of words of a sentence is none: a word with
 * tanween or a function word (مجموعة «مكتملة تقريباً»، مشروع «يحتاج إلى…»).
 */
function quotedOrgs(text: string, conv: OffsetConverter): Mention[] {
  const out: Mention[] = [];
  let listEnd = -1;
  for (const q of text.matchAll(/«([^«»\n]{1,60})»/g)) {
    const open = q.index!;
    const inner = q[1].trim();
    const parts = inner.split(/\s+/);
    const ok = parts.length <= 5 && /^[\u0621-\u064a]/.test(inner) && !TANWEEN.test(inner)
      && parts.every((x) => /^[\u0621-\u064a\u064b-\u065f\u0640-]+$/.test(x) && !FUNCTION_WORDS.has(normalizeKey(x)));
    const listed = listEnd >= 0 && /^[ \u00a0]*و[ \u00a0]*$/.test(text.slice(listEnd, open));
    const headed = headBefore(text, open, QUOTED_ORG_HEADS) !== undefined;
    if (!ok || !(listed || headed)) { listEnd = -1; continue; }
    const from = open + 1 + (q[1].length - q[1].trimStart().length);
    out.push(ruleMention(text, conv, from, from + inner.length, 'organization'));
    listEnd = open + q[0].length;
  }
  return out;
}

/**
 * Known mentions with the quoted organizations put in place of whatever lies inside them; one the
 * knowledge base reads whole as an organization stays as it is.
 */
function withQuotedOrgs(known: readonly Mention[], quoted: readonly Mention[]): Mention[] {
  if (quoted.length === 0) return [...known];
  // The quotations are in text order and never overlap: the last one starting at or before a
  // mention is the only one that can hold it.
  const inside = (m: Mention): Mention | undefined => {
    let lo = 0;
    let hi = quoted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quoted[mid].start <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const q = quoted[lo - 1];
    return q !== undefined && m.end <= q.end ? q : undefined;
  };
  const kept = known.filter((m) => {
    const q = inside(m);
    return q === undefined || (m.kind === 'organization' && m.start === q.start && m.end === q.end);
  });
  return mergeMentions(kept, quoted);
}

/** Knowledge-base names plus, unless `rules` is false, context suggestions; sorted, no overlaps. */
export function findMentions(text: string, gazetteer: Gazetteer, opts: { rules?: boolean } = {}): Mention[] {
  const conv = new OffsetConverter(text);
  const found = gazetteer.find(text).filter((m) => !TANWEEN.test(m.text) && !isAdjectiveUse(text, m, conv, gazetteer) && !isOrdinaryWord(text, m, conv) && !inPhrase(text, m, conv));
  // Ends of the places found, in UTF-16 units, for towns listed after them; a town kept joins them.
  const placeEnds = new Set<number>();
  const confirmed = confirmedTowns(text, found, conv, gazetteer);
  const known: Mention[] = [];
  for (let k = 0; k < found.length; k++) {
    let m = found[k];
    if (lacksPlaceCue(text, m, conv, gazetteer, placeEnds, confirmed) || afterAbu(text, m, conv)) continue;
    m = provinceNamedAfterWater(text, seaNamedAfter(text, withoutGenericHead(withoutOrgHead(m, gazetteer), gazetteer), conv), conv, gazetteer);
    if (m.kind === 'place') placeEnds.add(conv.toUtf16(m.end));
    // Read whole as another kind: a party or a club named after a place, a place named like an organization.
    const other = partyNamedAfterPlace(text, m, conv) ?? clubNamedAfterCity(text, m, conv, gazetteer) ?? clubByMatch(text, m, conv, gazetteer) ?? orgNameAsPlace(text, m, conv) ?? placeAsGivenName(text, m, conv)
      ?? placeInForeignName(text, m, conv, found) ?? placeAsFamilyName(text, m, conv, gazetteer);
    if (other !== undefined) { known.push(other); continue; }
    m = placeNamedOrg(text, m, conv, gazetteer) ?? placeInInstitution(text, m, conv, gazetteer) ?? m;
    known.push(m.kind === 'organization' ? withAdjectives(text, m, conv, gazetteer, found[k + 1]?.start) : m);
  }
  const partners = partnerPlaces(text, known, conv, gazetteer);
  if (partners.length > 0) {
    known.push(...partners);
    known.sort(byStart);
  }
  if (opts.rules === false) return known;
  known.splice(0, known.length, ...withQuotedOrgs(known, quotedOrgs(text, conv)));
  // The article's outlet where it names itself (الخبر | رياضة، لـ«القبس»), over any other reading.
  const outlets = outletMentions(text, known);
  if (outlets.length > 0) known.splice(0, known.length, ...mergeMentions(outlets, known));
  // A lone surname after a possible first name is kept unless a rule reads a longer name
  // there (وقال ستيفن ميلر إن: another Miller), so the rules see it as unknown.
  const doubtful = known.filter((m) => isOtherBearer(text, m, conv, gazetteer));
  const sure = doubtful.length === 0 ? known : known.filter((m) => !doubtful.includes(m));
  const rules = discover(text, sure, gazetteer);
  const named = wholeNames(text, mergeMentions(mergeMentions(sure, rules), doubtful), conv, gazetteer).map((m) => namedAfterPerson(text, m, conv));
  return withoutProducts(text, withoutShareButtons(text, hyphenedKorean(text, knownSurnames(text, named, conv), conv), conv), conv);
}

const ABU = words('ابو');

/**
 * A place right after أبو is the second word of a kunya or a family name (حسن أبو العلا، هشام أبو
 * شقرة), not the place: a town named so (أبو ظبي، أبو ديس) is listed whole and read whole.
 */
function afterAbu(text: string, m: Mention, conv: OffsetConverter): boolean {
  if (m.kind !== 'place') return false;
  const start = conv.toUtf16(m.start);
  if (lettersBefore(text, start) !== '') return false;
  const prev = wordBefore(text, start);
  return prev !== null && bareIn(normalizeKey(prev[1]), ABU) !== undefined;
}

/**
 * The one-word places the article names at least once where lacksPlaceCue keeps them: a town that
 * is also a word (a doubtful locality) is read wherever else the article names it.
 */
function confirmedTowns(text: string, found: readonly Mention[], conv: OffsetConverter, gazetteer: Gazetteer): ReadonlySet<string> {
  const ends = new Set<number>();
  const ids = new Set<string>();
  for (const m of found) {
    if (lacksPlaceCue(text, m, conv, gazetteer, ends)) continue;
    if (m.kind === 'place') ends.add(conv.toUtf16(m.end));
    if (m.entity !== undefined && m.kind === 'place' && !m.text.includes(' ')) ids.add(m.entity);
  }
  return ids;
}

/**
 * A common word that names a place right after its partner (في مكة والمدينة، من مكة إلى المدينة):
 * the partner's id, the word, and the id of the place it names there.
 */
const PARTNER_PLACES: readonly (readonly [string, string, string])[] = [['mecca', 'المدينة', 'medina']];
const PARTNER_LINK = /^[ \u00a0]*(?:و|(?:إلى|الى|ثم|أو|او)[ \u00a0]+)/;

function partnerPlaces(text: string, known: readonly Mention[], conv: OffsetConverter, gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const m of known) {
    const pair = PARTNER_PLACES.find(([partner]) => partner === m.entity);
    if (pair === undefined || gazetteer.entity(pair[2]) === undefined) continue;
    const end = conv.toUtf16(m.end);
    // The link is a few characters at most (« إلى »).
    const link = PARTNER_LINK.exec(text.slice(end, end + 12));
    if (link === null) continue;
    const from = end + link[0].length;
    const to = from + pair[1].length;
    if (text.slice(from, to) !== pair[1] || /[\u0621-\u064a]/.test(text[to] ?? '')) continue;
    if (known.some((k) => conv.toUtf16(k.start) < to && from < conv.toUtf16(k.end))) continue;
    out.push({ start: conv.toCodePoint(from), end: conv.toCodePoint(to), text: pair[1], kind: 'place', entity: pair[2], source: 'gazetteer' });
  }
  return out;
}

/** Words that make a person's name the name of a product, which the guidelines do not tag (القمر «محمد بن زايد سات»). */
const PRODUCT_TAILS = words('سات');

function withoutProducts(text: string, mentions: Mention[], conv: OffsetConverter): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'person' || m.source === 'tag') return true;
    const next = wordAfter(text, conv.toUtf16(m.end));
    return next === null || !PRODUCT_TAILS.has(normalizeKey(next[1]));
  });
}

/**
 * Korean family names as Arabic news writes them. Korean given names are written with a hyphen
 * between their two syllables (بارك سون-جا، أوه جونغ-سيك), which no Arabic phrase has.
 */
const KOREAN_SURNAMES = 'كيم|لي|بارك|باك|تشوي|تشوه|جونغ|جونج|كانغ|كانج|يون|جانغ|جانج|ليم|إيم|هان|أوه|شين|سيو|كوون|هوانغ|آن|سونغ|يو|هونغ|جيون|كو|مون|يانغ|سون|باي|بيك|هيو|نام|سيم|نوه|كواك|تشا|تشو|وو|مين|ريو|جين|تشون|تشانغ|سو|جو|ها';
const KOREAN_NAME = new RegExp(`(?<![\u0621-\u064a\u064b-\u065f-])(?:${KOREAN_SURNAMES})[ \u00a0]+[\u0621-\u064a]{2,6}-[\u0621-\u064a]{2,6}(?![\u0621-\u064a\u064b-\u065f-])`, 'g');
/** Korean villages and wards: a name and its unit joined by a hyphen (موغو-ري، ميونغ-دونغ). */
const KOREAN_PLACE = /(?<![\u0621-\u064a\u064b-\u065f-])[\u0621-\u064a]{2,8}-(?:ري|دونغ|ميون|غون)(?![\u0621-\u064a\u064b-\u065f-])/g;

/**
 * Korean names written with a hyphen, people and villages, over any shorter reading of them:
 * the words around the hyphen are one name.
 */
function hyphenedKorean(text: string, mentions: Mention[], conv: OffsetConverter): Mention[] {
  const found: Mention[] = [];
  for (const [re, kind] of [[KOREAN_NAME, 'person'], [KOREAN_PLACE, 'place']] as const) {
    for (const x of text.matchAll(re)) {
      const m = ruleMention(text, conv, x.index, x.index + x[0].length, kind);
      if (!mentions.some((k) => k.start === m.start && k.end === m.end) && !found.some((k) => k.start < m.end && m.start < k.end)) found.push(m);
    }
  }
  return found.length === 0 ? mentions : mergeMentions(found, mentions);
}

/** Social networks, named on a page's share and follow buttons. */
const SOCIAL_NETWORKS = new Set(['facebook', 'whatsapp', 'telegram', 'instagram', 'youtube', 'tiktok', 'x-corp', 'linkedin', 'snapchat']);
/** A share or follow line up to the network's name (شارك الخبر: فيسبوك - إكس، تابعوا عنب بلدي على تلغرام); «وشارك مقطعا على فيسبوك» is prose. */
const SHARE_LINE = /(^|[\s،,.:])(شارك[^\n:]{0,15}:|تابعوا|تابعونا|تابعنا|اشترك|اشتركوا)[^\n]{0,60}$/;

/** The networks of a share or follow line are page furniture, not the organizations the article speaks of. */
function withoutShareButtons(text: string, mentions: Mention[], conv: OffsetConverter): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'organization' || m.entity === undefined || !SOCIAL_NETWORKS.has(m.entity)) return true;
    const start = conv.toUtf16(m.start);
    return !SHARE_LINE.test(text.slice(Math.max(0, start - 80), start));
  });
}

/** Words before a surname that make it a name however ordinary the word (حكومة سلام، وقال بري). */
const NAME_CONTEXT = (norm: string): boolean =>
  bareIn(norm, TITLES) !== undefined || bareIn(norm, BEFORE_NAME) !== undefined || bareIn(norm, SAY_VERBS) !== undefined
  || bareIn(norm, ACT_VERBS) !== undefined;
/** Verbs of a politician's day, after which a known surname is its bearer (شدد عون، استقبل بري). */
const ACT_VERBS = words(`
  شدد حذر دعا استقبل التقي التقى زار بحث ناقش وقع رفض طالب اعتبر هدد نفي نفى اتهم رحب ادان اشاد هنا عزي ابلغ تلقي تلقى
  توجه وصل غادر اجتمع ترأس ترأست افتتح شارك حضر القي ألقى وجه بعث امر اصدر اعرب جدد نوه ثمن
`);

/**
 * A known person named in full is named again by the surname alone (محمد شياع السوداني … مكتب
 * السوداني، نبيه بري … بري:), as the rules do for the names they find. The surname is read where
 * it cannot be the tail of another name (after an unknown word that could be a first name) or an
 * adjective (الجيش السوداني after a noun with the article); a surname that is also an ordinary
 * word or a given name (سلام، عون، بري) only after a title, a verb of saying or a noun such as
 * حكومة، مكتب, or before a colon. Two people of one surname (مسعود بارزاني، مسرور بارزاني) leave it a person
 * with no entity.
 */
function knownSurnames(text: string, mentions: Mention[], conv: OffsetConverter): Mention[] {
  const bySurname = new Map<string, { written: string; entity: string | undefined }>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.source !== 'gazetteer' || m.entity === undefined || !m.text.includes(' ')) continue;
    // محمد بن سلمان: after بن or آل the link belongs to the surname (بن سلمان), as in the rules' repeats.
    const parts = m.text.split(' ');
    const linked = parts.length >= 3 && NAME_LINKS.has(normalizeKey(parts[parts.length - 2]));
    const written = parts.slice(linked ? -2 : -1).join(' ');
    const norm = normalizeKey(written);
    if (norm.length < 3 || isStop(wordOf(norm)) || bareIn(norm, TITLES) !== undefined || PARTICLES.has(norm)) continue;
    const had = bySurname.get(norm);
    bySurname.set(norm, { written, entity: had === undefined || had.entity === m.entity ? m.entity : undefined });
  }
  if (bySurname.size === 0) return mentions;
  const surnames = Gazetteer.build([...bySurname].map(([norm, s]) => ({ id: s.entity ?? `rule:${norm}`, kind: 'person', name: s.written, aliases: [], en: '' })));
  const found: Mention[] = [];
  for (const m of surnames.find(text)) {
    const norm = normalizeKey(m.text);
    const start = conv.toUtf16(m.start);
    const end = conv.toUtf16(m.end);
    const prev = wordBefore(text, start);
    const p = prev === null ? '' : normalizeKey(prev[1]);
    const context = prev !== null && NAME_CONTEXT(p);
    const colon = /^[ \u00a0]*:/.test(text.slice(end, end + 3));
    if (prev !== null && !context) {
      // الجيش السوداني: an adjective after a noun with the article; ستيفن ميلر: another first name.
      if (hasArticle(wordOf(p)) || (nameLike(wordOf(p)) && !/ه$/.test(p))) continue;
    }
    // A given name as a surname (محمد علي) is as likely someone else's first name.
    const ordinary = norm.length <= 3 || AMBIGUOUS.has(norm) || FIRST_NAMES.has(norm);
    if (ordinary && !context && !colon) continue;
    found.push({ ...m, source: 'rule' });
  }
  return found.length === 0 ? mentions : mergeMentions(mentions, found);
}

/** Places and institutions named after a person: the head and the name are one place or organization. */
const NAMED_AFTER_PLACE = words('مدينه ضاحيه حي شارع ميدان جامع مسجد مطار ملعب استاد قاعده جسر سد مخيم حديقه طريق نفق باب بوابه كورنيش قاعه قصر قبه مصلي ضريح مقام كاتدرائيه كنيسه بازيليك حوش قلعه');
const NAMED_HONORIFICS = words('الملك الامير الاميره الامام الشيخ الشيخه الشهيد السلطان الرئيس السيد السيده النبي القديس القديسه');
const NAMED_AFTER_ORG = words('جامعه معهد مستشفي مدرسه مؤسسه مركز كليه مجمع');

/**
 * A person's name right after the head of a place or an institution named after them (مدينة صباح
 * الأحمد، معهد روبرت كوخ، مطار هواري بومدين الدولي) is that place or institution, head included,
 * since the rest names someone else.
 */
function namedAfterPerson(text: string, m: Mention, conv: OffsetConverter): Mention {
  if (m.kind !== 'person' || m.source === 'tag') return m;
  let start = conv.toUtf16(m.start);
  // جامع الإمام محمد بن عبد الوهاب، طريق الملك فهد: an honorific between the head and the name.
  const honorific = wordBefore(text, start);
  if (honorific !== null && NAMED_HONORIFICS.has(normalizeKey(honorific[1]))) {
    const from = start - honorific[0].length;
    if (headBefore(text, from, NAMED_AFTER_PLACE) !== undefined || headBefore(text, from, NAMED_AFTER_ORG) !== undefined) start = from;
  }
  const place = headBefore(text, start, NAMED_AFTER_PLACE);
  // عن طريق إمام عاشور «by way of»: no road.
  const byWay = place !== undefined && place.head === 'طريق' && normalizeKey(wordBefore(text, place.start)?.[1] ?? '') === 'عن';
  if (place !== undefined && !byWay) return ruleMention(text, conv, place.start, venueEnd(text, place.head, conv.toUtf16(m.end)), 'place');
  const org = headBefore(text, start, NAMED_AFTER_ORG);
  return org === undefined ? m : ruleMention(text, conv, org.start, purposeEnd(text, conv.toUtf16(m.end)), 'organization');
}

const NAME_LINKS = words('بن بنت ابن ولد منت ال آل');

/**
 * A person's name found in part is read whole: the given names before it (دونالد ترمب، سيد
 * عبد الحفيظ), a chain of بن and آل after it (بدر بن حمد البوسعيدي، محمد بن عبدالرحمن بن جاسم آل
 * ثاني), and a family name with the article after a given name (جاسم محمد البديوي). Mentions the
 * longer name swallows are dropped.
 */
function wholeNames(text: string, mentions: Mention[], conv: OffsetConverter, gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'person' || (m.source !== 'gazetteer' && m.source !== 'rule')) { out.push(m); continue; }
    let start = conv.toUtf16(m.start);
    let end = conv.toUtf16(m.end);
    const prevEnd = out.length > 0 ? conv.toUtf16(out[out.length - 1].end) : 0;
    for (let n = 0; n < 6; n++) {
      if (/[\u0621-\u064a]$/.test(text.slice(Math.max(0, start - 1), start))) break; // a proclitic: the name starts here
      const prev = ARABIC_WORD_BEFORE.exec(text.slice(Math.max(prevEnd, start - 40), start));
      if (prev === null) break;
      const norm = normalizeKey(prev[1]);
      if (NAME_LINKS.has(norm)) {
        // محمد بن عبدالرحمن بن [جاسم آل ثاني]: a link and the name word before it.
        const from = start - prev[0].length;
        const before = ARABIC_WORD_BEFORE.exec(text.slice(Math.max(prevEnd, from - 40), from));
        if (before === null || STOP.has(normalizeKey(before[1])) || bareIn(normalizeKey(before[1]), TITLES) !== undefined) break;
        start = from - before[0].length;
        continue;
      }
      // An ambiguous given name (سلام، نجاح، حياة) opens a known person's name only as the
      // knowledge base writes it: «سلام ترامب» is a peace, not a first name; after a title it is
      // a given name (النائبة منى عبد العاطي). لصالح "in favour of" is no ل before صالح.
      const titled = (): boolean => {
        const t = ARABIC_WORD_BEFORE.exec(text.slice(Math.max(prevEnd, start - prev[0].length - 40), start - prev[0].length));
        return t !== null && bareIn(normalizeKey(t[1]), TITLES) !== undefined;
      };
      const given = (AMBIGUOUS_GIVEN.has(bareIn(norm, FIRST_NAMES) ?? norm) && m.source === 'gazetteer' && !(FIRST_NAMES.has(norm) && titled()))
        || (STOP.has(norm) && !FIRST_NAMES.has(norm)) ? undefined
        : bareIn(norm, FIRST_NAMES) ?? (AMBIGUOUS_GIVEN.has(norm) ? norm : undefined);
      if (given === undefined || bareIn(norm, TITLES) !== undefined) break;
      // After an unknown word that could be a name too (ريد بول ماكس), where the name starts is a guess.
      const from = start - prev[0].length;
      const before = given === norm ? ARABIC_WORD_BEFORE.exec(text.slice(Math.max(prevEnd, from - 40), from)) : null;
      if (before !== null && !/[\u0621-\u064a]$/.test(text.slice(0, from - before[0].length))) {
        const b = normalizeKey(before[1]);
        const word = wordOf(b);
        if (nameLike(word) && !hasArticle(word) && !FIRST_NAMES.has(b) && !NAME_LINKS.has(b)) break;
      }
      start = start - prev[0].length + (prev[1].length - headLength(prev[1], given));
      if (given !== norm) break; // وأحمد: the proclitic ends the name on the left
    }
    let lastWord = normalizeKey(/[^ \u00a0]+$/.exec(text.slice(start, end))?.[0] ?? '');
    for (let n = 0; n < 6; n++) {
      const next = wordAfter(text, end);
      if (next === null) break;
      const norm = normalizeKey(next[1]);
      if (NAME_LINKS.has(norm)) {
        const after = wordAfter(text, end + next[0].length);
        if (after === null || STOP.has(normalizeKey(after[1]))) break;
        end += next[0].length + after[0].length;
        lastWord = normalizeKey(after[1]);
        continue;
      }
      // A family name with the article after a given name: a nisba (البديوي، البوسعيدي).
      if ((FIRST_NAMES.has(lastWord) || NAME_LINKS.has(lastWord)) && /^ال..+[^ي]ي$/.test(norm)) {
        end += next[0].length;
        lastWord = norm;
        continue;
      }
      break;
    }
    if (start === conv.toUtf16(m.start) && end === conv.toUtf16(m.end)) { out.push(m); continue; }
    // Earlier mentions the longer name reaches back over, and later ones it runs into, go.
    while (out.length > 0 && conv.toUtf16(out[out.length - 1].end) > start) out.pop();
    while (k + 1 < mentions.length && conv.toUtf16(mentions[k + 1].start) < end) k++;
    const name = text.slice(start, end);
    // The longer name is the same entity only if the knowledge base knows it so; otherwise it
    // may be someone else with that surname (ستيفن ميلر), a name read from context.
    const same = m.source === 'gazetteer' && namesWhole(gazetteer, name, m.entity);
    const whole = { ...m, start: conv.toCodePoint(start), end: conv.toCodePoint(end), text: name };
    out.push(same ? whole : ruleMention(text, conv, start, end, m.kind));
  }
  return out;
}
