/**
 * The hand-curated part of the built-in knowledge base: people, organizations, and the places
 * CLDR does not name (capitals outside the time-zone list, regions and sites in the news), plus
 * refinements of CLDR entries (spellings in real use, Wikidata ids). Curation rules: see SOURCES.md.
 *
 * One entry per line, fields separated by `|`:
 *   kind id | name | aliases (separated by `;`) | English | description | Wikidata
 * kind is P (person), L (place), O (organization), or + to refine an entry of generated.json by
 * id (empty fields are left as they are, aliases are added). A Wikidata id is only given when
 * it is certain; a wrong id is worse than none.
 */
import type { EntityEntry } from '../load';
import type { Entity } from '../types';

/** A curated line: complete for a new entity, partial when it refines a generated one. */
export type CuratedEntry = Omit<EntityEntry, 'line' | 'column' | 'links'>;

// Refinements of CLDR territories and cities: the other names Arabic media use.
const REFINEMENTS = `
+ united-states||الولايات المتحدة الأمريكية;الولايات المتحدة الأميركية;أمريكا;أميركا|||Q30
+ russia||روسيا الاتحادية;الاتحاد الروسي|||Q159
+ china||جمهورية الصين الشعبية;الصين الشعبية|||Q148
+ ukraine|||||Q212
+ mali||مالي||||
+ guayaquil||غواياكيل||||
+ state-of-mexico||ولاية المكسيك||||
+ north-korea||جمهورية كوريا الديمقراطية الشعبية;جمهورية كوريا الشعبية الديمقراطية;كوريا الديمقراطية|||Q423
+ south-korea||جمهورية كوريا|||Q884
+ asmara||أسمرا||||
+ quebec||كيبيك||||
+ daegu||دايغو;دايجو;تايغو||||
+ daejeon||دايجون;ديجيون;تايجون||||
+ gangwon-province||كانغوون;غانغون;كانغون||||
+ south-chungcheong-province||تشونغتشونغ الجنوبية;تشونغ تشونغ الجنوبية||||
+ north-chungcheong-province||تشونغتشونغ الشمالية;تشونغ تشونغ الشمالية||||
+ japan|||||Q17
+ iran||الجمهورية الإسلامية الإيرانية|||Q794
+ israel|||||Q801
+ palestine||دولة فلسطين|||Q219060
+ bishkek||بيشكيك||||
+ urumqi||أورومتشي;أورومچي;أورمتشي;أورومكي||||
+ tashkent||طاشقند||||
+ central-african-republic||أفريقيا الوسطى;إفريقيا الوسطى||||
+ egypt||جمهورية مصر العربية|||Q79
+ turkey||الجمهورية التركية;تركيه|||Q43
+ syria||سورية;الجمهورية العربية السورية|||Q858
+ iraq||جمهورية العراق|||Q796
+ lebanon|||||Q822
+ saudi-arabia||السعودية|||Q851
+ united-arab-emirates||الإمارات;دولة الإمارات;دولة الإمارات العربية المتحدة|||Q878
+ qatar||دولة قطر|||Q846
+ kuwait||دولة الكويت|||Q817
+ bahrain||مملكة البحرين|||Q398
+ new-hampshire||نيو هامبشير||||
+ pennsylvania||بنسلفانيا||||
+ connecticut||كونتيكت||||
+ massachusetts||ماساشوستس||||
+ michigan||ميتشيغان||||
+ missouri||ميسوري||||
+ illinois||إيلينوي||||
+ arkansas||أركانساس||||
+ north-carolina||كارولينا الشمالية;نورث كارولينا||||
+ south-carolina||كارولينا الجنوبية;ساوث كارولينا||||
+ guidimaka-region||كيدي ماغا;غيدي ماغا;كيديماغا||||
+ virginia||فرجينيا||||
+ west-virginia||فرجينيا الغربية||||
+ tennessee||تنيسي||||
+ wyoming||وايومينغ||||
+ wisconsin||ويسكنسن||||
+ konya-province||قونيا||||
+ lubumbashi|لوبومباشي|لومبباشا||||
+ peloponnese||البيلوبونيز;البيلوبونيس||||
+ eg-city-99||المحلة||||
+ new-mexico||نيو مكسيكو||||
+ mississippi||ميسيسيبي||||
+ joseph-aoun||جوزاف عون||||
+ catalonia||كاتالونيا||||
+ panjshir-province||بنجشير;وادي بنجشير;وادي بانشير||||
+ kismayo||كيسمايو||||
+ puntland||بونت لاند||||
+ jubaland||جوبا لاند||||
+ rakhine-state||أراكان||||
+ basque-country||بلاد الباسك||||
+ larnaca-district||لارناكا||||
+ urmia||أورمية||||
+ abadan||آبادان||||
+ baidoa||بايدوا||||
+ bosaso||بوساسو||||
+ lombardy||لومباردي||||
+ oman||سلطنة عمان;سلطنة عُمان|||Q842
+ yemen|||||Q805
+ jordan||المملكة الأردنية الهاشمية|||Q810
+ france|||||Q142
+ germany|||||Q183
+ united-kingdom||بريطانيا;بريطانيا العظمى|||Q145
+ italy|||||Q38
+ spain|||||Q29
+ india|||||Q668
+ pakistan|||||Q843
+ afghanistan|||||Q889
+ canada|||||Q16
+ brazil|||||Q155
+ mexico|||||Q96
+ australia|||||Q408
+ algeria|||||Q262
+ morocco||المملكة المغربية|||Q1028
+ tunisia|||||Q948
+ libya|||||Q1016
+ sudan|||||Q1049
+ somalia|||||Q1045
+ ethiopia|||||Q115
+ nigeria|||||Q1033
+ south-africa|||||Q258
+ poland|||||Q36
+ belarus||بيلاروسيا;روسيا البيضاء|||Q184
+ georgia|||||Q230
+ armenia|||||Q399
+ azerbaijan|||||Q227
+ kazakhstan||قازاقستان|||Q232
+ vietnam|||||Q881
+ indonesia|||||Q252
+ philippines|||||Q928
+ greece|||||Q41
+ cyprus|||||Q229
+ netherlands|||||Q55
+ belgium|||||Q31
+ sweden|||||Q34
+ norway|||||Q20
+ finland|||||Q33
+ denmark||الدنمارك;الدنمرك|||Q35
+ switzerland|||||Q39
+ austria|||||Q40
+ portugal|||||Q45
+ ireland||إيرلندا|||Q27
+ hungary||المجر|||Q28
+ czech-republic|||||Q213
+ romania|||||Q218
+ bulgaria|||||Q219
+ serbia|||||Q403
+ taiwan|||||Q865
+ mauritania|||||Q1025
+ dr-congo||الكونغو الديمقراطية;الكونغو|||Q974
+ argentina|||||Q414
+ venezuela|||||Q717
+ cuba|||||Q241
+ malta||مالطة
+ maldives||المالديف
+ moldova||مولدافيا
+ kyrgyzstan||قرغيزستان
+ eswatini||سوازيلاند
+ south-sudan||دولة جنوب السودان
+ europe|||||Q46
+ asia|||||Q48
+ africa||إفريقيا|||Q15
+ central-asia||آسيا الوسطى
+ moscow|||||Q649
+ kyiv|||||Q1899
+ pyongyang||بيونغيانغ;بيونغ يانج|||Q18808
+ seoul|||||Q8684
+ tokyo|||||Q1490
+ tehran|||||Q3616
+ jerusalem||القدس الشريف;أورشليم|||Q1218
+ cairo|||||Q85
+ istanbul||اسطنبول;إستانبول|||Q406
+ damascus|||||Q3766
+ baghdad|||||Q1530
+ beirut|||||Q3820
+ riyadh|||||Q3692
+ paris|||||Q90
+ london|||||Q84
+ berlin|||||Q64
+ rome|||||Q220
+ madrid|||||Q2807
+ new-york||نيويورك سيتي;مدينة نيويورك|||Q60
+ dubai|||||Q612
+ amman||عمان العاصمة|||Q3805
+ kabul||كابل|||Q5838
+ vladivostok||فلاديفستوك;فلاديفوستوك|||Q959
+ kaliningrad||كالينينغراد
+ volgograd||فولغوغراد
+ buenos-aires||بوينس آيرس
+ kuala-lumpur||كوالالمبور
+ chisinau||كيشيناو
+ skopje||سكوبيه
+ los-angeles|||||Q65
+ chicago|||||Q1297
+ gaza||مدينة غزة
+ hebron||مدينة الخليل
+ tripoli||طرابلس الغرب
+ simferopol||سيمفيروبول
+ yekaterinburg||يكاترينبورغ
+ irkutsk||إيركوتسك
+ novosibirsk||نوفوسيبيرسك
+ sakhalin||ساخالين
+ astrakhan||استراخان
+ kurdistan-region||إقليم كوردستان;كوردستان العراق;كوردستان||||
+ kdp||الحزب الديمقراطي الكوردستاني||||
+ puk||الاتحاد الوطني الكوردستاني||||
+ pkk||حزب العمال الكوردستاني||||
+ kurdistan-24||كوردستان 24||||
+ greater-kurdistan||كوردستان الكبرى||||
+ kurdistan-of-iran||كوردستان إيران||||
+ rojava||كردستان سوريا;كوردستان سوريا||||
+ erbil||هولير||||
+ mount-hermon||جبل حرمون||||
+ syrian-desert||بادية الشام||||
+ tell-abyad||كري سبي||||
+ qaraqosh||قره قوش||||
+ allenby-bridge||جسر الكرامة||||
+ aqabat-jabr-camp||عقبة جبر||||
+ ibrahim-khalil||منفذ إبراهيم الخليل||||
+ nafusa-mountains||الجبل الغربي||||
+ al-qahtaniyah||تربسبية;تربه سبي||||
+ tamanrasset-province||تمنغست||||
+ dz-in-amenas||عين أميناس;إن أميناس;عين أمناس||||
+ jizan-region||جيزان||||
+ eg-city-136||بور فؤاد||||
+ zouerat||ازويرات||||
+ western-sahara||الصحراء المغربية||||
+ dezful||ديزفول||||
+ sistan-and-baluchestan-province||سيستان وبلوشستان||||
+ dardanelles||مضيق تشاناكالي||||
+ kadikoy||كاديكوي||||
+ sanliurfa||شانلي أورفا;أورفا||||
+ diyarbak-r-province||ديار بكر||||
+ hatay-province||هاتاي||||
+ kahramanmaras-province||كهرمان مرعش;قهرمان مرعش;مرعش||||
+ malatya-province||ملاطية;ملاطيا||||
+ ad-yaman-province||أدي يمان||||
+ elaz-g-province||إلازيغ||||
+ bingol-province||بينغول||||
+ bitlis-province||بتليس||||
+ hakkari-province||هكاري||||
+ tunceli-province||درسيم||||
+ bursa-province||مدينة بورصة;ولاية بورصة||||
+ kayseri-province||قيصري||||
+ erzurum-province||أرزروم||||
+ eskisehir-province||إسكي شهير;إسكيشهير||||
+ canakkale-province||جناق قلعة;تشاناكالي;تشاناكاله||||
+ tekirdag-province||تكيرداغ||||
+ kocaeli-province||كوجالي||||
+ sakarya-province||سكاريا;صقاريا||||
+ zonguldak-province||زونغولداك||||
+ amasya-province||أماسيا||||
+ k-rsehir-province||كيرشهير||||
+ nevsehir-province||نوشهير;نيفشهير||||
+ aksaray-province||أقصراي;أكسراي||||
+ bilecik-province||بيلجيك||||
+ corum-province||تشوروم||||
+ cank-r-province||تشانكيري||||
+ k-rklareli-province||كيركلاريلي;قرقلاريلي||||
+ erzincan-province||أرزنجان||||
+ gumushane-province||غوموشهانة||||
+ artvin-province||أرتفين||||
+ ardahan-province||أردهان||||
+ batman-province||باطمان||||
+ trarza-region||اترارزة||||
+ brakna-region||لبراكنة||||
+ guidimaka-region||غيدي ماغا||||
+ inchiri-region||إنشيري||||
+ ankawa||عنكاوا;عين كاوة||||
+ abasan-al-kabira||عبسان||||
+ petah-tikva||بيتاح تكفا||||
+ nahal-oz||ناحل عوز||||
+ ramat-david-air-base||قاعدة رامات ديفيد;رامات ديفيد||||
+ zamzam-camp||معسكر زمزم||||
+ dehiba||ذهيبة||||
+ errachidia||الرشيدية||||
+ mina||منى||||
+ perim||جزيرة بريم||||
+ abd-al-kuri-island||عبد الكوري||||
+ dubai-marina||مرسى دبي||||
+ al-khor||مدينة الخور||||
+ al-daayen||الظعاين||||
+ jidhafs||جد حفص||||
+ qandil-mountains||جبل قنديل||||
+ bandar-mahshahr||ماهشهر||||
+ mediterranean-sea||الأبيض المتوسط||||
+ arabian-peninsula||الجزيرة العربية;شبه جزيرة العرب||||
+ nepal||النيبال||||
+ peru||البيرو||||
+ uruguay||الأوروغواي;الأوروجواي;أوروجواي||||
+ paraguay||الباراغواي;الباراجواي;باراجواي||||
+ honduras||الهندوراس||||
+ dushanbe||دوشنبه||||
+ ticino||تيتشينو||||
`;

// Capitals and cities not among CLDR's time-zone cities, and regions and sites in the news.
const PLACES = `
L washington|واشنطن|واشنطن العاصمة|Washington, D.C.|Capital of the United States|Q61
L beijing|بكين|بيجين;بيجينغ;بيجينج|Beijing|Capital of China|Q956
L new-delhi|نيودلهي|نيو دلهي;دلهي|New Delhi|Capital of India
L ottawa|أوتاوا|أوتاوة|Ottawa|Capital of Canada
L canberra|كانبرا||Canberra|Capital of Australia
L brasilia|برازيليا||Brasília|Capital of Brazil
L ankara|أنقرة||Ankara|Capital of Turkey|Q3640
L islamabad|إسلام آباد|إسلام اباد|Islamabad|Capital of Pakistan
L abu-dhabi|أبوظبي|أبو ظبي|Abu Dhabi|Capital of the United Arab Emirates
L doha|الدوحة||Doha|Capital of Qatar|Q3861
L manama|المنامة||Manama|Capital of Bahrain
L kuwait-city|مدينة الكويت|الكويت العاصمة|Kuwait City|Capital of Kuwait
L rabat|الرباط||Rabat|Capital of Morocco
L algiers|الجزائر العاصمة||Algiers|Capital of Algeria
L tunis|تونس العاصمة||Tunis|Capital of Tunisia
L sanaa|صنعاء||Sanaa|Capital of Yemen
L ramallah|رام الله||Ramallah|Seat of the Palestinian Authority
L valletta|فاليتا|فاليتا العاصمة|Valletta|Capital of Malta
L bern|برن|بيرن|Bern|Capital of Switzerland
L wellington|ويلينغتون|ولينغتون|Wellington|Capital of New Zealand
L hanoi|هانوي||Hanoi|Capital of Vietnam
L naypyidaw|نايبيداو|نايبيتاو|Naypyidaw|Capital of Myanmar
L pretoria|بريتوريا||Pretoria|Executive capital of South Africa
L abuja|أبوجا||Abuja|Capital of Nigeria
L dodoma|دودوما||Dodoma|Capital of Tanzania
L astana|أستانا|نور سلطان|Astana|Capital of Kazakhstan
L yaounde|ياوندي||Yaoundé|Capital of Cameroon
L quito|كيتو||Quito|Capital of Ecuador
L san-jose|سان خوسيه||San José|Capital of Costa Rica
L san-salvador|سان سلفادور||San Salvador|Capital of El Salvador
L kingston|كينغستون||Kingston|Capital of Jamaica
L gitega|غيتيغا||Gitega|Capital of Burundi
L lilongwe|ليلونغوي||Lilongwe|Capital of Malawi
L moroni|موروني||Moroni|Capital of the Comoros
L praia|برايا||Praia|Capital of Cape Verde
L yamoussoukro|ياموسوكرو||Yamoussoukro|Capital of Ivory Coast
L bandar-seri-begawan|بندر سري بكاوان||Bandar Seri Begawan|Capital of Brunei
L pristina|بريشتينا||Pristina|Capital of Kosovo
L suva|سوفا||Suva|Capital of Fiji
L andorra-la-vella|أندورا لا فيلا||Andorra la Vella|Capital of Andorra
L sucre|سوكري||Sucre|Constitutional capital of Bolivia
L tel-aviv|تل أبيب|تل ابيب|Tel Aviv|City in Israel|Q33935
L haifa|حيفا||Haifa|City in Israel
L gaza-strip|قطاع غزة||Gaza Strip|Palestinian territory|Q39760
L west-bank|الضفة الغربية||West Bank|Palestinian territory|Q36678
L east-jerusalem|القدس الشرقية||East Jerusalem|Part of Jerusalem
L nablus|نابلس||Nablus|City in the West Bank
L jenin|جنين|مخيم جنين|Jenin|City in the West Bank
L rafah|رفح|معبر رفح|Rafah|City in the Gaza Strip
L khan-yunis|خان يونس|خانيونس|Khan Yunis|City in the Gaza Strip
L bethlehem|بيت لحم||Bethlehem|City in the West Bank
L jericho|أريحا||Jericho|City in the West Bank
L tulkarm|طولكرم||Tulkarm|City in the West Bank
L golan-heights|هضبة الجولان|الجولان;مرتفعات الجولان|Golan Heights|Region
L sinai|سيناء|شبه جزيرة سيناء|Sinai|Peninsula of Egypt
L aleppo|حلب||Aleppo|City in Syria
L homs|حمص||Homs|City in Syria
L idlib|إدلب||Idlib|City and province in Syria
L latakia|اللاذقية||Latakia|City in Syria
L deir-ez-zor|دير الزور||Deir ez-Zor|City in Syria
L raqqa|الرقة||Raqqa|City in Syria
L daraa|درعا||Daraa|City in Syria
L tartus|طرطوس||Tartus|City in Syria
L qamishli|القامشلي|قامشلو|Qamishli|City in Syria
L hasakah|الحسكة||Al-Hasakah|City in Syria
L mosul|الموصل||Mosul|City in Iraq
L basra|البصرة||Basra|City in Iraq
L erbil|أربيل||Erbil|City in Iraqi Kurdistan
L kirkuk|كركوك||Kirkuk|City in Iraq
L najaf|النجف||Najaf|City in Iraq
L karbala|كربلاء||Karbala|City in Iraq
L fallujah|الفلوجة||Fallujah|City in Iraq
L anbar|الأنبار|محافظة الأنبار|Anbar|Province of Iraq
L kurdistan-region|إقليم كردستان|كردستان العراق;كردستان|Kurdistan Region|Region of Iraq
L ahvaz|الأهواز|الأحواز|Ahvaz|City in Iran
L isfahan|أصفهان||Isfahan|City in Iran
L tabriz|تبريز||Tabriz|City in Iran
L shiraz|شيراز||Shiraz|City in Iran
L bandar-abbas|بندر عباس||Bandar Abbas|City in Iran
L strait-of-hormuz|مضيق هرمز||Strait of Hormuz|Strait
L hodeidah|الحديدة||Hodeidah|City in Yemen
L taiz|تعز||Taiz|City in Yemen
L marib|محافظة مأرب|مدينة مأرب|Marib|City in Yemen
L hadramawt|حضرموت||Hadramawt|Region of Yemen
L saada|صعدة||Saada|City in Yemen
L jeddah|جدة||Jeddah|City in Saudi Arabia
L mecca|مكة المكرمة|مكة|Mecca|City in Saudi Arabia
L medina|المدينة المنورة||Medina|City in Saudi Arabia
L dammam|الدمام||Dammam|City in Saudi Arabia
L neom|نيوم||Neom|Planned city in Saudi Arabia
L sharjah|الشارقة||Sharjah|City in the United Arab Emirates
L alexandria|الإسكندرية||Alexandria|City in Egypt
L port-said|بورسعيد|بور سعيد|Port Said|City in Egypt
L aswan|أسوان||Aswan|City in Egypt
L luxor|الأقصر||Luxor|City in Egypt
L suez|السويس||Suez|City in Egypt
L suez-canal|قناة السويس||Suez Canal|Canal in Egypt
L sharm-el-sheikh|شرم الشيخ||Sharm El Sheikh|City in Egypt
L giza|الجيزة||Giza|City in Egypt
L benghazi|بنغازي||Benghazi|City in Libya
L misrata|مصراتة||Misrata|City in Libya
L tobruk|طبرق||Tobruk|City in Libya
L oran|وهران||Oran|City in Algeria
L constantine|قسنطينة||Constantine|City in Algeria
L houari-boumediene-airport|مطار هواري بومدين الدولي|مطار هواري بومدين|Houari Boumediene Airport|Airport of Algiers, Algeria
L marrakesh|مراكش||Marrakesh|City in Morocco
L tangier|طنجة||Tangier|City in Morocco
L sfax|صفاقس||Sfax|City in Tunisia
L sousse|سوسة||Sousse|City in Tunisia
L omdurman|أم درمان||Omdurman|City in Sudan
L darfur|دارفور||Darfur|Region of Sudan
L el-fasher|الفاشر||El Fasher|City in Sudan
L port-sudan|بورتسودان|بور سودان|Port Sudan|City in Sudan
L sidon|صيدا||Sidon|City in Lebanon
L tyre|مدينة صور||Tyre|City in Lebanon
L baalbek|بعلبك||Baalbek|City in Lebanon
L dahieh|الضاحية الجنوبية|الضاحية الجنوبية لبيروت|Dahieh|Suburbs of Beirut
L izmir|إزمير||İzmir|City in Turkey
L antalya|أنطاليا||Antalya|City in Turkey
L gaziantep|غازي عنتاب||Gaziantep|City in Turkey
L kandahar|قندهار||Kandahar|City in Afghanistan
L herat|هرات||Herat|City in Afghanistan
L lahore|لاهور||Lahore|City in Pakistan
L peshawar|بيشاور||Peshawar|City in Pakistan
L kashmir|كشمير|إقليم كشمير|Kashmir|Region
L mumbai|مومباي|بومباي|Mumbai|City in India
L bangalore|بنغالور|بنغالورو|Bangalore|City in India
L wuhan|ووهان||Wuhan|City in China
L guangzhou|غوانزو|قوانغتشو|Guangzhou|City in China
L xinjiang|شينجيانغ|سنجان;تركستان الشرقية|Xinjiang|Region of China
L khorgos|خورغوس|قورغاس;خورغاس|Khorgos|Border town and dry port between China and Kazakhstan
L tacheng|تاتشنغ|تاشينغ|Tacheng|City in Xinjiang, China
L jizzakh|جيزاخ|جزاخ|Jizzakh|City in Uzbekistan
L torugart-pass|ممر توروغارت|توروغارت|Torugart Pass|Mountain pass between China and Kyrgyzstan
L galkynysh-gas-field|حقل غالكينيش|غالكينيش|Galkynysh gas field|Gas field in Turkmenistan
L south-lebanon|جنوب لبنان||South Lebanon|Region of Lebanon south of the Litani
L middle-euphrates|الفرات الأوسط||Middle Euphrates|Region of central southern Iraq
L al-shaab-stadium|ملعب الشعب الدولي|ملعب الشعب|Al-Shaab Stadium|Stadium in Baghdad, Iraq
L franso-hariri-stadium|ملعب فرانسو حريري|ملعب فرنسو حريري|Franso Hariri Stadium|Stadium in Erbil, Iraq
L inezgane-ait-melloul|إنزكان أيت ملول|إنزكان آيت ملول|Inezgane-Aït Melloul|Prefecture of Morocco
L agadir-ida-ou-tanane|أكادير إداوتنان|أكادير إدا وتنان|Agadir-Ida Ou Tanane|Prefecture of Morocco
L tamri|تامري||Tamri|Village north of Agadir, Morocco
L pas-de-calais|با دو كاليه|با-دو-كاليه|Pas-de-Calais|Department of France
L valenciennes|فالنسيان||Valenciennes|City in northern France
L chott-el-djerid|شط الجريد||Chott el Djerid|Salt lake in southern Tunisia
L nefzaoua|نفزاوة||Nefzaoua|Region of southern Tunisia around Kebili and Douz
L oued-souf|وادي سوف|وادي سوف الجزائري|Oued Souf|Region of south-eastern Algeria around El Oued
L istiklal-avenue|شارع الاستقلال||İstiklal Avenue|Street in Istanbul
L sabiha-gokcen-airport|مطار صبيحة كوكجن|مطار صبيحة غوكتشن;مطار صبيحة جوكجن|Sabiha Gökçen Airport|Airport of Istanbul
L tibet|التبت||Tibet|Region of China
L south-china-sea|بحر الصين الجنوبي||South China Sea|Sea
L taiwan-strait|مضيق تايوان||Taiwan Strait|Strait
L korean-peninsula|شبه الجزيرة الكورية||Korean Peninsula|Peninsula
L panmunjom|بانمونجوم||Panmunjom|Truce village in the Korean Demilitarized Zone
L busan|بوسان||Busan|City in South Korea
L incheon|إنتشون||Incheon|City in South Korea
L okinawa|أوكيناوا||Okinawa|Region of Japan
L hiroshima|هيروشيما||Hiroshima|City in Japan
L osaka|أوساكا||Osaka|City in Japan
L sea-of-japan|بحر اليابان||Sea of Japan|Sea
L donbas|دونباس|دونباس الأوكراني;حوض دونباس|Donbas|Region of Ukraine
L crimea|القرم|شبه جزيرة القرم|Crimea|Peninsula
L luhansk|لوغانسك|لوهانسك|Luhansk|City and region of Ukraine
L donetsk|دونيتسك||Donetsk|City and region of Ukraine
L kherson|خيرسون||Kherson|City and region of Ukraine
L zaporizhzhia|زابوريجيا|زابوروجيا;زاباروجيا|Zaporizhzhia|City and region of Ukraine
L kharkiv|خاركيف|خاركوف|Kharkiv|City in Ukraine
L mariupol|ماريوبول||Mariupol|City in Ukraine
L odesa|أوديسا||Odesa|City in Ukraine
L bakhmut|باخموت||Bakhmut|City in Ukraine
L avdiivka|أفديفكا||Avdiivka|City in Ukraine
L lviv|لفيف|لفوف|Lviv|City in Ukraine
L dnipro|دنيبرو||Dnipro|City in Ukraine
L sevastopol|سيفاستوبول||Sevastopol|City in Crimea
L kursk|كورسك||Kursk|City and region of Russia
L belgorod|بيلغورود||Belgorod|City and region of Russia
L saint-petersburg|سان بطرسبورغ|سانت بطرسبرغ;بطرسبورغ;سان بطرسبرغ|Saint Petersburg|City in Russia|Q656
L siberia|سيبيريا||Siberia|Region of Russia
L russian-far-east|الشرق الأقصى الروسي||Russian Far East|Region of Russia
L chechnya|الشيشان||Chechnya|Republic of Russia
L grozny|غروزني||Grozny|City in Russia
L murmansk|مورمانسك||Murmansk|City in Russia
L kazan|قازان|كازان|Kazan|City in Russia
L sochi|سوتشي||Sochi|City in Russia
L rostov-on-don|روستوف|روستوف على الدون|Rostov-on-Don|City in Russia
L amur-oblast|مقاطعة أمور||Amur Oblast|Region of Russia
L vostochny-cosmodrome|فوستوشني||Vostochny Cosmodrome|Spaceport in the Russian Far East
L nagorno-karabakh|ناغورنو كاراباخ|كاراباخ;قره باغ|Nagorno-Karabakh|Region
L transnistria|ترانسنيستريا||Transnistria|Region of Moldova
L abkhazia|أبخازيا||Abkhazia|Region of Georgia
L south-ossetia|أوسيتيا الجنوبية||South Ossetia|Region of Georgia
L middle-east|الشرق الأوسط||Middle East|Region
L balkans|البلقان||Balkans|Region
L caucasus|القوقاز||Caucasus|Region
L sahel|منطقة الساحل|الساحل الأفريقي|Sahel|Region of Africa
L arabian-peninsula|شبه الجزيرة العربية||Arabian Peninsula|Peninsula
L persian-gulf|الخليج العربي|الخليج الفارسي;الخليج|Persian Gulf|Sea
L gulf-of-aden|خليج عدن||Gulf of Aden|Sea
L bab-el-mandeb|باب المندب|مضيق باب المندب|Bab-el-Mandeb|Strait
L red-sea|البحر الأحمر||Red Sea|Sea
L black-sea|البحر الأسود||Black Sea|Sea
L mediterranean-sea|البحر المتوسط|البحر الأبيض المتوسط|Mediterranean Sea|Sea
L baltic-sea|بحر البلطيق||Baltic Sea|Sea
L sea-of-azov|بحر آزوف||Sea of Azov|Sea
L caspian-sea|بحر قزوين||Caspian Sea|Sea
L pacific-ocean|المحيط الهادئ|المحيط الهادي|Pacific Ocean|Ocean
L atlantic-ocean|المحيط الأطلسي||Atlantic Ocean|Ocean
L indian-ocean|المحيط الهندي||Indian Ocean|Ocean
L arctic|القطب الشمالي||Arctic|Region
L geneva|جنيف||Geneva|City in Switzerland
L davos|دافوس||Davos|Town in Switzerland
L strasbourg|ستراسبورغ||Strasbourg|City in France
L marseille|مرسيليا|مارسيليا|Marseille|City in France
L lyon|ليون||Lyon|City in France
L munich|ميونيخ||Munich|City in Germany
L frankfurt|فرانكفورت||Frankfurt|City in Germany
L hamburg|هامبورغ||Hamburg|City in Germany
L milan|ميلانو||Milan|City in Italy
L naples|نابولي||Naples|City in Italy
L barcelona|برشلونة||Barcelona|City in Spain
L manchester|مانشستر||Manchester|City in England
L liverpool|ليفربول||Liverpool|City in England
L edinburgh|إدنبرة|أدنبره|Edinburgh|Capital of Scotland
L scotland|اسكتلندا|إسكتلندا|Scotland|Country of the United Kingdom
L wales|ويلز||Wales|Country of the United Kingdom
L england|إنجلترا|إنكلترا|England|Country of the United Kingdom
L northern-ireland|أيرلندا الشمالية|إيرلندا الشمالية|Northern Ireland|Part of the United Kingdom
L san-francisco|سان فرانسيسكو||San Francisco|City in the United States
L miami|ميامي||Miami|City in the United States
L houston|هيوستن||Houston|City in the United States
L boston|بوسطن||Boston|City in the United States
L florida|فلوريدا||Florida|US state
L texas|تكساس||Texas|US state
L california|كاليفورنيا||California|US state
L alaska|ألاسكا||Alaska|US state
L hawaii|هاواي||Hawaii|US state
L camp-david|كامب ديفيد||Camp David|Presidential retreat in the United States
L montreal|مونتريال||Montreal|City in Canada
L rio-de-janeiro|ريو دي جانيرو||Rio de Janeiro|City in Brazil
L perth|بيرث||Perth|City in Australia
`;

// Heads of state and government, foreign and defence ministers, spokespeople and other
// figures of international news in the 2020s.
const PEOPLE = `
P vladimir-putin|فلاديمير بوتين|بوتين|Vladimir Putin|President of Russia|Q7747
P dmitry-peskov|دميتري بيسكوف|ديمتري بيسكوف;بيسكوف|Dmitry Peskov|Kremlin spokesman
P sergey-lavrov|سيرغي لافروف|سيرجي لافروف;لافروف|Sergey Lavrov|Foreign Minister of Russia
P sergei-shoigu|سيرغي شويغو|شويغو|Sergei Shoigu|Defence Minister of Russia (2012–2024), Secretary of the Security Council
P andrei-belousov|أندريه بيلوسوف|بيلوسوف|Andrei Belousov|Defence Minister of Russia from 2024
P dmitry-medvedev|دميتري مدفيديف|ديمتري مدفيديف;مدفيديف;ميدفيديف|Dmitry Medvedev|Deputy Chairman of the Security Council of Russia|Q23530
P maria-zakharova|ماريا زاخاروفا|زاخاروفا|Maria Zakharova|Spokeswoman of the Russian Foreign Ministry
P mikhail-mishustin|ميخائيل ميشوستين|ميشوستين|Mikhail Mishustin|Prime Minister of Russia
P valery-gerasimov|فاليري غيراسيموف|غيراسيموف|Valery Gerasimov|Chief of the Russian General Staff
P yevgeny-prigozhin|يفغيني بريغوجين|بريغوجين;يفجيني بريجوجين|Yevgeny Prigozhin|Founder of the Wagner Group
P ramzan-kadyrov|رمضان قديروف|قديروف|Ramzan Kadyrov|Head of the Chechen Republic
P alexei-navalny|أليكسي نافالني|نافالني|Alexei Navalny|Russian opposition leader
P vasily-nebenzya|فاسيلي نيبينزيا|نيبينزيا|Vasily Nebenzya|Russian Ambassador to the United Nations
P sergei-ryabkov|سيرغي ريابكوف|ريابكوف|Sergei Ryabkov|Deputy Foreign Minister of Russia
P yuri-ushakov|يوري أوشاكوف|أوشاكوف|Yuri Ushakov|Kremlin foreign-policy aide
P alexander-lukashenko|ألكسندر لوكاشينكو|لوكاشينكو;ألكسندر لوكاشنكو|Alexander Lukashenko|President of Belarus
P volodymyr-zelensky|فولوديمير زيلينسكي|زيلينسكي;فلاديمير زيلينسكي|Volodymyr Zelensky|President of Ukraine|Q3874799
P dmytro-kuleba|دميترو كوليبا|كوليبا|Dmytro Kuleba|Foreign Minister of Ukraine (2020–2024)
P andrii-sybiha|أندريه سيبيها|سيبيها|Andrii Sybiha|Foreign Minister of Ukraine from 2024
P oleksii-reznikov|أوليكسي ريزنيكوف|ريزنيكوف|Oleksii Reznikov|Defence Minister of Ukraine (2021–2023)
P rustem-umerov|رستم عمروف|عمروف;رستم أوميروف|Rustem Umerov|Defence Minister of Ukraine from 2023
P denys-shmyhal|دينيس شميهال|شميهال|Denys Shmyhal|Prime Minister of Ukraine
P valerii-zaluzhnyi|فاليري زالوجني|زالوجني|Valerii Zaluzhnyi|Commander-in-Chief of Ukraine's armed forces (2021–2024)
P oleksandr-syrskyi|أولكسندر سيرسكي|سيرسكي|Oleksandr Syrskyi|Commander-in-Chief of Ukraine's armed forces from 2024
P andriy-yermak|أندريه يرماك|يرماك|Andriy Yermak|Head of the Office of the President of Ukraine
P joe-biden|جو بايدن|بايدن|Joe Biden|President of the United States (2021–2025)|Q6279
P donald-trump|دونالد ترامب|ترامب;ترمب|Donald Trump|President of the United States|Q22686
P kamala-harris|كامالا هاريس|هاريس|Kamala Harris|Vice President of the United States (2021–2025)|Q10853588
P barack-obama|باراك أوباما|أوباما|Barack Obama|President of the United States (2009–2017)|Q76
P jd-vance|جي دي فانس|فانس|JD Vance|Vice President of the United States from 2025
P antony-blinken|أنتوني بلينكن|بلينكن;أنطوني بلينكن|Antony Blinken|Secretary of State of the United States (2021–2025)
P marco-rubio|ماركو روبيو|روبيو|Marco Rubio|Secretary of State of the United States from 2025
P mike-pompeo|مايك بومبيو|بومبيو|Mike Pompeo|Secretary of State of the United States (2018–2021)
P lloyd-austin|لويد أوستن|أوستن|Lloyd Austin|Secretary of Defense of the United States (2021–2025)
P pete-hegseth|بيت هيغسيث|هيغسيث|Pete Hegseth|Secretary of Defense of the United States from 2025
P jake-sullivan|جيك سوليفان|سوليفان|Jake Sullivan|US National Security Advisor (2021–2025)
P john-kirby|جون كيربي|كيربي|John Kirby|US National Security Council spokesman
P matthew-miller|ماثيو ميلر|ماثيو ميللر;ميلر;ميللر|Matthew Miller|US State Department spokesman (2023–2025)
P ned-price|نيد برايس|برايس|Ned Price|US State Department spokesman (2021–2023)
P karine-jean-pierre|كارين جان بيير|جان بيير|Karine Jean-Pierre|White House press secretary (2022–2025)
P karoline-leavitt|كارولين ليفيت|ليفيت|Karoline Leavitt|White House press secretary from 2025
P linda-thomas-greenfield|ليندا توماس غرينفيلد|توماس غرينفيلد|Linda Thomas-Greenfield|US Ambassador to the United Nations (2021–2025)
P william-burns|وليام بيرنز|بيرنز;ويليام بيرنز|William Burns|Director of the CIA (2021–2025)
P mark-milley|مارك ميلي|ميلي|Mark Milley|Chairman of the US Joint Chiefs of Staff (2019–2023)
P steve-witkoff|ستيف ويتكوف|ويتكوف|Steve Witkoff|US special envoy
P amos-hochstein|آموس هوكستين|هوكستين|Amos Hochstein|US envoy
P xi-jinping|شي جين بينغ|شي جينبينغ;شي جين بينج|Xi Jinping|President of China|Q15031
P li-qiang|لي تشيانغ|لي تشيانج|Li Qiang|Premier of China
P li-keqiang|لي كه تشيانغ|لي كيه تشيانغ|Li Keqiang|Premier of China (2013–2023)
P wang-yi|وانغ يي|وانج يي|Wang Yi|Foreign Minister of China
P qin-gang|تشين غانغ|تشين جانج|Qin Gang|Foreign Minister of China (2023)
P dong-jun|دونغ جون||Dong Jun|Defence Minister of China
P li-shangfu|لي شانغفو|لي شانغ فو|Li Shangfu|Defence Minister of China (2023)
P mao-ning|ماو نينغ|ماو نينج|Mao Ning|Spokeswoman of the Chinese Foreign Ministry
P wang-wenbin|وانغ وين بين|وانغ ونبين|Wang Wenbin|Spokesman of the Chinese Foreign Ministry
P lin-jian|لين جيان||Lin Jian|Spokesman of the Chinese Foreign Ministry
P kim-jong-un|كيم جونغ أون|كيم;كيم جونغ-أون;كيم جونغ اون|Kim Jong Un|Supreme Leader of North Korea|Q56226
P kim-yo-jong|كيم يو جونغ|كيم يو-جونغ|Kim Yo Jong|Senior official of North Korea, sister of Kim Jong Un
P choe-son-hui|تشوي سون هوي|تشوي سون هي|Choe Son Hui|Foreign Minister of North Korea
P kim-jong-il|كيم جونغ إيل|كيم جونغ ايل|Kim Jong Il|Leader of North Korea (1994–2011)
P kim-il-sung|كيم إيل سونغ|كيم ايل سونغ|Kim Il Sung|Founder of North Korea
P yoon-suk-yeol|يون سوك يول|يون سوك-يول|Yoon Suk Yeol|President of South Korea (2022–2025)
P moon-jae-in|مون جاي إن|مون جيه إن|Moon Jae-in|President of South Korea (2017–2022)|Q21001
P lee-jae-myung|لي جاي ميونغ|لي جيه ميونغ|Lee Jae-myung|President of South Korea from 2025
P park-jin|بارك جين||Park Jin|Foreign Minister of South Korea (2022–2024)
P cho-tae-yul|تشو تاي يول|تشو تاي-يول|Cho Tae-yul|Foreign Minister of South Korea (2024–2025)
P shin-won-sik|شين وون سيك||Shin Won-sik|Defence Minister of South Korea (2023–2024)
P han-duck-soo|هان دوك سو|هان دوك-سو|Han Duck-soo|Prime Minister of South Korea
P fumio-kishida|فوميو كيشيدا|كيشيدا|Fumio Kishida|Prime Minister of Japan (2021–2024)
P shigeru-ishiba|شيغيرو إيشيبا|إيشيبا|Shigeru Ishiba|Prime Minister of Japan (2024–2025)
P sanae-takaichi|ساناي تاكايتشي|تاكايتشي|Sanae Takaichi|Prime Minister of Japan from 2025
P shinzo-abe|شينزو آبي|آبي|Shinzo Abe|Prime Minister of Japan (2012–2020)|Q132345
P yoshihide-suga|يوشيهيدي سوغا|سوغا|Yoshihide Suga|Prime Minister of Japan (2020–2021)
P yoko-kamikawa|يوكو كاميكاوا|كاميكاوا|Yoko Kamikawa|Foreign Minister of Japan (2023–2024)
P yoshimasa-hayashi|يوشيماسا هاياشي|هاياشي|Yoshimasa Hayashi|Foreign Minister of Japan (2021–2023), Chief Cabinet Secretary
P hirokazu-matsuno|هيروكازو ماتسونو|ماتسونو|Hirokazu Matsuno|Chief Cabinet Secretary of Japan (2021–2023)
P takeshi-iwaya|تاكيشي إيوايا|إيوايا|Takeshi Iwaya|Foreign Minister of Japan (2024–2025)
P minoru-kihara|مينورو كيهارا|كيهارا|Minoru Kihara|Defence Minister of Japan
P ruhollah-khomeini|روح الله الخميني|الخميني;روح الله الموسوي الخميني|Ruhollah Khomeini|Founder and first Supreme Leader of the Islamic Republic of Iran (1979–1989)
P ali-khamenei|علي خامنئي|خامنئي;علي الخامنئي;الخامنئي|Ali Khamenei|Supreme Leader of Iran|Q57336
P ebrahim-raisi|إبراهيم رئيسي||Ebrahim Raisi|President of Iran (2021–2024)
P masoud-pezeshkian|مسعود بزشكيان|بزشكيان;بيزشكيان;مسعود بيزشكيان|Masoud Pezeshkian|President of Iran from 2024
P hossein-amir-abdollahian|حسين أمير عبد اللهيان|أمير عبد اللهيان;عبد اللهيان|Hossein Amir-Abdollahian|Foreign Minister of Iran (2021–2024)
P abbas-araghchi|عباس عراقجي|عراقجي|Abbas Araghchi|Foreign Minister of Iran from 2024
P nasser-kanaani|ناصر كنعاني|كنعاني|Nasser Kanaani|Spokesman of the Iranian Foreign Ministry
P esmaeil-baghaei|إسماعيل بقائي|بقائي|Esmaeil Baghaei|Spokesman of the Iranian Foreign Ministry
P javad-zarif|محمد جواد ظريف|جواد ظريف|Mohammad Javad Zarif|Foreign Minister of Iran (2013–2021)
P hassan-rouhani|حسن روحاني||Hassan Rouhani|President of Iran (2013–2021)
P qasem-soleimani|قاسم سليماني|سليماني|Qasem Soleimani|Commander of the Quds Force (killed 2020)
P benjamin-netanyahu|بنيامين نتنياهو|نتنياهو;نتانياهو|Benjamin Netanyahu|Prime Minister of Israel|Q43723
P yoav-gallant|يوآف غالانت|غالانت;يوآف جالانت|Yoav Gallant|Defence Minister of Israel (2022–2024)
P israel-katz|يسرائيل كاتس|كاتس|Israel Katz|Defence Minister of Israel from 2024
P gideon-saar|جدعون ساعر|ساعر|Gideon Sa'ar|Foreign Minister of Israel from 2024
P eli-cohen|إيلي كوهين||Eli Cohen|Foreign Minister of Israel (2023–2024)
P isaac-herzog|إسحاق هرتسوغ|هرتسوغ|Isaac Herzog|President of Israel
P yair-lapid|يائير لابيد|لابيد|Yair Lapid|Prime Minister of Israel (2022)
P naftali-bennett|نفتالي بينيت|بينيت|Naftali Bennett|Prime Minister of Israel (2021–2022)
P benny-gantz|بيني غانتس|غانتس|Benny Gantz|Israeli politician
P itamar-ben-gvir|إيتمار بن غفير|بن غفير|Itamar Ben-Gvir|Israeli minister
P bezalel-smotrich|بتسلئيل سموتريتش|سموتريتش|Bezalel Smotrich|Israeli finance minister
P herzi-halevi|هرتسي هاليفي|هاليفي|Herzi Halevi|Chief of the Israeli General Staff (2023–2025)
P daniel-hagari|دانيال هاغاري|هاغاري|Daniel Hagari|Spokesman of the Israeli army
P avichay-adraee|أفيخاي أدرعي|أدرعي|Avichay Adraee|Arabic-language spokesman of the Israeli army
P mahmoud-abbas|محمود عباس|أبو مازن|Mahmoud Abbas|President of the State of Palestine|Q127998
P mohammad-shtayyeh|محمد اشتية|اشتية|Mohammad Shtayyeh|Prime Minister of Palestine (2019–2024)
P mohammad-mustafa|محمد مصطفى||Mohammad Mustafa|Prime Minister of Palestine from 2024
P riyad-al-maliki|رياض المالكي||Riyad al-Maliki|Foreign Minister of Palestine (2007–2024)
P ismail-haniyeh|إسماعيل هنية|هنية|Ismail Haniyeh|Head of Hamas's political bureau (killed 2024)
P yahya-sinwar|يحيى السنوار|السنوار|Yahya Sinwar|Hamas leader (killed 2024)
P khaled-mashal|خالد مشعل||Khaled Mashal|Hamas leader
P abu-obaida|أبو عبيدة||Abu Obaida|Spokesman of the Qassam Brigades
P hassan-nasrallah|حسن نصر الله|نصر الله;نصرالله|Hassan Nasrallah|Secretary-General of Hezbollah (killed 2024)
P naim-qassem|نعيم قاسم||Naim Qassem|Secretary-General of Hezbollah from 2024
P abdul-malik-al-houthi|عبد الملك الحوثي||Abdul-Malik al-Houthi|Leader of the Houthi movement
P yahya-saree|يحيى سريع||Yahya Saree|Spokesman of the Houthi forces
P salman-bin-abdulaziz|سلمان بن عبد العزيز|سلمان بن عبدالعزيز|Salman bin Abdulaziz|King of Saudi Arabia
P mohammed-bin-salman|محمد بن سلمان|محمد بن سلمان آل سعود|Mohammed bin Salman|Crown Prince and Prime Minister of Saudi Arabia
P faisal-bin-farhan|فيصل بن فرحان|فيصل بن فرحان آل سعود|Faisal bin Farhan|Foreign Minister of Saudi Arabia
P khalid-bin-salman|خالد بن سلمان||Khalid bin Salman|Defence Minister of Saudi Arabia
P mohamed-bin-zayed|محمد بن زايد|محمد بن زايد آل نهيان|Mohamed bin Zayed|President of the United Arab Emirates
P abdullah-bin-zayed|عبد الله بن زايد|عبدالله بن زايد|Abdullah bin Zayed|Foreign Minister of the United Arab Emirates
P mohammed-bin-rashid|محمد بن راشد|محمد بن راشد آل مكتوم|Mohammed bin Rashid|Vice President and Prime Minister of the UAE, Ruler of Dubai
P tamim-bin-hamad|تميم بن حمد|تميم بن حمد آل ثاني|Tamim bin Hamad|Emir of Qatar
P mohammed-bin-abdulrahman|محمد بن عبد الرحمن آل ثاني|محمد بن عبدالرحمن آل ثاني|Mohammed bin Abdulrahman Al Thani|Prime Minister and Foreign Minister of Qatar
P majed-al-ansari|ماجد الأنصاري||Majed al-Ansari|Spokesman of the Qatari Foreign Ministry
P mishal-al-ahmad|مشعل الأحمد|مشعل الأحمد الجابر الصباح|Mishal Al-Ahmad|Emir of Kuwait
P nawaf-al-ahmad|نواف الأحمد الجابر الصباح|نواف الأحمد|Nawaf Al-Ahmad|Emir of Kuwait (2020–2023)
P hamad-bin-isa|حمد بن عيسى|حمد بن عيسى آل خليفة|Hamad bin Isa|King of Bahrain
P haitham-bin-tariq|هيثم بن طارق||Haitham bin Tarik|Sultan of Oman
P badr-albusaidi|بدر البوسعيدي|البوسعيدي|Badr Albusaidi|Foreign Minister of Oman
P abdullah-ii|عبد الله الثاني|عبدالله الثاني|Abdullah II|King of Jordan
P ayman-safadi|أيمن الصفدي|الصفدي|Ayman Safadi|Foreign Minister of Jordan
P abdel-fattah-el-sisi|عبد الفتاح السيسي|السيسي;عبدالفتاح السيسي|Abdel Fattah el-Sisi|President of Egypt
P sameh-shoukry|سامح شكري||Sameh Shoukry|Foreign Minister of Egypt (2014–2024)
P badr-abdelatty|بدر عبد العاطي|عبد العاطي|Badr Abdelatty|Foreign Minister of Egypt from 2024
P mostafa-madbouly|مصطفى مدبولي|مدبولي|Mostafa Madbouly|Prime Minister of Egypt
P recep-tayyip-erdogan|رجب طيب أردوغان|أردوغان;طيب أردوغان|Recep Tayyip Erdoğan|President of Turkey|Q39259
P hakan-fidan|هاكان فيدان|فيدان|Hakan Fidan|Foreign Minister of Turkey
P mevlut-cavusoglu|مولود تشاووش أوغلو|تشاووش أوغلو|Mevlüt Çavuşoğlu|Foreign Minister of Turkey (2014–2023)
P yasar-guler|يشار غولر|غولر|Yaşar Güler|Defence Minister of Turkey
P hulusi-akar|خلوصي أكار|أكار|Hulusi Akar|Defence Minister of Turkey (2018–2023)
P bashar-al-assad|بشار الأسد||Bashar al-Assad|President of Syria (2000–2024)|Q44329
P faisal-mekdad|فيصل المقداد|المقداد|Faisal Mekdad|Foreign Minister of Syria (2020–2024)
P ahmed-al-sharaa|أحمد الشرع|أبو محمد الجولاني;الجولاني|Ahmed al-Sharaa|President of Syria from 2025
P asaad-al-shaibani|أسعد الشيباني|الشيباني|Asaad al-Shaibani|Foreign Minister of Syria from 2025
P mohammed-shia-al-sudani|محمد شياع السوداني||Mohammed Shia al-Sudani|Prime Minister of Iraq
P fuad-hussein|فؤاد حسين||Fuad Hussein|Foreign Minister of Iraq
P abdul-latif-rashid|عبد اللطيف رشيد||Abdul Latif Rashid|President of Iraq
P mustafa-al-kadhimi|مصطفى الكاظمي|الكاظمي|Mustafa Al-Kadhimi|Prime Minister of Iraq (2020–2022)
P najib-mikati|نجيب ميقاتي|ميقاتي|Najib Mikati|Prime Minister of Lebanon (2021–2025)
P joseph-aoun|جوزيف عون||Joseph Aoun|President of Lebanon from 2025
P nawaf-salam|نواف سلام||Nawaf Salam|Prime Minister of Lebanon from 2025
P michel-aoun|ميشال عون|ميشيل عون|Michel Aoun|President of Lebanon (2016–2022)
P nabih-berri|نبيه بري||Nabih Berri|Speaker of the Lebanese Parliament
P abdallah-bou-habib|عبد الله بو حبيب|بو حبيب|Abdallah Bou Habib|Foreign Minister of Lebanon (2021–2025)
P abdelmadjid-tebboune|عبد المجيد تبون|تبون|Abdelmadjid Tebboune|President of Algeria
P mohammed-vi|محمد السادس||Mohammed VI|King of Morocco
P nasser-bourita|ناصر بوريطة|بوريطة|Nasser Bourita|Foreign Minister of Morocco
P kais-saied|قيس سعيد||Kais Saied|President of Tunisia
P abdul-hamid-dbeibah|عبد الحميد الدبيبة|الدبيبة|Abdul Hamid Dbeibah|Prime Minister of Libya's Government of National Unity
P khalifa-haftar|خليفة حفتر|حفتر|Khalifa Haftar|Commander of the Libyan National Army
P abdel-fattah-al-burhan|عبد الفتاح البرهان|البرهان|Abdel Fattah al-Burhan|Chairman of Sudan's Sovereignty Council
P mohamed-hamdan-dagalo|محمد حمدان دقلو|حميدتي;دقلو|Mohamed Hamdan Dagalo|Commander of the Rapid Support Forces
P mohamed-ould-ghazouani|محمد ولد الغزواني|ولد الغزواني;محمد ولد الشيخ الغزواني|Mohamed Ould Ghazouani|President of Mauritania
P abiy-ahmed|آبي أحمد||Abiy Ahmed|Prime Minister of Ethiopia
P emmanuel-macron|إيمانويل ماكرون|ماكرون;ايمانويل ماكرون|Emmanuel Macron|President of France|Q3052772
P catherine-colonna|كاترين كولونا|كولونا|Catherine Colonna|Foreign Minister of France (2022–2024)
P stephane-sejourne|ستيفان سيجورنيه|سيجورنيه|Stéphane Séjourné|Foreign Minister of France (2024)
P jean-noel-barrot|جان نويل بارو|بارو|Jean-Noël Barrot|Foreign Minister of France from 2024
P sebastien-lecornu|سيباستيان لوكورنو|لوكورنو|Sébastien Lecornu|French Defence Minister, later Prime Minister
P gabriel-attal|غابرييل أتال|أتال|Gabriel Attal|Prime Minister of France (2024)
P michel-barnier|ميشال بارنييه|بارنييه|Michel Barnier|Prime Minister of France (2024)
P francois-bayrou|فرانسوا بايرو|بايرو|François Bayrou|Prime Minister of France (2024–2025)
P olaf-scholz|أولاف شولتس|شولتس;شولتز;أولاف شولتز|Olaf Scholz|Chancellor of Germany (2021–2025)|Q61053
P friedrich-merz|فريدريش ميرتس|ميرتس;ميرز|Friedrich Merz|Chancellor of Germany from 2025
P angela-merkel|أنغيلا ميركل|ميركل;أنجيلا ميركل|Angela Merkel|Chancellor of Germany (2005–2021)|Q567
P annalena-baerbock|أنالينا بيربوك|بيربوك|Annalena Baerbock|Foreign Minister of Germany (2021–2025)
P boris-pistorius|بوريس بيستوريوس|بيستوريوس|Boris Pistorius|Defence Minister of Germany
P frank-walter-steinmeier|فرانك فالتر شتاينماير|شتاينماير|Frank-Walter Steinmeier|President of Germany
P rishi-sunak|ريشي سوناك|سوناك|Rishi Sunak|Prime Minister of the United Kingdom (2022–2024)
P keir-starmer|كير ستارمر|ستارمر|Keir Starmer|Prime Minister of the United Kingdom from 2024
P boris-johnson|بوريس جونسون|جونسون|Boris Johnson|Prime Minister of the United Kingdom (2019–2022)|Q180589
P liz-truss|ليز تراس||Liz Truss|Prime Minister of the United Kingdom (2022)
P james-cleverly|جيمس كليفرلي|كليفرلي|James Cleverly|Foreign Secretary of the United Kingdom (2022–2023)
P david-cameron|ديفيد كاميرون|كاميرون|David Cameron|Foreign Secretary of the United Kingdom (2023–2024)
P david-lammy|ديفيد لامي|لامي|David Lammy|Foreign Secretary of the United Kingdom (2024–2025)
P ben-wallace|بن والاس|والاس|Ben Wallace|Defence Secretary of the United Kingdom (2019–2023)
P grant-shapps|غرانت شابس|شابس|Grant Shapps|Defence Secretary of the United Kingdom (2023–2024)
P john-healey|جون هيلي|هيلي|John Healey|Defence Secretary of the United Kingdom from 2024
P king-charles-iii|تشارلز الثالث||Charles III|King of the United Kingdom
P giorgia-meloni|جورجيا ميلوني|ميلوني|Giorgia Meloni|Prime Minister of Italy
P antonio-tajani|أنطونيو تاياني|تاياني|Antonio Tajani|Foreign Minister of Italy
P pedro-sanchez|بيدرو سانشيز|سانشيز|Pedro Sánchez|Prime Minister of Spain
P jose-manuel-albares|خوسيه مانويل ألباريس|ألباريس|José Manuel Albares|Foreign Minister of Spain
P ursula-von-der-leyen|أورسولا فون دير لاين|فون دير لاين|Ursula von der Leyen|President of the European Commission
P charles-michel|شارل ميشال||Charles Michel|President of the European Council (2019–2024)
P antonio-costa|أنطونيو كوستا||António Costa|President of the European Council from 2024
P josep-borrell|جوزيب بوريل|بوريل|Josep Borrell|EU High Representative for Foreign Affairs (2019–2024)
P kaja-kallas|كايا كالاس|كالاس|Kaja Kallas|EU High Representative for Foreign Affairs from 2024
P jens-stoltenberg|ينس ستولتنبرغ|ستولتنبرغ|Jens Stoltenberg|Secretary General of NATO (2014–2024)
P mark-rutte|مارك روته|روته|Mark Rutte|Secretary General of NATO from 2024
P antonio-guterres|أنطونيو غوتيريش|غوتيريش;غوتيريس|António Guterres|Secretary-General of the United Nations
P stephane-dujarric|ستيفان دوجاريك|دوجاريك|Stéphane Dujarric|Spokesman of the UN Secretary-General
P rafael-grossi|رافائيل غروسي|غروسي|Rafael Grossi|Director General of the IAEA
P tedros-adhanom|تيدروس أدهانوم غيبريسوس|تيدروس;تيدروس أدهانوم;تيدروس أدهانوم غيبرييسوس;تيدروس غيبريسوس|Tedros Adhanom Ghebreyesus|Director-General of the WHO
P ahmed-aboul-gheit|أحمد أبو الغيط|أبو الغيط|Ahmed Aboul Gheit|Secretary-General of the Arab League
P pope-francis|فرنسيس||Pope Francis|Pope (2013–2025)
P pope-leo-xiv|لاوون الرابع عشر|ليو الرابع عشر;لاوُن الرابع عشر|Pope Leo XIV|Pope from 2025
P pietro-parolin|بيترو بارولين|بييترو بارولين;بارولين|Pietro Parolin|Cardinal Secretary of State of the Holy See
P bechara-al-rai|بشارة بطرس الراعي|بشارة الراعي|Bechara Boutros al-Rahi|Maronite Patriarch of Antioch from 2011
P louis-sako|لويس روفائيل ساكو|لويس ساكو;روفائيل ساكو|Louis Raphaël Sako|Chaldean Catholic Patriarch of Babylon from 2013
P ignatius-joseph-younan|إغناطيوس يوسف الثالث يونان|يوسف الثالث يونان|Ignatius Joseph III Younan|Syriac Catholic Patriarch of Antioch from 2009
P ibrahim-isaac-sidrak|إبراهيم إسحق سدراك|إبراهيم إسحاق سدراك|Ibrahim Isaac Sidrak|Coptic Catholic Patriarch of Alexandria from 2013
P tawadros-ii|تواضروس الثاني|تواضروس|Pope Tawadros II|Coptic Orthodox Pope of Alexandria from 2012
P narendra-modi|ناريندرا مودي|مودي|Narendra Modi|Prime Minister of India|Q1058
P subrahmanyam-jaishankar|سوبرامانيام جايشانكار|جايشانكار|Subrahmanyam Jaishankar|Foreign Minister of India
P rajnath-singh|راجناث سينغ||Rajnath Singh|Defence Minister of India
P shehbaz-sharif|شهباز شريف||Shehbaz Sharif|Prime Minister of Pakistan
P imran-khan|عمران خان||Imran Khan|Prime Minister of Pakistan (2018–2022)
P asim-munir|عاصم منير||Asim Munir|Chief of Army Staff of Pakistan
P ishaq-dar|إسحاق دار||Ishaq Dar|Foreign Minister of Pakistan
P hibatullah-akhundzada|هبة الله آخوند زاده|هبة الله أخوند زاده|Hibatullah Akhundzada|Supreme Leader of the Taliban
P zabihullah-mujahid|ذبيح الله مجاهد||Zabihullah Mujahid|Spokesman of the Taliban
P francois-legault|فرانسوا لوغو|فرانسوا لوجو;فرانسوا ليغو|François Legault|Premier of Quebec from 2018
P justin-trudeau|جاستن ترودو|ترودو|Justin Trudeau|Prime Minister of Canada (2015–2025)|Q3099714
P mark-carney|مارك كارني|كارني|Mark Carney|Prime Minister of Canada from 2025
P anthony-albanese|أنتوني ألبانيزي|ألبانيزي|Anthony Albanese|Prime Minister of Australia
P luiz-inacio-lula-da-silva|لويس إيناسيو لولا دا سيلفا|لولا دا سيلفا|Luiz Inácio Lula da Silva|President of Brazil
P javier-milei|خافيير ميلي||Javier Milei|President of Argentina
P nicolas-maduro|نيكولاس مادورو|مادورو|Nicolás Maduro|President of Venezuela
P andrzej-duda|أندريه دودا|دودا|Andrzej Duda|President of Poland (2015–2025)
P donald-tusk|دونالد توسك|توسك|Donald Tusk|Prime Minister of Poland
P viktor-orban|فيكتور أوربان|أوربان|Viktor Orbán|Prime Minister of Hungary
P ilham-aliyev|إلهام علييف|علييف|Ilham Aliyev|President of Azerbaijan
P nikol-pashinyan|نيكول باشينيان|باشينيان|Nikol Pashinyan|Prime Minister of Armenia
P kassym-jomart-tokayev|قاسم جومارت توكاييف|توكاييف|Kassym-Jomart Tokayev|President of Kazakhstan
P prabowo-subianto|برابوو سوبيانتو|برابوو|Prabowo Subianto|President of Indonesia
P joko-widodo|جوكو ويدودو|ويدودو|Joko Widodo|President of Indonesia (2014–2024)
P anwar-ibrahim|أنور إبراهيم||Anwar Ibrahim|Prime Minister of Malaysia
P lai-ching-te|لاي تشينغ تي|لاي تشينغ-تي|Lai Ching-te|President of Taiwan from 2024
P tsai-ing-wen|تساي إنغ ون|تساي إنغ-ون|Tsai Ing-wen|President of Taiwan (2016–2024)
P elon-musk|إيلون ماسك|ماسك|Elon Musk|Businessman
P kristalina-georgieva|كريستالينا غورغييفا|غورغييفا|Kristalina Georgieva|Managing Director of the IMF
P volker-turk|فولكر تورك||Volker Türk|UN High Commissioner for Human Rights
P martin-griffiths|مارتن غريفيث|غريفيث|Martin Griffiths|UN humanitarian chief (2021–2024)
P tom-fletcher|توم فليتشر|فليتشر|Tom Fletcher|UN humanitarian chief from 2024
P philippe-lazzarini|فيليب لازاريني|لازاريني|Philippe Lazzarini|Commissioner-General of UNRWA
P francesca-albanese|فرانشيسكا ألبانيزي||Francesca Albanese|UN Special Rapporteur on the Palestinian territories
P karim-khan|كريم خان||Karim Khan|Prosecutor of the International Criminal Court
P moussa-faki|موسى فكي|موسى فقي محمد|Moussa Faki|Chairperson of the African Union Commission (2017–2025)
P jasem-albudaiwi|جاسم البديوي|البديوي|Jasem Albudaiwi|Secretary-General of the Gulf Cooperation Council
P masoud-barzani|مسعود بارزاني||Masoud Barzani|Leader of the Kurdistan Democratic Party
P nechirvan-barzani|نيجيرفان بارزاني||Nechirvan Barzani|President of the Kurdistan Region
P masrour-barzani|مسرور بارزاني||Masrour Barzani|Prime Minister of the Kurdistan Region
P nouri-al-maliki|نوري المالكي||Nouri al-Maliki|Prime Minister of Iraq (2006–2014)
P muqtada-al-sadr|مقتدى الصدر||Muqtada al-Sadr|Iraqi Shia cleric and politician
P ali-al-sistani|علي السيستاني|السيستاني|Ali al-Sistani|Iraqi Shia cleric
P saad-hariri|سعد الحريري|الحريري|Saad Hariri|Prime Minister of Lebanon (2016–2020)
P samir-geagea|سمير جعجع|جعجع|Samir Geagea|Leader of the Lebanese Forces party
P gebran-bassil|جبران باسيل|باسيل|Gebran Bassil|Leader of the Free Patriotic Movement
P walid-jumblatt|وليد جنبلاط|جنبلاط|Walid Jumblatt|Lebanese Druze leader
P rashad-al-alimi|رشاد العليمي|العليمي|Rashad al-Alimi|Chairman of Yemen's Presidential Leadership Council
P aziz-akhannouch|عزيز أخنوش|أخنوش|Aziz Akhannouch|Prime Minister of Morocco
P ahmed-attaf|أحمد عطاف||Ahmed Attaf|Foreign Minister of Algeria
P anwar-gargash|أنور قرقاش|قرقاش|Anwar Gargash|Diplomatic adviser to the President of the UAE
P ali-larijani|علي لاريجاني|لاريجاني|Ali Larijani|Iranian politician
P mohammad-bagher-ghalibaf|محمد باقر قاليباف|قاليباف|Mohammad Bagher Ghalibaf|Speaker of the Iranian parliament
P hossein-salami|حسين سلامي||Hossein Salami|Commander of the IRGC (2019–2025)
P mohammad-bagheri|محمد باقري|باقري|Mohammad Bagheri|Chief of Staff of Iran's armed forces (2016–2025)
P ronen-bar|رونين بار||Ronen Bar|Director of the Shin Bet (2021–2025)
P david-barnea|ديفيد برنياع|برنياع|David Barnea|Director of the Mossad
P ron-dermer|رون ديرمر|ديرمر|Ron Dermer|Israeli Minister of Strategic Affairs
P nikolai-patrushev|نيكولاي باتروشيف|باتروشيف|Nikolai Patrushev|Secretary of the Security Council of Russia (2008–2024)
P sergey-naryshkin|سيرغي ناريشكين|ناريشكين|Sergey Naryshkin|Director of Russia's Foreign Intelligence Service
P valentina-matviyenko|فالنتينا ماتفيينكو|ماتفيينكو|Valentina Matviyenko|Chair of Russia's Federation Council
P vyacheslav-volodin|فياتشيسلاف فولودين|فولودين|Vyacheslav Volodin|Chairman of the State Duma
P kyrylo-budanov|كيريلو بودانوف|بودانوف|Kyrylo Budanov|Head of Ukraine's military intelligence
P mykhailo-podolyak|ميخايلو بودولياك|بودولياك|Mykhailo Podolyak|Adviser to the Office of the President of Ukraine
P vitali-klitschko|فيتالي كليتشكو|كليتشكو|Vitali Klitschko|Mayor of Kyiv
P petro-poroshenko|بيترو بوروشينكو|بوروشينكو|Petro Poroshenko|President of Ukraine (2014–2019)
P hua-chunying|هوا تشون يينغ|هوا تشونينغ|Hua Chunying|Spokeswoman of the Chinese Foreign Ministry
P zhao-lijian|تشاو لي جيان|جاو لي جيان|Zhao Lijian|Spokesman of the Chinese Foreign Ministry (2020–2023)
P han-zheng|هان تشنغ||Han Zheng|Vice President of China
P choe-ryong-hae|تشوي ريونغ هاي||Choe Ryong-hae|North Korean official
P nancy-pelosi|نانسي بيلوسي|بيلوسي|Nancy Pelosi|Speaker of the US House of Representatives (2019–2023)
P mike-johnson|مايك جونسون||Mike Johnson|Speaker of the US House of Representatives from 2023
P chuck-schumer|تشاك شومر|شومر|Chuck Schumer|US Senate Democratic leader
P mitch-mcconnell|ميتش ماكونيل|ماكونيل|Mitch McConnell|US Senate Republican leader (2007–2025)
P lindsey-graham|ليندسي غراهام|غراهام|Lindsey Graham|US Senator
P hillary-clinton|هيلاري كلينتون||Hillary Clinton|US Secretary of State (2009–2013)
P bill-clinton|بيل كلينتون||Bill Clinton|President of the United States (1993–2001)
P george-w-bush|جورج بوش الابن|جورج دبليو بوش|George W. Bush|President of the United States (2001–2009)
P janet-yellen|جانيت يلين|يلين|Janet Yellen|US Treasury Secretary (2021–2025)
P jerome-powell|جيروم باول||Jerome Powell|Chair of the US Federal Reserve
P scott-bessent|سكوت بيسنت|بيسنت|Scott Bessent|US Treasury Secretary from 2025
P mike-waltz|مايك والتز|والتز|Mike Waltz|US National Security Advisor (2025)
P tulsi-gabbard|تولسي غابارد|غابارد|Tulsi Gabbard|US Director of National Intelligence from 2025
P sergio-mattarella|سيرجيو ماتاريلا|ماتاريلا|Sergio Mattarella|President of Italy
P alexander-stubb|ألكسندر ستوب|ستوب|Alexander Stubb|President of Finland
P ulf-kristersson|أولف كريسترسون|كريسترسون;أولف كريسترشون;كريسترشون|Ulf Kristersson|Prime Minister of Sweden
P mette-frederiksen|ميته فريدريكسن|فريدريكسن|Mette Frederiksen|Prime Minister of Denmark
P maia-sandu|مايا ساندو|ساندو|Maia Sandu|President of Moldova
P aleksandar-vucic|ألكسندر فوتشيتش|فوتشيتش|Aleksandar Vučić|President of Serbia
P robert-fico|روبرت فيكو|فيكو|Robert Fico|Prime Minister of Slovakia
P ekrem-imamoglu|أكرم إمام أوغلو|إمام أوغلو|Ekrem İmamoğlu|Mayor of Istanbul
P ibrahim-kalin|إبراهيم قالن|قالن|İbrahim Kalın|Director of Turkey's intelligence service
P cyril-ramaphosa|سيريل رامافوزا|رامافوزا|Cyril Ramaphosa|President of South Africa
P william-ruto|وليام روتو|روتو|William Ruto|President of Kenya
P bola-tinubu|بولا أحمد تينوبو|بولا تينوبو;تينوبو|Bola Ahmed Tinubu|President of Nigeria from 2023
P paul-kagame|بول كاغامي|كاغامي|Paul Kagame|President of Rwanda
P felix-tshisekedi|فيليكس تشيسيكيدي|تشيسيكيدي|Félix Tshisekedi|President of the Democratic Republic of the Congo
P gustavo-petro|غوستافو بيترو|بيترو|Gustavo Petro|President of Colombia
P claudia-sheinbaum|كلاوديا شينباوم|شينباوم|Claudia Sheinbaum|President of Mexico from 2024
P andres-manuel-lopez-obrador|أندريس مانويل لوبيز أوبرادور|لوبيز أوبرادور|Andrés Manuel López Obrador|President of Mexico (2018–2024)
P ferdinand-marcos-jr|فرديناند ماركوس الابن|ماركوس|Ferdinand Marcos Jr.|President of the Philippines
P shavkat-mirziyoyev|شوكت ميرضيائيف|ميرضيائيف|Shavkat Mirziyoyev|President of Uzbekistan
P sheikh-hasina|حسينة واجد||Sheikh Hasina|Prime Minister of Bangladesh (2009–2024)
P muhammad-yunus|محمد يونس||Muhammad Yunus|Chief Adviser of Bangladesh from 2024
P min-aung-hlaing|مين أونغ هلاينغ||Min Aung Hlaing|Head of Myanmar's military government
P aung-san-suu-kyi|أونغ سان سو تشي|سو تشي|Aung San Suu Kyi|Myanmar politician
P salem-al-dawsari|سالم الدوسري||Salem Al-Dawsari|Saudi footballer
P assimi-goita|آسيمي غويتا|غويتا;عاصمي غويتا|Assimi Goïta|President of the transition of Mali from 2021
P ibrahim-traore|إبراهيم تراوري|تراوري|Ibrahim Traoré|President of the transition of Burkina Faso from 2022
P abdourahamane-tiani|عبد الرحمن تياني|تياني;عبد الرحمن تشياني;تشياني|Abdourahamane Tiani|Head of Niger's military government from 2023
P mohamed-bazoum|محمد بازوم|بازوم|Mohamed Bazoum|President of Niger (2021–2023)
P mahamat-deby|محمد إدريس ديبي|محمد ديبي;محمد إدريس ديبي إتنو|Mahamat Déby|President of Chad from 2021
P bassirou-diomaye-faye|باسيرو ديوماي فاي|ديوماي فاي|Bassirou Diomaye Faye|President of Senegal from 2024
P hassan-sheikh-mohamud|حسن شيخ محمود||Hassan Sheikh Mohamud|President of Somalia from 2022
P mohamed-al-menfi|محمد المنفي||Mohamed al-Menfi|Chairman of Libya's Presidential Council from 2021
P aguila-saleh|عقيلة صالح||Aguila Saleh|Speaker of Libya's House of Representatives from 2014
P abdalla-hamdok|عبد الله حمدوك|حمدوك|Abdalla Hamdok|Prime Minister of Sudan (2019–2022)
P kamil-idris|كامل إدريس|كامل الطيب إدريس|Kamil Idris|Prime Minister of Sudan from 2025
P asif-ali-zardari|آصف علي زرداري|زرداري|Asif Ali Zardari|President of Pakistan (2008–2013, from 2024)
P khawaja-asif|خواجة آصف||Khawaja Asif|Defence Minister of Pakistan (2022–2023, from 2024)
P amir-khan-muttaqi|أمير خان متقي||Amir Khan Muttaqi|Foreign Minister of the Taliban government from 2021
P said-chanegriha|السعيد شنقريحة|سعيد شنقريحة;شنقريحة|Saïd Chanegriha|Chief of Staff of the Algerian army from 2019, Minister Delegate for Defence from 2024
P nadir-larbaoui|نذير العرباوي|العرباوي|Nadir Larbaoui|Prime Minister of Algeria (2023–2025)
P sifi-ghrieb|سيفي غريب||Sifi Ghrieb|Prime Minister of Algeria from 2025
P brahim-merad|إبراهيم مراد||Brahim Merad|Interior Minister of Algeria from 2021
P mohamed-arkab|محمد عرقاب|عرقاب|Mohamed Arkab|Energy and Mines Minister of Algeria from 2019
P laaziz-faid|لعزيز فايد||Laaziz Faid|Finance Minister of Algeria from 2023
P ramtane-lamamra|رمطان لعمامرة|لعمامرة|Ramtane Lamamra|Foreign Minister of Algeria (2021–2023), UN envoy for Sudan from 2023
P nabil-ammar|نبيل عمار||Nabil Ammar|Foreign Minister of Tunisia (2023–2024)
P mohamed-ali-nafti|محمد علي النفطي||Mohamed Ali Nafti|Foreign Minister of Tunisia from 2024
P kamel-feki|كمال الفقي||Kamel Feki|Interior Minister of Tunisia (2023–2025)
P khaled-sehili|خالد السهيلي||Khaled Sehili|Defence Minister of Tunisia from 2024
P ahmed-hachani|أحمد الحشاني||Ahmed Hachani|Prime Minister of Tunisia (2023–2024)
P kamel-madouri|كمال المدوري||Kamel Madouri|Prime Minister of Tunisia (2024–2025)
P sarra-zaafrani-zenzri|سارة الزعفراني الزنزري|سارة الزعفراني|Sarra Zaafrani Zenzri|Prime Minister of Tunisia from 2025
P abdelouafi-laftit|عبد الوافي لفتيت|لفتيت|Abdelouafi Laftit|Interior Minister of Morocco from 2017
P nadia-fettah-alaoui|نادية فتاح العلوي|نادية فتاح|Nadia Fettah Alaoui|Economy and Finance Minister of Morocco from 2021
P leila-benali|ليلى بنعلي||Leila Benali|Energy Transition Minister of Morocco from 2021
P abdellatif-loudiyi|عبد اللطيف لوديي|لوديي|Abdellatif Loudiyi|Minister Delegate for National Defence of Morocco from 2010
P fouzi-lekjaa|فوزي لقجع|لقجع|Fouzi Lekjaa|Budget Minister of Morocco from 2021, President of the Royal Moroccan Football Federation
P thabet-al-abbasi|ثابت العباسي|ثابت محمد سعيد العباسي|Thabet al-Abbasi|Defence Minister of Iraq from 2022
P abdul-amir-al-shammari|عبد الأمير الشمري||Abdul Amir al-Shammari|Interior Minister of Iraq from 2022
P hayan-abdul-ghani|حيان عبد الغني||Hayan Abdul Ghani|Oil Minister of Iraq from 2022
P taif-sami|طيف سامي||Taif Sami|Finance Minister of Iraq from 2022
P youssef-rajji|يوسف رجي||Youssef Rajji|Foreign Minister of Lebanon from 2025
P maurice-slim|موريس سليم||Maurice Slim|Defence Minister of Lebanon (2021–2025)
P michel-menassa|ميشال منسى||Michel Menassa|Defence Minister of Lebanon from 2025
P bassam-mawlawi|بسام مولوي||Bassam Mawlawi|Interior Minister of Lebanon (2021–2025)
P ahmad-al-hajjar|أحمد الحجار||Ahmad al-Hajjar|Interior Minister of Lebanon from 2025
P yassine-jaber|ياسين جابر||Yassine Jaber|Finance Minister of Lebanon from 2025
P youssef-khalil|يوسف خليل||Youssef Khalil|Finance Minister of Lebanon (2021–2025)
P rodolphe-haykal|رودولف هيكل||Rodolphe Haykal|Commander of the Lebanese Army from 2025
P jafar-hassan|جعفر حسان||Jafar Hassan|Prime Minister of Jordan from 2024
P bisher-al-khasawneh|بشر الخصاونة||Bisher Al-Khasawneh|Prime Minister of Jordan (2020–2024)
P mazen-al-faraya|مازن الفراية||Mazen al-Faraya|Interior Minister of Jordan from 2022
P abdulaziz-bin-salman|عبد العزيز بن سلمان||Abdulaziz bin Salman|Energy Minister of Saudi Arabia from 2019
P mohammed-al-jadaan|محمد الجدعان|الجدعان|Mohammed Al-Jadaan|Finance Minister of Saudi Arabia from 2016
P abdulaziz-bin-saud-bin-nayef|عبد العزيز بن سعود بن نايف||Abdulaziz bin Saud bin Nayef|Interior Minister of Saudi Arabia from 2017
P adel-al-jubeir|عادل الجبير|الجبير|Adel al-Jubeir|Saudi Minister of State for Foreign Affairs, Foreign Minister (2015–2018)
P suhail-al-mazrouei|سهيل المزروعي|سهيل محمد المزروعي|Suhail Al Mazrouei|Energy Minister of the United Arab Emirates from 2013
P saif-bin-zayed|سيف بن زايد|سيف بن زايد آل نهيان|Saif bin Zayed|Interior Minister of the United Arab Emirates from 2004, Deputy Prime Minister
P hamdan-bin-mohammed|حمدان بن محمد|حمدان بن محمد بن راشد;حمدان بن محمد بن راشد آل مكتوم|Hamdan bin Mohammed|Crown Prince of Dubai, Defence Minister of the United Arab Emirates from 2024
P mansour-bin-zayed|منصور بن زايد|منصور بن زايد آل نهيان|Mansour bin Zayed|Vice President of the United Arab Emirates from 2023
P tahnoun-bin-zayed|طحنون بن زايد|طحنون بن زايد آل نهيان|Tahnoun bin Zayed|National Security Adviser of the United Arab Emirates from 2016, Deputy Ruler of Abu Dhabi
P khaled-bin-mohamed-bin-zayed|خالد بن محمد بن زايد|خالد بن محمد بن زايد آل نهيان|Khaled bin Mohamed bin Zayed|Crown Prince of Abu Dhabi from 2023
P khalid-al-attiyah|خالد بن محمد العطية|خالد العطية|Khalid bin Mohammed Al Attiyah|Defence Minister of Qatar (2016–2024)
P abdullah-al-yahya|عبد الله اليحيا|عبد الله علي اليحيا|Abdullah Al-Yahya|Foreign Minister of Kuwait from 2024
P fahad-al-yousef|فهد اليوسف|فهد يوسف سعود الصباح|Fahad Al-Yousef|First Deputy Prime Minister and Interior Minister of Kuwait from 2024
P ahmad-abdullah-al-sabah|أحمد العبد الله الصباح|أحمد عبد الله الأحمد الصباح|Ahmad Abdullah Al-Ahmad Al-Sabah|Prime Minister of Kuwait from 2024
P abdullatif-al-zayani|عبد اللطيف الزياني|الزياني|Abdullatif Al Zayani|Foreign Minister of Bahrain from 2020
P salman-bin-hamad|سلمان بن حمد|سلمان بن حمد آل خليفة|Salman bin Hamad|Crown Prince of Bahrain, Prime Minister from 2020
P abdel-meguid-saqr|عبد المجيد صقر||Abdel Meguid Saqr|Defence Minister of Egypt from 2024
P mahmoud-tawfik|محمود توفيق||Mahmoud Tawfik|Interior Minister of Egypt from 2017
P ahmed-kouchouk|أحمد كجوك|كجوك|Ahmed Kouchouk|Finance Minister of Egypt from 2024
P mohamed-maait|محمد معيط|معيط|Mohamed Maait|Finance Minister of Egypt (2018–2024)
P karim-badawi|كريم بدوي||Karim Badawi|Petroleum Minister of Egypt from 2024
P tarek-el-molla|طارق الملا||Tarek El Molla|Petroleum Minister of Egypt (2015–2024)
P hassan-rashad|حسن رشاد||Hassan Rashad|Director of Egypt's General Intelligence from 2024
P abbas-kamel|عباس كامل||Abbas Kamel|Director of Egypt's General Intelligence (2018–2024)
P murhaf-abu-qasra|مرهف أبو قصرة||Murhaf Abu Qasra|Defence Minister of Syria from 2024
P anas-khattab|أنس خطاب||Anas Khattab|Interior Minister of Syria from 2025
P hussein-al-sheikh|حسين الشيخ||Hussein al-Sheikh|Secretary-General of the PLO Executive Committee from 2022, Vice President of Palestine from 2025
P haitham-al-ghais|هيثم الغيص|الغيص|Haitham al-Ghais|Secretary General of OPEC from 2022
P filippo-grandi|فيليبو غراندي|غراندي|Filippo Grandi|UN High Commissioner for Refugees (2016–2025)
P catherine-russell|كاثرين راسل||Catherine Russell|Executive Director of UNICEF from 2022
P cindy-mccain|سيندي ماكين||Cindy McCain|Executive Director of the World Food Programme from 2023
P ajay-banga|أجاي بانغا|بانغا|Ajay Banga|President of the World Bank from 2023
P ngozi-okonjo-iweala|نغوزي أوكونجو إيويالا|أوكونجو إيويالا|Ngozi Okonjo-Iweala|Director-General of the WTO from 2021
P christine-lagarde|كريستين لاغارد|لاغارد|Christine Lagarde|President of the European Central Bank from 2019
P geir-pedersen|غير بيدرسن|بيدرسن;غير بيدرسون|Geir Pedersen|UN Special Envoy for Syria (2019–2025)
P hans-grundberg|هانس غروندبرغ|غروندبرغ|Hans Grundberg|UN Special Envoy for Yemen from 2021
P jeanine-hennis-plasschaert|جينين هينيس بلاسخارت|بلاسخارت|Jeanine Hennis-Plasschaert|UN Special Coordinator for Lebanon from 2024
P mahmoud-ali-youssouf|محمود علي يوسف||Mahmoud Ali Youssouf|Chairperson of the African Union Commission from 2025
P khaled-el-enany|خالد العناني||Khaled El-Enany|Director-General of UNESCO from 2025
`;

const ORGANIZATIONS = `
O kazakhstan-temir-zholy|قازاقستان تيمير جولي|كازاخستان تيمير جولي;قازاقستان تمير جولي|Kazakhstan Temir Zholy|National railway company of Kazakhstan|
O united-nations|الأمم المتحدة|منظمة الأمم المتحدة;هيئة الأمم المتحدة|United Nations|International organization|Q1065
O un-security-council|مجلس الأمن الدولي|مجلس الأمن|United Nations Security Council|Organ of the United Nations|Q37470
O un-general-assembly|الجمعية العامة للأمم المتحدة||United Nations General Assembly|Organ of the United Nations
O un-human-rights-council|مجلس حقوق الإنسان|مجلس حقوق الإنسان التابع للأمم المتحدة|United Nations Human Rights Council|Body of the United Nations
O unrwa|الأونروا|وكالة غوث وتشغيل اللاجئين الفلسطينيين;أونروا;وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين|UNRWA|UN agency for Palestine refugees
O unhcr|المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين;مفوضية الأمم المتحدة لشؤون اللاجئين;المفوضية السامية لشؤون اللاجئين|UNHCR|UN refugee agency
O unicef|اليونيسف|منظمة الأمم المتحدة للطفولة;يونيسف;صندوق الأمم المتحدة للطفولة|UNICEF|UN children's agency
O unesco|اليونسكو|منظمة الأمم المتحدة للتربية والعلم والثقافة;يونسكو|UNESCO|UN education, science and culture agency
O world-food-programme|برنامج الأغذية العالمي|برنامج الغذاء العالمي|World Food Programme|UN food-assistance agency
O ocha|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|أوتشا|OCHA|UN humanitarian coordination office
O who|منظمة الصحة العالمية||World Health Organization|UN health agency|Q7817
O iaea|الوكالة الدولية للطاقة الذرية|وكالة الطاقة الذرية|International Atomic Energy Agency|UN nuclear agency|Q826700
O icc|المحكمة الجنائية الدولية|الجنائية الدولية|International Criminal Court|International court|Q47488
O icj|محكمة العدل الدولية|العدل الدولية|International Court of Justice|UN court|Q7801
O imf|صندوق النقد الدولي||International Monetary Fund|International financial institution|Q7804
O world-bank|البنك الدولي||World Bank|International financial institution|Q7164
O wto|منظمة التجارة العالمية||World Trade Organization|International organization|Q7825
O opec|منظمة البلدان المصدرة للبترول|أوبك;أوبك بلس;أوبك+|OPEC|Organization of oil-exporting countries|Q7795
O icrc|اللجنة الدولية للصليب الأحمر|الصليب الأحمر|International Committee of the Red Cross|Humanitarian organization
O red-crescent|الهلال الأحمر||Red Crescent|Humanitarian organization
O amnesty-international|منظمة العفو الدولية|العفو الدولية|Amnesty International|Human-rights organization
O human-rights-watch|هيومن رايتس ووتش||Human Rights Watch|Human-rights organization
O msf|أطباء بلا حدود||Médecins Sans Frontières|Humanitarian organization
O nato|حلف شمال الأطلسي|الناتو;حلف الناتو;الحلف الأطلسي;حلف شمال الأطلنطي;ناتو|NATO|Military alliance|Q7184
O european-union|الاتحاد الأوروبي|الاتحاد الأوربي|European Union|Political and economic union|Q458
O european-commission|المفوضية الأوروبية||European Commission|Executive of the European Union
O european-parliament|البرلمان الأوروبي||European Parliament|Parliament of the European Union
O european-council|المجلس الأوروبي||European Council|Institution of the European Union
O arab-league|جامعة الدول العربية|الجامعة العربية|Arab League|Regional organization|Q7172
O gcc|مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية|Gulf Cooperation Council|Regional organization
O african-union|الاتحاد الأفريقي|الاتحاد الإفريقي|African Union|Regional organization|Q7159
O oic|منظمة التعاون الإسلامي||Organisation of Islamic Cooperation|International organization
O asean|رابطة دول جنوب شرق آسيا|آسيان|ASEAN|Regional organization|Q7768
O sco|منظمة شنغهاي للتعاون||Shanghai Cooperation Organisation|Regional organization
O brics|بريكس|مجموعة بريكس|BRICS|Group of emerging economies
O g7|مجموعة السبع|مجموعة الدول السبع|G7|Group of major economies
O g20|مجموعة العشرين||G20|Group of major economies
O osce|منظمة الأمن والتعاون في أوروبا||OSCE|Regional security organization
O interpol|الإنتربول|الانتربول;الشرطة الدولية|Interpol|International police organization
O fifa|الفيفا|فيفا;الاتحاد الدولي لكرة القدم|FIFA|International football federation
O ioc|اللجنة الأولمبية الدولية|الأولمبية الدولية|International Olympic Committee|Sports organization
O white-house|البيت الأبيض||White House|Office of the President of the United States|Q35525
O kremlin|الكرملين||Kremlin|Office of the President of Russia
O pentagon|البنتاغون|البنتاجون|Pentagon|US Department of Defense|Q11208
O us-congress|الكونغرس|الكونجرس|United States Congress|Legislature of the United States
O senate|مجلس الشيوخ||Senate|Upper house of a parliament (in news mostly the US one)
O house-of-representatives|مجلس النواب||House of Representatives|Lower house of a parliament
O national-security-council|مجلس الأمن القومي||National Security Council|Security council of a head of government (in news mostly the US one)
O cia|وكالة المخابرات المركزية|وكالة الاستخبارات المركزية;سي آي إيه|CIA|US foreign intelligence agency|Q37230
O fbi|مكتب التحقيقات الفيدرالي|مكتب التحقيقات الفدرالي;إف بي آي|FBI|US federal police|Q8333
O supreme-court|المحكمة العليا||Supreme Court|Highest court of a country
O democratic-party|الحزب الديمقراطي||Democratic Party|US political party
O republican-party|الحزب الجمهوري||Republican Party|US political party
O state-duma|مجلس الدوما|الدوما|State Duma|Lower house of the Russian parliament
O federation-council|مجلس الاتحاد||Federation Council|Upper house of the Russian parliament
O fsb|جهاز الأمن الفيدرالي|إف إس بي|FSB|Russian security service
O wagner-group|فاغنر|مجموعة فاغنر;مجموعة فاغنر العسكرية الخاصة|Wagner Group|Russian private military company
O united-russia|روسيا الموحدة|حزب روسيا الموحدة|United Russia|Russian political party
O gazprom|غازبروم||Gazprom|Russian energy company
O rosatom|روساتوم||Rosatom|Russian state nuclear corporation
O roscosmos|روسكوسموس||Roscosmos|Russian space agency
O verkhovna-rada|الرادا|فيرخوفنا رادا|Verkhovna Rada|Parliament of Ukraine
O workers-party-of-korea|حزب العمال الكوري||Workers' Party of Korea|Ruling party of North Korea
O kcna|وكالة الأنباء المركزية الكورية|وكالة الأنباء المركزية الكورية الشمالية;KCNA|Korean Central News Agency|North Korean state news agency
O chinese-communist-party|الحزب الشيوعي الصيني||Chinese Communist Party|Ruling party of China
O pla|جيش التحرير الشعبي||People's Liberation Army|Armed forces of China
O irgc|الحرس الثوري|حرس الثورة الإسلامية|Islamic Revolutionary Guard Corps|Branch of Iran's armed forces
O quds-force|فيلق القدس||Quds Force|Unit of the IRGC
O knesset|الكنيست||Knesset|Parliament of Israel
O mossad|الموساد||Mossad|Israeli intelligence agency
O shin-bet|الشاباك|جهاز الشاباك;شين بيت|Shin Bet|Israeli internal security service
O idf|جيش الدفاع الإسرائيلي||Israel Defense Forces|Armed forces of Israel
O palestinian-authority|السلطة الفلسطينية||Palestinian Authority|Palestinian government
O plo|منظمة التحرير الفلسطينية||Palestine Liberation Organization|Palestinian organization
O fatah|حركة فتح||Fatah|Palestinian political party
O hamas|حركة حماس|حماس;حركة المقاومة الإسلامية|Hamas|Palestinian Islamist movement|Q38799
O qassam-brigades|كتائب القسام|كتائب عز الدين القسام|Qassam Brigades|Armed wing of Hamas
O islamic-jihad|حركة الجهاد الإسلامي|الجهاد الإسلامي|Palestinian Islamic Jihad|Palestinian armed group
O hezbollah|حزب الله||Hezbollah|Lebanese party and armed group|Q41053
O houthis|جماعة الحوثي|الحوثيون;الحوثيين;أنصار الله;جماعة أنصار الله|Houthis|Yemeni armed movement
O isis|تنظيم الدولة الإسلامية|داعش;تنظيم داعش;الدولة الإسلامية في العراق والشام|Islamic State|Jihadist group|Q2429253
O al-qaeda|تنظيم القاعدة||al-Qaeda|Jihadist group
O taliban|حركة طالبان|طالبان|Taliban|Afghan Islamist movement|Q42418
O hts|هيئة تحرير الشام||Hay'at Tahrir al-Sham|Syrian armed group
O sdf|قوات سوريا الديمقراطية|قسد|Syrian Democratic Forces|Syrian armed alliance
O pkk|حزب العمال الكردستاني||Kurdistan Workers' Party|Kurdish armed group
O popular-mobilization-forces|الحشد الشعبي|هيئة الحشد الشعبي|Popular Mobilization Forces|Iraqi armed forces umbrella
O rsf|قوات الدعم السريع|الدعم السريع|Rapid Support Forces|Sudanese paramilitary force
O al-shabaab|حركة الشباب|حركة الشباب المجاهدين|al-Shabaab|Somali jihadist group
O muslim-brotherhood|جماعة الإخوان المسلمين|الإخوان المسلمين;الإخوان المسلمون|Muslim Brotherhood|Islamist movement
O libyan-national-army|الجيش الوطني الليبي||Libyan National Army|Libyan armed forces under Haftar
O ministry-of-foreign-affairs|وزارة الخارجية||Ministry of Foreign Affairs|Foreign ministry (of the country the text is about)
O ministry-of-defence|وزارة الدفاع||Ministry of Defence|Defence ministry (of the country the text is about)
O ministry-of-interior|وزارة الداخلية||Ministry of the Interior|Interior ministry
O ministry-of-finance|وزارة المالية||Ministry of Finance|Finance ministry
O ministry-of-health|وزارة الصحة||Ministry of Health|Health ministry
O ministry-of-justice|وزارة العدل||Ministry of Justice|Justice ministry
O ministry-of-economy|وزارة الاقتصاد||Ministry of Economy|Economy ministry
O ministry-of-energy|وزارة الطاقة||Ministry of Energy|Energy ministry
O ministry-of-oil|وزارة النفط||Ministry of Oil|Oil ministry
O ministry-of-education|وزارة التربية والتعليم|وزارة التعليم|Ministry of Education|Education ministry
O ministry-of-information|وزارة الإعلام||Ministry of Information|Information ministry
O ministry-of-trade|وزارة التجارة||Ministry of Trade|Trade ministry
O ministry-of-unification|وزارة الوحدة|وزارة التوحيد|Ministry of Unification|South Korean ministry for relations with the North
O shura-council|مجلس الشورى||Shura Council|Consultative assembly
O house-of-commons|مجلس العموم||House of Commons|Lower house of the UK parliament
O downing-street|داونينغ ستريت|10 داونينغ ستريت|Downing Street|Office of the UK Prime Minister
O elysee|الإليزيه|قصر الإليزيه|Élysée Palace|Office of the President of France
O bundestag|البوندستاغ||Bundestag|Parliament of Germany
O mi6|إم آي 6|MI6|MI6|British foreign intelligence service
O national-assembly|الجمعية الوطنية||National Assembly|Parliament (South Korea and others)
O bank-of-japan|بنك اليابان||Bank of Japan|Central bank
O federal-reserve|الاحتياطي الفيدرالي|مجلس الاحتياطي الفيدرالي;الاحتياطي الفدرالي|Federal Reserve|US central bank
O european-central-bank|البنك المركزي الأوروبي||European Central Bank|Central bank of the eurozone
O saudi-aramco|أرامكو|أرامكو السعودية|Saudi Aramco|Saudi oil company
O spacex|سبيس إكس|سبيس اكس|SpaceX|Space company
O nasa|ناسا|وكالة ناسا;وكالة الفضاء الأمريكية|NASA|US space agency
O tesla|تسلا||Tesla|Carmaker
O apple|آبل|شركة آبل|Apple|Technology company
O google|غوغل|جوجل|Google|Technology company
O microsoft|مايكروسوفت||Microsoft|Technology company
O meta|شركة ميتا||Meta|Technology company
O samsung|سامسونغ|سامسونج|Samsung|South Korean conglomerate
O huawei|هواوي||Huawei|Chinese technology company
O boeing|بوينغ|بوينج|Boeing|Aircraft maker
O openai|أوبن إيه آي|OpenAI|OpenAI|Artificial-intelligence company
O reuters|رويترز|وكالة رويترز;Reuters|Reuters|News agency|Q130879
O afp|فرانس برس|وكالة فرانس برس;فرانس پرس;أ ف ب;AFP;وكالة الأنباء الفرنسية;وكالة الصحافة الفرنسية|Agence France-Presse|News agency|Q40464
O associated-press|أسوشيتد برس|وكالة أسوشيتد برس;أسوشييتد برس;أسوشيتدبرس|Associated Press|News agency|Q40469
O yonhap|يونهاب|وكالة يونهاب;Yonhap|Yonhap|South Korean news agency
O tass|تاس|وكالة تاس;TASS|TASS|Russian news agency
O ria-novosti|ريا نوفوستي|وكالة ريا نوفوستي|RIA Novosti|Russian news agency
O rossiya-segodnya|روسيا سيغودنيا|روسيا سيجودنيا;روسيا سيغودنيا الدولية|Rossiya Segodnya|Russian state media group
O interfax|إنترفاكس|انترفاكس|Interfax|Russian news agency
O sputnik|سبوتنيك|وكالة سبوتنيك|Sputnik|Russian news agency and broadcaster
O rt|روسيا اليوم|آر تي;RT|RT|Russian state broadcaster
O xinhua|شينخوا|وكالة شينخوا;وكالة أنباء الصين الجديدة|Xinhua|Chinese news agency
O kyodo|كيودو|وكالة كيودو|Kyodo|Japanese news agency
O nhk|إن إتش كيه|NHK|NHK|Japanese public broadcaster
O irna|إرنا|وكالة إرنا;وكالة الأنباء الإيرانية الرسمية|IRNA|Iranian news agency
O tasnim|تسنيم|وكالة تسنيم|Tasnim|Iranian news agency
O fars|وكالة فارس||Fars News Agency|Iranian news agency
O anadolu|وكالة الأناضول||Anadolu Agency|Turkish news agency
O wafa|وكالة وفا|وكالة الأنباء والمعلومات الفلسطينية;وكالة الأنباء الفلسطينية|WAFA|Palestinian news agency
O sana|سانا|وكالة سانا;وكالة الأنباء السورية;الوكالة العربية السورية للأنباء|SANA|Syrian news agency
O spa|واس|وكالة الأنباء السعودية|Saudi Press Agency|Saudi news agency
O wam|وام|وكالة أنباء الإمارات|WAM|Emirati news agency
O qna|وكالة الأنباء القطرية||Qatar News Agency|Qatari news agency
O mena|وكالة أنباء الشرق الأوسط|أ ش أ|Middle East News Agency|Egyptian news agency
O bloomberg|بلومبرغ|بلومبيرغ;بلومبرج;وكالة بلومبرغ;Bloomberg|Bloomberg|News agency and media company
O al-jazeera|قناة الجزيرة|الجزيرة نت;شبكة الجزيرة;الجزيرة مباشر|Al Jazeera|Qatari broadcaster
O al-arabiya|قناة العربية|العربية نت;العربية.نت|Al Arabiya|Saudi-owned broadcaster
O sky-news-arabia|سكاي نيوز عربية|سكاي نيوز|Sky News Arabia|Broadcaster
O bbc|بي بي سي|هيئة الإذاعة البريطانية;بي بي سي عربي;BBC|BBC|British public broadcaster|Q9531
O cnn|سي إن إن|سي ان ان;شبكة سي إن إن;CNN;سي إن إن بالعربية|CNN|US broadcaster
O fox-news|فوكس نيوز||Fox News|US broadcaster
O france-24|فرانس 24|فرانس24|France 24|French broadcaster
O dw|دويتشه فيله|دي دبليو|Deutsche Welle|German broadcaster
O euronews|يورونيوز|يورو نيوز|Euronews|European broadcaster
O alhurra|قناة الحرة|الحرة نت|Alhurra|US-funded Arabic broadcaster
O al-mayadeen|قناة الميادين||Al Mayadeen|Lebanese broadcaster
O al-manar|قناة المنار||Al-Manar|Hezbollah's broadcaster
O asharq-al-awsat|صحيفة الشرق الأوسط|جريدة الشرق الأوسط|Asharq Al-Awsat|Pan-Arab newspaper
O al-ahram|صحيفة الأهرام|جريدة الأهرام;بوابة الأهرام|Al-Ahram|Egyptian newspaper
O new-york-times|نيويورك تايمز|صحيفة نيويورك تايمز|The New York Times|US newspaper
O washington-post|واشنطن بوست|صحيفة واشنطن بوست|The Washington Post|US newspaper
O wall-street-journal|وول ستريت جورنال|صحيفة وول ستريت جورنال|The Wall Street Journal|US newspaper
O financial-times|فايننشال تايمز|فاينانشال تايمز|Financial Times|British newspaper
O the-guardian|الغارديان|الجارديان|The Guardian|British newspaper
O the-times|التايمز||The Times|British newspaper
O daily-telegraph|ديلي تلغراف|التلغراف|The Daily Telegraph|British newspaper
O le-monde|لوموند||Le Monde|French newspaper
O axios|أكسيوس||Axios|US news website
O politico|بوليتيكو||Politico|US news organization
O times-of-israel|تايمز أوف إسرائيل||The Times of Israel|Israeli news website
O haaretz|هآرتس||Haaretz|Israeli newspaper
O yedioth-ahronoth|يديعوت أحرونوت||Yedioth Ahronoth|Israeli newspaper
O kcna-watch|رودونغ سينمون|صحيفة رودونغ سينمون|Rodong Sinmun|North Korean party newspaper
O global-times|غلوبال تايمز||Global Times|Chinese newspaper
O izvestia|إزفيستيا||Izvestia|Russian newspaper
O ilo|منظمة العمل الدولية||International Labour Organization|UN agency
O fao|منظمة الأغذية والزراعة|الفاو|Food and Agriculture Organization|UN agency
O iea|وكالة الطاقة الدولية||International Energy Agency|Intergovernmental energy agency
O opcw|منظمة حظر الأسلحة الكيميائية||OPCW|Chemical-weapons watchdog
O arab-parliament|البرلمان العربي||Arab Parliament|Arab League legislative body
O csto|منظمة معاهدة الأمن الجماعي||Collective Security Treaty Organization|Regional military alliance
O cis|رابطة الدول المستقلة||Commonwealth of Independent States|Regional organization
O eaeu|الاتحاد الاقتصادي الأوراسي||Eurasian Economic Union|Regional economic union
O free-syrian-army|الجيش السوري الحر||Free Syrian Army|Syrian armed opposition
O amal-movement|حركة أمل||Amal Movement|Lebanese political party
O lebanese-forces|القوات اللبنانية|حزب القوات اللبنانية|Lebanese Forces|Lebanese political party
O free-patriotic-movement|التيار الوطني الحر||Free Patriotic Movement|Lebanese political party
O presidential-leadership-council|مجلس القيادة الرئاسي||Presidential Leadership Council|Yemen's executive body
O southern-transitional-council|المجلس الانتقالي الجنوبي|الانتقالي الجنوبي|Southern Transitional Council|Yemeni political organization
O akp|حزب العدالة والتنمية||Justice and Development Party|Turkish (also Moroccan) political party
O chp|حزب الشعب الجمهوري||Republican People's Party|Turkish political party
O likud|حزب الليكود|الليكود|Likud|Israeli political party
O labour-party|حزب العمال||Labour Party|Political party (UK and others)
O conservative-party|حزب المحافظين||Conservative Party|British political party
O kdp|الحزب الديمقراطي الكردستاني||Kurdistan Democratic Party|Iraqi Kurdish party
O puk|الاتحاد الوطني الكردستاني||Patriotic Union of Kurdistan|Iraqi Kurdish party
O lockheed-martin|لوكهيد مارتن||Lockheed Martin|US arms maker
O raytheon|رايثيون||Raytheon|US arms maker
O amazon|أمازون|شركة أمازون|Amazon|Technology company
O nvidia|إنفيديا|إنفيديا;نفيديا|Nvidia|Chip maker
O tiktok|تيك توك||TikTok|Social-media platform
O facebook|فيسبوك|فيس بوك|Facebook|Social-media platform
O youtube|يوتيوب||YouTube|Video platform
O telegram|تلغرام|تيليغرام;تليجرام|Telegram|Messaging platform
O whatsapp|واتساب|واتس آب|WhatsApp|Messaging platform
O asharq-news|الشرق للأخبار|الشرق بلومبرغ|Asharq News|Saudi news channel
O al-hadath|قناة الحدث||Al Hadath|Saudi-owned news channel
O al-araby-al-jadeed|العربي الجديد||The New Arab|Pan-Arab newspaper
O al-quds-al-arabi|القدس العربي||Al-Quds Al-Arabi|Pan-Arab newspaper
O an-nahar|صحيفة النهار|جريدة النهار|An-Nahar|Lebanese newspaper
O independent-arabia|إندبندنت عربية||Independent Arabia|News website
O monte-carlo-doualiya|مونت كارلو الدولية||Monte Carlo Doualiya|French-funded Arabic radio
O abc-news|إيه بي سي نيوز||ABC News|US broadcaster
O nbc-news|إن بي سي نيوز||NBC News|US broadcaster
O newsweek|نيوزويك||Newsweek|US magazine
O the-economist|الإيكونوميست|ذي إيكونوميست|The Economist|British magazine
O der-spiegel|دير شبيغل|شبيغل|Der Spiegel|German magazine
O le-figaro|لوفيغارو|لو فيغارو|Le Figaro|French newspaper
O middle-east-eye|ميدل إيست آي||Middle East Eye|News website
O kuna|وكالة الأنباء الكويتية|كونا|Kuwait News Agency|Kuwaiti news agency
O petra|وكالة الأنباء الأردنية|وكالة بترا|Petra|Jordanian news agency
O aps|وكالة الأنباء الجزائرية||Algeria Press Service|Algerian news agency
O map|وكالة المغرب العربي للأنباء||Maghreb Arabe Presse|Moroccan news agency
O tap|وكالة تونس أفريقيا للأنباء|وكالة تونس إفريقيا للأنباء|Tunis Afrique Presse|Tunisian news agency
O ina|وكالة الأنباء العراقية||Iraqi News Agency|Iraqi news agency
O nna|الوكالة الوطنية للإعلام||National News Agency|Lebanese news agency
O saba|وكالة سبأ||Saba News Agency|Yemeni news agency
O undp|برنامج الأمم المتحدة الإنمائي|البرنامج الإنمائي للأمم المتحدة|United Nations Development Programme|UN development agency
O unep|برنامج الأمم المتحدة للبيئة||United Nations Environment Programme|UN environment agency
O unfpa|صندوق الأمم المتحدة للسكان||United Nations Population Fund|UN population and reproductive-health agency
O un-women|هيئة الأمم المتحدة للمرأة||UN Women|UN agency for gender equality
O un-habitat|برنامج الأمم المتحدة للمستوطنات البشرية|موئل الأمم المتحدة|UN-Habitat|UN agency for human settlements
O ohchr|المفوضية السامية لحقوق الإنسان|مفوضية الأمم المتحدة السامية لحقوق الإنسان;مكتب المفوض السامي لحقوق الإنسان|OHCHR|UN human-rights office
O iom|المنظمة الدولية للهجرة||International Organization for Migration|UN migration agency
O unifil|قوة الأمم المتحدة المؤقتة في لبنان|اليونيفيل;يونيفيل;قوات الأمم المتحدة المؤقتة في لبنان|UNIFIL|UN peacekeeping force in Lebanon
O undof|قوة الأمم المتحدة لمراقبة فض الاشتباك|أندوف;الأندوف|UNDOF|UN force on the Golan Heights
O minurso|بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية|المينورسو;مينورسو|MINURSO|UN mission in Western Sahara
O minusma|بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي|مينوسما|MINUSMA|UN mission in Mali (2013–2023)
O unsmil|بعثة الأمم المتحدة في ليبيا|أونسميل|UNSMIL|UN support mission in Libya
O unami|بعثة الأمم المتحدة لمساعدة العراق|يونامي|UNAMI|UN assistance mission for Iraq
O monusco|مونوسكو|بعثة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية|MONUSCO|UN mission in the DR Congo
O unctad|مؤتمر الأمم المتحدة للتجارة والتنمية|أونكتاد;الأونكتاد|UNCTAD|UN trade and development body
O unido|منظمة الأمم المتحدة للتنمية الصناعية|يونيدو;اليونيدو|UNIDO|UN industrial-development agency
O ifad|الصندوق الدولي للتنمية الزراعية||International Fund for Agricultural Development|UN agricultural-development fund
O wmo|المنظمة العالمية للأرصاد الجوية||World Meteorological Organization|UN weather and climate agency
O itu|الاتحاد الدولي للاتصالات||International Telecommunication Union|UN telecoms agency
O icao|منظمة الطيران المدني الدولي|إيكاو|International Civil Aviation Organization|UN aviation agency
O imo|المنظمة البحرية الدولية||International Maritime Organization|UN shipping agency
O wipo|المنظمة العالمية للملكية الفكرية|ويبو|World Intellectual Property Organization|UN intellectual-property agency
O un-tourism|منظمة السياحة العالمية|منظمة الأمم المتحدة للسياحة|UN Tourism|UN tourism agency
O unaids|برنامج الأمم المتحدة المشترك لمكافحة الإيدز||UNAIDS|UN programme on HIV/AIDS
O unodc|مكتب الأمم المتحدة المعني بالمخدرات والجريمة||UNODC|UN office on drugs and crime
O ipcc|الهيئة الحكومية الدولية المعنية بتغير المناخ||Intergovernmental Panel on Climate Change|UN climate science panel
O unfccc|اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ||UNFCCC|UN climate convention and its secretariat
O escwa|اللجنة الاقتصادية والاجتماعية لغربي آسيا|الإسكوا;إسكوا|ESCWA|UN regional commission for Western Asia
O uneca|اللجنة الاقتصادية لأفريقيا||United Nations Economic Commission for Africa|UN regional commission for Africa
O un-secretariat|الأمانة العامة للأمم المتحدة||United Nations Secretariat|Organ of the United Nations
O ecosoc|المجلس الاقتصادي والاجتماعي للأمم المتحدة||ECOSOC|Organ of the United Nations
O unmas|دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام||UNMAS|UN mine action service
O ecowas|المجموعة الاقتصادية لدول غرب أفريقيا|إيكواس;الإيكواس|ECOWAS|Regional organization of West Africa
O aes|تحالف دول الساحل|كونفدرالية دول الساحل|Alliance of Sahel States|Confederation of Mali, Burkina Faso and Niger
O sadc|مجموعة تنمية الجنوب الأفريقي||Southern African Development Community|Regional organization
O igad|الهيئة الحكومية للتنمية|منظمة إيغاد|IGAD|Regional organization of the Horn of Africa
O eac|مجموعة شرق أفريقيا|جماعة شرق أفريقيا|East African Community|Regional organization
O amu|اتحاد المغرب العربي||Arab Maghreb Union|Regional organization
O comesa|السوق المشتركة لدول شرق وجنوب أفريقيا|الكوميسا;كوميسا|COMESA|Regional economic organization
O alecso|المنظمة العربية للتربية والثقافة والعلوم|الألكسو;ألكسو|ALECSO|Arab League education and culture agency
O icesco|منظمة العالم الإسلامي للتربية والعلوم والثقافة|الإيسيسكو;إيسيسكو|ICESCO|OIC education and culture agency
O arab-monetary-fund|صندوق النقد العربي||Arab Monetary Fund|Arab financial institution
O afesd|الصندوق العربي للإنماء الاقتصادي والاجتماعي||Arab Fund for Economic and Social Development|Arab development fund
O oapec|منظمة الأقطار العربية المصدرة للبترول|أوابك|OAPEC|Organization of Arab oil-exporting countries
O muslim-world-league|رابطة العالم الإسلامي||Muslim World League|Islamic organization (Mecca)
O au-commission|مفوضية الاتحاد الأفريقي||African Union Commission|Executive of the African Union
O au-psc|مجلس السلم والأمن الأفريقي||African Union Peace and Security Council|Organ of the African Union
O council-of-europe|مجلس أوروبا||Council of Europe|European organization
O council-of-the-eu|مجلس الاتحاد الأوروبي||Council of the European Union|Institution of the European Union
O cjeu|محكمة العدل الأوروبية||Court of Justice of the European Union|Court of the European Union
O echr|المحكمة الأوروبية لحقوق الإنسان||European Court of Human Rights|Court of the Council of Europe
O frontex|فرونتكس||Frontex|European border agency
O europol|يوروبول|اليوروبول|Europol|European police agency
O esa|وكالة الفضاء الأوروبية||European Space Agency|European space agency
O oecd|منظمة التعاون الاقتصادي والتنمية||OECD|International economic organization
O oas|منظمة الدول الأمريكية|منظمة الدول الأميركية|Organization of American States|Regional organization
O mercosur|ميركوسور|السوق المشتركة الجنوبية|Mercosur|South American trade bloc
O commonwealth|الكومنولث|رابطة الكومنولث|Commonwealth of Nations|Association of states
O francophonie|المنظمة الدولية للفرنكوفونية|المنظمة الدولية للفرانكوفونية|Organisation internationale de la Francophonie|International organization
O union-for-the-mediterranean|الاتحاد من أجل المتوسط||Union for the Mediterranean|Intergovernmental organization
O non-aligned-movement|حركة عدم الانحياز||Non-Aligned Movement|Group of states
O ipu|الاتحاد البرلماني الدولي||Inter-Parliamentary Union|International organization of parliaments
O irena|الوكالة الدولية للطاقة المتجددة||International Renewable Energy Agency|Intergovernmental energy agency (Abu Dhabi)
O iata|الاتحاد الدولي للنقل الجوي|إياتا|IATA|Airline trade association
O wef|المنتدى الاقتصادي العالمي||World Economic Forum|International organization (Davos)
O nrc|المجلس النرويجي للاجئين||Norwegian Refugee Council|Humanitarian organization
O oxfam|أوكسفام||Oxfam|Humanitarian organization
O save-the-children|منظمة أنقذوا الأطفال|أنقذوا الأطفال;منظمة إنقاذ الطفولة|Save the Children|Humanitarian organization
O irc|لجنة الإنقاذ الدولية||International Rescue Committee|Humanitarian organization
O ifrc|الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر||IFRC|Humanitarian organization
O greenpeace|غرينبيس|غرين بيس|Greenpeace|Environmental organization
O rsf-press|مراسلون بلا حدود||Reporters Without Borders|Press-freedom organization
O cpj|لجنة حماية الصحفيين|لجنة حماية الصحافيين|Committee to Protect Journalists|Press-freedom organization
O ifj|الاتحاد الدولي للصحفيين|الاتحاد الدولي للصحافيين|International Federation of Journalists|Journalists' federation
O transparency-international|منظمة الشفافية الدولية||Transparency International|Anti-corruption organization
O afdb|البنك الأفريقي للتنمية||African Development Bank|Development bank
O adb|بنك التنمية الآسيوي|البنك الآسيوي للتنمية|Asian Development Bank|Development bank
O aiib|البنك الآسيوي للاستثمار في البنية التحتية||Asian Infrastructure Investment Bank|Development bank
O isdb|البنك الإسلامي للتنمية||Islamic Development Bank|Development bank
O ebrd|البنك الأوروبي لإعادة الإعمار والتنمية||European Bank for Reconstruction and Development|Development bank
O eib|بنك الاستثمار الأوروبي||European Investment Bank|Development bank of the European Union
O ndb|بنك التنمية الجديد|بنك بريكس|New Development Bank|Development bank of the BRICS
O kfaed|الصندوق الكويتي للتنمية الاقتصادية العربية||Kuwait Fund for Arab Economic Development|Development fund
O saudi-fund-for-development|الصندوق السعودي للتنمية||Saudi Fund for Development|Development fund
O abu-dhabi-fund-for-development|صندوق أبوظبي للتنمية|صندوق أبو ظبي للتنمية|Abu Dhabi Fund for Development|Development fund
O qatar-fund-for-development|صندوق قطر للتنمية||Qatar Fund for Development|Development fund
O opec-fund|صندوق أوبك للتنمية الدولية|صندوق أوبك|OPEC Fund for International Development|Development fund
O badea|المصرف العربي للتنمية الاقتصادية في أفريقيا||Arab Bank for Economic Development in Africa|Development bank
O ifc|مؤسسة التمويل الدولية|المؤسسة الدولية للتمويل|International Finance Corporation|World Bank Group lender to the private sector
O afd|الوكالة الفرنسية للتنمية||French Development Agency|French development agency
O usaid|الوكالة الأمريكية للتنمية الدولية|الوكالة الأميركية للتنمية الدولية;يو إس إيد|USAID|US development agency
O giz|الوكالة الألمانية للتعاون الدولي||GIZ|German development agency
O jica|الوكالة اليابانية للتعاون الدولي|جايكا|JICA|Japanese development agency
O green-climate-fund|الصندوق الأخضر للمناخ||Green Climate Fund|Climate fund
O global-fund|الصندوق العالمي لمكافحة الإيدز والسل والملاريا||Global Fund to Fight AIDS, Tuberculosis and Malaria|Health fund
O gavi|التحالف العالمي للقاحات والتحصين|غافي|Gavi|Vaccine alliance
O bis|بنك التسويات الدولية||Bank for International Settlements|Central banks' bank
O paris-club|نادي باريس||Paris Club|Group of creditor countries
O central-bank-of-egypt|البنك المركزي المصري||Central Bank of Egypt|Central bank
O saudi-central-bank|البنك المركزي السعودي|مؤسسة النقد العربي السعودي|Saudi Central Bank|Central bank
O cbuae|مصرف الإمارات العربية المتحدة المركزي||Central Bank of the UAE|Central bank
O qatar-central-bank|مصرف قطر المركزي||Qatar Central Bank|Central bank
O central-bank-of-kuwait|بنك الكويت المركزي||Central Bank of Kuwait|Central bank
O central-bank-of-jordan|البنك المركزي الأردني||Central Bank of Jordan|Central bank
O bank-al-maghrib|بنك المغرب||Bank Al-Maghrib|Central bank of Morocco
O bank-of-algeria|بنك الجزائر||Bank of Algeria|Central bank
O central-bank-of-tunisia|البنك المركزي التونسي||Central Bank of Tunisia|Central bank
O central-bank-of-libya|مصرف ليبيا المركزي||Central Bank of Libya|Central bank
O central-bank-of-iraq|البنك المركزي العراقي||Central Bank of Iraq|Central bank
O banque-du-liban|مصرف لبنان|مصرف لبنان المركزي|Banque du Liban|Central bank of Lebanon
O central-bank-of-syria|مصرف سوريا المركزي|مصرف سورية المركزي|Central Bank of Syria|Central bank
O central-bank-of-sudan|بنك السودان المركزي||Central Bank of Sudan|Central bank
O bank-of-england|بنك إنجلترا|بنك إنكلترا|Bank of England|Central bank
O peoples-bank-of-china|بنك الشعب الصيني||People's Bank of China|Central bank
O central-bank-of-russia|بنك روسيا|البنك المركزي لروسيا الاتحادية|Central Bank of Russia|Central bank
O al-masry-al-youm|المصري اليوم||Al-Masry Al-Youm|Egyptian newspaper
O youm7|صحيفة اليوم السابع|موقع اليوم السابع;جريدة اليوم السابع|Youm7|Egyptian newspaper and news website
O shorouk-news|صحيفة الشروق|جريدة الشروق;بوابة الشروق|Al-Shorouk|Egyptian newspaper
O akhbar-el-yom|بوابة أخبار اليوم|مؤسسة أخبار اليوم;جريدة أخبار اليوم;صحيفة أخبار اليوم|Akhbar El Yom|Egyptian newspaper and publishing house
O mada-masr|مدى مصر||Mada Masr|Egyptian news website
O masrawy|مصراوي||Masrawy|Egyptian news website
O sada-el-balad|صدى البلد||Sada El Balad|Egyptian news website and channel
O rose-al-yusuf|روز اليوسف||Rose al-Yusuf|Egyptian magazine and newspaper
O al-qahera-news|قناة القاهرة الإخبارية|القاهرة الإخبارية|Al Qahera News|Egyptian news channel
O extra-news|إكسترا نيوز||eXtra News|Egyptian news channel
O okaz|صحيفة عكاظ|جريدة عكاظ|Okaz|Saudi newspaper
O al-riyadh-newspaper|صحيفة الرياض|جريدة الرياض|Al Riyadh|Saudi newspaper
O al-madina-newspaper|صحيفة المدينة|جريدة المدينة|Al-Madina|Saudi newspaper
O al-eqtisadiah|صحيفة الاقتصادية|جريدة الاقتصادية|Al Eqtisadiah|Saudi business newspaper
O sabq|صحيفة سبق|سبق الإلكترونية|Sabq|Saudi news website
O arab-news|عرب نيوز||Arab News|Saudi English-language newspaper
O mbc-group|مجموعة إم بي سي|إم بي سي|MBC Group|Saudi broadcaster
O rotana|روتانا||Rotana|Saudi media and entertainment company
O al-khaleej-newspaper|صحيفة الخليج|جريدة الخليج|Al Khaleej|Emirati newspaper (Sharjah)
O al-bayan|صحيفة البيان|جريدة البيان|Al Bayan|Emirati newspaper (Dubai)
O al-ittihad-newspaper|صحيفة الاتحاد|جريدة الاتحاد|Al Ittihad|Emirati newspaper (Abu Dhabi)
O the-national|ذا ناشونال||The National|Emirati English-language newspaper
O gulf-news|غلف نيوز|جلف نيوز|Gulf News|Emirati English-language newspaper
O khaleej-times|خليج تايمز||Khaleej Times|Emirati English-language newspaper
O al-ain-news|العين الإخبارية||Al Ain News|Emirati news website
O erem-news|إرم نيوز||Erem News|Emirati news website
O al-raya|صحيفة الراية|جريدة الراية|Al Raya|Qatari newspaper
O bein-sports|بي إن سبورتس|بي إن سبورت;قنوات بي إن سبورتس|beIN Sports|Qatari sports broadcaster
O al-araby-tv|قناة التلفزيون العربي||Al Araby TV|Qatar-based broadcaster
O al-qabas|صحيفة القبس|جريدة القبس|Al-Qabas|Kuwaiti newspaper
O al-jarida|جريدة الجريدة|صحيفة الجريدة|Al-Jarida|Kuwaiti newspaper
O al-anba|صحيفة الأنباء|جريدة الأنباء|Al-Anba|Kuwaiti newspaper
O al-seyassah|صحيفة السياسة|جريدة السياسة|Al-Seyassah|Kuwaiti newspaper
O akhbar-al-khaleej|صحيفة أخبار الخليج|أخبار الخليج|Akhbar Al Khaleej|Bahraini newspaper
O times-of-oman|تايمز أوف عمان||Times of Oman|Omani English-language newspaper
O al-ghad-newspaper|صحيفة الغد|جريدة الغد|Al-Ghad|Jordanian newspaper
O ammon-news|وكالة عمون|عمون الإخبارية;عمون|Ammon News|Jordanian news website
O roya-tv|قناة رؤيا|رؤيا الإخباري|Roya TV|Jordanian broadcaster
O al-mamlaka-tv|قناة المملكة||Al-Mamlaka TV|Jordanian public news channel
O jordan-times|جوردان تايمز||The Jordan Times|Jordanian English-language newspaper
O al-akhbar-lebanon|صحيفة الأخبار|جريدة الأخبار|Al Akhbar|Lebanese newspaper (Egypt's Akhbar El Yom is also called الأخبار)
O al-liwaa|صحيفة اللواء|جريدة اللواء|Al-Liwaa|Lebanese newspaper
O ad-diyar|صحيفة الديار|جريدة الديار|Ad-Diyar|Lebanese newspaper
O nidaa-al-watan|صحيفة نداء الوطن|جريدة نداء الوطن|Nidaa Al Watan|Lebanese newspaper
O lbci|المؤسسة اللبنانية للإرسال|إل بي سي;إل بي سي آي|LBCI|Lebanese broadcaster
O mtv-lebanon|قناة إم تي في|إم تي في|MTV Lebanon|Lebanese broadcaster
O al-jadeed|قناة الجديد|تلفزيون الجديد|Al Jadeed|Lebanese broadcaster
O lorient-le-jour|لوريان لوجور||L'Orient-Le Jour|Lebanese French-language newspaper
O syria-tv|تلفزيون سوريا||Syria TV|Syrian opposition broadcaster
O enab-baladi|صحيفة عنب بلدي|موقع عنب بلدي;جريدة عنب بلدي|Enab Baladi|Syrian news organization
O sohr|المرصد السوري لحقوق الإنسان|المرصد السوري|Syrian Observatory for Human Rights|Syrian monitoring group (UK-based)
O iraqi-media-network|شبكة الإعلام العراقي||Iraqi Media Network|Iraqi state broadcaster
O al-iraqiya-tv|قناة العراقية||Al Iraqiya|Iraqi state television channel
O al-sabah-iraq|صحيفة الصباح|جريدة الصباح|Al-Sabah|Iraqi state newspaper (Tunisia's Assabah and Morocco's Assabah have the same name)
O rudaw|رووداو||Rudaw|Kurdish broadcaster (Erbil)
O alsumaria|قناة السومرية|السومرية نيوز|Alsumaria|Iraqi broadcaster
O shafaq-news|شفق نيوز||Shafaq News|Iraqi news agency
O kurdistan-24|كردستان 24||Kurdistan 24|Kurdish broadcaster (Erbil)
O al-quds-newspaper|صحيفة القدس|جريدة القدس|Al-Quds|Palestinian newspaper (Jerusalem)
O maan-news|وكالة معا|وكالة معا الإخبارية|Ma'an News Agency|Palestinian news agency
O quds-news-network|شبكة قدس|شبكة قدس الإخبارية|Quds News Network|Palestinian news network
O al-masirah|قناة المسيرة||Al-Masirah|Houthi broadcaster (Yemen)
O almasdar-online|المصدر أونلاين||Al-Masdar Online|Yemeni news website
O suna|وكالة السودان للأنباء|سونا|Sudan News Agency|Sudanese news agency
O sudan-tribune|سودان تريبيون||Sudan Tribune|Sudanese news website
O radio-dabanga|راديو دبنقا||Radio Dabanga|Sudanese radio station
O aden-al-ghad|عدن الغد|صحيفة عدن الغد|Aden Al-Ghad|Yemeni newspaper and news website (Aden)
O arabia-weather|طقس العرب||ArabiaWeather|Jordanian weather forecaster and website
O swissinfo|سويس إنفو|swissinfo|SWI swissinfo.ch|International service of the Swiss Broadcasting Corporation
O sudan-doctors-network|شبكة أطباء السودان||Sudan Doctors Network|Sudanese doctors' association
O splm-n|الحركة الشعبية لتحرير السودان - شمال|الحركة الشعبية لتحرير السودان-شمال;الحركة الشعبية - شمال;الحركة الشعبية شمال|SPLM-N|Sudanese armed movement (South Kordofan, Blue Nile)
O sdrpy|البرنامج السعودي لتنمية وإعمار اليمن|الصندوق السعودي لتنمية وإعمار اليمن|Saudi Development and Reconstruction Program for Yemen|Saudi aid programme
O haramain-authority|الهيئة العامة للعناية بشؤون المسجد الحرام والمسجد النبوي|الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي;رئاسة الشؤون الدينية بالمسجد الحرام والمسجد النبوي;الرئاسة العامة للعناية بشؤون المسجد الحرام والمسجد النبوي|General Authority for the Affairs of the Grand Mosque and the Prophet's Mosque|Saudi authority
O jordan-valley-authority|سلطة وادي الأردن||Jordan Valley Authority|Jordanian government agency
O caf-development-bank|بنك التنمية لأمريكا اللاتينية|بنك التنمية لأمريكا اللاتينية والكاريبي|CAF – Development Bank of Latin America and the Caribbean|Multilateral development bank
O eth-zurich|المعهد الفدرالي للتكنولوجيا في زيورخ|المعهد الفيدرالي للتكنولوجيا في زيورخ;المعهد الفدرالي السويسري للتكنولوجيا;المعهد الفيدرالي السويسري للتكنولوجيا|ETH Zurich|Swiss university
O pam-morocco|حزب الأصالة والمعاصرة|الأصالة والمعاصرة|Authenticity and Modernity Party|Moroccan political party
O rni-morocco|التجمع الوطني للأحرار|حزب التجمع الوطني للأحرار|National Rally of Independents|Moroccan political party
O usfp-morocco|الاتحاد الاشتراكي للقوات الشعبية|حزب الاتحاد الاشتراكي للقوات الشعبية|Socialist Union of Popular Forces|Moroccan political party
O pps-morocco|حزب التقدم والاشتراكية|التقدم والاشتراكية|Party of Progress and Socialism|Moroccan political party
O alwasat-libya|بوابة الوسط|قناة الوسط|Al-Wasat|Libyan news website and newspaper
O libya-al-ahrar|ليبيا الأحرار|قناة ليبيا الأحرار|Libya Al-Ahrar|Libyan broadcaster
O lana|وكالة الأنباء الليبية||Libyan News Agency|Libyan news agency
O assabah-news-tunisia|الصباح نيوز||Assabah News|Tunisian news website
O mosaique-fm|موزاييك إف إم||Mosaïque FM|Tunisian radio station
O echorouk-algeria|الشروق أونلاين|الشروق اليومي;قناة الشروق;الشروق نيوز|Echorouk|Algerian newspaper and broadcaster
O el-khabar|صحيفة الخبر|جريدة الخبر|El Khabar|Algerian newspaper
O ennahar-algeria|النهار أونلاين|قناة النهار|Ennahar|Algerian newspaper and broadcaster
O hespress|هسبريس|هيسبريس|Hespress|Moroccan news website
O alyaoum24|اليوم 24|اليوم24|Alyaoum 24|Moroccan news website
O hibapress|هبة بريس||Hibapress|Moroccan news website
O medi1tv|ميدي 1 تيفي|ميدي1 تيفي;ميدي آن تيفي|Medi1 TV|Moroccan broadcaster
O 2m-morocco|دوزيم||2M|Moroccan broadcaster
O rai-al-youm|رأي اليوم||Rai al-Youm|Pan-Arab news website
O arabi21|عربي 21|عربي21|Arabi21|Pan-Arab news website
O elaph|إيلاف||Elaph|Pan-Arab news website
O alkhaleej-online|الخليج أونلاين||Alkhaleej Online|Pan-Arab news website
O noon-post|نون بوست||Noon Post|Pan-Arab news website
O homat-watan|حزب حماة الوطن|حماة الوطن|Homat Watan Party|Egyptian political party
O arabi-post|عربي بوست||Arabi Post|Pan-Arab news website
O ean-libya|عين ليبيا||Ean Libya|Libyan news website
O cairo-24|القاهرة 24|القاهرة24|Cairo 24|Egyptian news website
O electricite-du-liban|كهرباء لبنان|مؤسسة كهرباء لبنان|Électricité du Liban|Lebanese state power utility
O ucl|كلية لندن الجامعية|جامعة كلية لندن|University College London|University in London
O alsa|ألزا||Alsa|Spanish transport company
O sasa-post|ساسة بوست||Sasa Post|Pan-Arab news website
O rassd|شبكة رصد||Rassd News Network|Pan-Arab news network
O trt-arabi|تي آر تي عربي|تي آر تي|TRT|Turkish public broadcaster
O al-alam-tv|قناة العالم||Al-Alam|Iranian Arabic-language broadcaster
O press-tv|برس تي في||Press TV|Iranian English-language broadcaster
O iran-international|إيران إنترناشيونال|إيران إنترناشونال|Iran International|Persian-language broadcaster (London)
O dpa|وكالة الأنباء الألمانية|د ب أ|Deutsche Presse-Agentur|German news agency
O efe|وكالة إفي|وكالة الأنباء الإسبانية|EFE|Spanish news agency
O ansa|وكالة أنسا|وكالة الأنباء الإيطالية|ANSA|Italian news agency
O upi|يونايتد برس إنترناشونال||United Press International|US news agency
O isna|وكالة إيسنا||ISNA|Iranian news agency
O mehr|وكالة مهر|وكالة مهر للأنباء|Mehr News Agency|Iranian news agency
O bna|وكالة أنباء البحرين||Bahrain News Agency|Bahraini news agency
O ona-oman|وكالة الأنباء العمانية||Oman News Agency|Omani news agency
O ami-mauritania|الوكالة الموريتانية للأنباء|وكالة الأنباء الموريتانية|Mauritanian News Agency|Mauritanian news agency
O usa-today|يو إس إيه توداي||USA Today|US newspaper
O los-angeles-times|لوس أنجلوس تايمز|لوس أنجليس تايمز|Los Angeles Times|US newspaper
O cbs-news|سي بي إس نيوز|سي بي إس|CBS News|US broadcaster
O msnbc|إم إس إن بي سي||MSNBC|US broadcaster
O cnbc|سي إن بي سي||CNBC|US business broadcaster
O npr|إن بي آر||NPR|US public radio
O voice-of-america|إذاعة صوت أمريكا|إذاعة صوت أميركا|Voice of America|US government broadcaster
O the-atlantic|ذا أتلانتيك|ذي أتلانتيك|The Atlantic|US magazine
O foreign-policy|فورين بوليسي||Foreign Policy|US magazine
O foreign-affairs|فورين أفيرز||Foreign Affairs|US magazine
O the-hill|ذا هيل||The Hill|US news website
O the-new-yorker|ذا نيويوركر|نيويوركر|The New Yorker|US magazine
O time-magazine|مجلة تايم||Time|US magazine
O forbes|فوربس||Forbes|US business magazine
O business-insider|بيزنس إنسايدر||Business Insider|US news website
O the-intercept|ذا إنترسبت||The Intercept|US news website
O the-independent|الإندبندنت|ذي إندبندنت|The Independent|British newspaper
O daily-mail|ديلي ميل||Daily Mail|British newspaper
O the-sun|ذا صن||The Sun|British newspaper
O daily-express|ديلي إكسبريس||Daily Express|British newspaper
O the-observer|ذا أوبزرفر|الأوبزرفر|The Observer|British newspaper
O middle-east-monitor|ميدل إيست مونيتور||Middle East Monitor|British news website
O liberation|ليبراسيون||Libération|French newspaper
O le-parisien|لوباريزيان|لو باريزيان|Le Parisien|French newspaper
O les-echos|ليزيكو|لي زيكو|Les Échos|French business newspaper
O le-point|لوبوان|لو بوان|Le Point|French magazine
O mediapart|ميديابارت||Mediapart|French news website
O jeune-afrique|جون أفريك||Jeune Afrique|French-language pan-African magazine
O rfi|إذاعة فرنسا الدولية|راديو فرنسا الدولي;آر إف آي|Radio France Internationale|French public radio
O franceinfo|فرانس إنفو||franceinfo|French public news service
O bfmtv|بي إف إم تي في||BFM TV|French news channel
O ouest-france|ويست فرانس|أويست فرانس|Ouest-France|French newspaper
O lequipe|ليكيب||L'Équipe|French sports newspaper
O bild|بيلد||Bild|German newspaper
O die-welt|دي فيلت||Die Welt|German newspaper
O faz|فرانكفورتر ألغماينه تسايتونغ|فرانكفورتر ألجماينه تسايتونج|Frankfurter Allgemeine Zeitung|German newspaper
O suddeutsche-zeitung|زود دويتشه تسايتونغ|زوددويتشه تسايتونغ|Süddeutsche Zeitung|German newspaper
O die-zeit|دي تسايت||Die Zeit|German newspaper
O handelsblatt|هاندلسبلات||Handelsblatt|German business newspaper
O la-repubblica|لا ريبوبليكا||La Repubblica|Italian newspaper
O corriere-della-sera|كورييري ديلا سيرا|كوريري ديلا سيرا|Corriere della Sera|Italian newspaper
O gazzetta-dello-sport|لا غازيتا ديلو سبورت|غازيتا ديلو سبورت|La Gazzetta dello Sport|Italian sports newspaper
O corriere-dello-sport|كورييري ديلو سبورت|كوريري ديلو سبورت|Corriere dello Sport|Italian sports newspaper
O el-pais|إل باييس|الباييس|El País|Spanish newspaper
O el-mundo|إل موندو||El Mundo|Spanish newspaper
O marca|صحيفة ماركا||Marca|Spanish sports newspaper
O as-newspaper|صحيفة آس||AS|Spanish sports newspaper
O sport-newspaper|صحيفة سبورت||Sport|Spanish sports newspaper (Barcelona)
O mundo-deportivo|موندو ديبورتيفو||Mundo Deportivo|Spanish sports newspaper (Barcelona)
O maariv|صحيفة معاريف||Maariv|Israeli newspaper
O jerusalem-post|جيروزاليم بوست||The Jerusalem Post|Israeli newspaper
O israel-hayom|يسرائيل هيوم|إسرائيل هيوم|Israel Hayom|Israeli newspaper
O kan|هيئة البث الإسرائيلية|هيئة البث العامة الإسرائيلية|Kan|Israeli public broadcaster
O channel-12-israel|القناة 12|القناة الـ12|Channel 12|Israeli television channel
O channel-13-israel|القناة 13|القناة الـ13|Channel 13|Israeli television channel
O channel-14-israel|القناة 14|القناة الـ14|Channel 14|Israeli television channel
O ynet|واي نت||Ynet|Israeli news website
O i24news|آي 24 نيوز|i24NEWS|i24NEWS|Israeli broadcaster
O hurriyet|حرييت||Hürriyet|Turkish newspaper
O daily-sabah|ديلي صباح||Daily Sabah|Turkish English-language newspaper
O yeni-safak|يني شفق||Yeni Şafak|Turkish newspaper
O cumhuriyet|جمهوريت||Cumhuriyet|Turkish newspaper
O kommersant|كوميرسانت||Kommersant|Russian newspaper
O rossiyskaya-gazeta|روسيسكايا غازيتا||Rossiyskaya Gazeta|Russian government newspaper
O moscow-times|موسكو تايمز|ذا موسكو تايمز|The Moscow Times|Russian independent newspaper
O cctv|تلفزيون الصين المركزي|سي سي تي في|China Central Television|Chinese state broadcaster
O cgtn|سي جي تي إن|شبكة تلفزيون الصين الدولية|CGTN|Chinese state international broadcaster
O peoples-daily|صحيفة الشعب اليومية|الشعب اليومية|People's Daily|Chinese party newspaper
O south-china-morning-post|ساوث تشاينا مورنينغ بوست||South China Morning Post|Hong Kong newspaper
O china-daily|تشاينا ديلي||China Daily|Chinese newspaper
O nikkei|صحيفة نيكي|نيكي آسيا|Nikkei|Japanese business newspaper
O asahi-shimbun|أساهي شيمبون|صحيفة أساهي|Asahi Shimbun|Japanese newspaper
O yomiuri-shimbun|يوميوري شيمبون|صحيفة يوميوري|Yomiuri Shimbun|Japanese newspaper
O korea-herald|كوريا هيرالد||The Korea Herald|South Korean newspaper
O straits-times|ستريتس تايمز|ذا ستريتس تايمز|The Straits Times|Singaporean newspaper
O wikileaks|ويكيليكس||WikiLeaks|Whistleblowing website
O krg|حكومة إقليم كردستان|حكومة إقليم كوردستان;حكومة كردستان;حكومة كوردستان;حكومة كردستان العراق;حكومة كوردستان العراق|Kurdistan Regional Government|Government of the Kurdistan Region of Iraq|
O kurdistan-parliament|برلمان إقليم كردستان|برلمان إقليم كوردستان;برلمان كردستان;برلمان كوردستان;برلمان كردستان العراق;برلمان كوردستان العراق|Kurdistan Parliament|Legislature of the Kurdistan Region of Iraq|
O kurdistan-region-presidency|رئاسة إقليم كردستان|رئاسة إقليم كوردستان|Presidency of the Kurdistan Region|Presidency of the Kurdistan Region of Iraq|
O peshmerga|البيشمركة|قوات البيشمركة;البيشمركه الكردية|Peshmerga|Armed forces of the Kurdistan Region of Iraq|
O peshmerga-ministry|وزارة البيشمركة|وزارة شؤون البيشمركة|Ministry of Peshmerga Affairs|Ministry of the Kurdistan Regional Government|
O asayish|الأسايش|قوات الأسايش|Asayish|Kurdish security forces in Iraq and Syria|
O gorran|حركة كوران|حركة التغيير الكردية;حركة التغيير الكوردية|Gorran Movement|Kurdish political party in Iraq|
O kurdistan-islamic-union|الاتحاد الإسلامي الكردستاني|الاتحاد الإسلامي الكوردستاني|Kurdistan Islamic Union|Kurdish political party in Iraq|
O kurdistan-justice-group|جماعة العدل الكردستانية|جماعة العدل الكوردستانية;الجماعة الإسلامية الكردستانية;الجماعة الإسلامية الكوردستانية|Kurdistan Justice Group|Kurdish political party in Iraq|
O new-generation-movement|حراك الجيل الجديد|حركة الجيل الجديد|New Generation Movement|Kurdish political party in Iraq|
O kurdish-national-council|المجلس الوطني الكردي|المجلس الوطني الكوردي;المجلس الوطني الكردي في سوريا|Kurdish National Council|Coalition of Kurdish parties in Syria|
O pyd|حزب الاتحاد الديمقراطي|حزب الاتحاد الديمقراطي الكردي|Democratic Union Party (PYD)|Kurdish political party in Syria|
O ypg|وحدات حماية الشعب|وحدات حماية الشعب الكردية|People's Defense Units (YPG)|Kurdish armed force in Syria|
O aanes|الإدارة الذاتية لشمال وشرق سوريا|الإدارة الذاتية الديمقراطية لشمال وشرق سوريا;الإدارة الذاتية الكردية|Autonomous Administration of North and East Syria|Kurdish-led administration in north-eastern Syria|
O hdp|حزب الشعوب الديمقراطي|حزب الشعوب الديمقراطية|Peoples' Democratic Party (HDP)|Pro-Kurdish political party in Turkey|
O dem-party|حزب المساواة وديمقراطية الشعوب|حزب ديم|Peoples' Equality and Democracy Party (DEM)|Pro-Kurdish political party in Turkey|
O al-azhar|الأزهر الشريف|الأزهر;مشيخة الأزهر|Al-Azhar|Islamic institution in Cairo, Egypt|
O al-azhar-university|جامعة الأزهر||Al-Azhar University|University in Cairo, Egypt|
`;

// Sport: footballers, coaches and officials, Formula One drivers, tennis players; clubs as Arab
// media name them (a club whose name is an everyday word or a city only in its long form:
// نادي النصر، النادي الأهلي، نادي برشلونة), federations and teams.
const SPORTS = `
P mohamed-salah|محمد صلاح||Mohamed Salah|Egyptian footballer
P achraf-hakimi|أشرف حكيمي|حكيمي|Achraf Hakimi|Moroccan footballer
P riyad-mahrez|رياض محرز||Riyad Mahrez|Algerian footballer
P lionel-messi|ليونيل ميسي|ميسي|Lionel Messi|Argentine footballer|Q615
P cristiano-ronaldo|كريستيانو رونالدو|رونالدو;كريستيانو|Cristiano Ronaldo|Portuguese footballer|Q11571
P kylian-mbappe|كيليان مبابي|مبابي|Kylian Mbappé|French footballer
P erling-haaland|إرلينغ هالاند|هالاند;إيرلينغ هالاند|Erling Haaland|Norwegian footballer
P karim-benzema|كريم بنزيما|بنزيما;بنزيمة|Karim Benzema|French footballer
P neymar|نيمار|نيمار جونيور;نيمار دا سيلفا|Neymar|Brazilian footballer
P yassine-bounou|ياسين بونو|بونو|Yassine Bounou|Moroccan goalkeeper
P hakim-ziyech|حكيم زياش|زياش|Hakim Ziyech|Moroccan footballer
P sofyan-amrabat|سفيان أمرابط|أمرابط|Sofyan Amrabat|Moroccan footballer
P omar-marmoush|عمر مرموش|مرموش|Omar Marmoush|Egyptian footballer
P emam-ashour|إمام عاشور||Emam Ashour|Egyptian footballer
P mousa-al-taamari|موسى التعمري|التعمري|Mousa Al-Taamari|Jordanian footballer
P yazan-al-naimat|يزن النعيمات|النعيمات|Yazan Al-Naimat|Jordanian footballer
P akram-afif|أكرم عفيف||Akram Afif|Qatari footballer
P mehdi-taremi|مهدي طارمي|طارمي;مهدي طارمى|Mehdi Taremi|Iranian footballer
P son-heung-min|سون هيونغ مين|سون هيونج مين|Son Heung-min|South Korean footballer, captain of the national team
P hussein-ammouta|حسين عموتة|حسين عموته;عموتة;عموته|Hussein Ammouta|Moroccan football coach
P juergen-klinsmann|يورغن كلينسمان|يورجن كلينسمان;كلينسمان|Jürgen Klinsmann|German football coach
P vinicius-junior|فينيسيوس جونيور|فينيسيوس|Vinícius Júnior|Brazilian footballer
P jude-bellingham|جود بيلينغهام|بيلينغهام|Jude Bellingham|English footballer
P lamine-yamal|لامين يامال|يامال|Lamine Yamal|Spanish footballer
P pep-guardiola|بيب غوارديولا|غوارديولا|Pep Guardiola|Football coach (Manchester City)
P carlo-ancelotti|كارلو أنشيلوتي|أنشيلوتي;أنشلوتي|Carlo Ancelotti|Football coach (Real Madrid 2021–2025, Brazil from 2025)
P jurgen-klopp|يورغن كلوب||Jürgen Klopp|Football coach (Liverpool 2015–2024)
P jose-mourinho|جوزيه مورينيو|مورينيو|José Mourinho|Football coach
P zinedine-zidane|زين الدين زيدان|زيدان|Zinedine Zidane|Former French footballer and coach
P xabi-alonso|تشابي ألونسو|شابي ألونسو|Xabi Alonso|Football coach (Real Madrid from 2025)
P luis-enrique|لويس إنريكي|إنريكي|Luis Enrique|Football coach (Paris Saint-Germain from 2023)
P hansi-flick|هانزي فليك|فليك|Hansi Flick|Football coach (Barcelona from 2024)
P mikel-arteta|ميكيل أرتيتا|أرتيتا|Mikel Arteta|Football coach (Arsenal from 2019)
P arne-slot|آرني سلوت|سلوت|Arne Slot|Football coach (Liverpool from 2024)
P jorge-jesus|جورجي جيسوس|جيسوس;خورخي خيسوس|Jorge Jesus|Football coach (Al Hilal 2023–2025, Al Nassr from 2025)
P roberto-mancini|روبرتو مانشيني|مانشيني|Roberto Mancini|Football coach (Saudi Arabia 2023–2024)
P herve-renard|هيرفي رينارد|رينارد;هيرفي رونار;رونار|Hervé Renard|Football coach (Saudi Arabia 2019–2023, from 2024)
P walid-regragui|وليد الركراكي|الركراكي|Walid Regragui|Football coach (Morocco from 2022)
P djamel-belmadi|جمال بلماضي|بلماضي|Djamel Belmadi|Football coach (Algeria 2018–2024)
P vladimir-petkovic|فلاديمير بيتكوفيتش|بيتكوفيتش|Vladimir Petković|Football coach (Algeria from 2024)
P hossam-hassan|حسام حسن||Hossam Hassan|Football coach (Egypt from 2024), former striker
P gianni-infantino|جياني إنفانتينو|إنفانتينو;جاني إنفانتينو|Gianni Infantino|President of FIFA from 2016
P aleksander-ceferin|ألكسندر تشيفيرين|تشيفيرين;تشيفرين|Aleksander Čeferin|President of UEFA from 2016
P patrice-motsepe|باتريس موتسيبي|موتسيبي|Patrice Motsepe|President of CAF from 2021
P thomas-bach|توماس باخ|باخ|Thomas Bach|President of the International Olympic Committee (2013–2025)
P turki-alalshikh|تركي آل الشيخ||Turki Alalshikh|Chairman of Saudi Arabia's General Entertainment Authority from 2018
P max-verstappen|ماكس فيرستابن|فيرستابن;فرستابن;فيرشتابن|Max Verstappen|Formula One driver|Q2239218
P lewis-hamilton|لويس هاميلتون|هاميلتون;هاملتون|Lewis Hamilton|Formula One driver|Q9673
P charles-leclerc|شارل لوكلير|لوكلير;لوكليرك;تشارلز لوكلير|Charles Leclerc|Formula One driver
P lando-norris|لاندو نوريس|نوريس|Lando Norris|Formula One driver
P oscar-piastri|أوسكار بياستري|بياستري|Oscar Piastri|Formula One driver
P carlos-sainz|كارلوس ساينز|ساينز|Carlos Sainz Jr.|Formula One driver
P fernando-alonso|فرناندو ألونسو||Fernando Alonso|Formula One driver
P novak-djokovic|نوفاك ديوكوفيتش|ديوكوفيتش;جوكوفيتش;نوفاك جوكوفيتش|Novak Djokovic|Serbian tennis player|Q5812
P rafael-nadal|رافائيل نادال|نادال|Rafael Nadal|Spanish tennis player|Q10132
P carlos-alcaraz|كارلوس ألكاراز|ألكاراز;ألكاراس;كارلوس ألكاراس|Carlos Alcaraz|Spanish tennis player
P jannik-sinner|يانيك سينر|سينر|Jannik Sinner|Italian tennis player
P ons-jabeur|أنس جابر||Ons Jabeur|Tunisian tennis player
O real-madrid|ريال مدريد||Real Madrid|Spanish football club|Q8682
O fc-barcelona|نادي برشلونة|إف سي برشلونة|FC Barcelona|Spanish football club|Q7156
O atletico-madrid|أتلتيكو مدريد|أتليتكو مدريد;أتليتيكو مدريد|Atlético Madrid|Spanish football club|Q8701
O manchester-city|مانشستر سيتي|مان سيتي|Manchester City|English football club|Q50602
O manchester-united|مانشستر يونايتد|مان يونايتد|Manchester United|English football club|Q18656
O liverpool-fc|نادي ليفربول||Liverpool F.C.|English football club|Q1130849
O chelsea-fc|تشيلسي||Chelsea F.C.|English football club|Q9616
O arsenal-fc|آرسنال|نادي آرسنال|Arsenal F.C.|English football club|Q9617
O paris-saint-germain|باريس سان جيرمان|باريس سان جرمان;سان جيرمان|Paris Saint-Germain|French football club|Q483020
O bayern-munich|بايرن ميونخ|بايرن ميونيخ;بايرن|Bayern Munich|German football club|Q15789
O juventus|يوفنتوس||Juventus|Italian football club|Q1422
O ac-milan|إيه سي ميلان|آي سي ميلان|AC Milan|Italian football club|Q1543
O inter-milan|إنتر ميلان|إنتر ميلانو;الإنتر|Inter Milan|Italian football club|Q631
O al-hilal|نادي الهلال||Al Hilal|Saudi football club (Riyadh)
O al-nassr|نادي النصر||Al Nassr|Saudi football club (Riyadh)
O al-ahly|النادي الأهلي||Al Ahly|Egyptian football club (Cairo)
O zamalek|نادي الزمالك|الزمالك|Zamalek|Egyptian football club (Giza)
O pyramids-fc|نادي بيراميدز|بيراميدز|Pyramids FC|Egyptian football club
O wydad|الوداد البيضاوي|الوداد;نادي الوداد;الوداد الرياضي|Wydad AC|Moroccan football club (Casablanca)
O raja|الرجاء البيضاوي|نادي الرجاء;الرجاء الرياضي|Raja CA|Moroccan football club (Casablanca)
O esperance-de-tunis|الترجي الرياضي التونسي|الترجي;نادي الترجي;الترجي الرياضي|Espérance de Tunis|Tunisian football club
O etoile-du-sahel|النجم الساحلي||Étoile du Sahel|Tunisian football club (Sousse)
O mc-alger|مولودية الجزائر||MC Alger|Algerian football club
O js-kabylie|شبيبة القبائل||JS Kabylie|Algerian football club
O aston-villa|أستون فيلا||Aston Villa|English football club
O afc-bournemouth|نادي بورنموث|إيه إف سي بورنموث|AFC Bournemouth|English football club
O brentford-fc|برينتفورد|برنتفورد|Brentford F.C.|English football club
O brighton-hove-albion|برايتون آند هوف ألبيون|نادي برايتون|Brighton & Hove Albion|English football club
O burnley-fc|نادي بيرنلي||Burnley F.C.|English football club
O crystal-palace|كريستال بالاس||Crystal Palace F.C.|English football club
O everton-fc|إيفرتون|إفرتون|Everton F.C.|English football club
O fulham-fc|فولهام||Fulham F.C.|English football club
O leeds-united|ليدز يونايتد||Leeds United|English football club
O newcastle-united|نيوكاسل يونايتد|نادي نيوكاسل|Newcastle United|English football club
O nottingham-forest|نوتنغهام فورست|نوتينغهام فورست|Nottingham Forest|English football club
O sunderland-afc|نادي سندرلاند||Sunderland A.F.C.|English football club
O tottenham-hotspur|توتنهام هوتسبير|توتنهام;توتنهام هوتسبر|Tottenham Hotspur|English football club
O west-ham-united|وست هام يونايتد|وست هام|West Ham United|English football club
O wolverhampton-wanderers|وولفرهامبتون واندررز|ولفرهامبتون واندررز;نادي وولفرهامبتون;نادي ولفرهامبتون|Wolverhampton Wanderers|English football club
O leicester-city|ليستر سيتي||Leicester City|English football club
O ipswich-town|إيبسويتش تاون|إبسويتش تاون|Ipswich Town|English football club
O southampton-fc|نادي ساوثهامبتون|نادي ساوثامبتون|Southampton F.C.|English football club
O athletic-bilbao|أتلتيك بلباو|أتلتيك بيلباو;أثلتيك بلباو|Athletic Bilbao|Spanish football club
O real-sociedad|ريال سوسيداد||Real Sociedad|Spanish football club
O real-betis|ريال بيتيس|بيتيس|Real Betis|Spanish football club
O villarreal-cf|فياريال||Villarreal CF|Spanish football club
O sevilla-fc|نادي إشبيلية||Sevilla FC|Spanish football club
O valencia-cf|نادي فالنسيا||Valencia CF|Spanish football club
O girona-fc|نادي جيرونا||Girona FC|Spanish football club
O celta-vigo|سيلتا فيغو|سيلتا فيجو|Celta Vigo|Spanish football club
O ca-osasuna|أوساسونا||CA Osasuna|Spanish football club
O rcd-mallorca|ريال مايوركا|نادي مايوركا|RCD Mallorca|Spanish football club
O rayo-vallecano|رايو فاليكانو||Rayo Vallecano|Spanish football club
O deportivo-alaves|ديبورتيفو ألافيس|ألافيس|Deportivo Alavés|Spanish football club
O rcd-espanyol|إسبانيول||RCD Espanyol|Spanish football club
O getafe-cf|خيتافي|جيتافي|Getafe CF|Spanish football club
O cd-leganes|ليغانيس||CD Leganés|Spanish football club
O ud-las-palmas|نادي لاس بالماس||UD Las Palmas|Spanish football club
O real-valladolid|ريال بلد الوليد|ريال فالادوليد|Real Valladolid|Spanish football club
O elche-cf|نادي إلتشي||Elche CF|Spanish football club
O levante-ud|ليفانتي||Levante UD|Spanish football club
O real-oviedo|ريال أوفييدو||Real Oviedo|Spanish football club
O ssc-napoli|نادي نابولي|إس إس سي نابولي|SSC Napoli|Italian football club
O as-roma|نادي روما|إيه إس روما|AS Roma|Italian football club
O ss-lazio|نادي لاتسيو|إس إس لاتسيو|SS Lazio|Italian football club
O atalanta-bc|أتالانتا||Atalanta BC|Italian football club
O acf-fiorentina|فيورنتينا|فيورينتينا|ACF Fiorentina|Italian football club
O bologna-fc|نادي بولونيا||Bologna FC|Italian football club
O torino-fc|نادي تورينو||Torino FC|Italian football club
O genoa-cfc|نادي جنوى||Genoa CFC|Italian football club
O udinese-calcio|أودينيزي||Udinese Calcio|Italian football club
O us-sassuolo|ساسولو||US Sassuolo|Italian football club
O cagliari-calcio|نادي كالياري||Cagliari Calcio|Italian football club
O us-lecce|نادي ليتشي||US Lecce|Italian football club
O parma-calcio|نادي بارما||Parma Calcio|Italian football club
O como-1907|نادي كومو||Como 1907|Italian football club
O hellas-verona|هيلاس فيرونا||Hellas Verona|Italian football club
O empoli-fc|نادي إمبولي||Empoli FC|Italian football club
O ac-monza|نادي مونزا||AC Monza|Italian football club
O venezia-fc|نادي فينيسيا||Venezia FC|Italian football club
O us-cremonese|كريمونيزي||US Cremonese|Italian football club
O pisa-sc|نادي بيزا||Pisa SC|Italian football club
O borussia-dortmund|بوروسيا دورتموند||Borussia Dortmund|German football club
O bayer-leverkusen|باير ليفركوزن|باير ليفركوزين|Bayer Leverkusen|German football club
O rb-leipzig|آر بي لايبزيغ|ريد بول لايبزيغ|RB Leipzig|German football club
O eintracht-frankfurt|آينتراخت فرانكفورت|إنتراخت فرانكفورت|Eintracht Frankfurt|German football club
O vfb-stuttgart|في إف بي شتوتغارت|نادي شتوتغارت|VfB Stuttgart|German football club
O borussia-monchengladbach|بوروسيا مونشنغلادباخ|بوروسيا مونشن غلادباخ|Borussia Mönchengladbach|German football club
O vfl-wolfsburg|نادي فولفسبورغ|في إف إل فولفسبورغ|VfL Wolfsburg|German football club
O sc-freiburg|نادي فرايبورغ|إس سي فرايبورغ|SC Freiburg|German football club
O werder-bremen|فيردر بريمن|فيردر بريمين|Werder Bremen|German football club
O tsg-hoffenheim|هوفنهايم|تي إس جي هوفنهايم|TSG Hoffenheim|German football club
O union-berlin|يونيون برلين|أونيون برلين|Union Berlin|German football club
O mainz-05|نادي ماينز|ماينز 05|Mainz 05|German football club
O fc-augsburg|نادي أوغسبورغ||FC Augsburg|German football club
O fc-koln|نادي كولن|إف سي كولن|1. FC Köln|German football club
O hamburger-sv|نادي هامبورغ|هامبورغ إس في|Hamburger SV|German football club
O fc-st-pauli|سانت باولي||FC St. Pauli|German football club
O fc-heidenheim|نادي هايدنهايم||1. FC Heidenheim|German football club
O schalke-04|شالكه|شالكه 04|Schalke 04|German football club
O hertha-bsc|هيرتا برلين||Hertha BSC|German football club
O olympique-de-marseille|أولمبيك مارسيليا|نادي مارسيليا|Olympique de Marseille|French football club
O olympique-lyonnais|أولمبيك ليون|نادي ليون|Olympique Lyonnais|French football club
O as-monaco|نادي موناكو|إيه إس موناكو|AS Monaco|French football club
O losc-lille|نادي ليل||LOSC Lille|French football club
O rc-lens|نادي لانس|آر سي لانس|RC Lens|French football club
O ogc-nice|نادي نيس|أو جي سي نيس|OGC Nice|French football club
O stade-rennais|ستاد رين|نادي رين|Stade Rennais|French football club
O rc-strasbourg|نادي ستراسبورغ|آر سي ستراسبورغ|RC Strasbourg|French football club
O fc-nantes|نادي نانت|إف سي نانت|FC Nantes|French football club
O toulouse-fc|نادي تولوز||Toulouse FC|French football club
O stade-brestois|ستاد بريست|نادي بريست|Stade Brestois|French football club
O stade-de-reims|ستاد ريمس|نادي ريمس|Stade de Reims|French football club
O montpellier-hsc|نادي مونبلييه||Montpellier HSC|French football club
O aj-auxerre|نادي أوكسير||AJ Auxerre|French football club
O le-havre-ac|نادي لوهافر||Le Havre AC|French football club
O angers-sco|نادي أنجيه||Angers SCO|French football club
O as-saint-etienne|نادي سانت إتيان||AS Saint-Étienne|French football club
O fc-lorient|نادي لوريان||FC Lorient|French football club
O fc-metz|نادي ميتز||FC Metz|French football club
O paris-fc|باريس إف سي||Paris FC|French football club
O sl-benfica|بنفيكا||S.L. Benfica|Portuguese football club
O fc-porto|نادي بورتو|إف سي بورتو|FC Porto|Portuguese football club
O sporting-cp|سبورتنغ لشبونة|سبورتينغ لشبونة|Sporting CP|Portuguese football club
O sc-braga|سبورتنغ براغا|نادي براغا;سبورتينغ براغا|SC Braga|Portuguese football club
O vitoria-guimaraes|فيتوريا غيماريش|فيتوريا غيمارايش|Vitória de Guimarães|Portuguese football club
O boavista-fc|بوافيشتا||Boavista F.C.|Portuguese football club
O fc-famalicao|فاماليكاو||F.C. Famalicão|Portuguese football club
O rio-ave-fc|ريو آفي||Rio Ave F.C.|Portuguese football club
O afc-ajax|أياكس|أياكس أمستردام;أجاكس|AFC Ajax|Dutch football club
O psv-eindhoven|بي إس في آيندهوفن|بي إس في|PSV Eindhoven|Dutch football club
O feyenoord|فينورد|فاينورد|Feyenoord|Dutch football club
O az-alkmaar|إيه زد ألكمار||AZ Alkmaar|Dutch football club
O fc-twente|إف سي تفينتي|تفينتي|FC Twente|Dutch football club
O fc-utrecht|إف سي أوتريخت||FC Utrecht|Dutch football club
O galatasaray|غلطة سراي|غالاتاسراي|Galatasaray|Turkish football club
O fenerbahce|فنربخشة|فنربهتشه;فناربخشة;فنرباهتشة|Fenerbahçe|Turkish football club
O besiktas|بشكتاش|بيشكتاش|Beşiktaş|Turkish football club
O trabzonspor|طرابزون سبور||Trabzonspor|Turkish football club
O istanbul-basaksehir|إسطنبول باشاك شهير|باشاك شهير|İstanbul Başakşehir|Turkish football club
O konyaspor|قونيا سبور||Konyaspor|Turkish football club
O antalyaspor|أنطاليا سبور||Antalyaspor|Turkish football club
O palmeiras|بالميراس||Palmeiras|Brazilian football club (São Paulo)
O corinthians|كورينثيانز|كورنثيانز;كورينثيانس|Corinthians|Brazilian football club (São Paulo)
O flamengo|فلامنغو|فلامنجو;فلامينغو;فلامينجو|Flamengo|Brazilian football club (Rio de Janeiro)
O fluminense|فلومينينسي|فلومينيسي|Fluminense|Brazilian football club (Rio de Janeiro)
O botafogo|بوتافوغو|بوتافوجو|Botafogo|Brazilian football club (Rio de Janeiro)
O vasco-da-gama|فاسكو دا غاما|فاسكو دا جاما|Vasco da Gama|Brazilian football club (Rio de Janeiro)
O gremio|غريميو|جريميو|Grêmio|Brazilian football club (Porto Alegre)
O internacional|إنترناسيونال|انترناسيونال|Internacional|Brazilian football club (Porto Alegre)
O cruzeiro|كروزيرو||Cruzeiro|Brazilian football club (Belo Horizonte)
O atletico-mineiro|أتلتيكو مينيرو|أتلتيكو مينيرو البرازيلي|Atlético Mineiro|Brazilian football club (Belo Horizonte)
O santos-fc|نادي سانتوس|سانتوس البرازيلي|Santos FC|Brazilian football club
O samsunspor|سامسون سبور||Samsunspor|Turkish football club
O alanyaspor|ألانيا سبور||Alanyaspor|Turkish football club
O kayserispor|قيصري سبور||Kayserispor|Turkish football club
O sivasspor|سيواس سبور||Sivasspor|Turkish football club
O al-ittihad-jeddah|نادي الاتحاد|اتحاد جدة|Al-Ittihad Club|Saudi football club (Jeddah)
O al-ahli-saudi|أهلي جدة||Al-Ahli Saudi FC|Saudi football club (Jeddah)
O al-shabab-riyadh|نادي الشباب||Al-Shabab FC|Saudi football club (Riyadh)
O al-ettifaq|نادي الاتفاق||Al-Ettifaq FC|Saudi football club (Dammam)
O al-fateh|نادي الفتح||Al-Fateh SC|Saudi football club (Al-Hasa)
O al-taawoun|نادي التعاون||Al-Taawoun FC|Saudi football club (Buraidah)
O al-fayha|نادي الفيحاء||Al-Fayha FC|Saudi football club (Al Majma'ah)
O al-raed|نادي الرائد||Al-Raed FC|Saudi football club (Buraidah)
O al-khaleej-club|نادي الخليج||Khaleej FC|Saudi football club (Saihat)
O al-riyadh-sc|نادي الرياض||Al-Riyadh SC|Saudi football club (Riyadh)
O damac-fc|نادي ضمك||Damac FC|Saudi football club (Khamis Mushait)
O al-okhdood|نادي الأخدود||Al-Okhdood Club|Saudi football club (Najran)
O al-kholood|نادي الخلود||Al-Kholood Club|Saudi football club (Ar Rass)
O al-orobah|نادي العروبة||Al-Orobah FC|Saudi football club (Sakakah)
O al-hazem|نادي الحزم||Al-Hazem SC|Saudi football club (Ar Rass)
O al-najma|نادي النجمة||Al-Najma SC|Saudi football club (Unaizah)
O neom-sc|نادي نيوم||Neom SC|Saudi football club
O al-masry|النادي المصري||Al Masry SC|Egyptian football club (Port Said)
O ismaily-sc|النادي الإسماعيلي||Ismaily SC|Egyptian football club (Ismailia)
O al-ittihad-alexandria|الاتحاد السكندري||Al Ittihad Alexandria|Egyptian football club
O smouha-sc|سموحة||Smouha SC|Egyptian football club (Alexandria)
O ghazl-el-mahalla|غزل المحلة||Ghazl El Mahalla|Egyptian football club
O el-gouna-fc|نادي الجونة||El Gouna FC|Egyptian football club
O pharco-fc|فاركو||Pharco FC|Egyptian football club (Alexandria)
O talaea-el-gaish|طلائع الجيش||Tala'ea El Gaish|Egyptian football club (Cairo)
O al-mokawloon|المقاولون العرب||Al Mokawloon Al Arab|Egyptian football club (also the construction company's name)
O national-bank-of-egypt-sc|نادي البنك الأهلي||National Bank of Egypt SC|Egyptian football club
O enppi-club|إنبي||ENPPI Club|Egyptian football club
O petrojet-fc|بتروجت||Petrojet FC|Egyptian football club
O ceramica-cleopatra|سيراميكا كليوباترا||Ceramica Cleopatra FC|Egyptian football club
O modern-sport-fc|مودرن سبورت|مودرن فيوتشر;نادي فيوتشر|Modern Sport FC|Egyptian football club (formerly Future FC)
O wadi-degla-fc|وادي دجلة||Wadi Degla SC|Egyptian football club
O haras-el-hodoud|نادي حرس الحدود||Haras El Hodoud SC|Egyptian football club
O far-rabat|نادي الجيش الملكي||AS FAR|Moroccan football club (Rabat)
O rs-berkane|نهضة بركان||RS Berkane|Moroccan football club
O fus-rabat|الفتح الرباطي|الفتح الرياضي|FUS Rabat|Moroccan football club
O maghreb-fes|المغرب الفاسي||Maghreb de Fès|Moroccan football club
O wydad-fes|الوداد الفاسي||Wydad de Fès|Moroccan football club
O hassania-agadir|حسنية أكادير|حسنية أغادير|Hassania Agadir|Moroccan football club
O moghreb-tetouan|المغرب التطواني||Moghreb Tétouan|Moroccan football club
O ir-tanger|اتحاد طنجة||Ittihad Tanger|Moroccan football club
O difaa-el-jadida|الدفاع الحسني الجديدي|الدفاع الجديدي|Difaâ Hassani El Jadidi|Moroccan football club
O olympic-safi|أولمبيك آسفي||Olympic Safi|Moroccan football club
O rca-zemamra|نهضة الزمامرة||Renaissance Zemamra|Moroccan football club
O union-touarga|اتحاد تواركة||Union Touarga|Moroccan football club
O chabab-mohammedia|شباب المحمدية||Chabab Mohammédia|Moroccan football club
O kawkab-marrakech|الكوكب المراكشي||Kawkab Marrakech|Moroccan football club
O olympique-khouribga|أولمبيك خريبكة||Olympique Khouribga|Moroccan football club
O youssoufia-berrechid|يوسفية برشيد||Youssoufia Berrechid|Moroccan football club
O usm-alger|اتحاد العاصمة|اتحاد الجزائر|USM Alger|Algerian football club
O cr-belouizdad|شباب بلوزداد||CR Belouizdad|Algerian football club
O es-setif|وفاق سطيف||ES Sétif|Algerian football club
O cs-constantine|شباب قسنطينة||CS Constantine|Algerian football club
O mc-oran|مولودية وهران||MC Oran|Algerian football club
O usm-bel-abbes|اتحاد بلعباس|اتحاد سيدي بلعباس|USM Bel Abbès|Algerian football club
O js-saoura|شبيبة الساورة||JS Saoura|Algerian football club
O paradou-ac|بارادو||Paradou AC|Algerian football club
O aso-chlef|جمعية الشلف||ASO Chlef|Algerian football club
O nc-magra|نجم مقرة||NC Magra|Algerian football club
O olympique-akbou|أولمبيك أقبو||Olympique Akbou|Algerian football club
O mc-el-bayadh|مولودية البيض||MC El Bayadh|Algerian football club
O us-biskra|اتحاد بسكرة||US Biskra|Algerian football club
O usm-khenchela|اتحاد خنشلة||USM Khenchela|Algerian football club
O na-hussein-dey|نصر حسين داي||NA Hussein Dey|Algerian football club
O club-africain|النادي الإفريقي||Club Africain|Tunisian football club
O cs-sfaxien|النادي الصفاقسي||CS Sfaxien|Tunisian football club
O us-monastir|الاتحاد المنستيري||US Monastir|Tunisian football club
O stade-tunisien|الملعب التونسي||Stade Tunisien|Tunisian football club
O ca-bizertin|النادي البنزرتي||CA Bizertin|Tunisian football club
O us-ben-guerdane|اتحاد بن قردان||US Ben Guerdane|Tunisian football club
O as-marsa|مستقبل المرسى||AS Marsa|Tunisian football club
O js-kairouan|شبيبة القيروان||JS Kairouan|Tunisian football club
O olympique-beja|الأولمبي الباجي||Olympique Béja|Tunisian football club
O es-zarzis|الترجي الجرجيسي||ES Zarzis|Tunisian football club
O el-gawafel-gafsa|قوافل قفصة||EGS Gafsa|Tunisian football club
O al-sadd|نادي السد||Al Sadd SC|Qatari football club
O al-duhail|نادي الدحيل||Al-Duhail SC|Qatari football club
O al-rayyan-sc|نادي الريان||Al-Rayyan SC|Qatari football club
O al-gharafa|نادي الغرافة||Al-Gharafa SC|Qatari football club
O qatar-sc|نادي قطر||Qatar SC|Qatari football club
O al-wakrah-sc|نادي الوكرة||Al-Wakrah SC|Qatari football club
O umm-salal-sc|نادي أم صلال||Umm Salal SC|Qatari football club
O al-shamal-sc|نادي الشمال||Al-Shamal SC|Qatari football club
O al-khor-sc|نادي الخور||Al-Khor SC|Qatari football club
O al-sailiya|نادي السيلية||Al-Sailiya SC|Qatari football club
O al-shahania|نادي الشحانية||Al-Shahania SC|Qatari football club
O al-ain-fc|نادي العين||Al Ain FC|Emirati football club
O al-wahda-abu-dhabi|نادي الوحدة||Al Wahda FC|Emirati football club (Abu Dhabi; clubs of the same name in Saudi Arabia and Syria)
O al-jazira-club|نادي الجزيرة||Al Jazira Club|Emirati football club (Abu Dhabi; clubs of the same name in Jordan and Egypt)
O shabab-al-ahli|شباب الأهلي دبي|نادي شباب الأهلي|Shabab Al Ahli|Emirati football club (Dubai)
O sharjah-fc|نادي الشارقة||Sharjah FC|Emirati football club
O al-wasl|نادي الوصل||Al Wasl FC|Emirati football club (Dubai)
O baniyas-club|نادي بني ياس||Baniyas Club|Emirati football club
O ajman-club|نادي عجمان||Ajman Club|Emirati football club
O ittihad-kalba|اتحاد كلباء||Ittihad Kalba|Emirati football club
O khor-fakkan-club|نادي خورفكان||Khor Fakkan Club|Emirati football club
O al-bataeh|نادي البطائح||Al Bataeh Club|Emirati football club
O al-dhafra|نادي الظفرة||Al Dhafra FC|Emirati football club
O al-ahli-tripoli|أهلي طرابلس|الأهلي طرابلس|Al Ahli SC (Tripoli)|Libyan football club
O al-ahly-benghazi|أهلي بنغازي|الأهلي بنغازي|Al-Ahly SC (Benghazi)|Libyan football club
O al-akhdar-sc|نادي الأخضر||Al-Akhdar SC|Libyan football club (Bayda)
O al-suwaihli|نادي السويحلي||Al-Suwaihli SC|Libyan football club (Misrata)
O al-tahaddy|نادي التحدي||Al-Tahaddy SC|Libyan football club (Benghazi)
O al-shorta-sc|نادي الشرطة||Al-Shorta SC|Iraqi football club (Baghdad)
O al-zawraa|نادي الزوراء||Al-Zawraa SC|Iraqi football club (Baghdad)
O al-quwa-al-jawiya|نادي القوة الجوية||Al-Quwa Al-Jawiya|Iraqi football club (Baghdad)
O al-talaba|نادي الطلبة||Al-Talaba SC|Iraqi football club (Baghdad)
O erbil-sc|نادي أربيل||Erbil SC|Iraqi football club
O naft-al-wasat|نادي نفط الوسط||Naft Al-Wasat SC|Iraqi football club (Najaf)
O al-naft-sc|نادي النفط||Al-Naft SC|Iraqi football club (Baghdad)
O duhok-sc|نادي دهوك||Duhok SC|Iraqi football club
O zakho-fc|نادي زاخو||Zakho FC|Iraqi football club
O al-karkh-sc|نادي الكرخ||Al-Karkh SC|Iraqi football club (Baghdad)
O naft-maysan|نادي نفط ميسان||Naft Maysan FC|Iraqi football club
O al-kahrabaa|نادي الكهرباء||Al-Kahrabaa FC|Iraqi football club (Baghdad)
O al-najaf-fc|نادي النجف||Al-Najaf FC|Iraqi football club
O al-minaa|نادي الميناء||Al-Minaa SC|Iraqi football club (Basra)
O al-faisaly-amman|نادي الفيصلي||Al-Faisaly SC|Jordanian football club (Amman)
O al-wehdat|نادي الوحدات||Al-Wehdat SC|Jordanian football club (Amman)
O al-hussein-irbid|الحسين إربد||Al-Hussein SC (Irbid)|Jordanian football club
O al-ramtha|نادي الرمثا||Al-Ramtha SC|Jordanian football club
O shabab-al-ordon|نادي شباب الأردن||Shabab Al-Ordon|Jordanian football club
O al-salt-sc|نادي السلط||Al-Salt SC|Jordanian football club
O maan-sc|نادي معان||Ma'an SC|Jordanian football club
O sahab-sc|نادي سحاب||Sahab SC|Jordanian football club
O kuwait-sc|نادي الكويت||Kuwait SC|Kuwaiti football club
O kazma-sc|نادي كاظمة||Kazma SC|Kuwaiti football club
O al-salmiya-sc|نادي السالمية||Al-Salmiya SC|Kuwaiti football club
O al-tadamon-sc|نادي التضامن||Al-Tadamon SC|Kuwaiti football club
O al-fahaheel|نادي الفحيحيل||Al-Fahaheel FC|Kuwaiti football club
O al-jahra-sc|نادي الجهراء||Al-Jahra SC|Kuwaiti football club
O khaitan-sc|نادي خيطان||Khaitan SC|Kuwaiti football club
O uefa|الاتحاد الأوروبي لكرة القدم|يويفا;اليويفا|UEFA|European football confederation|Q35572
O caf|الاتحاد الأفريقي لكرة القدم||Confederation of African Football|African football confederation
O afc|الاتحاد الآسيوي لكرة القدم|الاتحاد الآسيوي|Asian Football Confederation|Asian football confederation
O uafa|الاتحاد العربي لكرة القدم||Union of Arab Football Associations|Arab football union
O waff|اتحاد غرب آسيا لكرة القدم||West Asian Football Federation|Regional football federation
O unaf|اتحاد شمال أفريقيا لكرة القدم||Union of North African Football Federations|Regional football federation
O conmebol|كونميبول|اتحاد أمريكا الجنوبية لكرة القدم|CONMEBOL|South American football confederation
O concacaf|كونكاكاف||CONCACAF|North and Central American football confederation
O olympic-council-of-asia|المجلس الأولمبي الآسيوي||Olympic Council of Asia|Sports organization
O wada|الوكالة العالمية لمكافحة المنشطات|الوكالة الدولية لمكافحة المنشطات|World Anti-Doping Agency|Sports organization
O court-of-arbitration-for-sport|محكمة التحكيم الرياضي|المحكمة الرياضية الدولية;محكمة كاس|Court of Arbitration for Sport|Sports court (Lausanne)
O fia|الاتحاد الدولي للسيارات||FIA|International motor-sport federation
O egyptian-football-association|الاتحاد المصري لكرة القدم||Egyptian Football Association|National football federation
O saudi-arabian-football-federation|الاتحاد السعودي لكرة القدم||Saudi Arabian Football Federation|National football federation
O royal-moroccan-football-federation|الجامعة الملكية المغربية لكرة القدم||Royal Moroccan Football Federation|National football federation
O algerian-football-federation|الاتحاد الجزائري لكرة القدم|الاتحادية الجزائرية لكرة القدم|Algerian Football Federation|National football federation
O tunisian-football-federation|الجامعة التونسية لكرة القدم|الاتحاد التونسي لكرة القدم|Tunisian Football Federation|National football federation
O qatar-football-association|الاتحاد القطري لكرة القدم||Qatar Football Association|National football federation
O uae-football-association|اتحاد الإمارات لكرة القدم|الاتحاد الإماراتي لكرة القدم|UAE Football Association|National football federation
O kuwait-football-association|الاتحاد الكويتي لكرة القدم||Kuwait Football Association|National football federation
O iraq-football-association|الاتحاد العراقي لكرة القدم||Iraq Football Association|National football federation
O jordan-football-association|الاتحاد الأردني لكرة القدم||Jordan Football Association|National football federation
O libyan-football-federation|الاتحاد الليبي لكرة القدم||Libyan Football Federation|National football federation
O bahrain-football-association|الاتحاد البحريني لكرة القدم||Bahrain Football Association|National football federation
O oman-football-association|الاتحاد العماني لكرة القدم||Oman Football Association|National football federation
O lebanese-football-association|الاتحاد اللبناني لكرة القدم||Lebanese Football Association|National football federation
O syrian-football-association|الاتحاد السوري لكرة القدم|الاتحاد العربي السوري لكرة القدم|Syrian Arab Football Association|National football federation
O palestinian-football-association|الاتحاد الفلسطيني لكرة القدم||Palestinian Football Association|National football federation
O sudan-football-association|الاتحاد السوداني لكرة القدم||Sudan Football Association|National football federation
O yemen-football-association|الاتحاد اليمني لكرة القدم||Yemen Football Association|National football federation
O mauritanian-football-federation|الاتحادية الموريتانية لكرة القدم|الاتحاد الموريتاني لكرة القدم|Mauritanian Football Federation|National football federation
O the-football-association|الاتحاد الإنجليزي لكرة القدم||The Football Association|English football federation
O spanish-football-federation|الاتحاد الإسباني لكرة القدم||Royal Spanish Football Federation|National football federation
O italian-football-federation|الاتحاد الإيطالي لكرة القدم||Italian Football Federation|National football federation
O german-football-association|الاتحاد الألماني لكرة القدم||German Football Association|National football federation
O french-football-federation|الاتحاد الفرنسي لكرة القدم||French Football Federation|National football federation
O portuguese-football-federation|الاتحاد البرتغالي لكرة القدم||Portuguese Football Federation|National football federation
O dutch-football-association|الاتحاد الهولندي لكرة القدم||Royal Dutch Football Association|National football federation
O turkish-football-federation|الاتحاد التركي لكرة القدم||Turkish Football Federation|National football federation
O belgian-football-association|الاتحاد البلجيكي لكرة القدم||Royal Belgian Football Association|National football federation
O brazilian-football-confederation|الاتحاد البرازيلي لكرة القدم||Brazilian Football Confederation|National football federation
O argentine-football-association|الاتحاد الأرجنتيني لكرة القدم||Argentine Football Association|National football federation
O red-bull-racing|ريد بول||Red Bull Racing|Formula One team (also the drinks company)
O ferrari|فيراري||Ferrari|Carmaker and Formula One team
O mclaren|ماكلارين|مكلارين|McLaren|Formula One team and carmaker
O mercedes|مرسيدس|مرسيدس بنز|Mercedes|Carmaker and Formula One team
O formula-one|الفورمولا 1|فورمولا 1;الفورمولا وان;فورمولا وان|Formula One|Motor-racing championship
`;

// Culture: singers, actors, film directors and writers of the Arab world, and scholars and poets of
// the classical era.
const CULTURE = `
P amr-diab|عمرو دياب||Amr Diab|Egyptian singer
P taha-hussein|طه حسين||Taha Hussein|Egyptian writer (died 1973)
P ahmed-naina|أحمد نعينع|نعينع|Ahmed Naina|Egyptian Quran reciter
P fairuz|فيروز|نهاد حداد|Fairuz|Lebanese singer
P umm-kulthum|أم كلثوم|كوكب الشرق|Umm Kulthum|Egyptian singer (died 1975)
P adel-emam|عادل إمام||Adel Emam|Egyptian actor
P mohamed-mounir|محمد منير||Mohamed Mounir|Egyptian singer
P nancy-ajram|نانسي عجرم||Nancy Ajram|Lebanese singer
P elissa|إليسا||Elissa|Lebanese singer
P haifa-wehbe|هيفاء وهبي||Haifa Wehbe|Lebanese singer and actress
P marcel-khalife|مارسيل خليفة||Marcel Khalife|Lebanese composer and singer
P ziad-rahbani|زياد الرحباني|زياد رحباني|Ziad Rahbani|Lebanese composer and playwright (died 2025)
P kadim-al-sahir|كاظم الساهر||Kadim Al Sahir|Iraqi singer
P mohammed-abdu|محمد عبده||Mohammed Abdu|Saudi singer
P hussain-al-jassmi|حسين الجسمي||Hussain Al Jassmi|Emirati singer
P sherine-abdel-wahab|شيرين عبد الوهاب||Sherine Abdel-Wahab|Egyptian singer
P tamer-hosny|تامر حسني||Tamer Hosny|Egyptian singer and actor
P mohamed-ramadan|محمد رمضان||Mohamed Ramadan|Egyptian actor and singer
P ahmed-helmy|أحمد حلمي||Ahmed Helmy|Egyptian actor
P hend-sabry|هند صبري||Hend Sabry|Tunisian actress
P mona-zaki|منى زكي||Mona Zaki|Egyptian actress
P saad-lamjarred|سعد لمجرد||Saad Lamjarred|Moroccan singer
P nadine-labaki|نادين لبكي|لبكي|Nadine Labaki|Lebanese film director and actress
P youssef-chahine|يوسف شاهين||Youssef Chahine|Egyptian film director (died 2008)
P kaouther-ben-hania|كوثر بن هنية||Kaouther Ben Hania|Tunisian film director
P naguib-mahfouz|نجيب محفوظ||Naguib Mahfouz|Egyptian novelist, Nobel laureate (died 2006)
P mahmoud-darwish|محمود درويش||Mahmoud Darwish|Palestinian poet (died 2008)
P ibn-sina|ابن سينا||Avicenna|Physician and philosopher (died 1037)|Q8011
P ibn-khaldun|ابن خلدون|عبد الرحمن بن خلدون|Ibn Khaldun|Historian (died 1406)
P ibn-rushd|ابن رشد||Averroes|Philosopher and judge (died 1198)
P ibn-battuta|ابن بطوطة||Ibn Battuta|Traveller (died 1369)
P al-ghazali|أبو حامد الغزالي|الغزالي|al-Ghazali|Theologian and jurist (died 1111)
P al-mutanabbi|المتنبي|أبو الطيب المتنبي|al-Mutanabbi|Poet (died 965)
`;

// Heads of state and government, crown princes, foreign and defence ministers, speakers of Arab
// parliaments and heads of international bodies in office in 2024–2025 that the lists above lack
// (checked one by one against the base; a surname alone only where it is no everyday word, place
// or given name), and newer offices of people listed above.
const LEADERS = `
P abdullah-al-al-sheikh|عبدالله آل الشيخ|عبدالله بن محمد آل الشيخ|Abdullah Al al-Sheikh|Speaker of Saudi Arabia's Shura Council from 2009|
P gretchen-whitmer|غريتشن ويتمر|ويتمر;جريتشن ويتمر|Gretchen Whitmer|Governor of Michigan from 2019|
P ali-yerlikaya|علي يرلي كايا|يرلي كايا;علي يرليكايا;يرليكايا|Ali Yerlikaya|Minister of the Interior of Turkey from 2023|
P amine-tahraoui|أمين التهراوي|التهراوي|Amine Tahraoui|Minister of Health and Social Protection of Morocco from 2024|
P zulfi-bukhari|ذو الفقار بخاري|زلفي بخاري|Zulfi Bukhari|Pakistani politician of the Pakistan Tehreek-e-Insaf|
P kamel-al-wazir|كامل الوزير||Kamel al-Wazir|Deputy Prime Minister of Egypt for Industrial Development and Minister of Industry and Transport from 2024|
P he-yongqian|خه يونغ تشيان|خه يونغتشيان|He Yongqian|Spokesperson of China's Ministry of Commerce|
P saqr-ghobash|صقر غباش|غباش;صقر سعيد غباش|Saqr Ghobash|Speaker of the UAE Federal National Council from 2019|
P saoud-bin-abdulrahman-al-thani|سعود بن عبدالرحمن آل ثاني|سعود بن عبدالرحمن بن حسن آل ثاني|Saoud bin Abdulrahman Al Thani|Deputy Prime Minister and Minister of State for Defence Affairs of Qatar from 2024|
P hassan-al-ghanim|حسن بن عبدالله الغانم|حسن الغانم|Hassan bin Abdullah Al-Ghanim|Speaker of Qatar's Shura Council from 2021|
P sabah-al-khalid-al-sabah|صباح الخالد الحمد الصباح|صباح خالد الحمد الصباح;صباح الخالد|Sabah Al-Khalid Al-Hamad Al-Sabah|Crown Prince of Kuwait from 2024, Prime Minister (2019–2022)|
P mohammad-sabah-al-salem|محمد صباح السالم الصباح|محمد صباح السالم|Mohammad Sabah Al-Salem Al-Sabah|Prime Minister of Kuwait (2024)|
P ahmad-nawaf-al-sabah|أحمد نواف الأحمد الصباح|أحمد النواف;أحمد نواف الأحمد|Ahmad Nawaf Al-Ahmad Al-Sabah|Prime Minister of Kuwait (2022–2024)|
P salem-abdullah-al-jaber-al-sabah|سالم عبدالله الجابر الصباح|سالم عبدالله الجابر|Salem Abdullah Al-Jaber Al-Sabah|Foreign Minister of Kuwait (2022–2024)|
P abdullah-ali-al-abdullah-al-sabah|عبدالله علي عبدالله السالم الصباح|عبدالله علي عبدالله الصباح|Abdullah Ali Al-Abdullah Al-Salem Al-Sabah|Defence Minister of Kuwait from 2025|
P mohammed-al-mazrouei|محمد بن مبارك المزروعي|محمد المزروعي;محمد بن مبارك بن فاضل المزروعي|Mohammed bin Mubarak Al Mazrouei|Minister of State for Defence Affairs of the United Arab Emirates|
P abdullah-al-nuaimi|عبدالله بن حسن النعيمي|عبدالله النعيمي|Abdullah bin Hassan Al Nuaimi|Minister of Defence Affairs of Bahrain|
P ahmed-al-musallam|أحمد بن سلمان المسلم|أحمد المسلم|Ahmed bin Salman Al-Musallam|Speaker of Bahrain's Council of Representatives from 2022|
P ali-al-saleh|علي بن صالح الصالح||Ali bin Saleh Al-Saleh|Chairman of Bahrain's Shura Council|
P theyazin-bin-haitham|ذي يزن بن هيثم|ذي يزن بن هيثم آل سعيد|Theyazin bin Haitham|Crown Prince of Oman from 2021|
P shihab-bin-tarik|شهاب بن طارق|شهاب بن طارق آل سعيد;شهاب بن طارق بن تيمور آل سعيد|Shihab bin Tarik Al Said|Deputy Prime Minister for Defence Affairs of Oman from 2020|
P khalid-al-maawali|خالد بن هلال المعولي|خالد المعولي|Khalid bin Hilal Al Maawali|Chairman of Oman's Shura Council from 2011|
P maeen-abdulmalik|معين عبدالملك|معين عبدالملك سعيد|Maeen Abdulmalik|Prime Minister of Yemen (2018–2024)|
P ahmed-awad-bin-mubarak|أحمد عوض بن مبارك|أحمد بن مبارك|Ahmed Awad bin Mubarak|Prime Minister of Yemen (2024–2025), Foreign Minister (2020–2024)|
P salem-bin-breik|سالم بن بريك|سالم صالح بن بريك;بن بريك|Salem bin Breik|Prime Minister of Yemen from 2025|
P shaya-al-zindani|شائع الزنداني|شائع محسن الزنداني|Shaya al-Zindani|Foreign Minister of Yemen from 2024|
P mohsen-al-daeri|محسن الداعري|محسن محمد الداعري|Mohsen al-Daeri|Defence Minister of Yemen from 2022|
P sultan-al-barakani|سلطان البركاني|البركاني|Sultan al-Barakani|Speaker of Yemen's House of Representatives from 2019|
P aidarous-al-zubaidi|عيدروس الزبيدي|عيدروس قاسم الزبيدي|Aidarous al-Zubaidi|President of the Southern Transitional Council, member of Yemen's Presidential Leadership Council|
P mahdi-al-mashat|مهدي المشاط||Mahdi al-Mashat|President of the Houthis' Supreme Political Council from 2018|
P ahmed-al-rahawi|أحمد غالب الرهوي|أحمد الرهوي;الرهوي|Ahmed al-Rahawi|Prime Minister of the Houthi government in Sanaa (2024–2025)|
P abdulaziz-bin-habtour|عبدالعزيز بن حبتور|بن حبتور|Abdulaziz bin Habtour|Prime Minister of the Houthi government in Sanaa (2016–2024)|
P mohammed-al-atifi|محمد ناصر العاطفي|محمد العاطفي|Mohammed Nasser al-Atifi|Defence Minister of the Houthi government in Sanaa from 2016|
P mahmoud-al-mashhadani|محمود المشهداني|المشهداني|Mahmoud al-Mashhadani|Speaker of the Iraqi Council of Representatives (2006–2009, from 2024)|
P mohsen-al-mandalawi|محسن المندلاوي|المندلاوي|Mohsen al-Mandalawi|Acting Speaker of the Iraqi Council of Representatives (2023–2024)|
P mohammed-al-halbousi|محمد الحلبوسي|الحلبوسي|Mohammed al-Halbousi|Speaker of the Iraqi Council of Representatives (2018–2023)|
P hussein-arnous|حسين عرنوس|عرنوس|Hussein Arnous|Prime Minister of Syria (2020–2024)|
P mohammad-ghazi-al-jalali|محمد غازي الجلالي|محمد الجلالي|Mohammad Ghazi al-Jalali|Prime Minister of Syria (2024)|
P mohammed-al-bashir|محمد البشير||Mohammed al-Bashir|Caretaker Prime Minister of Syria (2024–2025), Energy Minister from 2025|
P ali-mahmoud-abbas|علي محمود عباس||Ali Mahmoud Abbas|Defence Minister of Syria (2022–2024)|
P bassam-sabbagh|بسام الصباغ|بسام صباغ|Bassam Sabbagh|Foreign Minister of Syria (2024)|
P hammouda-sabbagh|حمودة الصباغ|حمودة صباغ|Hammouda Sabbagh|Speaker of Syria's People's Assembly (2017–2024)|
P hussein-bin-abdullah|الحسين بن عبدالله الثاني|الحسين بن عبدالله|Hussein bin Abdullah|Crown Prince of Jordan from 2009|
P ahmad-al-safadi|أحمد الصفدي||Ahmad al-Safadi|Speaker of Jordan's House of Representatives (2023–2025)|
P mazen-al-qadi|مازن القاضي||Mazen al-Qadi|Speaker of Jordan's House of Representatives from 2025, Interior Minister (2016–2017)|
P faisal-al-fayez|فيصل الفايز||Faisal al-Fayez|President of Jordan's Senate, Prime Minister (2003–2005)|
P varsen-aghabekian|فارسين أغابكيان|أغابكيان;فارسين أغابكيان شاهين|Varsen Aghabekian Shahin|Foreign Minister of Palestine from 2024|
P rawhi-fattouh|روحي فتوح||Rawhi Fattouh|Speaker of the Palestinian National Council from 2022|
P mohamed-zaki|محمد زكي||Mohamed Zaki|Defence Minister of Egypt (2018–2024)|
P hanafy-gebaly|حنفي جبالي|حنفي الجبالي|Hanafy Gebaly|Speaker of Egypt's House of Representatives from 2021|
P abdel-wahab-abdel-razek|عبد الوهاب عبد الرازق||Abdel Wahab Abdel Razek|Speaker of Egypt's Senate (2020–2025)|
P essam-farid|عصام الدين فريد|عصام فريد|Essam El-Din Farid|Speaker of Egypt's Senate from 2025|
P osama-hammad|أسامة حماد||Osama Hammad|Prime Minister of the eastern-based Libyan Government of National Stability from 2023|
P taher-al-baour|الطاهر الباعور|الباعور;طاهر الباعور|Taher al-Baour|Acting Foreign Minister of Libya's Government of National Unity from 2023|
P mohamed-takala|محمد تكالة|تكالة|Mohamed Takala|Chairman of Libya's High Council of State from 2023|
P khaled-al-mishri|خالد المشري|المشري|Khaled al-Mishri|Chairman of Libya's High Council of State (2018–2023)|
P imed-memmiche|عماد مميش||Imed Memmiche|Defence Minister of Tunisia (2021–2024)|
P brahim-bouderbala|إبراهيم بودربالة||Brahim Bouderbala|Speaker of Tunisia's Assembly of the Representatives of the People from 2023|
P imed-derbali|عماد الدربالي|الدربالي|Imed Derbali|President of Tunisia's National Council of Regions and Districts from 2024|
P brahim-boughali|إبراهيم بوغالي|بوغالي|Brahim Boughali|Speaker of Algeria's People's National Assembly from 2021|
P salah-goudjil|صالح قوجيل|قوجيل|Salah Goudjil|President of Algeria's Council of the Nation (2019–2025)|
P azouz-nasri|عزوز ناصري||Azouz Nasri|President of Algeria's Council of the Nation from 2025|
P moulay-hassan|مولاي الحسن||Moulay Hassan|Crown Prince of Morocco|
P rachid-talbi-alami|راشيد الطالبي العلمي|رشيد الطالبي العلمي;الطالبي العلمي|Rachid Talbi Alami|Speaker of Morocco's House of Representatives from 2021|
P mohamed-ould-errachid|محمد ولد الرشيد||Mohamed Ould Errachid|President of Morocco's House of Councillors from 2024|
P enaam-mayara|النعم ميارة|ميارة|Enaam Mayara|President of Morocco's House of Councillors (2021–2024)|
P mohamed-ould-bilal|محمد ولد بلال|محمد ولد بلال مسعود;ولد بلال|Mohamed Ould Bilal|Prime Minister of Mauritania (2020–2024)|
P mokhtar-ould-djay|المختار ولد أجاي|مختار ولد أجاي;ولد أجاي|Mokhtar Ould Djay|Prime Minister of Mauritania from 2024|
P mohamed-salem-ould-merzouk|محمد سالم ولد مرزوك|ولد مرزوك|Mohamed Salem Ould Merzouk|Foreign Minister of Mauritania from 2020|
P hanena-ould-sidi|حننه ولد سيدي|حننا ولد سيدي;حنن ولد سيدي|Hanena Ould Sidi|Defence Minister of Mauritania from 2020|
P mohamed-ould-meguett|محمد ولد مكت|ولد مكت|Mohamed Ould Meguett|Speaker of Mauritania's National Assembly from 2023|
P ali-al-sadiq|علي الصادق|علي الصادق علي|Ali al-Sadiq|Acting Foreign Minister of Sudan until 2024|
P hussein-awad|حسين عوض|حسين عوض علي|Hussein Awad|Foreign Minister of Sudan (2024)|
P ali-youssef-al-sharif|علي يوسف الشريف|علي يوسف أحمد الشريف|Ali Youssef al-Sharif|Foreign Minister of Sudan (2024–2025)|
P mohieldin-salem|محيي الدين سالم|محي الدين سالم|Mohieldin Salem|Foreign Minister of Sudan from 2025|
P yassin-ibrahim-yassin|ياسين إبراهيم ياسين||Yassin Ibrahim Yassin|Defence Minister of Sudan (2021–2025)|
P hassan-kabroun|حسن داود كبرون|حسن داؤود كبرون;حسن كبرون;كبرون;حسن داود كبرون كيان|Hassan Daoud Kabroun|Defence Minister of Sudan from 2025|
P mohamed-hassan-al-taishi|محمد حسن التعايشي|التعايشي|Mohamed Hassan al-Taishi|Prime Minister of the RSF-led parallel government in Sudan from 2025|
P hamza-abdi-barre|حمزة عبدي بري|حمزة بري|Hamza Abdi Barre|Prime Minister of Somalia from 2022|
P ahmed-moalim-fiqi|أحمد معلم فقي|أحمد معلم فقي أحمد;أحمد معلم فقيه|Ahmed Moalim Fiqi|Foreign Minister of Somalia (2024–2025), Defence Minister from 2025|
P abdulkadir-mohamed-nur|عبدالقادر محمد نور|عبدالقادر جامع نور;عبدالقادر محمد نور جامع|Abdulkadir Mohamed Nur|Defence Minister of Somalia (2022–2025)|
P jibril-abdirashid-haji|جبريل عبدالرشيد حاجي|جبريل عبدالرشيد|Jibril Abdirashid Haji|Defence Minister of Somalia (2025), Deputy Prime Minister|
P abdisalam-abdi-ali|عبدالسلام عبدي علي||Abdisalam Abdi Ali|Foreign Minister of Somalia from 2025|
P adan-madobe|آدم محمد نور مدوبي|آدم مدوبي|Aden Mohamed Nur Madobe|Speaker of Somalia's House of the People from 2022|
P abdirahman-irro|عبدالرحمن محمد عبدالله عرو|عبد الرحمن محمد عبد الله عرو;عبدالرحمن عرو;عبد الرحمن عرو|Abdirahman Mohamed Abdullahi Irro|President of Somaliland from 2024|
P muse-bihi-abdi|موسى بيحي عبدي|موسى بيحي;بيحي|Muse Bihi Abdi|President of Somaliland (2017–2024)|
P said-deni|سعيد عبدالله دني|سعيد دني|Said Abdullahi Deni|President of Puntland from 2019|
P ahmed-madobe|أحمد محمد إسلام مدوبي|أحمد مدوبي|Ahmed Madobe|President of Jubaland from 2013|
P ismail-omar-guelleh|إسماعيل عمر جيله|إسماعيل عمر غيله|Ismail Omar Guelleh|President of Djibouti from 1999|
P abdoulkader-kamil-mohamed|عبد القادر كامل محمد||Abdoulkader Kamil Mohamed|Prime Minister of Djibouti from 2013|
P abdoulkader-houssein-omar|عبد القادر حسين عمر||Abdoulkader Houssein Omar|Foreign Minister of Djibouti from 2025|
P azali-assoumani|غزالي عثماني|أزالي أسوماني|Azali Assoumani|President of the Comoros|
P mohammad-mokhber|محمد مخبر||Mohammad Mokhber|Acting President of Iran (2024), First Vice President (2021–2024)|
P ali-bagheri-kani|علي باقري كني|باقري كني;علي باقري|Ali Bagheri Kani|Acting Foreign Minister of Iran (2024)|
P mohammad-reza-ashtiani|محمد رضا آشتياني|آشتياني;محمد رضا قرائي آشتياني|Mohammad-Reza Gharaei Ashtiani|Defence Minister of Iran (2021–2024)|
P aziz-nasirzadeh|عزيز نصير زاده|نصير زاده|Aziz Nasirzadeh|Defence Minister of Iran from 2024|
P mohammad-reza-aref|محمد رضا عارف||Mohammad Reza Aref|First Vice President of Iran from 2024|
P mohammad-hassan-akhund|محمد حسن آخوند||Mohammad Hasan Akhund|Prime Minister of the Taliban government from 2021|
P mohammad-yaqoob|محمد يعقوب مجاهد||Mohammad Yaqoob Mujahid|Defence Minister of the Taliban government from 2021|
P anwaar-ul-haq-kakar|أنوار الحق كاكار|كاكار|Anwaar-ul-Haq Kakar|Caretaker Prime Minister of Pakistan (2023–2024)|
P arif-alvi|عارف علوي||Arif Alvi|President of Pakistan (2018–2024)|
P jalil-abbas-jilani|جليل عباس جيلاني||Jalil Abbas Jilani|Caretaker Foreign Minister of Pakistan (2023–2024)|
P droupadi-murmu|دروبادي مورمو|مورمو|Droupadi Murmu|President of India from 2022|
P mohammed-shahabuddin|محمد شهاب الدين||Mohammed Shahabuddin|President of Bangladesh from 2023|
P anura-kumara-dissanayake|أنورا كومارا ديساناياكي|ديساناياكي;أنورا كومارا ديساناياكا|Anura Kumara Dissanayake|President of Sri Lanka from 2024|
P ranil-wickremesinghe|رانيل ويكريميسينغ|ويكريميسينغ;رانيل ويكرمسينغ|Ranil Wickremesinghe|President of Sri Lanka (2022–2024)|
P kp-sharma-oli|كيه بي شارما أولي|شارما أولي;خادغا براساد شارما أولي|KP Sharma Oli|Prime Minister of Nepal (2024–2025)|
P sushila-karki|سوشيلا كاركي|كاركي|Sushila Karki|Interim Prime Minister of Nepal from 2025|
P mohamed-muizzu|محمد معز|محمد مويزو|Mohamed Muizzu|President of the Maldives from 2023|
P gen-nakatani|جين ناكاتاني|ناكاتاني|Gen Nakatani|Defence Minister of Japan (2024–2025)|
P shinjiro-koizumi|شينجيرو كويزومي|كويزومي|Shinjiro Koizumi|Defence Minister of Japan from 2025|
P toshimitsu-motegi|توشيميتسو موتيغي|موتيغي|Toshimitsu Motegi|Foreign Minister of Japan from 2025|
P naruhito|ناروهيتو||Naruhito|Emperor of Japan from 2019|
P kim-min-seok|كيم مين سوك|كيم مين سيوك|Kim Min-seok|Prime Minister of South Korea from 2025|
P cho-hyun|تشو هيون|جو هيون|Cho Hyun|Foreign Minister of South Korea from 2025|
P kim-yong-hyun|كيم يونغ هيون||Kim Yong-hyun|Defence Minister of South Korea (2024)|
P ahn-gyu-back|آن غيو باك||Ahn Gyu-back|Defence Minister of South Korea from 2025|
P choi-sang-mok|تشوي سانغ موك||Choi Sang-mok|Acting President of South Korea (2024–2025)|
P pak-thae-song|باك تاي سونغ||Pak Thae-song|Premier of North Korea from 2024|
P no-kwang-chol|نو كوانغ تشول||No Kwang-chol|Defence Minister of North Korea from 2024|
P cho-jung-tai|تشو جونغ تاي||Cho Jung-tai|Premier of Taiwan from 2024|
P lin-chia-lung|لين تشيا لونغ||Lin Chia-lung|Foreign Minister of Taiwan from 2024|
P wellington-koo|ويلينغتون كو||Wellington Koo|Defence Minister of Taiwan from 2024|
P to-lam|تو لام||Tô Lâm|General Secretary of the Communist Party of Vietnam from 2024, President of Vietnam (2024)|
P luong-cuong|لونغ كوونغ||Lương Cường|President of Vietnam from 2024|
P pham-minh-chinh|فام مينه تشينه|فام مينه تشين|Phạm Minh Chính|Prime Minister of Vietnam from 2021|
P vo-van-thuong|فو فان ثونغ||Võ Văn Thưởng|President of Vietnam (2023–2024)|
P anutin-charnvirakul|أنوتين تشارنفيراكول|أنوتين|Anutin Charnvirakul|Prime Minister of Thailand from 2025|
P paetongtarn-shinawatra|بايتونغتارن شيناواترا|بايتونغتارن|Paetongtarn Shinawatra|Prime Minister of Thailand (2024–2025)|
P srettha-thavisin|سريتا تافيسين|سريثا تافيسين|Srettha Thavisin|Prime Minister of Thailand (2023–2024)|
P maha-vajiralongkorn|ماها فاجيرالونغكورن||Maha Vajiralongkorn|King of Thailand from 2016|
P hun-manet|هون مانيت||Hun Manet|Prime Minister of Cambodia from 2023|
P hun-sen|هون سين||Hun Sen|Prime Minister of Cambodia (1985–2023), President of the Senate from 2024|
P lawrence-wong|لورنس وونغ|لورانس وونغ|Lawrence Wong|Prime Minister of Singapore from 2024|
P lee-hsien-loong|لي هسين لونغ|لي سين لونغ|Lee Hsien Loong|Prime Minister of Singapore (2004–2024)|
P hassanal-bolkiah|حسن البلقية||Hassanal Bolkiah|Sultan of Brunei from 1967|
P ibrahim-iskandar|إبراهيم إسكندر||Ibrahim Iskandar|King of Malaysia from 2024|
P retno-marsudi|ريتنو مارسودي|مارسودي|Retno Marsudi|Foreign Minister of Indonesia (2014–2024)|
P sadyr-japarov|صادر جباروف|جباروف;صدر جاباروف;صدر جباروف;سادير جاباروف;جاباروف|Sadyr Japarov|President of Kyrgyzstan from 2021|
P emomali-rahmon|إمام علي رحمن|إمام علي رحمانوف|Emomali Rahmon|President of Tajikistan from 1994|
P serdar-berdimuhamedow|سردار بردي محمدوف|سردار قربان قولي بردي محمدوف|Serdar Berdimuhamedow|President of Turkmenistan from 2022|
P jeyhun-bayramov|جيهون بيراموف|بيراموف;جيحون بيراموف|Jeyhun Bayramov|Foreign Minister of Azerbaijan from 2020|
P ararat-mirzoyan|أرارات ميرزويان|ميرزويان|Ararat Mirzoyan|Foreign Minister of Armenia from 2021|
P irakli-kobakhidze|إيراكلي كوباخيدزه|كوباخيدزه|Irakli Kobakhidze|Prime Minister of Georgia from 2024|
P mikheil-kavelashvili|ميخائيل كافيلاشفيلي|كافيلاشفيلي|Mikheil Kavelashvili|President of Georgia from 2024|
P salome-zourabichvili|سالومي زورابيشفيلي|زورابيشفيلي|Salome Zourabichvili|President of Georgia (2018–2024)|
P yvette-cooper|إيفيت كوبر||Yvette Cooper|Foreign Secretary of the United Kingdom from 2025, Home Secretary (2024–2025)|
P catherine-vautrin|كاترين فوتران|فوتران;كاترين فوتارن|Catherine Vautrin|Defence Minister of France from 2025|
P elisabeth-borne|إليزابيث بورن||Élisabeth Borne|Prime Minister of France (2022–2024)|
P johann-wadephul|يوهان فاديفول|فاديفول|Johann Wadephul|Foreign Minister of Germany from 2025|
P guido-crosetto|غويدو كروسيتو|كروسيتو|Guido Crosetto|Defence Minister of Italy from 2022|
P felipe-vi|فيليبي السادس|فيليب السادس|Felipe VI|King of Spain from 2014|
P margarita-robles|مارغريتا روبليس|روبليس|Margarita Robles|Defence Minister of Spain from 2018|
P luis-montenegro|لويس مونتينيغرو||Luís Montenegro|Prime Minister of Portugal from 2024|
P marcelo-rebelo-de-sousa|مارسيلو ريبيلو دي سوزا|ريبيلو دي سوزا|Marcelo Rebelo de Sousa|President of Portugal from 2016|
P dick-schoof|ديك سخوف|ديك شوف|Dick Schoof|Prime Minister of the Netherlands from 2024|
P willem-alexander|فيليم ألكسندر|ويليم ألكسندر|Willem-Alexander|King of the Netherlands from 2013|
P bart-de-wever|بارت دي ويفر|دي ويفر|Bart De Wever|Prime Minister of Belgium from 2025|
P alexander-de-croo|ألكسندر دي كرو|دي كرو|Alexander De Croo|Prime Minister of Belgium (2020–2025)|
P maxime-prevot|ماكسيم بريفو|بريفو|Maxime Prévot|Foreign Minister of Belgium from 2025|
P micheal-martin|مايكل مارتن|ميهول مارتن|Micheál Martin|Taoiseach of Ireland (2020–2022, from 2025), Foreign Minister (2022–2024)|
P simon-harris|سايمون هاريس|سيمون هاريس|Simon Harris|Taoiseach of Ireland (2024–2025)|
P leo-varadkar|ليو فارادكار|فارادكار|Leo Varadkar|Taoiseach of Ireland (2017–2020, 2022–2024)|
P michael-d-higgins|مايكل دي هيغينز|مايكل هيغينز|Michael D. Higgins|President of Ireland (2011–2025)|
P catherine-connolly|كاثرين كونولي|كونولي|Catherine Connolly|President of Ireland from 2025|
P jonas-gahr-store|يوناس غار ستوره|ستوره;يوناس غار ستور|Jonas Gahr Støre|Prime Minister of Norway from 2021|
P tobias-billstrom|توبياس بيلستروم|بيلستروم|Tobias Billström|Foreign Minister of Sweden (2022–2024)|
P maria-malmer-stenergard|ماريا مالمر ستينرغارد|مالمر ستينرغارد|Maria Malmer Stenergard|Foreign Minister of Sweden from 2024|
P frederik-x|فريدريك العاشر||Frederik X|King of Denmark from 2024|
P lars-lokke-rasmussen|لارس لوكه راسموسن|لوكه راسموسن;لارس لوك راسموسن|Lars Løkke Rasmussen|Foreign Minister of Denmark from 2022|
P petteri-orpo|بيتيري أوربو|أوربو|Petteri Orpo|Prime Minister of Finland from 2023|
P sauli-niinisto|ساولي نينيستو|نينيستو|Sauli Niinistö|President of Finland (2012–2024)|
P kyriakos-mitsotakis|كيرياكوس ميتسوتاكيس|ميتسوتاكيس|Kyriakos Mitsotakis|Prime Minister of Greece from 2019|
P giorgos-gerapetritis|جورجيوس جيرابيتريتيس|جيرابيتريتيس;جورج جيرابيتريتيس|Giorgos Gerapetritis|Foreign Minister of Greece from 2023|
P nikos-christodoulides|نيكوس خريستودوليدس|خريستودوليدس;نيكوس كريستودوليدس|Nikos Christodoulides|President of Cyprus from 2023|
P karl-nehammer|كارل نيهامر|نيهامر|Karl Nehammer|Chancellor of Austria (2021–2025)|
P christian-stocker|كريستيان شتوكر|شتوكر|Christian Stocker|Chancellor of Austria from 2025|
P alexander-van-der-bellen|ألكسندر فان دير بيلين|فان دير بيلين|Alexander Van der Bellen|President of Austria from 2017|
P ignazio-cassis|إينياتسيو كاسيس|كاسيس|Ignazio Cassis|Foreign Minister of Switzerland from 2017|
P viola-amherd|فيولا أمهيرد|أمهيرد|Viola Amherd|President of the Swiss Confederation (2024)|
P karin-keller-sutter|كارين كيلر سوتر|كيلر سوتر|Karin Keller-Sutter|President of the Swiss Confederation (2025)|
P peter-szijjarto|بيتر سيارتو|سيارتو;بيتر سيّارتو|Péter Szijjártó|Foreign Minister of Hungary from 2014|
P petr-fiala|بيتر فيالا|فيالا|Petr Fiala|Prime Minister of the Czech Republic (2021–2025)|
P andrej-babis|أندريه بابيش|بابيش|Andrej Babiš|Prime Minister of the Czech Republic from 2025 (2017–2021)|
P petr-pavel|بيتر بافل||Petr Pavel|President of the Czech Republic from 2023|
P karol-nawrocki|كارول نافروتسكي|نافروتسكي|Karol Nawrocki|President of Poland from 2025|
P radoslaw-sikorski|رادوسلاف سيكورسكي||Radosław Sikorski|Foreign Minister of Poland from 2023|
P wladyslaw-kosiniak-kamysz|فواديسواف كوسينياك كاميش|كوسينياك كاميش|Władysław Kosiniak-Kamysz|Defence Minister of Poland from 2023|
P nicusor-dan|نيكوشور دان||Nicușor Dan|President of Romania from 2025|
P klaus-iohannis|كلاوس يوهانيس||Klaus Iohannis|President of Romania (2014–2025)|
P edi-rama|إيدي راما||Edi Rama|Prime Minister of Albania from 2013|
P vjosa-osmani|فيوسا عثماني||Vjosa Osmani|President of Kosovo from 2021|
P albin-kurti|ألبين كورتي||Albin Kurti|Prime Minister of Kosovo from 2021|
P robert-golob|روبرت غولوب|غولوب|Robert Golob|Prime Minister of Slovenia from 2022|
P robert-abela|روبرت أبيلا|أبيلا|Robert Abela|Prime Minister of Malta from 2020|
P luc-frieden|لوك فريدن|فريدن|Luc Frieden|Prime Minister of Luxembourg from 2023|
P andrej-plenkovic|أندريه بلينكوفيتش|بلينكوفيتش|Andrej Plenković|Prime Minister of Croatia from 2016|
P gitanas-nauseda|غيتاناس ناوسيدا|ناوسيدا|Gitanas Nausėda|President of Lithuania from 2019|
P nikos-dendias|نيكوس ديندياس|ديندياس|Nikos Dendias|Defence Minister of Greece from 2023, Foreign Minister (2019–2023)|
P yulia-svyrydenko|يوليا سفيريدينكو|سفيريدينكو|Yulia Svyrydenko|Prime Minister of Ukraine from 2025|
P roberta-metsola|روبرتا ميتسولا|ميتسولا|Roberta Metsola|President of the European Parliament from 2022|
P melanie-joly|ميلاني جولي||Mélanie Joly|Foreign Minister of Canada (2021–2025)|
P anita-anand|أنيتا أناند||Anita Anand|Foreign Minister of Canada from 2025|
P bruno-rodriguez-parrilla|برونو رودريغيز باريا|برونو رودريغيز|Bruno Rodríguez Parrilla|Foreign Minister of Cuba from 2009|
P mauro-vieira|ماورو فييرا||Mauro Vieira|Foreign Minister of Brazil from 2023|
P gabriel-boric|غابرييل بوريك|بوريك|Gabriel Boric|President of Chile from 2022|
P yvan-gil|إيفان جيل|إيفان خيل|Yván Gil|Foreign Minister of Venezuela from 2023|
P vladimir-padrino-lopez|فلاديمير بادرينو لوبيز|بادرينو لوبيز;بادرينو|Vladimir Padrino López|Defence Minister of Venezuela from 2014|
P delcy-rodriguez|ديلسي رودريغيز|ديلسي رودريغز|Delcy Rodríguez|Vice President of Venezuela from 2018|
P miguel-diaz-canel|ميغيل دياز كانيل|دياز كانيل|Miguel Díaz-Canel|President of Cuba from 2018|
P dina-boluarte|دينا بولوارتي|بولوارتي|Dina Boluarte|President of Peru (2022–2025)|
P daniel-noboa|دانيال نوبوا|نوبوا|Daniel Noboa|President of Ecuador from 2023|
P luis-arce|لويس آرسي||Luis Arce|President of Bolivia (2020–2025)|
P rodrigo-paz|رودريغو باز|رودريغو باز بيريرا;رودريغو باث|Rodrigo Paz|President of Bolivia from 2025|
P santiago-pena|سانتياغو بينيا|بينيا|Santiago Peña|President of Paraguay from 2023|
P yamandu-orsi|ياماندو أورسي|أورسي|Yamandú Orsi|President of Uruguay from 2025|
P luis-lacalle-pou|لويس لاكايي بو|لاكايي بو|Luis Lacalle Pou|President of Uruguay (2020–2025)|
P daniel-ortega|دانيال أورتيغا||Daniel Ortega|President of Nicaragua from 2007|
P nayib-bukele|نجيب بوكيلة|بوكيلة|Nayib Bukele|President of El Salvador from 2019|
P bernardo-arevalo|برناردو أريفالو|أريفالو|Bernardo Arévalo|President of Guatemala from 2024|
P jose-raul-mulino|خوسيه راؤول مولينو|مولينو|José Raúl Mulino|President of Panama from 2024|
P luis-abinader|لويس أبي نادر|لويس أبينادر|Luis Abinader|President of the Dominican Republic from 2020|
P xiomara-castro|شيومارا كاسترو||Xiomara Castro|President of Honduras from 2022|
P penny-wong|بيني وونغ||Penny Wong|Foreign Minister of Australia from 2022|
P richard-marles|ريتشارد مارلز|مارلز|Richard Marles|Deputy Prime Minister and Defence Minister of Australia from 2022|
P christopher-luxon|كريستوفر لوكسون|لوكسون|Christopher Luxon|Prime Minister of New Zealand from 2023|
P sahle-work-zewde|سهلي ورق زودي|سهلي ورق;سهلي زودي|Sahle-Work Zewde|President of Ethiopia (2018–2024)|
P taye-atske-selassie|تايي أتسكي سيلاسي|تاي أتسكي سيلاسي;تاي أصقي سيلاسي;تايي سيلاسي|Taye Atske Selassie|President of Ethiopia from 2024, Foreign Minister (2024)|
P demeke-mekonnen|دمقي مكونن|ديميكي ميكونين|Demeke Mekonnen|Deputy Prime Minister of Ethiopia (2017–2024), Foreign Minister (2019–2024)|
P gedion-timothewos|جيديون تيموثيوس|جدعون تيموثيوس|Gedion Timothewos|Foreign Minister of Ethiopia from 2024|
P aisha-mohammed-musa|عائشة محمد موسى||Aisha Mohammed Musa|Defence Minister of Ethiopia from 2024|
P abraham-belay|أبراهام بلاي|أبراهام بيلاي|Abraham Belay|Defence Minister of Ethiopia (2021–2024)|
P isaias-afwerki|أسياس أفورقي|أفورقي;إسياس أفورقي;أسياس أفيورقي|Isaias Afwerki|President of Eritrea from 1993|
P osman-saleh|عثمان صالح|عثمان صالح محمد|Osman Saleh Mohammed|Foreign Minister of Eritrea from 2007|
P yoweri-museveni|يويري موسيفيني|موسيفيني;يوري موسيفيني|Yoweri Museveni|President of Uganda from 1986|
P samia-suluhu-hassan|سامية صولوحو حسن|سامية سولوهو حسن|Samia Suluhu Hassan|President of Tanzania from 2021|
P musalia-mudavadi|موساليا مودافادي|مودافادي|Musalia Mudavadi|Prime Cabinet Secretary of Kenya from 2022 and Foreign Minister from 2023|
P salva-kiir|سلفا كير|سلفاكير;سلفا كير ميارديت|Salva Kiir Mayardit|President of South Sudan from 2011|
P riek-machar|رياك مشار|ريك مشار|Riek Machar|First Vice President of South Sudan (2020–2025)|
P judith-suminwa|جوديث سومينوا|سومينوا;جوديث سومينوا تولوكا|Judith Suminwa|Prime Minister of the Democratic Republic of the Congo from 2024|
P therese-kayikwamba-wagner|تيريز كاييكوامبا فاغنر|كاييكوامبا فاغنر|Thérèse Kayikwamba Wagner|Foreign Minister of the Democratic Republic of the Congo from 2024|
P olivier-nduhungirehe|أوليفييه ندوهونغيريهي|ندوهونغيريهي|Olivier Nduhungirehe|Foreign Minister of Rwanda from 2023|
P evariste-ndayishimiye|إيفاريست ندايشيميي|ندايشيميي|Évariste Ndayishimiye|President of Burundi from 2020|
P faustin-archange-touadera|فوستين أرشانج تواديرا|تواديرا|Faustin-Archange Touadéra|President of the Central African Republic from 2016|
P denis-sassou-nguesso|دينيس ساسو نغيسو|ساسو نغيسو|Denis Sassou Nguesso|President of the Republic of the Congo from 1997|
P paul-biya|بول بيا||Paul Biya|President of Cameroon from 1982|
P brice-oligui-nguema|بريس كلوتير أوليغي نغيما|بريس أوليغي نغيما;أوليغي نغيما|Brice Oligui Nguema|President of Gabon from 2023|
P teodoro-obiang|تيودورو أوبيانغ|تيودورو أوبيانغ نغيما مباسوغو;أوبيانغ|Teodoro Obiang Nguema Mbasogo|President of Equatorial Guinea from 1979|
P joao-lourenco|جواو لورينسو|لورينسو;جواو لورنسو|João Lourenço|President of Angola from 2017|
P daniel-chapo|دانيال تشابو|تشابو|Daniel Chapo|President of Mozambique from 2025|
P filipe-nyusi|فيليبي نيوسي|نيوسي|Filipe Nyusi|President of Mozambique (2015–2025)|
P emmerson-mnangagwa|إيمرسون منانغاغوا|منانغاغوا|Emmerson Mnangagwa|President of Zimbabwe from 2017|
P hakainde-hichilema|هاكايندي هيشيليما|هيشيليما|Hakainde Hichilema|President of Zambia from 2021|
P peter-mutharika|بيتر موثاريكا|موثاريكا|Peter Mutharika|President of Malawi (2014–2020, from 2025)|
P lazarus-chakwera|لازاروس تشاكويرا|تشاكويرا|Lazarus Chakwera|President of Malawi (2020–2025)|
P netumbo-nandi-ndaitwah|نيتومبو ناندي ندايتواه|ناندي ندايتواه|Netumbo Nandi-Ndaitwah|President of Namibia from 2025|
P hage-geingob|هاغي غينغوب|غينغوب|Hage Geingob|President of Namibia (2015–2024)|
P duma-boko|دوما بوكو||Duma Boko|President of Botswana from 2024|
P mokgweetsi-masisi|موكغويتسي ماسيسي||Mokgweetsi Masisi|President of Botswana (2018–2024)|
P ronald-lamola|رونالد لامولا|لامولا|Ronald Lamola|Foreign Minister of South Africa from 2024|
P naledi-pandor|ناليدي باندور|باندور|Naledi Pandor|Foreign Minister of South Africa (2019–2024)|
P andry-rajoelina|أندري راجولينا|راجولينا|Andry Rajoelina|President of Madagascar (2009–2014, 2019–2025)|
P michael-randrianirina|مايكل راندريانيرينا|راندريانيرينا|Michael Randrianirina|President of Madagascar from 2025|
P navin-ramgoolam|نافين رامغولام|رامغولام|Navin Ramgoolam|Prime Minister of Mauritius from 2024|
P yusuf-tuggar|يوسف توغار|توغار;يوسف مايتاما توغار|Yusuf Tuggar|Foreign Minister of Nigeria from 2023|
P macky-sall|ماكي سال||Macky Sall|President of Senegal (2012–2024)|
P ousmane-sonko|عثمان سونكو|سونكو|Ousmane Sonko|Prime Minister of Senegal from 2024|
P abdoulaye-maiga|عبد الله مايغا||Abdoulaye Maïga|Prime Minister of Mali from 2024|
P choguel-maiga|شوغيل كوكالا مايغا|شوغيل مايغا|Choguel Kokalla Maïga|Prime Minister of Mali (2021–2024)|
P abdoulaye-diop|عبد الله ديوب||Abdoulaye Diop|Foreign Minister of Mali from 2021|
P sadio-camara|ساديو كامارا||Sadio Camara|Defence Minister of Mali from 2020|
P ali-lamine-zeine|علي محمد الأمين زين|علي الأمين زين;علي لمين زين|Ali Lamine Zeine|Prime Minister of Niger from 2023|
P allamaye-halina|ألاماي هالينا|علامي هالينا;اللماي هالينا;هالينا|Allamaye Halina|Prime Minister of Chad from 2024|
P succes-masra|سوكسيه ماسرا|سيكسيه ماسرا;ماسرا|Succès Masra|Prime Minister of Chad (2024)|
P mahamat-saleh-annadif|محمد صالح النظيف||Mahamat Saleh Annadif|Foreign Minister of Chad (2022–2024)|
P abderaman-koulamallah|عبد الرحمن كلام الله|عبد الرحمن غلام الله;عبد الرحمن كولام الله|Abderaman Koulamallah|Foreign Minister of Chad (2024–2025)|
P abdoulaye-saber-fadoul|عبد الله صابر فضل||Abdoulaye Saber Fadoul|Foreign Minister of Chad from 2025|
P mamady-doumbouya|مامادي دومبويا|دومبويا|Mamady Doumbouya|President of Guinea from 2021|
P alassane-ouattara|الحسن واتارا|واتارا;الحسن وتارا|Alassane Ouattara|President of Côte d'Ivoire from 2010|
P john-mahama|جون ماهاما|جون دراماني ماهاما;ماهاما|John Mahama|President of Ghana from 2025 (2012–2017)|
P nana-akufo-addo|نانا أكوفو أدو|أكوفو أدو;نانا أكوفو آدو|Nana Akufo-Addo|President of Ghana (2017–2025)|
P patrice-talon|باتريس تالون|تالون|Patrice Talon|President of Benin from 2016|
P faure-gnassingbe|فور غناسينغبي|غناسينغبي;فوري غناسينغبي|Faure Gnassingbé|President of Togo (2005–2025), President of the Council of Ministers from 2025|
P joseph-boakai|جوزيف بواكاي|بواكاي|Joseph Boakai|President of Liberia from 2024|
P julius-maada-bio|جوليوس مادا بيو|مادا بيو|Julius Maada Bio|President of Sierra Leone from 2018|
P adama-barrow|أداما بارو||Adama Barrow|President of the Gambia from 2017|
P umaro-sissoco-embalo|عمر سيسوكو إمبالو|إمبالو;أومارو سيسوكو إمبالو|Umaro Sissoco Embaló|President of Guinea-Bissau (2020–2025)|
P barham-salih|برهم صالح|بارهم صالح|Barham Salih|UN High Commissioner for Refugees from 2026, President of Iraq (2018–2022)|
P achim-steiner|أخيم شتاينر|آخيم شتاينر|Achim Steiner|Administrator of the UN Development Programme (2017–2025)|
P qu-dongyu|تشو دونيو|شو دونيو|Qu Dongyu|Director-General of the Food and Agriculture Organization from 2019|
P gilbert-houngbo|جيلبير هونغبو|هونغبو|Gilbert Houngbo|Director-General of the International Labour Organization from 2022|
P rebeca-grynspan|ريبيكا غرينسبان|غرينسبان|Rebeca Grynspan|Secretary-General of UNCTAD from 2021|
P philemon-yang|فيلمون يانغ||Philemon Yang|President of the UN General Assembly (2024–2025)|
P dennis-francis|دينيس فرانسيس||Dennis Francis|President of the UN General Assembly (2023–2024)|
P amina-mohammed|أمينة محمد||Amina J. Mohammed|Deputy Secretary-General of the United Nations from 2017|
P sima-bahous|سيما بحوث||Sima Bahous|Executive Director of UN Women from 2021|
P rola-dashti|رولا دشتي||Rola Dashti|Executive Secretary of ESCWA from 2019|
P amy-pope|إيمي بوب||Amy Pope|Director General of the International Organization for Migration from 2023|
P audrey-azoulay|أودري أزولاي||Audrey Azoulay|Director-General of UNESCO (2017–2025)|
P yuji-iwasawa|يوجي إيواساوا|إيواساوا|Yuji Iwasawa|President of the International Court of Justice from 2025|
P mirjana-spoljaric|ميريانا سبولياريتش|سبولياريتش|Mirjana Spoljaric|President of the International Committee of the Red Cross from 2022|
P hissein-brahim-taha|حسين إبراهيم طه||Hissein Brahim Taha|Secretary-General of the Organisation of Islamic Cooperation from 2021|
P hossam-zaki|حسام زكي||Hossam Zaki|Assistant Secretary-General of the Arab League|
P mohammed-al-yamahi|محمد بن أحمد اليماحي|محمد أحمد اليماحي;محمد اليماحي;اليماحي|Mohammed Ahmed Al-Yamahi|Speaker of the Arab Parliament from 2024|
P adel-al-asoomi|عادل العسومي|عادل بن عبدالرحمن العسومي;العسومي|Adel Al-Asoomi|Speaker of the Arab Parliament (2020–2024)|
P muhammad-al-jasser|محمد الجاسر|محمد سليمان الجاسر|Muhammad Al Jasser|President of the Islamic Development Bank from 2021|
P salman-bin-ibrahim-al-khalifa|سلمان بن إبراهيم آل خليفة|سلمان بن إبراهيم|Salman bin Ibrahim Al Khalifa|President of the Asian Football Confederation from 2013|
P kirsty-coventry|كيرستي كوفنتري||Kirsty Coventry|President of the International Olympic Committee from 2025|
P sidi-ould-tah|سيدي ولد التاه|ولد التاه|Sidi Ould Tah|President of the African Development Bank from 2025|
+ mohamed-ould-ghazouani||الغزواني|||
+ haitham-bin-tariq||هيثم بن طارق آل سعيد|||
+ abdullah-ii||عبدالله الثاني بن الحسين|||
+ abiy-ahmed||أبيي أحمد|||
+ abdul-latif-rashid||عبد اللطيف جمال رشيد|||
+ moussa-faki||موسى فكي محمد|||
+ shavkat-mirziyoyev||شوكت ميرزيوييف;ميرزيوييف|||
+ mohammed-bin-abdulrahman||محمد بن عبدالرحمن بن جاسم آل ثاني|||
+ abdel-fattah-al-burhan||عبد الفتاح عبد الرحمن البرهان|||
+ rashad-al-alimi||رشاد محمد العليمي|||
+ abdul-hamid-dbeibah||عبد الحميد دبيبة|||
+ mohamed-al-menfi||محمد يونس المنفي|||
+ aguila-saleh||عقيلة صالح عيسى|||
+ felix-tshisekedi||فيليكس تشيسكيدي;تشيسكيدي|||
+ denys-shmyhal||||Prime Minister of Ukraine (2020–2025), Defence Minister from 2025|
+ rustem-umerov||||Defence Minister of Ukraine (2023–2025), Secretary of the National Security and Defence Council from 2025|
+ minoru-kihara||||Defence Minister of Japan (2023–2024), Chief Cabinet Secretary from 2025|
+ han-duck-soo||||Prime Minister of South Korea (2022–2025)|
+ annalena-baerbock||||Foreign Minister of Germany (2021–2025), President of the UN General Assembly from 2025|
+ mahmoud-ali-youssouf||||Foreign Minister of Djibouti (2005–2025), Chairperson of the African Union Commission from 2025|
+ michigan||ميشيغن;ميتشيغن||||
+ israel-katz||||Foreign Minister of Israel (2019–2020, 2024), Defence Minister from 2024|
`;

// Business and technology: chief executives and founders, companies, sovereign funds.
const BUSINESS = `
P jensen-huang|جنسن هوانغ|جينسن هوانغ;هوانغ|Jensen Huang|Chief executive of Nvidia
P sam-altman|سام ألتمان|ألتمان|Sam Altman|Chief executive of OpenAI
P sundar-pichai|سوندار بيتشاي|بيتشاي;ساندر بيتشاي|Sundar Pichai|Chief executive of Google and Alphabet
P satya-nadella|ساتيا ناديلا|ناديلا|Satya Nadella|Chief executive of Microsoft
P tim-cook|تيم كوك|كوك|Tim Cook|Chief executive of Apple
P mark-zuckerberg|مارك زوكربيرغ|زوكربيرغ;زوكربرغ|Mark Zuckerberg|Founder and chief executive of Meta|Q36215
P jeff-bezos|جيف بيزوس|بيزوس|Jeff Bezos|Founder of Amazon|Q312556
P bill-gates|بيل غيتس|غيتس|Bill Gates|Co-founder of Microsoft|Q5284
P pavel-durov|بافيل دوروف|دوروف|Pavel Durov|Founder of Telegram
P amin-nasser|أمين الناصر||Amin Nasser|Chief executive of Saudi Aramco from 2015
P sultan-al-jaber|سلطان الجابر|سلطان أحمد الجابر|Sultan Al Jaber|Chief executive of ADNOC, UAE Industry Minister, President of COP28 (2023)
P yasir-al-rumayyan|ياسر الرميان|الرميان|Yasir Al-Rumayyan|Governor of Saudi Arabia's Public Investment Fund, chairman of Aramco
P saad-al-kaabi|سعد الكعبي|سعد شريدة الكعبي|Saad al-Kaabi|Qatar's Minister of State for Energy Affairs and chief executive of QatarEnergy
P naguib-sawiris|نجيب ساويرس||Naguib Sawiris|Egyptian businessman
P nikki-haley|نيكي هيلي|نيكي هايلي;هايلي|Nikki Haley|US politician, UN ambassador 2017–2018 and presidential candidate in 2024
P ron-desantis|رون ديسانتيس|ديسانتيس|Ron DeSantis|Governor of Florida from 2019
P chris-sununu|كريس سنونو|كريس سونونو|Chris Sununu|Governor of New Hampshire 2017–2025
P saeed-jalili|سعيد جليلي|جليلي|Saeed Jalili|Iranian politician, presidential candidate in 2013, 2021 and 2024
P alireza-zakani|علي رضا زاكاني|عليرضا زاكاني;زاكاني|Alireza Zakani|Mayor of Tehran from 2021
P ammar-al-hakim|عمار الحكيم||Ammar al-Hakim|Iraqi cleric, leader of the Hikma movement
P espen-barth-eide|إسبن بارث إيدي|اسبن بارث ايدي|Espen Barth Eide|Foreign Minister of Norway from 2023
P ahmad-al-saadoun|أحمد السعدون|السعدون|Ahmad Al-Saadoun|Speaker of Kuwait's National Assembly 1985–1999, 2022–2024
P biram-dah-abeid|بيرام الداه اعبيد|بيرام ولد الداه ولد اعبيد;بيرام الداه عبيد|Biram Dah Abeid|Mauritanian politician, leader of the IRA movement
P hikmat-al-hijri|حكمت الهجري||Hikmat al-Hijri|Spiritual leader of Syria's Druze
P tutankhamun|توت عنخ آمون|توت عنخ أمون;توت عنخ امون|Tutankhamun|Pharaoh of ancient Egypt
P ramesses-ii|رمسيس الثاني||Ramesses II|Pharaoh of ancient Egypt
P khufu|خوفو||Khufu|Pharaoh of ancient Egypt, builder of the Great Pyramid
P khafre|خفرع||Khafre|Pharaoh of ancient Egypt
P menkaure|منقرع|منكاورع|Menkaure|Pharaoh of ancient Egypt
P nefertiti|نفرتيتي||Nefertiti|Queen of ancient Egypt
P akhenaten|أخناتون|إخناتون|Akhenaten|Pharaoh of ancient Egypt
P hatshepsut|حتشبسوت||Hatshepsut|Pharaoh of ancient Egypt
P thutmose-iii|تحتمس الثالث||Thutmose III|Pharaoh of ancient Egypt
O adnoc|أدنوك|شركة بترول أبوظبي الوطنية|ADNOC|Abu Dhabi National Oil Company
O qatarenergy|قطر للطاقة||QatarEnergy|Qatari state energy company
O sonatrach|سوناطراك|سوناتراك|Sonatrach|Algerian state energy company
O airbus|إيرباص|إيرباس|Airbus|Aircraft maker
O x-corp|منصة إكس|تويتر;منصة تويتر|X|Social-media platform (formerly Twitter)
O instagram|إنستغرام|انستقرام|Instagram|Social-media platform
O deepseek|ديب سيك||DeepSeek|Chinese artificial-intelligence company
O tsmc|تي إس إم سي|شركة تايوان لصناعة أشباه الموصلات;TSMC|TSMC|Taiwanese chip maker
O sabic|سابك||SABIC|Saudi chemicals company
O pif|صندوق الاستثمارات العامة||Public Investment Fund|Saudi sovereign wealth fund
O qatar-airways|الخطوط الجوية القطرية||Qatar Airways|Qatari airline
O dp-world|موانئ دبي العالمية||DP World|Emirati port operator
O suez-canal-authority|هيئة قناة السويس||Suez Canal Authority|Egyptian authority running the Suez Canal
O shell|شركة شل|رويال داتش شل|Shell|Energy company
O totalenergies|توتال إنرجيز|توتال|TotalEnergies|Energy company
O starlink|ستارلينك||Starlink|Satellite internet service of SpaceX
O kuwait-petroleum-corporation|مؤسسة البترول الكويتية||Kuwait Petroleum Corporation|Kuwaiti state oil company
O kuwait-oil-company|شركة نفط الكويت||Kuwait Oil Company|Kuwaiti state oil producer
O knpc|شركة البترول الوطنية الكويتية||Kuwait National Petroleum Company|Kuwaiti state refiner
O somo|شركة تسويق النفط|سومو|State Organization for Marketing of Oil|Iraqi state oil marketer
O basra-oil-company|شركة نفط البصرة||Basra Oil Company|Iraqi state oil company
O north-oil-company|شركة نفط الشمال||North Oil Company|Iraqi state oil company (Kirkuk)
O iraq-national-oil-company|شركة النفط الوطنية العراقية||Iraq National Oil Company|Iraqi state oil company
O libya-noc|المؤسسة الوطنية للنفط||National Oil Corporation|Libyan state oil company
O egpc|الهيئة المصرية العامة للبترول||Egyptian General Petroleum Corporation|Egyptian state oil company
O egas|الشركة المصرية القابضة للغازات الطبيعية|إيجاس|EGAS|Egyptian state gas company
O oq|مجموعة أوكيو|أوكيو|OQ|Omani state energy company
O pdo|شركة تنمية نفط عمان||Petroleum Development Oman|Omani oil producer
O bapco|بابكو|بابكو للطاقة;شركة نفط البحرين|Bapco|Bahraini state energy company
O etap|المؤسسة التونسية للأنشطة البترولية||ETAP|Tunisian state oil company
O onhym|المكتب الوطني للهيدروكاربورات والمعادن||ONHYM|Moroccan state hydrocarbons and mining office
O ocp-group|المكتب الشريف للفوسفاط|مجموعة المكتب الشريف للفوسفاط;المجمع الشريف للفوسفاط|OCP Group|Moroccan state phosphate company
O sonelgaz|سونلغاز||Sonelgaz|Algerian state electricity and gas company
O nioc|الشركة الوطنية الإيرانية للنفط||National Iranian Oil Company|Iranian state oil company
O maaden|شركة معادن||Ma'aden|Saudi mining company
O eni|إيني||Eni|Italian energy company
O repsol|ريبسول||Repsol|Spanish energy company
O bp|بريتيش بتروليوم|شركة بي بي|BP|British energy company
O exxonmobil|إكسون موبيل|إكسون;إكسون موبايل|ExxonMobil|US energy company
O chevron|شيفرون||Chevron|US energy company
O conocophillips|كونوكو فيليبس||ConocoPhillips|US energy company
O occidental-petroleum|أوكسيدنتال بتروليوم|أوكسيدنتال|Occidental Petroleum|US energy company
O equinor|إكوينور||Equinor|Norwegian energy company
O rosneft|روسنفت||Rosneft|Russian state oil company
O lukoil|لوك أويل|لوكويل|Lukoil|Russian oil company
O novatek|نوفاتك||Novatek|Russian gas company
O petronas|بتروناس||Petronas|Malaysian state energy company
O sinopec|سينوبك||Sinopec|Chinese state energy company
O petrochina|بتروتشاينا|بترو تشاينا|PetroChina|Chinese state energy company
O petrobras|بتروبراس||Petrobras|Brazilian state energy company
O omv|أو إم في||OMV|Austrian energy company
O halliburton|هاليبرتون||Halliburton|US oilfield services company
O slb|شلمبرجير|شلمبرغر;إس إل بي|SLB (Schlumberger)|Oilfield services company
O baker-hughes|بيكر هيوز||Baker Hughes|US energy technology company
O energean|إنرجيان||Energean|Energy company (Eastern Mediterranean gas)
O delek|ديليك||Delek Group|Israeli energy company
O dana-gas|دانة غاز||Dana Gas|Emirati gas company
O maersk|ميرسك|إيه بي مولر ميرسك;ميرسك لاين|Maersk|Danish shipping company
O cma-cgm|سي إم إيه سي جي إم|CMA CGM|CMA CGM|French shipping company
O msc|إم إس سي|شركة البحر المتوسط للشحن|Mediterranean Shipping Company|Shipping company (Geneva)
O hapag-lloyd|هاباغ لويد|هاباج لويد|Hapag-Lloyd|German shipping company
O cosco|كوسكو||COSCO|Chinese state shipping company
O evergreen-marine|إيفرغرين|إيفرجرين;إيفرغرين مارين|Evergreen Marine|Taiwanese shipping company
O zim|زيم||ZIM|Israeli shipping company
O ad-ports|مجموعة موانئ أبوظبي|موانئ أبوظبي|AD Ports Group|Emirati port operator
O bahri|الشركة الوطنية السعودية للنقل البحري||Bahri|Saudi shipping company
O fitch|فيتش|فيتش للتصنيف الائتماني;فيتش ريتنغز|Fitch Ratings|Credit rating agency
O moodys|موديز|موديز لخدمات المستثمرين|Moody's|Credit rating agency
O sp-global|ستاندرد آند بورز|إس آند بي;إس آند بي غلوبال|S&P Global|Credit rating agency and index provider
O goldman-sachs|غولدمان ساكس||Goldman Sachs|US bank
O jpmorgan|جي بي مورغان|جيه بي مورغان;جي بي مورغان تشيس|JPMorgan Chase|US bank
O morgan-stanley|مورغان ستانلي||Morgan Stanley|US bank
O citigroup|سيتي غروب|سيتي بنك;سيتي جروب|Citigroup|US bank
O bank-of-america|بنك أوف أمريكا|بنك أوف أميركا|Bank of America|US bank
O ubs|يو بي إس||UBS|Swiss bank
O credit-suisse|كريدي سويس||Credit Suisse|Swiss bank (taken over by UBS in 2023)
O hsbc|إتش إس بي سي||HSBC|British bank
O barclays|باركليز||Barclays|British bank
O deutsche-bank|دويتشه بنك||Deutsche Bank|German bank
O bnp-paribas|بي إن بي باريبا||BNP Paribas|French bank
O societe-generale|سوسيتيه جنرال||Société Générale|French bank
O standard-chartered|ستاندرد تشارترد||Standard Chartered|British bank
O blackrock|بلاك روك|بلاكروك|BlackRock|US asset manager
O blackstone|بلاكستون||Blackstone|US investment firm
O berkshire-hathaway|بيركشاير هاثاواي||Berkshire Hathaway|US conglomerate
O euroclear|يوروكلير||Euroclear|Belgian securities depository
O wedbush|ويدبوش||Wedbush Securities|US brokerage
O mastercard|ماستركارد|ماستر كارد|Mastercard|Payments company
O binance|بينانس||Binance|Cryptocurrency exchange
O deloitte|ديلويت||Deloitte|Professional-services firm
O kpmg|كي بي إم جي||KPMG|Professional-services firm
O national-bank-of-egypt|البنك الأهلي المصري||National Bank of Egypt|Egyptian state bank
O banque-misr|بنك مصر||Banque Misr|Egyptian state bank
O cib-egypt|البنك التجاري الدولي||Commercial International Bank|Egyptian bank
O saudi-national-bank|البنك الأهلي السعودي||Saudi National Bank|Saudi bank
O al-rajhi-bank|مصرف الراجحي|بنك الراجحي|Al Rajhi Bank|Saudi bank
O riyad-bank|بنك الرياض||Riyad Bank|Saudi bank
O emirates-nbd|بنك الإمارات دبي الوطني|الإمارات دبي الوطني|Emirates NBD|Emirati bank
O first-abu-dhabi-bank|بنك أبوظبي الأول|بنك أبو ظبي الأول|First Abu Dhabi Bank|Emirati bank
O dubai-islamic-bank|بنك دبي الإسلامي||Dubai Islamic Bank|Emirati bank
O qnb|بنك قطر الوطني|كيو إن بي|QNB|Qatari bank
O national-bank-of-kuwait|بنك الكويت الوطني||National Bank of Kuwait|Kuwaiti bank
O kfh|بيت التمويل الكويتي||Kuwait Finance House|Kuwaiti bank
O arab-bank|البنك العربي||Arab Bank|Jordanian bank
O attijariwafa|التجاري وفا بنك||Attijariwafa Bank|Moroccan bank
O rafidain-bank|مصرف الرافدين||Rafidain Bank|Iraqi state bank
O rasheed-bank|مصرف الرشيد||Rasheed Bank|Iraqi state bank
O adia|جهاز أبوظبي للاستثمار||Abu Dhabi Investment Authority|Emirati sovereign wealth fund
O mubadala|شركة مبادلة|مبادلة للاستثمار|Mubadala|Emirati sovereign investor
O qia|جهاز قطر للاستثمار||Qatar Investment Authority|Qatari sovereign wealth fund
O oman-investment-authority|جهاز الاستثمار العماني||Oman Investment Authority|Omani sovereign wealth fund
O libyan-investment-authority|المؤسسة الليبية للاستثمار||Libyan Investment Authority|Libyan sovereign wealth fund
O tsfe|صندوق مصر السيادي||The Sovereign Fund of Egypt|Egyptian sovereign wealth fund
O adq|إيه دي كيو|شركة أبوظبي التنموية القابضة|ADQ|Emirati sovereign investor
O ihc|الشركة العالمية القابضة||International Holding Company|Emirati conglomerate
O dubai-holding|دبي القابضة||Dubai Holding|Emirati conglomerate
O masdar|شركة مصدر|شركة أبوظبي لطاقة المستقبل|Masdar|Emirati renewable-energy company
O acwa-power|أكوا باور||ACWA Power|Saudi power and water developer
O engie|مجموعة إنجي|شركة إنجي|Engie|French energy company
O edf|كهرباء فرنسا|إي دي إف|EDF|French state power company
O orsted|أورستد||Ørsted|Danish renewable-energy company
O siemens|سيمنس|سيمنز|Siemens|German industrial company
O siemens-energy|سيمنس للطاقة|سيمنس إنرجي|Siemens Energy|German energy technology company
O general-electric|جنرال إلكتريك||General Electric|US industrial company
O vestas|فيستاس||Vestas|Danish wind-turbine maker
O iberdrola|إيبردرولا||Iberdrola|Spanish power company
O enel|إينل||Enel|Italian power company
O infinity-power|إنفينيتي باور||Infinity Power|Egyptian-Emirati renewable-energy developer
O scatec|سكاتك||Scatec|Norwegian renewable-energy developer
O amea-power|أميا باور||AMEA Power|Emirati renewable-energy developer
O saudi-electricity|الشركة السعودية للكهرباء||Saudi Electricity Company|Saudi power company
O dewa|هيئة كهرباء ومياه دبي|ديوا|Dubai Electricity and Water Authority|Emirati utility
O taqa|شركة أبوظبي الوطنية للطاقة||TAQA|Emirati energy company
O eehc|الشركة القابضة لكهرباء مصر||Egyptian Electricity Holding Company|Egyptian state power company
O onee|المكتب الوطني للكهرباء والماء الصالح للشرب||ONEE|Moroccan state utility
O steg|الشركة التونسية للكهرباء والغاز|الستاغ|STEG|Tunisian state utility
O alphabet|ألفابت||Alphabet|Parent company of Google
O intel|إنتل||Intel|Chip maker
O amd|إيه إم دي||AMD|Chip maker
O qualcomm|كوالكوم||Qualcomm|Chip maker
O broadcom|برودكوم||Broadcom|Chip maker
O asml|إيه إس إم إل||ASML|Dutch chip-equipment maker
O sk-hynix|إس كيه هاينكس||SK Hynix|South Korean chip maker
O ibm|آي بي إم||IBM|Technology company
O oracle|أوراكل||Oracle|Technology company
O cisco|سيسكو||Cisco|Technology company
O lenovo|لينوفو||Lenovo|Chinese technology company
O xiaomi|شاومي||Xiaomi|Chinese technology company
O alibaba|علي بابا|علي بابا القابضة|Alibaba Group|Chinese technology company
O tencent|تينسنت||Tencent|Chinese technology company
O baidu|بايدو||Baidu|Chinese technology company
O bytedance|بايت دانس||ByteDance|Chinese technology company (owner of TikTok)
O anthropic|أنثروبيك||Anthropic|Artificial-intelligence company
O xai|إكس إيه آي||xAI|Artificial-intelligence company
O google-deepmind|ديب مايند|غوغل ديب مايند|Google DeepMind|Artificial-intelligence laboratory
O netflix|نتفليكس||Netflix|Streaming company
O snapchat|سناب شات|سنابشات|Snapchat|Social-media platform
O linkedin|لينكد إن|لينكدإن|LinkedIn|Social-media platform
O uber|أوبر||Uber|Ride-hailing company
O sony|سوني||Sony|Japanese technology company
O nokia|نوكيا||Nokia|Finnish telecoms-equipment maker
O ericsson|إريكسون||Ericsson|Swedish telecoms-equipment maker
O foxconn|فوكسكون||Foxconn|Taiwanese electronics maker
O palantir|بالانتير||Palantir|US data-analytics company
O g42|جي 42||G42|Emirati artificial-intelligence company
O humain|هيوماين||Humain|Saudi artificial-intelligence company
O stc|مجموعة إس تي سي|إس تي سي;شركة الاتصالات السعودية|stc|Saudi telecoms company
O e-and|مجموعة إي آند|إي آند|e&|Emirati telecoms company (formerly Etisalat)
O zain|مجموعة زين|زين للاتصالات|Zain|Kuwaiti telecoms company
O ooredoo|أوريدو||Ooredoo|Qatari telecoms company
O vodafone|فودافون||Vodafone|British telecoms company
O orange|أورنج|أورانج|Orange|French telecoms company
O telecom-egypt|المصرية للاتصالات||Telecom Egypt|Egyptian state telecoms company
O toyota|تويوتا||Toyota|Japanese carmaker
O volkswagen|فولكس فاغن||Volkswagen|German carmaker
O bmw|بي إم دبليو||BMW|German carmaker
O hyundai|هيونداي||Hyundai|South Korean carmaker
O kia|كيا|كيا موتورز|Kia|South Korean carmaker
O honda|هوندا||Honda|Japanese carmaker
O nissan|شركة نيسان|نيسان موتور|Nissan|Japanese carmaker
O ford|فورد موتور|شركة فورد|Ford|US carmaker
O general-motors|جنرال موتورز||General Motors|US carmaker
O stellantis|ستيلانتيس||Stellantis|Carmaker
O renault|رينو||Renault|French carmaker
O byd|بي واي دي||BYD|Chinese carmaker
O lucid|لوسيد|لوسيد موتورز|Lucid Motors|US electric carmaker (Saudi-owned)
O porsche|بورشه||Porsche|German carmaker
O volvo|فولفو||Volvo|Swedish carmaker
O rolls-royce|رولز رويس|رولز رويز|Rolls-Royce|British engine and car maker
O embraer|إمبراير||Embraer|Brazilian aircraft maker
O northrop-grumman|نورثروب غرومان|نورثروب جرومان|Northrop Grumman|US arms maker
O general-dynamics|جنرال دايناميكس||General Dynamics|US arms maker
O bae-systems|بي إيه إي سيستمز||BAE Systems|British arms maker
O dassault-aviation|داسو للطيران|داسو أفياسيون|Dassault Aviation|French aircraft maker
O thales|تاليس||Thales|French arms and electronics maker
O elbit-systems|إلبيت سيستمز||Elbit Systems|Israeli arms maker
O israel-aerospace-industries|الصناعات الجوية الإسرائيلية||Israel Aerospace Industries|Israeli arms maker
O baykar|بايكار||Baykar|Turkish drone maker
O aselsan|أسيلسان||Aselsan|Turkish arms maker
O rostec|روستيخ||Rostec|Russian state defence conglomerate
O edge-group|مجموعة إيدج||EDGE Group|Emirati defence conglomerate
O emirates-airline|طيران الإمارات||Emirates|Emirati airline (Dubai)
O etihad-airways|الاتحاد للطيران||Etihad Airways|Emirati airline (Abu Dhabi)
O flydubai|فلاي دبي||flydubai|Emirati airline
O air-arabia|العربية للطيران||Air Arabia|Emirati airline (Sharjah)
O saudia|الخطوط الجوية السعودية|الخطوط السعودية|Saudia|Saudi airline
O flynas|طيران ناس|فلاي ناس|flynas|Saudi airline
O riyadh-air|طيران الرياض||Riyadh Air|Saudi airline
O egyptair|مصر للطيران||EgyptAir|Egyptian airline
O royal-air-maroc|الخطوط الملكية المغربية|الخطوط الجوية الملكية المغربية;لارام|Royal Air Maroc|Moroccan airline
O air-algerie|الخطوط الجوية الجزائرية||Air Algérie|Algerian airline
O tunisair|الخطوط التونسية|الخطوط الجوية التونسية;الخطوط التونسية للطيران|Tunisair|Tunisian airline
O kuwait-airways|الخطوط الجوية الكويتية||Kuwait Airways|Kuwaiti airline
O gulf-air|طيران الخليج||Gulf Air|Bahraini airline
O oman-air|الطيران العماني||Oman Air|Omani airline
O royal-jordanian|الخطوط الجوية الملكية الأردنية||Royal Jordanian|Jordanian airline
O middle-east-airlines|طيران الشرق الأوسط|الميدل إيست|Middle East Airlines|Lebanese airline
O iraqi-airways|الخطوط الجوية العراقية||Iraqi Airways|Iraqi airline
O turkish-airlines|الخطوط الجوية التركية||Turkish Airlines|Turkish airline
O jazeera-airways|طيران الجزيرة||Jazeera Airways|Kuwaiti airline
O lufthansa|لوفتهانزا||Lufthansa|German airline
O air-france|الخطوط الجوية الفرنسية|إير فرانس|Air France|French airline
O british-airways|الخطوط الجوية البريطانية|بريتيش إيرويز|British Airways|British airline
O el-al|إل عال||El Al|Israeli airline
O nestle|نستله||Nestlé|Swiss food company
O pepsico|بيبسيكو||PepsiCo|US food and drinks company
O mcdonalds|ماكدونالدز|ماكدونالد|McDonald's|US fast-food company
O starbucks|ستاربكس||Starbucks|US coffee-shop chain
O carrefour|كارفور||Carrefour|French retailer
O pfizer|فايزر||Pfizer|US drug maker
O moderna|موديرنا||Moderna|US drug maker
O astrazeneca|أسترازينيكا|أسترازينكا|AstraZeneca|Anglo-Swedish drug maker
O novo-nordisk|نوفو نورديسك||Novo Nordisk|Danish drug maker
O emaar|إعمار العقارية|شركة إعمار|Emaar Properties|Emirati property developer
O aldar|الدار العقارية||Aldar Properties|Emirati property developer
O damac|داماك|داماك العقارية|DAMAC Properties|Emirati property developer
O talaat-moustafa-group|مجموعة طلعت مصطفى||Talaat Moustafa Group|Egyptian property developer
O orascom|أوراسكوم|أوراسكوم للإنشاءات|Orascom|Egyptian construction and telecoms group
O efg-hermes|إي إف جي هيرميس|إي إف جي القابضة|EFG Hermes|Egyptian investment bank
O elsewedy-electric|السويدي إليكتريك|السويدي للكابلات|Elsewedy Electric|Egyptian cable and energy company
O almarai|شركة المراعي||Almarai|Saudi food company
O ega|الإمارات العالمية للألمنيوم||Emirates Global Aluminium|Emirati aluminium producer
O dfm|سوق دبي المالي||Dubai Financial Market|Stock exchange
O adx|سوق أبوظبي للأوراق المالية||Abu Dhabi Securities Exchange|Stock exchange
O egx|البورصة المصرية|بورصة مصر|Egyptian Exchange|Stock exchange
O saudi-exchange|السوق المالية السعودية||Saudi Exchange (Tadawul)|Stock exchange
O qatar-stock-exchange|بورصة قطر||Qatar Stock Exchange|Stock exchange
O boursa-kuwait|بورصة الكويت||Boursa Kuwait|Stock exchange
O casablanca-stock-exchange|بورصة الدار البيضاء||Casablanca Stock Exchange|Stock exchange
O nyse|بورصة نيويورك||New York Stock Exchange|Stock exchange
O nasdaq|ناسداك||Nasdaq|Stock exchange
O london-stock-exchange|بورصة لندن||London Stock Exchange|Stock exchange
O arab-national-bank|البنك العربي الوطني||Arab National Bank|Saudi bank
`;

/** Parses the tables above; run once, at first use. */
export function curatedEntries(): CuratedEntry[] {
  return parseCurated([REFINEMENTS, PLACES, PEOPLE, ORGANIZATIONS, SPORTS, CULTURE, LEADERS, BUSINESS]);
}

/** Parses tables of curated lines (the format above). */
export function parseCurated(blocks: readonly string[]): CuratedEntry[] {
  const out: CuratedEntry[] = [];
  for (const block of blocks) {
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const tag = line[0];
      const [id, name, aliases, en, description, wikidata] = line.slice(1).split('|').map((f) => f.trim());
      const kind = tag === 'P' ? 'person' : tag === 'L' ? 'place' : tag === 'O' ? 'organization' : undefined;
      const entry: { -readonly [K in keyof CuratedEntry]: CuratedEntry[K] } = { id };
      if (kind) entry.kind = kind;
      if (name) entry.name = name;
      if (aliases) entry.aliases = aliases.split(';').map((a) => a.trim()).filter((a) => a !== '');
      if (en) entry.en = en;
      if (description) entry.description = description;
      if (wikidata) entry.wikidata = wikidata;
      out.push(entry);
    }
  }
  return out;
}

/** The curated entries that are complete entities in their own right (not refinements). */
export function isCompleteEntity(e: CuratedEntry): e is CuratedEntry & Pick<Entity, 'kind' | 'name'> {
  return e.kind !== undefined && e.name !== undefined;
}
