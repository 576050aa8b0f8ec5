// The first lists, by country and region as they were added.
const TOWNS_FIRST = `
L manbij|منبج||Manbij|Town in Aleppo Governorate, Syria|
L jarabulus|جرابلس||Jarabulus|Town in Aleppo Governorate, Syria|
L azaz|إعزاز||Azaz|Town in Aleppo Governorate, Syria|
L afrin|عفرين||Afrin|Town in Aleppo Governorate, Syria|
L tadef|تادف||Tadef|Town in Aleppo Governorate, Syria|
L qabasin|قباسين||Qabasin|Town in Aleppo Governorate, Syria|
L bzaa|بزاعة||Bza'a|Town in Aleppo Governorate, Syria|
L kobani|عين العرب|كوباني|Kobani|Town in Aleppo Governorate, Syria|
L sarrin|صرين||Sarrin|Town in Aleppo Governorate, Syria|
L jindires|جنديرس|جنديريس|Jindires|Town in Aleppo Governorate, Syria|
L rajo|راجو||Rajo|Town in Aleppo Governorate, Syria|
L sheikh-al-hadid|شيخ الحديد||Sheikh al-Hadid|Town in Aleppo Governorate, Syria|
L maabatli|معبطلي||Maabatli|Town in Aleppo Governorate, Syria|
L tell-rifaat|تل رفعت||Tell Rifaat|Town in Aleppo Governorate, Syria|
L mare|مارع||Mare'|Town in Aleppo Governorate, Syria|
L akhtarin|أخترين||Akhtarin|Town in Aleppo Governorate, Syria|
L dabiq|دابق||Dabiq|Town in Aleppo Governorate, Syria|
L huraytan|حريتان||Huraytan|Town in Aleppo Governorate, Syria|
L anadan|عندان||Anadan|Town in Aleppo Governorate, Syria|
L bayanoun|بيانون||Bayanoun|Town in Aleppo Governorate, Syria|
L al-atarib|الأتارب||Al-Atarib|Town in Aleppo Governorate, Syria|
L darat-izza|دارة عزة||Darat Izza|Town in Aleppo Governorate, Syria|
L khan-al-asal|خان العسل||Khan al-Asal|Town in Aleppo Governorate, Syria|
L al-zirbah|الزربة||Al-Zirbah|Town in Aleppo Governorate, Syria|
L khan-tuman|خان طومان||Khan Tuman|Town in Aleppo Governorate, Syria|
L al-eis|العيس||Al-Eis|Town in Aleppo Governorate, Syria|
L deir-hafer|دير حافر||Deir Hafer|Town in Aleppo Governorate, Syria|
L al-khafsa|الخفسة||Al-Khafsa|Town in Aleppo Governorate, Syria|
L kuweires|كويرس||Kuweires|Town in Aleppo Governorate, Syria|
L al-nayrab|النيرب||Al-Nayrab|Town in Aleppo Governorate, Syria|
L khanasir|خناصر||Khanasir|Town in Aleppo Governorate, Syria|
L kafr-hamra|كفر حمرة||Kafr Hamra|Town in Aleppo Governorate, Syria|
L al-shuyukh-tahtani|الشيوخ تحتاني||Al-Shuyukh Tahtani|Town in Aleppo Governorate, Syria|
L tell-aran|تل عران||Tell Aran|Town in Aleppo Governorate, Syria|
L tell-hasel|تل حاصل||Tell Hasel|Town in Aleppo Governorate, Syria|
L maarat-al-artiq|معارة الأرتيق||Ma'arat al-Artiq|Town in Aleppo Governorate, Syria|
L kafr-naha|كفرناها||Kafr Naha|Town in Aleppo Governorate, Syria|
L urum-al-kubra|أورم الكبرى||Urum al-Kubra|Town in Aleppo Governorate, Syria|
L al-jinah|الجينة||Al-Jinah|Town in Aleppo Governorate, Syria|
L qabtan-al-jabal|قبتان الجبل||Qabtan al-Jabal|Town in Aleppo Governorate, Syria|
L kafr-karmin|كفر كرمين||Kafr Karmin|Town in Aleppo Governorate, Syria|
L bab-al-salama|باب السلامة||Bab al-Salama|Border crossing in Aleppo Governorate, Syria|
L ghandoura|الغندورة||Ghandoura|Town in Aleppo Governorate, Syria|
L al-kalasa|الكلاسة||Al-Kalasa|Quarter of Aleppo, Syria|
L bustan-al-qasr|بستان القصر||Bustan al-Qasr|Quarter of Aleppo, Syria|
L al-sakhour|الصاخور||Al-Sakhour|Quarter of Aleppo, Syria|
L al-ramousa|الراموسة||Al-Ramousa|Quarter of Aleppo, Syria|
L al-layramoun|الليرمون||Al-Layramoun|Quarter of Aleppo, Syria|
L bab-al-nairab|باب النيرب||Bab al-Nairab|Quarter of Aleppo, Syria|
L karm-al-jabal|كرم الجبل||Karm al-Jabal|Quarter of Aleppo, Syria|
L qadi-askar|قاضي عسكر||Qadi Askar|Quarter of Aleppo, Syria|
L masaken-hanano|مساكن هنانو||Masaken Hanano|Quarter of Aleppo, Syria|
L jamiliyah|الجميلية||Jamiliyah|Quarter of Aleppo, Syria|
L bab-al-hadid|باب الحديد||Bab al-Hadid|Quarter of Aleppo, Syria|
L bab-antakya|باب أنطاكية||Bab Antakya|Quarter of Aleppo, Syria|
L kafr-dael|كفرداعل||Kafr Dael|Town in Aleppo Governorate, Syria|
L maarat-al-numan|معرة النعمان|معرةالنعمان|Maarat al-Numan|Town in Idlib Governorate, Syria|
L saraqib|سراقب||Saraqib|Town in Idlib Governorate, Syria|
L khan-shaykhun|خان شيخون||Khan Shaykhun|Town in Idlib Governorate, Syria|
L jisr-al-shughur|جسر الشغور||Jisr al-Shughur|Town in Idlib Governorate, Syria|
L kafr-nabl|كفر نبل||Kafr Nabl|Town in Idlib Governorate, Syria|
L kafr-takharim|كفر تخاريم||Kafr Takharim|Town in Idlib Governorate, Syria|
L binnish|بنش||Binnish|Town in Idlib Governorate, Syria|
L taftanaz|تفتناز||Taftanaz|Town in Idlib Governorate, Syria|
L maarat-misrin|معرة مصرين|معرتمصرين|Maarat Misrin|Town in Idlib Governorate, Syria|
L atimah|أطمة||Atimah|Town in Idlib Governorate, Syria|
L harem|حارم||Harem|Town in Idlib Governorate, Syria|
L salqin|سلقين||Salqin|Town in Idlib Governorate, Syria|
L darkush|دركوش||Darkush|Town in Idlib Governorate, Syria|
L al-dana|الدانا||Al-Dana|Town in Idlib Governorate, Syria|
L sarmada|سرمدا||Sarmada|Town in Idlib Governorate, Syria|
L hazano|حزانو||Hazano|Town in Idlib Governorate, Syria|
L kansafra|كنصفرة||Kansafra|Town in Idlib Governorate, Syria|
L ihsim|إحسم||Ihsim|Town in Idlib Governorate, Syria|
L al-habit|الهبيط||Al-Habit|Town in Idlib Governorate, Syria|
L kafr-sajna|كفر سجنة||Kafr Sajna|Town in Idlib Governorate, Syria|
L al-tamanah|التمانعة||Al-Tamanah|Town in Idlib Governorate, Syria|
L abu-al-duhur|أبو الظهور|أبي الظهور|Abu al-Duhur|Town in Idlib Governorate, Syria|
L tal-mardikh|تل مرديخ||Tal Mardikh|Town in Idlib Governorate, Syria|
L mhambel|محمبل||Mhambel|Town in Idlib Governorate, Syria|
L bdama|بداما||Bdama|Town in Idlib Governorate, Syria|
L khirbet-al-joz|خربة الجوز||Khirbet al-Joz|Town in Idlib Governorate, Syria|
L armanaz|أرمناز||Armanaz|Town in Idlib Governorate, Syria|
L al-foua|الفوعة||Al-Foua|Town in Idlib Governorate, Syria|
L kafarya|كفريا||Kafarya|Town in Idlib Governorate, Syria|
L zardana|زردنا||Zardana|Town in Idlib Governorate, Syria|
L killi|كللي||Killi|Town in Idlib Governorate, Syria|
L deir-hassan|دير حسان||Deir Hassan|Town in Idlib Governorate, Syria|
L kafr-rouma|كفر روما||Kafr Rouma|Town in Idlib Governorate, Syria|
L maasran|معصران||Maasran|Town in Idlib Governorate, Syria|
L jarjanaz|جرجناز||Jarjanaz|Town in Idlib Governorate, Syria|
L heish|حيش||Heish|Town in Idlib Governorate, Syria|
L maarrat-hurmah|معرة حرمة||Ma'arrat Hurmah|Town in Idlib Governorate, Syria|
L kafr-uwayd|كفرعويد||Kafr Uwayd|Town in Idlib Governorate, Syria|
L sfuhen|سفوهن||Sfuhen|Town in Idlib Governorate, Syria|
L al-ghadfa|الغدفة||Al-Ghadfa|Town in Idlib Governorate, Syria|
L babila|بابيلا||Babila|Town in Idlib Governorate, Syria|
L hafsarjah|حفسرجة||Hafsarjah|Town in Idlib Governorate, Syria|
L kafr-lusin|كفرلوسين||Kafr Lusin|Town in Idlib Governorate, Syria|
L sarjah|سرجة||Sarjah|Town in Idlib Governorate, Syria|
L tell-tuqan|تل طوقان||Tell Tuqan|Town in Idlib Governorate, Syria|
L kafr-hind|كفرهند||Kafr Hind|Town in Idlib Governorate, Syria|
L bab-al-hawa|باب الهوى||Bab al-Hawa|Border crossing in Idlib Governorate, Syria|
L jabal-al-zawiya|جبل الزاوية||Jabal al-Zawiya|Mountain region in Idlib Governorate, Syria|
L jabal-al-arbaeen|جبل الأربعين||Jabal al-Arbaeen|Mountain in Idlib Governorate, Syria|
L masyaf|مصياف||Masyaf|Town in Hama Governorate, Syria|
L mahardah|محردة||Mahardah|Town in Hama Governorate, Syria|
L al-suqaylabiyah|السقيلبية||Al-Suqaylabiyah|Town in Hama Governorate, Syria|
L kafr-zita|كفر زيتا||Kafr Zita|Town in Hama Governorate, Syria|
L al-lataminah|اللطامنة||Al-Lataminah|Town in Hama Governorate, Syria|
L morek|مورك||Morek|Town in Hama Governorate, Syria|
L souran|صوران||Souran|Town in Hama Governorate, Syria|
L taybat-al-imam|طيبة الإمام||Taybat al-Imam|Town in Hama Governorate, Syria|
L halfaya|حلفايا||Halfaya|Town in Hama Governorate, Syria|
L kafr-nabudah|كفر نبودة||Kafr Nabudah|Town in Hama Governorate, Syria|
L qalaat-al-madiq|قلعة المضيق||Qalaat al-Madiq|Town in Hama Governorate, Syria|
L al-tremseh|التريمسة||Al-Tremseh|Town in Hama Governorate, Syria|
L karnaz|كرناز||Karnaz|Town in Hama Governorate, Syria|
L qamhana|قمحانة||Qamhana|Town in Hama Governorate, Syria|
L sheizar|شيزر||Sheizar|Town in Hama Governorate, Syria|
L ithriya|أثريا||Ithriya|Town in Hama Governorate, Syria|
L al-hamameyat|الحماميات||Al-Hamameyat|Town in Hama Governorate, Syria|
L tell-malah|تل ملح||Tell Malah|Town in Hama Governorate, Syria|
L maarzaf|معرزاف||Maarzaf|Town in Hama Governorate, Syria|
L kafr-buhum|كفربهم||Kafr Buhum|Town in Hama Governorate, Syria|
L al-saan|السعن||Al-Sa'an|Town in Hama Governorate, Syria|
L uqayribat|عقيربات||Uqayribat|Town in Hama Governorate, Syria|
L al-hawash|الحواش||Al-Hawash|Town in Hama Governorate, Syria|
L al-asharinah|العشارنة||Al-Asharinah|Town in Hama Governorate, Syria|
L tell-salhab|تل سلحب||Tell Salhab|Town in Hama Governorate, Syria|
L qasr-ibn-wardan|قصر ابن وردان||Qasr Ibn Wardan|Town in Hama Governorate, Syria|
L abu-dali|أبو دالي|أبي دالي|Abu Dali|Town in Hama Governorate, Syria|
L al-ghab-plain|سهل الغاب||Al-Ghab Plain|Plain in Hama Governorate, Syria|
L al-rastan|الرستن||Al-Rastan|Town in Homs Governorate, Syria|
L talbiseh|تلبيسة||Talbiseh|Town in Homs Governorate, Syria|
L al-qaryatayn|القريتين||Al-Qaryatayn|Town in Homs Governorate, Syria|
L talkalakh|تلكلخ|تل كلخ|Talkalakh|Town in Homs Governorate, Syria|
L al-houla|الحولة||Al-Houla|Town in Homs Governorate, Syria|
L kafr-laha|كفرلاها||Kafr Laha|Town in Homs Governorate, Syria|
L al-furqlus|الفرقلس||Al-Furqlus|Town in Homs Governorate, Syria|
L hisyah|حسياء||Hisyah|Town in Homs Governorate, Syria|
L al-ghantu|الغنطو||Al-Ghantu|Town in Homs Governorate, Syria|
L deir-baalba|دير بعلبة||Deir Baalba|Town in Homs Governorate, Syria|
L al-shayrat|الشعيرات||Al-Shayrat|Town in Homs Governorate, Syria|
L jusiyah|جوسية||Jusiyah|Town in Homs Governorate, Syria|
L al-zara|الزارة||Al-Zara|Town in Homs Governorate, Syria|
L taldou|تلدو||Taldou|Town in Homs Governorate, Syria|
L zaidal|زيدل||Zaidal|Town in Homs Governorate, Syria|
L al-tiyas|التياس||Al-Tiyas|Town in Homs Governorate, Syria|
L jubb-al-jarrah|جب الجراح||Jubb al-Jarrah|Town in Homs Governorate, Syria|
L baba-amr|بابا عمرو||Baba Amr|Quarter of Homs, Syria|
L al-khalidiya|الخالدية||Al-Khalidiya|Quarter of Homs, Syria|
L jouret-al-shayah|جورة الشياح||Jouret al-Shayah|Quarter of Homs, Syria|
L bab-sbaa|باب السباع||Bab Sbaa|Quarter of Homs, Syria|
L bab-hud|باب هود||Bab Hud|Quarter of Homs, Syria|
L bab-tadmur|باب تدمر||Bab Tadmur|Quarter of Homs, Syria|
L bab-al-dreib|باب الدريب||Bab al-Dreib|Quarter of Homs, Syria|
L jableh|جبلة||Jableh|Town in Latakia Governorate, Syria|
L al-haffah|الحفة||Al-Haffah|Town in Latakia Governorate, Syria|
L qardaha|القرداحة||Qardaha|Town in Latakia Governorate, Syria|
L kinsabba|كنسبا||Kinsabba|Town in Latakia Governorate, Syria|
L al-bahluliyah|البهلولية||Al-Bahluliyah|Town in Latakia Governorate, Syria|
L slunfeh|صلنفة||Slunfeh|Town in Latakia Governorate, Syria|
L burj-islam|برج إسلام||Burj Islam|Town in Latakia Governorate, Syria|
L ras-al-bassit|رأس البسيط||Ras al-Bassit|Town in Latakia Governorate, Syria|
L qastal-maaf|قسطل معاف||Qastal Maaf|Town in Latakia Governorate, Syria|
L hmeimim|حميميم||Hmeimim|Town in Latakia Governorate, Syria|
L al-mukhtariya|المختارية||Al-Mukhtariya|Town in Latakia Governorate, Syria|
L bisnada|بسنادا||Bisnada|Town in Latakia Governorate, Syria|
L al-raml-al-falastini|الرمل الفلسطيني||Al-Raml al-Falastini|Town in Latakia Governorate, Syria|
L al-qutailbiyah|القطيلبية||Al-Qutailbiyah|Town in Latakia Governorate, Syria|
L beit-yashout|بيت ياشوط||Beit Yashout|Town in Latakia Governorate, Syria|
L ain-shiqaq|عين شقاق||Ain Shiqaq|Town in Latakia Governorate, Syria|
L daatour|دعتور||Daatour|Town in Latakia Governorate, Syria|
L jabal-al-akrad|جبل الأكراد||Jabal al-Akrad|Mountain region in Latakia Governorate, Syria|
L jabal-al-turkman|جبل التركمان||Jabal al-Turkman|Mountain region in Latakia Governorate, Syria|
L baniyas|بانياس||Baniyas|Town in Tartus Governorate, Syria|
L safita|صافيتا||Safita|Town in Tartus Governorate, Syria|
L al-dreikish|الدريكيش||Al-Dreikish|Town in Tartus Governorate, Syria|
L al-qadmus|القدموس||Al-Qadmus|Town in Tartus Governorate, Syria|
L arwad|أرواد|جزيرة أرواد|Arwad|Town in Tartus Governorate, Syria|
L yahmur|يحمور||Yahmur|Town in Tartus Governorate, Syria|
L ras-al-khashufah|رأس الخشوفة||Ras al-Khashufah|Town in Tartus Governorate, Syria|
L hamam-wasel|حمام واصل||Hamam Wasel|Town in Tartus Governorate, Syria|
L al-annazeh|العنازة||Al-Annazeh|Town in Tartus Governorate, Syria|
L douma|دوما||Douma|Town in Rif Dimashq Governorate, Syria|
L harasta|حرستا||Harasta|Town in Rif Dimashq Governorate, Syria|
L arbin|عربين||Arbin|Town in Rif Dimashq Governorate, Syria|
L zamalka|زملكا||Zamalka|Town in Rif Dimashq Governorate, Syria|
L ain-tarma|عين ترما||Ain Tarma|Town in Rif Dimashq Governorate, Syria|
L kafr-batna|كفر بطنا||Kafr Batna|Town in Rif Dimashq Governorate, Syria|
L saqba|سقبا||Saqba|Town in Rif Dimashq Governorate, Syria|
L hamouriyah|حمورية||Hamouriyah|Town in Rif Dimashq Governorate, Syria|
L misraba|مسرابا||Misraba|Town in Rif Dimashq Governorate, Syria|
L al-nashabiyah|النشابية||Al-Nashabiyah|Town in Rif Dimashq Governorate, Syria|
L jaramana|جرمانا||Jaramana|Town in Rif Dimashq Governorate, Syria|
L babbila|ببيلا||Babbila|Town in Rif Dimashq Governorate, Syria|
L yalda|يلدا||Yalda|Town in Rif Dimashq Governorate, Syria|
L beit-sahm|بيت سحم||Beit Sahm|Town in Rif Dimashq Governorate, Syria|
L daraya|داريا||Daraya|Town in Rif Dimashq Governorate, Syria|
L moadamiyat-al-sham|معضمية الشام|المعضمية|Moadamiyat al-Sham|Town in Rif Dimashq Governorate, Syria|
L qudsaya|قدسيا||Qudsaya|Town in Rif Dimashq Governorate, Syria|
L ain-al-fijah|عين الفيجة||Ain al-Fijah|Town in Rif Dimashq Governorate, Syria|
L zabadani|الزبداني||Zabadani|Town in Rif Dimashq Governorate, Syria|
L madaya|مضايا||Madaya|Town in Rif Dimashq Governorate, Syria|
L bloudan|بلودان||Bloudan|Town in Rif Dimashq Governorate, Syria|
L serghaya|سرغايا||Serghaya|Town in Rif Dimashq Governorate, Syria|
L yabroud|يبرود||Yabroud|Town in Rif Dimashq Governorate, Syria|
L al-nabek|النبك||Al-Nabek|Town in Rif Dimashq Governorate, Syria|
L deir-atiyah|دير عطية||Deir Atiyah|Town in Rif Dimashq Governorate, Syria|
L rankous|رنكوس||Rankous|Town in Rif Dimashq Governorate, Syria|
L saydnaya|صيدنايا||Saydnaya|Town in Rif Dimashq Governorate, Syria|
L maaloula|معلولا||Maaloula|Town in Rif Dimashq Governorate, Syria|
L al-ruhaybah|الرحيبة||Al-Ruhaybah|Town in Rif Dimashq Governorate, Syria|
L jayrud|جيرود||Jayrud|Town in Rif Dimashq Governorate, Syria|
L al-qutayfah|القطيفة||Al-Qutayfah|Town in Rif Dimashq Governorate, Syria|
L adra|عدرا||Adra|Town in Rif Dimashq Governorate, Syria|
L qatana|قطنا||Qatana|Town in Rif Dimashq Governorate, Syria|
L beit-jinn|بيت جن||Beit Jinn|Town in Rif Dimashq Governorate, Syria|
L sasa|سعسع||Sa'sa'|Town in Rif Dimashq Governorate, Syria|
L yafour|يعفور||Yafour|Town in Rif Dimashq Governorate, Syria|
L al-dimas|الديماس||Al-Dimas|Town in Rif Dimashq Governorate, Syria|
L kanaker|كناكر||Kanaker|Town in Rif Dimashq Governorate, Syria|
L khan-al-shih|خان الشيح||Khan al-Shih|Town in Rif Dimashq Governorate, Syria|
L assal-al-ward|عسال الورد||Assal al-Ward|Town in Rif Dimashq Governorate, Syria|
L flita|فليطة||Flita|Town in Rif Dimashq Governorate, Syria|
L sahnaya|صحنايا||Sahnaya|Town in Rif Dimashq Governorate, Syria|
L ashrafiyat-sahnaya|أشرفية صحنايا||Ashrafiyat Sahnaya|Town in Rif Dimashq Governorate, Syria|
L jdaidet-artouz|جديدة عرطوز||Jdaidet Artouz|Town in Rif Dimashq Governorate, Syria|
L artouz|عرطوز||Artouz|Town in Rif Dimashq Governorate, Syria|
L deir-al-asafir|دير العصافير||Deir al-Asafir|Town in Rif Dimashq Governorate, Syria|
L zibdin|زبدين||Zibdin|Town in Rif Dimashq Governorate, Syria|
L kafr-yabous|كفر يابوس||Kafr Yabous|Town in Rif Dimashq Governorate, Syria|
L otaybah|العتيبة||Otaybah|Town in Rif Dimashq Governorate, Syria|
L hosh-al-dawahra|حوش الضواهرة||Hosh al-Dawahra|Town in Rif Dimashq Governorate, Syria|
L jamraya|جمرايا||Jamraya|Town in Rif Dimashq Governorate, Syria|
L beit-tima|بيت تيما||Beit Tima|Town in Rif Dimashq Governorate, Syria|
L hafeer-al-fawqa|حفير الفوقا||Hafeer al-Fawqa|Town in Rif Dimashq Governorate, Syria|
L al-jarajir|الجراجير||Al-Jarajir|Town in Rif Dimashq Governorate, Syria|
L jdeidet-yabous|جديدة يابوس||Jdeidet Yabous|Border crossing in Rif Dimashq Governorate, Syria|
L ghouta|الغوطة||Ghouta|Region around Damascus, Syria|
L eastern-ghouta|الغوطة الشرقية||Eastern Ghouta|Region east of Damascus, Syria|
L western-ghouta|الغوطة الغربية||Western Ghouta|Region west of Damascus, Syria|
L qalamoun|القلمون||Qalamoun|Mountain region in Rif Dimashq Governorate, Syria|
L wadi-barada|وادي بردى||Wadi Barada|Valley in Rif Dimashq Governorate, Syria|
L mount-hermon|جبل الشيخ||Mount Hermon|Mountain on the border of Syria, Lebanon and the Golan Heights|
L yarmouk-camp|مخيم اليرموك||Yarmouk Camp|Refugee camp in Damascus, Syria|
L khan-eshieh-camp|مخيم خان الشيح||Khan Eshieh Camp|Refugee camp in Damascus, Syria|
L jaramana-camp|مخيم جرمانا||Jaramana Camp|Refugee camp in Damascus, Syria|
L sbeineh-camp|مخيم السبينة||Sbeineh Camp|Refugee camp in Damascus, Syria|
L mezzeh|المزة||Mezzeh|Quarter of Damascus, Syria|
L kafr-sousa|كفر سوسة||Kafr Sousa|Quarter of Damascus, Syria|
L rukn-al-din|ركن الدين||Rukn al-Din|Quarter of Damascus, Syria|
L bab-touma|باب توما||Bab Touma|Quarter of Damascus, Syria|
L bab-sharqi|باب شرقي||Bab Sharqi|Quarter of Damascus, Syria|
L al-qassa|القصاع||Al-Qassa'|Quarter of Damascus, Syria|
L al-shaghour|الشاغور||Al-Shaghour|Quarter of Damascus, Syria|
L saruja|ساروجة||Saruja|Quarter of Damascus, Syria|
L qaboun|القابون||Qaboun|Quarter of Damascus, Syria|
L barzeh|برزة||Barzeh|Quarter of Damascus, Syria|
L al-qaymariyya|القيمرية||Al-Qaymariyya|Quarter of Damascus, Syria|
L al-salihiyah|الصالحية||Al-Salihiyah|Quarter of Damascus, Syria|
L al-shaalan|الشعلان||Al-Shaalan|Quarter of Damascus, Syria|
L nahr-aisha|نهر عيشة||Nahr Aisha|Quarter of Damascus, Syria|
L al-duwailaa|الدويلعة||Al-Duwaila'a|Quarter of Damascus, Syria|
L ish-al-warwar|عش الورور||Ish al-Warwar|Quarter of Damascus, Syria|
L al-baramkeh|البرامكة||Al-Baramkeh|Quarter of Damascus, Syria|
L jobar|جوبر||Jobar|Quarter of Damascus, Syria|
L bab-musalla|باب مصلى||Bab Musalla|Quarter of Damascus, Syria|
L abu-rummaneh|أبو رمانة|أبي رمانة|Abu Rummaneh|Quarter of Damascus, Syria|
L mashrou-dummar|مشروع دمر||Mashrou Dummar|Quarter of Damascus, Syria|
L al-hamidiyah-souq|سوق الحميدية||Al-Hamidiyah Souq|Souq in Damascus, Syria|
L al-marjeh|ساحة المرجة||Al-Marjeh|Quarter of Damascus, Syria|
L umayyad-square|ساحة الأمويين||Umayyad Square|Square in Damascus, Syria|
L abbasiyyin-square|ساحة العباسيين||Abbasiyyin Square|Square in Damascus, Syria|
L qasioun|جبل قاسيون|قاسيون|Qasioun|Mountain overlooking Damascus, Syria|
L bab-al-jabiya|باب الجابية||Bab al-Jabiya|Quarter of Damascus, Syria|
L al-zahira|الزاهرة||Al-Zahira|Quarter of Damascus, Syria|
L masaken-barzeh|مساكن برزة||Masaken Barzeh|Quarter of Damascus, Syria|
L dahiyat-qudsaya|ضاحية قدسيا||Dahiyat Qudsaya|Quarter of Damascus, Syria|
L bosra|بصرى|بصرى الشام|Bosra|Town in Daraa Governorate, Syria|
L nawa|نوى||Nawa|Town in Daraa Governorate, Syria|
L inkhil|إنخل||Inkhil|Town in Daraa Governorate, Syria|
L al-sanamayn|الصنمين||Al-Sanamayn|Town in Daraa Governorate, Syria|
L izra|إزرع||Izra|Town in Daraa Governorate, Syria|
L tafas|طفس||Tafas|Town in Daraa Governorate, Syria|
L al-muzayrib|المزيريب||Al-Muzayrib|Town in Daraa Governorate, Syria|
L dael|داعل||Da'el|Town in Daraa Governorate, Syria|
L busra-al-harir|بصر الحرير||Busra al-Harir|Town in Daraa Governorate, Syria|
L khirbet-ghazaleh|خربة غزالة||Khirbet Ghazaleh|Town in Daraa Governorate, Syria|
L al-musayfirah|المسيفرة||Al-Musayfirah|Town in Daraa Governorate, Syria|
L tal-shihab|تل شهاب||Tal Shihab|Town in Daraa Governorate, Syria|
L sheikh-miskin|الشيخ مسكين||Sheikh Miskin|Town in Daraa Governorate, Syria|
L umm-al-mayadhin|أم المياذن||Umm al-Mayadhin|Town in Daraa Governorate, Syria|
L daraa-al-balad|درعا البلد||Daraa al-Balad|Town in Daraa Governorate, Syria|
L al-yadudah|اليادودة||Al-Yadudah|Town in Daraa Governorate, Syria|
L al-karak-al-sharqi|الكرك الشرقي||Al-Karak al-Sharqi|Town in Daraa Governorate, Syria|
L nasib|معبر نصيب|معبر جابر نصيب|Nasib|Town in Daraa Governorate, Syria|
L ghabaghib|غباغب||Ghabaghib|Town in Daraa Governorate, Syria|
L ibta|ابطع||Ibta'|Town in Daraa Governorate, Syria|
L hayt|حيط||Hayt|Town in Daraa Governorate, Syria|
L al-ghariya-al-gharbiya|الغارية الغربية||Al-Ghariya al-Gharbiya|Town in Daraa Governorate, Syria|
L al-ghariya-al-sharqiya|الغارية الشرقية||Al-Ghariya al-Sharqiya|Town in Daraa Governorate, Syria|
L kafr-shams|كفرشمس||Kafr Shams|Town in Daraa Governorate, Syria|
L atman|عتمان||Atman|Town in Daraa Governorate, Syria|
L hauran|حوران||Hauran|Region of southern Syria|
L lajat|اللجاة||Lajat|Region of Daraa Governorate, Syria|
L yarmouk-basin|حوض اليرموك||Yarmouk Basin|Region of Daraa Governorate, Syria|
L khan-arnabah|خان أرنبة||Khan Arnabah|Town in Quneitra Governorate, Syria|
L jubata-al-khashab|جباتا الخشب||Jubata al-Khashab|Town in Quneitra Governorate, Syria|
L al-baath-city|مدينة البعث||Al-Baath City|Town in Quneitra Governorate, Syria|
L al-rafid|الرفيد||Al-Rafid|Town in Quneitra Governorate, Syria|
L masharah|مسحرة||Masharah|Town in Quneitra Governorate, Syria|
L beer-ajam|بئر عجم||Beer Ajam|Town in Quneitra Governorate, Syria|
L shahba|شهبا||Shahba|Town in Suwayda Governorate, Syria|
L salkhad|صلخد||Salkhad|Town in Suwayda Governorate, Syria|
L al-qurayya|القريا||Al-Qurayya|Town in Suwayda Governorate, Syria|
L thaala|الثعلة||Thaala|Town in Suwayda Governorate, Syria|
L dhibin|ذيبين||Dhibin|Town in Suwayda Governorate, Syria|
L sahwat-al-balata|صهوة بلاطة||Sahwat al-Balata|Town in Suwayda Governorate, Syria|
L umm-al-zaytun|أم الزيتون||Umm al-Zaytun|Town in Suwayda Governorate, Syria|
L al-bukamal|البوكمال|أبو كمال;أبي كمال|Al-Bukamal|Town in Deir ez-Zor Governorate, Syria|
L al-ashara|العشارة||Al-Ashara|Town in Deir ez-Zor Governorate, Syria|
L al-baghuz|الباغوز||Al-Baghuz|Town in Deir ez-Zor Governorate, Syria|
L muhasan|موحسن||Muhasan|Town in Deir ez-Zor Governorate, Syria|
L khasham|خشام||Khasham|Town in Deir ez-Zor Governorate, Syria|
L al-shuhayl|الشحيل||Al-Shuhayl|Town in Deir ez-Zor Governorate, Syria|
L gharanij|غرانيج||Gharanij|Town in Deir ez-Zor Governorate, Syria|
L dhiban|ذيبان||Dhiban|Town in Deir ez-Zor Governorate, Syria|
L al-tayana|الطيانة||Al-Tayana|Town in Deir ez-Zor Governorate, Syria|
L al-kishkiyah|الكشكية||Al-Kishkiyah|Town in Deir ez-Zor Governorate, Syria|
L al-quriyah|القورية||Al-Quriyah|Town in Deir ez-Zor Governorate, Syria|
L al-sabha|الصبحة||Al-Sabha|Town in Deir ez-Zor Governorate, Syria|
L hawijat-saqr|حويجة صكر||Hawijat Saqr|Town in Deir ez-Zor Governorate, Syria|
L abu-hamam|أبو حمام|أبي حمام|Abu Hamam|Town in Deir ez-Zor Governorate, Syria|
L al-omar-oil-field|حقل العمر||Al-Omar Oil Field|Oil field in Deir ez-Zor Governorate, Syria|
L conoco-gas-field|حقل كونيكو||Conoco Gas Field|Gas field in Deir ez-Zor Governorate, Syria|
L tell-abyad|تل أبيض||Tell Abyad|Town in Raqqa Governorate, Syria|
L ain-issa|عين عيسى||Ain Issa|Town in Raqqa Governorate, Syria|
L al-jurniyah|الجرنية||Al-Jurniyah|Town in Raqqa Governorate, Syria|
L hazima|حزيمة||Hazima|Town in Raqqa Governorate, Syria|
L ratla|رطلة||Ratla|Town in Raqqa Governorate, Syria|
L tabqa-dam|سد الطبقة|سد الفرات|Tabqa Dam|Dam in Raqqa Governorate, Syria|
L tishrin-dam|سد تشرين||Tishrin Dam|Dam in Aleppo Governorate, Syria|
L ras-al-ayn|رأس العين|سري كانيه|Ras al-Ayn|Town in Hasakah Governorate, Syria|
L derik|ديريك|ديرك|Derik|Town in Hasakah Governorate, Syria|
L amuda|عامودا||Amuda|Town in Hasakah Governorate, Syria|
L al-darbasiyah|الدرباسية||Al-Darbasiyah|Town in Hasakah Governorate, Syria|
L al-qahtaniyah|القحطانية||Al-Qahtaniyah|Town in Hasakah Governorate, Syria|
L tell-tamer|تل تمر||Tell Tamer|Town in Hasakah Governorate, Syria|
L al-shaddadi|الشدادي|الشدادة|Al-Shaddadi|Town in Hasakah Governorate, Syria|
L markada|مركدة||Markada|Town in Hasakah Governorate, Syria|
L tell-hamis|تل حميس||Tell Hamis|Town in Hasakah Governorate, Syria|
L al-yarubiyah|اليعربية||Al-Yarubiyah|Town in Hasakah Governorate, Syria|
L al-jawadiyah|الجوادية||Al-Jawadiyah|Town in Hasakah Governorate, Syria|
L tell-brak|تل براك||Tell Brak|Town in Hasakah Governorate, Syria|
L rmelan|رميلان||Rmelan|Town in Hasakah Governorate, Syria|
L abu-rasin|أبو راسين|أبي راسين|Abu Rasin|Town in Hasakah Governorate, Syria|
L zarkan|زركان||Zarkan|Town in Hasakah Governorate, Syria|
L al-hol-camp|مخيم الهول||Al-Hol Camp|Displacement camp in Hasakah Governorate, Syria|
L roj-camp|مخيم روج||Roj Camp|Displacement camp in Hasakah Governorate, Syria|
L semalka|معبر سيمالكا|سيمالكا|Semalka|Border crossing in Hasakah Governorate, Syria|
L tell-kocher|تل كوجر||Tell Kocher|Town in Hasakah Governorate, Syria|
L al-arishah|العريشة||Al-Arishah|Town in Hasakah Governorate, Syria|
L al-manajir|المناجير||Al-Manajir|Town in Hasakah Governorate, Syria|
L ghuwayran|غويران|حي غويران|Ghuwayran|Quarter of Hasakah, Syria|
L syrian-jazira|الجزيرة السورية||Syrian Jazira|Region of north-eastern Syria|
L syrian-desert|البادية السورية||Syrian Desert|Desert region of Syria|
L karrada|الكرادة||Karrada|Quarter of Baghdad, Iraq|
L adhamiyah|الأعظمية||Adhamiyah|Quarter of Baghdad, Iraq|
L kadhimiya|الكاظمية||Kadhimiya|Quarter of Baghdad, Iraq|
L al-bayaa|البياع||Al-Bayaa|Quarter of Baghdad, Iraq|
L ghazaliya|الغزالية||Ghazaliya|Quarter of Baghdad, Iraq|
L al-amiriya|العامرية||Al-Amiriya|Quarter of Baghdad, Iraq|
L yarmouk|اليرموك||Yarmouk|Quarter of Baghdad, Iraq|
L zayouna|زيونة||Zayouna|Quarter of Baghdad, Iraq|
L new-baghdad|بغداد الجديدة||New Baghdad|Quarter of Baghdad, Iraq|
L zafraniya|الزعفرانية||Zafraniya|Quarter of Baghdad, Iraq|
L jadriya|الجادرية||Jadriya|Quarter of Baghdad, Iraq|
L arasat|العرصات||Arasat|Quarter of Baghdad, Iraq|
L karkh|الكرخ||Karkh|Quarter of Baghdad, Iraq|
L rusafa|الرصافة||Rusafa|Quarter of Baghdad, Iraq|
L bab-al-muadham|باب المعظم||Bab al-Muadham|Quarter of Baghdad, Iraq|
L allawi|العلاوي||Allawi|Quarter of Baghdad, Iraq|
L waziriya|الوزيرية||Waziriya|Quarter of Baghdad, Iraq|
L bataween|البتاوين||Bataween|Quarter of Baghdad, Iraq|
L shorja|الشورجة||Shorja|Quarter of Baghdad, Iraq|
L talbiya|الطالبية||Talbiya|Quarter of Baghdad, Iraq|
L habibiya|الحبيبية||Habibiya|Quarter of Baghdad, Iraq|
L saydiya|السيدية||Saydiya|Quarter of Baghdad, Iraq|
L washash|الوشاش||Washash|Quarter of Baghdad, Iraq|
L sulaikh|الصليخ||Sulaikh|Quarter of Baghdad, Iraq|
L utaifiya|العطيفية||Utaifiya|Quarter of Baghdad, Iraq|
L shalchiya|الشالجية||Shalchiya|Quarter of Baghdad, Iraq|
L green-zone|المنطقة الخضراء||Green Zone|Quarter of Baghdad, Iraq|
L radwaniya|الرضوانية||Radwaniya|Quarter of Baghdad, Iraq|
L abu-nuwas-street|شارع أبو نواس||Abu Nuwas Street|Street in Baghdad, Iraq|
L tahrir-square|ساحة التحرير||Tahrir Square|Square in Baghdad, Iraq|
L rashid-street|شارع الرشيد||Rashid Street|Street in Baghdad, Iraq|
L mutanabbi-street|شارع المتنبي||Mutanabbi Street|Street in Baghdad, Iraq|
L taji|التاجي||Taji|Town in Baghdad Governorate, Iraq|
L abu-ghraib|أبو غريب|أبي غريب|Abu Ghraib|Town in Baghdad Governorate, Iraq|
L tarmiyah|الطارمية||Tarmiyah|Town in Baghdad Governorate, Iraq|
L yusufiyah|اليوسفية||Yusufiyah|Town in Baghdad Governorate, Iraq|
L latifiyah|اللطيفية||Latifiyah|Town in Baghdad Governorate, Iraq|
L al-madain|المدائن||Al-Mada'in|Town in Baghdad Governorate, Iraq|
L nahrawan|النهروان||Nahrawan|Town in Baghdad Governorate, Iraq|
L rashidiya|الراشدية||Rashidiya|Town in Baghdad Governorate, Iraq|
L arab-jabour|عرب جبور||Arab Jabour|Town in Baghdad Governorate, Iraq|
L hor-rajab|هور رجب||Hor Rajab|Town in Baghdad Governorate, Iraq|
L abu-al-khasib|أبو الخصيب|أبي الخصيب|Abu al-Khasib|Town in Basra Governorate, Iraq|
L al-haritha|الهارثة||Al-Haritha|Town in Basra Governorate, Iraq|
L safwan|سفوان||Safwan|Town in Basra Governorate, Iraq|
L umm-qasr|أم قصر||Umm Qasr|Town in Basra Governorate, Iraq|
L tannuma|التنومة||Tannuma|Town in Basra Governorate, Iraq|
L ashar|العشار||Ashar|Town in Basra Governorate, Iraq|
L khor-al-zubair|خور الزبير||Khor al-Zubair|Town in Basra Governorate, Iraq|
L shuaiba|الشعيبة||Shuaiba|Town in Basra Governorate, Iraq|
L karmat-ali|كرمة علي||Karmat Ali|Town in Basra Governorate, Iraq|
L shatt-al-arab|شط العرب||Shatt al-Arab|River in southern Iraq|
L rumaila-oil-field|حقل الرميلة|الرميلة|Rumaila Oil Field|Oil field in Basra Governorate, Iraq|
L majnoon-oil-field|حقل مجنون||Majnoon Oil Field|Oil field in Basra Governorate, Iraq|
L west-qurna-oil-field|حقل غرب القرنة|غرب القرنة|West Qurna Oil Field|Oil field in Basra Governorate, Iraq|
L zubair-oil-field|حقل الزبير||Zubair Oil Field|Oil field in Basra Governorate, Iraq|
L shalamcheh|الشلامجة|شلمجة;منفذ الشلامجة;منفذ شلمجة|Shalamcheh|Border crossing between Basra Governorate, Iraq, and Khuzestan, Iran|
L tal-afar|تلعفر|تل عفر|Tal Afar|Town in Nineveh Governorate, Iraq|
L sinjar|سنجار||Sinjar|Town in Nineveh Governorate, Iraq|
L qaraqosh|قرقوش|بخديدا|Qaraqosh|Town in Nineveh Governorate, Iraq|
L bashiqa|بعشيقة||Bashiqa|Town in Nineveh Governorate, Iraq|
L bartella|برطلة||Bartella|Town in Nineveh Governorate, Iraq|
L tel-keppe|تلكيف|تل كيف|Tel Keppe|Town in Nineveh Governorate, Iraq|
L qayyarah|القيارة||Qayyarah|Town in Nineveh Governorate, Iraq|
L hammam-al-alil|حمام العليل||Hammam al-Alil|Town in Nineveh Governorate, Iraq|
L al-shura|الشورة||Al-Shura|Town in Nineveh Governorate, Iraq|
L al-baaj|البعاج||Al-Ba'aj|Town in Nineveh Governorate, Iraq|
L zummar|زمار||Zummar|Town in Nineveh Governorate, Iraq|
L sinuni|سنوني||Sinuni|Town in Nineveh Governorate, Iraq|
L badush|بادوش||Badush|Town in Nineveh Governorate, Iraq|
L tel-esqof|تل أسقف|تللسقف|Tel Esqof|Town in Nineveh Governorate, Iraq|
L alqosh|ألقوش||Alqosh|Town in Nineveh Governorate, Iraq|
L lalish|لالش||Lalish|Town in Nineveh Governorate, Iraq|
L muhalabiya|المحلبية||Muhalabiya|Town in Nineveh Governorate, Iraq|
L khanasor|خانصور||Khanasor|Town in Nineveh Governorate, Iraq|
L makhmour-camp|مخيم مخمور||Makhmour Camp|Refugee camp in Nineveh Governorate, Iraq|
L ain-sifni|عين سفني||Ain Sifni|Town in Nineveh Governorate, Iraq|
L mosul-dam|سد الموصل||Mosul Dam|Dam in Nineveh Governorate, Iraq|
L nineveh-plains|سهل نينوى||Nineveh Plains|Region of Nineveh Governorate, Iraq|
L mount-sinjar|جبل سنجار||Mount Sinjar|Mountain in Nineveh Governorate, Iraq|
L zanjili|الزنجيلي||Zanjili|Quarter of Mosul, Iraq|
L bab-al-tob|باب الطوب||Bab al-Tob|Quarter of Mosul, Iraq|
L dawasa|الدواسة||Dawasa|Quarter of Mosul, Iraq|
L soran|سوران||Soran|Town in Erbil Governorate, Iraq|
L shaqlawa|شقلاوة||Shaqlawa|Town in Erbil Governorate, Iraq|
L koya|كويسنجق|كويه|Koya|Town in Erbil Governorate, Iraq|
L khabat|خبات||Khabat|Town in Erbil Governorate, Iraq|
L ankawa|عنكاوة||Ankawa|Town in Erbil Governorate, Iraq|
L rawanduz|راوندوز||Rawanduz|Town in Erbil Governorate, Iraq|
L mergasur|ميركسور||Mergasur|Town in Erbil Governorate, Iraq|
L choman|جومان||Choman|Town in Erbil Governorate, Iraq|
L sidakan|سيدكان||Sidakan|Town in Erbil Governorate, Iraq|
L bnaslawa|بنصلاوة||Bnaslawa|Town in Erbil Governorate, Iraq|
L qushtapa|قوشتبة||Qushtapa|Town in Erbil Governorate, Iraq|
L gwer|كوير||Gwer|Town in Erbil Governorate, Iraq|
L khalifan|خليفان||Khalifan|Town in Erbil Governorate, Iraq|
L barzan|بارزان||Barzan|Town in Erbil Governorate, Iraq|
L daratu|داراتو||Daratu|Town in Erbil Governorate, Iraq|
L halabja|حلبجة||Halabja|Town in Sulaymaniyah Governorate, Iraq|
L ranya|رانية||Ranya|Town in Sulaymaniyah Governorate, Iraq|
L qaladiza|قلعة دزة||Qaladiza|Town in Sulaymaniyah Governorate, Iraq|
L penjwen|بنجوين||Penjwen|Town in Sulaymaniyah Governorate, Iraq|
L dukan|دوكان||Dukan|Town in Sulaymaniyah Governorate, Iraq|
L darbandikhan|دربندخان||Darbandikhan|Town in Sulaymaniyah Governorate, Iraq|
L chamchamal|جمجمال||Chamchamal|Town in Sulaymaniyah Governorate, Iraq|
L kalar|كلار||Kalar|Town in Sulaymaniyah Governorate, Iraq|
L kifri|كفري||Kifri|Town in Sulaymaniyah Governorate, Iraq|
L said-sadiq|سيد صادق||Said Sadiq|Town in Sulaymaniyah Governorate, Iraq|
L khurmal|خورمال||Khurmal|Town in Sulaymaniyah Governorate, Iraq|
L sharazur|شهرزور||Sharazur|Town in Sulaymaniyah Governorate, Iraq|
L bazian|بازيان||Bazian|Town in Sulaymaniyah Governorate, Iraq|
L arbat|عربت||Arbat|Town in Sulaymaniyah Governorate, Iraq|
L qaradagh|قره داغ||Qaradagh|Town in Sulaymaniyah Governorate, Iraq|
L chwarta|جوارتا||Chwarta|Town in Sulaymaniyah Governorate, Iraq|
L pishdar|بشدر||Pishdar|Town in Sulaymaniyah Governorate, Iraq|
L bakrajo|بكرجو||Bakrajo|Town in Sulaymaniyah Governorate, Iraq|
L qandil-mountains|جبال قنديل||Qandil Mountains|Mountain range on the Iraq–Iran border|
L hamrin-mountains|جبال حمرين|حمرين|Hamrin Mountains|Mountain range in Iraq|
L hamrin-lake|بحيرة حمرين||Hamrin Lake|Lake in Diyala Governorate, Iraq|
L zakho|زاخو||Zakho|Town in Duhok Governorate, Iraq|
L amadiya|العمادية|آميدي;ئاميدي|Amadiya|Town in Duhok Governorate, Iraq|
L semel|سميل||Semel|Town in Duhok Governorate, Iraq|
L akre|عقرة||Akre|Town in Duhok Governorate, Iraq|
L sarsing|سرسنك||Sarsing|Town in Duhok Governorate, Iraq|
L batifa|باطوفة||Batifa|Town in Duhok Governorate, Iraq|
L sheladze|شيلادزي||Sheladze|Town in Duhok Governorate, Iraq|
L bardarash|بردرش||Bardarash|Town in Duhok Governorate, Iraq|
L bamarni|بامرني||Bamarni|Town in Duhok Governorate, Iraq|
L kani-masi|كاني ماسي||Kani Masi|Town in Duhok Governorate, Iraq|
L fishkhabour|فيشخابور||Fishkhabour|Town in Duhok Governorate, Iraq|
L zawita|زاويتة||Zawita|Town in Duhok Governorate, Iraq|
L sharya|شاريا||Sharya|Town in Duhok Governorate, Iraq|
L khanke|خانكي||Khanke|Town in Duhok Governorate, Iraq|
L ibrahim-khalil|معبر إبراهيم الخليل||Ibrahim Khalil|Border crossing in Duhok Governorate, Iraq|
L hawija|الحويجة||Hawija|Town in Kirkuk Governorate, Iraq|
L daquq|داقوق||Daquq|Town in Kirkuk Governorate, Iraq|
L laylan|ليلان||Laylan|Town in Kirkuk Governorate, Iraq|
L altun-kupri|التون كوبري||Altun Kupri|Town in Kirkuk Governorate, Iraq|
L yayci|يايجي||Yayci|Town in Kirkuk Governorate, Iraq|
L rahimawa|رحيم آوه||Rahimawa|Town in Kirkuk Governorate, Iraq|
L bai-hassan-oil-field|حقل باي حسن||Bai Hassan Oil Field|Oil field in Kirkuk Governorate, Iraq|
L tikrit|تكريت||Tikrit|Town in Saladin Governorate, Iraq|
L samarra|سامراء||Samarra|Town in Saladin Governorate, Iraq|
L baiji|بيجي||Baiji|Town in Saladin Governorate, Iraq|
L shirqat|الشرقاط||Shirqat|Town in Saladin Governorate, Iraq|
L dujail|الدجيل||Dujail|Town in Saladin Governorate, Iraq|
L ishaqi|الإسحاقي||Ishaqi|Town in Saladin Governorate, Iraq|
L dhuluiya|الضلوعية||Dhuluiya|Town in Saladin Governorate, Iraq|
L tuz-khurmatu|طوزخورماتو|طوز خورماتو;الطوز|Tuz Khurmatu|Town in Saladin Governorate, Iraq|
L amirli|آمرلي||Amirli|Town in Saladin Governorate, Iraq|
L suleiman-bek|سليمان بيك||Suleiman Bek|Town in Saladin Governorate, Iraq|
L al-awja|العوجة||Al-Awja|Town in Saladin Governorate, Iraq|
L mkeishifa|مكيشيفة||Mkeishifa|Town in Saladin Governorate, Iraq|
L mutaibija|مطيبيجة||Mutaibija|Town in Saladin Governorate, Iraq|
L camp-speicher|قاعدة سبايكر|سبايكر|Camp Speicher|Military base in Saladin Governorate, Iraq|
L ramadi|الرمادي||Ramadi|Town in Anbar Governorate, Iraq|
L hit|هيت||Hit|Town in Anbar Governorate, Iraq|
L rawa|راوة||Rawa|Town in Anbar Governorate, Iraq|
L habbaniyah|الحبانية||Habbaniyah|Town in Anbar Governorate, Iraq|
L amiriyat-al-fallujah|عامرية الفلوجة|عامرية الصمود|Amiriyat al-Fallujah|Town in Anbar Governorate, Iraq|
L saqlawiyah|الصقلاوية||Saqlawiyah|Town in Anbar Governorate, Iraq|
L nukhayb|النخيب||Nukhayb|Town in Anbar Governorate, Iraq|
L akashat|عكاشات||Akashat|Town in Anbar Governorate, Iraq|
L trebil|طريبيل||Trebil|Border crossing in Anbar Governorate, Iraq|
L kubaisa|كبيسة||Kubaisa|Town in Anbar Governorate, Iraq|
L husaybah|حصيبة||Husaybah|Town in Anbar Governorate, Iraq|
L ain-al-asad-air-base|عين الأسد|قاعدة عين الأسد|Ain al-Asad Air Base|Air base in Anbar Governorate, Iraq|
L barwana|بروانة||Barwana|Town in Anbar Governorate, Iraq|
L karabilah|الكرابلة||Karabilah|Town in Anbar Governorate, Iraq|
L al-walid-crossing|منفذ الوليد||Al-Walid crossing|Border crossing in Anbar Governorate, Iraq|
L al-qaim-crossing|منفذ القائم||Al-Qaim crossing|Border crossing in Anbar Governorate, Iraq|
L haditha-dam|سد حديثة||Haditha Dam|Dam in Anbar Governorate, Iraq|
L lake-tharthar|بحيرة الثرثار|الثرثار|Lake Tharthar|Lake in Iraq|
L lake-habbaniyah|بحيرة الحبانية||Lake Habbaniyah|Lake in Anbar Governorate, Iraq|
L baqubah|بعقوبة||Baqubah|Town in Diyala Governorate, Iraq|
L muqdadiyah|المقدادية||Muqdadiyah|Town in Diyala Governorate, Iraq|
L balad-ruz|بلدروز||Balad Ruz|Town in Diyala Governorate, Iraq|
L khanaqin|خانقين||Khanaqin|Town in Diyala Governorate, Iraq|
L jalawla|جلولاء||Jalawla|Town in Diyala Governorate, Iraq|
L bani-saad|بني سعد||Bani Saad|Town in Diyala Governorate, Iraq|
L mansuriyah|المنصورية||Mansuriyah|Town in Diyala Governorate, Iraq|
L hibhib|هبهب||Hibhib|Town in Diyala Governorate, Iraq|
L qazaniyah|قزانية||Qazaniyah|Town in Diyala Governorate, Iraq|
L mandali|مندلي||Mandali|Town in Diyala Governorate, Iraq|
L buhriz|بهرز||Buhriz|Town in Diyala Governorate, Iraq|
L abu-saida|أبو صيدا|أبي صيدا|Abu Saida|Town in Diyala Governorate, Iraq|
L wajihiya|الوجيهية||Wajihiya|Town in Diyala Governorate, Iraq|
L huwaider|الهويدر||Huwaider|Town in Diyala Governorate, Iraq|
L qara-tapa|قره تبه||Qara Tapa|Town in Diyala Governorate, Iraq|
L mundhiriya|المنذرية||Mundhiriya|Border crossing in Diyala Governorate, Iraq|
L hillah|الحلة||Hillah|Town in Babil Governorate, Iraq|
L musayyib|المسيب||Musayyib|Town in Babil Governorate, Iraq|
L mahawil|المحاويل||Mahawil|Town in Babil Governorate, Iraq|
L jurf-al-sakhar|جرف الصخر|جرف النصر|Jurf al-Sakhar|Town in Babil Governorate, Iraq|
L madhatiya|المدحتية||Madhatiya|Town in Babil Governorate, Iraq|
L shomali|الشوملي||Shomali|Town in Babil Governorate, Iraq|
L hindiya-barrage|سدة الهندية||Hindiya Barrage|Barrage on the Euphrates, Iraq|
L abu-gharaq|أبو غرق|أبي غرق|Abu Gharaq|Town in Babil Governorate, Iraq|
L ain-al-tamr|عين التمر||Ain al-Tamr|Town in Karbala Governorate, Iraq|
L tuwairij|طويريج||Tuwairij|Town in Karbala Governorate, Iraq|
L lake-razzaza|بحيرة الرزازة|الرزازة|Lake Razzaza|Lake in Iraq|
L kufa|الكوفة||Kufa|Town in Najaf Governorate, Iraq|
L mishkhab|المشخاب||Mishkhab|Town in Najaf Governorate, Iraq|
L manathira|المناذرة||Manathira|Town in Najaf Governorate, Iraq|
L haydariya|الحيدرية||Haydariya|Town in Najaf Governorate, Iraq|
L kut|الكوت||Kut|Town in Wasit Governorate, Iraq|
L numaniyah|النعمانية||Numaniyah|Town in Wasit Governorate, Iraq|
L badra|بدرة||Badra|Town in Wasit Governorate, Iraq|
L jassan|جصان||Jassan|Town in Wasit Governorate, Iraq|
L zurbatiyah|زرباطية||Zurbatiyah|Town in Wasit Governorate, Iraq|
L shuhaimiya|الشحيمية||Shuhaimiya|Town in Wasit Governorate, Iraq|
L kut-dam|سدة الكوت||Kut Dam|Barrage in Wasit Governorate, Iraq|
L afak|عفك||Afak|Town in Al-Qadisiyyah Governorate, Iraq|
L daghara|الدغارة||Daghara|Town in Al-Qadisiyyah Governorate, Iraq|
L shinafiya|الشنافية||Shinafiya|Town in Al-Qadisiyyah Governorate, Iraq|
L ghammas|غماس||Ghammas|Town in Al-Qadisiyyah Governorate, Iraq|
L muhanawiya|المهناوية||Muhanawiya|Town in Al-Qadisiyyah Governorate, Iraq|
L samawah|السماوة||Samawah|Town in Muthanna Governorate, Iraq|
L rumaitha|الرميثة||Rumaitha|Town in Muthanna Governorate, Iraq|
L warka|الوركاء||Warka|Town in Muthanna Governorate, Iraq|
L nugrat-al-salman|نقرة السلمان||Nugrat al-Salman|Town in Muthanna Governorate, Iraq|
L busaya|بصية||Busaya|Town in Muthanna Governorate, Iraq|
L jumaima|جميمة||Jumaima|Border crossing in Muthanna Governorate, Iraq|
L nasiriyah|الناصرية||Nasiriyah|Town in Dhi Qar Governorate, Iraq|
L shatra|الشطرة||Shatra|Town in Dhi Qar Governorate, Iraq|
L suq-al-shuyukh|سوق الشيوخ||Suq al-Shuyukh|Town in Dhi Qar Governorate, Iraq|
L chibayish|الجبايش||Chibayish|Town in Dhi Qar Governorate, Iraq|
L qalat-sukkar|قلعة سكر||Qalat Sukkar|Town in Dhi Qar Governorate, Iraq|
L gharraf|الغراف||Gharraf|Town in Dhi Qar Governorate, Iraq|
L dawaya|الدواية||Dawaya|Town in Dhi Qar Governorate, Iraq|
L batha|البطحاء||Batha|Town in Dhi Qar Governorate, Iraq|
L sayyid-dakhil|سيد دخيل||Sayyid Dakhil|Town in Dhi Qar Governorate, Iraq|
L karmat-bani-said|كرمة بني سعيد||Karmat Bani Said|Town in Dhi Qar Governorate, Iraq|
L ur|أور||Ur|Town in Dhi Qar Governorate, Iraq|
L hammar-marsh|هور الحمار||Hammar Marsh|Marsh in southern Iraq|
L ahwar-of-iraq|الأهوار العراقية||Ahwar of Iraq|Marshes of southern Iraq|
L majar-al-kabir|المجر الكبير||Majar al-Kabir|Town in Maysan Governorate, Iraq|
L qalat-salih|قلعة صالح||Qalat Salih|Town in Maysan Governorate, Iraq|
L kahla|الكحلاء||Kahla|Town in Maysan Governorate, Iraq|
L mashrah|المشرح||Mashrah|Town in Maysan Governorate, Iraq|
L al-shib|منفذ الشيب||Al-Shib|Border crossing in Maysan Governorate, Iraq|
L hawizeh-marsh|هور الحويزة||Hawizeh Marsh|Marsh on the Iraq–Iran border|
L achrafieh|الأشرفية||Achrafieh|Quarter of Beirut, Lebanon|
L ras-beirut|رأس بيروت||Ras Beirut|Quarter of Beirut, Lebanon|
L raouche|الروشة||Raouche|Quarter of Beirut, Lebanon|
L ramlet-al-baida|الرملة البيضاء||Ramlet al-Baida|Quarter of Beirut, Lebanon|
L basta|البسطة||Basta|Quarter of Beirut, Lebanon|
L bachoura|الباشورة||Bachoura|Quarter of Beirut, Lebanon|
L zuqaq-al-blat|زقاق البلاط||Zuqaq al-Blat|Quarter of Beirut, Lebanon|
L mousseitbeh|المصيطبة||Mousseitbeh|Quarter of Beirut, Lebanon|
L ain-al-mreisseh|عين المريسة||Ain al-Mreisseh|Quarter of Beirut, Lebanon|
L gemmayzeh|الجميزة||Gemmayzeh|Quarter of Beirut, Lebanon|
L mar-mikhael|مار مخايل||Mar Mikhael|Quarter of Beirut, Lebanon|
L karantina|الكرنتينا||Karantina|Quarter of Beirut, Lebanon|
L sodeco|السوديكو||Sodeco|Quarter of Beirut, Lebanon|
L bir-hassan|بئر حسن||Bir Hassan|Quarter of Beirut, Lebanon|
L hamra|شارع الحمرا||Hamra|Street and quarter of Beirut, Lebanon|
L clemenceau|كليمنصو||Clemenceau|Quarter of Beirut, Lebanon|
L ain-al-tineh|عين التينة||Ain al-Tineh|Quarter of Beirut, Lebanon|
L nejmeh-square|ساحة النجمة||Nejmeh Square|Square in Beirut, Lebanon|
L martyrs-square|ساحة الشهداء||Martyrs' Square|Square in Beirut, Lebanon|
L riad-al-solh-square|ساحة رياض الصلح||Riad al-Solh Square|Square in Beirut, Lebanon|
L mar-elias|مار الياس||Mar Elias|Quarter of Beirut, Lebanon|
L verdun|فردان||Verdun|Quarter of Beirut, Lebanon|
L koraytem|قريطم||Koraytem|Quarter of Beirut, Lebanon|
L tallet-al-khayyat|تلة الخياط||Tallet al-Khayyat|Quarter of Beirut, Lebanon|
L badaro|بدارو||Badaro|Quarter of Beirut, Lebanon|
L furn-al-chebbak|فرن الشباك||Furn al-Chebbak|Quarter of Beirut, Lebanon|
L khandaq-al-ghamiq|الخندق الغميق||Khandaq al-Ghamiq|Quarter of Beirut, Lebanon|
L wata-al-mousseitbeh|وطى المصيطبة||Wata al-Mousseitbeh|Quarter of Beirut, Lebanon|
L corniche-al-mazraa|كورنيش المزرعة||Corniche al-Mazraa|Quarter of Beirut, Lebanon|
L ras-al-nabaa|رأس النبع||Ras al-Nabaa|Quarter of Beirut, Lebanon|
L al-tayouneh|الطيونة||Al-Tayouneh|Quarter of Beirut, Lebanon|
L haret-hreik|حارة حريك||Haret Hreik|Quarter of the southern suburbs of Beirut, Lebanon|
L ghobeiry|الغبيري||Ghobeiry|Quarter of the southern suburbs of Beirut, Lebanon|
L chiyah|الشياح||Chiyah|Quarter of the southern suburbs of Beirut, Lebanon|
L burj-al-barajneh|برج البراجنة||Burj al-Barajneh|Quarter of the southern suburbs of Beirut, Lebanon|
L mreijeh|المريجة||Mreijeh|Quarter of the southern suburbs of Beirut, Lebanon|
L laylaki|الليلكي||Laylaki|Quarter of the southern suburbs of Beirut, Lebanon|
L hay-al-sellom|حي السلم||Hay al-Sellom|Quarter of the southern suburbs of Beirut, Lebanon|
L hay-madi|حي ماضي||Hay Madi|Quarter of the southern suburbs of Beirut, Lebanon|
L tahwitat-al-ghadir|تحويطة الغدير||Tahwitat al-Ghadir|Quarter of the southern suburbs of Beirut, Lebanon|
L choueifat|الشويفات||Choueifat|Quarter of the southern suburbs of Beirut, Lebanon|
L khaldeh|خلدة||Khaldeh|Quarter of the southern suburbs of Beirut, Lebanon|
L baabda|بعبدا||Baabda|Town in Mount Lebanon Governorate, Lebanon|
L jounieh|جونية||Jounieh|Town in Mount Lebanon Governorate, Lebanon|
L byblos|جبيل||Byblos|Town in Mount Lebanon Governorate, Lebanon|
L keserwan|كسروان||Keserwan|Town in Mount Lebanon Governorate, Lebanon|
L chouf|الشوف||Chouf|Town in Mount Lebanon Governorate, Lebanon|
L aramoun|عرمون||Aramoun|Town in Mount Lebanon Governorate, Lebanon|
L bchamoun|بشامون||Bchamoun|Town in Mount Lebanon Governorate, Lebanon|
L damour|الدامور||Damour|Town in Mount Lebanon Governorate, Lebanon|
L jiyeh|الجية||Jiyeh|Town in Mount Lebanon Governorate, Lebanon|
L barja|برجا||Barja|Town in Mount Lebanon Governorate, Lebanon|
L chehim|شحيم||Chehim|Town in Mount Lebanon Governorate, Lebanon|
L bhamdoun|بحمدون||Bhamdoun|Town in Mount Lebanon Governorate, Lebanon|
L sofar|صوفر||Sofar|Town in Mount Lebanon Governorate, Lebanon|
L hammana|حمانا||Hammana|Town in Mount Lebanon Governorate, Lebanon|
L sin-el-fil|سن الفيل||Sin el Fil|Town in Mount Lebanon Governorate, Lebanon|
L dekwaneh|الدكوانة||Dekwaneh|Town in Mount Lebanon Governorate, Lebanon|
L bourj-hammoud|برج حمود||Bourj Hammoud|Town in Mount Lebanon Governorate, Lebanon|
L zalqa|الزلقا||Zalqa|Town in Mount Lebanon Governorate, Lebanon|
L jal-el-dib|جل الديب||Jal el Dib|Town in Mount Lebanon Governorate, Lebanon|
L antelias|أنطلياس||Antelias|Town in Mount Lebanon Governorate, Lebanon|
L dbayeh|ضبية||Dbayeh|Town in Mount Lebanon Governorate, Lebanon|
L batroun|البترون||Batroun|Town in Mount Lebanon Governorate, Lebanon|
L amchit|عمشيت||Amchit|Town in Mount Lebanon Governorate, Lebanon|
L jeita|جعيتا||Jeita|Town in Mount Lebanon Governorate, Lebanon|
L zouk-mikael|ذوق مكايل||Zouk Mikael|Town in Mount Lebanon Governorate, Lebanon|
L zouk-mosbeh|ذوق مصبح||Zouk Mosbeh|Town in Mount Lebanon Governorate, Lebanon|
L bkerke|بكركي||Bkerke|Town in Mount Lebanon Governorate, Lebanon|
L faraya|فاريا||Faraya|Town in Mount Lebanon Governorate, Lebanon|
L kfardebian|كفردبيان||Kfardebian|Town in Mount Lebanon Governorate, Lebanon|
L bikfaya|بكفيا||Bikfaya|Town in Mount Lebanon Governorate, Lebanon|
L broummana|برمانا||Broummana|Town in Mount Lebanon Governorate, Lebanon|
L beit-mery|بيت مري||Beit Mery|Town in Mount Lebanon Governorate, Lebanon|
L dhour-el-choueir|ضهور الشوير||Dhour el Choueir|Town in Mount Lebanon Governorate, Lebanon|
L ain-zhalta|عين زحلتا||Ain Zhalta|Town in Mount Lebanon Governorate, Lebanon|
L beiteddine|بيت الدين||Beiteddine|Town in Mount Lebanon Governorate, Lebanon|
L deir-al-qamar|دير القمر||Deir al-Qamar|Town in Mount Lebanon Governorate, Lebanon|
L baakline|بعقلين||Baakline|Town in Mount Lebanon Governorate, Lebanon|
L souk-al-gharb|سوق الغرب||Souk al-Gharb|Town in Mount Lebanon Governorate, Lebanon|
L kayfoun|كيفون||Kayfoun|Town in Mount Lebanon Governorate, Lebanon|
L qmatiyeh|القماطية||Qmatiyeh|Town in Mount Lebanon Governorate, Lebanon|
L hazmieh|الحازمية||Hazmieh|Town in Mount Lebanon Governorate, Lebanon|
L yarzeh|اليرزة||Yarzeh|Town in Mount Lebanon Governorate, Lebanon|
L maarab|معراب||Maarab|Town in Mount Lebanon Governorate, Lebanon|
L kaslik|الكسليك||Kaslik|Town in Mount Lebanon Governorate, Lebanon|
L tabarja|طبرجا||Tabarja|Town in Mount Lebanon Governorate, Lebanon|
L ajaltoun|عجلتون||Ajaltoun|Town in Mount Lebanon Governorate, Lebanon|
L rayfoun|ريفون||Rayfoun|Town in Mount Lebanon Governorate, Lebanon|
L baskinta|بسكنتا||Baskinta|Town in Mount Lebanon Governorate, Lebanon|
L zahle|زحلة||Zahle|Town in Beqaa Governorate, Lebanon|
L dhour-abdine|ضهور عبدين||Dhour Abdine|Town in Mount Lebanon Governorate, Lebanon|
L kahaleh|الكحالة||Kahaleh|Town in Mount Lebanon Governorate, Lebanon|
L ain-dara|عين دارة||Ain Dara|Town in Mount Lebanon Governorate, Lebanon|
L abey|عبيه||Abey|Town in Mount Lebanon Governorate, Lebanon|
L bsous|بسوس||Bsous|Town in Mount Lebanon Governorate, Lebanon|
L majdal-maouch|مجدل معوش||Majdal Maouch|Town in Mount Lebanon Governorate, Lebanon|
L kfarmatta|كفرمتى||Kfarmatta|Town in Mount Lebanon Governorate, Lebanon|
L damour-river|نهر الدامور||Damour River|River in Mount Lebanon, Lebanon|
L naher-ibrahim|نهر إبراهيم||Naher Ibrahim|Town in Mount Lebanon Governorate, Lebanon|
L kfarshima|كفرشيما||Kfarshima|Town in Mount Lebanon Governorate, Lebanon|
L choueir|الشوير||Choueir|Town in Mount Lebanon Governorate, Lebanon|
L bteghrine|بتغرين||Bteghrine|Town in Mount Lebanon Governorate, Lebanon|
L tannourine|تنورين||Tannourine|Town in Mount Lebanon Governorate, Lebanon|
L hamat|حامات||Hamat|Town in Mount Lebanon Governorate, Lebanon|
L qartaba|قرطبا||Qartaba|Town in Mount Lebanon Governorate, Lebanon|
L laqlouq|اللقلوق||Laqlouq|Town in Mount Lebanon Governorate, Lebanon|
L jabal-amel|جبل عامل||Jabal Amel|Region of southern Lebanon|
L zgharta|زغرتا||Zgharta|Town in North Governorate, Lebanon|
L ehden|إهدن||Ehden|Town in North Governorate, Lebanon|
L danniyeh|الضنية||Danniyeh|Town in North Governorate, Lebanon|
L sir-al-danniyeh|سير الضنية||Sir al-Danniyeh|Town in North Governorate, Lebanon|
L bab-al-tabbaneh|باب التبانة|التبانة|Bab al-Tabbaneh|Quarter of Tripoli, Lebanon|
L jabal-mohsen|جبل محسن||Jabal Mohsen|Quarter of Tripoli, Lebanon|
L abi-samra|أبي سمرا||Abi Samra|Quarter of Tripoli, Lebanon|
L zahriyeh|الزاهرية||Zahriyeh|Quarter of Tripoli, Lebanon|
L beddawi|البداوي||Beddawi|Town in North Governorate, Lebanon|
L hasroun|حصرون||Hasroun|Town in North Governorate, Lebanon|
L kousba|كوسبا||Kousba|Town in North Governorate, Lebanon|
L amioun|أميون||Amioun|Town in North Governorate, Lebanon|
L bterram|بطرام||Bterram|Town in North Governorate, Lebanon|
L kfarhazir|كفرحزير||Kfarhazir|Town in North Governorate, Lebanon|
L bakhoun|بخعون||Bakhoun|Town in North Governorate, Lebanon|
L bqaa-safrin|بقاعصفرين||Bqaa Safrin|Town in North Governorate, Lebanon|
L cedars-of-god|غابة الأرز||Cedars of God|Forest in North Governorate, Lebanon|
L halba|حلبا||Halba|Town in Akkar Governorate, Lebanon|
L qobayat|القبيات||Qobayat|Town in Akkar Governorate, Lebanon|
L andqet|عندقت||Andqet|Town in Akkar Governorate, Lebanon|
L berqayel|برقايل||Berqayel|Town in Akkar Governorate, Lebanon|
L bebnine|ببنين||Bebnine|Town in Akkar Governorate, Lebanon|
L wadi-khaled|وادي خالد||Wadi Khaled|Town in Akkar Governorate, Lebanon|
L qlayaat|القليعات||Qlayaat|Town in Akkar Governorate, Lebanon|
L fnaydeq|فنيدق||Fnaydeq|Town in Akkar Governorate, Lebanon|
L mashta-hassan|مشتى حسن||Mashta Hassan|Town in Akkar Governorate, Lebanon|
L mashta-hammoud|مشتى حمود||Mashta Hammoud|Town in Akkar Governorate, Lebanon|
L kharibet-al-jundi|خربة الجندي||Kharibet al-Jundi|Town in Akkar Governorate, Lebanon|
L tal-abbas|تل عباس||Tal Abbas|Town in Akkar Governorate, Lebanon|
L akkar-al-atiqa|عكار العتيقة||Akkar al-Atiqa|Town in Akkar Governorate, Lebanon|
L kfartoun|كفرتون||Kfartoun|Town in Akkar Governorate, Lebanon|
L akkar-plain|سهل عكار||Akkar Plain|Plain in Akkar Governorate, Lebanon|
L tal-hayat|تل حياة||Tal Hayat|Town in Akkar Governorate, Lebanon|
L arida|معبر العريضة||Arida|Border crossing in Akkar Governorate, Lebanon|
L bqarzla|بقرزلا||Bqarzla|Town in Akkar Governorate, Lebanon|
L chtaura|شتورة||Chtaura|Town in Beqaa Governorate, Lebanon|
L qab-elias|قب الياس||Qab Elias|Town in Beqaa Governorate, Lebanon|
L bar-elias|بر الياس||Bar Elias|Town in Beqaa Governorate, Lebanon|
L joub-jannine|جب جنين||Joub Jannine|Town in Beqaa Governorate, Lebanon|
L saghbine|صغبين||Saghbine|Town in Beqaa Governorate, Lebanon|
L qaraoun|القرعون||Qaraoun|Town in Beqaa Governorate, Lebanon|
L mashghara|مشغرة||Mashghara|Town in Beqaa Governorate, Lebanon|
L sohmor|سحمر||Sohmor|Town in Beqaa Governorate, Lebanon|
L lebbaya|لبايا||Lebbaya|Town in Beqaa Governorate, Lebanon|
L kamed-al-lawz|كامد اللوز||Kamed al-Lawz|Town in Beqaa Governorate, Lebanon|
L sawiri|الصويري||Sawiri|Town in Beqaa Governorate, Lebanon|
L majdal-anjar|مجدل عنجر||Majdal Anjar|Town in Beqaa Governorate, Lebanon|
L anjar|عنجر||Anjar|Town in Beqaa Governorate, Lebanon|
L rayak|رياق||Rayak|Town in Beqaa Governorate, Lebanon|
L ferzol|الفرزل||Ferzol|Town in Beqaa Governorate, Lebanon|
L taalabaya|تعلبايا||Taalabaya|Town in Beqaa Governorate, Lebanon|
L saadnayel|سعدنايل||Saadnayel|Town in Beqaa Governorate, Lebanon|
L rashaya|راشيا||Rashaya|Town in Beqaa Governorate, Lebanon|
L kfar-zabad|كفرزبد||Kfar Zabad|Town in Beqaa Governorate, Lebanon|
L masnaa|معبر المصنع||Masnaa|Border crossing in Beqaa Governorate, Lebanon|
L west-beqaa|البقاع الغربي||West Beqaa|District of Beqaa Governorate, Lebanon|
L kherbet-qanafar|خربة قنافار||Kherbet Qanafar|Town in Beqaa Governorate, Lebanon|
L aitanit|عيتنيت||Aitanit|Town in Beqaa Governorate, Lebanon|
L dakweh|الدكوة||Dakweh|Town in Beqaa Governorate, Lebanon|
L qaraoun-lake|بحيرة القرعون||Qaraoun Lake|Reservoir in Beqaa Governorate, Lebanon|
L litani-river|نهر الليطاني|الليطاني|Litani River|River in Lebanon|
L hermel|الهرمل||Hermel|Town in Baalbek-Hermel Governorate, Lebanon|
L ras-baalbek|رأس بعلبك||Ras Baalbek|Town in Baalbek-Hermel Governorate, Lebanon|
L arsal|عرسال||Arsal|Town in Baalbek-Hermel Governorate, Lebanon|
L brital|بريتال||Brital|Town in Baalbek-Hermel Governorate, Lebanon|
L shmustar|شمسطار||Shmustar|Town in Baalbek-Hermel Governorate, Lebanon|
L douris|دورس||Douris|Town in Baalbek-Hermel Governorate, Lebanon|
L iaat|إيعات||Iaat|Town in Baalbek-Hermel Governorate, Lebanon|
L bednayel|بدنايل||Bednayel|Town in Baalbek-Hermel Governorate, Lebanon|
L tamnin|تمنين||Tamnin|Town in Baalbek-Hermel Governorate, Lebanon|
L taraya|طاريا||Taraya|Town in Baalbek-Hermel Governorate, Lebanon|
L younine|يونين||Younine|Town in Baalbek-Hermel Governorate, Lebanon|
L hortaala|حورتعلا||Hortaala|Town in Baalbek-Hermel Governorate, Lebanon|
L boudai|بوداي||Boudai|Town in Baalbek-Hermel Governorate, Lebanon|
L flawi|فلاوى||Flawi|Town in Baalbek-Hermel Governorate, Lebanon|
L chaat|شعت||Chaat|Town in Baalbek-Hermel Governorate, Lebanon|
L hosh-barada|حوش بردى||Hosh Barada|Town in Baalbek-Hermel Governorate, Lebanon|
L baalbek-citadel|قلعة بعلبك||Baalbek Citadel|Historic site in Baalbek, Lebanon|
L qusayr-crossing|معبر جوسية||Qusayr crossing|Border crossing in Baalbek-Hermel Governorate, Lebanon|
L mashari-al-qaa|مشاريع القاع||Mashari al-Qaa|Town in Baalbek-Hermel Governorate, Lebanon|
L kfardan|كفردان||Kfardan|Town in Baalbek-Hermel Governorate, Lebanon|
L ainata|عيناتا||Ainata|Town in Baalbek-Hermel Governorate, Lebanon|
L deir-al-ahmar|دير الأحمر||Deir al-Ahmar|Town in Baalbek-Hermel Governorate, Lebanon|
L chlifa|شليفا||Chlifa|Town in Baalbek-Hermel Governorate, Lebanon|
L jbab-al-homr|جباب الحمر||Jbab al-Homr|Town in Baalbek-Hermel Governorate, Lebanon|
L kfar-kila|كفر كلا||Kfar Kila|Town in South Governorate, Lebanon|
L aita-al-shaab|عيتا الشعب||Aita al-Shaab|Town in South Governorate, Lebanon|
L aitaroun|عيترون||Aitaroun|Town in South Governorate, Lebanon|
L naqoura|الناقورة||Naqoura|Town in South Governorate, Lebanon|
L maroun-al-ras|مارون الراس||Maroun al-Ras|Town in South Governorate, Lebanon|
L yaroun|يارون||Yaroun|Town in South Governorate, Lebanon|
L rmeish|رميش||Rmeish|Town in South Governorate, Lebanon|
L blida|بليدا||Blida|Town in South Governorate, Lebanon|
L mais-al-jabal|ميس الجبل||Mais al-Jabal|Town in South Governorate, Lebanon|
L houla|حولا||Houla|Town in South Governorate, Lebanon|
L markaba|مركبا||Markaba|Town in South Governorate, Lebanon|
L odaisseh|العديسة||Odaisseh|Town in South Governorate, Lebanon|
L kfarchouba|كفرشوبا||Kfarchouba|Town in South Governorate, Lebanon|
L shebaa|شبعا||Shebaa|Town in South Governorate, Lebanon|
L hebbariyeh|الهبارية||Hebbariyeh|Town in South Governorate, Lebanon|
L kfarhamam|كفرحمام||Kfarhamam|Town in South Governorate, Lebanon|
L ain-ebel|عين إبل||Ain Ebel|Town in South Governorate, Lebanon|
L debel|دبل||Debel|Town in South Governorate, Lebanon|
L qouzah|القوزح||Qouzah|Town in South Governorate, Lebanon|
L beit-lif|بيت ليف||Beit Lif|Town in South Governorate, Lebanon|
L tayr-harfa|طير حرفا||Tayr Harfa|Town in South Governorate, Lebanon|
L shihin|شيحين||Shihin|Town in South Governorate, Lebanon|
L dhayra|الضهيرة||Dhayra|Town in South Governorate, Lebanon|
L marwahin|مروحين||Marwahin|Town in South Governorate, Lebanon|
L alma-al-shaab|علما الشعب||Alma al-Shaab|Town in South Governorate, Lebanon|
L majdal-zoun|مجدل زون||Majdal Zoun|Town in South Governorate, Lebanon|
L zebqine|زبقين||Zebqine|Town in South Governorate, Lebanon|
L qana|قانا||Qana|Town in South Governorate, Lebanon|
L jwaya|جويا||Jwaya|Town in South Governorate, Lebanon|
L srifa|صريفا||Srifa|Town in South Governorate, Lebanon|
L deir-qanoun-al-nahr|دير قانون النهر||Deir Qanoun al-Nahr|Town in South Governorate, Lebanon|
L burj-al-shamali|برج الشمالي||Burj al-Shamali|Town in South Governorate, Lebanon|
L bazouriyeh|البازورية||Bazouriyeh|Town in South Governorate, Lebanon|
L tayr-debba|طيردبا||Tayr Debba|Town in South Governorate, Lebanon|
L shaitiyeh|الشعيتية||Shaitiyeh|Town in South Governorate, Lebanon|
L hanawiyeh|حناويه||Hanawiyeh|Town in South Governorate, Lebanon|
L aitit|عيتيت||Aitit|Town in South Governorate, Lebanon|
L bint-jbeil|بنت جبيل||Bint Jbeil|Town in South Governorate, Lebanon|
L ainata-lb|عيناثا||Ainata|Town in South Governorate, Lebanon|
L kounine|كونين||Kounine|Town in South Governorate, Lebanon|
L tiri|الطيري||Tiri|Town in South Governorate, Lebanon|
L haris|حاريص||Haris|Town in South Governorate, Lebanon|
L tebnine|تبنين||Tebnine|Town in South Governorate, Lebanon|
L baraachit|برعشيت||Baraachit|Town in South Governorate, Lebanon|
L chaqra|شقرا||Chaqra|Town in South Governorate, Lebanon|
L majdal-selm|مجدل سلم||Majdal Selm|Town in South Governorate, Lebanon|
L sawaneh|الصوانة||Sawaneh|Town in South Governorate, Lebanon|
L qabrikha|قبريخا||Qabrikha|Town in South Governorate, Lebanon|
L touline|تولين||Touline|Town in South Governorate, Lebanon|
L khirbet-selm|خربة سلم||Khirbet Selm|Town in South Governorate, Lebanon|
L deir-mimas|دير ميماس||Deir Mimas|Town in South Governorate, Lebanon|
L burj-al-muluk|برج الملوك||Burj al-Muluk|Town in South Governorate, Lebanon|
L ibl-al-saqi|إبل السقي||Ibl al-Saqi|Town in South Governorate, Lebanon|
L rashaya-al-fukhar|راشيا الفخار||Rashaya al-Fukhar|Town in South Governorate, Lebanon|
L shebaa-farms|مزارع شبعا||Shebaa Farms|Disputed area on the Lebanon–Golan border|
L kfarchouba-hills|تلال كفرشوبا||Kfarchouba Hills|Hills in South Lebanon|
L jezzine|جزين||Jezzine|Town in South Governorate, Lebanon|
L marjayoun|مرجعيون||Marjayoun|Town in South Governorate, Lebanon|
L hasbaya|حاصبيا||Hasbaya|Town in South Governorate, Lebanon|
L kfarakka|كفرعقا|كفر عقا|Kfarakka|Village in Koura, Lebanon|
L batroumine|بترومين||Batroumine|Village in Koura, Lebanon|
L bishmizzine|بشمزين||Bishmizzine|Village in Koura, Lebanon|
L zahrani|الزهراني||Zahrani|Town in South Governorate, Lebanon|
L anqoun|عنقون||Anqoun|Town in South Governorate, Lebanon|
L bisariyeh|البيسارية||Bisariyeh|Town in South Governorate, Lebanon|
L sarafand|الصرفند||Sarafand|Town in South Governorate, Lebanon|
L adloun|عدلون||Adloun|Town in South Governorate, Lebanon|
L ansariyeh|أنصارية||Ansariyeh|Town in South Governorate, Lebanon|
L zrariyeh|الزرارية||Zrariyeh|Town in South Governorate, Lebanon|
L saksakiyeh|السكسكية||Saksakiyeh|Town in South Governorate, Lebanon|
L kfar-melki|كفرملكي||Kfar Melki|Town in South Governorate, Lebanon|
L maaroub|معروب||Maaroub|Town in South Governorate, Lebanon|
L deir-kifa|دير كيفا||Deir Kifa|Town in South Governorate, Lebanon|
L wadi-al-hujeir|وادي الحجير||Wadi al-Hujeir|Valley in South Lebanon|
L kfar-tibnit|كفرتبنيت||Kfar Tibnit|Town in South Governorate, Lebanon|
L houmin-al-fawqa|حومين الفوقا||Houmin al-Fawqa|Town in South Governorate, Lebanon|
L ain-baal|عين بعال||Ain Baal|Town in South Governorate, Lebanon|
L tayr-filsay|طيرفلسيه||Tayr Filsay|Town in South Governorate, Lebanon|
L derdghaya|دردغيا||Derdghaya|Town in South Governorate, Lebanon|
L jbal-al-botm|جبال البطم||Jbal al-Botm|Town in South Governorate, Lebanon|
L labbouneh|اللبونة||Labbouneh|Town in South Governorate, Lebanon|
L ras-naqoura|رأس الناقورة||Ras Naqoura|Town in South Governorate, Lebanon|
L wadi-saluki|وادي السلوقي||Wadi Saluki|Valley in South Lebanon|
L kfar-roummane|كفررمان||Kfar Roummane|Town in Nabatieh Governorate, Lebanon|
L habbouch|حبوش||Habbouch|Town in Nabatieh Governorate, Lebanon|
L doueir|الدوير||Doueir|Town in Nabatieh Governorate, Lebanon|
L arnoun|أرنون||Arnoun|Town in Nabatieh Governorate, Lebanon|
L beaufort-castle|قلعة الشقيف||Beaufort Castle|Castle in Nabatieh Governorate, Lebanon|
L yohmor-al-shqif|يحمر الشقيف||Yohmor al-Shqif|Town in Nabatieh Governorate, Lebanon|
L zawtar|زوطر||Zawtar|Town in Nabatieh Governorate, Lebanon|
L zawtar-al-sharqiyeh|زوطر الشرقية||Zawtar al-Sharqiyeh|Town in Nabatieh Governorate, Lebanon|
L mayfadoun|ميفدون||Mayfadoun|Town in Nabatieh Governorate, Lebanon|
L deir-al-zahrani|دير الزهراني||Deir al-Zahrani|Town in Nabatieh Governorate, Lebanon|
L kfarsir|كفرصير||Kfarsir|Town in Nabatieh Governorate, Lebanon|
L adchit|عدشيت||Adchit|Town in Nabatieh Governorate, Lebanon|
L qsaybeh|القصيبة||Qsaybeh|Town in Nabatieh Governorate, Lebanon|
L harouf|حاروف||Harouf|Town in Nabatieh Governorate, Lebanon|
L jibchit|جبشيت||Jibchit|Town in Nabatieh Governorate, Lebanon|
L choukine|شوكين||Choukine|Town in Nabatieh Governorate, Lebanon|
L numayriyeh|النميرية||Numayriyeh|Town in Nabatieh Governorate, Lebanon|
L arab-salim|عربصاليم||Arab Salim|Town in Nabatieh Governorate, Lebanon|
L jarjouaa|جرجوع||Jarjouaa|Town in Nabatieh Governorate, Lebanon|
L kfarfila|كفرفيلا||Kfarfila|Town in Nabatieh Governorate, Lebanon|
L ain-qana|عين قانا||Ain Qana|Town in Nabatieh Governorate, Lebanon|
L jbaa|جباع||Jbaa|Town in Nabatieh Governorate, Lebanon|
L nabatieh-al-fawqa|النبطية الفوقا||Nabatieh al-Fawqa|Town in Nabatieh Governorate, Lebanon|
L sarba|صربا||Sarba|Town in Nabatieh Governorate, Lebanon|
L kfarjouz|كفرجوز||Kfarjouz|Town in Nabatieh Governorate, Lebanon|
L dibbine|دبين||Dibbine|Town in Nabatieh Governorate, Lebanon|
L burj-qalaway|برج قلاوية||Burj Qalaway|Town in Nabatieh Governorate, Lebanon|
L ain-al-hilweh|عين الحلوة||Ain al-Hilweh|Refugee camp in Lebanon|
L mieh-mieh|المية ومية||Mieh Mieh|Refugee camp in Lebanon|
L shatila|شاتيلا||Shatila|Refugee camp in Lebanon|
L sabra|صبرا||Sabra|Refugee camp in Lebanon|
L rashidieh-camp|مخيم الرشيدية||Rashidieh Camp|Refugee camp in Lebanon|
L burj-al-shamali-camp|مخيم برج الشمالي||Burj al-Shamali Camp|Refugee camp in Lebanon|
L al-bass-camp|مخيم البص||Al-Bass Camp|Refugee camp in Lebanon|
L nahr-al-bared|نهر البارد||Nahr al-Bared|Refugee camp in Lebanon|
L beddawi-camp|مخيم البداوي||Beddawi Camp|Refugee camp in Lebanon|
L wavel-camp|مخيم الجليل||Wavel Camp|Refugee camp in Lebanon|
L dbayeh-camp|مخيم ضبية||Dbayeh Camp|Refugee camp in Lebanon|
L mar-elias-camp|مخيم مار الياس||Mar Elias Camp|Refugee camp in Lebanon|
L burj-al-barajneh-camp|مخيم برج البراجنة||Burj al-Barajneh Camp|Refugee camp in Lebanon|
L zarqa|الزرقاء||Zarqa|Town in Zarqa Governorate, Jordan|
L russeifa|الرصيفة||Russeifa|Town in Zarqa Governorate, Jordan|
L dhleil|الضليل||Dhleil|Town in Zarqa Governorate, Jordan|
L azraq-camp|مخيم الأزرق||Azraq Camp|Refugee camp in Zarqa Governorate, Jordan|
L zarqa-camp|مخيم الزرقاء||Zarqa Camp|Refugee camp in Zarqa Governorate, Jordan|
L ramtha|الرمثا||Ramtha|Town in Irbid Governorate, Jordan|
L kufranja|كفرنجة||Kufranja|Town in Irbid Governorate, Jordan|
L aidoun|إيدون||Aidoun|Town in Irbid Governorate, Jordan|
L bait-ras|بيت راس||Bait Ras|Town in Irbid Governorate, Jordan|
L mashare|المشارع||Mashare'|Town in Irbid Governorate, Jordan|
L shuna-al-shamaliya|الشونة الشمالية||Shuna al-Shamaliya|Town in Irbid Governorate, Jordan|
L deir-abi-said|دير أبي سعيد||Deir Abi Said|Town in Irbid Governorate, Jordan|
L umm-qais|أم قيس||Umm Qais|Town in Irbid Governorate, Jordan|
L sama-al-rousan|سما الروسان||Sama al-Rousan|Town in Irbid Governorate, Jordan|
L kufr-asad|كفر أسد||Kufr Asad|Town in Irbid Governorate, Jordan|
L al-mazar-al-shamali|المزار الشمالي||Al-Mazar al-Shamali|Town in Irbid Governorate, Jordan|
L al-turra|الطرة||Al-Turra|Town in Irbid Governorate, Jordan|
L irbid-camp|مخيم إربد||Irbid Camp|Refugee camp in Irbid Governorate, Jordan|
L wadi-al-arab|وادي العرب||Wadi al-Arab|Town in Irbid Governorate, Jordan|
L sheikh-hussein-bridge|جسر الشيخ حسين||Sheikh Hussein Bridge|Border crossing in Irbid Governorate, Jordan|
L ruwaished|الرويشد||Ruwaished|Town in Mafraq Governorate, Jordan|
L zaatari-camp|مخيم الزعتري||Zaatari Camp|Refugee camp in Mafraq Governorate, Jordan|
L safawi|الصفاوي||Safawi|Town in Mafraq Governorate, Jordan|
L umm-al-jimal|أم الجمال||Umm al-Jimal|Town in Mafraq Governorate, Jordan|
L balama|بلعما||Balama|Town in Mafraq Governorate, Jordan|
L sama-al-sirhan|سما السرحان||Sama al-Sirhan|Town in Mafraq Governorate, Jordan|
L al-rukban|مخيم الركبان||Al-Rukban|Displacement camp on the Jordan–Syria border|
L jaber-crossing|معبر جابر||Jaber crossing|Border crossing in Mafraq Governorate, Jordan|
L karameh-crossing|معبر الكرامة||Karameh crossing|Border crossing in Mafraq Governorate, Jordan|
L salt|السلط||Salt|Town in Balqa Governorate, Jordan|
L fuheis|الفحيص||Fuheis|Town in Balqa Governorate, Jordan|
L mahis|ماحص||Mahis|Town in Balqa Governorate, Jordan|
L ain-al-basha|عين الباشا||Ain al-Basha|Town in Balqa Governorate, Jordan|
L deir-alla|دير علا||Deir Alla|Town in Balqa Governorate, Jordan|
L shuna-al-janubiya|الشونة الجنوبية||Shuna al-Janubiya|Town in Balqa Governorate, Jordan|
L baqaa-camp|مخيم البقعة||Baqaa Camp|Refugee camp in Balqa Governorate, Jordan|
L allenby-bridge|جسر الملك حسين|جسر اللنبي|Allenby Bridge|Border crossing between Jordan and the West Bank|
L sahab|سحاب||Sahab|Town in Amman Governorate, Jordan|
L naour|ناعور||Naour|Town in Amman Governorate, Jordan|
L quwaysimah|القويسمة||Quwaysimah|Town in Amman Governorate, Jordan|
L wadi-al-seer|وادي السير||Wadi al-Seer|Town in Amman Governorate, Jordan|
L marka|ماركا||Marka|Town in Amman Governorate, Jordan|
L tabarbour|طبربور||Tabarbour|Town in Amman Governorate, Jordan|
L sweileh|صويلح||Sweileh|Town in Amman Governorate, Jordan|
L jubeiha|الجبيهة||Jubeiha|Town in Amman Governorate, Jordan|
L khalda|خلدا||Khalda|Town in Amman Governorate, Jordan|
L abdoun|عبدون||Abdoun|Town in Amman Governorate, Jordan|
L shmeisani|الشميساني||Shmeisani|Town in Amman Governorate, Jordan|
L jabal-amman|جبل عمان||Jabal Amman|Town in Amman Governorate, Jordan|
L luweibdeh|اللويبدة||Luweibdeh|Town in Amman Governorate, Jordan|
L tla-al-ali|تلاع العلي||Tla' al-Ali|Town in Amman Governorate, Jordan|
L abu-nseir|أبو نصير|أبي نصير|Abu Nseir|Town in Amman Governorate, Jordan|
L jabal-al-hussein|جبل الحسين||Jabal al-Hussein|Town in Amman Governorate, Jordan|
L jabal-al-nuzha|جبل النزهة||Jabal al-Nuzha|Town in Amman Governorate, Jordan|
L al-hashmi-al-shamali|الهاشمي الشمالي||Al-Hashmi al-Shamali|Town in Amman Governorate, Jordan|
L wihdat-camp|مخيم الوحدات||Wihdat Camp|Refugee camp in Amman, Jordan|
L jabal-al-taj|جبل التاج||Jabal al-Taj|Town in Amman Governorate, Jordan|
L dabouq|دابوق||Dabouq|Town in Amman Governorate, Jordan|
L khreibet-al-souq|خريبة السوق||Khreibet al-Souq|Town in Amman Governorate, Jordan|
L marj-al-hamam|مرج الحمام||Marj al-Hamam|Town in Amman Governorate, Jordan|
L umm-uthaina|أم أذينة||Umm Uthaina|Town in Amman Governorate, Jordan|
L sweimeh|سويمة||Sweimeh|Town in Amman Governorate, Jordan|
L main|ماعين||Ma'in|Town in Madaba Governorate, Jordan|
L mount-nebo|جبل نيبو||Mount Nebo|Mountain in Madaba Governorate, Jordan|
L mutah|مؤتة||Mu'tah|Town in Karak Governorate, Jordan|
L qatraneh|القطرانة||Qatraneh|Town in Karak Governorate, Jordan|
L al-mazar-al-janubi|المزار الجنوبي||Al-Mazar al-Janubi|Town in Karak Governorate, Jordan|
L ghor-al-safi|غور الصافي||Ghor al-Safi|Town in Karak Governorate, Jordan|
L faqu|فقوع||Faqu'|Town in Karak Governorate, Jordan|
L ghor-al-mazraa|غور المزرعة||Ghor al-Mazraa|Town in Karak Governorate, Jordan|
L maan|معان||Ma'an|Town in Ma'an Governorate, Jordan|
L shoubak|الشوبك||Shoubak|Town in Ma'an Governorate, Jordan|
L wadi-musa|وادي موسى||Wadi Musa|Town in Ma'an Governorate, Jordan|
L petra-jo|البتراء||Petra|Town in Ma'an Governorate, Jordan|
L wadi-rum|وادي رم||Wadi Rum|Town in Ma'an Governorate, Jordan|
L al-jafr|الجفر||Al-Jafr|Town in Ma'an Governorate, Jordan|
L aqaba|العقبة||Aqaba|Town in Aqaba Governorate, Jordan|
L quweira|القويرة||Quweira|Town in Aqaba Governorate, Jordan|
L wadi-araba|وادي عربة||Wadi Araba|Valley on the Jordan–Israel border|
L jerash|جرش||Jerash|Town in Jerash Governorate, Jordan|
L jerash-camp|مخيم جرش||Jerash Camp|Refugee camp in Jerash Governorate, Jordan|
L burma|برما||Burma|Town in Jerash Governorate, Jordan|
L busayra|بصيرا||Busayra|Town in Tafilah Governorate, Jordan|
L dana-reserve|محمية ضانا||Dana Reserve|Nature reserve in Tafilah Governorate, Jordan|
L jordan-valley|غور الأردن||Jordan Valley|Valley of the Jordan River|
L jordan-river|نهر الأردن||Jordan River|River between Jordan and Israel and the West Bank|
L yatta|يطا||Yatta|Town in Hebron Governorate, West Bank, Palestine|
L dura|دورا||Dura|Town in Hebron Governorate, West Bank, Palestine|
L halhul|حلحول||Halhul|Town in Hebron Governorate, West Bank, Palestine|
L bani-naim|بني نعيم||Bani Na'im|Town in Hebron Governorate, West Bank, Palestine|
L sair|سعير||Sa'ir|Town in Hebron Governorate, West Bank, Palestine|
L al-dhahiriya|الظاهرية||Al-Dhahiriya|Town in Hebron Governorate, West Bank, Palestine|
L as-samu|السموع||As-Samu|Town in Hebron Governorate, West Bank, Palestine|
L beit-ummar|بيت أمر||Beit Ummar|Town in Hebron Governorate, West Bank, Palestine|
L beit-ula|بيت أولا||Beit Ula|Town in Hebron Governorate, West Bank, Palestine|
L tarqumiya|ترقوميا||Tarqumiya|Town in Hebron Governorate, West Bank, Palestine|
L idhna|إذنا||Idhna|Town in Hebron Governorate, West Bank, Palestine|
L taffuh|تفوح||Taffuh|Town in Hebron Governorate, West Bank, Palestine|
L beit-kahil|بيت كاحل||Beit Kahil|Town in Hebron Governorate, West Bank, Palestine|
L surif|صوريف||Surif|Town in Hebron Governorate, West Bank, Palestine|
L nuba|نوبا||Nuba|Town in Hebron Governorate, West Bank, Palestine|
L kharas|خاراس||Kharas|Town in Hebron Governorate, West Bank, Palestine|
L beit-awwa|بيت عوا||Beit Awwa|Town in Hebron Governorate, West Bank, Palestine|
L deir-samit|دير سامت||Deir Samit|Town in Hebron Governorate, West Bank, Palestine|
L al-rihiya|الريحية||Al-Rihiya|Town in Hebron Governorate, West Bank, Palestine|
L masafer-yatta|مسافر يطا||Masafer Yatta|Town in Hebron Governorate, West Bank, Palestine|
L susya|سوسيا||Susya|Town in Hebron Governorate, West Bank, Palestine|
L al-fawwar-camp|مخيم الفوار||Al-Fawwar Camp|Town in Hebron Governorate, West Bank, Palestine|
L al-arroub-camp|مخيم العروب||Al-Arroub Camp|Town in Hebron Governorate, West Bank, Palestine|
L tel-rumeida|تل الرميدة||Tel Rumeida|Town in Hebron Governorate, West Bank, Palestine|
L ibrahimi-mosque|المسجد الإبراهيمي|الحرم الإبراهيمي|Ibrahimi Mosque|Mosque in Hebron, West Bank, Palestine|
L beit-einun|بيت عينون||Beit Einun|Town in Hebron Governorate, West Bank, Palestine|
L khirbet-zanuta|خربة زنوتة||Khirbet Zanuta|Town in Hebron Governorate, West Bank, Palestine|
L beit-sahour|بيت ساحور||Beit Sahour|Town in Bethlehem Governorate, West Bank, Palestine|
L beit-jala|بيت جالا||Beit Jala|Town in Bethlehem Governorate, West Bank, Palestine|
L tuqu|تقوع||Tuqu'|Town in Bethlehem Governorate, West Bank, Palestine|
L beit-fajjar|بيت فجار||Beit Fajjar|Town in Bethlehem Governorate, West Bank, Palestine|
L al-walaja|الولجة||Al-Walaja|Town in Bethlehem Governorate, West Bank, Palestine|
L battir|بتير||Battir|Town in Bethlehem Governorate, West Bank, Palestine|
L husan|حوسان||Husan|Town in Bethlehem Governorate, West Bank, Palestine|
L nahalin|نحالين||Nahalin|Town in Bethlehem Governorate, West Bank, Palestine|
L al-ubeidiya|العبيدية||Al-Ubeidiya|Town in Bethlehem Governorate, West Bank, Palestine|
L zaatara|زعترة||Za'atara|Town in Bethlehem Governorate, West Bank, Palestine|
L dheisheh-camp|مخيم الدهيشة|الدهيشة|Dheisheh Camp|Town in Bethlehem Governorate, West Bank, Palestine|
L aida-camp|مخيم عايدة||Aida Camp|Town in Bethlehem Governorate, West Bank, Palestine|
L azza-camp|مخيم العزة||Azza Camp|Town in Bethlehem Governorate, West Bank, Palestine|
L wadi-fukin|وادي فوكين||Wadi Fukin|Town in Bethlehem Governorate, West Bank, Palestine|
L artas|أرطاس||Artas|Town in Bethlehem Governorate, West Bank, Palestine|
L beit-tamir|بيت تعمر||Beit Ta'mir|Town in Bethlehem Governorate, West Bank, Palestine|
L jannatah|جناتا||Jannatah|Town in Bethlehem Governorate, West Bank, Palestine|
L church-of-the-nativity|كنيسة المهد||Church of the Nativity|Church in Bethlehem, West Bank, Palestine|
L silwan|سلوان||Silwan|Quarter of East Jerusalem, Palestine|
L issawiya|العيسوية|العيساوية|Issawiya|Quarter of East Jerusalem, Palestine|
L jabal-al-mukaber|جبل المكبر||Jabal al-Mukaber|Quarter of East Jerusalem, Palestine|
L al-tur|الطور||Al-Tur|Quarter of East Jerusalem, Palestine|
L ras-al-amud|رأس العمود||Ras al-Amud|Quarter of East Jerusalem, Palestine|
L beit-hanina|بيت حنينا||Beit Hanina|Quarter of East Jerusalem, Palestine|
L shuafat|شعفاط||Shuafat|Quarter of East Jerusalem, Palestine|
L shuafat-camp|مخيم شعفاط||Shuafat Camp|Quarter of East Jerusalem, Palestine|
L beit-safafa|بيت صفافا||Beit Safafa|Quarter of East Jerusalem, Palestine|
L sur-baher|صور باهر||Sur Baher|Quarter of East Jerusalem, Palestine|
L wadi-al-joz|وادي الجوز||Wadi al-Joz|Quarter of East Jerusalem, Palestine|
L damascus-gate|باب العامود||Damascus Gate|Gate of the Old City of Jerusalem|
L lions-gate|باب الأسباط||Lions' Gate|Gate of the Old City of Jerusalem|
L herods-gate|باب الساهرة||Herod's Gate|Gate of the Old City of Jerusalem|
L mughrabi-gate|باب المغاربة||Mughrabi Gate|Gate of the Old City of Jerusalem|
L gate-of-mercy|باب الرحمة||Gate of Mercy|Gate of the Old City of Jerusalem|
L batn-al-hawa|بطن الهوى||Batn al-Hawa|Quarter of East Jerusalem, Palestine|
L kafr-aqab|كفر عقب||Kafr Aqab|Quarter of East Jerusalem, Palestine|
L umm-tuba|أم طوبا||Umm Tuba|Quarter of East Jerusalem, Palestine|
L wadi-hilweh|وادي حلوة||Wadi Hilweh|Quarter of East Jerusalem, Palestine|
L beit-iksa|بيت إكسا||Beit Iksa|Quarter of East Jerusalem, Palestine|
L western-wall|حائط البراق||Western Wall|Western wall of the Al-Aqsa compound, Jerusalem|
L dome-of-the-rock|قبة الصخرة||Dome of the Rock|Shrine in Jerusalem|
L al-qibli-mosque|المصلى القبلي||Al-Qibli Mosque|Mosque in the Al-Aqsa compound, Jerusalem|
L mount-of-olives|جبل الزيتون||Mount of Olives|Mountain in East Jerusalem|
L abu-dis|أبو ديس|أبي ديس|Abu Dis|Town in Jerusalem Governorate, West Bank, Palestine|
L al-eizariya|العيزرية||Al-Eizariya|Town in Jerusalem Governorate, West Bank, Palestine|
L anata|عناتا||Anata|Town in Jerusalem Governorate, West Bank, Palestine|
L al-ram|الرام||Al-Ram|Town in Jerusalem Governorate, West Bank, Palestine|
L qalandiya|قلنديا||Qalandiya|Town in Jerusalem Governorate, West Bank, Palestine|
L beit-surik|بيت سوريك||Beit Surik|Town in Jerusalem Governorate, West Bank, Palestine|
L al-qubeiba|القبيبة||Al-Qubeiba|Town in Jerusalem Governorate, West Bank, Palestine|
L qatanna|قطنة||Qatanna|Town in Jerusalem Governorate, West Bank, Palestine|
L bir-nabala|بير نبالا||Bir Nabala|Town in Jerusalem Governorate, West Bank, Palestine|
L khan-al-ahmar|الخان الأحمر||Khan al-Ahmar|Town in Jerusalem Governorate, West Bank, Palestine|
L mikhmas|مخماس||Mikhmas|Town in Jerusalem Governorate, West Bank, Palestine|
L jaba|جبع||Jaba'|Town in Jerusalem Governorate, West Bank, Palestine|
L beit-duqqu|بيت دقو||Beit Duqqu|Town in Jerusalem Governorate, West Bank, Palestine|
L al-sawahira|السواحرة||Al-Sawahira|Town in Jerusalem Governorate, West Bank, Palestine|
L jabal-al-baba|جبل البابا||Jabal al-Baba|Town in Jerusalem Governorate, West Bank, Palestine|
L al-bireh|البيرة||Al-Bireh|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L beitunia|بيتونيا||Beitunia|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L birzeit|بيرزيت||Birzeit|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L silwad|سلواد||Silwad|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L sinjil|سنجل||Sinjil|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L turmus-ayya|ترمسعيا||Turmus Ayya|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L deir-jarir|دير جرير||Deir Jarir|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L kafr-malik|كفر مالك||Kafr Malik|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L ein-yabrud|عين يبرود||Ein Yabrud|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L deir-dibwan|دير دبوان||Deir Dibwan|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L atara|عطارة||Atara|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L deir-nidham|دير نظام||Deir Nidham|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L bilin|بلعين||Bil'in|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L nilin|نعلين||Ni'lin|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L budrus|بدرس||Budrus|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L qibya|قبيا||Qibya|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L shuqba|شقبا||Shuqba|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L rantis|رنتيس||Rantis|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L aboud|عابود||Aboud|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L deir-abu-mashal|دير أبو مشعل||Deir Abu Mash'al|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L beit-liqya|بيت لقيا||Beit Liqya|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L kharbatha|خربثا||Kharbatha|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L beit-sira|بيت سيرا||Beit Sira|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L kafr-nima|كفر نعمة||Kafr Ni'ma|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L al-mazraa-al-sharqiya|المزرعة الشرقية||Al-Mazra'a al-Sharqiya|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L jifna|جفنا||Jifna|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L abu-shukheidim|أبو شخيدم|أبي شخيدم|Abu Shukheidim|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L aroura|عارورة||Aroura|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L ein-arik|عين عريك||Ein Arik|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L ein-qiniya|عين قينيا||Ein Qiniya|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L deir-ibzi|دير ابزيع||Deir Ibzi'|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L ras-karkar|رأس كركر||Ras Karkar|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L al-amari-camp|مخيم الأمعري|الأمعري|Al-Am'ari Camp|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L jalazone-camp|مخيم الجلزون|الجلزون|Jalazone Camp|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L qaddura-camp|مخيم قدورة||Qaddura Camp|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L deir-ammar-camp|مخيم دير عمار||Deir Ammar Camp|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L deir-qaddis|دير قديس||Deir Qaddis|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L al-lubban-al-gharbi|اللبن الغربي||Al-Lubban al-Gharbi|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L kafr-ein|كفر عين||Kafr Ein|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L beit-rima|بيت ريما||Beit Rima|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L mazari-al-nubani|مزارع النوباني||Mazari' al-Nubani|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L abwein|عبوين||Abwein|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L umm-safa|أم صفا||Umm Safa|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L khirbet-abu-falah|خربة أبو فلاح||Khirbet Abu Falah|Town in Ramallah and al-Bireh Governorate, West Bank, Palestine|
L balata-camp|مخيم بلاطة||Balata Camp|Town in Nablus Governorate, West Bank, Palestine|
L askar-camp|مخيم عسكر||Askar Camp|Town in Nablus Governorate, West Bank, Palestine|
L ein-beit-al-ma-camp|مخيم عين بيت الماء||Ein Beit al-Ma Camp|Town in Nablus Governorate, West Bank, Palestine|
L beit-furik|بيت فوريك||Beit Furik|Town in Nablus Governorate, West Bank, Palestine|
L beit-dajan|بيت دجن||Beit Dajan|Town in Nablus Governorate, West Bank, Palestine|
L asira-al-shamaliya|عصيرة الشمالية||Asira al-Shamaliya|Town in Nablus Governorate, West Bank, Palestine|
L asira-al-qibliya|عصيرة القبلية||Asira al-Qibliya|Town in Nablus Governorate, West Bank, Palestine|
L aqraba|عقربا||Aqraba|Town in Nablus Governorate, West Bank, Palestine|
L qabalan|قبلان||Qabalan|Town in Nablus Governorate, West Bank, Palestine|
L awarta|عورتا||Awarta|Town in Nablus Governorate, West Bank, Palestine|
L burin|بورين||Burin|Town in Nablus Governorate, West Bank, Palestine|
L madama|مادما||Madama|Town in Nablus Governorate, West Bank, Palestine|
L urif|عوريف||Urif|Town in Nablus Governorate, West Bank, Palestine|
L sebastia|سبسطية||Sebastia|Town in Nablus Governorate, West Bank, Palestine|
L qaryut|قريوت||Qaryut|Town in Nablus Governorate, West Bank, Palestine|
L al-lubban-al-sharqiya|اللبن الشرقية||Al-Lubban al-Sharqiya|Town in Nablus Governorate, West Bank, Palestine|
L jalud|جالود||Jalud|Town in Nablus Governorate, West Bank, Palestine|
L kafr-qallil|كفر قليل||Kafr Qallil|Town in Nablus Governorate, West Bank, Palestine|
L rujeib|روجيب||Rujeib|Town in Nablus Governorate, West Bank, Palestine|
L beit-iba|بيت إيبا||Beit Iba|Town in Nablus Governorate, West Bank, Palestine|
L zawata|زواتا||Zawata|Town in Nablus Governorate, West Bank, Palestine|
L azmut|عزموط||Azmut|Town in Nablus Governorate, West Bank, Palestine|
L deir-al-hatab|دير الحطب||Deir al-Hatab|Town in Nablus Governorate, West Bank, Palestine|
L talluza|طلوزة||Talluza|Town in Nablus Governorate, West Bank, Palestine|
L yasid|ياصيد||Yasid|Town in Nablus Governorate, West Bank, Palestine|
L al-badhan|الباذان||Al-Badhan|Town in Nablus Governorate, West Bank, Palestine|
L al-nassariya|النصارية||Al-Nassariya|Town in Nablus Governorate, West Bank, Palestine|
L aqrabaniya|عقربانية||Aqrabaniya|Town in Nablus Governorate, West Bank, Palestine|
L beit-imrin|بيت أمرين||Beit Imrin|Town in Nablus Governorate, West Bank, Palestine|
L qusra|قصرة||Qusra|Town in Nablus Governorate, West Bank, Palestine|
L talfit|تلفيت||Talfit|Town in Nablus Governorate, West Bank, Palestine|
L jurish|جوريش||Jurish|Town in Nablus Governorate, West Bank, Palestine|
L majdal-bani-fadil|مجدل بني فاضل||Majdal Bani Fadil|Town in Nablus Governorate, West Bank, Palestine|
L yatma|يتما||Yatma|Town in Nablus Governorate, West Bank, Palestine|
L al-sawiya|الساوية||Al-Sawiya|Town in Nablus Governorate, West Bank, Palestine|
L jammain|جماعين||Jamma'in|Town in Nablus Governorate, West Bank, Palestine|
L einabus|عينابوس||Einabus|Town in Nablus Governorate, West Bank, Palestine|
L rafidia|رفيديا||Rafidia|Town in Nablus Governorate, West Bank, Palestine|
L mount-gerizim|جبل جرزيم||Mount Gerizim|Mountain near Nablus, West Bank, Palestine|
L mount-ebal|جبل عيبال||Mount Ebal|Mountain near Nablus, West Bank, Palestine|
L josephs-tomb|قبر يوسف||Joseph's Tomb|Shrine in Nablus, West Bank, Palestine|
L osarin|أوصرين||Osarin|Town in Nablus Governorate, West Bank, Palestine|
L odala|عودلا||Odala|Town in Nablus Governorate, West Bank, Palestine|
L deir-sharaf|دير شرف||Deir Sharaf|Town in Nablus Governorate, West Bank, Palestine|
L beit-wazan|بيت وزن||Beit Wazan|Town in Nablus Governorate, West Bank, Palestine|
L iraq-burin|عراق بورين||Iraq Burin|Town in Nablus Governorate, West Bank, Palestine|
L qabatiya|قباطية||Qabatiya|Town in Jenin Governorate, West Bank, Palestine|
L yabad|يعبد||Ya'bad|Town in Jenin Governorate, West Bank, Palestine|
L arraba|عرابة||Arraba|Town in Jenin Governorate, West Bank, Palestine|
L silat-al-dhahr|سيلة الظهر||Silat al-Dhahr|Town in Jenin Governorate, West Bank, Palestine|
L zababdeh|الزبابدة||Zababdeh|Town in Jenin Governorate, West Bank, Palestine|
L burqin|برقين||Burqin|Town in Jenin Governorate, West Bank, Palestine|
L al-yamun|اليامون||Al-Yamun|Town in Jenin Governorate, West Bank, Palestine|
L kafr-dan|كفر دان||Kafr Dan|Town in Jenin Governorate, West Bank, Palestine|
L silat-al-harithiya|السيلة الحارثية||Silat al-Harithiya|Town in Jenin Governorate, West Bank, Palestine|
L meithalun|ميثلون||Meithalun|Town in Jenin Governorate, West Bank, Palestine|
L sanur|صانور||Sanur|Town in Jenin Governorate, West Bank, Palestine|
L raba|رابا||Raba|Town in Jenin Governorate, West Bank, Palestine|
L anin|عانين||Anin|Town in Jenin Governorate, West Bank, Palestine|
L zububa|زبوبة||Zububa|Town in Jenin Governorate, West Bank, Palestine|
L faqqua|فقوعة||Faqqu'a|Town in Jenin Governorate, West Bank, Palestine|
L deir-ghazaleh|دير غزالة||Deir Ghazaleh|Town in Jenin Governorate, West Bank, Palestine|
L jalbun|جلبون||Jalbun|Town in Jenin Governorate, West Bank, Palestine|
L arrana|عرانة||Arrana|Town in Jenin Governorate, West Bank, Palestine|
L beit-qad|بيت قاد||Beit Qad|Town in Jenin Governorate, West Bank, Palestine|
L jalamah|الجلمة||Jalamah|Village and crossing point in Jenin Governorate, West Bank, Palestine|
L kufeirit|كفيرت||Kufeirit|Town in Jenin Governorate, West Bank, Palestine|
L bartaa|برطعة||Barta'a|Town in Jenin Governorate, West Bank, Palestine|
L arabbuna|عربونة||Arabbuna|Town in Jenin Governorate, West Bank, Palestine|
L tura|طورة||Tura|Town in Jenin Governorate, West Bank, Palestine|
L umm-al-tut|أم التوت||Umm al-Tut|Town in Jenin Governorate, West Bank, Palestine|
L kafr-rai|كفر راعي||Kafr Rai|Town in Jenin Governorate, West Bank, Palestine|
L tubas|طوباس||Tubas|Town in Tubas Governorate, West Bank, Palestine|
L tammun|طمون||Tammun|Town in Tubas Governorate, West Bank, Palestine|
L tayasir|تياسير||Tayasir|Town in Tubas Governorate, West Bank, Palestine|
L al-fara-camp|مخيم الفارعة||Al-Far'a Camp|Town in Tubas Governorate, West Bank, Palestine|
L bardala|بردلة||Bardala|Town in Tubas Governorate, West Bank, Palestine|
L kardala|كردلة||Kardala|Town in Tubas Governorate, West Bank, Palestine|
L khirbet-humsa|خربة حمصة||Khirbet Humsa|Town in Tubas Governorate, West Bank, Palestine|
L atuf|عاطوف||Atuf|Town in Tubas Governorate, West Bank, Palestine|
L ras-al-fara|رأس الفارعة||Ras al-Far'a|Town in Tubas Governorate, West Bank, Palestine|
L wadi-al-fara|وادي الفارعة||Wadi al-Far'a|Town in Tubas Governorate, West Bank, Palestine|
L jordan-valley-ps|الأغوار||Jordan Valley|Region of the West Bank along the Jordan River|
L northern-jordan-valley|الأغوار الشمالية||Northern Jordan Valley|Region of the West Bank|
L anabta|عنبتا||Anabta|Town in Tulkarm Governorate, West Bank, Palestine|
L bala|بلعا||Bal'a|Town in Tulkarm Governorate, West Bank, Palestine|
L attil|عتيل||Attil|Town in Tulkarm Governorate, West Bank, Palestine|
L qaffin|قفين||Qaffin|Town in Tulkarm Governorate, West Bank, Palestine|
L deir-al-ghusun|دير الغصون||Deir al-Ghusun|Town in Tulkarm Governorate, West Bank, Palestine|
L illar|علار||Illar|Town in Tulkarm Governorate, West Bank, Palestine|
L baqa-al-sharqiya|باقة الشرقية||Baqa al-Sharqiya|Town in Tulkarm Governorate, West Bank, Palestine|
L shweikeh|شويكة||Shweikeh|Town in Tulkarm Governorate, West Bank, Palestine|
L kafr-al-labad|كفر اللبد||Kafr al-Labad|Town in Tulkarm Governorate, West Bank, Palestine|
L nur-shams-camp|مخيم نور شمس|نور شمس|Nur Shams Camp|Town in Tulkarm Governorate, West Bank, Palestine|
L tulkarm-camp|مخيم طولكرم||Tulkarm Camp|Town in Tulkarm Governorate, West Bank, Palestine|
L irtah|إرتاح||Irtah|Town in Tulkarm Governorate, West Bank, Palestine|
L kafr-jammal|كفر جمال||Kafr Jammal|Town in Tulkarm Governorate, West Bank, Palestine|
L kafr-sur|كفر صور||Kafr Sur|Town in Tulkarm Governorate, West Bank, Palestine|
L zeita|زيتا||Zeita|Town in Tulkarm Governorate, West Bank, Palestine|
L beit-lid|بيت ليد||Beit Lid|Town in Tulkarm Governorate, West Bank, Palestine|
L ramin|رامين||Ramin|Town in Tulkarm Governorate, West Bank, Palestine|
L nazlat-isa|نزلة عيسى||Nazlat Isa|Town in Tulkarm Governorate, West Bank, Palestine|
L al-nazla-al-sharqiya|النزلة الشرقية||Al-Nazla al-Sharqiya|Town in Tulkarm Governorate, West Bank, Palestine|
L qalqilya|قلقيلية||Qalqilya|Town in Qalqilya Governorate, West Bank, Palestine|
L azzun|عزون||Azzun|Town in Qalqilya Governorate, West Bank, Palestine|
L jayyus|جيوس||Jayyus|Town in Qalqilya Governorate, West Bank, Palestine|
L kafr-thulth|كفر ثلث||Kafr Thulth|Town in Qalqilya Governorate, West Bank, Palestine|
L jinsafut|جينصافوط||Jinsafut|Town in Qalqilya Governorate, West Bank, Palestine|
L immatain|إماتين||Immatain|Town in Qalqilya Governorate, West Bank, Palestine|
L farata|فرعتا||Far'ata|Town in Qalqilya Governorate, West Bank, Palestine|
L kafr-laqif|كفر لاقف||Kafr Laqif|Town in Qalqilya Governorate, West Bank, Palestine|
L azzun-atma|عزون عتمة||Azzun Atma|Town in Qalqilya Governorate, West Bank, Palestine|
L baqat-al-hatab|باقة الحطب||Baqat al-Hatab|Town in Qalqilya Governorate, West Bank, Palestine|
L kafr-qaddum|كفر قدوم||Kafr Qaddum|Town in Qalqilya Governorate, West Bank, Palestine|
L salfit|سلفيت||Salfit|Town in Salfit Governorate, West Bank, Palestine|
L kifl-haris|كفل حارس||Kifl Haris|Town in Salfit Governorate, West Bank, Palestine|
L bidya|بديا||Bidya|Town in Salfit Governorate, West Bank, Palestine|
L kafr-al-dik|كفر الديك||Kafr al-Dik|Town in Salfit Governorate, West Bank, Palestine|
L deir-istiya|دير استيا||Deir Istiya|Town in Salfit Governorate, West Bank, Palestine|
L qarawat-bani-hassan|قراوة بني حسان||Qarawat Bani Hassan|Town in Salfit Governorate, West Bank, Palestine|
L bruqin|بروقين||Bruqin|Town in Salfit Governorate, West Bank, Palestine|
L yasuf|ياسوف||Yasuf|Town in Salfit Governorate, West Bank, Palestine|
L iskaka|إسكاكا||Iskaka|Town in Salfit Governorate, West Bank, Palestine|
L marda|مردا||Marda|Town in Salfit Governorate, West Bank, Palestine|
L deir-ballut|دير بلوط||Deir Ballut|Town in Salfit Governorate, West Bank, Palestine|
L rafat|رافات||Rafat|Town in Salfit Governorate, West Bank, Palestine|
L sarta|سرطة||Sarta|Town in Salfit Governorate, West Bank, Palestine|
L al-auja|العوجا||Al-Auja|Town in Jericho Governorate, West Bank, Palestine|
L al-nuweima|النويعمة||Al-Nuwei'ma|Town in Jericho Governorate, West Bank, Palestine|
L al-jiftlik|الجفتلك||Al-Jiftlik|Town in Jericho Governorate, West Bank, Palestine|
L ein-al-sultan-camp|مخيم عين السلطان||Ein al-Sultan Camp|Town in Jericho Governorate, West Bank, Palestine|
L aqabat-jabr-camp|مخيم عقبة جبر||Aqabat Jabr Camp|Town in Jericho Governorate, West Bank, Palestine|
L ras-al-auja|رأس العوجا||Ras al-Auja|Town in Jericho Governorate, West Bank, Palestine|
L jabalia|جباليا||Jabalia|Town in North Gaza Governorate, Gaza Strip, Palestine|
L beit-lahia|بيت لاهيا||Beit Lahia|Town in North Gaza Governorate, Gaza Strip, Palestine|
L beit-hanoun|بيت حانون||Beit Hanoun|Town in North Gaza Governorate, Gaza Strip, Palestine|
L jabalia-camp|مخيم جباليا||Jabalia Camp|Town in North Gaza Governorate, Gaza Strip, Palestine|
L al-fallujah|الفالوجا||Al-Fallujah|Town in North Gaza Governorate, Gaza Strip, Palestine|
L tal-al-zaatar|تل الزعتر||Tal al-Zaatar|Town in North Gaza Governorate, Gaza Strip, Palestine|
L al-atatra|العطاطرة||Al-Atatra|Town in North Gaza Governorate, Gaza Strip, Palestine|
L al-saftawi|الصفطاوي||Al-Saftawi|Town in North Gaza Governorate, Gaza Strip, Palestine|
L izbat-beit-hanoun|عزبة بيت حانون||Izbat Beit Hanoun|Town in North Gaza Governorate, Gaza Strip, Palestine|
L umm-al-nasr|أم النصر||Umm al-Nasr|Town in North Gaza Governorate, Gaza Strip, Palestine|
L beit-lahia-project|مشروع بيت لاهيا||Beit Lahia Project|Town in North Gaza Governorate, Gaza Strip, Palestine|
L erez-crossing|معبر بيت حانون|معبر إيرز;حاجز إيرز|Erez crossing|Border crossing in North Gaza Governorate, Gaza Strip, Palestine|
L shujaiyya|الشجاعية||Shuja'iyya|Quarter of Gaza City, Palestine|
L tal-al-hawa|تل الهوى||Tal al-Hawa|Quarter of Gaza City, Palestine|
L sabra-ps|الصبرة||Sabra|Quarter of Gaza City, Palestine|
L al-sheikh-ajlin|الشيخ عجلين||Al-Sheikh Ajlin|Quarter of Gaza City, Palestine|
L al-shati-camp|مخيم الشاطئ||Al-Shati Camp|Quarter of Gaza City, Palestine|
L netzarim-corridor|محور نتساريم|نتساريم|Netzarim Corridor|Military corridor in the Gaza Strip|
L wadi-gaza|وادي غزة||Wadi Gaza|Valley in the Gaza Strip, Palestine|
L al-mughraqa|المغراقة||Al-Mughraqa|Quarter of Gaza City, Palestine|
L juhr-al-dik|جحر الديك||Juhr al-Dik|Quarter of Gaza City, Palestine|
L deir-al-balah|دير البلح||Deir al-Balah|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L al-zawayda|الزوايدة||Al-Zawayda|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L nuseirat|النصيرات||Nuseirat|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L al-bureij|البريج||Al-Bureij|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L al-maghazi|المغازي||Al-Maghazi|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L nuseirat-camp|مخيم النصيرات||Nuseirat Camp|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L bureij-camp|مخيم البريج||Bureij Camp|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L maghazi-camp|مخيم المغازي||Maghazi Camp|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L deir-al-balah-camp|مخيم دير البلح||Deir al-Balah Camp|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L wadi-al-salqa|وادي السلقا||Wadi al-Salqa|Town in Deir al-Balah Governorate, Gaza Strip, Palestine|
L kissufim-crossing|معبر كيسوفيم|كيسوفيم|Kissufim crossing|Border crossing in Deir al-Balah Governorate, Gaza Strip, Palestine|
L bani-suheila|بني سهيلا||Bani Suheila|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L abasan-al-kabira|عبسان الكبيرة||Abasan al-Kabira|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L abasan-al-saghira|عبسان الصغيرة||Abasan al-Saghira|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L khuzaa|خزاعة||Khuza'a|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L al-qarara|القرارة||Al-Qarara|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L al-mawasi|المواصي||Al-Mawasi|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L qizan-al-najjar|قيزان النجار||Qizan al-Najjar|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L khan-yunis-camp|مخيم خان يونس||Khan Yunis Camp|Town in Khan Yunis Governorate, Gaza Strip, Palestine|
L tal-al-sultan|تل السلطان||Tal al-Sultan|Town in Rafah Governorate, Gaza Strip, Palestine|
L al-shaboura|الشابورة||Al-Shaboura|Town in Rafah Governorate, Gaza Strip, Palestine|
L khirbet-al-adas|خربة العدس||Khirbet al-Adas|Town in Rafah Governorate, Gaza Strip, Palestine|
L rafah-camp|مخيم رفح||Rafah Camp|Town in Rafah Governorate, Gaza Strip, Palestine|
L philadelphi-corridor|محور فيلادلفيا|محور صلاح الدين|Philadelphi Corridor|Corridor on the Gaza–Egypt border|
L morag-corridor|محور موراج|محور موراغ|Morag Corridor|Military corridor in the Gaza Strip|
L kerem-shalom-crossing|معبر كرم أبو سالم|كرم أبو سالم;كرم شالوم|Kerem Shalom crossing|Border crossing in Rafah Governorate, Gaza Strip, Palestine|
L al-mawasi-ps|مواصي رفح||Al-Mawasi|Town in Rafah Governorate, Gaza Strip, Palestine|
L al-shaboura-camp|مخيم الشابورة||Al-Shaboura Camp|Town in Rafah Governorate, Gaza Strip, Palestine|
L yibna-camp|مخيم يبنا||Yibna Camp|Town in Rafah Governorate, Gaza Strip, Palestine|
L sderot|سديروت||Sderot|Town in the Southern District, Israel|
L ashkelon|عسقلان||Ashkelon|Town in the Southern District, Israel|
L ashdod|أسدود||Ashdod|Town in the Southern District, Israel|
L beersheba|بئر السبع||Beersheba|Town in the Southern District, Israel|
L netivot|نتيفوت||Netivot|Town in the Southern District, Israel|
L ofakim|أوفاكيم||Ofakim|Town in the Southern District, Israel|
L dimona|ديمونا||Dimona|Town in the Southern District, Israel|
L eilat|إيلات||Eilat|Town in the Southern District, Israel|
L rahat|رهط||Rahat|Town in the Southern District, Israel|
L arad|عراد||Arad|Town in the Southern District, Israel|
L kiryat-gat|كريات جات|كريات غات|Kiryat Gat|Town in the Southern District, Israel|
L kiryat-malakhi|كريات ملاخي||Kiryat Malakhi|Town in the Southern District, Israel|
L kfar-aza|كفار عزة||Kfar Aza|Town in the Southern District, Israel|
L beeri|بئيري|بيئيري|Be'eri|Town in the Southern District, Israel|
L nir-oz|نير عوز||Nir Oz|Town in the Southern District, Israel|
L nahal-oz|ناحال عوز||Nahal Oz|Town in the Southern District, Israel|
L nir-yitzhak|نير يتسحاق||Nir Yitzhak|Town in the Southern District, Israel|
L reim|رعيم||Re'im|Town in the Southern District, Israel|
L zikim|زيكيم||Zikim|Town in the Southern District, Israel|
L yad-mordechai|ياد مردخاي||Yad Mordechai|Town in the Southern District, Israel|
L nirim|نيريم||Nirim|Town in the Southern District, Israel|
L sde-teiman|سديه تيمان|سدي تيمان|Sde Teiman|Town in the Southern District, Israel|
L nevatim-air-base|قاعدة نيفاتيم|نيفاتيم|Nevatim Air Base|Air base in the Negev, Israel|
L hatzerim-air-base|قاعدة حتسريم|حتسريم|Hatzerim Air Base|Air base in the Negev, Israel|
L ramon-air-base|قاعدة رامون||Ramon Air Base|Air base in the Negev, Israel|
L negev|النقب||Negev|Desert region of southern Israel|
L al-araqib|العراقيب||Al-Araqib|Town in the Southern District, Israel|
L nahariya|نهاريا||Nahariya|Town in the Northern District, Israel|
L kiryat-shmona|كريات شمونة||Kiryat Shmona|Town in the Northern District, Israel|
L safed|صفد||Safed|Town in the Northern District, Israel|
L tiberias|طبريا||Tiberias|Town in the Northern District, Israel|
L acre-il|عكا||Acre|Town in the Northern District, Israel|
L nazareth|الناصرة||Nazareth|Town in the Northern District, Israel|
L afula|العفولة||Afula|Town in the Northern District, Israel|
L beit-shean|بيسان||Beit She'an|Town in the Northern District, Israel|
L sakhnin|سخنين||Sakhnin|Town in the Northern District, Israel|
L shefa-amr|شفاعمرو|شفا عمرو|Shefa-'Amr|Town in the Northern District, Israel|
L tamra|طمرة||Tamra|Town in the Northern District, Israel|
L kafr-kanna|كفر كنا||Kafr Kanna|Town in the Northern District, Israel|
L reineh|الرينة||Reineh|Town in the Northern District, Israel|
L karmiel|كرمئيل||Karmiel|Town in the Northern District, Israel|
L maalot-tarshiha|معالوت ترشيحا|ترشيحا|Ma'alot-Tarshiha|Town in the Northern District, Israel|
L zarit|زرعيت||Zar'it|Town in the Northern District, Israel|
L avivim|أفيفيم||Avivim|Town in the Northern District, Israel|
L shtula|شتولا||Shtula|Town in the Northern District, Israel|
L misgav-am|مسغاف عام||Misgav Am|Town in the Northern District, Israel|
L daliyat-al-karmel|دالية الكرمل||Daliyat al-Karmel|Town in the Northern District, Israel|
L isfiya|عسفيا||Isfiya|Town in the Northern District, Israel|
L majd-al-krum|مجد الكروم||Majd al-Krum|Town in the Northern District, Israel|
L deir-hanna|دير حنا||Deir Hanna|Town in the Northern District, Israel|
L arraba-il|عرابة البطوف||Arraba|Town in the Northern District, Israel|
L kafr-yasif|كفر ياسيف||Kafr Yasif|Town in the Northern District, Israel|
L jish|الجش||Jish|Town in the Northern District, Israel|
L umm-al-fahm|أم الفحم||Umm al-Fahm|Town in the Northern District, Israel|
L galilee|الجليل||Galilee|Region of northern Israel|
L upper-galilee|الجليل الأعلى||Upper Galilee|Region of northern Israel|
L western-galilee|الجليل الغربي||Western Galilee|Region of northern Israel|
L majdal-shams|مجدل شمس||Majdal Shams|Town in the Northern District, Israel|
L ramat-david-air-base|قاعدة رامات دافيد|رامات دافيد|Ramat David Air Base|Air base in northern Israel|
L mount-carmel|جبل الكرمل||Mount Carmel|Mountain range in northern Israel|
L hula-valley|سهل الحولة||Hula Valley|Valley in northern Israel|
L hadera|الخضيرة||Hadera|Town in the Haifa District, Israel|
L baqa-al-gharbiyye|باقة الغربية||Baqa al-Gharbiyye|Town in the Haifa District, Israel|
L arara|عرعرة||Ar'ara|Town in the Haifa District, Israel|
L kafr-qara|كفر قرع||Kafr Qara|Town in the Haifa District, Israel|
L jisr-az-zarqa|جسر الزرقاء||Jisr az-Zarqa|Town in the Haifa District, Israel|
L caesarea|قيسارية||Caesarea|Town in the Haifa District, Israel|
L netanya|نتانيا||Netanya|Town in the Central District, Israel|
L herzliya|هرتسليا||Herzliya|Town in the Central District, Israel|
L raanana|رعنانا||Ra'anana|Town in the Central District, Israel|
L kfar-saba|كفار سابا||Kfar Saba|Town in the Central District, Israel|
L petah-tikva|بتاح تكفا||Petah Tikva|Town in the Central District, Israel|
L rishon-lezion|ريشون لتسيون||Rishon LeZion|Town in the Central District, Israel|
L rehovot|رحوفوت||Rehovot|Town in the Central District, Israel|
L lod|اللد||Lod|Town in the Central District, Israel|
L ramla|الرملة||Ramla|Town in the Central District, Israel|
L kafr-qasim|كفر قاسم||Kafr Qasim|Town in the Central District, Israel|
L tira|الطيرة||Tira|Town in the Central District, Israel|
L qalansawe|قلنسوة||Qalansawe|Town in the Central District, Israel|
L jaljulia|جلجولية||Jaljulia|Town in the Central District, Israel|
L modiin|موديعين||Modi'in|Town in the Central District, Israel|
L yavne|يبنة||Yavne|Town in the Central District, Israel|
L palmachim-air-base|قاعدة بلماحيم|بلماحيم|Palmachim Air Base|Air base in central Israel|
L tel-nof-air-base|قاعدة تل نوف|تل نوف|Tel Nof Air Base|Air base in central Israel|
L ben-gurion-airport|مطار بن غوريون|مطار بن جوريون|Ben Gurion Airport|Airport in central Israel|
L glilot|غليلوت||Glilot|Town in the Central District, Israel|
L jaffa|يافا||Jaffa|Town in the Tel Aviv District, Israel|
L holon|حولون||Holon|Town in the Tel Aviv District, Israel|
L bat-yam|بات يام||Bat Yam|Town in the Tel Aviv District, Israel|
L ramat-gan|رمات غان|رامات غان|Ramat Gan|Town in the Tel Aviv District, Israel|
L bnei-brak|بني براك||Bnei Brak|Town in the Tel Aviv District, Israel|
L beit-shemesh|بيت شيمش||Beit Shemesh|Town in the Jerusalem District, Israel|
L maale-adumim|معاليه أدوميم||Ma'ale Adumim|Israeli settlement in the West Bank|
L ariel|أرئيل||Ariel|Israeli settlement in the West Bank|
L modiin-illit|موديعين عيليت||Modi'in Illit|Israeli settlement in the West Bank|
L beitar-illit|بيتار عيليت||Beitar Illit|Israeli settlement in the West Bank|
L gush-etzion|غوش عتصيون||Gush Etzion|Israeli settlement in the West Bank|
L kiryat-arba|كريات أربع||Kiryat Arba|Israeli settlement in the West Bank|
L beit-el|بيت إيل||Beit El|Israeli settlement in the West Bank|
L shiloh|شيلو||Shiloh|Israeli settlement in the West Bank|
L elon-moreh|ألون موريه||Elon Moreh|Israeli settlement in the West Bank|
L homesh|حومش||Homesh|Israeli settlement in the West Bank|
L efrat|إفرات||Efrat|Israeli settlement in the West Bank|
L maale-efraim|معاليه أفرايم||Ma'ale Efraim|Israeli settlement in the West Bank|
L har-homa|هار حوما|جبل أبو غنيم|Har Homa|Israeli settlement in the West Bank|
L pisgat-zeev|بسغات زئيف||Pisgat Ze'ev|Israeli settlement in the West Bank|
L neve-yaakov|نفيه يعقوب||Neve Yaakov|Israeli settlement in the West Bank|
L kokhav-yaakov|كوخاف يعقوب||Kokhav Ya'akov|Israeli settlement in the West Bank|
L givat-zeev|جفعات زئيف||Givat Ze'ev|Israeli settlement in the West Bank|
L alfei-menashe|ألفي منشيه||Alfei Menashe|Israeli settlement in the West Bank|
L karnei-shomron|كرني شومرون||Karnei Shomron|Israeli settlement in the West Bank|
L halamish|حلميش||Halamish|Israeli settlement in the West Bank|
L bracha|براخا||Bracha|Israeli settlement in the West Bank|
L taif|الطائف||Taif|Town in Makkah Province, Saudi Arabia|
L rabigh|رابغ||Rabigh|Town in Makkah Province, Saudi Arabia|
L al-qunfudhah|القنفذة||Al-Qunfudhah|Town in Makkah Province, Saudi Arabia|
L al-jumum|الجموم||Al-Jumum|Town in Makkah Province, Saudi Arabia|
L khulais|خليص||Khulais|Town in Makkah Province, Saudi Arabia|
L adham|أضم||Adham|Town in Makkah Province, Saudi Arabia|
L al-khurmah|الخرمة||Al-Khurmah|Town in Makkah Province, Saudi Arabia|
L ranyah|رنية||Ranyah|Town in Makkah Province, Saudi Arabia|
L mina|مشعر منى||Mina|Valley near Mecca, Saudi Arabia|
L muzdalifah|مزدلفة|مشعر مزدلفة|Muzdalifah|Site near Mecca, Saudi Arabia|
L mount-arafat|جبل عرفات|صعيد عرفات;عرفات|Mount Arafat|Hill near Mecca, Saudi Arabia|
L al-shumaisi|الشميسي||Al-Shumaisi|Town in Makkah Province, Saudi Arabia|
L al-muwayh|المويه||Al-Muwayh|Town in Makkah Province, Saudi Arabia|
L al-hindawiyah|الهنداوية||Al-Hindawiyah|Quarter of Jeddah, Saudi Arabia|
L obhur|أبحر الشمالية||Obhur|Quarter of Jeddah, Saudi Arabia|
L al-balad|جدة التاريخية||Al-Balad|Quarter of Jeddah, Saudi Arabia|
L yanbu|ينبع||Yanbu|Town in Medina Province, Saudi Arabia|
L al-ula|العلا||Al-Ula|Town in Medina Province, Saudi Arabia|
L khaybar|خيبر||Khaybar|Town in Medina Province, Saudi Arabia|
L al-hanakiyah|الحناكية||Al-Hanakiyah|Town in Medina Province, Saudi Arabia|
L quba|قباء||Quba|Town in Medina Province, Saudi Arabia|
L mount-uhud|جبل أحد||Mount Uhud|Mountain near Medina, Saudi Arabia|
L al-awali|العوالي||Al-Awali|Town in Medina Province, Saudi Arabia|
L al-kharj|الخرج||Al-Kharj|Town in Riyadh Province, Saudi Arabia|
L al-majmaah|المجمعة||Al-Majma'ah|Town in Riyadh Province, Saudi Arabia|
L az-zulfi|الزلفي||Az-Zulfi|Town in Riyadh Province, Saudi Arabia|
L ad-dawadmi|الدوادمي||Ad-Dawadmi|Town in Riyadh Province, Saudi Arabia|
L wadi-ad-dawasir|وادي الدواسر||Wadi ad-Dawasir|Town in Riyadh Province, Saudi Arabia|
L al-aflaj|الأفلاج||Al-Aflaj|Town in Riyadh Province, Saudi Arabia|
L al-quwayiyah|القويعية||Al-Quway'iyah|Town in Riyadh Province, Saudi Arabia|
L diriyah|الدرعية||Diriyah|Town in Riyadh Province, Saudi Arabia|
L hawtat-bani-tamim|حوطة بني تميم||Hawtat Bani Tamim|Town in Riyadh Province, Saudi Arabia|
L al-ghat|الغاط||Al-Ghat|Town in Riyadh Province, Saudi Arabia|
L thadiq|ثادق||Thadiq|Town in Riyadh Province, Saudi Arabia|
L huraymila|حريملاء||Huraymila|Town in Riyadh Province, Saudi Arabia|
L al-muzahimiyah|المزاحمية||Al-Muzahimiyah|Town in Riyadh Province, Saudi Arabia|
L dhurma|ضرما||Dhurma|Town in Riyadh Province, Saudi Arabia|
L al-dilam|الدلم||Al-Dilam|Town in Riyadh Province, Saudi Arabia|
L al-malaz|الملز||Al-Malaz|Quarter of Riyadh, Saudi Arabia|
L manfuha|منفوحة||Manfuha|Quarter of Riyadh, Saudi Arabia|
L al-malqa|الملقا||Al-Malqa|Quarter of Riyadh, Saudi Arabia|
L irqah|عرقة||Irqah|Quarter of Riyadh, Saudi Arabia|
L dhahrat-laban|ظهرة لبن||Dhahrat Laban|Quarter of Riyadh, Saudi Arabia|
L al-uraija|العريجاء||Al-Uraija|Quarter of Riyadh, Saudi Arabia|
L namar|نمار||Namar|Quarter of Riyadh, Saudi Arabia|
L dhahran|الظهران||Dhahran|Town in Eastern Province, Saudi Arabia|
L jubail|الجبيل||Jubail|Town in Eastern Province, Saudi Arabia|
L qatif|القطيف||Qatif|Town in Eastern Province, Saudi Arabia|
L al-ahsa|الأحساء||Al-Ahsa|Town in Eastern Province, Saudi Arabia|
L hofuf|الهفوف||Hofuf|Town in Eastern Province, Saudi Arabia|
L al-mubarraz|المبرز||Al-Mubarraz|Town in Eastern Province, Saudi Arabia|
L abqaiq|بقيق|أبقيق|Abqaiq|Town in Eastern Province, Saudi Arabia|
L al-nairyah|النعيرية||Al-Nairyah|Town in Eastern Province, Saudi Arabia|
L qaryat-al-ulya|قرية العليا||Qaryat al-Ulya|Town in Eastern Province, Saudi Arabia|
L khafji|الخفجي||Khafji|Town in Eastern Province, Saudi Arabia|
L hafar-al-batin|حفر الباطن||Hafar al-Batin|Town in Eastern Province, Saudi Arabia|
L al-qaisumah|القيصومة||Al-Qaisumah|Town in Eastern Province, Saudi Arabia|
L ras-tanura|رأس تنورة||Ras Tanura|Town in Eastern Province, Saudi Arabia|
L ras-al-khair|رأس الخير||Ras al-Khair|Town in Eastern Province, Saudi Arabia|
L awamiyah|العوامية||Awamiyah|Town in Eastern Province, Saudi Arabia|
L safwa|صفوى||Safwa|Town in Eastern Province, Saudi Arabia|
L saihat|سيهات||Saihat|Town in Eastern Province, Saudi Arabia|
L tarout|تاروت|جزيرة تاروت|Tarout|Town in Eastern Province, Saudi Arabia|
L al-qudaih|القديح||Al-Qudaih|Town in Eastern Province, Saudi Arabia|
L salwa|منفذ سلوى||Salwa|Border crossing in Eastern Province, Saudi Arabia|
L al-thuqbah|الثقبة||Al-Thuqbah|Town in Eastern Province, Saudi Arabia|
L al-batha|منفذ البطحاء||Al-Batha|Border crossing in Eastern Province, Saudi Arabia|
L ghawar-oil-field|حقل الغوار||Ghawar Oil Field|Oil field in Eastern Province, Saudi Arabia|
L shaybah-oil-field|حقل الشيبة||Shaybah Oil Field|Oil field in Eastern Province, Saudi Arabia|
L khurais-oil-field|حقل خريص|خريص|Khurais Oil Field|Oil field in Saudi Arabia|
L safaniya-oil-field|حقل السفانية|السفانية|Safaniya Oil Field|Offshore oil field in Eastern Province, Saudi Arabia|
L manifa|منيفة||Manifa|Town in Eastern Province, Saudi Arabia|
L unaizah|عنيزة||Unaizah|Town in Qassim Province, Saudi Arabia|
L ar-rass|الرس||Ar-Rass|Town in Qassim Province, Saudi Arabia|
L al-bukayriyah|البكيرية||Al-Bukayriyah|Town in Qassim Province, Saudi Arabia|
L al-asyah|الأسياح||Al-Asyah|Town in Qassim Province, Saudi Arabia|
L uyun-al-jiwa|عيون الجواء||Uyun al-Jiwa|Town in Qassim Province, Saudi Arabia|
L riyadh-al-khabra|رياض الخبراء||Riyadh al-Khabra|Town in Qassim Province, Saudi Arabia|
L an-nabhaniyah|النبهانية||An-Nabhaniyah|Town in Qassim Province, Saudi Arabia|
L abha|أبها||Abha|Town in Asir Province, Saudi Arabia|
L khamis-mushait|خميس مشيط||Khamis Mushait|Town in Asir Province, Saudi Arabia|
L bisha|بيشة||Bisha|Town in Asir Province, Saudi Arabia|
L muhayil|محايل عسير|محايل|Muhayil|Town in Asir Province, Saudi Arabia|
L an-namas|النماص||An-Namas|Town in Asir Province, Saudi Arabia|
L ahad-rafidah|أحد رفيدة||Ahad Rafidah|Town in Asir Province, Saudi Arabia|
L dhahran-al-janub|ظهران الجنوب||Dhahran al-Janub|Town in Asir Province, Saudi Arabia|
L sarat-abidah|سراة عبيدة||Sarat Abidah|Town in Asir Province, Saudi Arabia|
L rijal-almaa|رجال ألمع||Rijal Almaa|Town in Asir Province, Saudi Arabia|
L tanomah|تنومة||Tanomah|Town in Asir Province, Saudi Arabia|
L al-majardah|المجاردة||Al-Majardah|Town in Asir Province, Saudi Arabia|
L balqarn|بلقرن||Balqarn|Town in Asir Province, Saudi Arabia|
L abu-arish|أبو عريش|أبي عريش|Abu Arish|Town in Jazan Province, Saudi Arabia|
L samtah|صامطة||Samtah|Town in Jazan Province, Saudi Arabia|
L baish|بيش||Baish|Town in Jazan Province, Saudi Arabia|
L damad|ضمد||Damad|Town in Jazan Province, Saudi Arabia|
L ahad-al-masarihah|أحد المسارحة||Ahad al-Masarihah|Town in Jazan Province, Saudi Arabia|
L al-eidabi|العيدابي||Al-Eidabi|Town in Jazan Province, Saudi Arabia|
L farasan-islands|جزر فرسان|جزيرة فرسان|Farasan Islands|Islands in Jazan Province, Saudi Arabia|
L sharurah|شرورة||Sharurah|Town in Najran Province, Saudi Arabia|
L badr-al-janub|بدر الجنوب||Badr al-Janub|Town in Najran Province, Saudi Arabia|
L yadamah|يدمة||Yadamah|Town in Najran Province, Saudi Arabia|
L khubash|خباش||Khubash|Town in Najran Province, Saudi Arabia|
L al-kharkhir|الخرخير||Al-Kharkhir|Town in Najran Province, Saudi Arabia|
L al-wadiah-crossing|منفذ الوديعة||Al-Wadiah crossing|Border crossing in Najran Province, Saudi Arabia|
L baljurashi|بلجرشي||Baljurashi|Town in Al-Bahah Province, Saudi Arabia|
L al-mikhwah|المخواة||Al-Mikhwah|Town in Al-Bahah Province, Saudi Arabia|
L qilwah|قلوة||Qilwah|Town in Al-Bahah Province, Saudi Arabia|
L al-mandaq|المندق||Al-Mandaq|Town in Al-Bahah Province, Saudi Arabia|
L tayma|تيماء||Tayma|Town in Tabuk Province, Saudi Arabia|
L duba|ضباء||Duba|Town in Tabuk Province, Saudi Arabia|
L umluj|أملج||Umluj|Town in Tabuk Province, Saudi Arabia|
L sharma|شرما||Sharma|Town in Tabuk Province, Saudi Arabia|
L sakaka|سكاكا||Sakaka|Town in Al-Jawf Province, Saudi Arabia|
L dumat-al-jandal|دومة الجندل||Dumat al-Jandal|Town in Al-Jawf Province, Saudi Arabia|
L tabarjal|طبرجل||Tabarjal|Town in Al-Jawf Province, Saudi Arabia|
L al-hadithah-crossing|منفذ الحديثة||Al-Hadithah crossing|Border crossing in Al-Jawf Province, Saudi Arabia|
L arar|عرعر||Arar|Town in Northern Borders Province, Saudi Arabia|
L rafha|رفحاء||Rafha|Town in Northern Borders Province, Saudi Arabia|
L al-uwayqilah|العويقيلة||Al-Uwayqilah|Town in Northern Borders Province, Saudi Arabia|
L jadidat-arar|منفذ جديدة عرعر||Jadidat Arar|Border crossing in Northern Borders Province, Saudi Arabia|
L baqaa|بقعاء||Baqa'a|Town in Ha'il Province, Saudi Arabia|
L al-shinan|الشنان||Al-Shinan|Town in Ha'il Province, Saudi Arabia|
L mukalla|المكلا||Mukalla|Town in Hadramawt Governorate, Yemen|
L seiyun|سيئون||Seiyun|Town in Hadramawt Governorate, Yemen|
L tarim|تريم||Tarim|Town in Hadramawt Governorate, Yemen|
L shibam|شبام||Shibam|Town in Hadramawt Governorate, Yemen|
L al-shihr|الشحر||Al-Shihr|Town in Hadramawt Governorate, Yemen|
L ghayl-ba-wazir|غيل باوزير||Ghayl Ba Wazir|Town in Hadramawt Governorate, Yemen|
L dawan|دوعن||Dawan|Town in Hadramawt Governorate, Yemen|
L haridah|حريضة||Haridah|Town in Hadramawt Governorate, Yemen|
L al-raydah-wa-qusayar|الريدة وقصيعر||Al-Raydah wa Qusayar|Town in Hadramawt Governorate, Yemen|
L al-masila-oil-field|حقل المسيلة||Al-Masila Oil Field|Oil field in Hadramawt Governorate, Yemen|
L wadi-hadramawt|وادي حضرموت||Wadi Hadramawt|Valley in Hadramawt Governorate, Yemen|
L al-dis-al-sharqiya|الديس الشرقية||Al-Dis al-Sharqiya|Town in Hadramawt Governorate, Yemen|
L brom-mayfa|بروم ميفع||Brom Mayfa|Town in Hadramawt Governorate, Yemen|
L al-suwm|السوم||Al-Suwm|Town in Hadramawt Governorate, Yemen|
L al-ghaydah|الغيضة||Al-Ghaydah|Town in Al-Mahrah Governorate, Yemen|
L sayhut|سيحوت||Sayhut|Town in Al-Mahrah Governorate, Yemen|
L qishn|قشن||Qishn|Town in Al-Mahrah Governorate, Yemen|
L hawf|حوف||Hawf|Town in Al-Mahrah Governorate, Yemen|
L ataq|عتق||Ataq|Town in Shabwah Governorate, Yemen|
L bayhan|بيحان||Bayhan|Town in Shabwah Governorate, Yemen|
L usaylan|عسيلان||Usaylan|Town in Shabwah Governorate, Yemen|
L markhah|مرخة||Markhah|Town in Shabwah Governorate, Yemen|
L habban|حبان||Habban|Town in Shabwah Governorate, Yemen|
L mayfaa|ميفعة||Mayfa'a|Town in Shabwah Governorate, Yemen|
L radhum|رضوم||Radhum|Town in Shabwah Governorate, Yemen|
L jardan|جردان||Jardan|Town in Shabwah Governorate, Yemen|
L balhaf|بلحاف||Balhaf|Town in Shabwah Governorate, Yemen|
L lawdar|لودر||Lawdar|Town in Abyan Governorate, Yemen|
L mudiyah|مودية||Mudiyah|Town in Abyan Governorate, Yemen|
L zinjibar|زنجبار||Zinjibar|Town in Abyan Governorate, Yemen|
L jaar|جعار||Ja'ar|Town in Abyan Governorate, Yemen|
L shuqrah|شقرة||Shuqrah|Town in Abyan Governorate, Yemen|
L khanfar|خنفر||Khanfar|Town in Abyan Governorate, Yemen|
L al-mahfad|المحفد||Al-Mahfad|Town in Abyan Governorate, Yemen|
L ahwar|أحور||Ahwar|Town in Abyan Governorate, Yemen|
L sarar|سرار||Sarar|Town in Abyan Governorate, Yemen|
L al-hawtah|الحوطة||Al-Hawtah|Town in Lahij Governorate, Yemen|
L tur-al-bahah|طور الباحة||Tur al-Bahah|Town in Lahij Governorate, Yemen|
L ras-al-arah|رأس العارة||Ras al-Arah|Town in Lahij Governorate, Yemen|
L radfan|ردفان||Radfan|Town in Lahij Governorate, Yemen|
L al-habilayn|الحبيلين||Al-Habilayn|Town in Lahij Governorate, Yemen|
L al-musaymir|المسيمير||Al-Musaymir|Town in Lahij Governorate, Yemen|
L al-qabbaytah|القبيطة||Al-Qabbaytah|Town in Lahij Governorate, Yemen|
L al-anad-air-base|قاعدة العند|العند|Al-Anad Air Base|Air base in Lahij Governorate, Yemen|
L qatabah|قعطبة||Qa'tabah|Town in Al-Dhale Governorate, Yemen|
L al-husha|الحشاء||Al-Husha|Town in Al-Dhale Governorate, Yemen|
L muris|مريس||Muris|Town in Al-Dhale Governorate, Yemen|
L al-azariq|الأزارق||Al-Azariq|Town in Al-Dhale Governorate, Yemen|
L mocha|المخا||Mocha|Town in Taiz Governorate, Yemen|
L al-waziiyah|الوازعية||Al-Wazi'iyah|Town in Taiz Governorate, Yemen|
L al-maafer|المعافر||Al-Ma'afer|Town in Taiz Governorate, Yemen|
L al-shamayatayn|الشمايتين||Al-Shamayatayn|Town in Taiz Governorate, Yemen|
L hayfan|حيفان||Hayfan|Town in Taiz Governorate, Yemen|
L al-mawasit|المواسط||Al-Mawasit|Town in Taiz Governorate, Yemen|
L mount-sabir|جبل صبر||Mount Sabir|Mountain in Taiz Governorate, Yemen|
L al-misrakh|المسراخ||Al-Misrakh|Town in Taiz Governorate, Yemen|
L mawiyah|ماوية||Mawiyah|Town in Taiz Governorate, Yemen|
L sharab|شرعب|شرعب السلام;شرعب الرونة|Shar'ab|Town in Taiz Governorate, Yemen|
L maqbanah|مقبنة||Maqbanah|Town in Taiz Governorate, Yemen|
L al-salw|الصلو||Al-Salw|Town in Taiz Governorate, Yemen|
L khadir|خدير||Khadir|Town in Taiz Governorate, Yemen|
L jabal-habashi|جبل حبشي||Jabal Habashi|Town in Taiz Governorate, Yemen|
L al-hawban|الحوبان||Al-Hawban|Town in Taiz Governorate, Yemen|
L al-kadaha|الكدحة||Al-Kadaha|Town in Taiz Governorate, Yemen|
L al-barh|البرح||Al-Barh|Town in Taiz Governorate, Yemen|
L al-rahidah|الراهدة||Al-Rahidah|Town in Taiz Governorate, Yemen|
L hays|حيس||Hays|Town in Hodeidah Governorate, Yemen|
L al-tuhayta|التحيتا||Al-Tuhayta|Town in Hodeidah Governorate, Yemen|
L zabid|زبيد||Zabid|Town in Hodeidah Governorate, Yemen|
L bayt-al-faqih|بيت الفقيه||Bayt al-Faqih|Town in Hodeidah Governorate, Yemen|
L al-durayhimi|الدريهمي||Al-Durayhimi|Town in Hodeidah Governorate, Yemen|
L bajil|باجل||Bajil|Town in Hodeidah Governorate, Yemen|
L salif|الصليف||Salif|Town in Hodeidah Governorate, Yemen|
L ras-isa|رأس عيسى||Ras Isa|Town in Hodeidah Governorate, Yemen|
L kamaran|كمران|جزيرة كمران|Kamaran|Town in Hodeidah Governorate, Yemen|
L al-marawiah|المراوعة||Al-Marawi'ah|Town in Hodeidah Governorate, Yemen|
L al-qanawis|القناوص||Al-Qanawis|Town in Hodeidah Governorate, Yemen|
L al-hawak|الحوك||Al-Hawak|Town in Hodeidah Governorate, Yemen|
L jabal-ras|جبل راس||Jabal Ras|Town in Hodeidah Governorate, Yemen|
L midi|ميدي||Midi|Town in Hajjah Governorate, Yemen|
L al-mahabishah|المحابشة||Al-Mahabishah|Town in Hajjah Governorate, Yemen|
L kuhlan|كحلان||Kuhlan|Town in Hajjah Governorate, Yemen|
L mustaba|مستبأ||Mustaba|Town in Hajjah Governorate, Yemen|
L washhah|وشحة||Washhah|Town in Hajjah Governorate, Yemen|
L kuaydinah|كعيدنة||Ku'aydinah|Town in Hajjah Governorate, Yemen|
L aflah-al-sham|أفلح الشام||Aflah al-Sham|Town in Hajjah Governorate, Yemen|
L aflah-al-yaman|أفلح اليمن||Aflah al-Yaman|Town in Hajjah Governorate, Yemen|
L bani-qais|بني قيس||Bani Qais|Town in Hajjah Governorate, Yemen|
L al-shahil|الشاهل||Al-Shahil|Town in Hajjah Governorate, Yemen|
L qafl-shammar|قفل شمر||Qafl Shammar|Town in Hajjah Governorate, Yemen|
L yarim|يريم||Yarim|Town in Ibb Governorate, Yemen|
L al-udayn|العدين||Al-Udayn|Town in Ibb Governorate, Yemen|
L hubaysh|حبيش||Hubaysh|Town in Ibb Governorate, Yemen|
L mudhaykhirah|مذيخرة||Mudhaykhirah|Town in Ibb Governorate, Yemen|
L dhi-al-sufal|ذي السفال||Dhi al-Sufal|Town in Ibb Governorate, Yemen|
L al-sayyani|السياني||Al-Sayyani|Town in Ibb Governorate, Yemen|
L al-makhadir|المخادر||Al-Makhadir|Town in Ibb Governorate, Yemen|
L badan|بعدان||Ba'dan|Town in Ibb Governorate, Yemen|
L al-dhihar|الظهار||Al-Dhihar|Town in Ibb Governorate, Yemen|
L al-sabrah|السبرة||Al-Sabrah|Town in Ibb Governorate, Yemen|
L al-radmah|الرضمة||Al-Radmah|Town in Ibb Governorate, Yemen|
L far-al-udayn|فرع العدين||Far' al-Udayn|Town in Ibb Governorate, Yemen|
L hazm-al-udayn|حزم العدين||Hazm al-Udayn|Town in Ibb Governorate, Yemen|
L jahran|جهران||Jahran|Town in Dhamar Governorate, Yemen|
L al-hada|الحداء||Al-Hada|Town in Dhamar Governorate, Yemen|
L wusab-al-ali|وصاب العالي||Wusab al-Ali|Town in Dhamar Governorate, Yemen|
L wusab-al-safil|وصاب السافل||Wusab al-Safil|Town in Dhamar Governorate, Yemen|
L dawran-anis|ضوران آنس||Dawran Anis|Town in Dhamar Governorate, Yemen|
L maghrib-ans|مغرب عنس||Maghrib Ans|Town in Dhamar Governorate, Yemen|
L jabal-al-sharq|جبل الشرق||Jabal al-Sharq|Town in Dhamar Governorate, Yemen|
L bani-matar|بني مطر||Bani Matar|Town in Sanaa Governorate, Yemen|
L bani-hushaysh|بني حشيش||Bani Hushaysh|Town in Sanaa Governorate, Yemen|
L sanhan|سنحان||Sanhan|Town in Sanaa Governorate, Yemen|
L khawlan|خولان||Khawlan|Town in Sanaa Governorate, Yemen|
L al-haymah-al-kharijiyah|الحيمة الخارجية||Al-Haymah al-Kharijiyah|Town in Sanaa Governorate, Yemen|
L al-haymah-al-dakhiliyah|الحيمة الداخلية||Al-Haymah al-Dakhiliyah|Town in Sanaa Governorate, Yemen|
L bani-al-harith|بني الحارث||Bani al-Harith|Town in Sanaa Governorate, Yemen|
L al-tiyal|الطيال||Al-Tiyal|Town in Sanaa Governorate, Yemen|
L safan|صعفان||Sa'fan|Town in Sanaa Governorate, Yemen|
L jihanah|جحانة||Jihanah|Town in Sanaa Governorate, Yemen|
L attan|جبل عطان||Attan|Mountain in Sanaa, Yemen|
L nuqum|جبل نقم||Nuqum|Mountain in Sanaa, Yemen|
L al-sabeen-square|ميدان السبعين||Al-Sabeen Square|Square in Sanaa, Yemen|
L al-jiraf|الجراف||Al-Jiraf|Quarter of Sanaa, Yemen|
L sawan|سعوان||Sa'wan|Quarter of Sanaa, Yemen|
L bab-al-yaman|باب اليمن||Bab al-Yaman|Quarter of Sanaa, Yemen|
L shumaila|شميلة||Shumaila|Quarter of Sanaa, Yemen|
L old-city-of-sanaa|صنعاء القديمة||Old City of Sanaa|Quarter of Sanaa, Yemen|
L hizyaz|حزيز||Hizyaz|Quarter of Sanaa, Yemen|
L dar-salm|دار سلم||Dar Salm|Quarter of Sanaa, Yemen|
L beit-bous|بيت بوس||Beit Bous|Quarter of Sanaa, Yemen|
L al-sunaynah|السنينة||Al-Sunaynah|Quarter of Sanaa, Yemen|
L raydah|ريدة||Raydah|Town in Amran Governorate, Yemen|
L harf-sufyan|حرف سفيان||Harf Sufyan|Town in Amran Governorate, Yemen|
L thula|ثلا||Thula|Town in Amran Governorate, Yemen|
L shaharah|شهارة||Shaharah|Town in Amran Governorate, Yemen|
L iyal-surayh|عيال سريح||Iyal Surayh|Town in Amran Governorate, Yemen|
L jabal-iyal-yazid|جبل عيال يزيد||Jabal Iyal Yazid|Town in Amran Governorate, Yemen|
L bani-suraim|بني صريم||Bani Suraim|Town in Amran Governorate, Yemen|
L al-qaflah|القفلة||Al-Qaflah|Town in Amran Governorate, Yemen|
L al-sudah|السودة||Al-Sudah|Town in Amran Governorate, Yemen|
L haydan|حيدان||Haydan|Town in Saada Governorate, Yemen|
L kitaf|كتاف||Kitaf|Town in Saada Governorate, Yemen|
L majz|مجز||Majz|Town in Saada Governorate, Yemen|
L sahar|سحار||Sahar|Town in Saada Governorate, Yemen|
L dahyan|ضحيان||Dahyan|Town in Saada Governorate, Yemen|
L baqim|باقم||Baqim|Town in Saada Governorate, Yemen|
L qatabir|قطابر||Qatabir|Town in Saada Governorate, Yemen|
L al-buq|منفذ البقع||Al-Buq'|Border crossing in Saada Governorate, Yemen|
L al-talh|الطلح||Al-Talh|Town in Saada Governorate, Yemen|
L kitaf-wa-al-buq|كتاف والبقع||Kitaf wa al-Buq'|Town in Saada Governorate, Yemen|
L sirwah|صرواح||Sirwah|Town in Marib Governorate, Yemen|
L harib|حريب||Harib|Town in Marib Governorate, Yemen|
L al-jubah|الجوبة||Al-Jubah|Town in Marib Governorate, Yemen|
L al-abdiyah|العبدية||Al-Abdiyah|Town in Marib Governorate, Yemen|
L medghal|مدغل||Medghal|Town in Marib Governorate, Yemen|
L majzar|مجزر||Majzar|Town in Marib Governorate, Yemen|
L raghwan|رغوان||Raghwan|Town in Marib Governorate, Yemen|
L mahliyah|ماهلية||Mahliyah|Town in Marib Governorate, Yemen|
L jabal-murad|جبل مراد||Jabal Murad|Town in Marib Governorate, Yemen|
L marib-dam|سد مأرب||Marib Dam|Dam in Marib Governorate, Yemen|
L al-kasarah|الكسارة||Al-Kasarah|Town in Marib Governorate, Yemen|
L al-mashjah|المشجح||Al-Mashjah|Town in Marib Governorate, Yemen|
L al-talaat-al-hamra|الطلعة الحمراء||Al-Talaat al-Hamra|Town in Marib Governorate, Yemen|
L al-balaq|البلق||Al-Balaq|Town in Marib Governorate, Yemen|
L rawik|الرويك||Rawik|Town in Marib Governorate, Yemen|
L khabb-wa-al-shaaf|خب والشعف||Khabb wa al-Sha'af|Town in Al-Jawf Governorate, Yemen|
L bart-al-anan|برط العنان||Bart al-Anan|Town in Al-Jawf Governorate, Yemen|
L al-yatamah|اليتمة||Al-Yatamah|Town in Al-Jawf Governorate, Yemen|
L al-matammah|المطمة||Al-Matammah|Town in Al-Jawf Governorate, Yemen|
L al-humaydat|الحميدات||Al-Humaydat|Town in Al-Jawf Governorate, Yemen|
L rajuzah|رجوزة||Rajuzah|Town in Al-Jawf Governorate, Yemen|
L radaa|رداع||Rada'a|Town in Al-Bayda Governorate, Yemen|
L mukayras|مكيراس||Mukayras|Town in Al-Bayda Governorate, Yemen|
L al-sawadiyah|السوادية||Al-Sawadiyah|Town in Al-Bayda Governorate, Yemen|
L qayfa|قيفة||Qayfa|Town in Al-Bayda Governorate, Yemen|
L dhi-naim|ذي ناعم||Dhi Na'im|Town in Al-Bayda Governorate, Yemen|
L nati|ناطع||Nati'|Town in Al-Bayda Governorate, Yemen|
L al-malajim|الملاجم||Al-Malajim|Town in Al-Bayda Governorate, Yemen|
L al-quraishiyah|القريشية||Al-Quraishiyah|Town in Al-Bayda Governorate, Yemen|
L radman|ردمان||Radman|Town in Al-Bayda Governorate, Yemen|
L hadibu|حديبو||Hadibu|Town in Socotra Governorate, Yemen|
L qalansiyah|قلنسية||Qalansiyah|Town in Socotra Governorate, Yemen|
L abd-al-kuri-island|جزيرة عبد الكوري||Abd al-Kuri Island|Town in Socotra Governorate, Yemen|
L crater|كريتر||Crater|Quarter of Aden, Yemen|
L al-mualla|المعلا||Al-Mualla|Quarter of Aden, Yemen|
L al-tawahi|التواهي||Al-Tawahi|Quarter of Aden, Yemen|
L khor-maksar|خور مكسر||Khor Maksar|Quarter of Aden, Yemen|
L dar-saad|دار سعد||Dar Saad|Quarter of Aden, Yemen|
L maashiq-palace|قصر معاشيق|معاشيق|Ma'ashiq Palace|Presidential palace in Aden, Yemen|
L sira-island|جزيرة صيرة||Sira Island|Island in Aden, Yemen|
L bir-ahmed|بئر أحمد||Bir Ahmed|Quarter of Aden, Yemen|
L little-aden|عدن الصغرى||Little Aden|Quarter of Aden, Yemen|
L jabal-hadid|جبل حديد||Jabal Hadid|Quarter of Aden, Yemen|
L jaawla|جعولة||Ja'awla|Quarter of Aden, Yemen|
L salalah|صلالة||Salalah|Town in Dhofar Governorate, Oman|
L mirbat|مرباط||Mirbat|Town in Dhofar Governorate, Oman|
L rakhyut|رخيوت||Rakhyut|Town in Dhofar Governorate, Oman|
L dhalkut|ضلكوت||Dhalkut|Town in Dhofar Governorate, Oman|
L thumrait|ثمريت||Thumrait|Town in Dhofar Governorate, Oman|
L al-mazyunah|المزيونة||Al-Mazyunah|Town in Dhofar Governorate, Oman|
L sadah|سدح||Sadah|Town in Dhofar Governorate, Oman|
L shalim|شليم||Shalim|Town in Dhofar Governorate, Oman|
L sohar|صحار||Sohar|Town in North Al Batinah Governorate, Oman|
L saham|صحم||Saham|Town in North Al Batinah Governorate, Oman|
L shinas|شناص||Shinas|Town in North Al Batinah Governorate, Oman|
L al-khaburah|الخابورة||Al-Khaburah|Town in North Al Batinah Governorate, Oman|
L al-suwaiq|السويق||Al-Suwaiq|Town in North Al Batinah Governorate, Oman|
L barka|بركاء||Barka|Town in South Al Batinah Governorate, Oman|
L rustaq|الرستاق||Rustaq|Town in South Al Batinah Governorate, Oman|
L wadi-al-maawil|وادي المعاول||Wadi al-Ma'awil|Town in South Al Batinah Governorate, Oman|
L al-awabi|العوابي||Al-Awabi|Town in South Al Batinah Governorate, Oman|
L nizwa|نزوى||Nizwa|Town in Ad Dakhiliyah Governorate, Oman|
L bahla|بهلاء||Bahla|Town in Ad Dakhiliyah Governorate, Oman|
L izki|إزكي||Izki|Town in Ad Dakhiliyah Governorate, Oman|
L samail|سمائل||Samail|Town in Ad Dakhiliyah Governorate, Oman|
L bidbid|بدبد||Bidbid|Town in Ad Dakhiliyah Governorate, Oman|
L al-mudaybi|المضيبي||Al-Mudaybi|Town in Ash Sharqiyah Governorate, Oman|
L bidiyah|بدية||Bidiyah|Town in Ash Sharqiyah Governorate, Oman|
L jalan-bani-bu-ali|جعلان بني بو علي||Jalan Bani Bu Ali|Town in Ash Sharqiyah Governorate, Oman|
L jalan-bani-bu-hasan|جعلان بني بو حسن||Jalan Bani Bu Hasan|Town in Ash Sharqiyah Governorate, Oman|
L ras-al-hadd|رأس الحد||Ras al-Hadd|Town in Ash Sharqiyah Governorate, Oman|
L qalhat|قلهات||Qalhat|Town in Ash Sharqiyah Governorate, Oman|
L ras-al-jinz|رأس الجنز||Ras al-Jinz|Town in Ash Sharqiyah Governorate, Oman|
L masirah-island|جزيرة مصيرة||Masirah Island|Island of Oman|
L duqm|الدقم||Duqm|Town in Al Wusta Governorate, Oman|
L haima|هيماء||Haima|Town in Al Wusta Governorate, Oman|
L mahout|محوت||Mahout|Town in Al Wusta Governorate, Oman|
L al-jazer|الجازر||Al-Jazer|Town in Al Wusta Governorate, Oman|
L al-ashkharah|الأشخرة||Al-Ashkharah|Town in Al Wusta Governorate, Oman|
L bukha|بخا||Bukha|Town in Musandam Governorate, Oman|
L dibba|دبا||Dibba|Town in Musandam Governorate, Oman|
L muttrah|مطرح||Muttrah|Quarter of Muscat, Oman|
L seeb|السيب||Seeb|Quarter of Muscat, Oman|
L bawshar|بوشر||Bawshar|Quarter of Muscat, Oman|
L al-amerat|العامرات||Al-Amerat|Quarter of Muscat, Oman|
L al-khuwair|الخوير||Al-Khuwair|Quarter of Muscat, Oman|
L al-mawaleh|الموالح||Al-Mawaleh|Quarter of Muscat, Oman|
L al-mabelah|المعبيلة||Al-Mabelah|Quarter of Muscat, Oman|
L al-athaiba|العذيبة||Al-Athaiba|Quarter of Muscat, Oman|
L khor-fakkan|خورفكان|خور فكان|Khor Fakkan|Town in Sharjah, United Arab Emirates|
L kalba|كلباء||Kalba|Town in Sharjah, United Arab Emirates|
L al-dhaid|الذيد||Al-Dhaid|Town in Sharjah, United Arab Emirates|
L dibba-al-hisn|دبا الحصن||Dibba al-Hisn|Town in Sharjah, United Arab Emirates|
L muwaileh|مويلح||Muwaileh|Town in Sharjah, United Arab Emirates|
L dibba-al-fujairah|دبا الفجيرة||Dibba al-Fujairah|Town in Fujairah, United Arab Emirates|
L masafi|مسافي||Masafi|Town in Fujairah, United Arab Emirates|
L qidfa|قدفع||Qidfa|Town in Fujairah, United Arab Emirates|
L al-tawiyeen|الطويين||Al-Tawiyeen|Town in Fujairah, United Arab Emirates|
L al-jazirah-al-hamra|الجزيرة الحمراء||Al-Jazirah al-Hamra|Town in Ras al-Khaimah, United Arab Emirates|
L shaam|شعم||Sha'am|Town in Ras al-Khaimah, United Arab Emirates|
L al-rams|الرمس||Al-Rams|Town in Ras al-Khaimah, United Arab Emirates|
L digdaga|الدقداقة||Digdaga|Town in Ras al-Khaimah, United Arab Emirates|
L julfar|جلفار||Julfar|Town in Ras al-Khaimah, United Arab Emirates|
L al-muayrid|المعيريض||Al-Mu'ayrid|Town in Ras al-Khaimah, United Arab Emirates|
L ghalilah|غليلة||Ghalilah|Town in Ras al-Khaimah, United Arab Emirates|
L masfout|مصفوت||Masfout|Town in Ajman, United Arab Emirates|
L al-nuaimiya|النعيمية||Al-Nuaimiya|Town in Ajman, United Arab Emirates|
L falaj-al-mualla|فلج المعلا||Falaj al-Mualla|Town in Umm al-Quwain, United Arab Emirates|
L al-ruwais|الرويس||Al-Ruwais|Town in Abu Dhabi, United Arab Emirates|
L al-dhafra-ae|الظفرة||Al-Dhafra|Region of Abu Dhabi, United Arab Emirates|
L ghayathi|غياثي||Ghayathi|Town in Abu Dhabi, United Arab Emirates|
L liwa-oasis|ليوا|واحة ليوا|Liwa Oasis|Town in Abu Dhabi, United Arab Emirates|
L mussafah|مصفح|المصفح|Mussafah|Town in Abu Dhabi, United Arab Emirates|
L bani-yas|بني ياس||Bani Yas|Town in Abu Dhabi, United Arab Emirates|
L al-bahia|الباهية||Al-Bahia|Town in Abu Dhabi, United Arab Emirates|
L ghantoot|غنتوت||Ghantoot|Town in Abu Dhabi, United Arab Emirates|
L sweihan|سويحان||Sweihan|Town in Abu Dhabi, United Arab Emirates|
L yas-island|جزيرة ياس||Yas Island|Island of Abu Dhabi, United Arab Emirates|
L saadiyat-island|جزيرة السعديات|السعديات|Saadiyat Island|Island of Abu Dhabi, United Arab Emirates|
L al-reem-island|جزيرة الريم||Al-Reem Island|Island of Abu Dhabi, United Arab Emirates|
L sir-bani-yas|صير بني ياس|جزيرة صير بني ياس|Sir Bani Yas|Island of Abu Dhabi, United Arab Emirates|
L dalma|جزيرة دلما||Dalma|Island of Abu Dhabi, United Arab Emirates|
L barakah-nuclear-plant|محطة براكة|براكة|Barakah Nuclear Plant|Nuclear power plant in Abu Dhabi, United Arab Emirates|
L al-dhafra-air-base|قاعدة الظفرة الجوية|قاعدة الظفرة|Al-Dhafra Air Base|Air base in Abu Dhabi, United Arab Emirates|
L jumeirah|جميرا||Jumeirah|Quarter of Dubai, United Arab Emirates|
L palm-jumeirah|نخلة جميرا||Palm Jumeirah|Quarter of Dubai, United Arab Emirates|
L al-qusais|القصيص||Al-Qusais|Quarter of Dubai, United Arab Emirates|
L al-mamzar|الممزر||Al-Mamzar|Quarter of Dubai, United Arab Emirates|
L al-barsha|البرشاء||Al-Barsha|Quarter of Dubai, United Arab Emirates|
L al-jaddaf|الجداف||Al-Jaddaf|Quarter of Dubai, United Arab Emirates|
L nad-al-sheba|ند الشبا||Nad al-Sheba|Quarter of Dubai, United Arab Emirates|
L mirdif|مردف||Mirdif|Quarter of Dubai, United Arab Emirates|
L al-khawaneej|الخوانيج||Al-Khawaneej|Quarter of Dubai, United Arab Emirates|
L al-muraqqabat|المرقبات||Al-Muraqqabat|Quarter of Dubai, United Arab Emirates|
L hor-al-anz|هور العنز||Hor al-Anz|Quarter of Dubai, United Arab Emirates|
L al-muteena|المطينة||Al-Muteena|Quarter of Dubai, United Arab Emirates|
L al-quoz|القوز||Al-Quoz|Quarter of Dubai, United Arab Emirates|
L hatta|حتا||Hatta|Quarter of Dubai, United Arab Emirates|
L jebel-ali|جبل علي||Jebel Ali|Quarter of Dubai, United Arab Emirates|
L abu-hail|أبو هيل|أبي هيل|Abu Hail|Quarter of Dubai, United Arab Emirates|
L al-jafiliya|الجافلية||Al-Jafiliya|Quarter of Dubai, United Arab Emirates|
L al-marmoom|المرموم||Al-Marmoom|Quarter of Dubai, United Arab Emirates|
L al-lisaili|الليسيلي||Al-Lisaili|Quarter of Dubai, United Arab Emirates|
L warsan|ورسان||Warsan|Quarter of Dubai, United Arab Emirates|
L dubai-marina|دبي مارينا||Dubai Marina|Quarter of Dubai, United Arab Emirates|
L al-awir|العوير||Al-Awir|Quarter of Dubai, United Arab Emirates|
L al-mizhar|المزهر||Al-Mizhar|Quarter of Dubai, United Arab Emirates|
L al-twar|الطوار||Al-Twar|Quarter of Dubai, United Arab Emirates|
L al-shahaniya|الشحانية||Al-Shahaniya|Town in Qatar|
L mesaieed|مسيعيد||Mesaieed|Town in Qatar|
L ras-laffan|راس لفان||Ras Laffan|Town in Qatar|
L al-zubarah|الزبارة||Al-Zubarah|Town in Qatar|
L al-ghuwariyah|الغويرية||Al-Ghuwariyah|Town in Qatar|
L lusail|لوسيل||Lusail|Town in Qatar|
L al-wukair|الوكير||Al-Wukair|Town in Qatar|
L al-kharaitiyat|الخريطيات||Al-Kharaitiyat|Town in Qatar|
L al-dafna|الدفنة||Al-Dafna|Town in Qatar|
L al-gharrafa|الغرافة||Al-Gharrafa|Town in Qatar|
L msheireb|مشيرب||Msheireb|Town in Qatar|
L abu-hamour|أبو هامور|أبي هامور|Abu Hamour|Town in Qatar|
L mesaimeer|مسيمير||Mesaimeer|Town in Qatar|
L al-thumama|الثمامة||Al-Thumama|Town in Qatar|
L al-waab|الوعب||Al-Waab|Town in Qatar|
L al-sailiya-qa|الصيلية||Al-Sailiya|Town in Qatar|
L muaither|معيذر||Muaither|Town in Qatar|
L umm-qarn|أم قرن||Umm Qarn|Town in Qatar|
L simaisma|سميسمة||Simaisma|Town in Qatar|
L al-kheesa|الخيسة||Al-Kheesa|Town in Qatar|
L abu-samra|أبو سمرة|أبي سمرة|Abu Samra|Border crossing in Qatar|
L al-udeid-air-base|قاعدة العديد|قاعدة العديد الجوية|Al-Udeid Air Base|Air base in Qatar|
L al-rayyan|الريان||Al-Rayyan|Town in Qatar|
L umm-bab|أم باب||Umm Bab|Town in Qatar|
L fuwayrit|فويرط||Fuwayrit|Town in Qatar|
L al-mashaf|المشاف||Al-Mashaf|Town in Qatar|
L katara|كتارا||Katara|Cultural village in Doha, Qatar|
L riffa|الرفاع||Riffa|Town in Bahrain|
L sitra|سترة||Sitra|Town in Bahrain|
L jidhafs|جدحفص||Jidhafs|Town in Bahrain|
L sanabis|السنابس||Sanabis|Town in Bahrain|
L diraz|الدراز||Diraz|Town in Bahrain|
L qalali|قلالي||Qalali|Town in Bahrain|
L zallaq|الزلاق||Zallaq|Town in Bahrain|
L awali|عوالي||Awali|Town in Bahrain|
L samaheej|سماهيج||Samaheej|Town in Bahrain|
L al-juffair|الجفير||Al-Juffair|Town in Bahrain|
L gudaibiya|القضيبية||Gudaibiya|Town in Bahrain|
L mahooz|الماحوز||Mahooz|Town in Bahrain|
L salmaniya|السلمانية||Salmaniya|Town in Bahrain|
L nuwaidrat|النويدرات||Nuwaidrat|Town in Bahrain|
L maameer|المعامير||Ma'ameer|Town in Bahrain|
L karzakan|كرزكان||Karzakan|Town in Bahrain|
L dumistan|دمستان||Dumistan|Town in Bahrain|
L al-hamala|الهملة||Al-Hamala|Town in Bahrain|
L barbar|باربار||Barbar|Town in Bahrain|
L karranah|كرانة||Karranah|Town in Bahrain|
L abu-saiba|أبو صيبع|أبي صيبع|Abu Saiba|Town in Bahrain|
L shakhura|الشاخورة||Shakhura|Town in Bahrain|
L bani-jamra|بني جمرة||Bani Jamra|Town in Bahrain|
L tubli|توبلي||Tubli|Town in Bahrain|
L salmabad|سلماباد||Salmabad|Town in Bahrain|
L jurdab|جرداب||Jurdab|Town in Bahrain|
L busaiteen|البسيتين||Busaiteen|Town in Bahrain|
L dar-kulaib|دار كليب||Dar Kulaib|Town in Bahrain|
L shahrakan|شهركان||Shahrakan|Town in Bahrain|
L hawar-islands|جزر حوار||Hawar Islands|Islands of Bahrain|
L umm-al-hassam|أم الحصم||Umm al-Hassam|Town in Bahrain|
L bilad-al-qadeem|بلاد القديم||Bilad al-Qadeem|Town in Bahrain|
L hoora|الحورة||Hoora|Town in Bahrain|
L salmiya|السالمية||Salmiya|Area in Hawalli Governorate, Kuwait|
L jabriya|الجابرية||Jabriya|Area in Hawalli Governorate, Kuwait|
L rumaithiya|الرميثية||Rumaithiya|Area in Hawalli Governorate, Kuwait|
L dasma|الدسمة||Dasma|Area in Capital Governorate, Kuwait|
L daiya|الدعية||Daiya|Area in Capital Governorate, Kuwait|
L shuwaikh|الشويخ||Shuwaikh|Area in Capital Governorate, Kuwait|
L kaifan|كيفان||Kaifan|Area in Capital Governorate, Kuwait|
L adailiya|العديلية||Adailiya|Area in Capital Governorate, Kuwait|
L sulaibikhat|الصليبيخات||Sulaibikhat|Area in Capital Governorate, Kuwait|
L al-mirqab|المرقاب||Al-Mirqab|Area in Capital Governorate, Kuwait|
L bneid-al-gar|بنيد القار||Bneid al-Gar|Area in Capital Governorate, Kuwait|
L dasman|دسمان|قصر دسمان|Dasman|Area in Capital Governorate, Kuwait|
L failaka-island|جزيرة فيلكا|فيلكا|Failaka Island|Island of Kuwait|
L bubiyan-island|جزيرة بوبيان|بوبيان|Bubiyan Island|Island of Kuwait|
L warbah-island|جزيرة وربة|وربة|Warbah Island|Island of Kuwait|
L khaitan|خيطان||Khaitan|Area in Farwaniya Governorate, Kuwait|
L jleeb-al-shuyoukh|جليب الشيوخ||Jleeb al-Shuyoukh|Area in Farwaniya Governorate, Kuwait|
L omariya|العمرية||Omariya|Area in Farwaniya Governorate, Kuwait|
L ardiya|العارضية||Ardiya|Area in Farwaniya Governorate, Kuwait|
L riggae|الرقعي||Riggae|Area in Farwaniya Governorate, Kuwait|
L fahaheel|الفحيحيل||Fahaheel|Area in Ahmadi Governorate, Kuwait|
L mangaf|المنقف||Mangaf|Area in Ahmadi Governorate, Kuwait|
L sabahiya|الصباحية||Sabahiya|Area in Ahmadi Governorate, Kuwait|
L fintas|الفنطاس||Fintas|Area in Ahmadi Governorate, Kuwait|
L abu-halifa|أبو حليفة|أبي حليفة|Abu Halifa|Area in Ahmadi Governorate, Kuwait|
L khairan|الخيران||Khairan|Area in Ahmadi Governorate, Kuwait|
L nuwaiseeb|النويصيب||Nuwaiseeb|Border crossing in Ahmadi Governorate, Kuwait|
L burgan-oil-field|حقل برقان|برقان|Burgan Oil Field|Oil field in Kuwait|
L adan|العدان||Adan|Area in Mubarak al-Kabeer Governorate, Kuwait|
L abu-ftaira|أبو فطيرة|أبي فطيرة|Abu Ftaira|Area in Mubarak al-Kabeer Governorate, Kuwait|
L funaitees|الفنيطيس||Funaitees|Area in Mubarak al-Kabeer Governorate, Kuwait|
L mutlaa|المطلاع||Mutlaa|Area in Jahra Governorate, Kuwait|
L shadadiya|الشدادية||Shadadiya|Area in Jahra Governorate, Kuwait|
L amghara|أمغرة||Amghara|Area in Jahra Governorate, Kuwait|
L zliten|زليتن||Zliten|Town in Tripolitania, Libya|
L gharyan|غريان||Gharyan|Town in Tripolitania, Libya|
L sabratha|صبراتة||Sabratha|Town in Tripolitania, Libya|
L tarhuna|ترهونة||Tarhuna|Town in Tripolitania, Libya|
L bani-walid|بني وليد||Bani Walid|Town in Tripolitania, Libya|
L zuwara|زوارة||Zuwara|Town in Tripolitania, Libya|
L regdalin|رقدالين||Regdalin|Town in Tripolitania, Libya|
L al-ajaylat|العجيلات||Al-Ajaylat|Town in Tripolitania, Libya|
L surman|صرمان||Surman|Town in Tripolitania, Libya|
L warshefana|ورشفانة||Warshefana|Town in Tripolitania, Libya|
L janzour|جنزور||Janzour|Town in Tripolitania, Libya|
L tajura|تاجوراء||Tajura|Town in Tripolitania, Libya|
L garabulli|القره بوللي||Garabulli|Town in Tripolitania, Libya|
L qasr-al-akhyar|قصر الأخيار||Qasr al-Akhyar|Town in Tripolitania, Libya|
L msallata|مسلاتة||Msallata|Town in Tripolitania, Libya|
L tawergha|تاورغاء||Tawergha|Town in Tripolitania, Libya|
L abu-qurayn|أبو قرين|أبي قرين|Abu Qurayn|Town in Tripolitania, Libya|
L ghadames|غدامس||Ghadames|Town in Tripolitania, Libya|
L nalut|نالوت||Nalut|Town in Tripolitania, Libya|
L zintan|الزنتان||Zintan|Town in Tripolitania, Libya|
L yafran|يفرن||Yafran|Town in Tripolitania, Libya|
L jadu|جادو||Jadu|Town in Tripolitania, Libya|
L kabaw|كاباو||Kabaw|Town in Tripolitania, Libya|
L al-rujban|الرجبان||Al-Rujban|Town in Tripolitania, Libya|
L al-rayayinah|الرياينة||Al-Rayayinah|Town in Tripolitania, Libya|
L al-asabaa|الأصابعة||Al-Asabaa|Town in Tripolitania, Libya|
L mizda|مزدة||Mizda|Town in Tripolitania, Libya|
L al-shwayrif|الشويرف||Al-Shwayrif|Town in Tripolitania, Libya|
L al-aziziya|العزيزية||Al-Aziziya|Town in Tripolitania, Libya|
L ras-ajdir|معبر رأس جدير|رأس جدير|Ras Ajdir|Border crossing in Tripolitania, Libya|
L dehiba-wazin|معبر الذهيبة وازن||Dehiba-Wazin|Border crossing between Libya and Tunisia|
L al-watiya-air-base|قاعدة الوطية|الوطية|Al-Watiya Air Base|Air base in western Libya|
L mitiga-airport|مطار معيتيقة|معيتيقة|Mitiga Airport|Airport in Tripoli, Libya|
L mellitah|مليتة||Mellitah|Town in Tripolitania, Libya|
L abu-kammash|أبو كماش|أبي كماش|Abu Kammash|Town in Tripolitania, Libya|
L nafusa-mountains|جبل نفوسة||Nafusa Mountains|Mountain range in north-western Libya|
L souq-al-jumaa|سوق الجمعة||Souq al-Jumaa|Quarter of Tripoli, Libya|
L abu-salim|أبو سليم|أبي سليم|Abu Salim|Quarter of Tripoli, Libya|
L ain-zara|عين زارة||Ain Zara|Quarter of Tripoli, Libya|
L gargaresh|قرقارش||Gargaresh|Quarter of Tripoli, Libya|
L bab-al-aziziya|باب العزيزية||Bab al-Aziziya|Quarter of Tripoli, Libya|
L fashloum|فشلوم||Fashloum|Quarter of Tripoli, Libya|
L al-fernaj|الفرناج||Al-Fernaj|Quarter of Tripoli, Libya|
L ghut-al-shaal|غوط الشعال||Ghut al-Shaal|Quarter of Tripoli, Libya|
L wadi-al-rabie|وادي الربيع||Wadi al-Rabie|Quarter of Tripoli, Libya|
L qasr-bin-ghashir|قصر بن غشير||Qasr bin Ghashir|Quarter of Tripoli, Libya|
L khallet-al-furjan|خلة الفرجان||Khallet al-Furjan|Quarter of Tripoli, Libya|
L ajdabiya|أجدابيا||Ajdabiya|Town in Cyrenaica, Libya|
L shahhat|شحات||Shahhat|Town in Cyrenaica, Libya|
L al-abraq|الأبرق||Al-Abraq|Town in Cyrenaica, Libya|
L martuba|مرتوبة||Martuba|Town in Cyrenaica, Libya|
L ain-al-ghazala|عين الغزالة||Ain al-Ghazala|Town in Cyrenaica, Libya|
L bardia|البردية||Bardia|Town in Cyrenaica, Libya|
L emsaed|امساعد||Emsaed|Town in Cyrenaica, Libya|
L jaghbub|الجغبوب||Jaghbub|Town in Cyrenaica, Libya|
L jalu|جالو||Jalu|Town in Cyrenaica, Libya|
L awjila|أوجلة||Awjila|Town in Cyrenaica, Libya|
L ujlah|اجخرة||Ujlah|Town in Cyrenaica, Libya|
L marada|مرادة||Marada|Town in Cyrenaica, Libya|
L suluq|سلوق||Suluq|Town in Cyrenaica, Libya|
L qaminis|قمينس||Qaminis|Town in Cyrenaica, Libya|
L tocra|توكرة||Tocra|Town in Cyrenaica, Libya|
L ras-al-hilal|رأس الهلال||Ras al-Hilal|Town in Cyrenaica, Libya|
L sidra|السدرة||Sidra|Town in Cyrenaica, Libya|
L ras-lanuf|راس لانوف||Ras Lanuf|Town in Cyrenaica, Libya|
L brega|البريقة||Brega|Town in Cyrenaica, Libya|
L zueitina|الزويتينة||Zueitina|Town in Cyrenaica, Libya|
L harawa|هراوة||Harawa|Town in Cyrenaica, Libya|
L derna|درنة||Derna|Town in Cyrenaica, Libya|
L kufra|الكفرة||Kufra|Town in Cyrenaica, Libya|
L al-rajma|الرجمة||Al-Rajma|Town in Cyrenaica, Libya|
L oil-crescent|الهلال النفطي||Oil Crescent|Oil region of northern Libya|
L cyrenaica|برقة||Cyrenaica|Region of eastern Libya|
L al-sabri|الصابري||Al-Sabri|Quarter of Benghazi, Libya|
L bu-atni|بوعطني||Bu Atni|Quarter of Benghazi, Libya|
L garyounis|قاريونس||Garyounis|Quarter of Benghazi, Libya|
L al-kish|الكيش||Al-Kish|Quarter of Benghazi, Libya|
L al-fuwayhat|الفويهات||Al-Fuwayhat|Quarter of Benghazi, Libya|
L al-guwarsha|القوارشة||Al-Guwarsha|Quarter of Benghazi, Libya|
L ganfouda|قنفودة||Ganfouda|Quarter of Benghazi, Libya|
L bu-hadima|بوهديمة||Bu Hadima|Quarter of Benghazi, Libya|
L al-majouri|الماجوري||Al-Majouri|Quarter of Benghazi, Libya|
L juliana|جليانة||Juliana|Quarter of Benghazi, Libya|
L sidi-akhribish|سيدي اخريبيش||Sidi Akhribish|Quarter of Benghazi, Libya|
L sabha|سبها||Sabha|Town in Fezzan, Libya|
L ubari|أوباري||Ubari|Town in Fezzan, Libya|
L ghat|غات||Ghat|Town in Fezzan, Libya|
L murzuq|مرزق||Murzuq|Town in Fezzan, Libya|
L al-qatrun|القطرون||Al-Qatrun|Town in Fezzan, Libya|
L traghan|تراغن||Traghan|Town in Fezzan, Libya|
L zuwaylah|زويلة||Zuwaylah|Town in Fezzan, Libya|
L tajarhi|تجرهي||Tajarhi|Town in Fezzan, Libya|
L brak-al-shati|براك الشاطئ||Brak al-Shati|Town in Fezzan, Libya|
L samnu|سمنو||Samnu|Town in Fezzan, Libya|
L tamanhint|تمنهنت|قاعدة تمنهنت|Tamanhint|Town in Fezzan, Libya|
L umm-al-aranib|أم الأرانب||Umm al-Aranib|Town in Fezzan, Libya|
L waddan|ودان||Waddan|Town in Fezzan, Libya|
L sokna|سوكنة||Sokna|Town in Fezzan, Libya|
L sharara-oil-field|حقل الشرارة||Sharara Oil Field|Oil field in Fezzan, Libya|
L el-feel-oil-field|حقل الفيل||El Feel Oil Field|Oil field in Fezzan, Libya|
L fezzan|فزان||Fezzan|Region of south-western Libya|
L al-jufra|الجفرة||Al-Jufra|Town in Fezzan, Libya|
L tmessa|تمسة||Tmessa|Town in Fezzan, Libya|
L al-wigh|الويغ||Al-Wigh|Town in Fezzan, Libya|
L ghar-al-milh|غار الملح||Ghar al-Milh|Town in Bizerte Governorate, Tunisia|
L sejnane|سجنان||Sejnane|Town in Bizerte Governorate, Tunisia|
L joumine|جومين||Joumine|Town in Bizerte Governorate, Tunisia|
L tinja|تينجة||Tinja|Town in Bizerte Governorate, Tunisia|
L utique|أوتيك||Utique|Town in Bizerte Governorate, Tunisia|
L medjez-el-bab|مجاز الباب||Medjez el-Bab|Town in Beja Governorate, Tunisia|
L testour|تستور||Testour|Town in Beja Governorate, Tunisia|
L teboursouk|تبرسق||Teboursouk|Town in Beja Governorate, Tunisia|
L nefza|نفزة||Nefza|Town in Beja Governorate, Tunisia|
L thibar|تيبار||Thibar|Town in Beja Governorate, Tunisia|
L goubellat|قبلاط||Goubellat|Town in Beja Governorate, Tunisia|
L tabarka|طبرقة||Tabarka|Town in Jendouba Governorate, Tunisia|
L ain-draham|عين دراهم||Ain Draham|Town in Jendouba Governorate, Tunisia|
L bou-salem|بوسالم||Bou Salem|Town in Jendouba Governorate, Tunisia|
L ghardimaou|غار الدماء||Ghardimaou|Town in Jendouba Governorate, Tunisia|
L fernana|فرنانة||Fernana|Town in Jendouba Governorate, Tunisia|
L oued-meliz|وادي مليز||Oued Meliz|Town in Jendouba Governorate, Tunisia|
L balta-bou-aouane|بلطة بوعوان||Balta-Bou Aouane|Town in Jendouba Governorate, Tunisia|
L tajerouine|تاجروين||Tajerouine|Town in Kef Governorate, Tunisia|
L dahmani|الدهماني||Dahmani|Town in Kef Governorate, Tunisia|
L sakiet-sidi-youssef|ساقية سيدي يوسف||Sakiet Sidi Youssef|Town in Kef Governorate, Tunisia|
L kalaat-khasba|القلعة الخصبة||Kalaat Khasba|Town in Kef Governorate, Tunisia|
L kalaat-senan|قلعة سنان||Kalaat Senan|Town in Kef Governorate, Tunisia|
L jerissa|الجريصة||Jerissa|Town in Kef Governorate, Tunisia|
L sers|السرس||Sers|Town in Kef Governorate, Tunisia|
L touiref|الطويرف||Touiref|Town in Kef Governorate, Tunisia|
L makthar|مكثر||Makthar|Town in Siliana Governorate, Tunisia|
L gaafour|قعفور||Gaafour|Town in Siliana Governorate, Tunisia|
L bou-arada|بوعرادة||Bou Arada|Town in Siliana Governorate, Tunisia|
L le-krib|الكريب||Le Krib|Town in Siliana Governorate, Tunisia|
L bargou|برقو||Bargou|Town in Siliana Governorate, Tunisia|
L sbeitla|سبيطلة||Sbeitla|Town in Kasserine Governorate, Tunisia|
L feriana|فريانة||Feriana|Town in Kasserine Governorate, Tunisia|
L thala|تالة||Thala|Town in Kasserine Governorate, Tunisia|
L sbiba|سبيبة||Sbiba|Town in Kasserine Governorate, Tunisia|
L foussana|فوسانة||Foussana|Town in Kasserine Governorate, Tunisia|
L majel-bel-abbes|ماجل بلعباس||Majel Bel Abbes|Town in Kasserine Governorate, Tunisia|
L jedelienne|جدليان||Jedelienne|Town in Kasserine Governorate, Tunisia|
L hassi-el-frid|حاسي الفريد||Hassi el-Frid|Town in Kasserine Governorate, Tunisia|
L mount-chambi|جبل الشعانبي|الشعانبي|Mount Chambi|Mountain in Kasserine Governorate, Tunisia|
L mount-semmama|جبل سمامة||Mount Semmama|Mountain in Kasserine Governorate, Tunisia|
L haffouz|حفوز||Haffouz|Town in Kairouan Governorate, Tunisia|
L sbikha|السبيخة||Sbikha|Town in Kairouan Governorate, Tunisia|
L oueslatia|الوسلاتية||Oueslatia|Town in Kairouan Governorate, Tunisia|
L chebika|الشبيكة||Chebika|Town in Kairouan Governorate, Tunisia|
L bou-hajla|بوحجلة||Bou Hajla|Town in Kairouan Governorate, Tunisia|
L hajeb-el-ayoun|حاجب العيون||Hajeb el-Ayoun|Town in Kairouan Governorate, Tunisia|
L cherarda|الشراردة||Cherarda|Town in Kairouan Governorate, Tunisia|
L ain-djeloula|عين جلولة||Ain Djeloula|Town in Kairouan Governorate, Tunisia|
L menzel-bouzaiane|منزل بوزيان||Menzel Bouzaiane|Town in Sidi Bouzid Governorate, Tunisia|
L sabalat-ouled-asker|السبالة||Sabalat Ouled Asker|Town in Sidi Bouzid Governorate, Tunisia|
L jilma|جلمة||Jilma|Town in Sidi Bouzid Governorate, Tunisia|
L bir-el-hafey|بئر الحفي||Bir el-Hafey|Town in Sidi Bouzid Governorate, Tunisia|
L mezzouna|المزونة||Mezzouna|Town in Sidi Bouzid Governorate, Tunisia|
L ouled-haffouz|أولاد حفوز||Ouled Haffouz|Town in Sidi Bouzid Governorate, Tunisia|
L metlaoui|المتلوي||Metlaoui|Town in Gafsa Governorate, Tunisia|
L oum-el-araies|أم العرائس||Oum El Araies|Town in Gafsa Governorate, Tunisia|
L mdhilla|المظيلة||Mdhilla|Town in Gafsa Governorate, Tunisia|
L nefta|نفطة||Nefta|Town in Tozeur Governorate, Tunisia|
L degache|دقاش||Degache|Town in Tozeur Governorate, Tunisia|
L hazoua|حزوة||Hazoua|Town in Tozeur Governorate, Tunisia|
L tamerza|تمغزة||Tamerza|Town in Tozeur Governorate, Tunisia|
L douz|دوز||Douz|Town in Kebili Governorate, Tunisia|
L el-faouar|الفوار||El Faouar|Town in Kebili Governorate, Tunisia|
L jemna|جمنة||Jemna|Town in Kebili Governorate, Tunisia|
L matmata|مطماطة||Matmata|Town in Gabes Governorate, Tunisia|
L mareth|مارث||Mareth|Town in Gabes Governorate, Tunisia|
L oudhref|وذرف||Oudhref|Town in Gabes Governorate, Tunisia|
L ghannouch|غنوش||Ghannouch|Town in Gabes Governorate, Tunisia|
L zarzis|جرجيس||Zarzis|Town in Medenine Governorate, Tunisia|
L ben-gardane|بن قردان||Ben Gardane|Town in Medenine Governorate, Tunisia|
L djerba|جربة||Djerba|Town in Medenine Governorate, Tunisia|
L houmt-souk|حومة السوق||Houmt Souk|Town in Medenine Governorate, Tunisia|
L midoun|ميدون||Midoun|Town in Medenine Governorate, Tunisia|
L ajim|أجيم||Ajim|Town in Medenine Governorate, Tunisia|
L beni-khedache|بني خداش||Beni Khedache|Town in Medenine Governorate, Tunisia|
L remada|رمادة||Remada|Town in Tataouine Governorate, Tunisia|
L dehiba|الذهيبة||Dehiba|Town in Tataouine Governorate, Tunisia|
L ghomrassen|غمراسن||Ghomrassen|Town in Tataouine Governorate, Tunisia|
L smar|الصمار||Smar|Town in Tataouine Governorate, Tunisia|
L mahdia|المهدية||Mahdia|Town in Mahdia Governorate, Tunisia|
L el-djem|الجم||El Djem|Town in Mahdia Governorate, Tunisia|
L ksour-essef|قصور الساف||Ksour Essef|Town in Mahdia Governorate, Tunisia|
L mellouleche|ملولش||Melloulèche|Town in Mahdia Governorate, Tunisia|
L chorbane|شربان||Chorbane|Town in Mahdia Governorate, Tunisia|
L hebira|هبيرة||Hebira|Town in Mahdia Governorate, Tunisia|
L souassi|السواسي||Souassi|Town in Mahdia Governorate, Tunisia|
L ouled-chamekh|أولاد الشامخ||Ouled Chamekh|Town in Mahdia Governorate, Tunisia|
L sakiet-ezzit|ساقية الزيت||Sakiet Ezzit|Town in Sfax Governorate, Tunisia|
L sakiet-eddaier|ساقية الدائر||Sakiet Eddaier|Town in Sfax Governorate, Tunisia|
L jebiniana|جبنيانة||Jebiniana|Town in Sfax Governorate, Tunisia|
L el-hencha|الحنشة||El Hencha|Town in Sfax Governorate, Tunisia|
L menzel-chaker|منزل شاكر||Menzel Chaker|Town in Sfax Governorate, Tunisia|
L skhira|الصخيرة||Skhira|Town in Sfax Governorate, Tunisia|
L mahres|المحرس||Mahres|Town in Sfax Governorate, Tunisia|
L kerkennah|قرقنة|جزر قرقنة|Kerkennah|Town in Sfax Governorate, Tunisia|
L ksar-hellal|قصر هلال||Ksar Hellal|Town in Monastir Governorate, Tunisia|
L moknine|المكنين||Moknine|Town in Monastir Governorate, Tunisia|
L teboulba|طبلبة||Teboulba|Town in Monastir Governorate, Tunisia|
L bembla|بنبلة||Bembla|Town in Monastir Governorate, Tunisia|
L zeramdine|زرمدين||Zeramdine|Town in Monastir Governorate, Tunisia|
L beni-hassen|بني حسان||Beni Hassen|Town in Monastir Governorate, Tunisia|
L bekalta|البقالطة||Bekalta|Town in Monastir Governorate, Tunisia|
L ksibet-el-mediouni|قصيبة المديوني||Ksibet el-Mediouni|Town in Monastir Governorate, Tunisia|
L ouerdanine|الوردانين||Ouerdanine|Town in Monastir Governorate, Tunisia|
L lamta|لمطة||Lamta|Town in Monastir Governorate, Tunisia|
L hammam-sousse|حمام سوسة||Hammam Sousse|Town in Sousse Governorate, Tunisia|
L akouda|أكودة||Akouda|Town in Sousse Governorate, Tunisia|
L kalaa-kebira|القلعة الكبرى||Kalaa Kebira|Town in Sousse Governorate, Tunisia|
L kalaa-seghira|القلعة الصغرى||Kalaa Seghira|Town in Sousse Governorate, Tunisia|
L enfidha|النفيضة||Enfidha|Town in Sousse Governorate, Tunisia|
L hergla|هرقلة||Hergla|Town in Sousse Governorate, Tunisia|
L bouficha|بوفيشة||Bouficha|Town in Sousse Governorate, Tunisia|
L port-el-kantaoui|القنطاوي|مرسى القنطاوي|Port El Kantaoui|Town in Sousse Governorate, Tunisia|
L kondar|كندار||Kondar|Town in Sousse Governorate, Tunisia|
L nabeul|نابل||Nabeul|Town in Nabeul Governorate, Tunisia|
L kelibia|قليبية||Kelibia|Town in Nabeul Governorate, Tunisia|
L menzel-temime|منزل تميم||Menzel Temime|Town in Nabeul Governorate, Tunisia|
L dar-chaabane|دار شعبان الفهري||Dar Chaabane|Town in Nabeul Governorate, Tunisia|
L beni-khiar|بني خيار||Beni Khiar|Town in Nabeul Governorate, Tunisia|
L menzel-bouzelfa|منزل بوزلفة||Menzel Bouzelfa|Town in Nabeul Governorate, Tunisia|
L grombalia|قرمبالية||Grombalia|Town in Nabeul Governorate, Tunisia|
L bou-argoub|بوعرقوب||Bou Argoub|Town in Nabeul Governorate, Tunisia|
L el-haouaria|الهوارية||El Haouaria|Town in Nabeul Governorate, Tunisia|
L takelsa|تاكلسة||Takelsa|Town in Nabeul Governorate, Tunisia|
L el-mida|الميدة||El Mida|Town in Nabeul Governorate, Tunisia|
L hammam-ghezeze|حمام الأغزاز||Hammam Ghezèze|Town in Nabeul Governorate, Tunisia|
L bir-mcherga|بئر مشارقة||Bir Mcherga|Town in Zaghouan Governorate, Tunisia|
L saouaf|صواف||Saouaf|Town in Zaghouan Governorate, Tunisia|
L douar-hicher|دوار هيشر||Douar Hicher|Town in Manouba Governorate, Tunisia|
L oued-ellil|وادي الليل||Oued Ellil|Town in Manouba Governorate, Tunisia|
L den-den|الدندان||Den Den|Town in Manouba Governorate, Tunisia|
L tebourba|طبربة||Tebourba|Town in Manouba Governorate, Tunisia|
L el-battan|البطان||El Battan|Town in Manouba Governorate, Tunisia|
L mornaguia|المرناقية||Mornaguia|Town in Manouba Governorate, Tunisia|
L borj-el-amri|برج العامري||Borj El Amri|Town in Manouba Governorate, Tunisia|
L kalaat-el-andalous|قلعة الأندلس||Kalaat el-Andalous|Town in Ariana Governorate, Tunisia|
L mnihla|المنيهلة||Mnihla|Town in Ariana Governorate, Tunisia|
L hammam-lif|حمام الأنف||Hammam Lif|Town in Ben Arous Governorate, Tunisia|
L hammam-chott|حمام الشط||Hammam Chott|Town in Ben Arous Governorate, Tunisia|
L rades|رادس||Radès|Town in Ben Arous Governorate, Tunisia|
L fouchana|فوشانة||Fouchana|Town in Ben Arous Governorate, Tunisia|
L mornag|مرناق||Mornag|Town in Ben Arous Governorate, Tunisia|
L megrine|مقرين||Megrine|Town in Ben Arous Governorate, Tunisia|
L bou-mhel|بومهل||Bou Mhel|Town in Ben Arous Governorate, Tunisia|
L bardo|باردو||Bardo|Quarter of Tunis, Tunisia|
L carthage|قرطاج||Carthage|Quarter of Tunis, Tunisia|
L la-goulette|حلق الوادي||La Goulette|Quarter of Tunis, Tunisia|
L bab-souika|باب سويقة||Bab Souika|Quarter of Tunis, Tunisia|
L mellassine|الملاسين||Mellassine|Quarter of Tunis, Tunisia|
L sijoumi|السيجومي||Sijoumi|Quarter of Tunis, Tunisia|
L kabaria|الكبارية||Kabaria|Quarter of Tunis, Tunisia|
L jebel-jelloud|جبل الجلود||Jebel Jelloud|Quarter of Tunis, Tunisia|
L hrairia|الحرايرية||Hrairia|Quarter of Tunis, Tunisia|
L ezzahrouni|الزهروني||Ezzahrouni|Quarter of Tunis, Tunisia|
L lafayette|لافايات||Lafayette|Quarter of Tunis, Tunisia|
L kasbah-of-tunis|ساحة القصبة||Kasbah of Tunis|Square in Tunis, Tunisia|
L meknes|مكناس||Meknes|Town in Morocco|
L oujda|وجدة||Oujda|Town in Morocco|
L agadir|أكادير|أغادير|Agadir|Town in Morocco|
L tetouan|تطوان||Tetouan|Town in Morocco|
L sale|سلا||Salé|Town in Morocco|
L temara|تمارة||Temara|Town in Morocco|
L safi|آسفي||Safi|Town in Morocco|
L essaouira|الصويرة||Essaouira|Town in Morocco|
L beni-mellal|بني ملال||Beni Mellal|Town in Morocco|
L khouribga|خريبكة||Khouribga|Town in Morocco|
L settat|سطات||Settat|Town in Morocco|
L berrechid|برشيد||Berrechid|Town in Morocco|
L khenifra|خنيفرة||Khenifra|Town in Morocco|
L errachidia|الراشيدية||Errachidia|Town in Morocco|
L ouarzazate|ورزازات||Ouarzazate|Town in Morocco|
L zagora|زاكورة||Zagora|Town in Morocco|
L tinghir|تنغير||Tinghir|Town in Morocco|
L al-hoceima|الحسيمة||Al Hoceima|Town in Morocco|
L taourirt|تاوريرت||Taourirt|Town in Morocco|
L jerada|جرادة||Jerada|Town in Morocco|
L figuig|فكيك|فجيج|Figuig|Town in Morocco|
L taza|تازة||Taza|Town in Morocco|
L taounate|تاونات||Taounate|Town in Morocco|
L khemisset|الخميسات||Khemisset|Town in Morocco|
L sidi-kacem|سيدي قاسم||Sidi Kacem|Town in Morocco|
L sidi-bennour|سيدي بنور||Sidi Bennour|Town in Morocco|
L sidi-ifni|سيدي إفني||Sidi Ifni|Town in Morocco|
L larache|العرائش||Larache|Town in Morocco|
L ksar-el-kebir|القصر الكبير||Ksar el-Kebir|Town in Morocco|
L chefchaouen|شفشاون||Chefchaouen|Town in Morocco|
L fnideq|الفنيدق||Fnideq|Town in Morocco|
L martil|مرتيل||Martil|Town in Morocco|
L guelmim|كلميم||Guelmim|Town in Morocco|
L tan-tan|طانطان||Tan-Tan|Town in Morocco|
L tarfaya|طرفاية||Tarfaya|Town in Morocco|
L assa|آسا||Assa|Town in Morocco|
L tiznit|تيزنيت|تزنيت|Tiznit|Town in Morocco|
L taroudant|تارودانت||Taroudant|Town in Morocco|
L inezgane|إنزكان||Inezgane|Town in Morocco|
L ait-melloul|أيت ملول||Ait Melloul|Town in Morocco|
L dcheira|الدشيرة||Dcheira|Town in Morocco|
L biougra|بيوكرى||Biougra|Town in Morocco|
L al-haouz|الحوز||Al Haouz|Province of Morocco|
L amizmiz|أمزميز||Amizmiz|Town in Morocco|
L tahannaout|تحناوت||Tahannaout|Town in Morocco|
L ighil|إيغيل||Ighil|Town in Morocco|
L asni|أسني||Asni|Town in Morocco|
L ouirgane|ويركان||Ouirgane|Town in Morocco|
L talat-nyaaqoub|ثلاث نيعقوب||Talat N'Yaaqoub|Town in Morocco|
L adassil|أداسيل||Adassil|Town in Morocco|
L chichaoua|شيشاوة||Chichaoua|Town in Morocco|
L imintanoute|إمنتانوت||Imintanoute|Town in Morocco|
L el-kelaa-des-sraghna|قلعة السراغنة||El Kelaa des Sraghna|Town in Morocco|
L rehamna|الرحامنة||Rehamna|Town in Morocco|
L azemmour|أزمور||Azemmour|Town in Morocco|
L oualidia|الوليدية||Oualidia|Town in Morocco|
L kasba-tadla|قصبة تادلة||Kasba Tadla|Town in Morocco|
L azilal|أزيلال||Azilal|Town in Morocco|
L demnate|دمنات||Demnate|Town in Morocco|
L midelt|ميدلت||Midelt|Town in Morocco|
L ifrane|إفران||Ifrane|Town in Morocco|
L azrou|أزرو||Azrou|Town in Morocco|
L sefrou|صفرو||Sefrou|Town in Morocco|
L boulemane|بولمان||Boulemane|Town in Morocco|
L erfoud|أرفود||Erfoud|Town in Morocco|
L rissani|الريصاني||Rissani|Town in Morocco|
L merzouga|مرزوكة||Merzouga|Town in Morocco|
L guercif|كرسيف|جرسيف|Guercif|Town in Morocco|
L driouch|الدريوش||Driouch|Town in Morocco|
L zaio|زايو||Zaio|Town in Morocco|
L ahfir|أحفير||Ahfir|Town in Morocco|
L beni-ansar|بني أنصار||Beni Ansar|Town in Morocco|
L benslimane|بنسليمان||Benslimane|Town in Morocco|
L skhirat|الصخيرات||Skhirat|Town in Morocco|
L harhoura|الهرهورة||Harhoura|Town in Morocco|
L tiflet|تيفلت||Tiflet|Town in Morocco|
L mechra-bel-ksiri|مشرع بلقصيري||Mechra Bel Ksiri|Town in Morocco|
L imzouren|إمزورن||Imzouren|Town in Morocco|
L targuist|تارجيست||Targuist|Town in Morocco|
L beni-bouayach|بني بوعياش||Beni Bouayach|Town in Morocco|
L ghafsai|غفساي||Ghafsai|Town in Morocco|
L tata|طاطا||Tata|Town in Morocco|
L akka|أقا||Akka|Town in Morocco|
L fam-el-hisn|فم الحصن||Fam El Hisn|Town in Morocco|
L kalaat-mgouna|قلعة مكونة||Kalaat M'Gouna|Town in Morocco|
L boumalne-dades|بومالن دادس||Boumalne Dades|Town in Morocco|
L agdz|أكدز||Agdz|Town in Morocco|
L taznakht|تازناخت||Taznakht|Town in Morocco|
L mhamid-el-ghizlane|محاميد الغزلان||M'Hamid El Ghizlane|Town in Morocco|
L boudnib|بوذنيب||Boudnib|Town in Morocco|
L goulmima|كلميمة||Goulmima|Town in Morocco|
L tinejdad|تنجداد||Tinejdad|Town in Morocco|
L bouznika|بوزنيقة||Bouznika|Town in Morocco|
L dar-bouazza|دار بوعزة||Dar Bouazza|Town in Morocco|
L bouskoura|بوسكورة||Bouskoura|Town in Morocco|
L souk-el-arbaa|سوق أربعاء الغرب||Souk El Arbaa|Town in Morocco|
L sidi-yahya-el-gharb|سيدي يحيى الغرب||Sidi Yahya El Gharb|Town in Morocco|
L ouled-teima|أولاد تايمة||Ouled Teima|Town in Morocco|
L oulad-berhil|أولاد برحيل||Oulad Berhil|Town in Morocco|
L taliouine|تالوين||Taliouine|Town in Morocco|
L tafraout|تافراوت||Tafraout|Town in Morocco|
L imouzzer-kandar|إيموزار كندر||Imouzzer Kandar|Town in Morocco|
L khemis-zemamra|خميس الزمامرة||Khemis Zemamra|Town in Morocco|
L tamesna|تامسنا||Tamesna|Town in Morocco|
L sebt-oulad-nemma|سبت أولاد النمة||Sebt Oulad Nemma|Town in Morocco|
L oued-zem|وادي زم||Oued Zem|Town in Morocco|
L bejaad|أبي الجعد||Bejaad|Town in Morocco|
L rif|الريف المغربي||Rif|Region of northern Morocco|
L draa-valley|وادي درعة||Drâa Valley|Valley in southern Morocco|
L ain-sebaa|عين السبع||Ain Sebaa|Quarter of Casablanca, Morocco|
L sidi-bernoussi|البرنوصي|سيدي البرنوصي|Sidi Bernoussi|Quarter of Casablanca, Morocco|
L anfa|أنفا||Anfa|Quarter of Casablanca, Morocco|
L sidi-moumen|سيدي مومن||Sidi Moumen|Quarter of Casablanca, Morocco|
L hay-mohammadi|الحي المحمدي||Hay Mohammadi|Quarter of Casablanca, Morocco|
L derb-sultan|درب السلطان||Derb Sultan|Quarter of Casablanca, Morocco|
L ain-chock|عين الشق||Ain Chock|Quarter of Casablanca, Morocco|
L ben-msick|ابن امسيك||Ben M'Sick|Quarter of Casablanca, Morocco|
L agdal|أكدال||Agdal|Quarter of Rabat, Morocco|
L souissi|السويسي||Souissi|Quarter of Rabat, Morocco|
L touarga|تواركة||Touarga|Quarter of Rabat, Morocco|
L ain-aouda|عين عودة||Ain Aouda|Quarter of Rabat, Morocco|
L nouadhibou|نواذيبو|انواذيبو|Nouadhibou|Town in Mauritania|
L rosso|روصو||Rosso|Town in Mauritania|
L kaedi|كيهيدي||Kaedi|Town in Mauritania|
L kiffa|كيفة||Kiffa|Town in Mauritania|
L zouerat|الزويرات||Zouerat|Town in Mauritania|
L akjoujt|أكجوجت||Akjoujt|Town in Mauritania|
L tidjikja|تجكجة||Tidjikja|Town in Mauritania|
L aleg|ألاك||Aleg|Town in Mauritania|
L selibaby|سيلبابي||Selibaby|Town in Mauritania|
L boutilimit|بوتلميت||Boutilimit|Town in Mauritania|
L chinguetti|شنقيط||Chinguetti|Town in Mauritania|
L ouadane|وادان||Ouadane|Town in Mauritania|
L tichitt|تيشيت||Tichitt|Town in Mauritania|
L oualata|ولاتة||Oualata|Town in Mauritania|
L mbera-camp|مخيم امبرة||Mbera Camp|Refugee camp in Hodh Ech Chargui, Mauritania|
L bassikounou|باسكنو||Bassikounou|Town in Mauritania|
L timbedra|تمبدغة||Timbedra|Town in Mauritania|
L djiguenni|جكني|جيكني|Djiguenni|Town in Mauritania|
L boghe|بوكي||Boghe|Town in Mauritania|
L magta-lahjar|مقطع لحجار||Magta Lahjar|Town in Mauritania|
L mederdra|المذرذرة||Mederdra|Town in Mauritania|
L bir-moghrein|بير أم اكرين||Bir Moghrein|Town in Mauritania|
L fderik|فديرك||Fderik|Town in Mauritania|
L mbout|امبود||Mbout|Town in Mauritania|
L monguel|مونكل||Monguel|Town in Mauritania|
L tevragh-zeina|تفرغ زينة||Tevragh Zeina|Town in Mauritania|
L ksar|لكصر||Ksar|Town in Mauritania|
L toujounine|توجنين||Toujounine|Town in Mauritania|
L ouad-naga|واد الناقة||Ouad Naga|Town in Mauritania|
L tintane|الطينطان||Tintane|Town in Mauritania|
L barkewol|باركيول||Barkewol|Town in Mauritania|
L dakhla|الداخلة||Dakhla|Town in Western Sahara|
L smara|السمارة||Smara|Town in Western Sahara|
L boujdour|بوجدور||Boujdour|Town in Western Sahara|
L aousserd|أوسرد||Aousserd|Town in Western Sahara|
L lagouira|الكويرة||Lagouira|Town in Western Sahara|
L guerguerat|الكركرات||Guerguerat|Border crossing in Western Sahara|
L bir-gandouz|بئر كندوز||Bir Gandouz|Town in Western Sahara|
L tifariti|تيفاريتي||Tifariti|Town in Western Sahara|
L bir-lahlou|بئر لحلو||Bir Lahlou|Town in Western Sahara|
L nyala|نيالا||Nyala|Town in Darfur, Sudan|
L el-geneina|الجنينة||El Geneina|Town in Darfur, Sudan|
L zalingei|زالنجي||Zalingei|Town in Darfur, Sudan|
L ed-daein|الضعين||Ed Daein|Town in Darfur, Sudan|
L kutum|كتم||Kutum|Town in Darfur, Sudan|
L kabkabiya|كبكابية||Kabkabiya|Town in Darfur, Sudan|
L mellit|مليط||Mellit|Town in Darfur, Sudan|
L um-kadada|أم كدادة||Um Kadada|Town in Darfur, Sudan|
L kornoi|كرنوي||Kornoi|Town in Darfur, Sudan|
L um-baru|أم برو||Um Baru|Town in Darfur, Sudan|
L abu-shouk-camp|مخيم أبو شوك|أبو شوك;أبي شوك|Abu Shouk Camp|Displacement camp in North Darfur, Sudan|
L zamzam-camp|مخيم زمزم||Zamzam Camp|Displacement camp in North Darfur, Sudan|
L kalma-camp|مخيم كلمة||Kalma Camp|Displacement camp in South Darfur, Sudan|
L ed-el-fursan|عد الفرسان||Ed el-Fursan|Town in Darfur, Sudan|
L buram|برام||Buram|Town in Darfur, Sudan|
L rahad-el-berdi|رهيد البردي||Rahad el-Berdi|Town in Darfur, Sudan|
L gereida|قريضة||Gereida|Town in Darfur, Sudan|
L tulus|تلس||Tulus|Town in Darfur, Sudan|
L nertiti|نيرتتي||Nertiti|Town in Darfur, Sudan|
L jebel-marra|جبل مرة||Jebel Marra|Mountain range in Darfur, Sudan|
L garsila|قارسيلا||Garsila|Town in Darfur, Sudan|
L mukjar|مكجر||Mukjar|Town in Darfur, Sudan|
L bindisi|بندسي||Bindisi|Town in Darfur, Sudan|
L um-dukhun|أم دخن||Um Dukhun|Town in Darfur, Sudan|
L murnei|مورني||Murnei|Town in Darfur, Sudan|
L habila|هبيلة||Habila|Town in Darfur, Sudan|
L kreinik|كرينك||Kreinik|Town in Darfur, Sudan|
L kulbus|كلبس||Kulbus|Town in Darfur, Sudan|
L sirba|سربا||Sirba|Town in Darfur, Sudan|
L saraf-omra|سرف عمرة||Saraf Omra|Town in Darfur, Sudan|
L al-tawisha|الطويشة||Al-Tawisha|Town in Darfur, Sudan|
L shangil-tobaya|شنقل طوباي||Shangil Tobaya|Town in Darfur, Sudan|
L al-lait|اللعيت||Al-Lait|Town in Darfur, Sudan|
L muhajiriya|المهاجرية||Muhajiriya|Town in Darfur, Sudan|
L manawashi|منواشي||Manawashi|Town in Darfur, Sudan|
L ardamata|أردمتا||Ardamata|Town in Darfur, Sudan|
L kadugli|كادقلي|كادوقلي|Kadugli|Town in Kordofan, Sudan|
L dilling|الدلنج||Dilling|Town in Kordofan, Sudan|
L al-fula|الفولة||Al-Fula|Town in Kordofan, Sudan|
L babanusa|بابنوسة||Babanusa|Town in Kordofan, Sudan|
L abu-zabad|أبو زبد|أبي زبد|Abu Zabad|Town in Kordofan, Sudan|
L um-ruwaba|أم روابة||Um Ruwaba|Town in Kordofan, Sudan|
L er-rahad|الرهد||Er Rahad|Town in Kordofan, Sudan|
L bara|بارا||Bara|Town in Kordofan, Sudan|
L al-khuwei|الخوي||Al-Khuwei|Town in Kordofan, Sudan|
L abu-jubayhah|أبو جبيهة|أبي جبيهة|Abu Jubayhah|Town in Kordofan, Sudan|
L talodi|تلودي||Talodi|Town in Kordofan, Sudan|
L heiban|هيبان||Heiban|Town in Kordofan, Sudan|
L abu-kershola|أبو كرشولا|أبي كرشولا|Abu Kershola|Town in Kordofan, Sudan|
L al-leri|الليري||Al-Leri|Town in Kordofan, Sudan|
L kauda|كاودا||Kauda|Town in Kordofan, Sudan|
L lagawa|لقاوة||Lagawa|Town in Kordofan, Sudan|
L al-meiram|الميرم||Al-Meiram|Town in Kordofan, Sudan|
L heglig|هجليج||Heglig|Town in Kordofan, Sudan|
L abyei|أبيي||Abyei|Town in Kordofan, Sudan|
L ghubaysh|غبيش||Ghubaysh|Town in Kordofan, Sudan|
L wad-banda|ود بندة||Wad Banda|Town in Kordofan, Sudan|
L al-idayya|الأضية||Al-Idayya|Town in Kordofan, Sudan|
L jabra-al-sheikh|جبرة الشيخ||Jabra al-Sheikh|Town in Kordofan, Sudan|
L sodari|سودري||Sodari|Town in Kordofan, Sudan|
L hamrat-al-sheikh|حمرة الشيخ||Hamrat al-Sheikh|Town in Kordofan, Sudan|
L nuba-mountains|جبال النوبة||Nuba Mountains|Mountain region in South Kordofan, Sudan|
L kordofan|كردفان||Kordofan|Region of central Sudan|
L kosti|كوستي||Kosti|Town in Sudan|
L ed-dueim|الدويم||Ed Dueim|Town in Sudan|
L al-jabalain|الجبلين||Al-Jabalain|Town in Sudan|
L al-getaina|القطينة||Al-Getaina|Town in Sudan|
L tendelti|تندلتي||Tendelti|Town in Sudan|
L um-rimta|أم رمتة||Um Rimta|Town in Sudan|
L kenana|كنانة||Kenana|Town in Sudan|
L wad-madani|ود مدني||Wad Madani|Town in Sudan|
L al-hasahisa|الحصاحيصا||Al-Hasahisa|Town in Sudan|
L al-managil|المناقل||Al-Managil|Town in Sudan|
L wad-rawah|ود رواة||Wad Rawah|Town in Sudan|
L tambul|تمبول||Tambul|Town in Sudan|
L sinja|سنجة||Sinja|Town in Sudan|
L ad-damazin|الدمازين||Ad Damazin|Town in Sudan|
L ar-roseires|الروصيرص||Ar Roseires|Town in Sudan|
L kurmuk|الكرمك||Kurmuk|Town in Sudan|
L geissan|قيسان||Geissan|Town in Sudan|
L new-halfa|حلفا الجديدة||New Halfa|Town in Sudan|
L khashm-el-girba|خشم القربة||Khashm el-Girba|Town in Sudan|
L gallabat|القلابات||Gallabat|Town in Sudan|
L al-showak|الشواك||Al-Showak|Town in Sudan|
L al-fashaga|الفشقة||Al-Fashaga|Town in Sudan|
L doka|دوكة||Doka|Town in Sudan|
L wad-al-hilaiw|ود الحليو||Wad al-Hilaiw|Town in Sudan|
L roseires-dam|سد الروصيرص||Roseires Dam|Dam on the Blue Nile, Sudan|
L sennar-dam|خزان سنار||Sennar Dam|Dam on the Blue Nile, Sudan|
L merowe-dam|سد مروي||Merowe Dam|Dam on the Nile, Sudan|
L atbara|عطبرة||Atbara|Town in the Northern and River Nile states, Sudan|
L ad-damir|الدامر||Ad Damir|Town in the Northern and River Nile states, Sudan|
L shendi|شندي||Shendi|Town in the Northern and River Nile states, Sudan|
L abu-hamad|أبو حمد|أبي حمد|Abu Hamad|Town in the Northern and River Nile states, Sudan|
L dongola|دنقلا||Dongola|Town in the Northern and River Nile states, Sudan|
L wadi-halfa|وادي حلفا||Wadi Halfa|Town in the Northern and River Nile states, Sudan|
L delgo|دلقو||Delgo|Town in the Northern and River Nile states, Sudan|
L al-golid|القولد||Al-Golid|Town in the Northern and River Nile states, Sudan|
L argo|أرقو||Argo|Town in the Northern and River Nile states, Sudan|
L al-metemma|المتمة||Al-Metemma|Town in the Northern and River Nile states, Sudan|
L argeen|أرقين||Argeen|Border crossing in the Northern and River Nile states, Sudan|
L ashkeit|أشكيت||Ashkeit|Border crossing in the Northern and River Nile states, Sudan|
L al-bawga|الباوقة||Al-Bawga|Town in the Northern and River Nile states, Sudan|
L suakin|سواكن||Suakin|Town in Red Sea State, Sudan|
L tokar|طوكر||Tokar|Town in Red Sea State, Sudan|
L sinkat|سنكات||Sinkat|Town in Red Sea State, Sudan|
L jubayt|جبيت||Jubayt|Town in Red Sea State, Sudan|
L derudeb|درديب||Derudeb|Town in Red Sea State, Sudan|
L khartoum-north|الخرطوم بحري|بحري|Khartoum North|Quarter of Khartoum, Sudan|
L kalakla|الكلاكلة||Kalakla|Quarter of Khartoum, Sudan|
L al-jereif|الجريف||Al-Jereif|Quarter of Khartoum, Sudan|
L al-diyum|الديوم||Al-Diyum|Quarter of Khartoum, Sudan|
L soba|سوبا||Soba|Quarter of Khartoum, Sudan|
L omdurman-ombada|أمبدة||Omdurman Ombada|Quarter of Khartoum, Sudan|
L karari|كرري||Karari|Quarter of Khartoum, Sudan|
L al-fetihab|الفتيحاب||Al-Fetihab|Quarter of Khartoum, Sudan|
L wad-nubawi|ود نوباوي||Wad Nubawi|Quarter of Khartoum, Sudan|
L abu-rof|أبو روف|أبي روف|Abu Rof|Quarter of Khartoum, Sudan|
L shambat|شمبات||Shambat|Quarter of Khartoum, Sudan|
L al-halfaya|الحلفايا||Al-Halfaya|Quarter of Khartoum, Sudan|
L al-kadaro|الكدرو||Al-Kadaro|Quarter of Khartoum, Sudan|
L al-droshab|الدروشاب||Al-Droshab|Quarter of Khartoum, Sudan|
L al-samrab|السامراب||Al-Samrab|Quarter of Khartoum, Sudan|
L al-ailafoun|العيلفون||Al-Ailafoun|Quarter of Khartoum, Sudan|
L umm-dawwan-ban|أم ضوا بان||Umm Dawwan Ban|Quarter of Khartoum, Sudan|
L wadi-seidna|وادي سيدنا||Wadi Seidna|Quarter of Khartoum, Sudan|
L jebel-aulia|جبل أولياء||Jebel Aulia|Quarter of Khartoum, Sudan|
L arkaweet|أركويت||Arkaweet|Quarter of Khartoum, Sudan|
L jabra|جبرة||Jabra|Quarter of Khartoum, Sudan|
L malakal|ملكال||Malakal|Town in South Sudan|
L bentiu|بانتيو|بنتيو|Bentiu|Town in South Sudan|
L rumbek|رمبيك||Rumbek|Town in South Sudan|
L aweil|أويل||Aweil|Town in South Sudan|
L torit|توريت||Torit|Town in South Sudan|
L kuajok|كواجوك||Kuajok|Town in South Sudan|
L renk|الرنك||Renk|Town in South Sudan|
L malut|ملوط||Malut|Town in South Sudan|
L akobo|أكوبو||Akobo|Town in South Sudan|
L nimule|نيمولي||Nimule|Town in South Sudan|
L kajo-keji|كاجو كاجي||Kajo Keji|Town in South Sudan|
L maridi|مريدي||Maridi|Town in South Sudan|
L yambio|يامبيو||Yambio|Town in South Sudan|
L gogrial|قوقريال||Gogrial|Town in South Sudan|
L rubkona|ربكونا||Rubkona|Town in South Sudan|
L pariang|فاريانق||Pariang|Town in South Sudan|
L pibor|بيبور||Pibor|Town in South Sudan|
L maban|مابان||Maban|Town in South Sudan|
L hargeisa|هرجيسا||Hargeisa|Town in Somalia|
L berbera|بربرة||Berbera|Town in Somalia|
L bosaso|بوصاصو||Bosaso|Town in Somalia|
L galkayo|جالكعيو||Galkayo|Town in Somalia|
L garowe|غاروي|جاروي|Garowe|Town in Somalia|
L kismayo|كسمايو||Kismayo|Town in Somalia|
L baidoa|بيدوا||Baidoa|Town in Somalia|
L beledweyne|بلدوين||Beledweyne|Town in Somalia|
L merca|مركة||Merca|Town in Somalia|
L barawa|براوة||Barawa|Town in Somalia|
L afgooye|أفجوي||Afgooye|Town in Somalia|
L villa-somalia|فيلا صوماليا||Villa Somalia|Presidential palace in Mogadishu, Somalia|
L bakara-market|سوق بكارة|سوق بكاره|Bakara Market|Market in Mogadishu, Somalia|
L bay-region|إقليم باي|باي|Bay|Region of Somalia|
L balcad|بلعد||Balcad|Town in Somalia|
L adado|عدادو||Adado|Town in Somalia|
L dhusamareb|طوسمريب|ذوسمريب|Dhusamareb|Town in Somalia|
L las-anod|لاسعانود|لاس عانود|Las Anod|Town in Somalia|
L erigavo|عيرغابو||Erigavo|Town in Somalia|
L buhodle|بوهودلي||Buhodle|Town in Somalia|
L burao|بورعو||Burao|Town in Somalia|
L bardera|بارطيري|بارديرا|Bardera|Town in Somalia|
L afmadow|أفمدو||Afmadow|Town in Somalia|
L bulo-burte|بولو بورتي||Bulo Burte|Town in Somalia|
L dolow|دولو||Dolow|Town in Somalia|
L luuq|لوق||Luuq|Town in Somalia|
L garbahaarey|غربهاري||Garbahaarey|Town in Somalia|
L wanlaweyn|وانلاوين||Wanlaweyn|Town in Somalia|
L mahaday|مهداي||Mahaday|Town in Somalia|
L el-bur|عيل بور||El Bur|Town in Somalia|
L jamame|جمامي||Jamame|Town in Somalia|
L qoryooley|قوريولي||Qoryooley|Town in Somalia|
L wajid|واجد||Wajid|Town in Somalia|
L el-wak|عيل واق||El Wak|Town in Somalia|
L ras-kamboni|رأس كمبوني||Ras Kamboni|Town in Somalia|
L qardho|قرطو||Qardho|Town in Somalia|
L jilib|جيليب||Jilib|Town in Somalia|
L dinsoor|دينسور||Dinsoor|Town in Somalia|
L abudwak|عابدواق||Abudwak|Town in Somalia|
L hobyo|هوبيو||Hobyo|Town in Somalia|
L harardhere|هرارديري||Harardhere|Town in Somalia|
L zeila|زيلع||Zeila|Town in Somalia|
L bandar-beyla|بندر بيلا||Bandar Beyla|Town in Somalia|
L somaliland|أرض الصومال|صوماليلاند|Somaliland|Self-declared state in northern Somalia|
L puntland|بونتلاند|أرض البونت|Puntland|Autonomous region of north-eastern Somalia|
L jubaland|جوبالاند||Jubaland|Federal member state of Somalia|
L hamar-weyne|حمر ويني||Hamar Weyne|Quarter of Mogadishu, Somalia|
L hamar-jajab|حمر جبجب||Hamar Jajab|Quarter of Mogadishu, Somalia|
L shangani|شنغاني||Shangani|Quarter of Mogadishu, Somalia|
L wardhigley|ورطيغلي||Wardhigley|Quarter of Mogadishu, Somalia|
L dayniile|دينيلي||Dayniile|Quarter of Mogadishu, Somalia|
L karan|كاران||Karan|Quarter of Mogadishu, Somalia|
L yaqshid|يقشيد||Yaqshid|Quarter of Mogadishu, Somalia|
L hawl-wadag|هولوداغ||Hawl Wadag|Quarter of Mogadishu, Somalia|
L shibis|شبس||Shibis|Quarter of Mogadishu, Somalia|
L bondhere|بونديري||Bondhere|Quarter of Mogadishu, Somalia|
L wadajir|ودجر||Wadajir|Quarter of Mogadishu, Somalia|
L dharkenley|طركينلي||Dharkenley|Quarter of Mogadishu, Somalia|
L kaxda|كحدا||Kaxda|Quarter of Mogadishu, Somalia|
L heliwa|هيليوا||Heliwa|Quarter of Mogadishu, Somalia|
L balbala|بلبلا||Balbala|Town in Djibouti|
L loyada|لويادا||Loyada|Town in Djibouti|
L abeche|أبشي||Abéché|Town in Chad|
L moundou|موندو||Moundou|Town in Chad|
L am-djarass|أم جرس||Am Djarass|Town in Chad|
L faya-largeau|فايا لارجو||Faya-Largeau|Town in Chad|
L biltine|بيلتين||Biltine|Town in Chad|
L mongo|مونغو||Mongo|Town in Chad|
L bongor|بونغور||Bongor|Town in Chad|
L massakory|ماساكوري||Massakory|Town in Chad|
L goz-beida|قوز بيضة||Goz Beïda|Town in Chad|
L iriba|إريبا||Iriba|Town in Chad|
L am-timan|أمتيمان||Am Timan|Town in Chad|
L fada|فادا||Fada|Town in Chad|
L doba|دوبا||Doba|Town in Chad|
L kanem|كانم||Kanem|Town in Chad|
L ouaddai|وداي||Ouaddaï|Town in Chad|
L ennedi|إنيدي||Ennedi|Town in Chad|
L borkou|بوركو||Borkou|Town in Chad|
L guera|قيرا||Guéra|Town in Chad|
L khorramshahr|المحمرة|خرمشهر|Khorramshahr|Town in Khuzestan Province, Iran|
L abadan|عبادان||Abadan|Town in Khuzestan Province, Iran|
L hoveyzeh|الحويزة||Hoveyzeh|Town in Khuzestan Province, Iran|
L susangerd|الخفاجية|سوسنكرد|Susangerd|Town in Khuzestan Province, Iran|
L bandar-mahshahr|معشور|بندر ماهشهر|Bandar Mahshahr|Town in Khuzestan Province, Iran|
L dezful|دزفول||Dezful|Town in Khuzestan Province, Iran|
L shushtar|شوشتر||Shushtar|Town in Khuzestan Province, Iran|
L izeh|إيذه||Izeh|Town in Khuzestan Province, Iran|
L ramhormoz|رامهرمز||Ramhormoz|Town in Khuzestan Province, Iran|
L behbahan|بهبهان||Behbahan|Town in Khuzestan Province, Iran|
L andimeshk|أنديمشك||Andimeshk|Town in Khuzestan Province, Iran|
L kharg-island|جزيرة خارك|جزيرة خرج|Kharg Island|Island of Iran in the Persian Gulf|
L asaluyeh|عسلوية||Asaluyeh|Town in Iran|
L bandar-lengeh|بندر لنجة||Bandar Lengeh|Town in Iran|
L qeshm-island|جزيرة قشم|قشم|Qeshm Island|Island of Iran in the Strait of Hormuz|
L kish-island|جزيرة كيش|كيش|Kish Island|Island of Iran in the Persian Gulf|
L greater-tunb|طنب الكبرى||Greater Tunb|Island in the Persian Gulf|
L lesser-tunb|طنب الصغرى||Lesser Tunb|Island in the Persian Gulf|
L abu-musa-island|جزيرة أبو موسى||Abu Musa Island|Island in the Persian Gulf|
L jask|جاسك||Jask|Town in Iran|
L chabahar|تشابهار|جابهار|Chabahar|Town in Iran|
L zahedan|زاهدان||Zahedan|Town in Iran|
L saravan|سراوان||Saravan|Town in Iran|
L iranshahr|إيرانشهر||Iranshahr|Town in Iran|
L marivan|مريوان||Marivan|Town in Iran|
L saqqez|سقز||Saqqez|Town in Iran|
L mahabad|مهاباد||Mahabad|Town in Iran|
L piranshahr|بيرانشهر||Piranshahr|Town in Iran|
L sardasht|سردشت||Sardasht|Town in Iran|
L oshnavieh|أشنوية||Oshnavieh|Town in Iran|
L urmia|أرومية||Urmia|Town in Iran|
L qasr-e-shirin|قصر شيرين||Qasr-e Shirin|Town in Iran|
L sarpol-e-zahab|سربل ذهاب||Sarpol-e Zahab|Town in Iran|
L dehloran|دهلران||Dehloran|Town in Iran|
L sanandaj|سنندج||Sanandaj|Town in Iran|
L natanz|نطنز||Natanz|Town in Iran|
L fordow|فوردو||Fordow|Town in Iran|
L parchin|بارشين||Parchin|Town in Iran|
L karaj|كرج||Karaj|Town in Iran|
L kashan|كاشان||Kashan|Town in Iran|
L khorramabad|خرم آباد||Khorramabad|Town in Iran|
L lake-urmia|بحيرة أرومية||Lake Urmia|Lake in north-western Iran|
L kilis|كلس||Kilis|Town in Southeastern Anatolia, Turkey|
L reyhanl|الريحانية||Reyhanlı|Town in Southeastern Anatolia, Turkey|
L antakya|أنطاكيا|أنطاكية|Antakya|Town in Southeastern Anatolia, Turkey|
L iskenderun|إسكندرون|الإسكندرونة|Iskenderun|Town in Southeastern Anatolia, Turkey|
L akcakale|أقجة قلعة||Akçakale|Town in Southeastern Anatolia, Turkey|
L ceylanp-nar|جيلان بينار||Ceylanpınar|Town in Southeastern Anatolia, Turkey|
L nusaybin|نصيبين||Nusaybin|Town in Southeastern Anatolia, Turkey|
L harran|حران||Harran|Town in Southeastern Anatolia, Turkey|
L birecik|بيرجيك||Birecik|Town in Southeastern Anatolia, Turkey|
L nizip|نزيب||Nizip|Town in Southeastern Anatolia, Turkey|
L karkam-s|قرقميش||Karkamış|Town in Southeastern Anatolia, Turkey|
L silopi|سيلوبي||Silopi|Town in Southeastern Anatolia, Turkey|
L uludere|أولو دره||Uludere|Town in Southeastern Anatolia, Turkey|
L semdinli|شمدينلي||Şemdinli|Town in Southeastern Anatolia, Turkey|
L yuksekova|يوكسيكوفا||Yüksekova|Town in Southeastern Anatolia, Turkey|
L midyat|مديات||Midyat|Town in Southeastern Anatolia, Turkey|
L k-z-ltepe|قزلتبه||Kızıltepe|Town in Southeastern Anatolia, Turkey|
L incirlik-air-base|قاعدة إنجرليك|إنجرليك|Incirlik Air Base|Air base in Adana Province, Turkey|
L yayladag|يايلاداغي||Yayladağı|Town in Southeastern Anatolia, Turkey|
L alt-nozu|ألتين أوزو||Altınözü|Town in Southeastern Anatolia, Turkey|
L oncup-nar|أونجو بينار||Öncüpınar|Border crossing in Southeastern Anatolia, Turkey|
L cilvegozu|جيلوة غوزو||Cilvegözü|Border crossing in Southeastern Anatolia, Turkey|
L cizre|جزيرة ابن عمر||Cizre|Town in Southeastern Anatolia, Turkey|
L sanliurfa|شانلي أورفة||Sanliurfa|Town in Southeastern Anatolia, Turkey|
L elbeyli|إلبيلي||Elbeyli|Town in Southeastern Anatolia, Turkey|
L maadi|المعادي||Maadi|Quarter of Cairo, Egypt|
L heliopolis|مصر الجديدة||Heliopolis|Quarter of Cairo, Egypt|
L shubra|شبرا||Shubra|Quarter of Cairo, Egypt|
L dokki|الدقي||Dokki|Quarter of Cairo, Egypt|
L imbaba|إمبابة||Imbaba|Quarter of Cairo, Egypt|
L bulaq|بولاق||Bulaq|Quarter of Cairo, Egypt|
L mouski|الموسكي||Mouski|Quarter of Cairo, Egypt|
L garden-city|جاردن سيتي||Garden City|Quarter of Cairo, Egypt|
L ain-shams|عين شمس||Ain Shams|Quarter of Cairo, Egypt|
L helwan|حلوان||Helwan|Quarter of Cairo, Egypt|
L tebbin|التبين||Tebbin|Quarter of Cairo, Egypt|
L maasara|المعصرة||Maasara|Quarter of Cairo, Egypt|
L agouza|العجوزة||Agouza|District of Giza, Egypt|
L haram-giza|حي الهرم|الهرم|Haram|District of Giza, Egypt|
L tora|طرة||Tora|Quarter of Cairo, Egypt|
L mokattam|المقطم||Mokattam|Quarter of Cairo, Egypt|
L duweiqa|الدويقة||Duweiqa|Quarter of Cairo, Egypt|
L waili|الوايلي||Waili|Quarter of Cairo, Egypt|
L sakakini|السكاكيني||Sakakini|Quarter of Cairo, Egypt|
L bab-al-shaariya|باب الشعرية||Bab al-Shaariya|Quarter of Cairo, Egypt|
L darb-al-ahmar|الدرب الأحمر||Darb al-Ahmar|Quarter of Cairo, Egypt|
L nasr-city|مدينة نصر||Nasr City|Quarter of Cairo, Egypt|
L new-cairo|القاهرة الجديدة||New Cairo|Quarter of Cairo, Egypt|
L fifth-settlement|التجمع الخامس||Fifth Settlement|Quarter of Cairo, Egypt|
L new-administrative-capital|العاصمة الإدارية الجديدة|العاصمة الإدارية|New Administrative Capital|Planned capital of Egypt|
L bulaq-al-dakrur|بولاق الدكرور||Bulaq al-Dakrur|Quarter of Cairo, Egypt|
L munib|المنيب||Munib|Quarter of Cairo, Egypt|
L warraq|الوراق||Warraq|Quarter of Cairo, Egypt|
L ezbet-al-nakhl|عزبة النخل||Ezbet al-Nakhl|Quarter of Cairo, Egypt|
L zawya-al-hamra|الزاوية الحمراء||Zawya al-Hamra|Quarter of Cairo, Egypt|
L sharabiya|الشرابية||Sharabiya|Quarter of Cairo, Egypt|
L rod-al-farag|روض الفرج||Rod al-Farag|Quarter of Cairo, Egypt|
L hadayek-al-kobba|حدائق القبة||Hadayek al-Kobba|Quarter of Cairo, Egypt|
L manial|المنيل||Manial|Quarter of Cairo, Egypt|
L giza-pyramids|أهرامات الجيزة|الأهرامات|Giza Pyramids|Pyramids in Giza, Egypt|
L tahrir-square-eg|ميدان التحرير||Tahrir Square|Square in Cairo, Egypt|
L khan-el-khalili|خان الخليلي||Khan el-Khalili|Quarter of Cairo, Egypt|
L bab-zuweila|باب زويلة||Bab Zuweila|Quarter of Cairo, Egypt|
L ramses-square|ميدان رمسيس||Ramses Square|Square in Cairo, Egypt|
L asafra|العصافرة||Asafra|Quarter of Alexandria, Egypt|
L anfushi|الأنفوشي||Anfushi|Quarter of Alexandria, Egypt|
L karmouz|كرموز||Karmouz|Quarter of Alexandria, Egypt|
L mex|المكس||Mex|Quarter of Alexandria, Egypt|
L raml-station|محطة الرمل||Raml Station|Quarter of Alexandria, Egypt|
L hurghada|الغردقة||Hurghada|Town in Egypt|
L zagazig|الزقازيق||Zagazig|Town in Egypt|
L qena|قنا||Qena|Town in Egypt|
L kharga|الواحات الخارجة||Kharga|Town in Egypt|
L dakhla-oasis|الواحات الداخلة||Dakhla Oasis|Town in Egypt|
L farafra|الفرافرة||Farafra|Town in Egypt|
L ain-sokhna|العين السخنة||Ain Sokhna|Town in Egypt|
L zafarana|الزعفرانة||Zafarana|Town in Egypt|
L abu-simbel|أبو سمبل|أبي سمبل|Abu Simbel|Town in Egypt|
L abu-qurqas|أبو قرقاص|أبي قرقاص|Abu Qurqas|Town in Egypt|
L qus|قوص||Qus|Town in Egypt|
L salloum-crossing|منفذ السلوم||Salloum crossing|Border crossing between Egypt and Libya|
L bekaa|البقاع||Bekaa|Region and governorate of Lebanon|
L north-bekaa|البقاع الشمالي||North Bekaa|Region of Baalbek-Hermel Governorate, Lebanon|
L central-bekaa|البقاع الأوسط||Central Bekaa|Region of Bekaa Governorate, Lebanon|
L baalbek-hermel|بعلبك الهرمل||Baalbek-Hermel|Governorate of Lebanon|
L akkar|عكار||Akkar|Governorate of Lebanon|
L minieh-danniyeh|المنية الضنية||Minieh-Danniyeh|District of North Governorate, Lebanon|
L minieh|المنية||Minieh|Town in North Governorate, Lebanon|
L bsharri|بشري||Bsharri|Town and district in North Governorate, Lebanon|
L koura|الكورة||Koura|District of North Governorate, Lebanon|
L metn|المتن|المتن الشمالي|Metn|District of Mount Lebanon Governorate, Lebanon|
L aley|عاليه||Aley|Town and district in Mount Lebanon Governorate, Lebanon|
L wazzani|الوزاني||Wazzani|Village and river in South Governorate, Lebanon|
L beit-al-wasat|بيت الوسط||Beit al-Wasat|Residence of Saad Hariri in Beirut, Lebanon|
L grand-serail|السراي الحكومي|السراي الكبير|Grand Serail|Seat of the Prime Minister of Lebanon in Beirut|
L ouzai|الأوزاعي||Ouzai|Quarter of Beirut's southern suburbs, Lebanon|
L taybeh-lb|الطيبة||Taybeh|Town in Nabatieh Governorate, Lebanon|
L arqoub|العرقوب||Arqoub|Region of South Lebanon|
L tariq-al-jdideh|طريق الجديدة||Tariq al-Jdideh|Quarter of Beirut, Lebanon|
L labweh|اللبوة||Labweh|Town in Baalbek-Hermel Governorate, Lebanon|
L nabi-chit|النبي شيت||Nabi Chit|Town in Baalbek-Hermel Governorate, Lebanon|
L ghazieh|الغازية||Ghazieh|Town in South Governorate, Lebanon|
L naameh|الناعمة||Naameh|Town in Mount Lebanon Governorate, Lebanon|
L syrian-coast|الساحل السوري||Syrian Coast|Coastal region of Syria|
L western-qalamoun|القلمون الغربي||Western Qalamoun|Region of Rif Dimashq Governorate, Syria|
L eastern-qalamoun|القلمون الشرقي||Eastern Qalamoun|Region of Rif Dimashq Governorate, Syria|
L east-euphrates|شرق الفرات||East of the Euphrates|Region of north-eastern Syria|
L umayyad-mosque|المسجد الأموي|الجامع الأموي;جامع بني أمية|Umayyad Mosque|Mosque in Damascus, Syria|
L aleppo-citadel|قلعة حلب||Citadel of Aleppo|Citadel in Aleppo, Syria|
L souq-al-saqatiyya|سوق السقطية||Souq al-Saqatiyya|Market in the old city of Aleppo, Syria|
L khan-al-harir|سوق خان الحرير|خان الحرير|Khan al-Harir|Market in the old city of Aleppo, Syria|
L temple-of-bel|معبد بل|معبد بعل|Temple of Bel|Ruined temple in Palmyra, Syria|
L peoples-palace-damascus|قصر الشعب||People's Palace|Presidential palace in Damascus, Syria|
L al-tanf|التنف||Al-Tanf|Garrison and border crossing in Homs Governorate, Syria|
L mayadin|مدينة الميادين||Al-Mayadin|Town in Deir ez-Zor Governorate, Syria|
L tiyas-air-base|مطار التيفور|التيفور;قاعدة التيفور;مطار التياس|Tiyas Air Base|Air base in Homs Governorate, Syria|
L tabqa|مدينة الطبقة|الطبقة|Tabqa|Town in Raqqa Governorate, Syria|
L hajin|هجين||Hajin|Town in Deir ez-Zor Governorate, Syria|
L al-malikiyah|المالكية||Al-Malikiyah|Town in Al-Hasakah Governorate, Syria|
L al-bab|مدينة الباب||Al-Bab|Town in Aleppo Governorate, Syria|
L salamiyah|السلمية||Salamiyah|Town in Hama Governorate, Syria|
L qusayr|القصير||Al-Qusayr|Town in Homs Governorate, Syria|
L palmyra|تدمر||Palmyra|City in Homs Governorate, Syria|
L al-sukhnah|السخنة||Al-Sukhnah|Town in Homs Governorate, Syria|
L al-mleiha|المليحة||Al-Mleiha|Town in Rif Dimashq Governorate, Syria|
L al-kiswah|الكسوة||Al-Kiswah|Town in Rif Dimashq Governorate, Syria|
L sayyida-zaynab|السيدة زينب||Sayyida Zaynab|Town in Rif Dimashq Governorate, Syria|
L ain-diwar|عين ديوار||Ain Diwar|Village in Al-Hasakah Governorate, Syria|
L garmiyan|كرميان||Garmiyan|Administration of the Kurdistan Region, Iraq|
L raparin|رابرين||Raparin|Administration of the Kurdistan Region, Iraq|
L shekhan|شيخان||Shekhan|District of Nineveh Governorate, Iraq|
L makhmur|مخمور||Makhmur|Town in Erbil Governorate, Iraq|
L haditha|حديثة||Haditha|Town in Anbar Governorate, Iraq|
L anah|عانة||Anah|Town in Anbar Governorate, Iraq|
L al-qaim|مدينة القائم|قضاء القائم|Al-Qa'im|Town in Anbar Governorate, Iraq|
L rutba|الرطبة||Rutba|Town in Anbar Governorate, Iraq|
L garma|الكرمة||Garma|Town in Anbar Governorate, Iraq|
L saadiya|السعدية||Saadiya|Town in Diyala Governorate, Iraq|
L khalis|الخالص||Khalis|Town in Diyala Governorate, Iraq|
L wasit|واسط||Wasit|Governorate of Iraq|
L amarah|مدينة العمارة||Amarah|City in Maysan Governorate, Iraq|
L zubair|الزبير||Zubair|City in Basra Governorate, Iraq|
L muthanna|المثنى||Muthanna|Governorate of Iraq|
L qadisiyyah|القادسية||Al-Qadisiyyah|Governorate of Iraq|
L sadr-city|مدينة الصدر||Sadr City|District of Baghdad, Iraq|
L jumhuriya-bridge|جسر الجمهورية||Al-Jumhuriya Bridge|Bridge in Baghdad, Iraq|
L sinak-bridge|جسر السنك||Al-Sinak Bridge|Bridge in Baghdad, Iraq|
L harir-air-base|قاعدة حرير||Harir Air Base|Air base in Erbil Governorate, Iraq|
L balad-air-base|قاعدة بلد|قاعدة بلد الجوية|Balad Air Base|Air base in Saladin Governorate, Iraq|
L khor-mor-gas-field|حقل كورمور|حقل خورمور;كورمور;خورمور|Khor Mor gas field|Gas field in Sulaymaniyah Governorate, Iraq|
L baba-gurgur|بابا كركر||Baba Gurgur|Oil field near Kirkuk, Iraq|
L bashmakh-crossing|منفذ باشماخ||Bashmakh crossing|Border crossing between Iraq and Iran|
L haji-omaran|حاج عمران|منفذ حاج عمران|Haji Omaran|Town and border crossing in Erbil Governorate, Iraq|
L parwezkhan-crossing|منفذ برويزخان|برويزخان|Parwezkhan crossing|Border crossing between Iraq and Iran|
L grand-faw-port|ميناء الفاو الكبير|ميناء الفاو|Grand Faw Port|Port in Basra Governorate, Iraq|
L faw-peninsula|شبه جزيرة الفاو||Al-Faw Peninsula|Peninsula of Basra Governorate, Iraq|
L azraq|الأزرق||Azraq|Town in Zarqa Governorate, Jordan|
L muwaqqar|الموقر||Al-Muwaqqar|Town in Amman Governorate, Jordan|
L fourth-circle|الدوار الرابع||Fourth Circle|Square in Amman, Jordan|
L sweifieh|الصويفية||Sweifieh|Quarter of Amman, Jordan|
L queen-alia-airport|مطار الملكة علياء الدولي|مطار الملكة علياء|Queen Alia International Airport|Airport of Amman, Jordan|
L muwaffaq-salti-air-base|قاعدة موفق السلطي الجوية|قاعدة موفق السلطي|Muwaffaq Salti Air Base|Air base in Zarqa Governorate, Jordan|
L zeitoun-gaza|الزيتون||Zeitoun|Quarter of Gaza City, Palestine|
L rimal|الرمال||Rimal|Quarter of Gaza City, Palestine|
L sheikh-radwan|الشيخ رضوان||Sheikh Radwan|Quarter of Gaza City, Palestine|
L tuffah|التفاح||Tuffah|Quarter of Gaza City, Palestine|
L daraj|الدرج||Daraj|Quarter of Gaza City, Palestine|
L sheikh-jarrah|الشيخ جراح||Sheikh Jarrah|Quarter of East Jerusalem|
L al-aqsa-mosque|المسجد الأقصى|الحرم القدسي;الحرم القدسي الشريف;الأقصى|Al-Aqsa Mosque|Mosque in Jerusalem|
L holy-sepulchre|كنيسة القيامة||Church of the Holy Sepulchre|Church in Jerusalem|
L beita|بيتا||Beita|Town in Nablus Governorate, Palestine|
L ein-samiya|عين سامية||Ein Samiya|Village in Ramallah and al-Bireh Governorate, Palestine|
L yitzhar|يتسهار||Yitzhar|Israeli settlement in the West Bank|
L ofra|عوفرا||Ofra|Israeli settlement in the West Bank|
L taybeh-il|الطيبة||Taibe|City in the Triangle, Israel|
L metula|المطلة||Metula|Town in northern Israel|
L jezreel-valley|مرج ابن عامر||Jezreel Valley|Valley in northern Israel|
L wadi-ara|وادي عارة||Wadi Ara|Valley in northern Israel|
L hakirya|الكرياه|هكرياه|HaKirya|Military headquarters compound in Tel Aviv, Israel|
L megiddo|مجدو|سجن مجدو|Megiddo|Kibbutz, prison and junction in northern Israel|
L ofer-prison|سجن عوفر||Ofer Prison|Israeli prison in the West Bank|
L gilboa-prison|سجن جلبوع||Gilboa Prison|Prison in northern Israel|
L nafha-prison|سجن نفحة||Nafha Prison|Prison in southern Israel|
L ramon-prison|سجن رامون||Ramon Prison|Prison in southern Israel|
L damon-prison|سجن الدامون||Damon Prison|Prison near Haifa, Israel|
L upper-egypt|الصعيد|صعيد مصر;الوجه القبلي|Upper Egypt|Region of Egypt|
L tenth-of-ramadan|مدينة العاشر من رمضان||10th of Ramadan City|City in Sharqia Governorate, Egypt|
L sixth-of-october|مدينة السادس من أكتوبر|مدينة 6 أكتوبر|6th of October City|City in Giza Governorate, Egypt|
L sheikh-zayed-city|مدينة الشيخ زايد||Sheikh Zayed City|City in Giza Governorate, Egypt|
L new-alamein|العلمين الجديدة|مدينة العلمين الجديدة|New Alamein|City in Matrouh Governorate, Egypt|
L new-mansoura|المنصورة الجديدة||New Mansoura|City in Dakahlia Governorate, Egypt|
L ras-el-hekma|رأس الحكمة||Ras El Hekma|Coastal area in Matrouh Governorate, Egypt|
L matrouh-governorate|محافظة مطروح||Matrouh Governorate|Governorate of Egypt|
L toshka|توشكى|توشكي|Toshka|Region in Aswan Governorate, Egypt|
L sidi-gaber|سيدي جابر||Sidi Gaber|Quarter of Alexandria, Egypt|
L abu-qir|أبو قير||Abu Qir|Quarter of Alexandria, Egypt|
L sidi-bishr|سيدي بشر||Sidi Bishr|Quarter of Alexandria, Egypt|
L dahab|دهب||Dahab|Town in South Sinai Governorate, Egypt|
L quseir-eg|القصير||El Quseir|Town in Red Sea Governorate, Egypt|
L berenice|برنيس|قاعدة برنيس|Berenice|Town and military base in Red Sea Governorate, Egypt|
L shalateen|شلاتين||Shalateen|Town in Red Sea Governorate, Egypt|
L halaib-triangle|مثلث حلايب|مثلث حلايب وشلاتين|Halaib Triangle|Territory disputed by Egypt and Sudan|
L abu-ramad|أبو رماد||Abu Ramad|Town in Red Sea Governorate, Egypt|
L rabaa-square|ميدان رابعة العدوية|ميدان رابعة|Rabaa al-Adawiya Square|Square in Cairo, Egypt|
L nahda-square|ميدان النهضة||Nahda Square|Square in Giza, Egypt|
L qustul-crossing|منفذ قسطل|معبر قسطل|Qustul crossing|Border crossing between Egypt and Sudan|
L zohr-gas-field|حقل ظهر||Zohr gas field|Gas field off Egypt|
L wadi-el-rayan|وادي الريان||Wadi El Rayan|Protected area in Faiyum Governorate, Egypt|
L east-nile|شرق النيل||East Nile|Locality of Khartoum State, Sudan|
L el-obeid|الأبيض||El Obeid|City in North Kordofan, Sudan|
L gezira-state|ولاية الجزيرة||Gezira State|State of Sudan|
L kassala-state|ولاية كسلا||Kassala State|State of Sudan|
L sirte|مدينة سرت|سرت|Sirte|City in Sirte District, Libya|
L adre|مدينة أدري|أدري;معبر أدري|Adre|City in Ouaddaï, Chad, on the border with Sudan|
L kassala|مدينة كسلا|كسلا|Kassala|City in Kassala State, Sudan|
L tawila|طويلة||Tawila|Town in North Darfur, Sudan|
L republican-palace-khartoum|القصر الجمهوري||Republican Palace|Presidential palace in Khartoum, Sudan|
L bayda-ly|مدينة البيضاء|البيضاء|Bayda|City in Jabal al Akhdar District, Libya|
L khoms|مدينة الخمس|الخمس|Khoms|City in Murqub District, Libya|
L zawiya|مدينة الزاوية|الزاوية|Zawiya|City in Zawiya District, Libya|
L jebel-akhdar-ly|الجبل الأخضر||Jebel Akhdar|Highland region of eastern Libya|
L al-marj|المرج||Al-Marj|City in Marj District, Libya|
L al-khadim-air-base|قاعدة الخادم|قاعدة الخادم الجوية|Al-Khadim Air Base|Air base in eastern Libya|
L al-kharruba-air-base|قاعدة الخروبة|قاعدة الخروبة الجوية|Al-Kharruba Air Base|Air base in eastern Libya|
L ghardabiya-air-base|قاعدة القرضابية|قاعدة القرضابية الجوية|Ghardabiya Air Base|Air base near Sirte, Libya|
L kikla|ككلة||Kikla|Town in the Nafusa Mountains, Libya|
L tazirbu|تازربو||Tazirbu|Town in Kufra District, Libya|
L rebiana|ربيانة||Rebiana|Town in Kufra District, Libya|
L hammamet|الحمامات||Hammamet|Town in Nabeul Governorate, Tunisia|
L kef-governorate|ولاية الكاف||Kef|Governorate of Tunisia|
L kebili-governorate|ولاية قبلي||Kebili|Governorate of Tunisia|
L la-marsa|المرسى||La Marsa|Town in Tunis Governorate, Tunisia|
L tunisian-sahel|الساحل التونسي||Tunisian Sahel|Coastal region of Tunisia|
L cap-bon|الوطن القبلي||Cap Bon|Peninsula of Nabeul Governorate, Tunisia|
L gafsa-mining-basin|الحوض المنجمي||Gafsa mining basin|Region of Gafsa Governorate, Tunisia|
L high-plateaus|الهضاب العليا||High Plateaus|Region of Algeria|
L el-oued-province|ولاية الوادي||El Oued|Province of Algeria|
L tiguentourine|تيقنتورين||Tiguentourine|Gas plant near In Amenas, Algeria|
L bechar-province|ولاية بشار||Béchar|Province of Algeria|
L mila-province|ولاية ميلة||Mila|Province of Algeria|
L mila|مدينة ميلة|ميلة|Mila|City in Algeria, capital of Mila Province|
L medea-province|ولاية المدية||Médéa|Province of Algeria|
L saida-province|ولاية سعيدة||Saïda|Province of Algeria|
L mascara-province|ولاية معسكر||Mascara|Province of Algeria|
L el-bayadh-province|ولاية البيض||El Bayadh|Province of Algeria|
L djamaa-el-djazair|جامع الجزائر|جامع الجزائر الأعظم|Djamaa el Djazaïr|Great Mosque of Algiers, Algeria|
L el-jadida|مدينة الجديدة|إقليم الجديدة|El Jadida|City in Casablanca-Settat, Morocco|
L laayoune|مدينة العيون|إقليم العيون;العيون|Laayoune|City in Western Sahara|
L tendrara|تندرارة||Tendrara|Town and gas field in Oriental, Morocco|
L tanger-med|طنجة المتوسط|ميناء طنجة المتوسط|Tanger Med|Port near Tangier, Morocco|
L jorf-lasfar|الجرف الأصفر||Jorf Lasfar|Port and industrial zone in El Jadida Province, Morocco|
L atar|مدينة أطار||Atar|City in Adrar Region, Mauritania|
L nema|مدينة النعمة|النعمة|Néma|City in Hodh Ech Chargui Region, Mauritania|
L assaba-region|ولاية لعصابة|ولاية العصابة|Assaba|Region of Mauritania|
L fassala|فصالة||Fassala|Town in Hodh Ech Chargui Region, Mauritania|
L khobar|مدينة الخبر|محافظة الخبر|Khobar|City in Eastern Province, Saudi Arabia|
L the-line|ذا لاين||The Line|Planned city in Neom, Saudi Arabia|
L trojena|تروجينا||Trojena|Mountain resort in Neom, Saudi Arabia|
L sindalah|سندالة|جزيرة سندالة|Sindalah|Island resort in Neom, Saudi Arabia|
L qiddiya|القدية||Qiddiya|Entertainment city near Riyadh, Saudi Arabia|
L masjid-al-haram|المسجد الحرام|الحرم المكي;الحرم المكي الشريف|Masjid al-Haram|Mosque in Mecca, Saudi Arabia|
L prophets-mosque|المسجد النبوي|المسجد النبوي الشريف;الحرم النبوي;الحرم النبوي الشريف|Prophet's Mosque|Mosque in Medina, Saudi Arabia|
L kaaba|الكعبة|الكعبة المشرفة|Kaaba|Shrine in Mecca, Saudi Arabia|
L al-yamamah-palace|قصر اليمامة||Al-Yamamah Palace|Royal palace in Riyadh, Saudi Arabia|
L al-salam-palace-jeddah|قصر السلام||Al-Salam Palace|Royal palace in Jeddah, Saudi Arabia|
L king-fahd-causeway|جسر الملك فهد||King Fahd Causeway|Causeway between Saudi Arabia and Bahrain|
L prince-sultan-air-base|قاعدة الأمير سلطان الجوية|قاعدة الأمير سلطان|Prince Sultan Air Base|Air base in Al-Kharj, Saudi Arabia|
L socotra|سقطرى|أرخبيل سقطرى;جزيرة سقطرى|Socotra|Archipelago and governorate of Yemen|
L lahij|لحج||Lahij|Governorate and town of Yemen|
L al-dhale|الضالع||Al-Dhale|Governorate and town of Yemen|
L hajjah|حجة||Hajjah|Governorate and town of Yemen|
L amran-governorate|محافظة عمران|مدينة عمران|Amran|Governorate and town of Yemen|
L al-bayda-governorate|محافظة البيضاء||Al-Bayda|Governorate of Yemen|
L al-jawf-governorate|محافظة الجوف||Al-Jawf|Governorate of Yemen|
L al-khawkhah|الخوخة||Al-Khawkhah|Town in Hodeidah Governorate, Yemen|
L nishtun|نشطون|ميناء نشطون|Nishtun|Port in Al-Mahrah Governorate, Yemen|
L haradh|حرض||Haradh|Town in Hajjah Governorate, Yemen|
L shahan-crossing|منفذ شحن||Shahan crossing|Border crossing between Yemen and Oman|
L nihm|نهم||Nihm|District of Sanaa Governorate, Yemen|
L khasab|خصب||Khasab|Town in Musandam Governorate, Oman|
L khor-ash-sham|خور الشم||Khor Ash Sham|Fjord in Musandam Governorate, Oman|
L daymaniyat-islands|جزر الديمانيات|الديمانيات|Daymaniyat Islands|Islands of Oman|
L jebel-akhdar-om|الجبل الأخضر||Jebel Akhdar|Mountain area in Ad Dakhiliyah Governorate, Oman|
L batinah|الباطنة||Al Batinah|Coastal region of Oman|
L north-batinah|شمال الباطنة||North Al Batinah|Governorate of Oman|
L south-batinah|جنوب الباطنة||South Al Batinah|Governorate of Oman|
L north-sharqiyah|شمال الشرقية||North Ash Sharqiyah|Governorate of Oman|
L south-sharqiyah|جنوب الشرقية||South Ash Sharqiyah|Governorate of Oman|
L dakhiliyah-governorate|محافظة الداخلية||Ad Dakhiliyah|Governorate of Oman|
L dhahirah-governorate|محافظة الظاهرة||Ad Dhahirah|Governorate of Oman|
L wusta-governorate|محافظة الوسطى||Al Wusta|Governorate of Oman|
L ibri|عبري||Ibri|Town in Ad Dhahirah Governorate, Oman|
L bait-al-barakah|بيت البركة|قصر بيت البركة|Bait al-Barakah|Royal palace near Muscat, Oman|
L wadi-shab|وادي شاب||Wadi Shab|Valley in South Ash Sharqiyah Governorate, Oman|
L wadi-bani-khalid|وادي بني خالد||Wadi Bani Khalid|Valley in North Ash Sharqiyah Governorate, Oman|
L wahiba-sands|رمال وهيبة|رمال الشرقية|Wahiba Sands|Desert of Oman|
L al-ain|مدينة العين||Al Ain|City in Abu Dhabi Emirate, United Arab Emirates|
L uae-three-islands|الجزر الثلاث|الجزر الإماراتية الثلاث|The three islands|Islands disputed by the United Arab Emirates and Iran|
L qasr-al-watan|قصر الوطن||Qasr Al Watan|Presidential palace in Abu Dhabi, United Arab Emirates|
L qasr-al-bahr|قصر البحر||Qasr Al Bahr|Palace in Abu Dhabi, United Arab Emirates|
L zabeel|زعبيل|قصر زعبيل|Zabeel|Palace and district in Dubai, United Arab Emirates|
L burj-khalifa|برج خليفة||Burj Khalifa|Skyscraper in Dubai, United Arab Emirates|
L habshan|حبشان||Habshan|Gas field and town in Abu Dhabi Emirate, United Arab Emirates|
L bur-dubai|بر دبي||Bur Dubai|District of Dubai, United Arab Emirates|
L the-pearl-qatar|جزيرة اللؤلؤة||The Pearl|Artificial island in Doha, Qatar|
L souq-waqif|سوق واقف||Souq Waqif|Market in Doha, Qatar|
L education-city-stadium|استاد المدينة التعليمية|ملعب المدينة التعليمية|Education City Stadium|Football stadium in Al Rayyan, Qatar|
L lusail-stadium|استاد لوسيل|ملعب لوسيل|Lusail Stadium|Football stadium in Lusail, Qatar|
L jordan-badia-north|بدو الشمال||Northern Badia|Electoral district of Jordan's Bedouin north|
L jordan-badia-central|بدو الوسط||Central Badia|Electoral district of Jordan's Bedouin centre|
L jordan-badia-south|بدو الجنوب||Southern Badia|Electoral district of Jordan's Bedouin south|
L el-amra|العامرة||El Amra|Town in Sfax Governorate, Tunisia|
L chebba|الشابة||Chebba|Town in Mahdia Governorate, Tunisia|
L umm-an-nasan|جزيرة أم النعسان|أم النعسان|Umm an Nasan|Island of Bahrain|
L sakhir|الصخير||Sakhir|Area in Southern Governorate, Bahrain|
L pearl-roundabout|دوار اللؤلؤة||Pearl Roundabout|Former roundabout in Manama, Bahrain|
L hawalli|محافظة حولي|حولي|Hawalli|Governorate of Kuwait|
L hama|مدينة حماة|محافظة حماة;حماة|Hama|City in Syria|
L qom|مدينة قم|قم|Qom|City in Iran|
L fez|مدينة فاس|فاس|Fez|City in Morocco|
L abdali-crossing|منفذ العبدلي||Abdali crossing|Border crossing between Kuwait and Iraq|
L salmi-crossing|منفذ السالمي||Salmi crossing|Border crossing between Kuwait and Saudi Arabia|
L bayan-palace|قصر بيان||Bayan Palace|Palace in Kuwait|
L durra-gas-field|حقل الدرة|حقل آرش|Durra gas field|Gas field off Kuwait and Saudi Arabia|
L camp-arifjan|معسكر عريفجان|عريفجان;قاعدة عريفجان|Camp Arifjan|US Army base in Kuwait|
L ali-al-salem-air-base|قاعدة علي السالم الجوية|قاعدة علي السالم|Ali Al Salem Air Base|Air base in Kuwait|
L ahmad-al-jaber-air-base|قاعدة أحمد الجابر الجوية|قاعدة أحمد الجابر|Ahmad al-Jaber Air Base|Air base in Kuwait|
L suruc|سروج||Suruç|Town in Şanlıurfa Province, Turkey|
L cave-of-hira|غار حراء||Cave of Hira|Cave near Mecca, Saudi Arabia|
L wadi-hanifa|وادي حنيفة||Wadi Hanifa|Valley in Riyadh, Saudi Arabia|
L al-azhar-mosque|الجامع الأزهر|جامع الأزهر|Al-Azhar Mosque|Mosque in Cairo, Egypt|
L sheikh-saad|الشيخ سعد||Sheikh Saad|Town in Daraa Governorate, Syria|
L sheikh-maqsoud|الشيخ مقصود||Sheikh Maqsoud|Quarter of Aleppo, Syria|
L sheikh-othman|الشيخ عثمان||Sheikh Othman|District of Aden, Yemen|
L sheikh-badr|الشيخ بدر||Sheikh Badr|Town in Tartus Governorate, Syria|
L al-sahwa|السهوة||Al-Sahwa|Town in Daraa Governorate, Syria|
L al-mutuna|المتونة||Al-Mutuna|Village in Suwayda Governorate, Syria|
L ariqa|عريقة||Ariqa|Village in Suwayda Governorate, Syria|
L khor-abdullah|خور عبدالله|خور عبد الله|Khor Abdullah|Waterway between Kuwait and Iraq|
L south-saad-al-abdullah|جنوب سعد العبدالله|جنوب سعد العبد الله|South Saad Al-Abdullah|Housing city in Jahra Governorate, Kuwait|
L south-sabah-al-ahmad|جنوب صباح الأحمد||South Sabah Al-Ahmad|Housing city in Ahmadi Governorate, Kuwait|
L sabah-al-ahmad-city|مدينة صباح الأحمد||Sabah Al-Ahmad City|Housing city in Ahmadi Governorate, Kuwait|
L abdali-kuwait|العبدلي||Abdali|Farming area in Jahra Governorate, Kuwait|
L kabd|كبد||Kabd|Area in Farwaniya Governorate, Kuwait|
L sebkha-nouakchott|السبخة||Sebkha|District of Nouakchott, Mauritania|
`;

// Yemen: the districts of Aden, Lahij, Abyan, Shabwah, Hadramawt, Al-Mahrah, Taiz, Marib, Sanaa and the north
const TOWNS_YEMEN = `
L sira-district|صيرة|مديرية صيرة|Sira|District of Aden (Crater), Yemen|
L al-mumdarah|الممدارة||Al-Mumdarah|Quarter of Aden, Yemen|
L kabota|كابوتا||Kabota|Quarter of Aden, Yemen|
L al-qalluah|القلوعة||Al-Qalluah|Quarter of Aden, Yemen|
L hujaif|حجيف||Hujaif|Quarter of Aden, Yemen|
L al-hiswah|الحسوة||Al-Hiswah|Quarter of Aden, Yemen|
L bir-fadl|بئر فضل||Bir Fadl|Quarter of Aden, Yemen|
L workers-island-aden|جزيرة العمال||Workers' Island|Quarter of Aden, Yemen|
L ras-imran|رأس عمران||Ras Imran|Coastal area of Aden, Yemen|
L fuqum|فقم||Fuqum|Coastal area of Aden, Yemen|
L mount-shamsan|جبل شمسان||Mount Shamsan|Mountain in Aden, Yemen|
L tuban|تبن|مديرية تبن|Tuban|District of Lahij Governorate, Yemen|
L yafa|يافع|بلاد يافع|Yafa|Mountain region of Lahij and Abyan governorates, Yemen|
L yahar|يهر||Yahar|District of Lahij Governorate, Yemen|
L al-maflahi|المفلحي||Al-Maflahi|District of Lahij Governorate, Yemen|
L halimayn|حالمين||Halimayn|District of Lahij Governorate, Yemen|
L habil-jabr|حبيل جبر||Habil Jabr|District of Lahij Governorate, Yemen|
L al-maqatirah|المقاطرة||Al-Maqatirah|District of Lahij Governorate, Yemen|
L al-waht|الوهط||Al-Waht|Town in Lahij Governorate, Yemen|
L al-wadea|الوضيع||Al-Wadea|District of Abyan Governorate, Yemen|
L jayshan|جيشان||Jayshan|District of Abyan Governorate, Yemen|
L sibah|سباح||Sibah|District of Abyan Governorate, Yemen|
L dathinah|دثينة||Dathinah|Region of Abyan Governorate, Yemen|
L al-kawd|الكود||Al-Kawd|Town in Abyan Governorate, Yemen|
L nisab|نصاب||Nisab|Town in Shabwah Governorate, Yemen|
L hatib|حطيب||Hatib|District of Shabwah Governorate, Yemen|
L arma|عرما||Arma|District of Shabwah Governorate, Yemen|
L markhah-al-ulya|مرخة العليا||Markhah al-Ulya|District of Shabwah Governorate, Yemen|
L markhah-al-sufla|مرخة السفلى||Markhah al-Sufla|District of Shabwah Governorate, Yemen|
L al-nushayma|النشيمة|ميناء النشيمة|Al-Nushayma|Oil terminal in Shabwah Governorate, Yemen|
L bir-ali-shabwah|بئر علي||Bir Ali|Coastal town in Shabwah Governorate, Yemen|
L al-uqlah|العقلة||Al-Uqlah|Oil area in Shabwah Governorate, Yemen|
L qana-port|ميناء قنا||Qana port|Port in Shabwah Governorate, Yemen|
L thamud-ye|ثمود||Thamud|Town in Hadramawt Governorate, Yemen|
L rumah-ye|رماه||Rumah|District of Hadramawt Governorate, Yemen|
L hawrah|حورة||Hawrah|Town in Hadramawt Governorate, Yemen|
L sah-ye|ساه||Sah|District of Hadramawt Governorate, Yemen|
L zamakh-wa-manwakh|زمخ ومنوخ||Zamakh wa Manwakh|District of Hadramawt Governorate, Yemen|
L ghayl-bin-yamin|غيل بن يمين||Ghayl Bin Yamin|District of Hadramawt Governorate, Yemen|
L al-dulayah|الضليعة||Al-Dulay'ah|District of Hadramawt Governorate, Yemen|
L rakhyah|رخية||Rakhyah|District of Hadramawt Governorate, Yemen|
L al-dhabba|ميناء الضبة|الضبة|Al-Dhabba|Oil terminal in Hadramawt Governorate, Yemen|
L riyan-airport|مطار الريان||Riyan Airport|Airport of Mukalla, Yemen|
L hadramawt-coast|ساحل حضرموت||Hadramawt coast|Coastal region of Hadramawt Governorate, Yemen|
L hat-ye|حات||Hat|District of Al-Mahrah Governorate, Yemen|
L hisween|حصوين||Hisween|District of Al-Mahrah Governorate, Yemen|
L manar-ye|منعر||Man'ar|District of Al-Mahrah Governorate, Yemen|
L sarfait-crossing|منفذ صرفيت|صرفيت|Sarfait crossing|Border crossing between Yemen and Oman|
L mawza|موزع||Mawza|District of Taiz Governorate, Yemen|
L dhubab|ذباب||Dhubab|District of Taiz Governorate, Yemen|
L al-turbah-ye|مدينة التربة||Al-Turbah|Town in Taiz Governorate, Yemen|
L al-mudhaffar|المظفر||Al-Mudhaffar|District of Taiz, Yemen|
L sami-ye|سامع||Sami'|District of Taiz Governorate, Yemen|
L bir-basha|بير باشا||Bir Basha|Quarter of Taiz, Yemen|
L al-jahmaliyah|الجحملية||Al-Jahmaliyah|Quarter of Taiz, Yemen|
L wadi-al-qadi|وادي القاضي||Wadi al-Qadi|Quarter of Taiz, Yemen|
L dimnat-khadir|دمنة خدير||Dimnat Khadir|Town in Taiz Governorate, Yemen|
L harib-al-qaramish|حريب القراميش||Harib al-Qaramish|District of Marib Governorate, Yemen|
L bidbadah|بدبدة||Bidbadah|District of Marib Governorate, Yemen|
L rahabah|رحبة||Rahabah|District of Marib Governorate, Yemen|
L safer-ye|صافر||Safer|Oil field and facility in Marib Governorate, Yemen|
L al-jufaynah-camp|مخيم الجفينة|الجفينة|Al-Jufaynah camp|Displacement camp in Marib, Yemen|
L mahram-bilqis|محرم بلقيس|معبد أوام|Mahram Bilqis|Ancient temple near Marib, Yemen|
L arsh-bilqis|عرش بلقيس||Arsh Bilqis|Ancient temple near Marib, Yemen|
L al-safiyah-ye|الصافية||Al-Safiyah|District of Sanaa, Yemen|
L madhbah|مذبح||Madhbah|Quarter of Sanaa, Yemen|
L al-nahdayn|النهدين||Al-Nahdayn|Hills in Sanaa, Yemen|
L arhab|أرحب||Arhab|District of Sanaa Governorate, Yemen|
L shibam-kawkaban|شبام كوكبان||Shibam Kawkaban|Town in Al Mahwit Governorate, Yemen|
L al-zuhrah|الزهرة||Al-Zuhrah|District of Hodeidah Governorate, Yemen|
L al-luhayyah|اللحية||Al-Luhayyah|Town in Hodeidah Governorate, Yemen|
L al-dhahi|الضحي||Al-Dhahi|District of Hodeidah Governorate, Yemen|
L al-munirah-ye|المنيرة||Al-Munirah|District of Hodeidah Governorate, Yemen|
L al-jarrahi|الجراحي||Al-Jarrahi|District of Hodeidah Governorate, Yemen|
L bura-ye|برع||Bura|District of Hodeidah Governorate, Yemen|
L al-hali|الحالي||Al-Hali|District of Hodeidah, Yemen|
L razih|رازح||Razih|District of Saada Governorate, Yemen|
L shida-ye|شدا||Shida|District of Saada Governorate, Yemen|
L ghamr-ye|غمر||Ghamr|District of Saada Governorate, Yemen|
L munabbih|منبه||Munabbih|District of Saada Governorate, Yemen|
L saqayn|ساقين||Saqayn|District of Saada Governorate, Yemen|
L al-safra-ye|الصفراء||Al-Safra|District of Saada Governorate, Yemen|
L marran-mountains|جبال مران||Marran mountains|Mountains in Saada Governorate, Yemen|
L al-hazm|مدينة الحزم||Al-Hazm|Capital of Al-Jawf Governorate, Yemen|
L al-maslub|المصلوب||Al-Maslub|District of Al-Jawf Governorate, Yemen|
L al-mutun|المتون||Al-Mutun|District of Al-Jawf Governorate, Yemen|
L al-marashi|المراشي||Al-Marashi|District of Al-Jawf Governorate, Yemen|
L al-sawmaah|الصومعة||Al-Sawma'ah|District of Al-Bayda Governorate, Yemen|
L maswarah|مسورة||Maswarah|District of Al-Bayda Governorate, Yemen|
L walad-rabi|ولد ربيع||Walad Rabi'|District of Al-Bayda Governorate, Yemen|
L juban|جبن||Juban|District of Al-Dhale Governorate, Yemen|
L damt|دمت||Damt|Town in Al-Dhale Governorate, Yemen|
L al-shuayb|الشعيب||Al-Shu'ayb|District of Al-Dhale Governorate, Yemen|
L jahaf|جحاف||Jahaf|District of Al-Dhale Governorate, Yemen|
L abs-ye|عبس||Abs|District of Hajjah Governorate, Yemen|
L hayran|حيران||Hayran|District of Hajjah Governorate, Yemen|
L bakil-al-mir|بكيل المير||Bakil al-Mir|District of Hajjah Governorate, Yemen|
L khayran-al-muharraq|خيران المحرق||Khayran al-Muharraq|District of Hajjah Governorate, Yemen|
L kushar|كشر||Kushar|District of Hajjah Governorate, Yemen|
L al-shaghadirah|الشغادرة||Al-Shaghadirah|District of Hajjah Governorate, Yemen|
L aslam-ye|أسلم||Aslam|District of Hajjah Governorate, Yemen|
L najrah|نجرة||Najrah|District of Hajjah Governorate, Yemen|
L bani-al-awwam|بني العوام||Bani al-Awwam|District of Hajjah Governorate, Yemen|
L mabyan|مبين||Mabyan|District of Hajjah Governorate, Yemen|
L sharas|شرس||Sharas|District of Hajjah Governorate, Yemen|
L jabal-al-tair-island|جزيرة جبل الطير||Jabal al-Tair Island|Volcanic island of Yemen in the Red Sea|
L samhah|جزيرة سمحة||Samhah|Island of the Socotra archipelago, Yemen|
L darsah|جزيرة درسة||Darsah|Island of the Socotra archipelago, Yemen|
`;

// Sudan: the localities of Kordofan, White Nile, Gezira and Sennar, Darfur, Khartoum and the north
const TOWNS_SUDAN = `
L um-dam-haj-ahmed|أم دم حاج أحمد||Um Dam Haj Ahmed|Locality of North Kordofan, Sudan|
L sheikan|شيكان||Sheikan|Locality of North Kordofan, Sudan|
L gharb-bara|غرب بارا||Gharb Bara|Locality of North Kordofan, Sudan|
L um-sumeima|أم صميمة||Um Sumeima|Village near El Obeid, North Kordofan, Sudan|
L kazgeil|كازقيل|كازجيل|Kazgeil|Village in North Kordofan, Sudan|
L um-sayala|أم سيالة||Um Sayala|Town in North Kordofan, Sudan|
L al-zariba|الزريبة||Al-Zariba|Village in North Kordofan, Sudan|
L al-nuhud|النهود||Al-Nuhud|Town in West Kordofan, Sudan|
L al-mujlad|المجلد||Al-Mujlad|Town in West Kordofan, Sudan|
L al-sunut|السنوط||Al-Sunut|Town in West Kordofan, Sudan|
L kailak|كيلك||Kailak|Town in West Kordofan, Sudan|
L balila|بليلة||Balila|Oil field and town in West Kordofan, Sudan|
L difra|دفرة||Difra|Oil field in West Kordofan, Sudan|
L al-dibaybat|الدبيبات||Al-Dibaybat|Town in South Kordofan, Sudan|
L rashad-sd|رشاد||Rashad|Town in South Kordofan, Sudan|
L al-abbasiya-taqali|العباسية تقلي||Al-Abbasiya Taqali|Town in South Kordofan, Sudan|
L al-buram|البرام||Al-Buram|Town in South Kordofan, Sudan|
L um-durein|أم دورين||Um Durein|Town in South Kordofan, Sudan|
L al-kuwayk|الكويك||Al-Kuwayk|Village in South Kordofan, Sudan|
L al-hamadi|الحمادي||Al-Hamadi|Village in South Kordofan, Sudan|
L kalogi|كالوقي|كالوجي|Kalogi|Town in South Kordofan, Sudan|
L rabak|ربك||Rabak|Capital of White Nile State, Sudan|
L aba-island|جزيرة أبا||Aba Island|Island and town in White Nile State, Sudan|
L guli|قلي||Guli|Town in White Nile State, Sudan|
L al-kawa|الكوة||Al-Kawa|Town in White Nile State, Sudan|
L al-shawal|الشوال||Al-Shawal|Town in White Nile State, Sudan|
L um-jar|أم جر||Um Jar|Town in White Nile State, Sudan|
L rufaa|رفاعة||Rufa'a|Town in Gezira State, Sudan|
L al-kamlin|الكاملين||Al-Kamlin|Town in Gezira State, Sudan|
L abu-guta|أبو قوتة|أبي قوتة|Abu Guta|Town in Gezira State, Sudan|
L al-hilaliya|الهلالية||Al-Hilaliya|Town in Gezira State, Sudan|
L wad-al-noura|ود النورة||Wad al-Noura|Village in Gezira State, Sudan|
L al-tekeina|التكينة||Al-Tekeina|Town in Gezira State, Sudan|
L al-sireha|السريحة||Al-Sireha|Village in Gezira State, Sudan|
L fadasi|فداسي||Fadasi|Town in Gezira State, Sudan|
L arbaji|أربجي||Arbaji|Town in Gezira State, Sudan|
L tabat|طابت||Tabat|Town in Gezira State, Sudan|
L al-bagair|الباقير||Al-Bagair|Town in Gezira State, Sudan|
L east-gezira|شرق الجزيرة||East Gezira|Locality of Gezira State, Sudan|
L al-dinder|الدندر||Al-Dinder|Town in Sennar State, Sudan|
L dinder-park|حظيرة الدندر|محمية الدندر|Dinder National Park|National park in Sudan|
L al-suki|السوكي||Al-Suki|Town in Sennar State, Sudan|
L abu-hujar|أبو حجار|أبي حجار|Abu Hujar|Town in Sennar State, Sudan|
L mayurno|مايرنو||Mayurno|Town in Sennar State, Sudan|
L jebel-moya|جبل موية||Jebel Moya|Area in Sennar State, Sudan|
L karkoj|كركوج||Karkoj|Town in Sennar State, Sudan|
L al-tina|الطينة||Al-Tina|Border town in North Darfur, Sudan|
L shearia|شعيرية||Shearia|Town in East Darfur, Sudan|
L adila|عديلة||Adila|Town in East Darfur, Sudan|
L abu-karinka|أبو كارنكا|أبي كارنكا|Abu Karinka|Town in East Darfur, Sudan|
L al-malam|الملم||Al-Malam|Town in South Darfur, Sudan|
L bielel|بليل||Bielel|Town in South Darfur, Sudan|
L marshing|مرشنج||Marshing|Town in South Darfur, Sudan|
L al-malha|المالحة||Al-Malha|Town in North Darfur, Sudan|
L al-kuma|الكومة||Al-Kuma|Town in North Darfur, Sudan|
L golo|قولو||Golo|Town in Jebel Marra, Sudan|
L rokero|روكرو||Rokero|Town in Jebel Marra, Sudan|
L deleig|دليج||Deleig|Town in Central Darfur, Sudan|
L wadi-salih|وادي صالح||Wadi Salih|Locality of Central Darfur, Sudan|
L foro-baranga|فوربرنقا|فور برنقا|Foro Baranga|Town in Darfur, Sudan|
L mustariha|مستريحة||Mustariha|Village in North Darfur, Sudan|
L abu-gamra|أبو قمرة|أبي قمرة|Abu Gamra|Town in North Darfur, Sudan|
L jebel-amer|جبل عامر||Jebel Amer|Gold-mining area in North Darfur, Sudan|
L otash-camp|مخيم عطاش|معسكر عطاش|Otash camp|Displacement camp near Nyala, Sudan|
L hamidiya-camp|مخيم الحميدية|معسكر الحميدية|Hamidiya camp|Displacement camp near Zalingei, Sudan|
L krinding-camp|مخيم كريندنق|معسكر كريندنق|Krinding camp|Displacement camp in El Geneina, Sudan|
L al-mogran|المقرن||Al-Mogran|Quarter of Khartoum, Sudan|
L tuti-island|جزيرة توتي|توتي|Tuti Island|Island and quarter of Khartoum, Sudan|
L al-salha|الصالحة||Al-Salha|Quarter of Omdurman, Sudan|
L al-muwaileh|المويلح||Al-Muwaileh|Quarter of Omdurman, Sudan|
L al-jaili|الجيلي||Al-Jaili|Town and refinery north of Khartoum, Sudan|
L hattab-sd|حطاب||Hattab|Town in Khartoum State, Sudan|
L kafouri|كافوري||Kafouri|Quarter of Khartoum North, Sudan|
L al-markhiyat|المرخيات|جبل المرخيات|Al-Markhiyat|Hills west of Omdurman, Sudan|
L al-mek-nimir-bridge|جسر المك نمر||Al-Mek Nimir Bridge|Bridge in Khartoum, Sudan|
L shambat-bridge|جسر شمبات||Shambat Bridge|Bridge in Khartoum, Sudan|
L halfaya-bridge|جسر الحلفايا||Halfaya Bridge|Bridge in Khartoum, Sudan|
L soba-bridge|جسر سوبا||Soba Bridge|Bridge in Khartoum, Sudan|
L al-hawata|الحواتة||Al-Hawata|Town in Gedaref State, Sudan|
L berber|بربر||Berber|Town in River Nile State, Sudan|
L al-zeidab|الزيداب||Al-Zeidab|Town in River Nile State, Sudan|
L kabushiya|كبوشية||Kabushiya|Town in River Nile State, Sudan|
L merowe|مروي||Merowe|Town in Northern State, Sudan|
L karima|كريمة||Karima|Town in Northern State, Sudan|
L jebel-barkal|جبل البركل||Jebel Barkal|Mountain and archaeological site in Northern State, Sudan|
L al-debba|الدبة||Al-Debba|Town in Northern State, Sudan|
L korti|كورتي||Korti|Town in Northern State, Sudan|
L kerma|كرمة||Kerma|Town and archaeological site in Northern State, Sudan|
L sai-island|جزيرة صاي||Sai Island|Island in the Nile, Northern State, Sudan|
L hamashkoraib|همشكوريب||Hamashkoraib|Town in Kassala State, Sudan|
L aroma|أروما||Aroma|Town in Kassala State, Sudan|
L agig|عقيق||Agig|Town in Red Sea State, Sudan|
L arbaat|أربعات||Arba'at|Town and dam in Red Sea State, Sudan|
`;

// Saudi Arabia: the districts of Mecca, Medina, Riyadh and Jeddah, and the governorates of each region
const TOWNS_SAUDI = `
L al-shisha|الششة||Al-Shisha|District of Mecca, Saudi Arabia|
L kudai|كدي||Kudai|District of Mecca, Saudi Arabia|
L ajyad|أجياد||Ajyad|District of Mecca, Saudi Arabia|
L al-misfalah|المسفلة||Al-Misfalah|District of Mecca, Saudi Arabia|
L al-otaibiya|العتيبية||Al-Otaibiya|District of Mecca, Saudi Arabia|
L jarwal|جرول||Jarwal|District of Mecca, Saudi Arabia|
L al-zahir-mecca|الزاهر||Al-Zahir|District of Mecca, Saudi Arabia|
L al-naseem-mecca|النسيم||Al-Naseem|District of Mecca, Saudi Arabia|
L al-sharaie|الشرائع||Al-Sharaie|District of Mecca, Saudi Arabia|
L al-nawwariyah|النوارية||Al-Nawwariyah|District of Mecca, Saudi Arabia|
L al-kakiyah|الكعكية||Al-Ka'kiyah|District of Mecca, Saudi Arabia|
L batha-quraish|بطحاء قريش||Batha Quraish|District of Mecca, Saudi Arabia|
L al-hajun|الحجون||Al-Hajun|District of Mecca, Saudi Arabia|
L al-maabdah|المعابدة||Al-Ma'abdah|District of Mecca, Saudi Arabia|
L jabal-al-nour|جبل النور||Jabal al-Nour|Mountain in Mecca, Saudi Arabia|
L mount-thawr|جبل ثور||Mount Thawr|Mountain in Mecca, Saudi Arabia|
L jabal-al-rahmah|جبل الرحمة||Jabal al-Rahmah|Hill on the plain of Arafat, Saudi Arabia|
L al-tandabawi|الطندباوي||Al-Tandabawi|District of Mecca, Saudi Arabia|
L al-taneem|التنعيم|مسجد التنعيم|Al-Tan'eem|District and mosque of Mecca, Saudi Arabia|
L al-jiranah|الجعرانة||Al-Ji'ranah|District of Mecca, Saudi Arabia|
L jabal-omar|جبل عمر||Jabal Omar|District of Mecca, Saudi Arabia|
L al-maala-cemetery|مقبرة المعلاة|المعلاة|Al-Ma'la cemetery|Cemetery in Mecca, Saudi Arabia|
L sultana-medina|السلطانة||Sultana|District of Medina, Saudi Arabia|
L sayyid-al-shuhada|سيد الشهداء||Sayyid al-Shuhada|District of Medina, Saudi Arabia|
L qiblatayn-mosque|مسجد القبلتين||Masjid al-Qiblatayn|Mosque in Medina, Saudi Arabia|
L quba-mosque|مسجد قباء||Quba Mosque|Mosque in Medina, Saudi Arabia|
L al-baqi|البقيع|مقبرة البقيع;بقيع الغرقد|Al-Baqi'|Cemetery in Medina, Saudi Arabia|
L wadi-al-aqiq|وادي العقيق||Wadi al-Aqiq|Valley of Medina, Saudi Arabia|
L mount-of-archers|جبل الرماة||Mount of the Archers|Hill in Medina, Saudi Arabia|
L yanbu-al-nakhl|ينبع النخل||Yanbu al-Nakhl|Town in Medina Province, Saudi Arabia|
L mahd-al-dhahab|مهد الذهب||Mahd al-Dhahab|Governorate of Medina Province, Saudi Arabia|
L badr-sa|بدر||Badr|Governorate of Medina Province, Saudi Arabia|
L al-ais|العيص||Al-Ais|Governorate of Medina Province, Saudi Arabia|
L wadi-al-far|وادي الفرع||Wadi al-Far'|Governorate of Medina Province, Saudi Arabia|
L al-olaya|العليا||Al-Olaya|District of Riyadh, Saudi Arabia|
L al-dirah|الديرة||Al-Dirah|District of Riyadh, Saudi Arabia|
L al-suwaidi|السويدي||Al-Suwaidi|District of Riyadh, Saudi Arabia|
L al-badiah|البديعة||Al-Badi'ah|District of Riyadh, Saudi Arabia|
L al-hair-prison|سجن الحائر|الحائر|Al-Ha'ir prison|Prison south of Riyadh, Saudi Arabia|
L diplomatic-quarter-riyadh|حي السفارات||Diplomatic Quarter|District of Riyadh, Saudi Arabia|
L al-bujairi|البجيري|حي البجيري|Al-Bujairi|Quarter of Diriyah, Saudi Arabia|
L al-turaif|حي الطريف||At-Turaif|Historic quarter of Diriyah, Saudi Arabia|
L al-sharafiyah|الشرفية||Al-Sharafiyah|District of Jeddah, Saudi Arabia|
L al-baghdadiyah|البغدادية||Al-Baghdadiyah|District of Jeddah, Saudi Arabia|
L al-kandarah|الكندرة||Al-Kandarah|District of Jeddah, Saudi Arabia|
L al-faisaliyah-jeddah|الفيصلية||Al-Faisaliyah|District of Jeddah, Saudi Arabia|
L obhur-al-janubiyah|أبحر الجنوبية||Obhur al-Janubiyah|District of Jeddah, Saudi Arabia|
L bani-malik-jeddah|بني مالك||Bani Malik|District of Jeddah, Saudi Arabia|
L quwaizah|قويزة||Quwaizah|District of Jeddah, Saudi Arabia|
L al-harazat|الحرازات||Al-Harazat|District of Jeddah, Saudi Arabia|
L jeddah-islamic-port|ميناء جدة الإسلامي||Jeddah Islamic Port|Port in Jeddah, Saudi Arabia|
L king-abdulaziz-airport|مطار الملك عبدالعزيز الدولي|مطار الملك عبد العزيز الدولي;مطار جدة|King Abdulaziz International Airport|Airport of Jeddah, Saudi Arabia|
L afif|عفيف||Afif|Governorate of Riyadh Province, Saudi Arabia|
L al-sulayyil|السليل||Al-Sulayyil|Governorate of Riyadh Province, Saudi Arabia|
L rumah-sa|رماح||Rumah|Governorate of Riyadh Province, Saudi Arabia|
L al-rayn|الرين||Al-Rayn|Governorate of Riyadh Province, Saudi Arabia|
L sajir|ساجر||Sajir|Town in Riyadh Province, Saudi Arabia|
L al-lith|الليث||Al-Lith|Governorate of Mecca Province, Saudi Arabia|
L al-kamil-sa|الكامل||Al-Kamil|Governorate of Mecca Province, Saudi Arabia|
L al-ardiyat|العرضيات||Al-Ardiyat|Governorate of Mecca Province, Saudi Arabia|
L bahrah|بحرة||Bahrah|Governorate of Mecca Province, Saudi Arabia|
L al-midhnab|المذنب||Al-Midhnab|Governorate of Al-Qassim Province, Saudi Arabia|
L al-badai|البدائع||Al-Bada'i|Governorate of Al-Qassim Province, Saudi Arabia|
L al-shimasiyah|الشماسية||Al-Shimasiyah|Governorate of Al-Qassim Province, Saudi Arabia|
L uqlat-al-suqur|عقلة الصقور||Uqlat al-Suqur|Governorate of Al-Qassim Province, Saudi Arabia|
L dariyah-qassim|ضرية||Dariyah|Governorate of Al-Qassim Province, Saudi Arabia|
L tathlith|تثليث||Tathlith|Governorate of Asir Province, Saudi Arabia|
L tarib|طريب||Tarib|Governorate of Asir Province, Saudi Arabia|
L bariq|بارق||Bariq|Governorate of Asir Province, Saudi Arabia|
L al-harajah|الحرجة||Al-Harajah|Governorate of Asir Province, Saudi Arabia|
L al-darb|الدرب||Al-Darb|Governorate of Jazan Province, Saudi Arabia|
L sabya|صبيا||Sabya|Governorate of Jazan Province, Saudi Arabia|
L al-tuwal|الطوال||Al-Tuwal|Governorate of Jazan Province, Saudi Arabia|
L al-aridah|العارضة||Al-Aridah|Governorate of Jazan Province, Saudi Arabia|
L al-harth|الحرث||Al-Harth|Governorate of Jazan Province, Saudi Arabia|
L thar-sa|ثار||Thar|Governorate of Najran Province, Saudi Arabia|
L halat-ammar|حالة عمار|منفذ حالة عمار|Halat Ammar|Border crossing between Saudi Arabia and Jordan|
L al-ghazalah|الغزالة||Al-Ghazalah|Governorate of Ha'il Province, Saudi Arabia|
L al-shamli|الشملي||Al-Shamli|Governorate of Ha'il Province, Saudi Arabia|
L mawqaq|موقق||Mawqaq|Governorate of Ha'il Province, Saudi Arabia|
L al-sulaimi|السليمي||Al-Sulaimi|Governorate of Ha'il Province, Saudi Arabia|
L sumaira|سميراء||Sumaira|Governorate of Ha'il Province, Saudi Arabia|
L al-qurayyat|القريات||Al-Qurayyat|Governorate of Al-Jawf Province, Saudi Arabia|
L turaif|طريف||Turaif|Governorate of Northern Borders Province, Saudi Arabia|
L bani-hasan-baha|بني حسن||Bani Hasan|Governorate of Al-Bahah Province, Saudi Arabia|
`;

// Kuwait: the residential areas of the six governorates, ports and islands
const TOWNS_KUWAIT = `
L al-qibla-kw|القبلة||Al-Qibla|Area of Capital Governorate, Kuwait|
L al-faiha-kw|الفيحاء||Al-Faiha|Area of Capital Governorate, Kuwait|
L al-surra|السرة||Al-Surra|Area of Capital Governorate, Kuwait|
L abdullah-al-salem-suburb|ضاحية عبدالله السالم|ضاحية عبد الله السالم|Abdullah Al-Salem Suburb|Area of Capital Governorate, Kuwait|
L north-west-sulaibikhat|شمال غرب الصليبيخات||North West Sulaibikhat|Area of Capital Governorate, Kuwait|
L shuwaikh-port|ميناء الشويخ||Shuwaikh Port|Port in Capital Governorate, Kuwait|
L auhah-island|جزيرة عوهة||Auhah Island|Island of Kuwait|
L kubbar-island|جزيرة كبر||Kubbar Island|Island of Kuwait|
L qaruh-island|جزيرة قاروه||Qaruh Island|Island of Kuwait|
L miskan-island|جزيرة مسكان||Miskan Island|Island of Kuwait|
L umm-al-maradim-island|جزيرة أم المرادم||Umm al-Maradim Island|Island of Kuwait|
L hawalli-city|مدينة حولي||Hawalli|Area of Hawalli Governorate, Kuwait|
L mishref|مشرف||Mishref|Area of Hawalli Governorate, Kuwait|
L salwa-kw|سلوى||Salwa|Area of Hawalli Governorate, Kuwait|
L maidan-hawalli|ميدان حولي||Maidan Hawalli|Area of Hawalli Governorate, Kuwait|
L abraq-khaitan|أبرق خيطان||Abraq Khaitan|Area of Farwaniya Governorate, Kuwait|
L al-mahboula|المهبولة||Al-Mahboula|Area of Ahmadi Governorate, Kuwait|
L al-egaila|العقيلة||Al-Egaila|Area of Ahmadi Governorate, Kuwait|
L al-wafra|الوفرة||Al-Wafra|Area of Ahmadi Governorate, Kuwait|
L al-zour-kw|الزور|ميناء الزور|Al-Zour|Coastal area and port of Ahmadi Governorate, Kuwait|
L shuaiba-port|ميناء الشعيبة||Shuaiba Port|Port in Ahmadi Governorate, Kuwait|
L mina-al-ahmadi|ميناء الأحمدي||Mina al-Ahmadi|Port in Ahmadi Governorate, Kuwait|
L al-julaia|الجليعة||Al-Julaia|Area of Ahmadi Governorate, Kuwait|
L bneider|بنيدر||Bneider|Area of Ahmadi Governorate, Kuwait|
L al-dhubaiya|الضباعية||Al-Dhubaiya|Area of Ahmadi Governorate, Kuwait|
L al-magwa|المقوع||Al-Magwa|Area of Ahmadi Governorate, Kuwait|
L jaber-al-ali|ضاحية جابر العلي||Jaber Al-Ali|Area of Ahmadi Governorate, Kuwait|
L fahad-al-ahmad-suburb|ضاحية فهد الأحمد||Fahad Al-Ahmad|Area of Ahmadi Governorate, Kuwait|
L al-sulaibiya|الصليبية||Al-Sulaibiya|Area of Jahra Governorate, Kuwait|
L al-subiya|الصبية||Al-Subiya|Area of Jahra Governorate, Kuwait|
L kazma|كاظمة||Kazma|Area of Jahra Governorate, Kuwait|
L al-rawdatain|الروضتين||Al-Rawdatain|Area of Jahra Governorate, Kuwait|
L saad-al-abdullah-city|مدينة سعد العبدالله|مدينة سعد العبد الله|Saad Al-Abdullah City|Area of Jahra Governorate, Kuwait|
L jaber-al-ahmad-city|مدينة جابر الأحمد||Jaber Al-Ahmad City|Area of Jahra Governorate, Kuwait|
L sheikh-jaber-causeway|جسر الشيخ جابر|جسر جابر|Sheikh Jaber Al-Ahmad Causeway|Causeway across Kuwait Bay, Kuwait|
L sabah-al-salem-suburb|ضاحية صباح السالم||Sabah Al-Salem|Area of Mubarak Al-Kabeer Governorate, Kuwait|
L al-qurain|القرين||Al-Qurain|Area of Mubarak Al-Kabeer Governorate, Kuwait|
L abu-al-hasaniya|أبو الحصانية|أبي الحصانية|Abu Al-Hasaniya|Area of Mubarak Al-Kabeer Governorate, Kuwait|
L al-masayel|المسايل||Al-Masayel|Area of Mubarak Al-Kabeer Governorate, Kuwait|
L subhan|صبحان||Subhan|Area of Farwaniya Governorate, Kuwait|
`;

// Jordan: the districts (ألوية) and towns of each governorate, camps and sites
const TOWNS_JORDAN = `
L qasabat-amman|قصبة عمان|لواء قصبة عمان|Qasabat Amman|District of Amman Governorate, Jordan|
L al-juwaydeh|الجويدة|سجن الجويدة|Al-Juwaydeh|Area and prison in Amman, Jordan|
L al-muqabalayn|المقابلين||Al-Muqabalayn|Area of Amman, Jordan|
L amman-citadel|جبل القلعة|قلعة عمان|Amman Citadel|Hill and historic site in Amman, Jordan|
L al-rabiah-amman|الرابية||Al-Rabiah|Area of Amman, Jordan|
L dahiat-al-rashid|ضاحية الرشيد||Dahiat al-Rashid|Area of Amman, Jordan|
L shafa-badran|شفا بدران||Shafa Badran|Area of Amman, Jordan|
L abu-alanda|أبو علندا|أبي علندا|Abu Alanda|Area of Amman, Jordan|
L umm-al-summaq|أم السماق||Umm al-Summaq|Area of Amman, Jordan|
L jabal-al-jofeh|جبل الجوفة||Jabal al-Jofeh|Area of Amman, Jordan|
L hussein-camp|مخيم الحسين||Hussein camp|Palestinian refugee camp in Amman, Jordan|
L talbieh-camp|مخيم الطالبية||Talbieh camp|Palestinian refugee camp in Amman Governorate, Jordan|
L souf-camp|مخيم سوف||Souf camp|Palestinian refugee camp in Jerash Governorate, Jordan|
L hittin-camp|مخيم حطين|مخيم ماركا|Hittin camp|Palestinian refugee camp in Zarqa Governorate, Jordan|
L yajouz|ياجوز||Yajouz|Area of Amman, Jordan|
L ain-ghazal|عين غزال||Ain Ghazal|Area and Neolithic site of Amman, Jordan|
L al-qastal-jo|القسطل||Al-Qastal|Town in Amman Governorate, Jordan|
L al-hashimiyya-jo|الهاشمية||Al-Hashimiyya|Town in Zarqa Governorate, Jordan|
L bani-kinana|بني كنانة||Bani Kinana|District of Irbid Governorate, Jordan|
L al-koura-jo|لواء الكورة||Al-Koura|District of Irbid Governorate, Jordan|
L saham-al-jawlan|سحم الجولان||Saham al-Jawlan|Town in Irbid Governorate, Jordan|
L al-husn-jo|الحصن||Al-Husn|Town in Irbid Governorate, Jordan|
L kafr-sawm|كفر سوم||Kafr Sawm|Town in Irbid Governorate, Jordan|
L sabha-jo|صبحا||Sabha|Town in Mafraq Governorate, Jordan|
L deir-al-kahf|دير الكهف||Deir al-Kahf|Town in Mafraq Governorate, Jordan|
L umm-al-quttein|أم القطين||Umm al-Quttein|Town in Mafraq Governorate, Jordan|
L allan-jo|علان||Allan|Town in Balqa Governorate, Jordan|
L baqaa-jo|البقعة||Al-Baqa'a|Town in Balqa Governorate, Jordan|
L mlaih|مليح||Mlaih|Town in Madaba Governorate, Jordan|
L mukawir|مكاور|قلعة مكاور|Mukawir|Town and fortress in Madaba Governorate, Jordan|
L umm-ar-rasas|أم الرصاص||Umm ar-Rasas|Archaeological site in Madaba Governorate, Jordan|
L hisban|حسبان||Hisban|Town in Madaba Governorate, Jordan|
L hammamat-main|حمامات ماعين||Hammamat Ma'in|Hot springs in Madaba Governorate, Jordan|
L wadi-mujib|وادي الموجب|الموجب|Wadi Mujib|Valley and reserve in Jordan|
L southern-ghor|الأغوار الجنوبية||Southern Ghor|District of Karak Governorate, Jordan|
L ghor-haditha|غور حديثة||Ghor Haditha|Town in Karak Governorate, Jordan|
L al-rabba|الربة||Al-Rabba|Town in Karak Governorate, Jordan|
L karak-castle|قلعة الكرك||Karak Castle|Crusader castle in Karak, Jordan|
L ghor-fifa|غور فيفا||Ghor Fifa|Town in Karak Governorate, Jordan|
L al-husseiniya-jo|الحسينية||Al-Husseiniya|Town and district of Ma'an Governorate, Jordan|
L wadi-al-hasa|وادي الحسا||Wadi al-Hasa|Valley between Karak and Tafilah governorates, Jordan|
L gharandal|غرندل||Gharandal|Town in Tafilah Governorate, Jordan|
L al-muraygha|المريغة||Al-Muraygha|Town in Ma'an Governorate, Jordan|
L udhruh|أذرح||Udhruh|Town in Ma'an Governorate, Jordan|
L siq-petra|سيق البتراء|السيق|Siq|Gorge leading to Petra, Jordan|
L al-mudawwara|المدورة||Al-Mudawwara|Town and border crossing in Ma'an Governorate, Jordan|
L al-rajif|الراجف||Al-Rajif|Town in Ma'an Governorate, Jordan|
L disi|الديسة|الديسي|Disi|Village and aquifer in Aqaba Governorate, Jordan|
L risha-gas-field|حقل الريشة||Risha gas field|Gas field in Mafraq Governorate, Jordan|
L anjara|عنجرة||Anjara|Town in Ajloun Governorate, Jordan|
L ain-janna|عين جنا||Ain Janna|Town in Ajloun Governorate, Jordan|
L sakhra-jo|صخرة||Sakhra|Town in Ajloun Governorate, Jordan|
L orjan|عرجان||Orjan|Village in Ajloun Governorate, Jordan|
L ajloun-castle|قلعة عجلون|قلعة الربض|Ajloun Castle|Castle in Ajloun Governorate, Jordan|
L sakib|ساكب||Sakib|Town in Jerash Governorate, Jordan|
L al-mastaba|المصطبة||Al-Mastaba|Town in Jerash Governorate, Jordan|
L hallabat|الحلابات|قصر الحلابات|Hallabat|Town in Zarqa Governorate, Jordan|
L azraq-wetland|محمية الأزرق المائية||Azraq Wetland Reserve|Nature reserve in Zarqa Governorate, Jordan|
L tafilah-castle|قلعة الطفيلة||Tafilah Castle|Castle in Tafilah, Jordan|
L shobak-castle|قلعة الشوبك|حصن الشوبك;قلعة مونتريال|Shobak Castle|Crusader castle in Ma'an Governorate, Jordan|
L qasr-amra|قصر عمرة|قصير عمرة|Qusayr Amra|Desert castle in Zarqa Governorate, Jordan|
L qasr-kharana|قصر الخرانة|قصر الحرانة|Qasr Kharana|Desert castle in Amman Governorate, Jordan|
L jabal-umm-al-dami|جبل أم الدامي||Jabal Umm al-Dami|Highest mountain of Jordan|
L al-karamah-jo|بلدة الكرامة||Al-Karameh|Town in Balqa Governorate, Jordan|
`;

// Morocco: Fes-Meknes, Tangier-Tetouan-Al Hoceima, the Oriental, Souss-Massa, and the districts of Fes and Casablanca
const TOWNS_MOROCCO = `
L tissa|تيسة||Tissa|Town in Taounate Province, Morocco|
L tahar-souk|طهر السوق||Tahar Souk|Town in Taounate Province, Morocco|
L ain-aicha|عين عائشة||Ain Aicha|Town in Taounate Province, Morocco|
L qariat-ba-mohammed|قرية با محمد||Qariat Ba Mohammed|Town in Taounate Province, Morocco|
L ouled-ayad|أولاد عياد||Ouled Ayad|Town in Fquih Ben Salah Province, Morocco|
L ribat-el-kheir|رباط الخير||Ribat El Kheir|Town in Sefrou Province, Morocco|
L sidi-harazem|سيدي حرازم||Sidi Harazem|Spa town near Fes, Morocco|
L moulay-yacoub|مولاي يعقوب||Moulay Yacoub|Spa town and province near Fes, Morocco|
L bhalil|البهاليل||Bhalil|Town in Sefrou Province, Morocco|
L ain-chkef|عين الشقف||Ain Chkef|Commune in Moulay Yacoub Province, Morocco|
L el-hajeb|الحاجب||El Hajeb|Town in Fes-Meknes Region, Morocco|
L ain-taoujdate|عين تاوجطات||Ain Taoujdate|Town in El Hajeb Province, Morocco|
L agourai|أكوراي||Agourai|Town in El Hajeb Province, Morocco|
L moulay-idriss-zerhoun|مولاي إدريس زرهون|زرهون|Moulay Idriss Zerhoun|Town near Meknes, Morocco|
L volubilis|وليلي||Volubilis|Roman archaeological site near Meknes, Morocco|
L missour|ميسور||Missour|Town in Boulemane Province, Morocco|
L outat-el-haj|أوطاط الحاج||Outat El Haj|Town in Boulemane Province, Morocco|
L imouzzer-marmoucha|إيموزار مرموشة||Imouzzer Marmoucha|Town in Boulemane Province, Morocco|
L tahla|تاهلة||Tahla|Town in Taza Province, Morocco|
L aknoul|أكنول||Aknoul|Town in Taza Province, Morocco|
L oued-amlil|واد أمليل|وادي أمليل|Oued Amlil|Town in Taza Province, Morocco|
L fes-el-bali|فاس البالي||Fes el-Bali|Old medina of Fes, Morocco|
L fes-jdid|فاس الجديد|فاس الجديدة|Fes Jdid|District of Fes, Morocco|
L merinides|المرينيين||Merinides|District of Fes, Morocco|
L jnan-el-ouard|جنان الورد||Jnan El Ouard|District of Fes, Morocco|
L saiss|سايس||Saiss|District of Fes and plain of the Fes-Meknes Region, Morocco|
L zouagha|زواغة||Zouagha|District of Fes, Morocco|
L ain-kadous|عين قادوس||Ain Kadous|Quarter of Fes, Morocco|
L bensouda|بنسودة||Bensouda|Quarter of Fes, Morocco|
L bab-boujloud|باب بوجلود||Bab Boujloud|Gate and quarter of Fes, Morocco|
L aouinat-hajjaj|عوينات الحجاج||Aouinat Hajjaj|Quarter of Fes, Morocco|
L qarawiyyin|جامعة القرويين|جامع القرويين|University of al-Qarawiyyin|Mosque and university in Fes, Morocco|
L asilah|أصيلة||Asilah|Town in Tangier-Tetouan-Al Hoceima Region, Morocco|
L mdiq|مدينة المضيق||M'diq|Town in Tangier-Tetouan-Al Hoceima Region, Morocco|
L ouezzane|وزان||Ouezzane|Town in Tangier-Tetouan-Al Hoceima Region, Morocco|
L bab-berred|باب برد||Bab Berred|Town in Chefchaouen Province, Morocco|
L ketama|كتامة||Ketama|Town in Al Hoceima Province, Morocco|
L oued-laou|واد لاو|وادي لاو|Oued Laou|Town in Tetouan Province, Morocco|
L kaa-asras|قاع أسراس||Kaa Asras|Village in Chefchaouen Province, Morocco|
L ajdir|أجدير||Ajdir|Town in Al Hoceima Province, Morocco|
L issaguen|إساكن||Issaguen|Town in Al Hoceima Province, Morocco|
L beni-makada|بني مكادة||Beni Makada|District of Tangier, Morocco|
L gzenaya|اكزناية|إكزناية;كزناية|Gzenaya|Commune near Tangier, Morocco|
L aouama|العوامة||Aouama|District of Tangier, Morocco|
L mesnana|مسنانة||Mesnana|District of Tangier, Morocco|
L bir-chifa|بئر الشيفا|بير الشيفا|Bir Chifa|District of Tangier, Morocco|
L souani-tangier|السواني||Souani|District of Tangier, Morocco|
L melloussa|ملوسة||Melloussa|Commune near Tangier, Morocco|
L casabarata|كاسابراطا|كاسبراطا|Casabarata|Quarter of Tangier, Morocco|
L malabata|مالاباطا|كورنيش مالاباطا|Malabata|Bay and corniche of Tangier, Morocco|
L msnana|مسنانة||Msnana|Quarter of Tangier, Morocco|
L marchan|مرشان||Marchan|Quarter of Tangier, Morocco|
L cap-spartel|كاب سبارتيل|رأس سبارتيل|Cap Spartel|Cape near Tangier, Morocco|
L mghogha|مغوغة||Mghogha|Quarter of Tangier, Morocco|
L achakkar|أشقار||Achakkar|Coastal area near Tangier, Morocco|
L belyounech|بليونش||Belyounech|Village near Ceuta, Morocco|
L ksar-sghir|القصر الصغير||Ksar Sghir|Town in Fahs-Anjra Province, Morocco|
L berkane|بركان||Berkane|Town in the Oriental Region, Morocco|
L saidia|السعيدية||Saidia|Coastal town in the Oriental Region, Morocco|
L el-aioun-sidi-mellouk|العيون سيدي ملوك||El Aioun Sidi Mellouk|Town in Taourirt Province, Morocco|
L debdou|دبدو||Debdou|Town in Taourirt Province, Morocco|
L ain-beni-mathar|عين بني مطهر||Ain Beni Mathar|Town in Jerada Province, Morocco|
L touissit|تويسيت||Touissit|Mining town in Jerada Province, Morocco|
L al-aroui|العروي||Al Aroui|Town in Nador Province, Morocco|
L beni-drar|بني درار||Beni Drar|Town in Oujda-Angad Prefecture, Morocco|
L kariat-arekmane|قرية أركمان||Kariat Arekmane|Town in Nador Province, Morocco|
L midar|ميضار||Midar|Town in Driouch Province, Morocco|
L taforalt|تافوغالت||Taforalt|Village and prehistoric cave in Berkane Province, Morocco|
L ait-baha|أيت باها||Ait Baha|Town in Chtouka Ait Baha Province, Morocco|
L chtouka-ait-baha|اشتوكة آيت باها|شتوكة آيت باها;اشتوكة أيت باها|Chtouka Ait Baha|Province of Souss-Massa, Morocco|
L massa-ma|ماسة||Massa|Town in Chtouka Ait Baha Province, Morocco|
L drarga|الدراركة||Drarga|Town in Agadir Prefecture, Morocco|
L aourir|أورير||Aourir|Town in Agadir Prefecture, Morocco|
L taghazout|تغازوت||Taghazout|Coastal village in Agadir Prefecture, Morocco|
L amskroud|أمسكرود||Amskroud|Commune in Agadir Prefecture, Morocco|
L ait-amira|أيت عميرة||Ait Amira|Town in Chtouka Ait Baha Province, Morocco|
L belfaa|بلفاع||Belfaa|Commune in Chtouka Ait Baha Province, Morocco|
L sidi-bibi|سيدي بيبي||Sidi Bibi|Commune in Chtouka Ait Baha Province, Morocco|
L el-guerdane|الكردان||El Guerdane|Town in Taroudant Province, Morocco|
L ait-iaaza|أيت إعزة||Ait Iaaza|Town in Taroudant Province, Morocco|
L anza|أنزا||Anza|District of Agadir, Morocco|
L hay-hassani|الحي الحسني||Hay Hassani|District of Casablanca, Morocco|
L maarif|المعاريف||Maarif|District of Casablanca, Morocco|
L sbata|سباتة||Sbata|District of Casablanca, Morocco|
L sidi-othmane|سيدي عثمان||Sidi Othmane|District of Casablanca, Morocco|
L mers-sultan|مرس السلطان||Mers Sultan|District of Casablanca, Morocco|
L lissasfa|ليساسفة||Lissasfa|District of Casablanca, Morocco|
L oulfa|الألفة||Oulfa|District of Casablanca, Morocco|
L sidi-belyout|سيدي بليوط||Sidi Belyout|District of Casablanca, Morocco|
L ain-diab|عين الذئاب||Ain Diab|Coastal district of Casablanca, Morocco|
L bournazel|بورنازيل||Bournazel|Quarter of Casablanca, Morocco|
L mediouna|مديونة||Mediouna|Town in Casablanca-Settat Region, Morocco|
L tit-mellil|تيط مليل||Tit Mellil|Town in Casablanca-Settat Region, Morocco|
L lahraouyine|الهراويين||Lahraouyine|Town in Casablanca-Settat Region, Morocco|
L nouaceur|النواصر||Nouaceur|Town and province in Casablanca-Settat Region, Morocco|
L ain-harrouda|عين حرودة||Ain Harrouda|Town in Casablanca-Settat Region, Morocco|
L perejil-island|جزيرة ليلى|جزيرة تورة|Perejil Island|Islet off Morocco disputed with Spain|
L hassan-ii-mosque|مسجد الحسن الثاني||Hassan II Mosque|Mosque in Casablanca, Morocco|
`;

// Iraq: ancient Mesopotamian cities and sites, and the districts and subdistricts of the south
const TOWNS_IRAQ = `
L eridu|أريدو||Eridu|Ancient Sumerian city in Dhi Qar Governorate, Iraq|
L larsa|لارسا||Larsa|Ancient Sumerian city in Dhi Qar Governorate, Iraq|
L umma|أوما|مدينة أوما|Umma|Ancient Sumerian city in Dhi Qar Governorate, Iraq|
L lagash|لكش|لجش;لاغاش|Lagash|Ancient Sumerian city in Dhi Qar Governorate, Iraq|
L girsu|كرسو|جرسو;تلو|Girsu|Ancient Sumerian city (Tello) in Dhi Qar Governorate, Iraq|
L nippur|نيبور|نفر|Nippur|Ancient Sumerian city in Al-Qadisiyah Governorate, Iraq|
L uruk|أوروك||Uruk|Ancient Sumerian city in Muthanna Governorate, Iraq|
L ashur|آشور|مدينة آشور|Ashur|Ancient Assyrian city in Saladin Governorate, Iraq|
L nimrud|نمرود|مدينة نمرود|Nimrud|Ancient Assyrian city in Nineveh Governorate, Iraq|
L hatra|الحضر|مدينة الحضر|Hatra|Ancient city in Nineveh Governorate, Iraq|
L tell-abu-tubayra|تل أبو طبيرة||Tell Abu Tubayra|Archaeological site in Dhi Qar Governorate, Iraq|
L sippar|سبار||Sippar|Ancient Babylonian city in Baghdad Governorate, Iraq|
L shuruppak|شوروباك||Shuruppak|Ancient Sumerian city in Al-Qadisiyah Governorate, Iraq|
L isin|إيسن||Isin|Ancient Sumerian city in Al-Qadisiyah Governorate, Iraq|
L borsippa|بورسيبا|برس نمرود|Borsippa|Ancient Babylonian city in Babil Governorate, Iraq|
L ziggurat-of-ur|زقورة أور||Ziggurat of Ur|Ancient temple in Dhi Qar Governorate, Iraq|
L aqar-quf|عقرقوف||Aqar Quf|Ancient ziggurat and town west of Baghdad, Iraq|
L taq-kasra|طاق كسرى|إيوان كسرى|Taq Kasra|Sasanian palace ruin in Salman Pak, Iraq|
L salman-pak|سلمان باك||Salman Pak|Town in Baghdad Governorate, Iraq|
L khorsabad|خرسباد|دور شروكين|Khorsabad|Ancient Assyrian city in Nineveh Governorate, Iraq|
L eshnunna|إشنونا||Eshnunna|Ancient city in Diyala Governorate, Iraq|
L tell-harmal|تل حرمل||Tell Harmal|Archaeological site in Baghdad, Iraq|
L nuzi|نوزي||Nuzi|Ancient city near Kirkuk, Iraq|
L tell-al-ubaid|تل العبيد||Tell al-Ubaid|Archaeological site in Dhi Qar Governorate, Iraq|
L jemdet-nasr|جمدة نصر||Jemdet Nasr|Archaeological site in Babil Governorate, Iraq|
L tell-es-sawwan|تل الصوان||Tell es-Sawwan|Archaeological site in Saladin Governorate, Iraq|
L jarmo|جرمو||Jarmo|Neolithic site in Sulaymaniyah Governorate, Iraq|
L shanidar-cave|كهف شانيدر||Shanidar Cave|Prehistoric cave in Erbil Governorate, Iraq|
L ukhaidir|قصر الأخيضر|الأخيضر|Ukhaidir Fortress|Abbasid fortress in Karbala Governorate, Iraq|
L malwiya|ملوية سامراء|المئذنة الملوية|Malwiya Minaret|Minaret of the Great Mosque of Samarra, Iraq|
L al-rifai|الرفاعي||Al-Rifa'i|Town in Dhi Qar Governorate, Iraq|
L al-fuhud|الفهود||Al-Fuhud|Town in Dhi Qar Governorate, Iraq|
L al-akika|العكيكة||Al-Akika|Town in Dhi Qar Governorate, Iraq|
L al-tar|الطار||Al-Tar|Town in Dhi Qar Governorate, Iraq|
L al-fadhiliya|الفضلية||Al-Fadhiliya|Town in Dhi Qar Governorate, Iraq|
L zaytoun-bridge|جسر الزيتون||Zaytoun Bridge|Bridge in Nasiriyah, Iraq|
L habboubi-square|ساحة الحبوبي||Habboubi Square|Square in Nasiriyah, Iraq|
L al-nashwa|النشوة||Al-Nashwa|Town in Basra Governorate, Iraq|
L al-siba|السيبة||Al-Siba|Town in Basra Governorate, Iraq|
L al-asmai|الأصمعي||Al-Asma'i|Quarter of Basra, Iraq|
L al-baradiyah|البراضعية||Al-Baradiyah|Quarter of Basra, Iraq|
L al-hayyaniyah|الحيانية||Al-Hayyaniyah|Quarter of Basra, Iraq|
L khamsa-mil|خمسة ميل||Khamsa Mil|Quarter of Basra, Iraq|
L al-tuwaisa|الطويسة||Al-Tuwaisa|Quarter of Basra, Iraq|
L al-maqil|ميناء المعقل|المعقل|Al-Ma'qil|Port and quarter of Basra, Iraq|
L sindbad-island|جزيرة السندباد||Sindbad Island|Island in the Shatt al-Arab, Basra, Iraq|
L nahr-umar-field|حقل نهر عمر||Nahr Umar field|Oil field in Basra Governorate, Iraq|
L halfaya-field|حقل الحلفاية||Halfaya field|Oil field in Maysan Governorate, Iraq|
L buzurgan-field|حقل البزركان||Buzurgan field|Oil field in Maysan Governorate, Iraq|
L fakka-field|حقل الفكة||Fakka field|Oil field in Maysan Governorate, Iraq|
L al-maimouna|الميمونة||Al-Maimouna|Town in Maysan Governorate, Iraq|
L al-majar-al-saghir|المجر الصغير||Al-Majar al-Saghir|Town in Maysan Governorate, Iraq|
L kumait|كميت||Kumait|Town in Maysan Governorate, Iraq|
L al-khidr|الخضر||Al-Khidr|Town in Muthanna Governorate, Iraq|
L al-suwayr|السوير||Al-Suwayr|Town in Muthanna Governorate, Iraq|
L al-najmi|النجمي||Al-Najmi|Town in Muthanna Governorate, Iraq|
L al-hamza|الحمزة||Al-Hamza|Town in Al-Qadisiyah Governorate, Iraq|
L al-shamiya-iq|الشامية||Al-Shamiya|Town in Al-Qadisiyah Governorate, Iraq|
L al-sudair|السدير||Al-Sudair|Town in Al-Qadisiyah Governorate, Iraq|
L al-budair|البدير||Al-Budair|Town in Al-Qadisiyah Governorate, Iraq|
L al-muwaffaqiya|الموفقية||Al-Muwaffaqiya|Town in Wasit Governorate, Iraq|
L al-dabbouni|الدبوني||Al-Dabbouni|Town in Wasit Governorate, Iraq|
L sheikh-saad-iq|شيخ سعد||Sheikh Saad|Town in Wasit Governorate, Iraq|
L al-zubaidiya|الزبيدية||Al-Zubaidiya|Town in Wasit Governorate, Iraq|
L al-hafriya|الحفرية||Al-Hafriya|Town in Wasit Governorate, Iraq|
`;

// Iran's west and its border crossings with Iraq, Turkey, Pakistan and Afghanistan, and the Nile Delta's governorates
const TOWNS_IRAN_EGYPT = `
L mashhad|مدينة مشهد|مشهد|Mashhad|City in Iran, capital of Razavi Khorasan|
L ilam|مدينة إيلام|إيلام|Ilam|City in Iran, capital of Ilam Province|
L mehran|مهران|منفذ مهران|Mehran|Town and border crossing in Ilam Province, Iran|
L eyvan|إيوان||Eyvan|Town in Ilam Province, Iran|
L chazabeh|جذابة|منفذ جذابة|Chazabeh|Border crossing in Khuzestan, Iran|
L khosravi|خسروي|منفذ خسروي|Khosravi|Border crossing in Kermanshah Province, Iran|
L bashmaq|باشماق|منفذ باشماق|Bashmaq|Border crossing in Kurdistan Province, Iran|
L tamarchin|تمرجين|منفذ تمرجين|Tamarchin|Border crossing in West Azerbaijan Province, Iran|
L mirjaveh|ميرجاوه|ميرجاوة|Mirjaveh|Border town in Sistan and Baluchestan Province, Iran|
L dogharoun|دوغارون||Dogharoun|Border crossing in Razavi Khorasan, Iran|
L gharbia-governorate|محافظة الغربية||Gharbia Governorate|Governorate of Egypt, in the Nile Delta|
L sharqia-governorate|محافظة الشرقية||Sharqia Governorate|Governorate of Egypt, in the Nile Delta|
L beheira-governorate|محافظة البحيرة||Beheira Governorate|Governorate of Egypt, in the Nile Delta|
L bukhara|بخارى|مدينة بخارى|Bukhara|City in Uzbekistan|
`;

/**
 * Towns, districts and quarters of the Arab world and its neighbours that CLDR, iso3166-2-db and the two locality
 * packages do not name: hand-curated, in the format of `curated.ts` (places only, kind `L`).
 * Their one-word names read as the place in news prose, except those of `TOWNS_CUE_ONLY`
 * (see SOURCES.md).
 */
export const TOWNS = [TOWNS_FIRST, TOWNS_YEMEN, TOWNS_SUDAN, TOWNS_SAUDI, TOWNS_KUWAIT, TOWNS_JORDAN, TOWNS_MOROCCO, TOWNS_IRAQ, TOWNS_IRAN_EGYPT].join('\n');

/**
 * The towns whose one-word names (or a one-word alias) are also ordinary words, verb forms or
 * people's names, and are therefore suggested only where a place is expected, like the locality
 * lists': an everyday word, plural or verbal noun (القريتين، العقبة، الطور), a verb form
 * (يعبد، ارتاح، بوشر), an adjective or adverb (الزرقاء، جويا، دوما), a word after folding the hamza
 * (طاريا = طارئا، لقاوة = لقاؤه، خبات = خبأت), the tail of a word after و ف ب ل (أطمة in فاطمة،
 * ريدة in فريدة، أبها in بابها), a proclitic and a word (بعقوبة، وجدة، برشيد), a given or family name
 * (رانية، قبلان، الزهراني), and every name of three letters or fewer once folded. Ids, sorted.
 */
export const TOWNS_CUE_ONLY = `
abdali-kuwait abey abha abs-ye acre-il adham adila adre afak afif agig agourai agouza ajdir ajyad akka aknoul al-aflaj
al-ais al-anad-air-base al-aqsa-mosque al-ardiyat al-aridah al-aroui al-asmai al-badai al-badiah al-baghdadiyah
al-bahia al-baqi al-bireh al-budair al-buram al-darb al-debba al-dhabba al-dhahi al-dhale al-dibaybat al-dirah
al-dulayah al-egaila al-fadhiliya al-faiha-kw al-faisaliyah-jeddah al-fuhud al-gharrafa al-ghazalah al-hafriya
al-hair-prison al-hali al-hamadi al-hamza al-harajah al-harazat al-harth al-hashimiyya-jo al-hilaliya al-hiswah
al-husn-jo al-husseiniya-jo al-jabalain al-jaili al-jarrahi al-jinah al-kakiyah al-kamil-sa al-kamlin al-kandarah
al-kawa al-kawd al-khawkhah al-khidr al-kiswah al-kuma al-lith al-luhayyah al-maala-cemetery al-madain al-maflahi
al-maghazi al-mahboula al-maimouna al-majmaah al-malam al-malha al-malikiyah al-maqatirah al-maqil al-marashi al-marj
al-markhiyat al-masayel al-maslub al-mastaba al-mawaleh al-midhnab al-misfalah al-mleiha al-mogran al-mualla
al-mudawwara al-mudhaffar al-mujlad al-munirah-ye al-muqabalayn al-mutun al-muwayh al-nahdayn al-najmi al-naseem-mecca al-nashwa
al-nawwariyah al-nuhud al-olaya al-otaibiya al-qaryatayn al-qastal-jo al-qibla-kw al-qurain al-qurayyat al-qutayfah
al-rabba al-rabiah-amman al-rajif al-rawdatain al-rayn al-rayyan al-rifai al-ruhaybah al-safiyah-ye al-safra-ye
al-sahwa al-salha al-sawmaah al-shaalan al-shamiya-iq al-shamli al-sharafiyah al-sharaie al-shawal al-shayrat
al-shimasiyah al-shuayb al-siba al-subiya al-sudair al-sukhnah al-suki al-sulaibiya al-sulaimi al-sulayyil al-surra
al-suwaidi al-tandabawi al-taneem al-tar al-tina al-tur al-tuwal al-uqlah al-wadea al-wafra al-zahir-mecca al-zahira
al-zariba al-zour-kw al-zubaidiya al-zuhrah aley allan-jo allawi amioun anah anfa anza aouama aqaba arbaat arhab ariel
arma aroma arqoub asilah aslam-ye assa ataq atimah atman azaz azraq badan badr-sa bahrah baish balila baqaa-jo baqubah
bara bardia bariq barja barzan basta batinah bawshar bay-region bayda-ly bebnine beit-shean beita bensouda berber
berkane berrechid bhalil bielel binnish bosra bsharri budrus bukha bukhara bura-ye busayra caesarea chaat chaqra chazabeh
chebba clemenceau cyrenaica dahab dahmani dakhla damad damt daraj daraya dariyah-qassim dasma dawasa debel derik
dhubab dibba disi djerba douma douz duba dura el-amra el-djem el-geneina el-hajeb el-obeid eyvan fada fadasi
fassala fez fuqum galilee garma gemmayzeh ghalilah ghamr-ye gharyan ghat ghazieh girsu golo guera guli habshan haditha
hajin hajjah halimayn hallabat hama hammamet hammana haradh haram-giza harawa hat-ye hatra hatta hattab-sd hawalli
hawf hawrah hayran hays hayt heish hillah hisban hisyah hit houla hubaysh iaat ibri idhna ifrane ihsim ilam irqah
irtah isin issaguen ithriya izki izra jaba jableh jayshan jerada jerash juban julfar jwaya kabaria kabd kafouri kailak
kalba kalogi karaj karantina karari karima kazma kenana kerma ketama khabat khaitan khaldeh khalis khanasir khartoum-north khasab
khoms khosravi kikla kilis killi kish-island korti koura kubaisa kudai kufra kumait kushar kutum la-marsa laayoune
labweh lagash lagawa lahij lahraouyine lake-tharthar luuq maadi maalot-tarshiha maan maasara mabyan madhbah mahdia
majz makhmur marada marka markaba mashhad massa-ma maswarah mawza mediouna megiddo megrine mehran merinides merowe
metn metula midi mina minieh mishref missour mlaih mount-arafat msnana mudiyah muhalabiya munabbih musayyib mussafah
mustariha mutah muthanna muttrah muwaqqar naameh najrah nasiriyah nawa nefta nema nihm nippur nisab nishtun nouaceur
nuzi omariya orjan ouadane oudhref ouezzane oujda oulfa ouzai palmyra qabalan qadisiyyah qana qena qeshm-island qishn
qom quba qus qusayr quseir-eg qusra rabak rahabah rahat rakhyah ramadi ramin ranya rashad-sd rawa raydah razih remada
rimal rufaa rumah-sa rumah-ye rutba saadiya sabahiya sabha-jo sabra sabya sadah safed safwa sah-ye sahab saham saidia
sair saiss sakakini sakhra-jo sakib salamiyah sale salwa-kw sami-ye saqayn saqqez sarjah sarmada sbata
sebkha-nouakchott shaam shahhat sharas shearia sheikan shekhan shibis shida-ye shomali shubra sibah silwan sippar
sira-district sirte sitra souani-tangier subhan sultana-medina suruc tabat tabqa tafas taffuh taji taraya tata
tathlith tawila taybeh-il taybeh-lb tayma thamud-ye thar-sa thula tissa tmessa tora tuban tuffah tulus tura turaif
tuti-island udhruh umma upper-egypt ur uruk verdun volubilis wadi-mujib wajid warbah-island warraq washhah wasit
wazzani yabad yafa yahar yanbu yaroun yatta zahrani zarqa zarzis zawita zawiya zeita zeitoun-gaza zubair zuwara
`;
