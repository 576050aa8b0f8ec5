/**
 * Places of the wider world that Arabic news names and that CLDR, iso3166-2-db and the curated
 * lists do not: second-tier cities, provinces and regions, geopolitical regions, and natural
 * features (rivers, lakes, mountains, deserts, seas, straits, islands). Hand-curated, in the
 * format of `curated.ts` (places only, kind `L`).
 *
 * Unlike the town lists, these names are matched anywhere, with no place word before them: every
 * name and alias is unambiguous in Arabic prose (never an everyday word, a verb, an adjective, a
 * given name or a family name once hamza, diacritics, ة/ه and ى/ي are folded). A place whose
 * bare name is a word goes by a longer form news uses («نهر …»، «جزيرة …»، «مدينة …») or is left out.
 */

// Cities of the world beyond the capitals
const CITIES = `
L mandeville-jm|ماندفيل|مانديفيل|Mandeville|Town in Jamaica|
L kosshy|قوسشي|كوسشي|Kosshy|Town near Astana, Kazakhstan|
L astana-arena|أستانا أرينا||Astana Arena|Stadium in Astana, Kazakhstan|
L barys-arena|بارس أرينا|باريس أرينا|Barys Arena|Ice arena in Astana, Kazakhstan|
L cheikha-boidiya-stadium|ملعب الشيخة ولد بيديا|ملعب شيخة ولد بيديا|Cheikha Ould Boïdiya Stadium|Stadium in Nouakchott, Mauritania|
L al-hilal-stadium-sd|استاد الهلال|ملعب الهلال بأم درمان|Al-Hilal Stadium|Stadium in Omdurman, Sudan|
L norman-manley-airport|مطار نورمان مانلي الدولي|مطار نورمان مانلي|Norman Manley International Airport|Airport of Kingston, Jamaica|
L temple-of-bacchus|معبد باخوس||Temple of Bacchus|Roman temple in Baalbek, Lebanon|
L temple-of-jupiter|معبد جوبيتر||Temple of Jupiter|Roman temple in Baalbek, Lebanon|
L surabaya|سورابايا||Surabaya|City in Indonesia|
L bandung|باندونغ|باندونق|Bandung|City in Indonesia|
L semarang|سيمارانغ|سمارانغ|Semarang|City in Indonesia|
L palembang|باليمبانغ|بالمبانغ|Palembang|City in Indonesia|
L denpasar|دينباسار|دنباسار|Denpasar|City in Indonesia|
L banda-aceh|باندا آتشيه|بندا آتشيه;باندا أتشه|Banda Aceh|City in Indonesia|
L padang|بادانغ||Padang|City in Indonesia|
L manado|مانادو||Manado|City in Indonesia|
L balikpapan|باليكبابان||Balikpapan|City in Indonesia|
L samarinda|ساماريندا||Samarinda|City in Indonesia|
L bogor|بوغور||Bogor|City in Indonesia|
L malang|مالانغ||Malang|City in Indonesia|
L surakarta|سوراكارتا||Surakarta|City in Indonesia|
L batam|باتام||Batam|City in Indonesia|
L pekanbaru|بيكانبارو||Pekanbaru|City in Indonesia|
L mataram|ماتارام||Mataram|City in Indonesia|
L kupang|كوبانغ||Kupang|City in Indonesia|
L ambon|أمبون||Ambon|City in Indonesia|
L palu|بالو||Palu|City in Indonesia|
L nusantara|نوسانتارا||Nusantara|City in Indonesia|
L bekasi|بيكاسي||Bekasi|City in Indonesia|
L tangerang|تانغيرانغ||Tangerang|City in Indonesia|
L depok|ديبوك||Depok|City in Indonesia|
L johor-bahru|جوهور بهرو|جوهور باهرو|Johor Bahru|City in Malaysia|
L ipoh|إيبوه||Ipoh|City in Malaysia|
L kota-kinabalu|كوتا كينابالو||Kota Kinabalu|City in Malaysia|
L shah-alam|شاه علم||Shah Alam|City in Malaysia|
L george-town|جورج تاون||George Town|City in Malaysia|
L langkawi|لنكاوي|لانكاوي|Langkawi|City in Malaysia|
L kota-bharu|كوتا بهارو||Kota Bharu|City in Malaysia|
L cebu|سيبو||Cebu|City in the Philippines|
L quezon-city|كويزون سيتي|كيزون سيتي|Quezon City|City in the Philippines|
L marawi|ماراوي||Marawi|City in the Philippines|
L zamboanga|زامبوانغا||Zamboanga|City in the Philippines|
L cotabato|كوتاباتو||Cotabato|City in the Philippines|
L jolo|جولو||Jolo|City in the Philippines|
L makati|ماكاتي||Makati|City in the Philippines|
L iloilo|إيلويلو||Iloilo|City in the Philippines|
L tacloban|تاكلوبان||Tacloban|City in the Philippines|
L pattaya|باتايا|بتايا|Pattaya|City in Thailand|
L hat-yai|هات ياي||Hat Yai|City in Thailand|
L da-nang|دا نانغ||Da Nang|City in Vietnam|
L haiphong|هايفونغ|هاي فونغ|Haiphong|City in Vietnam|
L mandalay|ماندالاي||Mandalay|City in Myanmar|
L sittwe|سيتوي||Sittwe|City in Myanmar|
L maungdaw|مونغداو|ماونغداو|Maungdaw|City in Myanmar|
L buthidaung|بوثيدونغ||Buthidaung|City in Myanmar|
L siem-reap|سيام ريب||Siem Reap|City in Cambodia|
L sihanoukville|سيهانوكفيل||Sihanoukville|City in Cambodia|
L chittagong|شيتاغونغ|تشيتاغونغ;شيتاجونغ|Chittagong|City in Bangladesh|
L coxs-bazar|كوكس بازار||Cox's Bazar|City in Bangladesh|
L sylhet|سلهت||Sylhet|City in Bangladesh|
L bhasan-char|بهاسان شار||Bhasan Char|City in Bangladesh|
L jaffna|جافنا||Jaffna|City in Sri Lanka|
L chennai|تشيناي|شيناي;مدراس|Chennai|City in India|
L hyderabad|حيدر آباد|حيدرأباد|Hyderabad|City in India|
L ahmedabad|أحمد آباد||Ahmedabad|City in India|
L jaipur|جايبور|جيبور|Jaipur|City in India|
L lucknow|لكناو||Lucknow|City in India|
L kanpur|كانبور||Kanpur|City in India|
L nagpur|ناغبور|ناجبور|Nagpur|City in India|
L bhopal|بوبال|بهوبال|Bhopal|City in India|
L varanasi|فاراناسي|بنارس|Varanasi|City in India|
L amritsar|أمريتسار|أمرتسار|Amritsar|City in India|
L srinagar|سريناغار|سرينغار|Srinagar|City in India|
L jammu|جامو||Jammu|City in India|
L pahalgam|باهالغام|بهلغام|Pahalgam|City in India|
L pulwama|بولواما||Pulwama|City in India|
L ayodhya|أيودهيا|أيوديا|Ayodhya|City in India|
L noida|نويدا||Noida|City in India|
L gurgaon|غورغاون|غوروغرام|Gurgaon|City in India|
L indore|إندور||Indore|City in India|
L raipur|رايبور||Raipur|City in India|
L ranchi|رانشي||Ranchi|City in India|
L guwahati|غواهاتي||Guwahati|City in India|
L imphal|إمفال||Imphal|City in India|
L dharamsala|دارامسالا|دهرمسالا|Dharamsala|City in India|
L aligarh|عليكرة|أليغار|Aligarh|City in India|
L deoband|ديوبند||Deoband|City in India|
L bhubaneswar|بوبانسوار|بهوبانسوار|Bhubaneswar|City in India|
L thiruvananthapuram|تريفاندروم||Thiruvananthapuram|City in India|
L kochi|كوتشين||Kochi|City in India|
L mangalore|مانغالور||Mangalore|City in India|
L vadodara|فادودارا||Vadodara|City in India|
L visakhapatnam|فيساخاباتنام||Visakhapatnam|City in India|
L kargil|كارجيل|كارغيل|Kargil|City in India|
L rawalpindi|راولبندي|روالبندي|Rawalpindi|City in Pakistan|
L quetta|كويتا||Quetta|City in Pakistan|
L multan|ملتان||Multan|City in Pakistan|
L faisalabad|فيصل آباد||Faisalabad|City in Pakistan|
L gwadar|غوادر||Gwadar|City in Pakistan|
L anarkali|أناركلي|سوق أناركلي|Anarkali|Quarter and bazaar of Lahore|
L ravi-river|نهر رافي||Ravi|River in India and Pakistan|
L allama-iqbal-airport|مطار العلامة إقبال الدولي|مطار العلامة إقبال|Allama Iqbal International Airport|Airport of Lahore|
L sialkot|سيالكوت||Sialkot|City in Pakistan|
L gujranwala|غوجرانوالا||Gujranwala|City in Pakistan|
L abbottabad|أبوت آباد|أبوتاباد|Abbottabad|City in Pakistan|
L north-waziristan|وزيرستان الشمالية|شمال وزيرستان|North Waziristan|District of Pakistan|
L south-waziristan|وزيرستان الجنوبية|جنوب وزيرستان|South Waziristan|District of Pakistan|
L muzaffarabad|مظفر آباد|مظفرآباد|Muzaffarabad|City in Pakistan|
L bahawalpur|بهاولبور||Bahawalpur|City in Pakistan|
L dera-ismail-khan|ديرة إسماعيل خان|ديرا إسماعيل خان|Dera Ismail Khan|City in Pakistan|
L chaman|تشامان||Chaman|City in Pakistan|
L mirpur|ميربور||Mirpur|City in Pakistan|
L kohat|كوهات||Kohat|City in Pakistan|
L larkana|لاركانا||Larkana|City in Pakistan|
L skardu|سكاردو||Skardu|City in Pakistan|
L mazar-i-sharif|مزار شريف|مزار الشريف|Mazar-i-Sharif|City in Afghanistan|
L jalalabad|جلال آباد||Jalalabad|City in Afghanistan|
L bagram|باغرام||Bagram|City in Afghanistan|
L torkham|تورخم||Torkham|City in Afghanistan|
L lashkar-gah|لشكر كاه|لشكركاه;لشكر قاه|Lashkar Gah|City in Afghanistan|
L tora-bora|تورا بورا||Tora Bora|City in Afghanistan|
L spin-boldak|سبين بولدك||Spin Boldak|City in Afghanistan|
L pul-e-khumri|بولي خمري|پل خمري|Pul-e-Khumri|City in Afghanistan|
L charikar|تشاريكار|جاريكار|Charikar|City in Afghanistan|
L sheberghan|شبرغان||Sheberghan|City in Afghanistan|
L taloqan|طالقان||Taloqan|City in Afghanistan|
L feyzabad|فيض آباد||Feyzabad|City in Afghanistan|
L musa-qala|موسى قلعة||Musa Qala|City in Afghanistan|
L sangin|سانغين||Sangin|City in Afghanistan|
L tarin-kot|ترينكوت|تارين كوت|Tarin Kot|City in Afghanistan|
L rasht|مدينة رشت||Rasht|City in Iran|
L neyshabur|نيسابور|نيشابور|Neyshabur|City in Iran|
L javanrud|جوانرود||Javanrud|City in Iran|
L shadegan|شادكان|شادغان|Shadegan|City in Iran|
L gorgan|جرجان||Gorgan|City in Iran|
L shahr-e-kord|شهركرد||Shahr-e Kord|City in Iran|
L yasuj|ياسوج||Yasuj|City in Iran|
L birjand|بيرجند||Birjand|City in Iran|
L bojnurd|بجنورد||Bojnurd|City in Iran|
L borujerd|بروجرد||Borujerd|City in Iran|
L bam|مدينة بم||Bam|City in Iran|
L alanya|ألانيا||Alanya|City in Turkey|
L bodrum|بودروم||Bodrum|City in Turkey|
L marmaris|مرمريس||Marmaris|City in Turkey|
L findikli|فينديكلي|فنديكلي|Fındıklı|Town in Rize Province, Turkey|
L arhavi|أرهافي|أرحافي|Arhavi|Town in Artvin Province, Turkey|
L hopa|هوبا||Hopa|Town in Artvin Province, Turkey|
L camlihemsin|تشاملي همشين|تشاملي هيمشين|Çamlıhemşin|Town in Rize Province, Turkey|
L ayder|هضبة أيدر|أيدر|Ayder|Plateau in Rize Province, Turkey|
L dereli|ديريلي||Dereli|Town in Giresun Province, Turkey|
L kackar-mountains|جبال كاتشكار|كاتشكار|Kaçkar Mountains|Mountain range in north-eastern Turkey|
L izmit|إزميت||Izmit|City in Turkey|
L kadikoy|قاضي كوي||Kadikoy|City in Turkey|
L uskudar|أسكودار|اسكدار|Uskudar|City in Turkey|
L esenyurt|إسنيورت||Esenyurt|City in Turkey|
L beylikduzu|بيليك دوزو||Beylikduzu|City in Turkey|
L kusadasi|كوشاداسي||Kusadasi|City in Turkey|
L pamukkale|باموكالي||Pamukkale|City in Turkey|
L tarsus|طرسوس||Tarsus|City in Turkey|
L iznik|إزنيك|إزنيق|Iznik|City in Turkey|
L kirikhan|قرقخان||Kirikhan|City in Turkey|
L yayladagi|يايلاداغ||Yayladagi|City in Turkey|
L dogubayazit|دوغو بايزيد||Dogubayazit|City in Turkey|
L van|مدينة وان||Van|City in Turkey|
L shymkent|شيمكنت|شمكنت|Shymkent|City in Kazakhstan|
L karaganda|كاراغاندا|قره غندي|Karaganda|City in Kazakhstan|
L pavlodar|بافلودار||Pavlodar|City in Kazakhstan|
L semey|سيميبالاتينسك||Semey|City in Kazakhstan|
L baikonur|بايكونور||Baikonur|City in Kazakhstan|
L khiva|خيوة||Khiva|City in Uzbekistan|
L namangan|نمنغان|نامانغان|Namangan|City in Uzbekistan|
L termez|ترمذ||Termez|City in Uzbekistan|
L nukus|نوكوس||Nukus|City in Uzbekistan|
L khujand|خجند|خوجند|Khujand|City in Tajikistan|
L turkmenbashi|تركمانباشي|تركمان باشي|Turkmenbashi|City in Turkmenistan|
L osh|مدينة أوش||Osh|City in Kyrgyzstan|
L shusha|شوشا|شوشي|Shusha|City in Azerbaijan|
L lachin|لاتشين||Lachin|City in Azerbaijan|
L agdam|أغدام||Agdam|City in Azerbaijan|
L gyumri|غيومري|كومري|Gyumri|City in Armenia|
L batumi|باتومي|باطومي|Batumi|City in Georgia|
L kutaisi|كوتايسي||Kutaisi|City in Georgia|
L tskhinvali|تسخينفالي||Tskhinvali|City in South Ossetia, Georgia|
L sukhumi|سوخومي||Sukhumi|City in Abkhazia, Georgia|
L shenzhen|شنتشن|شينزين;شنزن|Shenzhen|City in China|
L chengdu|تشنغدو|تشنجدو;شنغدو|Chengdu|City in China|
L nanjing|نانجينغ|نانكين|Nanjing|City in China|
L hangzhou|هانغتشو|هانغجو;هانغشو|Hangzhou|City in China|
L xian|شيآن|شيان|Xi'an|City in China|
L dalian|داليان||Dalian|City in China|
L qingdao|تشينغداو|كينغداو|Qingdao|City in China|
L xiamen|شيامن|شيامين|Xiamen|City in China|
L kashgar|كاشغر|قشغر;كاشغار|Kashgar|City in China|
L lhasa|لاسا||Lhasa|City in China|
L zhengzhou|تشنغتشو|جينغجو|Zhengzhou|City in China|
L kunming|كونمينغ||Kunming|City in China|
L shenyang|شنيانغ|شينيانغ|Shenyang|City in China|
L zhuhai|تشوهاي|جوهاي|Zhuhai|City in China|
L suzhou|سوتشو||Suzhou|City in China|
L ningbo|نينغبو||Ningbo|City in China|
L yiwu|ييوو||Yiwu|City in China|
L hotan|خوتان|هوتان|Hotan|City in China|
L yinchuan|ينتشوان|يينتشوان|Yinchuan|City in China|
L lanzhou|لانتشو|لانجو|Lanzhou|City in China|
L hefei|هيفاي||Hefei|City in China|
L changsha|تشانغشا||Changsha|City in China|
L nanning|ناننينغ||Nanning|City in China|
L guilin|غويلين||Guilin|City in China|
L wenchang|ونتشانغ|وينتشانغ|Wenchang|City in China|
L jiuquan|جيوتشيوان|جيوكوان|Jiuquan|City in China|
L kaohsiung|كاوهسيونغ|كاوشيونغ|Kaohsiung|City in Taiwan|
L kinmen|كينمن|جزيرة كينمن|Kinmen|City in Taiwan|
L taichung|تايتشونغ||Taichung|City in Taiwan|
L hsinchu|هسينتشو||Hsinchu|City in Taiwan|
L yokohama|يوكوهاما||Yokohama|City in Japan|
L sapporo|سابورو||Sapporo|City in Japan|
L nagoya|ناغويا||Nagoya|City in Japan|
L sendai|سينداي||Sendai|City in Japan|
L kitakyushu|كيتاكيوشو||Kitakyushu|City in Japan|
L yokosuka|يوكوسوكا||Yokosuka|City in Japan|
L itaewon|إيتايوان|إيتاوون|Itaewon|City in South Korea|
L gangnam|غانغنام||Gangnam|City in South Korea|
L pyeongtaek|بيونغتيك|بيونغ تيك|Pyeongtaek|City in South Korea|
L changwon|تشانغوون||Changwon|City in South Korea|
L gyeongju|غيونغجو||Gyeongju|City in South Korea|
L kaesong|كايسونغ|كيسونغ|Kaesong|City in North Korea|
L yongbyon|يونغبيون|يونغ بيون|Yongbyon|City in North Korea|
L sinpo|سينبو||Sinpo|City in North Korea|
L wonsan|وونسان||Wonsan|City in North Korea|
L hamhung|هامهونغ||Hamhung|City in North Korea|
L punggye-ri|بونغي ري|بونغيي ري|Punggye-ri|City in North Korea|
L sinuiju|سينويجو||Sinuiju|City in North Korea|
L chongjin|تشونغجين||Chongjin|City in North Korea|
L sohae|سوهاي||Sohae|City in North Korea|
L nampo|نامبو||Nampo|City in North Korea|
L erdenet|إردنيت||Erdenet|City in Mongolia|
L ufa|أوفا||Ufa|City in Russia|
L krasnodar|كراسنودار||Krasnodar|City in Russia|
L novorossiysk|نوفوروسيسك|نوفوروسييسك|Novorossiysk|City in Russia|
L tuapse|توابسي||Tuapse|City in Russia|
L bryansk|بريانسك||Bryansk|City in Russia|
L khabarovsk|خاباروفسك||Khabarovsk|City in Russia|
L ulan-ude|أولان أودي||Ulan-Ude|City in Russia|
L norilsk|نوريلسك||Norilsk|City in Russia|
L kerch|كيرتش||Kerch|City in Crimea|
L feodosia|فيودوسيا||Feodosia|City in Crimea|
L yalta|يالطا||Yalta|City in Crimea|
L dzhankoi|جانكوي|دجانكوي|Dzhankoi|City in Crimea|
L sudzha|سودجا||Sudzha|City in Russia|
L taganrog|تاغانروغ||Taganrog|City in Russia|
L izhevsk|إيجيفسك||Izhevsk|City in Russia|
L yelabuga|يلابوغا|ألابوغا|Yelabuga|City in Russia|
L severodvinsk|سيفيرودفينسك||Severodvinsk|City in Russia|
L plesetsk|بليسيتسك||Plesetsk|City in Russia|
L kapustin-yar|كابوستين يار||Kapustin Yar|City in Russia|
L makhachkala|محج قلعة|ماخاتشكالا|Makhachkala|City in Russia|
L derbent|دربند|ديربنت|Derbent|City in Russia|
L nalchik|نالتشيك||Nalchik|City in Russia|
L vladikavkaz|فلاديقوقاز|فلاديكافكاز|Vladikavkaz|City in Russia|
L beslan|بيسلان||Beslan|City in Russia|
L nazran|نازران||Nazran|City in Russia|
L maykop|مايكوب||Maykop|City in Russia|
L khasavyurt|خاسافيورت||Khasavyurt|City in Russia|
L gudermes|غوديرميس||Gudermes|City in Russia|
L naberezhnye-chelny|نابيريجني تشيلني||Naberezhnye Chelny|City in Russia|
L tolyatti|تولياتي||Tolyatti|City in Russia|
L magnitogorsk|ماغنيتوغورسك||Magnitogorsk|City in Russia|
L surgut|سورغوت||Surgut|City in Russia|
L petrozavodsk|بتروزافودسك||Petrozavodsk|City in Russia|
L kronstadt|كرونشتادت||Kronstadt|City in Russia|
L shebekino|شيبيكينو||Shebekino|City in Russia|
L millerovo|ميليروفو||Millerovo|City in Russia|
L morozovsk|موروزوفسك||Morozovsk|City in Russia|
L yeysk|ييسك||Yeysk|City in Russia|
L primorsko-akhtarsk|بريمورسكو أختارسك||Primorsko-Akhtarsk|City in Russia|
L novocherkassk|نوفوتشيركاسك||Novocherkassk|City in Russia|
L kaspiysk|كاسبيسك||Kaspiysk|City in Russia|
L vorkuta|فوركوتا||Vorkuta|City in Russia|
L nizhny-tagil|نيجني تاغيل||Nizhny Tagil|City in Russia|
L mozdok|موزدوك||Mozdok|City in Russia|
L olenya|أولينيا||Olenya|City in Russia|
L stary-oskol|ستاري أوسكول||Stary Oskol|City in Russia|
L pokrovsk|بوكروفسك||Pokrovsk|City in Ukraine|
L kramatorsk|كراماتورسك||Kramatorsk|City in Ukraine|
L sloviansk|سلوفيانسك|سلافيانسك|Sloviansk|City in Ukraine|
L chasiv-yar|تشاسيف يار|تشاسوف يار|Chasiv Yar|City in Ukraine|
L toretsk|توريتسك||Toretsk|City in Ukraine|
L vuhledar|فوهليدار|أوغليدار|Vuhledar|City in Ukraine|
L kurakhove|كوراخوف|كوراخوفو|Kurakhove|City in Ukraine|
L izium|إيزيوم||Izium|City in Ukraine|
L kupiansk|كوبيانسك||Kupiansk|City in Ukraine|
L vovchansk|فوفتشانسك|فولتشانسك|Vovchansk|City in Ukraine|
L soledar|سوليدار||Soledar|City in Ukraine|
L lysychansk|ليسيتشانسك||Lysychansk|City in Ukraine|
L sievierodonetsk|سيفيرودونيتسك|سيفيرودونتسك|Sievierodonetsk|City in Ukraine|
L rubizhne|روبيجني||Rubizhne|City in Ukraine|
L melitopol|ميليتوبول||Melitopol|City in Ukraine|
L berdiansk|بيرديانسك||Berdiansk|City in Ukraine|
L enerhodar|إنرهودار|إنيرغودار;إنرغودار|Enerhodar|City in Ukraine|
L nova-kakhovka|نوفا كاخوفكا||Nova Kakhovka|City in Ukraine|
L kakhovka|كاخوفكا|سد كاخوفكا|Kakhovka|City in Ukraine|
L kryvyi-rih|كريفي ريه|كريفي ريغ|Kryvyi Rih|City in Ukraine|
L kremenchuk|كريمنشوك|كريمنتشوك|Kremenchuk|City in Ukraine|
L bucha|بوتشا||Bucha|City in Ukraine|
L irpin|إيربين||Irpin|City in Ukraine|
L hostomel|هوستوميل|غوستوميل|Hostomel|City in Ukraine|
L chernobyl|تشيرنوبيل|تشرنوبيل|Chernobyl|City in Ukraine|
L uzhhorod|أوجهورود||Uzhhorod|City in Ukraine|
L lutsk|لوتسك||Lutsk|City in Ukraine|
L robotyne|روبوتيني||Robotyne|City in Ukraine|
L marinka|مارينكا||Marinka|City in Ukraine|
L horlivka|غورلوفكا|هورليفكا|Horlivka|City in Ukraine|
L makiivka|ماكييفكا||Makiivka|City in Ukraine|
L debaltseve|ديبالتسيف|ديبالتسيفي|Debaltseve|City in Ukraine|
L kostiantynivka|كوستيانتينيفكا|كونستانتينوفكا|Kostiantynivka|City in Ukraine|
L kropyvnytskyi|كروبيفنيتسكي||Kropyvnytskyi|City in Ukraine|
L myrnohrad|ميرنوهراد||Myrnohrad|City in Ukraine|
L selydove|سيليدوف|سيليدوفو|Selydove|City in Ukraine|
L siversk|سيفيرسك||Siversk|City in Ukraine|
L huliaipole|هولياي بولي|غولياي بولي|Huliaipole|City in Ukraine|
L orikhiv|أوريخيف||Orikhiv|City in Ukraine|
L pavlohrad|بافلوغراد|بافلوهراد|Pavlohrad|City in Ukraine|
L nikopol|نيكوبول||Nikopol|City in Ukraine|
L vasylkivka|فاسيلكيفكا||Vasylkivka|City in Ukraine|
L ochakiv|أوتشاكيف||Ochakiv|City in Ukraine|
L starokostiantyniv|ستاروكوستيانتينيف||Starokostiantyniv|City in Ukraine|
L bilhorod-dnistrovskyi|بيلغورود دنيستروفسكي||Bilhorod-Dnistrovskyi|City in Ukraine|
L izmail|إزماييل|ميناء إزماييل;إيزمايل|Izmail|Danube port city in Odesa Oblast, Ukraine|
L pivdennyi|ميناء بيفديني||Pivdennyi|City in Ukraine|
L krynky|كرينكي||Krynky|City in Ukraine|
L novohrodivka|نوفوهروديفكا||Novohrodivka|City in Ukraine|
L tiraspol|تيراسبول||Tiraspol|City in Transnistria, Moldova|
L gomel|غوميل||Gomel|City in Belarus|
L grodno|غرودنو||Grodno|City in Belarus|
L mozyr|موزير||Mozyr|City in Belarus|
L nice|مدينة نيس||Nice|City in France|
L toulouse|تولوز||Toulouse|City in France|
L bordeaux|بوردو||Bordeaux|City in France|
L nantes|نانت||Nantes|City in France|
L montpellier|مونبلييه|مونبيلييه|Montpellier|City in France|
L issy-les-moulineaux|إيسي لي مولينو|إيسي ليه مولينو|Issy-les-Moulineaux|Suburb of Paris, France|
L grenoble|غرونوبل|غرينوبل|Grenoble|City in France|
L calais|كاليه||Calais|City in France|
L le-havre|لوهافر|لو هافر|Le Havre|City in France|
L dunkirk|دونكيرك|دنكيرك|Dunkirk|City in France|
L reims|ريمس||Reims|City in France|
L perpignan|بربينيان|بيربينيان|Perpignan|City in France|
L avignon|أفينيون||Avignon|City in France|
L saint-denis|سان دوني|سان دينيس|Saint-Denis|City in France|
L nanterre|نانتير||Nanterre|City in France|
L versailles|فرساي||Versailles|City in France|
L mulhouse|مولوز|ميلوز|Mulhouse|City in France|
L metz|ميتز|ميتس|Metz|City in France|
L dijon|ديجون||Dijon|City in France|
L orleans|أورليان||Orleans|City in France|
L vichy|فيشي||Vichy|City in France|
L rouen|مدينة روان||Rouen|City in France|
L antwerp|أنتويرب|أنفرس|Antwerp|City in Belgium|
L ghent|مدينة غنت||Ghent|City in Belgium|
L liege|لييج||Liege|City in Belgium|
L molenbeek|مولنبيك|مولينبيك|Molenbeek|City in Belgium|
L rotterdam|روتردام||Rotterdam|City in the Netherlands|
L the-hague|لاهاي||The Hague|City in the Netherlands|
L utrecht-city|أوتريخت||Utrecht|City in the Netherlands|
L maastricht|ماستريخت||Maastricht|City in the Netherlands|
L cologne|مدينة كولونيا||Cologne|City in Germany|
L dusseldorf|دوسلدورف||Dusseldorf|City in Germany|
L stuttgart|شتوتغارت||Stuttgart|City in Germany|
L dortmund|دورتموند||Dortmund|City in Germany|
L leipzig|لايبزيغ|لايبتسيغ|Leipzig|City in Germany|
L hanover|هانوفر||Hanover|City in Germany|
L dresden|دريسدن||Dresden|City in Germany|
L nuremberg|نورنبيرغ|نورنبرغ|Nuremberg|City in Germany|
L duisburg|دويسبورغ||Duisburg|City in Germany|
L mannheim|مانهايم||Mannheim|City in Germany|
L karlsruhe|كارلسروه||Karlsruhe|City in Germany|
L wiesbaden|فيسبادن||Wiesbaden|City in Germany|
L heidelberg|هايدلبرغ||Heidelberg|City in Germany|
L solingen|زولينغن|سولينغن|Solingen|City in Germany|
L magdeburg|ماغدبورغ|ماغديبورغ|Magdeburg|City in Germany|
L potsdam|بوتسدام||Potsdam|City in Germany|
L ramstein|رامشتاين||Ramstein|City in Germany|
L rostock|روستوك||Rostock|City in Germany|
L chemnitz|كيمنتس|كيمنيتس|Chemnitz|City in Germany|
L hanau|هاناو||Hanau|City in Germany|
L halle|مدينة هاله||Halle|City in Germany|
L erfurt|إرفورت||Erfurt|City in Germany|
L kiel|مدينة كيل||Kiel|City in Germany|
L bonn|مدينة بون||Bonn|City in Germany|
L graz|غراتس||Graz|City in Austria|
L linz|لينتس||Linz|City in Austria|
L innsbruck|إنسبروك||Innsbruck|City in Austria|
L basel|بازل||Basel|City in Switzerland|
L lausanne|لوزان||Lausanne|City in Switzerland|
L lugano|لوغانو||Lugano|City in Switzerland|
L montreux|مونترو||Montreux|City in Switzerland|
L burgenstock|بورغنستوك||Burgenstock|City in Switzerland|
L turin|تورينو||Turin|City in Italy|
L florence|فلورنسا||Florence|City in Italy|
L venice|فينيسيا|مدينة البندقية|Venice|City in Italy|
L genoa|جنوة||Genoa|City in Italy|
L palermo|باليرمو||Palermo|City in Italy|
L catania|كاتانيا||Catania|City in Italy|
L lampedusa|لامبيدوزا|لامبدوزا|Lampedusa|City in Italy|
L verona|فيرونا||Verona|City in Italy|
L pisa|بيزا||Pisa|City in Italy|
L trieste|ترييستي|تريستا|Trieste|City in Italy|
L brindisi|برينديزي||Brindisi|City in Italy|
L taranto|تارانتو||Taranto|City in Italy|
L crotone|كروتوني||Crotone|City in Italy|
L bergamo|بيرغامو||Bergamo|City in Italy|
L messina|ميسينا||Messina|City in Italy|
L reggio-calabria|ريجيو كالابريا|ريدجو كالابريا|Reggio Calabria|City in Italy|
L siracusa|سيراكوزا|سرقوسة|Siracusa|City in Italy|
L agrigento|أغريجينتو|أغريجنتو|Agrigento|City in Italy|
L trapani|تراباني||Trapani|City in Italy|
L pozzallo|بوتسالو||Pozzallo|City in Italy|
L ventimiglia|فينتيميليا||Ventimiglia|City in Italy|
L cutro|كوترو||Cutro|City in Italy|
L pompeii|بومبي||Pompeii|City in Italy|
L rimini|ريميني||Rimini|City in Italy|
L valencia-city|فالنسيا||Valencia|City in Spain|
L seville|إشبيلية||Seville|City in Spain|
L malaga|مالقة|ملقة|Malaga|City in Spain|
L granada|غرناطة||Granada|City in Spain|
L cordoba-spain|قرطبة||Cordoba|City in Spain|
L bilbao|بلباو|بيلباو|Bilbao|City in Spain|
L zaragoza|سرقسطة|ساراغوسا|Zaragoza|City in Spain|
L toledo|طليطلة||Toledo|City in Spain|
L almeria|ألمرية||Almeria|City in Spain|
L cadiz|قادس||Cadiz|City in Spain|
L alicante|أليكانتي|ألكانتي|Alicante|City in Spain|
L palma-de-mallorca|بالما دي مايوركا||Palma de Mallorca|City in Spain|
L salamanca|سالامانكا|شلمنقة|Salamanca|City in Spain|
L san-sebastian|سان سيباستيان||San Sebastian|City in Spain|
L pamplona|بامبلونا||Pamplona|City in Spain|
L huelva|ولبة|هويلفا|Huelva|City in Spain|
L tarragona|طراغونة|تاراغونا|Tarragona|City in Spain|
L coimbra|كويمبرا||Coimbra|City in Portugal|
L birmingham|برمنغهام|بيرمنغهام;برمنجهام|Birmingham|City in England|
L leeds|ليدز||Leeds|City in England|
L glasgow|غلاسكو||Glasgow|City in Scotland|
L sheffield|شيفيلد||Sheffield|City in England|
L bristol|بريستول||Bristol|City in England|
L cardiff|كارديف||Cardiff|City in Wales|
L belfast|بلفاست||Belfast|City in Northern Ireland|
L oxford|أكسفورد||Oxford|City in England|
L cambridge|كامبريدج||Cambridge|City in England|
L nottingham|نوتنغهام||Nottingham|City in England|
L dover|دوفر||Dover|City in England|
L southport|ساوثبورت||Southport|City in England|
L wembley|ويمبلي||Wembley|City in England|
L heathrow|هيثرو||Heathrow|City in England|
L salisbury|سالزبوري||Salisbury|City in England|
L windsor|وندسور|وينزر|Windsor|City in England|
L rotherham|روذرهام||Rotherham|City in England|
L cork|كورك||Cork|City in Ireland|
L derry|لندنديري||Derry|City in Northern Ireland|
L gothenburg|غوتنبرغ|يوتيبوري;غوتنبرج;يوتبوري;يوتوبوري|Gothenburg|City in Sweden|
L malmo|مالمو||Malmo|City in Sweden|
L uppsala|أوبسالا|أوبسالا;أبسالا|Uppsala|City in Sweden|
L boras|بوروس||Borås|City in Sweden|
L helsingborg|هلسينغبوري|هلسنغبورغ;هلسينغبورغ|Helsingborg|City in Sweden|
L kiruna|كيرونا||Kiruna|City in Sweden|
L lulea|لوليو||Luleå|City in Sweden|
L norrkoping|نورشوبينغ|نوركوبينغ|Norrköping|City in Sweden|
L rinkeby|رينكبي|رينكيبي|Rinkeby|District of Stockholm|
L bergen|بيرغن||Bergen|City in Norway|
L aarhus|آرهوس||Aarhus|City in Denmark|
L narva|نارفا||Narva|City in Estonia|
L krakow|كراكوف||Krakow|City in Poland|
L gdansk|غدانسك||Gdansk|City in Poland|
L wroclaw|فروتسواف|فروكلاو|Wroclaw|City in Poland|
L poznan|بوزنان||Poznan|City in Poland|
L lodz|لودز||Lodz|City in Poland|
L rzeszow|جيشوف|رزيسزوف|Rzeszow|City in Poland|
L szczecin|شتشيتسين||Szczecin|City in Poland|
L katowice|كاتوفيتسه|كاتوفيتشي|Katowice|City in Poland|
L auschwitz|أوشفيتز|أوشفيتس|Auschwitz|City in Poland|
L przemysl|بشيميشل||Przemysl|City in Poland|
L constanta|كونستانتا||Constanta|City in Romania|
L cluj-napoca|كلوج نابوكا|كلوج|Cluj-Napoca|City in Romania|
L timisoara|تيميشوارا||Timisoara|City in Romania|
L plovdiv|بلوفديف||Plovdiv|City in Bulgaria|
L varna|فارنا||Varna|City in Bulgaria|
L burgas|بورغاس||Burgas|City in Bulgaria|
L novi-sad|نوفي ساد||Novi Sad|City in Serbia|
L mostar|موستار||Mostar|City in Bosnia and Herzegovina|
L srebrenica|سريبرنيتسا|سربرنيتسا|Srebrenica|City in Bosnia and Herzegovina|
L banja-luka|بانيا لوكا|بانيالوكا|Banja Luka|City in Bosnia and Herzegovina|
L tuzla|توزلا||Tuzla|City in Bosnia and Herzegovina|
L bihac|بيهاتش||Bihac|City in Bosnia and Herzegovina|
L zenica|زينيتسا||Zenica|City in Bosnia and Herzegovina|
L split|سبليت||Split|City in Croatia|
L dubrovnik|دوبروفنيك||Dubrovnik|City in Croatia|
L rijeka|رييكا||Rijeka|City in Croatia|
L ohrid|أوهريد||Ohrid|City in North Macedonia|
L mitrovica|ميتروفيتسا||Mitrovica|City in Kosovo|
L prizren|بريزرن||Prizren|City in Kosovo|
L thessaloniki|سالونيك|ثيسالونيكي;تسالونيكي|Thessaloniki|City in Greece|
L piraeus|بيرايوس|بيريوس|Piraeus|City in Greece|
L alexandroupoli|ألكسندروبوليس|ألكسندروبولي|Alexandroupoli|City in Greece|
L pylos|بيلوس||Pylos|City in Greece|
L kalamata|كالاماتا||Kalamata|City in Greece|
L patras|باتراس||Patras|City in Greece|
L heraklion|هيراكليون||Heraklion|City in Greece|
L akrotiri|أكروتيري||Akrotiri|British sovereign base area in Cyprus|
L philadelphia|فيلادلفيا||Philadelphia|City in the United States|
L atlanta|أتلانتا||Atlanta|City in the United States|
L dallas|دالاس||Dallas|City in the United States|
L san-antonio|سان أنطونيو||San Antonio|City in the United States|
L san-diego|سان دييغو||San Diego|City in the United States|
L seattle|سياتل||Seattle|City in the United States|
L portland|بورتلاند||Portland|City in the United States|
L las-vegas|لاس فيغاس|لاس فيجاس|Las Vegas|City in the United States|
L minneapolis|مينيابوليس||Minneapolis|City in the United States|
L baltimore|بالتيمور||Baltimore|City in the United States|
L pittsburgh|بيتسبرغ|بيتسبيرغ|Pittsburgh|City in the United States|
L cleveland|كليفلاند||Cleveland|City in the United States|
L cincinnati|سينسيناتي||Cincinnati|City in the United States|
L milwaukee|ميلووكي|ميلواكي|Milwaukee|City in the United States|
L nashville|ناشفيل||Nashville|City in the United States|
L memphis|ممفيس||Memphis|City in the United States|
L new-orleans|نيو أورليانز|نيو أورلينز|New Orleans|City in the United States|
L tampa|تامبا||Tampa|City in the United States|
L jacksonville|جاكسونفيل||Jacksonville|City in the United States|
L sacramento|ساكرامنتو||Sacramento|City in the United States|
L salt-lake-city|سولت ليك سيتي||Salt Lake City|City in the United States|
L albuquerque|ألبوكيركي||Albuquerque|City in the United States|
L tucson|توسان||Tucson|City in the United States|
L el-paso|إل باسو||El Paso|City in the United States|
L uvalde|أوفالدي||Uvalde|City in the United States|
L newark|نيوارك||Newark|City in the United States|
L brooklyn|بروكلين||Brooklyn|City in the United States|
L manhattan|مانهاتن||Manhattan|City in the United States|
L bronx|برونكس|البرونكس|Bronx|City in the United States|
L long-island|لونغ آيلاند||Long Island|City in the United States|
L hollywood|هوليوود||Hollywood|City in the United States|
L dearborn|ديربورن||Dearborn|City in the United States|
L dearborn-heights|ديربورن هايتس||Dearborn Heights|City in the United States|
L livonia|ليفونيا||Livonia|City in the United States|
L inkster|إنكستر||Inkster|City in the United States|
L westland|ويستلاند||Westland|City in the United States|
L ann-arbor|آن آربر|آن أربور;آن أربر|Ann Arbor|City in the United States|
L mar-a-lago|مارالاغو|مار إيه لاغو;مار آ لاغو|Mar-a-Lago|City in the United States|
L palm-beach|بالم بيتش||Palm Beach|City in the United States|
L charlottesville|شارلوتسفيل||Charlottesville|City in the United States|
L pearl-harbor|بيرل هاربر||Pearl Harbor|City in the United States|
L arlington|أرلينغتون|أرلنغتون|Arlington|City in the United States|
L langley|لانغلي||Langley|City in the United States|
L kansas-city|كانساس سيتي||Kansas City|City in the United States|
L st-louis|سانت لويس||St. Louis|City in the United States|
L atlantic-city|أتلانتيك سيتي||Atlantic City|City in the United States|
L austin-texas|مدينة أوستن||Austin Texas|City in the United States|
L orlando|مدينة أورلاندو||Orlando|City in the United States|
L charlotte|مدينة شارلوت||Charlotte|City in the United States|
L columbus|مدينة كولومبوس||Columbus|City in the United States|
L flint|مدينة فلينت||Flint|City in the United States|
L ferguson|مدينة فيرغسون||Ferguson|City in the United States|
L roswell|روزويل||Roswell|City in the United States|
L cape-canaveral|كيب كانافيرال|كيب كانافرال|Cape Canaveral|City in the United States|
L los-alamos|لوس ألاموس||Los Alamos|City in the United States|
L fort-lauderdale|فورت لودرديل||Fort Lauderdale|City in the United States|
L oak-ridge|أوك ريدج||Oak Ridge|City in the United States|
L quantico|كوانتيكو||Quantico|City in the United States|
L fort-bragg|فورت براغ||Fort Bragg|City in the United States|
L fort-worth|فورت وورث||Fort Worth|City in the United States|
L raleigh|مدينة رالي||Raleigh|City in the United States|
L boulder|بولدر||Boulder|City in the United States|
L butler|مدينة باتلر||Butler|City in the United States|
L calgary|كالغاري||Calgary|City in Canada|
L quebec-city|مدينة كيبيك|مدينة كيبك|Quebec City|City in Canada|
L mississauga|ميسيساغا||Mississauga|City in Canada|
L saskatoon|ساسكاتون||Saskatoon|City in Canada|
L guadalajara|غوادالاخارا|غوادالاهارا|Guadalajara|City in Mexico|
L acapulco|أكابولكو||Acapulco|City in Mexico|
L culiacan|كولياكان||Culiacan|City in Mexico|
L morelia|موريليا||Morelia|City in Mexico|
L reynosa|رينوسا||Reynosa|City in Mexico|
L nuevo-laredo|نويفو لاريدو||Nuevo Laredo|City in Mexico|
L san-pedro-sula|سان بيدرو سولا||San Pedro Sula|City in Honduras|
L colon|مدينة كولون||Colon|City in Panama|
L cap-haitien|كاب هايتيان||Cap-Haitien|City in Haiti|
L punta-cana|بونتا كانا||Punta Cana|City in Dominican Republic|
L montego-bay|مونتيغو باي||Montego Bay|City in Jamaica|
L belo-horizonte|بيلو هوريزونتي||Belo Horizonte|City in Brazil|
L porto-alegre|بورتو أليغري|بورتو أليجري|Porto Alegre|City in Brazil|
L curitiba|كوريتيبا||Curitiba|City in Brazil|
L salvador-da-bahia|سلفادور دي باهيا||Salvador da Bahia|City in Brazil|
L belem|بيليم||Belem|City in Brazil|
L goiania|غويانيا||Goiania|City in Brazil|
L florianopolis|فلوريانوبوليس||Florianopolis|City in Brazil|
L medellin|ميديلين|ميدلين|Medellin|City in Colombia|
L cali|مدينة كالي||Cali|City in Colombia|
L cartagena|قرطاجنة|كارتاخينا|Cartagena|City in Colombia|
L barranquilla|بارانكيا||Barranquilla|City in Colombia|
L maracaibo|ماراكايبو||Maracaibo|City in Venezuela|
L valparaiso|فالبارايسو||Valparaiso|City in Chile|
L concepcion|كونسبسيون||Concepcion|City in Chile|
L rosario|مدينة روزاريو||Rosario|City in Argentina|
L mar-del-plata|مار ديل بلاتا||Mar del Plata|City in Argentina|
L la-plata|لا بلاتا||La Plata|City in Argentina|
L bariloche|باريلوتشي||Bariloche|City in Argentina|
L machu-picchu|ماتشو بيتشو|ماتشو بيكشو|Machu Picchu|Inca citadel in Peru|
L arequipa|أريكيبا||Arequipa|City in Peru|
L santa-cruz-de-la-sierra|سانتا كروز دي لا سييرا||Santa Cruz de la Sierra|City in Bolivia|
L cochabamba|كوتشابامبا||Cochabamba|City in Bolivia|
L ciudad-del-este|سيوداد ديل إستي||Ciudad del Este|City in Paraguay|
L foz-do-iguacu|فوز دو إيغواسو||Foz do Iguacu|City in Brazil|
L maiduguri|مايدوغوري|ميدوغوري;مايدغوري|Maiduguri|City in Nigeria|
L ibadan|إبادان||Ibadan|City in Nigeria|
L port-harcourt|بورت هاركورت||Port Harcourt|City in Nigeria|
L yola|يولا||Yola|City in Nigeria|
L damaturu|داماتورو||Damaturu|City in Nigeria|
L enugu|إينوغو|إنوغو|Enugu|City in Nigeria|
L chibok|تشيبوك|شيبوك|Chibok|City in Nigeria|
L onitsha|أونيتشا||Onitsha|City in Nigeria|
L abeokuta|أبيوكوتا||Abeokuta|City in Nigeria|
L sarh|مدينة سار||Sarh|City in Chad|
L farchana|فرشانة||Farchana|City in Chad|
L bardai|برداي||Bardai|City in Chad|
L kalait|كلعيت||Kalait|City in Chad|
L mekelle|ميكيلي|ميكلي|Mekelle|City in Ethiopia|
L gondar|غوندار||Gondar|City in Ethiopia|
L bahir-dar|بحر دار||Bahir Dar|City in Ethiopia|
L jijiga|جيجيغا|جيجيقا|Jijiga|City in Ethiopia|
L hawassa|هواسا|أواسا|Hawassa|City in Ethiopia|
L aksum|أكسوم||Aksum|City in Ethiopia|
L lalibela|لاليبيلا||Lalibela|City in Ethiopia|
L moyale|مويالي||Moyale|City in Ethiopia|
L debre-markos|دبري ماركوس||Debre Markos|City in Ethiopia|
L kombolcha|كومبولشا||Kombolcha|City in Ethiopia|
L massawa|مصوع||Massawa|City in Eritrea|
L assab|ميناء عصب||Assab|Port city in Eritrea|
L keren|مدينة كرن|كرن|Keren|City in Eritrea|
L mendefera|مندفرا||Mendefera|City in Eritrea|
L dekemhare|دقمحري|دقي محري|Dekemhare|City in Eritrea|
L nefasit|نفاسيت||Nefasit|Town in Eritrea|
L segeneiti|سقنيتي|صقنيتي|Segeneiti|Town in Eritrea|
L ghinda|غندع||Ghinda|Town in Eritrea|
L agordat|أغوردات|أقردات|Agordat|City in Eritrea|
L barentu|بارنتو||Barentu|City in Eritrea|
L tessenei|مدينة تسني||Tessenei|Town in Eritrea|
L doraleh|دوراليه|ميناء دوراليه|Doraleh|City in Djibouti|
L borama|بوراما||Borama|City in Somaliland, Somalia|
L mombasa|مومباسا||Mombasa|City in Kenya|
L kisumu|كيسومو||Kisumu|City in Kenya|
L nakuru|ناكورو||Nakuru|City in Kenya|
L eldoret|إلدوريت||Eldoret|City in Kenya|
L garissa|غاريسا|جاريسا|Garissa|City in Kenya|
L lamu|لامو||Lamu|City in Kenya|
L mandera|مانديرا||Mandera|City in Kenya|
L wajir|واجير||Wajir|City in Kenya|
L dadaab|داداب||Dadaab|City in Kenya|
L kakuma|كاكوما||Kakuma|City in Kenya|
L malindi|ماليندي||Malindi|City in Kenya|
L entebbe|عنتيبي||Entebbe|City in Uganda|
L arusha|أروشا||Arusha|City in Tanzania|
L mwanza|موانزا||Mwanza|City in Tanzania|
L goma|غوما||Goma|City in the Democratic Republic of the Congo|
L bukavu|بوكافو||Bukavu|City in the Democratic Republic of the Congo|
L bunia|بونيا||Bunia|City in the Democratic Republic of the Congo|
L kisangani|كيسانغاني||Kisangani|City in the Democratic Republic of the Congo|
L kolwezi|كولويزي||Kolwezi|City in the Democratic Republic of the Congo|
L rutshuru|روتشورو||Rutshuru|City in the Democratic Republic of the Congo|
L pointe-noire|بوانت نوار||Pointe-Noire|City in the Republic of the Congo|
L bamenda|باميندا||Bamenda|City in Cameroon|
L birao|بيراو||Birao|City in the Central African Republic|
L bambari|بامباري||Bambari|City in the Central African Republic|
L gao|غاو||Gao|City in Mali|
L menaka|ميناكا||Menaka|City in Mali|
L tessalit|تيساليت|تساليت|Tessalit|City in Mali|
L aguelhok|أغلهوك|أجلهوك;أغيلهوك|Aguelhok|City in Mali|
L taoudeni|تاوديني|تاودني|Taoudeni|City in Mali|
L kati|مدينة كاتي||Kati|City in Mali|
L djenne|مدينة جيني||Djenne|City in Mali|
L sevare|سيفاري||Sevare|City in Mali|
L ansongo|أنسونغو||Ansongo|City in Mali|
L bourem|بوريم||Bourem|City in Mali|
L douentza|دوينتزا||Douentza|City in Mali|
L arlit|أرليت||Arlit|City in Niger|
L assamaka|أساماكا||Assamaka|City in Niger|
L tassara|تاسارا||Tassara|City in Niger|
L ayorou|أيورو||Ayorou|City in Niger|
L bobo-dioulasso|بوبو ديولاسو||Bobo-Dioulasso|City in Burkina Faso|
L djibo|جيبو||Djibo|City in Burkina Faso|
L fada-ngourma|فادا نغورما||Fada N'Gourma|City in Burkina Faso|
L ouahigouya|واهيغويا||Ouahigouya|City in Burkina Faso|
L touba|مدينة طوبى||Touba|City in Senegal|
L bouake|بواكي||Bouake|City in Ivory Coast|
L kumasi|كوماسي||Kumasi|City in Ghana|
L cotonou|كوتونو||Cotonou|City in Benin|
L cape-town|كيب تاون||Cape Town|City in South Africa|
L carnarvon-za|كارنارفون||Carnarvon|Town in Northern Cape, South Africa|
L hakata|هاكاتا||Hakata|Ward of Fukuoka, Japan|
L durban|ديربان||Durban|City in South Africa|
L soweto|سويتو||Soweto|City in South Africa|
L port-elizabeth|بورت إليزابيث||Port Elizabeth|City in South Africa|
L bulawayo|بولاوايو||Bulawayo|City in Zimbabwe|
L mocimboa-da-praia|موسيمبوا دا برايا||Mocimboa da Praia|City in Mozambique|
L toamasina|تواماسينا||Toamasina|City in Madagascar|
L prayagraj|براياغراج|الله آباد;إله آباد|Prayagraj|City in India|
L sambhal|سامبهال|سمبهال|Sambhal|City in India|
L kozhikode|كاليكوت|قاليقوط;كوزيكود|Kozhikode|City in India|
L coimbatore|كويمباتور||Coimbatore|City in India|
L madurai|مادوراي||Madurai|City in India|
L darjeeling|دارجيلنغ|دارجلنغ|Darjeeling|City in India|
L siliguri|سيليغوري||Siliguri|City in India|
L doklam|دوكلام|هضبة دوكلام|Doklam|Plateau on the China–Bhutan border|
L tawang|توانغ||Tawang|City in India|
L godhra|غودهرا|غودرا|Godhra|City in India|
L aurangabad|أورانغ آباد|أورنك آباد;أورنغ آباد|Aurangabad|City in India|
L gwalior|غواليور||Gwalior|City in India|
L jabalpur|جبلبور||Jabalpur|City in India|
L jamshedpur|جامشيدبور||Jamshedpur|City in India|
L ajmer|أجمير||Ajmer|City in India|
L pokhran|بوخران||Pokhran|City in India|
L sriharikota|سريهاريكوتا||Sriharikota|City in India|
L jodhpur|جودبور|جودهبور|Jodhpur|City in India|
L udaipur|أودايبور||Udaipur|City in India|
L ludhiana|لوديانا||Ludhiana|City in India|
L meerut|ميروت||Meerut|City in India|
L moradabad|مراد آباد||Moradabad|City in India|
L gorakhpur|غوراكبور||Gorakhpur|City in India|
L mathura|ماثورا|متهرا|Mathura|City in India|
L malegaon|ماليغاون||Malegaon|City in India|
L bhiwandi|بهيواندي||Bhiwandi|City in India|
L kanyakumari|كانياكوماري||Kanyakumari|City in India|
L sargodha|سرغودا||Sargodha|City in Pakistan|
L jacobabad|جاكوب آباد||Jacobabad|City in Pakistan|
L nowshera|نوشهرة||Nowshera|City in Pakistan|
L jhelum|جهلم|جيلوم|Jhelum|City in Pakistan|
L parachinar|باراتشينار|باره تشنار|Parachinar|City in Pakistan|
L miranshah|ميرانشاه|ميران شاه|Miranshah|City in Pakistan|
L mingora|مينغورا|منغورة|Mingora|City in Pakistan|
L chitral|شيترال|جترال;شترال;تشيترال|Chitral|City in Pakistan|
L gilgit|جلجت|غلغت;جيلجيت|Gilgit|City in Pakistan|
L khuzdar|خضدار||Khuzdar|City in Pakistan|
L mastung|مستونغ|ماستونغ|Mastung|City in Pakistan|
L kohistan|كوهستان||Kohistan|City in Pakistan|
L dera-ghazi-khan|ديرة غازي خان|ديرا غازي خان|Dera Ghazi Khan|City in Pakistan|
L mardan|مدينة مردان||Mardan|City in Pakistan|
L rajshahi|راجشاهي||Rajshahi|City in Bangladesh|
L teknaf|تكناف||Teknaf|City in Bangladesh|
L kutupalong|كوتوبالونغ||Kutupalong|Refugee camp in Cox's Bazar, Bangladesh|
L lumbini|لومبيني||Lumbini|City in Nepal|
L trincomalee|ترينكومالي||Trincomalee|City in Sri Lanka|
L dongguan|دونغقوان|دونغغوان|Dongguan|City in China|
L shijiazhuang|شيجياتشوانغ|شيجياجوانغ|Shijiazhuang|City in China|
L changchun|تشانغتشون||Changchun|City in China|
L hohhot|هوهوت||Hohhot|City in China|
L xining|شينينغ||Xining|City in China|
L turpan|توربان||Turpan|City in China|
L dunhuang|دونهوانغ||Dunhuang|City in China|
L xiongan|شيونغآن|شيونغ آن|Xiong'an|City in China|
L kanazawa|كانازاوا||Kanazawa|City in Japan|
L dokdo|دوكدو|تاكيشيما|Dokdo|Islets disputed by South Korea and Japan|
L pohang|بوهانغ||Pohang|City in South Korea|
L south-gyeongsang|كيونغسانغ الجنوبية|جيونغسانغ الجنوبية;غيونغسانغ الجنوبية;كيونغ سانغ الجنوبية|South Gyeongsang Province|Province of South Korea|
L north-gyeongsang|كيونغسانغ الشمالية|جيونغسانغ الشمالية;غيونغسانغ الشمالية;كيونغ سانغ الشمالية|North Gyeongsang Province|Province of South Korea|
L south-jeolla|جولا الجنوبية|جيولا الجنوبية;تشولا الجنوبية;جيولّا الجنوبية|South Jeolla Province|Province of South Korea|
L north-jeolla|جولا الشمالية|جيولا الشمالية;تشولا الشمالية|North Jeolla Province|Province of South Korea|
L sancheong|سانتشونغ||Sancheong|County in South Gyeongsang, South Korea|
L nha-trang|نها ترانغ||Nha Trang|City in Vietnam|
L cam-ranh|كام رانه|خليج كام رانه|Cam Ranh|City in Vietnam|
L dien-bien-phu|ديان بيان فو||Dien Bien Phu|City in Vietnam|
L lashio|لاشيو||Lashio|City in Myanmar|
L myawaddy|مياوادي||Myawaddy|City in Myanmar|
L banjarmasin|بنجرماسين|بانجارماسين|Banjarmasin|City in Indonesia|
L subic-bay|خليج سوبيك|سوبيك|Subic Bay|Bay and former US base in the Philippines|
L kokand|خوقند|قوقند|Kokand|City in Uzbekistan|
L kalbajar|كلبجار|كالباجار|Kalbajar|City in Azerbaijan|
L khojaly|خوجالي|خوجالو|Khojaly|City in Azerbaijan|
L evpatoria|يفباتوريا||Evpatoria|City in Crimea|
L krasnogorsk|كراسنوغورسك||Krasnogorsk|City in Russia|
L severomorsk|سيفيرومورسك||Severomorsk|City in Russia|
L blagoveshchensk|بلاغوفيشتشينسك||Blagoveshchensk|City in Russia|
L komsomolsk-on-amur|كومسومولسك||Komsomolsk-on-Amur|City in Russia|
L petropavlovsk-kamchatsky|بتروبافلوفسك كامتشاتسكي||Petropavlovsk-Kamchatsky|City in Russia|
L orsk|أورسك||Orsk|City in Russia|
L baltiysk|بالتييسك||Baltiysk|City in Russia|
L penza|بينزا||Penza|City in Russia|
L bila-tserkva|بيلا تسيركفا||Bila Tserkva|City in Ukraine|
L boryspil|بوريسبيل||Boryspil|City in Ukraine|
L myrhorod|ميرهورود||Myrhorod|City in Ukraine|
L konotop|كونوتوب||Konotop|City in Ukraine|
L okhtyrka|أوختيركا||Okhtyrka|City in Ukraine|
L balakliia|بالاكليا||Balakliia|City in Ukraine|
L velyka-novosilka|فيليكا نوفوسيلكا||Velyka Novosilka|City in Ukraine|
L dobropillia|دوبروبيليا||Dobropillia|City in Ukraine|
L druzhkivka|دروجكيفكا||Druzhkivka|City in Ukraine|
L tokmak|توكماك||Tokmak|City in Ukraine|
L henichesk|هينيتشيسك||Henichesk|City in Ukraine|
L oleshky|أوليشكي||Oleshky|City in Ukraine|
L chornomorsk|تشورنومورسك||Chornomorsk|City in Ukraine|
L yavoriv|يافوريف||Yavoriv|City in Ukraine|
L leiden|لايدن||Leiden|City in the Netherlands|
L ostend|أوستند||Ostend|City in Belgium|
L poitiers|بواتييه||Poitiers|City in France|
L narbonne|ناربون|أربونة|Narbonne|City in France|
L biarritz|بياريتز||Biarritz|City in France|
L ajaccio|أجاكسيو||Ajaccio|City in France|
L weimar|فايمار||Weimar|City in Germany|
L dachau|داخاو||Dachau|City in Germany|
L padua|بادوفا||Padua|City in Italy|
L livorno|ليفورنو||Livorno|City in Italy|
L laquila|لاكويلا||L'Aquila|City in Italy|
L sigonella|سيغونيلا||Sigonella|City in Italy|
L algeciras|الجزيرة الخضراء||Algeciras|City in Spain|
L marbella|ماربيا||Marbella|City in Spain|
L santiago-de-compostela|سانتياغو دي كومبوستيلا||Santiago de Compostela|City in Spain|
L badajoz|بطليوس||Badajoz|City in Spain|
L jerez|شريش|خيريث|Jerez|City in Spain|
L lockerbie|لوكربي||Lockerbie|City in Scotland|
L balmoral|بالمورال||Balmoral|City in Scotland|
L kirkenes|كيركينيس||Kirkenes|City in Norway|
L suwalki-gap|ممر سووالكي|فجوة سووالكي|Suwalki Gap|Border strip between Poland and Lithuania|
L vukovar|فوكوفار||Vukovar|City in Croatia|
L shkoder|شكودر||Shkoder|City in Albania|
L idomeni|إيدوميني||Idomeni|City in Greece|
L varosha|فاروشا||Varosha|City in Cyprus|
L new-haven|نيو هيفن||New Haven|City in the United States|
L charleston|تشارلستون||Charleston|City in the United States|
L oklahoma-city|أوكلاهوما سيتي||Oklahoma City|City in the United States|
L tulsa|تولسا||Tulsa|City in the United States|
L omaha|أوماها||Omaha|City in the United States|
L des-moines|دي موين||Des Moines|City in the United States|
L santa-barbara|سانتا باربرا||Santa Barbara|City in the United States|
L malibu|ماليبو||Malibu|City in the United States|
L pasadena|باسادينا||Pasadena|City in the United States|
L beverly-hills|بيفرلي هيلز||Beverly Hills|City in the United States|
L long-beach|لونغ بيتش||Long Beach|City in the United States|
L berkeley|بيركلي||Berkeley|City in the United States|
L palo-alto|بالو ألتو||Palo Alto|City in the United States|
L cupertino|كوبرتينو||Cupertino|City in the United States|
L lahaina|لاهاينا||Lahaina|City in the United States|
L tallahassee|تالاهاسي||Tallahassee|City in the United States|
L baton-rouge|باتون روج||Baton Rouge|City in the United States|
L eagle-pass|إيغل باس||Eagle Pass|City in the United States|
L fort-hood|فورت هود||Fort Hood|City in the United States|
L fort-knox|فورت نوكس||Fort Knox|City in the United States|
L west-point|ويست بوينت||West Point|City in the United States|
L annapolis|أنابوليس||Annapolis|City in the United States|
L bedminster|بيدمينستر||Bedminster|City in the United States|
L wilmington|ويلمنغتون||Wilmington|City in the United States|
L springfield|سبرينغفيلد||Springfield|City in the United States|
L dayton|دايتون||Dayton|City in the United States|
L hamtramck|هامترامك||Hamtramck|City in the United States|
L jersey-city|جيرسي سيتي||Jersey City|City in the United States|
L staten-island|ستاتن آيلاند||Staten Island|City in the United States|
L harlem|هارلم||Harlem|City in the United States|
L ellis-island|جزيرة إليس||Ellis Island|City in the United States|
L brampton|برامبتون||Brampton|City in Canada|
L kitchener|كيتشنر|كتشنر|Kitchener|City in Canada|
L markham|ماركهام||Markham|City in Canada|
L oshawa|أوشاوا||Oshawa|City in Canada|
L ostia|أوستيا||Ostia|District of Rome, Italy|
L yellowknife|يلونايف||Yellowknife|City in Canada|
L fort-mcmurray|فورت ماكموري||Fort McMurray|City in Canada|
L tapachula|تاباتشولا||Tapachula|City in Mexico|
L antofagasta|أنتوفاغاستا||Antofagasta|City in Chile|
L el-alto|إل ألتو||El Alto|City in Bolivia|
L cucuta|كوكوتا||Cucuta|City in Colombia|
L punta-del-este|بونتا ديل إستي||Punta del Este|City in Uruguay|
L adigrat|عدي غرات|أديغرات|Adigrat|City in Ethiopia|
L assosa|أصوصا|أسوسا|Assosa|City in Ethiopia|
L uvira|أوفيرا||Uvira|City in the Democratic Republic of the Congo|
L beni|مدينة بيني||Beni|City in the Democratic Republic of the Congo|
L gusau|غوساو||Gusau|City in Nigeria|
L jos|مدينة جوس||Jos|City in Nigeria|
L bloemfontein|بلومفونتين||Bloemfontein|City in South Africa|
L christchurch|كرايستشيرش|كرايست تشيرش;كرايستشرش|Christchurch|City in New Zealand|
L bondi|بوندي||Bondi|Suburb of Sydney, Australia|
L zermatt|زيرمات|زرمات|Zermatt|Resort town in Valais, Switzerland|
L blatten|بلاتن||Blatten|Village in Valais, Switzerland|
L sion|سيون||Sion|Capital of Valais, Switzerland|
L crans-montana|كرانس مونتانا|كران مونتانا|Crans-Montana|Resort town in Valais, Switzerland|
L verbier|فيربييه||Verbier|Resort town in Valais, Switzerland|
L locarno|لوكارنو||Locarno|Town in Ticino, Switzerland|
L bellinzona|بيلينزونا|بلينزونا|Bellinzona|Capital of Ticino, Switzerland|
L st-moritz|سانت موريتز|سان موريتز|St. Moritz|Resort town in Graubünden, Switzerland|
L interlaken|إنترلاكن||Interlaken|Town in the canton of Bern, Switzerland|
L grindelwald|غريندلفالد||Grindelwald|Village in the canton of Bern, Switzerland|
L gstaad|غشتاد||Gstaad|Resort town in the canton of Bern, Switzerland|
L winterthur|فينترتور||Winterthur|City in the canton of Zurich, Switzerland|
L andermatt|أندرمات||Andermatt|Village in the canton of Uri, Switzerland|
L oruro|أورورو||Oruro|City in Bolivia|
L tarija|مدينة تاريخا||Tarija|City in Bolivia|
L potosi|بوتوسي||Potosí|City in Bolivia|
L uyuni|أويوني||Uyuni|Town in Bolivia|
L cobija|كوبيخا||Cobija|City in Bolivia|
L puno|مدينة بونو||Puno|City in Peru|
L cusco|كوزكو|مدينة كوسكو|Cusco|City in Peru|
L trujillo-peru|تروخيو|تروخيلو|Trujillo|City in Peru|
L chiclayo|تشيكلايو||Chiclayo|City in Peru|
L piura|بيورا||Piura|City in Peru|
L iquitos|إكيتوس|إيكيتوس|Iquitos|City in Peru|
L ayacucho|أياكوتشو||Ayacucho|City in Peru|
L tacna|تاكنا||Tacna|City in Peru|
L ica-peru|إيكا||Ica|City in Peru|
L nazca|نازكا||Nazca|Town in Peru|
L huancayo|هوانكايو||Huancayo|City in Peru|
L cajamarca|كاخاماركا||Cajamarca|City in Peru|
L pucallpa|بوكالبا||Pucallpa|City in Peru|
L chimbote|تشيمبوتي||Chimbote|City in Peru|
L itajai|إيتاجاي||Itajaí|City in Santa Catarina, Brazil|
L chapeco|شابيكو|تشابيكو|Chapecó|City in Santa Catarina, Brazil|
L cascavel|كاسكافيل||Cascavel|City in Paraná, Brazil|
L campinas|كامبيناس||Campinas|City in Brazil|
L niteroi|نيتيروي||Niterói|City in Brazil|
L guarulhos|غواروليوس|غوارولوس|Guarulhos|City in Brazil|
L petropolis|بتروبوليس|بيتروبوليس|Petrópolis|City in Brazil|
L bahia-blanca|باهيا بلانكا||Bahía Blanca|City in Argentina|
L vaca-muerta|فاكا مويرتا||Vaca Muerta|Shale formation in Neuquén, Argentina|
L vina-del-mar|فينيا ديل مار|فينا ديل مار|Viña del Mar|City in Chile|
L bucaramanga|بوكارامانغا||Bucaramanga|City in Colombia|
L santa-marta|سانتا مارتا||Santa Marta|City in Colombia|
L tulum|تولوم||Tulum|City in Mexico|
L playa-del-carmen|بلايا ديل كارمن||Playa del Carmen|City in Mexico|
L la-guaira|لا غوايرا||La Guaira|City in Venezuela|
L segovia|سيغوفيا|شقوبية|Segovia|City in Spain|
L el-escorial|الإسكوريال|دير الإسكوريال|El Escorial|Royal site near Madrid, Spain|
L alhambra|قصر الحمراء||Alhambra|Palace in Granada, Spain|
L vigo|مدينة فيغو||Vigo|City in Spain|
L a-coruna|لا كورونيا|آ كورونيا|A Coruña|City in Spain|
L santander-city|مدينة سانتاندير||Santander|City in Spain|
L mosque-cordoba|مسجد قرطبة|جامع قرطبة;مسجد قرطبة الكبير|Mosque–Cathedral of Córdoba|Mosque–cathedral in Córdoba, Spain|
L cascais|كاشكايش|كاسكايس|Cascais|City in Portugal|
L charleroi|شارلروا|شارلوروا|Charleroi|City in Belgium|
L bruges|مدينة بروج|بروغ|Bruges|City in Belgium|
L leuven|لوفان||Leuven|City in Belgium|
L schaerbeek|سكاربيك|سخاربيك|Schaerbeek|Municipality of Brussels, Belgium|
L zaventem|زافنتيم|زافينتيم|Zaventem|Town near Brussels, Belgium|
L schiphol|سخيبول|مطار سخيبول;مطار شيفول;شيفول|Schiphol|Airport of Amsterdam, Netherlands|
L aschaffenburg|أشافنبورغ||Aschaffenburg|City in Germany|
L mainz|ماينتس||Mainz|City in Germany|
L wurzburg|فورتسبورغ|فورتسبورج|Würzburg|City in Germany|
L lubeck|لوبيك||Lübeck|City in Germany|
L toulon|مدينة تولون||Toulon|City in France|
L aix-en-provence|إكس أون بروفانس|إيكس أون بروفانس|Aix-en-Provence|City in France|
L amiens|أميان||Amiens|City in France|
L bobigny|بوبيني||Bobigny|City in France|
L lille|مدينة ليل||Lille|City in France|
L rennes|مدينة رين||Rennes|City in France|
L islamshahr|إسلام شهر|إسلامشهر|Islamshahr|City in Tehran Province, Iran|
L sirjan|سيرجان||Sirjan|City in Kerman Province, Iran|
L varamin|ورامين||Varamin|City in Iran|
L tabas|مدينة طبس|صحراء طبس|Tabas|City in Iran|
L shahroud|شاهرود||Shahroud|City in Iran|
L damghan|دامغان||Damghan|City in Iran|
L khomein|خمين||Khomein|City in Iran|
L pazarcik|بازارجيك||Pazarcık|Town in Kahramanmaraş, Turkey|
L samandag|صمنداغ|سامانداغ|Samandağ|Town in Hatay, Turkey|
L chuncheon|تشونتشون|تشون تشون|Chuncheon|City in South Korea|
L ilsan|إيلسان||Ilsan|City in South Korea|
L suwon|سوون||Suwon|City in South Korea|
L muan-airport|مطار موان|مطار موان الدولي|Muan International Airport|Airport in South Jeolla, South Korea|
L seongnam|سيونغنام|سونغنام|Seongnam|City in South Korea|
L goyang|غويانغ|كويانغ|Goyang|City in South Korea|
L paju|باجو||Paju|City in South Korea|
L pyeongchang|بيونغتشانغ|بيونغ تشانغ|Pyeongchang|County in South Korea|
L yeosu|يوسو||Yeosu|City in South Korea|
L gimpo|غيمبو|كيمبو|Gimpo|City in South Korea|
L osan-air-base|قاعدة أوسان|قاعدة أوسان الجوية|Osan Air Base|Air base in South Korea|
L seongju|سيونغجو|سونغجو|Seongju|County in South Korea|
L misawa|ميساوا|قاعدة ميساوا|Misawa|City and air base in Japan|
L kadena|كادينا|قاعدة كادينا|Kadena|Air base in Okinawa, Japan|
L futenma|فوتينما|قاعدة فوتينما|Futenma|Air base in Okinawa, Japan|
L sasebo|ساسيبو||Sasebo|City in Japan|
L iwakuni|إيواكوني||Iwakuni|City in Japan|
L kobe|مدينة كوبي||Kobe|City in Japan|
L harbin|هاربين||Harbin|City in China|
L jinan|مدينة جينان||Jinan|City in China|
L fuzhou|فوتشو|فوجو|Fuzhou|City in China|
L sanya|مدينة سانيا||Sanya|City in China|
L haikou|مدينة هايكو||Haikou|City in China|
L wenzhou|ونتشو|وينتشو|Wenzhou|City in China|
L ghulja|غولجا|يينينغ|Ghulja|City in China|
L karamay|كاراماي||Karamay|City in China|
L aksu|أقسو|أكسو|Aksu|City in China|
L patna|باتنا||Patna|City in India|
L agra|مدينة آغرا||Agra|City in India|
L shimla|شيملا||Shimla|City in India|
L ghaziabad|غازي آباد||Ghaziabad|City in India|
L panjgur|بنجغور|بانجغور|Panjgur|City in Pakistan|
L mianwali|ميانوالي||Mianwali|City in Pakistan|
L charsadda|تشارسادا||Charsadda|City in Pakistan|
L khulna|خولنا||Khulna|City in Bangladesh|
L rangpur|رانغبور|رنغبور|Rangpur|City in Bangladesh|
L barisal|باريسال||Barisal|City in Bangladesh|
L narayanganj|نارايانغانج||Narayanganj|City in Bangladesh|
L gazipur|غازيبور||Gazipur|City in Bangladesh|
L yogyakarta|يوغياكارتا|جوكجاكرتا|Yogyakarta|City in Indonesia|
L urgench|أورغنج|أورجنج|Urgench|City in Uzbekistan|
L aktobe|أكتوبي|أقتوبي|Aktobe|City in Kazakhstan|
L kyzylorda|قزل أوردا||Kyzylorda|City in Kazakhstan|
L kulob|كولاب|كولوب|Kulob|City in Tajikistan|
L khorog|خوروغ||Khorog|City in Tajikistan|
L karakol|كاراكول||Karakol|City in Kyrgyzstan|
L turkmenabat|تركمان آباد||Türkmenabat|City in Turkmenistan|
L awaza|أوازا||Awaza|Resort in Turkmenistan|
L adama|مدينة أداما|نازريت|Adama|City in Ethiopia|
L jimma|مدينة جيما||Jimma|City in Ethiopia|
L arba-minch|أربا منش|أربا مينش|Arba Minch|City in Ethiopia|
L alamata|ألاماطا|ألاماتا|Alamata|Town in Tigray, Ethiopia|
L woldia|ولديا|وولديا|Woldia|Town in Amhara, Ethiopia|
L debre-birhan|دبري برهان|ديبري برهان|Debre Birhan|City in Ethiopia|
L shashamane|شاشمني|شاشامني|Shashamane|City in Ethiopia|
L nekemte|نكمتي||Nekemte|City in Ethiopia|
L harar|هرر||Harar|City in Ethiopia|
L galafi|غالافي|قلافي|Galafi|Border crossing between Djibouti and Ethiopia|
L khor-angar|خور أنجر|خور أنغار|Khor Angar|Town in Djibouti|
L lake-assal|بحيرة عسل|بحيرة أسال|Lake Assal|Salt lake in Djibouti|
L nakfa|نقفة|ناكفا|Nakfa|Town in Eritrea|
L wau|مدينة واو||Wau|City in South Sudan|
L bor-ss|مدينة بور||Bor|City in South Sudan|
L yei|مدينة ياي||Yei|Town in South Sudan|
L agadez|أغاديز||Agadez|City in Niger|
L tinzaouaten|تينزاواتين||Tinzaouaten|Town in Mali|
L sokoto|سوكوتو||Sokoto|City in Nigeria|
L naivasha|نيفاشا||Naivasha|Town in Kenya|
L tanga|تانغا||Tanga|City in Tanzania|
L morogoro|موروغورو||Morogoro|City in Tanzania|
L benguerir|بنجرير||Benguerir|City in Morocco|
L oukaimeden|أوكايمدن|أوكيمدن|Oukaïmeden|Ski resort in Morocco|
L ourika|أوريكة|وادي أوريكة|Ourika|Valley in Morocco|
L imlil|إمليل||Imlil|Village in Morocco|
L karmei-tzur|كرمي تسور||Karmei Tzur|Israeli settlement in the West Bank|
L migdal-oz|مجدال عوز|مجدل عوز|Migdal Oz|Israeli settlement in the West Bank|
L amalfi|أمالفي||Amalfi|Town in Italy|
L sorrento|سورينتو||Sorrento|Town in Italy|
L assisi|أسيزي||Assisi|Town in Italy|
L vilvoorde|فيلفورد|فيلفوردي|Vilvoorde|City in Belgium|
L koblenz|كوبلنز|كوبلنتس|Koblenz|City in Germany|
L rafsanjan|رفسنجان||Rafsanjan|City in Iran|
L nahavand|نهاوند||Nahavand|City in Iran|
L saveh|مدينة ساوه||Saveh|City in Iran|
L jolfa|مدينة جلفا||Jolfa|City in Iran|
L astara|آستارا|أستارا|Astara|Border town of Iran and Azerbaijan|
L jiroft|جيرفت||Jiroft|City in Iran|
L minab|ميناب||Minab|City in Iran|
L narita|مطار ناريتا|ناريتا|Narita|Airport of Tokyo, Japan|
L haneda|مطار هانيدا|هانيدا|Haneda|Airport of Tokyo, Japan|
L sopore|سوبور||Sopore|Town in Jammu and Kashmir|
L noshki|نوشكي||Noshki|Town in Pakistan|
L pishin|بيشين||Pishin|Town in Pakistan|
L hangu|هنغو||Hangu|Town in Pakistan|
L talas-city|تالاس||Talas|City in Kyrgyzstan|
L batken-city|باتكن||Batken|City in Kyrgyzstan|
L shahrisabz|شهرسبز||Shahrisabz|City in Uzbekistan|
L panjakent|بنجكنت|بنجيكنت|Panjakent|City in Tajikistan|
L semera|سيميرا||Semera|City in Ethiopia|
L asaita|أسايتا||Asaita|Town in Ethiopia|
L debark|ديبارك||Debark|Town in Ethiopia|
L kebri-dahar|قبري دهار|قبردهار|Kebri Dahar|Town in Ethiopia|
L jowhar|مدينة جوهر||Jowhar|City in Somalia|
L bulo-burde|بولوبردي|بولو بردي|Bulo Burde|Town in Somalia|
L dhobley|طوبلي|دوبلي|Dhobley|Town in Somalia|
L beled-hawo|بلد حاوو|بلدحاوو|Beled Hawo|Town in Somalia|
L niono|نيونو||Niono|Town in Mali|
L anefis|أنفيس|أنيفيس|Anefis|Town in Mali|
L monguno|مونغونو||Monguno|Town in Nigeria|
L dikwa|ديكوا||Dikwa|Town in Nigeria|
L maasai-mara|ماساي مارا|محمية ماساي مارا|Maasai Mara|Game reserve in Kenya|
L marsabit|مارسابيت||Marsabit|Town in Kenya|
L kilifi|كيليفي||Kilifi|Town in Kenya|
L shakahola|شاكاهولا|غابة شاكاهولا|Shakahola|Forest in Kilifi County, Kenya|
L kigoma|كيغوما||Kigoma|Town in Tanzania|
L kilwa|كيلوا|كلوة|Kilwa|Town in Tanzania|
L serengeti|سيرينغيتي|سيرنغيتي|Serengeti|National park of Tanzania|
L ngorongoro|نغورونغورو||Ngorongoro|Conservation area of Tanzania|
L ait-benhaddou|أيت بن حدو|آيت بن حدو|Aït Benhaddou|Fortified village in Morocco|
L mirleft|ميرلفت||Mirleft|Town in Morocco|
L akhfennir|أخفنير||Akhfennir|Village in Morocco|
L hun-ly|مدينة هون||Hun|City in Libya|
L redeyef|مدينة الرديف||Redeyef|Mining town in Tunisia|
L kfar-etzion|كفار عتصيون||Kfar Etzion|Israeli settlement in the West Bank|
L kedumim|كدوميم||Kedumim|Israeli settlement in the West Bank|
L shavei-shomron|شافي شومرون||Shavei Shomron|Israeli settlement in the West Bank|
L atarot|عطروت|مستوطنة عطروت|Atarot|Israeli settlement and industrial zone in Jerusalem|
L ramot|راموت|مستوطنة راموت|Ramot|Israeli settlement in Jerusalem|
L otniel|عتنائيل||Otniel|Israeli settlement in the West Bank|
L netiv-haasara|نتيف هعسرا||Netiv HaAsara|Moshav near Gaza|
L margaliot|مرغليوت|مرجليوت|Margaliot|Moshav in northern Israel|
L kfar-giladi|كفار جلعادي|كفار غلعادي|Kfar Giladi|Kibbutz in northern Israel|
L nokdim|نوكديم||Nokdim|Israeli settlement in the West Bank|
L maale-amos|معاليه عاموس||Ma'ale Amos|Israeli settlement in the West Bank|
L beit-horon|بيت حورون||Beit Horon|Israeli settlement in the West Bank|
L givat-asaf|جفعات أساف||Givat Asaf|Israeli outpost in the West Bank|
L amona|عمونا||Amona|Israeli outpost in the West Bank|
L migron|ميغرون||Migron|Israeli outpost in the West Bank|
L havat-gilad|حفات جلعاد||Havat Gilad|Israeli outpost in the West Bank|
L kfar-tapuach|كفار تبواح||Kfar Tapuach|Israeli settlement in the West Bank|
L rehelim|رحاليم||Rehelim|Israeli settlement in the West Bank|
L alon-shvut|ألون شيفوت||Alon Shvut|Israeli settlement in the West Bank|
L neve-daniel|نفيه دانيال||Neve Daniel|Israeli settlement in the West Bank|
L kiryat-netafim|كريات نتافيم||Kiryat Netafim|Israeli settlement in the West Bank|
L maale-shomron|معاليه شومرون||Ma'ale Shomron|Israeli settlement in the West Bank|
L mevo-dotan|ميفو دوتان||Mevo Dotan|Israeli settlement in the West Bank|
L bruchin|بروخين||Bruchin|Israeli settlement in the West Bank|
L einav|عيناف||Einav|Israeli settlement in the West Bank|
L avnei-hefetz|أفني حيفتس||Avnei Hefetz|Israeli settlement in the West Bank|
L salit|سلعيت||Sal'it|Israeli settlement in the West Bank|
L oranit|أورانيت||Oranit|Israeli settlement in the West Bank|
L ein-hashlosha|عين هشلوشا||Ein HaShlosha|Kibbutz near Gaza|
L mefalsim|مفلسيم||Mefalsim|Kibbutz near Gaza|
L ein-habesor|عين هبسور||Ein HaBesor|Moshav near Gaza|
L katzrin|كتسرين|كاتسرين|Katzrin|Israeli settlement in the Golan|
L buqata|بقعاثا||Buq'ata|Druze town in the Golan|
L ein-qiniyye|عين قنية||Ein Qiniyye|Druze village in the Golan|
L kiryat-bialik|كريات بياليك||Kiryat Bialik|City in Israel|
L rosh-pinna|روش بينا||Rosh Pinna|Town in northern Israel|
L hatzor|حتسور|حتسور هجليليت|Hatzor HaGlilit|Town in northern Israel|
L ness-ziona|نيس تسيونا||Ness Ziona|City in Israel|
L uzungol|أوزنجول|أوزنغول;أوزون جول|Uzungöl|Lake resort in Trabzon Province, Turkey|
L haliliye|هاليلية|هاليليه|Haliliye|District of Şanlıurfa, Turkey|
L gobekli-tepe|غوبكلي تبه|غوبيكلي تبه;غوبكلي تيبي|Göbekli Tepe|Neolithic site near Şanlıurfa, Turkey|
L karahan-tepe|كاراهان تبه|قاراهان تبه|Karahan Tepe|Neolithic site near Şanlıurfa, Turkey|
L stonehenge|ستونهنج|ستونهنغ;ستون هنج|Stonehenge|Prehistoric monument in Wiltshire, England|
`;

// Regions, provinces and states
const REGIONS = `
L westmoreland-jm|وستمورلاند|ويستمورلاند|Westmoreland Parish|Parish of Jamaica|
L saint-elizabeth-jm|سانت إليزابيث||Saint Elizabeth Parish|Parish of Jamaica|
L trelawny-jm|ترلاوني|تريلاوني|Trelawny Parish|Parish of Jamaica|
L mangystau|مانغيستاو|مانغستاو;مانجيستاو|Mangystau Region|Region of Kazakhstan|
L east-kazakhstan|شرق قازاقستان|شرق كازاخستان|East Kazakhstan Region|Region of Kazakhstan|
L ras-madrakah|رأس مدركة||Ras Madrakah|Cape in Al Wusta Governorate, Oman|
L nafun|نفون||Nafun|Coastal village in Al Wusta Governorate, Oman|
L in-amguel|إن أمقل|إن أمڨل|In Amguel|Town in Tamanrasset Province, Algeria|
L ladakh|لداخ|لاداخ|Ladakh|Region of India|
L waziristan|وزيرستان||Waziristan|Region of Pakistan|
L gilgit-baltistan|جلجت بلتستان|غلغت بلتستان;جلجيت بلتستان|Gilgit-Baltistan|Region of Pakistan|
L azad-kashmir|آزاد كشمير||Azad Kashmir|Region of Pakistan|
L cappadocia|كابادوكيا|كبادوكيا|Cappadocia|Region of Turkey|
L syunik|سيونيك||Syunik|Province of Armenia|
L zangezur|زنغزور|زانجيزور;زنجزور;زانغيزور|Zangezur|Region of southern Armenia|
L normandy|نورماندي|النورماندي|Normandy|Region of France|
L alsace|الألزاس|ألزاس|Alsace|Region of France|
L provence|بروفانس||Provence|Region of France|
L burgundy|بورغونيا|بورغوني|Burgundy|Region of France|
L french-riviera|الريفييرا الفرنسية|كوت دازور|French Riviera|Coastal region of France|
L cornwall|كورنوال||Cornwall|County of England|
L yorkshire|يوركشير|يوركشاير|Yorkshire|County of England|
L essex|إسكس|إيسيكس|Essex|County of England|
L lapland-region|لابلاند||Lapland|Region of northern Europe|
L transylvania|ترانسيلفانيا||Transylvania|Region of Romania|
L silicon-valley|وادي السيليكون|وادي السليكون|Silicon Valley|Region of California, United States|
L georgia-us|ولاية جورجيا||Georgia|US state|
L maine|ولاية مين||Maine|US state|
L maryland|ماريلاند|ميريلاند|Maryland|US state|
L new-york-state|ولاية نيويورك||New York State|US state|
L washington-state|ولاية واشنطن||Washington State|US state|
L patagonia|باتاغونيا||Patagonia|Region of South America|
L yobe-state|ولاية يوبي|يوبي|Yobe State|State of Nigeria|
L kebbi-state|كيبي|ولاية كيبي|Kebbi State|State of Nigeria|
L benue-state|ولاية بينوي||Benue State|State of Nigeria|
L plateau-state|ولاية بلاتو||Plateau State|State of Nigeria|
L ogun-state|أوغون|ولاية أوغون|Ogun State|State of Nigeria|
L ekiti-state|إكيتي|ولاية إكيتي|Ekiti State|State of Nigeria|
L ondo-state|أوندو|ولاية أوندو|Ondo State|State of Nigeria|
L bayelsa-state|بايلسا|ولاية بايلسا|Bayelsa State|State of Nigeria|
L ebonyi-state|إيبونيي||Ebonyi State|State of Nigeria|
L akwa-ibom-state|أكوا إيبوم||Akwa Ibom State|State of Nigeria|
L niger-delta|دلتا النيجر||Niger Delta|Region of Nigeria|
L wadi-fira|وادي فيرا||Wadi Fira|Province of Chad|
L sila-province|ولاية سيلا||Sila|Province of Chad|
L salamat|ولاية سلامات||Salamat|Province of Chad|
L hadjer-lamis|حجر لميس||Hadjer-Lamis|Province of Chad|
L chari-baguirmi|شاري باقرمي|شاري باغيرمي|Chari-Baguirmi|Province of Chad|
L logone-occidental|لوغون الغربي||Logone Occidental|Province of Chad|
L logone-oriental|لوغون الشرقي||Logone Oriental|Province of Chad|
L moyen-chari|شاري الأوسط||Moyen-Chari|Province of Chad|
L mandoul|ماندول||Mandoul|Province of Chad|
L tandjile|تانجيلي|تاندجيلي|Tandjile|Province of Chad|
L mayo-kebbi|مايو كيبي||Mayo-Kebbi|Province of Chad|
L upper-nile|أعالي النيل|ولاية أعالي النيل|Upper Nile|State of South Sudan|
L unity-state|ولاية الوحدة||Unity State|State of South Sudan|
L northern-state-sd|الولاية الشمالية||Northern State|State of Sudan|
L eastern-province-sa|المنطقة الشرقية||Eastern Province|Region of Saudi Arabia|
L afar-region|إقليم عفر|إقليم العفر|Afar Region|Region of Ethiopia|
L ogaden|أوغادين|الأوغادين|Ogaden|Region of Ethiopia|
L galmudug|غلمدغ|جلمدغ|Galmudug|Federal member state of Somalia|
L hirshabelle|هيرشبيلي|هرشبيلي|Hirshabelle|Federal member state of Somalia|
L south-west-state-somalia|جنوب غرب الصومال|ولاية جنوب غرب الصومال|South West State|Federal member state of Somalia|
L south-west-state|ولاية جنوب غرب الصومال||South West State|Federal member state of Somalia|
L sanaag|سناج|سناغ|Sanaag|Region of Somalia|
L awdal|أودل||Awdal|Region of Somalia|
L gedo|إقليم جدو||Gedo|Region of Somalia|
L mudug|إقليم مدغ|مودوغ|Mudug|Region of Somalia|
L sool|إقليم سول||Sool|Region of Somalia|
L bari-somalia|إقليم باري||Bari|Region of Somalia|
L ituri|إيتوري||Ituri|Province of the Democratic Republic of the Congo|
L katanga|كاتانغا||Katanga|Region of the Democratic Republic of the Congo|
L kasai|كاساي||Kasai|Region of the Democratic Republic of the Congo|
L azawad|أزواد|إقليم أزواد|Azawad|Region of northern Mali|
L casamance|كازامانس||Casamance|Region of Senegal|
L cabo-delgado|كابو ديلغادو|كابو دلغادو|Cabo Delgado|Province of Mozambique|
L sumatra|سومطرة|سومترة|Sumatra|Island of Indonesia|
L java|جاوة||Java|Island of Indonesia|
L kalimantan|كاليمانتان|كالمنتان|Kalimantan|Island of Indonesia|
L borneo|بورنيو||Borneo|Island of Indonesia, Malaysia and Brunei|
L sulawesi|سولاويسي|سولاوسي;سيليبس|Sulawesi|Island of Indonesia|
L papua|بابوا||Papua|Region of Indonesia|
L west-papua|بابوا الغربية||West Papua|Province of Indonesia|
L lombok|لومبوك||Lombok|Island of Indonesia|
L natuna-islands|ناتونا||Natuna Islands|Islands of Indonesia|
L mindanao|مينداناو|منداناو|Mindanao|Island of the Philippines|
L luzon|لوزون||Luzon|Island of the Philippines|
L palawan|بالاوان||Palawan|Island of the Philippines|
L visayas|فيساياس||Visayas|Island group of the Philippines|
L bangsamoro|بانغسامورو||Bangsamoro|Autonomous region of the Philippines|
L basilan|باسيلان||Basilan|Island and province of the Philippines|
L sulu-archipelago|أرخبيل سولو||Sulu Archipelago|Archipelago of the Philippines|
L shan-state|ولاية شان||Shan State|State of Myanmar|
L karen-state|ولاية كارين||Karen State|State of Myanmar|
L sagaing|ساغاينغ|ساجاينغ|Sagaing|State of Myanmar|
L johor|جوهور||Johor|State of Malaysia|
L kedah|ولاية قدح||Kedah|State of Malaysia|
L perak|بيراك||Perak|State of Malaysia|
L sabah|ولاية صباح||Sabah|State of Malaysia|
L telangana|تيلانغانا|تلنكانا|Telangana|State of India|
L uttarakhand|أوتاراخاند|أوتارانتشال|Uttarakhand|State of India|
L goa|ولاية غوا||Goa|State of India|
L punjab-region|البنجاب||Punjab|Region of South Asia, divided between India and Pakistan|
L sindh|إقليم السند|ولاية السند|Sindh|Province of Pakistan|
L hubei|هوبي||Hubei|Province of China|
L manchuria|منشوريا||Manchuria|Region of northeast China|
L pearl-river-delta|دلتا نهر اللؤلؤ||Pearl River Delta|Region of southern China|
L bukovina|بوكوفينا||Bukovina|Region of Ukraine|
L sidama|سيداما||Sidama|Region of Ethiopia|
L welkait|ولقايت|وولكايت;ولكايت|Welkait|Disputed area of western Tigray, Ethiopia|
L ambazonia|أمبازونيا||Ambazonia|Self-proclaimed state in Anglophone Cameroon|
L kabylie|منطقة القبائل|بلاد القبائل|Kabylie|Region of Algeria|
L aures|الأوراس|جبال الأوراس|Aures|Mountainous region of Algeria|
L mzab|وادي ميزاب||Mzab|Valley in Ghardaia Province, Algeria|
L tihama|تهامة||Tihama|Coastal plain of Yemen and Saudi Arabia|
L hejaz|الحجاز||Hejaz|Region of Saudi Arabia|
L nile-delta|دلتا النيل|الوجه البحري;الدلتا|Nile Delta|Region of Egypt|
L nubia|النوبة|بلاد النوبة|Nubia|Region along the Nile in southern Egypt and northern Sudan|
L greater-cairo|القاهرة الكبرى||Greater Cairo|Metropolitan area of Cairo, Egypt|
L kurdistan-of-iran|كردستان إيران||Kurdistan of Iran|Region of Iran|
L arabistan|عربستان||Arabistan|Historical name of Khuzestan, Iran|
L rojava|روج آفا|روجافا|Rojava|Kurdish-led region of northeastern Syria|
L tanger-tetouan-al-hoceima|طنجة تطوان الحسيمة||Tanger-Tetouan-Al Hoceima|Region of Morocco|
L oriental-morocco|جهة الشرق||Oriental|Region of Morocco|
L fes-meknes|فاس مكناس||Fes-Meknes|Region of Morocco|
L rabat-sale-kenitra|الرباط سلا القنيطرة||Rabat-Sale-Kenitra|Region of Morocco|
L beni-mellal-khenifra|بني ملال خنيفرة||Beni Mellal-Khenifra|Region of Morocco|
L casablanca-settat|الدار البيضاء سطات||Casablanca-Settat|Region of Morocco|
L marrakesh-safi|مراكش آسفي||Marrakesh-Safi|Region of Morocco|
L draa-tafilalet|درعة تافيلالت||Draa-Tafilalet|Region of Morocco|
L souss-massa|سوس ماسة||Souss-Massa|Region of Morocco|
L guelmim-oued-noun|كلميم واد نون|كلميم وادي نون|Guelmim-Oued Noun|Region of Morocco|
L laayoune-sakia-el-hamra|العيون الساقية الحمراء||Laayoune-Sakia El Hamra|Region of Morocco|
L dakhla-oued-ed-dahab|الداخلة وادي الذهب||Dakhla-Oued Ed-Dahab|Region of Morocco|
L al-andalus|الأندلس||Al-Andalus|Historical region of the Iberian Peninsula under Muslim rule; also Andalusia|
L balearic-islands|البليار||Balearic Islands|Islands of Spain|
L silesia|سيليزيا||Silesia|Region of Poland and the Czech Republic|
L bohemia|بوهيميا||Bohemia|Region of the Czech Republic|
L moravia|مورافيا||Moravia|Region of the Czech Republic|
L dalmatia|دالماسيا||Dalmatia|Region of Croatia|
L herzegovina|الهرسك||Herzegovina|Region of Bosnia and Herzegovina|
L thrace|تراقيا||Thrace|Region of southeastern Europe|
L anatolia|هضبة الأناضول|شبه جزيرة الأناضول|Anatolia|Region of Turkey|
L flanders|فلاندرز|فلاندر|Flanders|Region of Belgium|
L hesse|ولاية هسن|هيسن|Hesse|State of Germany|
L south-tyrol|جنوب تيرول||South Tyrol|Province of Italy|
L occitanie|أوكسيتانيا||Occitanie|Region of France|
L auvergne-rhone-alpes|أوفيرن رون ألب||Auvergne-Rhone-Alpes|Region of France|
L hauts-de-france|أو دو فرانس||Hauts-de-France|Region of France|
L new-england|نيو إنغلاند||New England|Region of the United States|
L appalachia|الأبالاتشي||Appalachia|Region of the United States|
L darien-gap|فجوة دارين|غابة دارين|Darien Gap|Jungle region between Panama and Colombia|
L essequibo|إيسيكيبو|إقليم إيسيكيبو|Essequibo|Region of Guyana claimed by Venezuela|
L valais|كانتون فاليه||Valais|Canton of Switzerland|
L vaud|كانتون فو||Vaud|Canton of Switzerland|
L uri|كانتون أوري||Uri|Canton of Switzerland|
L lotschental|وادي لوتشنتال|لوتشنتال|Lötschental|Valley in Valais, Switzerland|
L santa-cruz-department|محافظة سانتا كروز|مقاطعة سانتا كروز|Santa Cruz Department|Department of Bolivia|
L oruro-department|محافظة أورورو|مقاطعة أورورو|Oruro Department|Department of Bolivia|
L tarija-department|محافظة تاريخا|مقاطعة تاريخا|Tarija Department|Department of Bolivia|
L potosi-department|محافظة بوتوسي|مقاطعة بوتوسي|Potosí Department|Department of Bolivia|
L chuquisaca|شوكيساكا||Chuquisaca|Department of Bolivia|
L pando-bolivia|محافظة باندو|مقاطعة باندو|Pando|Department of Bolivia|
L beni-bolivia|مقاطعة بيني|محافظة بيني|Beni|Department of Bolivia|
L puno-region|إقليم بونو|منطقة بونو|Puno Region|Region of Peru|
L cusco-region|إقليم كوزكو|إقليم كوسكو|Cusco Region|Region of Peru|
L loreto-peru|لوريتو||Loreto|Region of Peru|
L madre-de-dios|مادري دي ديوس||Madre de Dios|Region of Peru|
L santos-br|مدينة سانتوس|ميناء سانتوس|Santos|Port city in São Paulo State, Brazil|
L araucania|أراوكانيا|أروكانيا|Araucanía|Region of Chile|
L catatumbo|كاتاتومبو||Catatumbo|Region of Colombia|
L cauca|كاوكا||Cauca|Department of Colombia|
L zulia|زوليا|ولاية زوليا|Zulia|State of Venezuela|
L algarve|الغارف|ألغارفي|Algarve|Region of Portugal|
L mus|ولاية موش||Muş|Province of Turkey|
L poonch|بونش||Poonch|District of Jammu and Kashmir|
L rajouri|راجوري||Rajouri|District of Jammu and Kashmir|
L kupwara|كوبوارا||Kupwara|District of Jammu and Kashmir|
L anantnag|أنانتناغ||Anantnag|District of Jammu and Kashmir|
L orakzai|أوركزاي||Orakzai|District of Pakistan|
L mohmand|مهمند||Mohmand|District of Pakistan|
L seine-saint-denis|سين سان دوني||Seine-Saint-Denis|Department of France|
L baramulla|بارامولا||Baramulla|District of Jammu and Kashmir|
L shopian|شوبيان||Shopian|District of Jammu and Kashmir|
L kulgam|كولغام||Kulgam|District of Jammu and Kashmir|
L budgam|بودغام||Budgam|District of Jammu and Kashmir|
L kathua|كاثوا||Kathua|District of Jammu and Kashmir|
L kishtwar|كيشتوار||Kishtwar|District of Jammu and Kashmir|
L lakki-marwat|لكي مروت|لاكي مروت|Lakki Marwat|District of Pakistan|
L shangla|شانغلا||Shangla|District of Pakistan|
L shaar-hanegev|شاعر هنيغف|شاعر هنيجف|Sha'ar HaNegev|Regional council near Gaza|
`;

// Geopolitical and geographic regions
const GEOPOLITICAL = `
L horn-of-africa|القرن الأفريقي||Horn of Africa|Region of East Africa|
L levant|بلاد الشام||Levant|Region of the eastern Mediterranean|
L mashriq|المشرق العربي||Mashriq|Arab countries east of Egypt|
L maghreb|المغرب العربي|المغرب الكبير|Maghreb|Region of North Africa|
L north-caucasus|شمال القوقاز||North Caucasus|Region of Russia|
L south-caucasus|جنوب القوقاز|القوقاز الجنوبي|South Caucasus|Region of Armenia, Azerbaijan and Georgia|
L near-east|الشرق الأدنى||Near East|Region|
L far-east|الشرق الأقصى||Far East|Region of East Asia|
L sub-saharan-africa|أفريقيا جنوب الصحراء|أفريقيا جنوب الصحراء الكبرى|Sub-Saharan Africa|Region of Africa|
L african-great-lakes|البحيرات العظمى||African Great Lakes|Region of East and Central Africa around its great lakes|
L fertile-crescent|الهلال الخصيب||Fertile Crescent|Region of the Middle East|
L mesopotamia|بلاد الرافدين|بلاد ما بين النهرين;وادي الرافدين|Mesopotamia|Region of Iraq and Syria|
L asia-minor|آسيا الصغرى||Asia Minor|Peninsula|
L eurasia|أوراسيا||Eurasia|Continent|
L scandinavia|إسكندنافيا|اسكندينافيا|Scandinavia|Region of northern Europe|
L baltic-states|البلطيق||Baltic states|Region of northern Europe|
L indochina|الهند الصينية|شبه جزيرة الهند الصينية|Indochina|Region of Southeast Asia|
L indo-pacific|المحيطين الهندي والهادئ|الإندو باسيفيك|Indo-Pacific|Region|
L eastern-mediterranean|شرق المتوسط||Eastern Mediterranean|Region|
L western-balkans|غرب البلقان|دول غرب البلقان|Western Balkans|Region of Europe|
L central-europe|وسط أوروبا|أوروبا الوسطى|Central Europe|Region of Europe|
L arctic-circle|الدائرة القطبية الشمالية||Arctic Circle|Region|
L south-pole|القطب الجنوبي||South Pole|Region|
L gaza-envelope|غلاف غزة||Gaza envelope|Israeli communities around the Gaza Strip|
L lake-chad-basin|حوض بحيرة تشاد||Lake Chad Basin|Region of Africa|
L liptako-gourma|ليبتاكو غورما||Liptako-Gourma|Border region of Mali, Burkina Faso and Niger|
L greater-kurdistan|كردستان الكبرى||Greater Kurdistan|Region|
L valley-of-the-kings|وادي الملوك||Valley of the Kings|Valley in Luxor, Egypt|
L qattara-depression|منخفض القطارة||Qattara Depression|Depression in Egypt|
L bekaa-valley|سهل البقاع||Bekaa Valley|Plain in Lebanon|
L transoxiana|بلاد ما وراء النهر|ما وراء النهر|Transoxiana|Historical region of Central Asia between the Amu Darya and the Syr Darya|
`;

// Natural features: rivers, lakes, mountains, deserts, seas, straits and islands
const NATURE = `
L alatau|جبال ألاتاو|ألاتاو|Alatau|Mountain ranges of Kazakhstan and Kyrgyzstan|
L shymbulak|شيمبولاك|شيمبلاك|Shymbulak|Ski resort above Almaty, Kazakhstan|
L dahr-al-baidar|ضهر البيدر||Dahr al-Baidar|Mountain pass in Lebanon|
L blue-mountains-jm|الجبال الزرقاء||Blue Mountains|Mountain range in Jamaica|
L swat|وادي سوات|سوات|Swat|Valley in Pakistan|
L khyber-pass|ممر خيبر||Khyber Pass|Mountain pass between Pakistan and Afghanistan|
L wakhan|واخان|ممر واخان|Wakhan|Corridor in Afghanistan|
L pankisi-gorge|وادي بانكيسي|بانكيسي|Pankisi Gorge|Valley in Georgia|
L noto-peninsula|شبه جزيرة نوتو||Noto Peninsula|Peninsula of Japan|
L karoo|كارو||Karoo|Semi-desert region of South Africa|
L yakushima|ياكوشيما|جزيرة ياكوشيما|Yakushima|Island of Japan|
L tanegashima|تانيغاشيما|تانيجاشيما|Tanegashima|Island of Japan|
L amami-oshima|أمامي أوشيما|أمامي اوشيما|Amami Oshima|Island of Japan|
L jodrell-bank|جودريل بانك||Jodrell Bank|Observatory site in Cheshire, England|
L kyushu|كيوشو||Kyushu|Island of Japan|
L honshu|هونشو||Honshu|Island of Japan|
L shikoku|شيكوكو||Shikoku|Island of Japan|
L snake-island|جزيرة الأفعى|جزيرة الثعبان;جزيرة زميني|Snake Island|Island in the Black Sea, Ukraine|
L mallorca|مايوركا|ميورقة|Mallorca|Island of Spain|
L ibiza|إيبيزا|إيبيثا|Ibiza|Island of Spain|
L tenerife|تينيريفي|تينيريفه|Tenerife|Island of the Canary Islands, Spain|
L gran-canaria|غران كناريا||Gran Canaria|Island of the Canary Islands, Spain|
L lanzarote|لانزاروت|لانثاروتي|Lanzarote|Island of the Canary Islands, Spain|
L gotland|غوتلاند||Gotland|Island of Sweden|
L bornholm|بورنهولم||Bornholm|Island of Denmark|
L rhodes|رودس||Rhodes|Island of Greece|
L lesbos|ليسبوس|لسبوس|Lesbos|Island of Greece|
L samos|ساموس||Samos|Island of Greece|
L chios|خيوس||Chios|Island of Greece|
L corfu|كورفو||Corfu|Island of Greece|
L mykonos|ميكونوس||Mykonos|Island of Greece|
L santorini|سانتوريني||Santorini|Island of Greece|
L gozo|غوزو||Gozo|Island of Malta|
L panama-canal|قناة بنما||Panama Canal|Canal in Panama|
L iguazu-falls|شلالات إيغوازو|شلالات إجوازو;شلالات إيغواسو;شلالات إيجواسو|Iguazu Falls|Waterfalls on the border of Argentina and Brazil|
L sambisa-forest|غابة سامبيسا||Sambisa Forest|Forest in Borno State, Nigeria|
L grand-ethiopian-renaissance-dam|سد النهضة||Grand Ethiopian Renaissance Dam|Dam on the Blue Nile, Ethiopia|
L tigris|دجلة|نهر دجلة|Tigris|River of Turkey, Syria and Iraq|
L euphrates|الفرات|نهر الفرات|Euphrates|River of Turkey, Syria and Iraq|
L orontes|نهر العاصي||Orontes|River of Lebanon, Syria and Turkey|
L barada|نهر بردى||Barada|River of Syria|
L yarmouk-river|نهر اليرموك||Yarmouk River|River of Syria and Jordan|
L northern-badia|البادية الشمالية||Northern Badia|District of Mafraq Governorate, Jordan|
L khabur|نهر الخابور||Khabur|River of Turkey and Syria|
L great-zab|الزاب الكبير|نهر الزاب الكبير|Great Zab|River of Turkey and Iraq|
L little-zab|الزاب الصغير|نهر الزاب الصغير|Little Zab|River of Iran and Iraq|
L karun|نهر كارون|كارون|Karun|River of Iran|
L aras|نهر آراس||Aras|River of Turkey, Armenia, Iran and Azerbaijan|
L amu-darya|أمو داريا|نهر أمو داريا;نهر جيحون;جيحون|Amu Darya|River of Central Asia|
L syr-darya|سير داريا|نهر سير داريا;نهر سيحون;سيحون|Syr Darya|River of Central Asia|
L indus|نهر السند|نهر الإندوس;نهر إندوس|Indus|River of Pakistan and India|
L ganges|الغانج|نهر الغانج;الغانغ;نهر الغانغ|Ganges|River of India and Bangladesh|
L brahmaputra|براهمابوترا|نهر براهمابوترا|Brahmaputra|River of China, India and Bangladesh|
L mekong|ميكونغ|نهر ميكونغ;الميكونغ|Mekong|River of Southeast Asia|
L yangtze|يانغتسي|نهر يانغتسي;اليانغتسي;نهر اليانغتسي|Yangtze|River of China|
L yellow-river|النهر الأصفر|نهر هوانغ هو|Yellow River|River of China|
L volga|الفولغا|نهر الفولغا;فولغا|Volga|River of Russia|
L don|نهر الدون||Don|River of Russia|
L dnieper|دنيبر|نهر دنيبر;نهر الدنيبر|Dnieper|River of Russia, Belarus and Ukraine|
L dniester|دنيستر|نهر دنيستر|Dniester|River of Ukraine and Moldova|
L danube|الدانوب|نهر الدانوب|Danube|River of central and eastern Europe|
L rhine|الراين|نهر الراين|Rhine|River of western Europe|
L seine|نهر السين||Seine|River of France|
L thames|نهر التايمز||Thames|River of England|
L elbe|نهر إلبه|نهر الإلبه|Elbe|River of the Czech Republic and Germany|
L evros|نهر إيفروس|نهر ميريتش|Evros|River of Bulgaria, Greece and Turkey|
L rio-grande|ريو غراندي|نهر ريو غراندي|Rio Grande|River of the United States and Mexico|
L zambezi|زامبيزي|نهر زامبيزي;الزامبيزي|Zambezi|River of southern Africa|
L chari|نهر شاري||Chari|River of Central Africa and Chad|
L shabelle|نهر شبيلي||Shabelle|River of Ethiopia and Somalia|
L sobat|نهر السوباط|السوباط|Sobat|River of South Sudan|
L moulouya|نهر ملوية||Moulouya|River of Morocco|
L sebou|نهر سبو||Sebou|River of Morocco|
L oum-er-rbia|نهر أم الربيع||Oum Er-Rbia|River of Morocco|
L medjerda|وادي مجردة|نهر مجردة|Medjerda|River of Algeria and Tunisia|
L orange-river|نهر أورانج||Orange River|River of southern Africa|
L potomac|نهر بوتوماك|بوتوماك|Potomac|River of the United States|
L hudson|نهر هدسون||Hudson|River of the United States|
L panj|نهر بانج||Panj|River of Afghanistan and Tajikistan|
L tagus|نهر تاجة||Tagus|River of Spain and Portugal|
L vistula|نهر فيستولا||Vistula|River of Poland|
L oder|نهر أودر||Oder|River of Germany and Poland|
L lake-victoria|بحيرة فيكتوريا||Lake Victoria|Lake of East Africa|
L lake-chad|بحيرة تشاد||Lake Chad|Lake of Chad, Cameroon, Niger and Nigeria|
L lake-tana|بحيرة تانا||Lake Tana|Lake of Ethiopia|
L lake-turkana|بحيرة توركانا||Lake Turkana|Lake of Kenya and Ethiopia|
L lake-tanganyika|بحيرة تنجانيقا|بحيرة تنغانيقا|Lake Tanganyika|Lake of East Africa|
L lake-kivu|بحيرة كيفو||Lake Kivu|Lake of the Democratic Republic of the Congo and Rwanda|
L lake-baikal|بايكال|بحيرة بايكال|Lake Baikal|Lake of Russia|
L lake-geneva|بحيرة جنيف|بحيرة ليمان|Lake Geneva|Lake of Switzerland and France|
L lake-nasser|بحيرة ناصر||Lake Nasser|Lake of Egypt and Sudan|
L lake-qarun|بحيرة قارون||Lake Qarun|Lake of Egypt|
L lake-manzala|بحيرة المنزلة||Lake Manzala|Lake of Egypt|
L saqqara|سقارة||Saqqara|Necropolis near Memphis, Egypt|
L dahshur|دهشور||Dahshur|Necropolis south of Cairo, Egypt|
L abydos|أبيدوس||Abydos|Ancient city in Upper Egypt|
L karnak|الكرنك|معبد الكرنك|Karnak|Temple complex in Luxor, Egypt|
L great-pyramid|الهرم الأكبر|هرم خوفو|Great Pyramid of Giza|Pyramid of Khufu at Giza, Egypt|
L giza-plateau|هضبة الأهرام|هضبة الجيزة|Giza Plateau|Plateau of the pyramids at Giza, Egypt|
L lake-bardawil|بحيرة البردويل||Lake Bardawil|Lake of Egypt|
L lake-mariout|بحيرة مريوط||Lake Mariout|Lake of Egypt|
L lake-van|بحيرة وان|بحيرة فان|Lake Van|Lake of Turkey|
L lake-assad|بحيرة الأسد||Lake Assad|Reservoir of Syria|
L lake-sawa|بحيرة ساوة||Lake Sawa|Lake of Iraq|
L lake-dukan|بحيرة دوكان||Lake Dukan|Lake of Iraqi Kurdistan|
L aral-sea|بحر آرال|بحيرة آرال;بحر الأرال|Aral Sea|Lake of Kazakhstan and Uzbekistan|
L dead-sea|البحر الميت||Dead Sea|Lake of Jordan, Israel and the West Bank|
L sea-of-galilee|بحيرة طبريا|بحر الجليل;بحيرة طبرية|Sea of Galilee|Lake of Israel|
L lake-titicaca|بحيرة تيتيكاكا||Lake Titicaca|Lake of Peru and Bolivia|
L lake-ladoga|بحيرة لادوغا||Lake Ladoga|Lake of Russia|
L lake-michigan|بحيرة ميشيغان||Lake Michigan|Lake of the United States|
L lake-bizerte|بحيرة بنزرت||Lake Bizerte|Lake of Tunisia|
L aswan-high-dam|السد العالي||Aswan High Dam|Dam on the Nile, Egypt|
L ataturk-dam|سد أتاتورك||Ataturk Dam|Dam on the Euphrates, Turkey|
L ilisu-dam|سد إليسو||Ilisu Dam|Dam on the Tigris, Turkey|
L darbandikhan-dam|سد دربندخان||Darbandikhan Dam|Dam in Iraqi Kurdistan|
L jebel-aulia-dam|سد جبل أولياء||Jebel Aulia Dam|Dam on the White Nile, Sudan|
L three-gorges-dam|سد الممرات الثلاثة|سد الخوانق الثلاثة|Three Gorges Dam|Dam on the Yangtze, China|
L hoover-dam|سد هوفر||Hoover Dam|Dam in the United States|
L derna-dams|سدا درنة|سد درنة;سد وادي درنة|Derna dams|Dams of Derna, Libya|
L alps|جبال الألب|الألب|Alps|Mountain range of Europe|
L himalayas|الهيمالايا|جبال الهيمالايا;هيمالايا|Himalayas|Mountain range of Asia|
L andes|جبال الأنديز|الأنديز|Andes|Mountain range of South America|
L atlas-mountains|جبال الأطلس||Atlas Mountains|Mountain range of North Africa|
L high-atlas|الأطلس الكبير||High Atlas|Mountain range of Morocco|
L middle-atlas|الأطلس المتوسط||Middle Atlas|Mountain range of Morocco|
L anti-atlas|الأطلس الصغير||Anti-Atlas|Mountain range of Morocco|
L urals|جبال الأورال|الأورال|Urals|Mountain range of Russia|
L pyrenees|جبال البرانس|جبال البيرينيه|Pyrenees|Mountain range of France and Spain|
L carpathians|جبال الكاربات|الكاربات|Carpathians|Mountain range of central and eastern Europe|
L zagros|جبال زاغروس|زاغروس|Zagros|Mountain range of Iran and Iraq|
L taurus-mountains|جبال طوروس|طوروس|Taurus Mountains|Mountain range of Turkey|
L hindu-kush|هندوكوش|جبال هندوكوش;الهندوكوش|Hindu Kush|Mountain range of Afghanistan and Pakistan|
L pamir|جبال بامير|هضبة بامير|Pamir|Mountain range of Central Asia|
L tian-shan|تيان شان|جبال تيان شان|Tian Shan|Mountain range of Central Asia|
L karakoram|كاراكورام|جبال كاراكورام|Karakoram|Mountain range of Pakistan, India and China|
L rocky-mountains|جبال روكي|جبال الروكي|Rocky Mountains|Mountain range of North America|
L appalachian-mountains|جبال الأبالاش|جبال أبالاتشي|Appalachian Mountains|Mountain range of the United States|
L alborz|جبال البرز||Alborz|Mountain range of Iran|
L anti-lebanon-mountains|سلسلة جبال لبنان الشرقية|جبال لبنان الشرقية|Anti-Lebanon Mountains|Mountain range of Syria and Lebanon|
L jabal-al-arab|جبل العرب|جبل الدروز|Jabal al-Arab|Mountain range of Syria|
L hajar-mountains|جبال الحجر||Hajar Mountains|Mountain range of Oman and the UAE|
L sarawat-mountains|جبال السروات|جبال السراة|Sarawat Mountains|Mountain range of Saudi Arabia and Yemen|
L ahaggar-mountains|جبال الهقار|الهقار;الأهقار|Ahaggar Mountains|Mountain range of Algeria|
L tassili-najjer|طاسيلي ناجر|الطاسيلي|Tassili n'Ajjer|Plateau of Algeria|
L air-mountains|جبال آير||Aïr Mountains|Mountain range of Niger|
L adrar-des-ifoghas|أدرار إيفوغاس|جبال إيفوغاس;إيفوغاس|Adrar des Ifoghas|Mountain range of Mali|
L simien-mountains|جبال سيمين||Simien Mountains|Mountain range of Ethiopia|
L mount-everest|إيفرست|جبل إيفرست;قمة إيفرست;إفرست|Mount Everest|Mountain on the border of Nepal and China|
L kilimanjaro|كليمنجارو|جبل كليمنجارو;كيليمنجارو|Kilimanjaro|Mountain of Tanzania|
L mount-fuji|جبل فوجي||Mount Fuji|Mountain of Japan|
L mount-etna|بركان إتنا|جبل إتنا|Mount Etna|Volcano of Sicily, Italy|
L vesuvius|فيزوف|بركان فيزوف;جبل فيزوف|Vesuvius|Volcano near Naples, Italy|
L mount-ararat|جبل أرارات||Mount Ararat|Mountain of Turkey|
L mount-damavand|جبل دماوند|دماوند|Mount Damavand|Mountain of Iran|
L mount-sinai|جبل سيناء|جبل موسى|Mount Sinai|Mountain of Egypt|
L mount-elbrus|جبل إلبروس|إلبروس|Mount Elbrus|Mountain of Russia|
L mont-blanc|مون بلان|جبل مون بلان|Mont Blanc|Mountain of France and Italy|
L mount-kenya|جبل كينيا||Mount Kenya|Mountain of Kenya|
L nyiragongo|نيراغونغو|بركان نيراغونغو|Nyiragongo|Volcano of the Democratic Republic of the Congo|
L krakatoa|كراكاتوا|بركان كراكاتوا|Krakatoa|Volcano of Indonesia|
L mount-merapi|بركان ميرابي|جبل ميرابي|Mount Merapi|Volcano of Indonesia|
L mount-semeru|بركان سيميرو|جبل سيميرو|Mount Semeru|Volcano of Indonesia|
L kilauea|كيلاويا|بركان كيلاويا|Kilauea|Volcano of Hawaii, United States|
L mount-toubkal|جبل توبقال|توبقال|Mount Toubkal|Mountain of Morocco|
L mount-shams|جبل شمس||Mount Shams|Mountain of Oman|
L jabal-sawda|جبل السودة||Jabal Sawda|Mountain of Saudi Arabia|
L mount-nabi-shuayb|جبل النبي شعيب||Mount Nabi Shuayb|Mountain of Yemen|
L sahara|الصحراء الكبرى|الصحراء الأفريقية الكبرى|Sahara|Desert of North Africa|
L rub-al-khali|الربع الخالي|صحراء الربع الخالي|Rub' al Khali|Desert of the Arabian Peninsula|
L gobi|صحراء غوبي|غوبي|Gobi|Desert of China and Mongolia|
L kalahari|صحراء كالاهاري|كالاهاري|Kalahari|Desert of southern Africa|
L atacama|صحراء أتاكاما|أتاكاما|Atacama|Desert of Chile|
L tenere|صحراء تينيري|تينيري|Ténéré|Desert of Niger and Chad|
L nafud|صحراء النفود|النفود الكبير|Nafud|Desert of Saudi Arabia|
L dahna|صحراء الدهناء||Dahna|Desert of Saudi Arabia|
L thar-desert|صحراء ثار||Thar Desert|Desert of India and Pakistan|
L taklamakan|صحراء تكلماكان|تكلماكان|Taklamakan|Desert of China|
L karakum|صحراء قره قوم|قره قوم|Karakum|Desert of Turkmenistan|
L kyzylkum|صحراء قزل قوم|قزل قوم|Kyzylkum|Desert of Uzbekistan and Kazakhstan|
L mojave|صحراء موهافي||Mojave|Desert of the United States|
L great-western-erg|العرق الغربي الكبير||Great Western Erg|Erg of Algeria|
L great-eastern-erg|العرق الشرقي الكبير||Great Eastern Erg|Erg of Algeria and Tunisia|
L bayuda-desert|صحراء بيوضة||Bayuda Desert|Desert of Sudan|
L danakil-depression|منخفض داناكيل|منخفض عفر|Danakil Depression|Depression of Ethiopia and Eritrea|
L arabian-sea|بحر العرب||Arabian Sea|Sea of the Indian Ocean|
L sea-of-oman|بحر عمان||Sea of Oman|Sea of the Indian Ocean|
L gulf-of-oman|خليج عمان||Gulf of Oman|Gulf of the Arabian Sea|
L adriatic-sea|البحر الأدرياتيكي|بحر الأدرياتيك|Adriatic Sea|Sea of the Mediterranean|
L aegean-sea|بحر إيجه|إيجه|Aegean Sea|Sea of the Mediterranean|
L ionian-sea|البحر الأيوني||Ionian Sea|Sea of the Mediterranean|
L tyrrhenian-sea|البحر التيراني||Tyrrhenian Sea|Sea of the Mediterranean|
L ligurian-sea|البحر الليغوري||Ligurian Sea|Sea of the Mediterranean|
L north-sea|بحر الشمال||North Sea|Sea of the Atlantic Ocean|
L norwegian-sea|البحر النرويجي||Norwegian Sea|Sea of the Atlantic Ocean|
L barents-sea|بحر بارنتس||Barents Sea|Sea of the Arctic Ocean|
L kara-sea|بحر كارا||Kara Sea|Sea of the Arctic Ocean|
L sea-of-marmara|بحر مرمرة||Sea of Marmara|Sea of Turkey|
L yellow-sea|البحر الأصفر||Yellow Sea|Sea of the Pacific Ocean|
L east-china-sea|بحر الصين الشرقي||East China Sea|Sea of the Pacific Ocean|
L philippine-sea|بحر الفلبين||Philippine Sea|Sea of the Pacific Ocean|
L sea-of-okhotsk|بحر أوخوتسك||Sea of Okhotsk|Sea of the Pacific Ocean|
L bering-sea|بحر بيرينغ||Bering Sea|Sea of the Pacific Ocean|
L coral-sea|بحر المرجان||Coral Sea|Sea of the Pacific Ocean|
L andaman-sea|بحر أندامان||Andaman Sea|Sea of the Indian Ocean|
L caribbean-sea|البحر الكاريبي|بحر الكاريبي|Caribbean Sea|Sea of the Atlantic Ocean|
L sargasso-sea|بحر سارغاسو||Sargasso Sea|Sea of the Atlantic Ocean|
L arctic-ocean|المحيط المتجمد الشمالي|المحيط القطبي الشمالي|Arctic Ocean|Ocean|
L southern-ocean|المحيط المتجمد الجنوبي||Southern Ocean|Ocean|
L english-channel|بحر المانش|قناة المانش;المانش;القنال الإنجليزي|English Channel|Channel between England and France|
L celtic-sea|البحر السلتي||Celtic Sea|Sea of the Atlantic Ocean|
L gulf-of-aqaba|خليج العقبة||Gulf of Aqaba|Gulf of the Red Sea|
L gulf-of-suez|خليج السويس||Gulf of Suez|Gulf of the Red Sea|
L gulf-of-sidra|خليج سرت||Gulf of Sidra|Gulf of the Mediterranean, Libya|
L gulf-of-gabes|خليج قابس||Gulf of Gabes|Gulf of the Mediterranean, Tunisia|
L gulf-of-hammamet|خليج الحمامات||Gulf of Hammamet|Gulf of the Mediterranean, Tunisia|
L gulf-of-tunis|خليج تونس||Gulf of Tunis|Gulf of the Mediterranean, Tunisia|
L gulf-of-mexico|خليج المكسيك|خليج أمريكا;خليج أميركا|Gulf of Mexico|Gulf of the Atlantic Ocean|
L bay-of-bengal|خليج البنغال||Bay of Bengal|Bay of the Indian Ocean|
L gulf-of-guinea|خليج غينيا||Gulf of Guinea|Gulf of the Atlantic Ocean|
L gulf-of-thailand|خليج تايلاند||Gulf of Thailand|Gulf of the South China Sea|
L gulf-of-finland|خليج فنلندا||Gulf of Finland|Gulf of the Baltic Sea|
L gulf-of-bothnia|خليج بوتنيا||Gulf of Bothnia|Gulf of the Baltic Sea|
L bay-of-biscay|خليج بسكاي||Bay of Biscay|Bay of the Atlantic Ocean|
L bay-of-pigs|خليج الخنازير||Bay of Pigs|Bay of Cuba|
L gulf-of-tonkin|خليج تونكين||Gulf of Tonkin|Gulf of the South China Sea|
L gulf-of-tadjoura|خليج تاجورة||Gulf of Tadjoura|Gulf in Djibouti|
L ha-long-bay|خليج ها لونغ||Ha Long Bay|Bay of Vietnam|
L kuwait-bay|جون الكويت||Kuwait Bay|Bay of Kuwait|
L gulf-of-salwa|خليج سلوى||Gulf of Salwa|Gulf between Saudi Arabia and Qatar|
L strait-of-gibraltar|مضيق جبل طارق||Strait of Gibraltar|Strait between Spain and Morocco|
L bosphorus|البوسفور|مضيق البوسفور|Bosphorus|Strait of Turkey|
L dardanelles|الدردنيل|مضيق الدردنيل;مضيق جناق قلعة|Dardanelles|Strait of Turkey|
L kerch-strait|مضيق كيرتش||Kerch Strait|Strait between Crimea and Russia|
L strait-of-malacca|مضيق ملقا|مضيق مالاكا;مضيق ملقة|Strait of Malacca|Strait between Malaysia and Indonesia|
L strait-of-tiran|مضيق تيران||Strait of Tiran|Strait between the Red Sea and the Gulf of Aqaba|
L strait-of-sicily|مضيق صقلية||Strait of Sicily|Strait between Sicily and Tunisia|
L strait-of-messina|مضيق ميسينا||Strait of Messina|Strait between Sicily and Italy|
L bering-strait|مضيق بيرينغ||Bering Strait|Strait between Russia and Alaska|
L strait-of-magellan|مضيق ماجلان||Strait of Magellan|Strait of Chile|
L korea-strait|مضيق كوريا|مضيق تسوشيما|Korea Strait|Strait between Korea and Japan|
L strait-of-dover|مضيق دوفر|مضيق كاليه|Strait of Dover|Strait between England and France|
L luzon-strait|مضيق لوزون||Luzon Strait|Strait between Taiwan and the Philippines|
L lombok-strait|مضيق لومبوك||Lombok Strait|Strait of Indonesia|
L sunda-strait|مضيق سوندا||Sunda Strait|Strait of Indonesia|
L otranto-strait|مضيق أوترانتو||Otranto Strait|Strait between Italy and Albania|
L kanal-istanbul|قناة إسطنبول||Kanal Istanbul|Planned canal in Istanbul, Turkey|
L kiel-canal|قناة كيل||Kiel Canal|Canal of Germany|
L corinth-canal|قناة كورنث||Corinth Canal|Canal of Greece|
L kuril-islands|الكوريل|جزر الكوريل|Kuril Islands|Archipelago of Russia, claimed by Japan|
L senkaku-islands|سينكاكو|جزر سينكاكو;دياويو;جزر دياويو|Senkaku Islands|Islands administered by Japan, claimed by China|
L spratly-islands|سبراتلي|جزر سبراتلي|Spratly Islands|Archipelago of the South China Sea|
L paracel-islands|باراسيل|جزر باراسيل;جزر شيشا|Paracel Islands|Archipelago of the South China Sea|
L scarborough-shoal|سكاربورو|شعاب سكاربورو|Scarborough Shoal|Reef of the South China Sea|
L second-thomas-shoal|شعاب توماس الثانية||Second Thomas Shoal|Reef of the South China Sea|
L chagos-archipelago|تشاغوس|أرخبيل تشاغوس;جزر تشاغوس|Chagos Archipelago|Archipelago of the Indian Ocean|
L hanish-islands|حنيش|جزر حنيش;أرخبيل حنيش|Hanish Islands|Islands of Yemen in the Red Sea|
L perim|جزيرة ميون||Perim|Island of Yemen in the Bab el-Mandeb|
L zuqar|جزيرة زقر||Zuqar|Island of Yemen in the Red Sea|
L tiran-island|تيران|جزيرة تيران|Tiran Island|Island of Saudi Arabia in the Red Sea|
L sanafir|صنافير|جزيرة صنافير|Sanafir|Island of Saudi Arabia in the Red Sea|
L dahlak-archipelago|دهلك|أرخبيل دهلك;جزر دهلك|Dahlak Archipelago|Archipelago of Eritrea|
L svalbard|سفالبارد|أرخبيل سفالبارد|Svalbard|Archipelago of Norway|
L novaya-zemlya|نوفايا زيمليا||Novaya Zemlya|Archipelago of Russia|
L hispaniola|هيسبانيولا||Hispaniola|Island of Haiti and the Dominican Republic|
L easter-island|جزيرة الفصح||Easter Island|Island of Chile|
L new-guinea|غينيا الجديدة||New Guinea|Island of Indonesia and Papua New Guinea|
L zanzibar-archipelago|أرخبيل زنجبار||Zanzibar Archipelago|Archipelago of Tanzania|
L spitsbergen|سبيتسبيرغن||Spitsbergen|Island of Norway|
L wrangel-island|جزيرة رانغل||Wrangel Island|Island of Russia|
L dodecanese|دوديكانيسيا||Dodecanese|Islands of Greece|
L cyclades|سيكلادس||Cyclades|Islands of Greece|
L matsu-islands|جزر ماتسو|ماتسو|Matsu Islands|Islands of Taiwan|
L pratas-islands|جزر براتاس|براتاس|Pratas Islands|Islands of Taiwan|
L kola-peninsula|شبه جزيرة كولا||Kola Peninsula|Peninsula of Russia|
L yamal-peninsula|شبه جزيرة يامال||Yamal Peninsula|Peninsula of Russia|
L balkan-peninsula|شبه جزيرة البلقان||Balkan Peninsula|Peninsula of southeastern Europe|
L iberian-peninsula|شبه الجزيرة الإيبيرية|شبه جزيرة أيبيريا|Iberian Peninsula|Peninsula of southwestern Europe|
L scandinavian-peninsula|شبه الجزيرة الإسكندنافية||Scandinavian Peninsula|Peninsula of northern Europe|
L malay-peninsula|شبه جزيرة الملايو|شبه جزيرة ملايو|Malay Peninsula|Peninsula of Southeast Asia|
L gallipoli|غاليبولي|شبه جزيرة غاليبولي;جاليبولي|Gallipoli|Peninsula of Turkey|
L cape-of-good-hope|رأس الرجاء الصالح||Cape of Good Hope|Cape of South Africa|
L cape-horn|رأس هورن||Cape Horn|Cape of Chile|
L niagara-falls|شلالات نياغرا|شلالات نياجرا;نياغرا|Niagara Falls|Waterfalls on the border of the United States and Canada|
L victoria-falls|شلالات فيكتوريا||Victoria Falls|Waterfalls on the border of Zambia and Zimbabwe|
L great-barrier-reef|الحاجز المرجاني العظيم||Great Barrier Reef|Reef of Australia|
L grand-canyon|غراند كانيون|الأخدود العظيم|Grand Canyon|Canyon of the United States|
L great-rift-valley|الأخدود الأفريقي العظيم|الوادي المتصدع الكبير|Great Rift Valley|Rift valley of East Africa|
L mesopotamian-marshes|الأهوار|أهوار العراق;أهوار جنوب العراق|Mesopotamian Marshes|Wetlands of southern Iraq|
L congo-basin|حوض الكونغو||Congo Basin|Basin of Central Africa|
L bahariya-oasis|الواحات البحرية||Bahariya Oasis|Oasis of Egypt|
L galwan-valley|وادي غالوان|غالوان|Galwan Valley|Valley on the India–China border|
L yeonpyeong|يونبيونغ||Yeonpyeong|Island of South Korea|
L baengnyeong|بايكنيونغ||Baengnyeong|Island of South Korea|
L iwo-jima|إيو جيما|إيوو جيما|Iwo Jima|Island of Japan|
L tsushima|تسوشيما||Tsushima|Island of Japan|
L yonaguni|يوناغوني||Yonaguni|Island of Japan|
L boracay|بوراكاي||Boracay|Island of the Philippines|
L pantelleria|بانتيليريا||Pantelleria|Island of Italy|
L kastellorizo|كاستيلوريزو||Kastellorizo|Island of Greece|
L robben-island|جزيرة روبن||Robben Island|Island of South Africa|
L bioko|بيوكو|جزيرة بيوكو|Bioko|Island of Equatorial Guinea|
L goree|جزيرة غوري||Goree|Island of Senegal|
L bora-bora|بورا بورا||Bora Bora|Island of French Polynesia|
L loire|نهر اللوار||Loire|River of France|
L rhone|نهر الرون||Rhone|River of Switzerland and France|
L tiber|نهر التيبر||Tiber|River of Italy|
L guadalquivir|نهر الوادي الكبير||Guadalquivir|River of Spain|
L yenisei|نهر ينيسي||Yenisei|River of Russia|
L irrawaddy|نهر إيراوادي||Irrawaddy|River of Myanmar|
L pearl-river|نهر اللؤلؤ||Pearl River|River of China|
L yalu|نهر يالو||Yalu|River on the China–North Korea border|
L tumen|نهر تومين||Tumen|River on the China–North Korea–Russia border|
L logone|نهر لوغون||Logone|River of Cameroon and Chad|
L benue|نهر بينوي||Benue|River of Cameroon and Nigeria|
L omo|نهر أومو||Omo|River of Ethiopia|
L atbara-river|نهر عطبرة||Atbara|River of Ethiopia and Sudan|
L tekeze|نهر سيتيت|نهر ستيت;نهر تكزي|Tekeze|River of Ethiopia, Eritrea and Sudan|
L gash|نهر القاش||Gash|River of Eritrea and Sudan|
L juba-river|نهر جوبا||Juba River|River of Ethiopia and Somalia|
L colorado-river|نهر كولورادو||Colorado River|River of the United States and Mexico|
L saint-lawrence|نهر سانت لورانس||Saint Lawrence|River of Canada and the United States|
L orinoco|نهر أورينوكو||Orinoco|River of Venezuela and Colombia|
L ural-river|نهر الأورال||Ural River|River of Russia and Kazakhstan|
L kuban-river|نهر كوبان||Kuban River|River of Russia|
L seym|نهر سيم||Seym|River of Russia and Ukraine|
L oskil|نهر أوسكيل||Oskil|River of Russia and Ukraine|
L siverskyi-donets|نهر دونيتس|نهر سيفرسكي دونيتس|Siverskyi Donets|River of Russia and Ukraine|
L inhulets|نهر إنهوليتس||Inhulets|River of Ukraine|
L prut|نهر بروت||Prut|River of Romania, Moldova and Ukraine|
L drina|نهر درينا||Drina|River of Bosnia and Serbia|
L sava|نهر سافا||Sava|River of the Balkans|
L vardar|نهر فاردار||Vardar|River of North Macedonia and Greece|
L maritsa|نهر ماريتسا||Maritsa|River of Bulgaria, Greece and Turkey|
L apennines|جبال الأبينيني|جبال الأبنين|Apennines|Mountain range of Italy|
L makhoul-mountains|جبال مكحول||Makhoul Mountains|Mountain range of Iraq|
L acacus-mountains|جبال أكاكوس|أكاكوس|Acacus Mountains|Mountain range of Libya|
L jebel-uweinat|جبل العوينات||Jebel Uweinat|Mountain on the Egypt–Libya–Sudan border|
L gilf-kebir|هضبة الجلف الكبير|الجلف الكبير|Gilf Kebir|Plateau of Egypt|
L ingessana-hills|جبال الإنقسنا||Ingessana Hills|Mountain range of Blue Nile State, Sudan|
L taka-mountains|جبال التاكا||Taka Mountains|Mountains of Kassala, Sudan|
L sierra-madre|سييرا مادري||Sierra Madre|Mountain range of Mexico|
L tatra-mountains|جبال تاترا||Tatra Mountains|Mountain range of Slovakia and Poland|
L dolomites|جبال الدولوميت||Dolomites|Mountain range of Italy|
L nubian-desert|صحراء النوبة||Nubian Desert|Desert of Sudan|
L great-sand-sea|بحر الرمال الأعظم||Great Sand Sea|Desert of Egypt and Libya|
L namib|صحراء ناميب||Namib|Desert of Namibia|
L lut-desert|صحراء لوت|دشت لوت|Lut Desert|Desert of Iran|
L dasht-e-kavir|دشت كوير|صحراء كوير|Dasht-e Kavir|Desert of Iran|
L registan-desert|صحراء ريجستان||Registan Desert|Desert of Afghanistan|
L sulu-sea|بحر سولو||Sulu Sea|Sea of the Pacific Ocean|
L celebes-sea|بحر سيليبس||Celebes Sea|Sea of the Pacific Ocean|
L java-sea|بحر جاوة||Java Sea|Sea of the Pacific Ocean|
L timor-sea|بحر تيمور||Timor Sea|Sea of the Indian Ocean|
L tasman-sea|بحر تسمان||Tasman Sea|Sea of the Pacific Ocean|
L hudson-bay|خليج هدسون||Hudson Bay|Bay of Canada|
L bohai-sea|خليج بوهاي|بحر بوهاي|Bohai Sea|Gulf of the Yellow Sea|
L gulf-of-iskenderun|خليج الإسكندرونة||Gulf of Iskenderun|Gulf of the Mediterranean, Turkey|
L oresund|مضيق أوريسند||Oresund|Strait between Denmark and Sweden|
L mozambique-channel|قناة موزمبيق|مضيق موزمبيق|Mozambique Channel|Channel between Mozambique and Madagascar|
L hormuz-island|جزيرة هرمز||Hormuz Island|Island of Iran|
L das-island|جزيرة داس||Das Island|Island of the United Arab Emirates|
L sir-bu-nair|صير بونعير|جزيرة صير بونعير|Sir Bu Nair|Island of the United Arab Emirates|
L capri|كابري||Capri|Island of Italy|
L elba|جزيرة إلبا||Elba|Island of Italy|
L menorca|مينوركا||Menorca|Island of Spain|
L la-palma|لا بالما|جزيرة لا بالما|La Palma|Island of the Canary Islands, Spain|
L fuerteventura|فويرتيفنتورا||Fuerteventura|Island of the Canary Islands, Spain|
L el-hierro|إل هييرو||El Hierro|Island of the Canary Islands, Spain|
L southeastern-anatolia|جنوب شرق الأناضول|جنوب شرقي الأناضول|Southeastern Anatolia|Region of Turkey|
L eastern-anatolia|شرق الأناضول|شرقي الأناضول|Eastern Anatolia|Region of Turkey|
L turkish-kurdistan|كردستان تركيا|كوردستان تركيا|Turkish Kurdistan|Kurdish-majority region of south-eastern Turkey|
L bestepe|بيشتبه|قصر بيشتبه|Beştepe|Presidential complex in Ankara, Turkey|
L taksim-square|ميدان تقسيم|ساحة تقسيم|Taksim Square|Square in Istanbul, Turkey|
L beyoglu|بيوغلو|بي أوغلو|Beyoğlu|District of Istanbul, Turkey|
L kurecik-radar-base|قاعدة كوريجيك|كوريجيك|Kürecik radar base|NATO radar base in Malatya Province, Turkey|
L northern-cyprus|شمال قبرص|قبرص الشمالية;جمهورية شمال قبرص التركية;قبرص التركية|Northern Cyprus|Self-declared state in northern Cyprus recognised only by Turkey|
L kurdistan-province|محافظة كردستان|محافظة كوردستان|Kurdistan Province|Province of Iran|
L bukan|بوكان||Bukan|City in West Azerbaijan Province, Iran|
L larak-island|جزيرة لارك||Larak Island|Island of Iran|
L arak|مدينة أراك||Arak|City in Markazi Province, Iran|
L arak-reactor|مفاعل أراك|مفاعل آراك للماء الثقيل|Arak heavy water reactor|Nuclear reactor in Markazi Province, Iran|
L fars-province|محافظة فارس|إقليم فارس|Fars Province|Province of Iran|
L yazd|مدينة يزد|محافظة يزد|Yazd|City and province of Iran|
L sari-iran|مدينة ساري||Sari|City in Mazandaran Province, Iran|
L bandar-anzali|بندر أنزلي||Bandar Anzali|Port city in Gilan Province, Iran|
L evin-prison|سجن إيفين|إيفين;سجن إفين|Evin Prison|Prison in Tehran, Iran|
L imam-khomeini-airport|مطار الإمام الخميني الدولي|مطار الإمام الخميني;مطار الخميني الدولي|Imam Khomeini International Airport|Airport of Tehran, Iran|
L mehrabad|مهرآباد|مطار مهرآباد|Mehrabad|Airport of Tehran, Iran|
L azadi-square|ميدان آزادي|ساحة آزادي|Azadi Square|Square in Tehran, Iran|
L alborz-province|محافظة البرز||Alborz Province|Province of Iran|
L nile-valley|وادي النيل||Nile Valley|Valley of the Nile in Egypt and Sudan|
L matterhorn|ماترهورن|جبل ماترهورن|Matterhorn|Mountain of the Alps on the Swiss-Italian border|
L jungfrau|يونغفراو|جبل يونغفراو|Jungfrau|Mountain of the Bernese Alps, Switzerland|
L aletsch-glacier|نهر أليتش الجليدي|جليد أليتش|Aletsch Glacier|Glacier in Valais, Switzerland|
L lake-lugano|بحيرة لوغانو||Lake Lugano|Lake of Switzerland and Italy|
L lake-neuchatel|بحيرة نوشاتيل||Lake Neuchâtel|Lake of Switzerland|
L lake-lucerne|بحيرة لوسيرن||Lake Lucerne|Lake of Switzerland|
L lake-constance|بحيرة كونستانس|بحيرة بودن|Lake Constance|Lake of Germany, Austria and Switzerland|
L rhine-falls|شلالات الراين||Rhine Falls|Waterfall in Switzerland|
L gotthard-tunnel|نفق غوتهارد|نفق سان غوتارد|Gotthard Base Tunnel|Railway tunnel in Switzerland|
L salar-de-uyuni|سالار دي أويوني|ملاحات أويوني|Salar de Uyuni|Salt flat in Bolivia|
L lake-poopo|بحيرة بوبو||Lake Poopó|Lake of Bolivia|
L nazca-lines|خطوط نازكا||Nazca Lines|Geoglyphs in southern Peru|
L tierra-del-fuego|تييرا ديل فويغو||Tierra del Fuego|Archipelago of Argentina and Chile|
L costa-del-sol|كوستا ديل سول||Costa del Sol|Coast of Andalusia, Spain|
L lake-como|بحيرة كومو||Lake Como|Lake of Italy|
L east-sea|بحر الشرق||East Sea|Korean name of the Sea of Japan|
L issyk-kul|إيسيك كول|بحيرة إيسيك كول;إيسك كول|Issyk-Kul|Lake of Kyrgyzstan|
L ghoubet|غوبيت|خليج غوبيت;غوبة الخراب|Ghoubet|Gulf in Djibouti|
L moucha-island|جزيرة موشا||Moucha Island|Island of Djibouti|
L ras-doumeira|رأس دميرة|رأس دوميرا|Ras Doumeira|Cape on the Djibouti–Eritrea border|
L pemba|بيمبا|جزيرة بيمبا|Pemba|Island of Tanzania|
L stromboli|سترومبولي|بركان سترومبولي|Stromboli|Volcanic island of Italy|
L lake-garda|بحيرة غاردا||Lake Garda|Lake of Italy|
L sylt|جزيرة زيلت|زيلت|Sylt|Island of Germany|
L mont-saint-michel|مون سان ميشيل|جبل سان ميشيل|Mont-Saint-Michel|Island commune in Normandy, France|
L makran|مكران|ساحل مكران|Makran|Coastal region of Iran and Pakistan|
L awash-river|نهر أواش||Awash River|River of Ethiopia|
L unguja|أونغوجا||Unguja|Island of Zanzibar, Tanzania|
`;

export const WORLD = [CITIES, REGIONS, GEOPOLITICAL, NATURE].join('\n');
