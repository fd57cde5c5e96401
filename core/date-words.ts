/**
 * Dates written in other languages, rewritten into the English words the date readers know: "8. Juni 2025",
 * "8 de junio de 2025", "8 juin 2025 à 14h30", "8 июня 2025 г.", "2025年6月8日 14:30" → "8 Jun 2025", "8 Jun 2025 14:30",
 * "2025-06-08 14:30". Month names in German, French, Spanish, Italian, Portuguese, Dutch, Danish, Polish, Turkish,
 * Russian, Ukrainian, Bulgarian, Serbian, Croatian, Slovenian, Latvian, Azerbaijani, Georgian, Armenian, Kazakh,
 * Estonian, Albanian, Uzbek, Catalan, Tamil, Marathi, Nepali, Greek, Czech, Hungarian, Romanian, Swedish, Indonesian,
 * Malay, Swahili, Filipino, Slovak, Hindi, Urdu, Bengali, Thai, Macedonian, Icelandic, Malayalam, Amharic (the Gregorian months),
 * Telugu, Gujarati, Khmer, Punjabi, Kannada, Burmese, Sinhala, Lao, Tajik, Hausa, Basque, Afrikaans, Welsh, Galician, Belarusian, Somali,
 * Kinyarwanda, Malagasy, Māori, Haitian Creole, Scottish Gaelic, Esperanto, Corsican, Kurmanji, Occitan, Sardinian, Frisian, Quechua, Inuktitut (in syllabics), Setswana, Romansh, Xitsonga, isiNdebele, Walloon, Lombard, Udmurt, siSwati, Lithuanian and Arabic (the genitive, as dates write them), "yesterday" and
 * "today" in those languages and
 * Hebrew, Finnish and Persian, weekdays before a date ("fredag 28. mars") or in brackets after it ("10/31(火)"), clock
 * times written "17.12 Uhr", "klo 13.05", "kl. 23.40", "22時10分", "下午3:20", "صبح ۱۱:۴۰", "٩:٤٠ م" or "11:20 malam", Thai years
 * of the Buddhist era, years, months and days in Chinese, Japanese, Korean and Mongolian.
 */
import { HIJRI_MONTH_NAMES } from './lunar-hijri';

const MONTHS: Array<[string, string]> = [
  ['Jan', 'bhimbidvwane|толшор|genar|stëcznika|stëcznik|jinnaru|zenaro|djanvî|janabari|sunguti|schaner|schner|ferikgong|tenuare|mweri wa mbere|mwere wa mbere|dzove|nzero|januwale|janueri|pherekhong|januára|январы|sānuali|sanuali|кӑрлач|ianuali|ghennàrgiu|jannewaris|qhapaq raymi|qhapaq inti raymi|genièr|ghjennaghju|kanûna paşîn|rêbendan|januaro|faoilleach|fhaoilleach|ndira|eanáir|sausio|ᔮᓐᓄᐊᕆ|genver|ianuari|гыйнвар|mutarama|janoary|kohitātea|janvye|jannar|ଜାନୁଆରୀ|januwari|январь|جنوري|xaneiro|janaayo|студзеня|januarie|ionawr|urtarrilak|urtarrilaren|urtarrila|janairu|ມັງກອນ|январи|ਜਨਵਰੀ|ಜನವರಿ|ဇန်နဝါရီ|ජනවාරි|జనవరి|જાન્યુઆરી|មករា|јануари|janúar|ജനുവരി|ጃንዩወሪ|ጃንዋሪ|jaanuar|jaanuaril|janar|იანვარი|იანვრის|հունվարի|հունվար|қаңтар|जनवरी|janvāris|janvārī|janvāra|yanvar|जानेवारी|januarja|ஜனவரி|siječnja|gener|януари|јануар|јануара|januara|جنوری|জানুয়ারি|ianuarie|มกราคม|ม.ค|oca|januar|jänner|janvier|janv|enero|ene|gennaio|janeiro|januari|stycznia|ocak|января|січня|ιανουαρίου|जनवरी|ledna|január|يناير'],
  ['Feb', 'indlovana|тулыспал|febrar|gromicznika|gromicznik|frivaru|febraro|fevrî|febherbari|nyenyenyani|favrer|tlhakole|fepuare|mweri wa kerĩ|mwere wa kerĩ|dzodze|ruhuhuma|febuluwale|feperueri|hlakola|februára|февралы|fēpueli|fepueli|нарӑс|pepeluali|freàrgiu|febrewaris|uma raymi|hatun puquy|febrièr|ferraghju|sibat|reşemeh|februaro|gearran|ghearran|kukadzi|feabhra|feabh|vasario|ᕖᕝᕗᐊᕆ|c\'hwevrer|c’hwevrer|fepuari|gashyantare|febroary|huitanguru|fevriye|frar|ଫେବୃଆରୀ|februwari|февраль|فيبروري|febreiro|febraayo|лютага|februarie|chwefror|otsailak|otsailaren|otsaila|fabrairu|ກຸມພາ|феврали|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ಫೆಬ್ರವರಿ|ဖေဖော်ဝါရီ|පෙබරවාරි|ఫిబ్రవరి|ફેબ્રુઆરી|កុម្ភៈ|កុម្ភះ|febr|febrúar|ഫെബ്രുവരി|ፌብሩዋሪ|veebruar|veebruaril|shkurt|თებერვალი|თებერვლის|փետրվարի|փետրվար|ақпан|फेब्रुअरी|februāris|februārī|februāra|fevral|फेब्रुवारी|februarja|பிப்ரவரி|veljače|febrer|февруари|фебруар|фебруара|februara|فروری|ফেব্রুয়ারি|februarie|กุมภาพันธ์|ก.พ|şub|februar|février|févr|febrero|febbraio|fevereiro|februari|lutego|şubat|февраля|лютого|φεβρουαρίου|फ़रवरी|फरवरी|února|február|فبراير'],
  ['Mar', 'indlovulenkhulu|южтолэзь|marz|strëmiannika|strëmiannik|marso|měrca|måss|matjhi|nyenyankulu|mopitlwe|māti|\'māti|mweri wa gatatũ|mwere wa gatatũ|tedoxe|ntwarante|malichi|maji|hlakubele|мартъийы|maʻasi|пуш|malaki|martzu|pawqar waray|adar|marto|màrt|mhàrt|kurume|márta|kovo|ᒫᑦᓯ|meurzh|werurwe|martsa|poutūterangi|marzu|ମାର୍ଚ୍ଚ|mashi|mäerz|maarso|сакавіка|mawrth|martxoak|martxoaren|martxoa|maris|ມີນາ|марти|ਮਾਰਚ|ಮಾರ್ಚ್|မတ်|මාර්තු|మార్చి|માર્ચ|មីនា|márc|മാർച്ച്|ማርች|märts|märtsil|მარტი|მარტის|մարտի|մարտ|наурыз|martā|marta|மார்ச்|ožujka|març|machi|март|марта|مارچ|mac|মার্চ|martie|marts|มีนาคม|มี.ค|märz|mär|mars|marzo|março|maart|mrt|marca|mart|марта|березня|μαρτίου|मार्च|maret|března|március|مارس'],
  ['Apr', 'mabasa|оштолэзь|łżëkwiata|łżëkwiôt|apriłe|apryla|avri|apreli|dzivamisoko|avrigl|moranang|\'eperēra|ʻeperēra|eperēra|mweri wa kana|mwere wa kana|afɔfĩe|ndamukiza|epulo|epereli|mmesa|mmese|apríla|апрелы|ʻepeleli|epeleli|ака|ʻapelila|apelila|abrile|aprilis|ayriway|nîsan|avrêl|aprilo|giblean|ghiblean|kubvumbi|aibreán|balandžio|ᐄᐳᕆᓪ|ebrel|aperila|mata|aprily|paengawhāwhā|ଅପ୍ରେଲ|ephreli|abrëll|апрель|اپريل|abriil|красавіка|ebrill|apirilak|apirilaren|apirila|afrilu|ເມສາ|апрели|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|ಏಪ್ರಿಲ್|ဧပြီ|අප්‍රේල්|ఏప్రిల్|એપ્રિલ|មេសា|ápr|apríl|ഏപ്രിൽ|ኤፕሪል|aprill|aprillil|prill|აპრილი|აპრილის|ապրիլի|ապրիլ|сәуір|अप्रिल|aprīlis|aprīlī|aprīļa|aprel|एप्रिल|ஏப்ரல்|travnja|aprili|април|априла|aprila|اپریل|এপ্রিল|aprilie|เมษายน|เม.ย|nis|avril|avr|abril|aprile|kwietnia|nisan|апреля|квітня|απριλίου|अप्रैल|dubna|április|أبريل|ابريل'],
  ['May', 'inkhwekhweti|куартолэзь|magg|maiu|meje|meyi|mudyaxihi|matg|motsheganong|mweri wa gatano|mwere wa gatano|rusama|motšeanong|motseanong|mája|майы|ҫу|mei|maju|maaie|aymuray|maghju|gulan|majo|cèitean|chèitean|chivabvu|bealtaine|beal|gegužės|ᒪᐃ|gicurasi|mey|haratua|mejju|meyi|mee|مئي|maajo|maiatzak|maiatzaren|maiatza|mayu|ພຶດສະພາ|майи|ਮਈ|ಮೇ|မေ|මැයි|మే|મે|ឧសភា|máj|maí|മേയ്|മെയ്|ሜይ|მაისი|მაისის|մայիսի|մայիս|мамыр|maijs|maijā|maija|मे|மே|svibnja|maig|май|мај|маја|مئی|মে|maj|พฤษภาคม|พ.ค|mai|mayo|maggio|maio|mei|maja|mayıs|мая|травня|μαΐου|μαιου|मई|května|május|مايو'],
  ['Jun', 'inhlaba|инвожо|giugn|czerwińca|czerwińc|giugnu|zugno|djun|khotavuxika|zercladur|seetebosigo|tiunu|mweri wa gatandatũ|mwere wa gatandatũ|ruheshi|jiune|phupjane|júna|июны|sune|ҫӗртме|iune|làmpadas|inti raymi|junh|ghjugnu|hezîran|pûşper|junio|ògmhios|t-ògmhios|chikumi|meitheamh|meith|birželio|ᔫᓂ|mezheven|iuni|kamena|jona|pipiri|ġunju|ଜୁନ|июнь|xuño|juun|чэрвеня|junie|mehefin|ekainak|ekainaren|ekaina|yuni|ມິຖຸນາ|июни|ਜੂਨ|ಜೂನ್|ဇွန်|ජූනි|జూన్|જૂન|មិថុនា|jún|јуни|júní|ജൂൺ|ጁን|juuni|juunil|qershor|ივნისი|ივნისის|հունիսի|հունիս|маусым|जुन|jūnijs|jūnijā|jūnija|iyun|junija|ஜூன்|lipnja|juny|юни|јун|јуна|juna|جون|জুন|iunie|มิถุนายน|มิ.ย|haz|juni|juin|junio|giugno|junho|czerwca|haziran|июня|червня|ιουνίου|जून|června|június|يونيو'],
  ['Jul', 'kholwane|пӧсьтолэзь|luj|lëpińca|lëpińc|lujo|djulete|julayi|mawuwani|fanadur|lügl|phukwi|tiurai|mweri wa mũgwanja|mwere wa mũgwanja|siamlɔm|mukakaro|phupu|júla|июлы|siulai|утӑ|iulai|trìulas|july|anta situwa|julhet|lugliu|tîrmeh|julio|t-iuchar|iuchar|chikunguru|iúil|liepos|ᔪᓚᐃ|gouere|iulai|nyakanga|jolay|hōngongoi|jiyè|lulju|ଜୁଲାଇ|julayi|июль|جولاءِ|جولاء|xullo|luulyo|ліпеня|julie|gorffennaf|uztailak|uztailaren|uztaila|yuli|ກໍລະກົດ|июли|ਜੁਲਾਈ|ಜುಲೈ|ဇူလိုင်|ජූලි|జూలై|జులై|જુલાઈ|កក្កដា|júl|јули|júlí|ജൂലൈ|ጁላይ|juuli|juulil|korrik|ივლისი|ივლისის|հուլիսի|հուլիս|шілде|जुलाई|jūlijs|jūlijā|jūlija|iyul|जुलै|julija|ஜூலை|srpnja|juliol|юли|јул|јула|jula|جولائی|julai|জুলাই|iulie|กรกฎาคม|ก.ค|tem|juli|juillet|juil|julio|luglio|julho|lipca|temmuz|июля|липня|ιουλίου|जुलाई|července|július|يوليو'],
  ['Aug', 'ingci|гудырикошкон|zélnika|zélnik|awgusta|awousse|arhostosi|mhawuri|avust|avuost|phatwe|\'atete|ʻatete|mweri wa kanana|mwere wa kanana|deasiamime|myandagaro|ogasiti|okosita|phato|августы|ʻaokosi|aokosi|ҫурла|ʻaukake|aukake|austu|qhapaq situwa|aostu|tebax|gelawêj|aŭgusto|augusto|lùnastal|lùnasdal|nyamavhuvhu|lúnasa|lún|rugpjūčio|ᐋᒡᒌᓯ|eost|aokuso|kanama|aogositra|hereturikōkā|awwissu|ଅଗଷ୍ଟ|agasti|آگسٽ|agoosto|жніўня|awst|abuztuak|abuztuaren|abuztua|agusta|ສິງຫາ|августи|ਅਗਸਤ|ಆಗಸ್ಟ್|ဩဂုတ်|ဪဂုတ်|အောဂုတ်|අගෝස්තු|ఆగస్టు|ઑગસ્ટ|ઓગસ્ટ|សីហា|ágúst|ഓഗസ്റ്റ്|ആഗസ്റ്റ്|ኦገስት|augustil|gusht|აგვისტო|აგვისტოს|օգոստոսի|օգոստոս|тамыз|अगस्ट|augusts|augustā|augusta|avqust|ऑगस्ट|avgusta|ஆகஸ்ட்|kolovoza|agost|agosti|август|августа|avgust|avgusta|اگست|ogos|আগস্ট|สิงหาคม|ส.ค|ağu|agu|august|août|agosto|augustus|sierpnia|ağustos|августа|серпня|αυγούστου|अगस्त|agustus|augusti|srpna|augusztus|أغسطس'],
  ['Sep', 'inyoni|куарусён|setember|séwnika|séwnik|sittèmmiru|setenbre|setimbe|ndzhati|settember|tetepa|mweri wa kenda|mwere wa kenda|anyɔnyɔ|seputembala|sepiteba|loetse|lwetse|сентябры|sepitema|авӑн|kepakemapa|cabudanni|septimber|umaraymi|quya raymi|îlon|rezber|septembro|t-sultain|sultain|gunyana|meán fómhair|rugsėjo|ᓯᑎᐱᕆ|ᓯᑉᑎᐱᕆ|gwengolo|setema|nzeri|septambra|mahuru|septanm|settembru|ସେପ୍ଟେମ୍ବର|septhemba|сентябрь|سيپٽمبر|sebtember|верасня|medi|irailak|irailaren|iraila|satumba|ກັນຍາ|сентябри|ਸਤੰਬਰ|ಸೆಪ್ಟೆಂಬರ್|စက်တင်ဘာ|සැප්තැම්බර්|సెప్టెంబర్|સપ્ટેમ્બર|កញ្ញា|szept|സെപ്റ്റംബർ|ሴፕቴምበር|septembril|shtator|სექტემბერი|სექტემბრის|սեպտեմբերի|սեպտեմբեր|қыркүйек|सेप्टेम्बर|septembris|septembrī|septembra|sentyabr|सप्टेंबर|செப்டம்பர்|rujna|setembre|септември|setyembre|septemba|септембар|септембра|septembar|septembra|ستمبر|সেপ্টেম্বর|septembrie|กันยายน|ก.ย|eyl|september|septembre|septiembre|setiembre|settembre|setembro|września|eylül|сентября|вересня|σεπτεμβρίου|सितंबर|सितम्बर|září|szeptember|سبتمبر'],
  ['Oct', 'imphala|коньывуон|ottober|rujana|rujan|uttùviru|uttuviru|otobre|octôbe|nhlangula|diphalane|\'atopa|ʻatopa|mweri wa ikũmi|mwere wa ikũmi|gitugutu|okutobala|okotova|mphalane|októbra|октябры|ʻokatopa|okatopa|юпа|ʻokakopa|okakopa|santugaine|kantaray|cotmeh|kewçêr|oktobro|dàmhair|gumiguru|deireadh fómhair|spalio|ᐅᒃᑐᐱᕆ|oketopa|ukwakira|oktobra|whiringa-ā-nuku|oktòb|ottubru|ଅକ୍ଟୋବର|okthoba|октябрь|آڪٽوبر|oktoobar|кастрычніка|hydref|urriak|urriaren|urria|ຕຸລາ|октябри|ਅਕਤੂਬਰ|ಅಕ್ಟೋಬರ್|အောက်တိုဘာ|ඔක්තෝබර්|అక్టోబర్|ઑક્ટોબર|ઓક્ટોબર|តុលា|ഒക്ടോബർ|ኦክቶበር|oktoober|oktoobril|tetor|ოქტომბერი|ოქტომბრის|հոկտեմբերի|հոկտեմբեր|қазан|अक्टोबर|oktobris|oktobrī|oktobra|oktyabr|ऑक्टोबर|அக்டோபர்|octubre|октомври|oktoba|октобар|октобра|oktobar|oktobra|اکتوبر|অক্টোবর|octombrie|ตุลาคม|ต.ค|eki|oktober|okt|octobre|octubre|ottobre|outubro|października|ekim|октября|жовтня|οκτωβρίου|अक्टूबर|अक्तूबर|října|október|أكتوبر'],
  ['Nov', 'lweti|шуркынмон|lëstopadnika|lëstopadnik|nuvèmmiru|nuvemmiru|novenbre|nowembra|nôvimbe|usinyikhaba|hukuri|ngwanatsele|novema|mweri wa ikũmi na ũmwe|mwere wa ikũmi na ũmwe|adeɛmekpɔxe|munyonyo|novembala|noveba|pulungoana|pudungwana|ноябры|nōvema|novema|чӳк|nowemapa|santandria|novimber|ayamarqa|nuvembre|mijdar|sermawez|novembro|mbudzi|samhain|samh|lapkričio|ᓄᕕᐱᕆ|novema|ugushyingo|novambra|whiringa-ā-rangi|novanm|novembru|ନଭେମ୍ବର|novemba|ноябрь|nofeembar|лістапада|tachwedd|azaroak|azaroaren|azaroa|nuwamba|ພະຈິກ|ноябри|ਨਵੰਬਰ|ನವೆಂಬರ್|နိုဝင်ဘာ|නොවැම්බර්|నవంబర్|નવેમ્બર|វិច្ឆិកា|nóvember|നവംബർ|ኖቬምበር|novembril|nëntor|nentor|ნოემბერი|ნოემბრის|նոյեմբերի|նոյեմբեր|қараша|नोभेम्बर|novembris|novembrī|noyabr|नोव्हेंबर|नोव्हें|நவம்பர்|studenoga|studenog|novembre|ноември|novemba|новембар|новембра|novembar|novembra|نومبر|নভেম্বর|noiembrie|พฤศจิกายน|พ.ย|kas|november|novembre|noviembre|novembro|listopada|kasım|ноября|листопада|νοεμβρίου|नवंबर|नवम्बर|listopadu|نوفمبر'],
  ['Dec', 'ingongoni|толсур|dicember|gòdnika|gòdnik|dicèmmiru|dicemmiru|disenbre|decimbe|n\'wendzamhala|n’wendzamhala|sedimonthole|tītema|mweri wa ikũmi na igĩrĩ|mwere wa ikũmi na igĩrĩ|dzome|kigarama|disembala|tiseba|tšitoe|tsitoe|tshitwe|декабры|tīsema|tisema|раштав|kekemapa|nadale|desimber|decembre|kanûna pêşîn|berfanbar|decembro|dùbhlachd|zvita|nollaig|noll|gruodžio|ᑎᓯᐱᕆ|kerzu|tesema|ukuboza|desambra|hakihea|desanm|diċembru|ଡିସେମ୍ବର|disemba|декабрь|ڊسمبر|decembro|diseembar|снежня|rhagfyr|abenduak|abenduaren|abendua|disamba|ທັນວາ|декабри|ਦਸੰਬਰ|ಡಿಸೆಂಬರ್|ဒီဇင်ဘာ|දෙසැම්බර්|డిసెంబర్|ડિસેમ્બર|ធ្នូ|ഡിസംബർ|ዲሴምበር|detsember|detsembril|dhjetor|დეკემბერი|დეკემბრის|դեկտեմբերի|դեկտեմբեր|желтоқсан|डिसेम्बर|decembris|decembrī|dekabr|डिसेंबर|டிசம்பர்|prosinca|desembre|декември|desemba|децембар|децембра|decembar|decembra|دسمبر|disember|ডিসেম্বর|decembrie|ธันวาคม|ธ.ค|ara|dezember|dez|décembre|déc|diciembre|dic|dicembre|dezembro|december|grudnia|aralık|декабря|грудня|δεκεμβρίου|दिसंबर|दिसम्बर|desember|prosince|ديسمبر'],
];

/**
 * "Yesterday" and "today" in the same languages: "Hier à 22h15", "gestern, 14:30 Uhr", "ayer a las 9:05"; and the day
 * before yesterday in a few ("vorgestern, 18:30", Kurmanji "pêr, 18:30").
 */
const DAYS: Array<[string, string]> = [
  ['the day before yesterday', "l'altrer|l’altrer|pêr|vorgestern|avant-hier|anteayer|anteontem|altroieri|eergisteren|przedwczoraj|позавчера|позавчора|předevčírem|tegnapelőtt|herenegun"],
  ['yesterday', "дыгъуасэ|селхан|сон|jeri|дүүн|ngoenzlwenz|тюнене|тӧрыт|тыгъуасэ|толон|ier|ahiere|иацы|wczorej|îr|inne|tolo|maabane|masüru|ཁ་ཙ་|kunu|ira|etsɔ|ikte|maobane|dzulo|nanoa|jjo|ɛnnora|бэҕэһээ|знон|ʻaneafi|aneafi|ມື້ວານນີ້|i nehinei|nehinei|ӗнер|ièr|кисә|eris|juster|qayna p'unchaw|duh|eri|an-dè|an dè|inné|кичә|juster|dec'h|dec’h|ananafi|ejo hashize|omaly|inanahi|yè|í gjár|ilbieraħ|düýn|ଗତକାଲି|izolo|gëschter|кечээ|ڪالهه|atzo|gister|ddoe|onte|учора|shalay|دوێنێ|ມື້ວານ|پرون|дирӯз|jiya|ਕੱਲ੍ਹ|ನಿನ್ನೆ|မနေ့က|ඊයේ|నిన్న|ગઈકાલે|ម្សិលមិញ|өчигдөр|ഇന്നലെ|ትናንት|ትላንት|í gær|eile|dje|kecha|გუშინ|երեկ|кеше|हिजो|dünən|včeraj|काल|நேற்று|jučer|ahir|vakar|јуче|juče|semalam|kahapon|jana|کل|tegnap|เมื่อวานนี้|เมื่อวาน|دیروز|hier|gestern|ayer|ieri|ontem|gisteren|wczoraj|dün|вчера|včera|igår|i går|kemarin|hôm qua|вчора|χθες|אתמול|أمس|eilen|昨天|昨日|어제"],
  ['today', "нобэ|тахан|бөгүн|туннэ|vuê|rainin|namuntlha|gompieno|bi|egbe|odne|kajeno|lero|nikua|leero|ɛnnɛ|абон|i kēia lā|паян|uèi|бөгөн|îro|oghje|an-diugh|an diugh|inniu|бүген|hjoed|hiziv|aso nei|uyu munsi|androany|i tēnei rā|jodi a|illum|şu gün|ଆଜି|namhlanje|бүгүн|اڄ|gaur|vandag|heddiw|hoxe|сёння|maanta|ئەمڕۆ|ມື້ນີ້|имрӯз|ਅੱਜ|ಇಂದು|ယနေ့|අද|ఈరోజు|నేడు|આજે|ថ្ងៃនេះ|өнөөдөр|ഇന്ന്|ዛሬ|í dag|денес|täna|sot|bugun|დღეს|այսօր|бүгін|आज|bu gün|danes|šodien|இன்று|avui|šiandien|днес|данас|danas|آج|azi|astăzi|วันนี้|امروز|aujourd'hui|aujourd’hui|heute|hoy|oggi|hoje|vandaag|dzisiaj|dziś|bugün|сегодня|dnes|idag|i dag|hari ini|hôm nay|сьогодні|σήμερα|היום|tänään|今天|今日|오늘"],
];
const DAY_ENGLISH = new Map<string, string>();
for (const [english, names] of DAYS) for (const name of names.split('|')) DAY_ENGLISH.set(name, english);
const DAY_NAME_SOURCE = `(?<!\\p{L})(${[...DAY_ENGLISH.keys()].join('|')})(?!\\p{L})`;
const DAY_NAMES = new RegExp(DAY_NAME_SOURCE, 'giu');
const HAS_DAY_NAME = new RegExp(DAY_NAME_SOURCE, 'iu');

const ENGLISH = new Map<string, string>();
for (const [english, names] of MONTHS) for (const name of names.split('|')) ENGLISH.set(name, english);

/**
 * A month name, not inside a longer word (letters of any script on either side, and the vowel signs of scripts such
 * as Devanagari), with an abbreviation's dot.
 */
const MONTH_NAME_SOURCE = `(?<![\\p{L}\\p{M}])(${[...ENGLISH.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\./g, '\\.')).join('|')})\\.?(?![\\p{L}\\p{M}])`;
const MONTH_NAMES = new RegExp(MONTH_NAME_SOURCE, 'giu');
const HAS_MONTH_NAME = new RegExp(MONTH_NAME_SOURCE, 'iu');
/** Words around a date that the English readers do not expect: "de", "del", "г.", "um … Uhr", "à", "a las"… */
const PARTICLES = /(?<!\p{L})(?:i ka hola|de|del|da|di|г\.?|года|року|uhr|hodź\.?|góź\.?|um|à|a las|a les|a la|alle|às|ás|ў|om|o|u|ob|në|plkst\.?|в|во|у|ម៉ោង|ta['’])(?![\p{L}\p{M}])/giu;
/** …and before it: "am 8. Juni", "le 8 juin", "el 8 de junio", "il 8 giugno" (only there: "12:05 AM" keeps its "AM"). */
const LEADING = /^(?:am|le|el|il)\s+/i;
/** An Esperanto day of the month, its ordinal ending and the article before it: "la 5-an de decembro". */
const ESPERANTO_DAY = /(?:(?<!\p{L})la\s+)?(\d{1,2})-a(?:n)?(?=\s+de\s)/giu;
/**
 * A Dzongkha date, its clock time after it: "སྤྱི་ལོ་2026 ཟླ་ལྔ་པ་ ཚེས་ 18 ཆུ་ཚོད་ 9 སྐར་མ་ 05 སྔ་ཆ་" (year 2026, the
 * fifth month, day 18, 9:05 in the morning), "སྤྱི་ལོ་2026 ཟླ་5 ཚེས་17".
 */
/** The word that opens a Dzongkha date ("སྤྱི་ལོ", the common era's year): such a date spells out each of its parts. */
export const DZONGKHA_YEAR = 'སྤྱི་ལོ';
const DZONGKHA_DATE = /སྤྱི་ལོ་\s*(\d{4})\s*ཟླ་\s*(\d{1,2}|[\u0F00-\u0FFF]+?(?:པ|པོ))་?\s*ཚེས་\s*(\d{1,2})(?:\s*ཆུ་ཚོད་\s*(\d{1,2})\s*སྐར་མ་\s*(\d{1,2})\s*(སྔ་ཆ་|ཕྱི་ཆ་)?)?/u;
const DZONGKHA_MONTHS = ['དང་པོ', 'གཉིས་པ', 'གསུམ་པ', 'བཞི་པ', 'ལྔ་པ', 'དྲུག་པ', 'བདུན་པ', 'བརྒྱད་པ', 'དགུ་པ', 'བཅུ་པ', 'བཅུ་གཅིག་པ', 'བཅུ་གཉིས་པ'];
const CJK_DATE = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
const DOTTED_CLOCK = /(?<![\d.])(\d{1,2})\.(\d{2})\s*uhr\b/giu;
/** A weekday before a date ("fredag 28. mars", "Minggu, 08 Jun 2025"): the date says the day already. */
const WEEKDAY_NAMES =
  'lundesdì|mardesdì|mercoldì|giœbia|giòbia|venerdesdì|sabet|domenega|umvulo|ulesibili|ulesithathu|ulesine|ulesihlanu|umgqibelo|isondo|glindesdi|mesemna|gievgia|venderdi|sonda|dumengia|mosupologo|labobedi|labotlhano|matlhatso|tshipi|mahana piti|mahana toru|mahana maha|mahana pae|mahana mā\'a|mahana ma\'a|tāpati|monirē|mo|di|mi|do|fr|sa|so|njumatatũ|njumaine|njumatana|aramithi|njumaa|njumamothii|kɔsiɖa|dzoɖa|blaɖa|kuɖa|yawoɖa|fiɖa|memleɖa|vuossárga|maŋŋebárga|gaskavahkku|duorastat|bearjadat|lávvardat|sotnabeaivi|sontaha|mantaha|labobeli|laboraro|labone|labohlano|moqebelo|lamulungu|lolemba|lachiwiri|lachitatu|lachinayi|lachisanu|loweruka|mande|tusde|wenesde|tosde|fraede|sarede|sande|wen|tos|tus|mánudagur|þriðjudagur|miðvikudagur|fimmtudagur|föstudagur|laugardagur|sunnudagur|mán|þri|mið|fim|fös|lau|moandei|tiisdei|woansdei|tongersdei|freed|sneon|snein|diluns|dimars|dimècres|dijòus|divendres|dissabte|dimenge|luni|marti|mercuri|ghjovi|venneri|sabbatu|dumenica|duşem|sêşem|çarşem|pêncşem|şemî|yekşem|lundo|mardo|merkredo|ĵaŭdo|jxauxdo|vendredo|dimanĉo|senen|selasa|rebo|kemis|jemuwah|setu|alatsinainy|talata|alarobia|alakamisy|zoma|sabotsy|alahady|rāhina|rātū|rāapa|rāpare|rāmere|rāhoroi|rātapu|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|пʼятниця|субота|неділя|понеделник|сряда|четвъртък|петък|събота|неделя|понедељак|уторак|четвртак|петак|недеља|четврток|петок|сабота|недела|ponedjeljak|ponedeljak|utorak|srijeda|sreda|četvrtak|petak|subota|nedjelja|nedelja|ponedeljek|torek|četrtek|petek|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|lunes|martes|mánudagur|þriðjudagur|miðvikudagur|fimmtudagur|föstudagur|laugardagur|sunnudagur|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|senin|selasa|rabu|kamis|jumat|sabtu|minggu';
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES})\\.?,?\\s+(?=\\d)`, 'iu');
/** Weekdays, Monday first, in the languages whose names a clock time may follow ("lørdag kl. 21.05", Saturday). */
const WEEKDAYS_OF = [
  'umvulo ulesibili ulesithathu ulesine ulesihlanu umgqibelo isondo',
  'mosupologo labobedi laboraro labone labotlhano matlhatso tshipi',
  'vuossárga maŋŋebárga gaskavahkku duorastat bearjadat lávvardat sotnabeaivi', 'ntɛnɛ tarata araba alamisa juma sibiri kari', 'mandag tirsdag onsdag torsdag fredag lørdag søndag', 'måndag tisdag onsdag torsdag fredag lördag söndag',
  'montag dienstag mittwoch donnerstag freitag samstag sonntag', 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'lunes martes miércoles jueves viernes sábado domingo', 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag', 'poniedziałek wtorek środa czwartek piątek sobota niedziela',
  'pondělí úterý středa čtvrtek pátek sobota neděle', 'senin selasa rabu kamis jumat sabtu minggu',
  'maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai', 'pazartesi salı çarşamba perşembe cuma cumartesi pazar',
  'понедельник вторник среда четверг пятница суббота воскресенье', 'lundo mardo merkredo ĵaŭdo vendredo sabato dimanĉo',
];
const ENGLISH_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_ENGLISH = new Map<string, string>();
for (const names of WEEKDAYS_OF) names.split(' ').forEach((name, i) => WEEKDAY_ENGLISH.set(name, ENGLISH_WEEKDAYS[i]!));
/** One of those weekdays before a clock time, not a date: the last such day (the date readers take "last Saturday"). */
const WEEKDAY_BEFORE_CLOCK = new RegExp(`^(${[...WEEKDAY_ENGLISH.keys()].join('|')})\\.?,?\\s+(?:(?:um|à|a las|alle|om|o|at|tɛmɛnen\\s+lɛrɛ)\\s+)?(?=\\d{1,2}:\\d{2}(?!\\d|[./-]\\d))`, 'iu');

/** A weekday's name alone, in English or the languages above ("Monday", "Thu.", "Sonntag", German "Sa"). */
const WEEKDAY_ALONE = new RegExp(`^(?:${WEEKDAY_NAMES}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?$`, 'iu');

/** Whether a text is a weekday's name and nothing else. */
export function isWeekdayName(text: string): boolean {
  return WEEKDAY_ALONE.test(text.trim());
}

const FINNISH_CLOCK = /\b(?:klo|kl\.?|dii\.?|(?:i te )?hora)\s*(\d{1,2})[.:](\d{2})\b/giu;
/**
 * "at" between a day and its clock time in Welsh, isiZulu, Persian, Haitian Creole, Hebrew, Czech and Ukrainian ("ddoe
 * am 21:15", "izolo ngo-17:20", "دیروز ساعت 18:40", "yè a 22:10", "אתמול ב-22:40", "včera v 18:40", "вчора о 16:10"),
 * once the day is in English.
 */
const DAY_AT = /\b(yesterday|today)\s+(?:am|ngo-?|ساعت|a|ב-?|v|ve|о|об|ka|lɛrɛ)\s*(?=\d)/giu;
/**
 * A day with its dot, then an English month's abbreviation with its own or its whole name (German's "April", "August"
 * are English's): "17. aug. 2026", "3. dec. 2025", "15. April 2026".
 */
const DAY_DOT_MONTH = /(?<![\d.])(\d{1,2})\.\s+(jan|feb|mar|apr|jun|jul|aug|sep|sept|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?(?=\s|$)/iu;
const DAY_DOT_MONTHS = new RegExp(DAY_DOT_MONTH.source, 'giu');
/**
 * A day, then a month's short name in Spanish, Portuguese or Italian with its dot, then a year or a clock time: "9 may.
 * 2023", "12 ago. 2024", "3 out. 2024 · 10:15". Some of these short names are English words ("ago", "set", "out"): only
 * between a day and a number, with the dot, are they months.
 */
const DAY_SHORT_MONTH = /(?<![\d.])(\d{1,2})\s+(?:de\s+)?(ene|fev|abr|may|mag|giu|lug|ago|sept?|set|out|ott|dic|dez)\.(?=\s+(?:de\s+)?\d)/iu;
const DAY_SHORT_MONTHS = new RegExp(DAY_SHORT_MONTH.source, 'giu');
const SHORT_MONTH_ENGLISH: Record<string, string> = {
  ene: 'Jan', fev: 'Feb', abr: 'Apr', may: 'May', mag: 'May', giu: 'Jun', lug: 'Jul', ago: 'Aug', sep: 'Sep', sept: 'Sep', set: 'Sep', out: 'Oct', ott: 'Oct', dic: 'Dec', dez: 'Dec',
  peb: 'Feb', hun: 'Jun', hul: 'Jul', okt: 'Oct', nob: 'Nov', dis: 'Dec',
  gen: 'Jan', mai: 'May', ιαν: 'Jan', φεβ: 'Feb', μαρ: 'Mar', απρ: 'Apr', μαΐ: 'May', μαι: 'May', ιουν: 'Jun', ιουλ: 'Jul', αυγ: 'Aug', σεπ: 'Sep',
  οκτ: 'Oct', νοε: 'Nov', νοέ: 'Nov', δεκ: 'Dec',
};
/**
 * A day and a month's short name without its dot, before a year ("13 mag 2011", "18 Νοε 2017"): between a day and a year
 * the short names that are words too ("ago", "set", "out") are months.
 */
const DAY_SHORT_MONTH_YEAR = /(?<![\d.])(\d{1,2})\s+(?:de\s+)?(gen|ene|fev|abr|mai|mag|giu|lug|ago|set|ott|out|dic|dez|ιαν|φεβ|μαρ|απρ|μαΐ|μαι|ιουν|ιουλ|αυγ|σεπ|οκτ|νοε|νοέ|δεκ)(?=\s+(?:de\s+)?\d{4}(?!\d))/iu;
const DAY_SHORT_MONTHS_YEAR = new RegExp(DAY_SHORT_MONTH_YEAR.source, 'giu');
/**
 * A month's short name before a day and a year, as Filipino pages write it ("Ago 22, 2023", "Set 4, 2023, 2:20 PM"):
 * before a day and a year the short names that are words too are months.
 */
const SHORT_MONTH_DAY_YEAR = /(?<![\p{L}\d])(ene|peb|abr|hun|hul|ago|set|okt|nob|dis)\.?(?=\s+\d{1,2},?\s+\d{4}(?!\d))/iu;
const SHORT_MONTHS_DAY_YEAR = new RegExp(SHORT_MONTH_DAY_YEAR.source, 'giu');
/** A Basque clock time with its case ending: "21:30etan" (at 21:30). */
const BASQUE_CLOCK = /(\d{1,2}:\d{2})(?:etan|ean)(?!\p{L})/giu;
const CJK_CLOCK = /(\d{1,2})\s*[時시]\s*(\d{1,2})\s*[分분]/gu;
const THAI = /[\u0e00-\u0e7f]/;
const CJK_WEEKDAY = /\s*[(（](?:[月火水木金土日]|[월화수목금토일]|[周週][一二三四五六日天]|星期[一二三四五六日天])[)）]\s*/gu;
/** The same weekday in English, as a translation of the page writes it ("4/19 (Sun) 11:05"). */
const BRACKETED_WEEKDAY_START = /[(（](?:mon|tue|wed|thu|fri|sat|sun)/i;
const BRACKETED_WEEKDAY = /\s*[(（](?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?[)）]\s*/giu;
const CJK_HALF_DAY = /(上午|早上|凌晨|午前|下午|晚上|中午|傍晚|午後)\s*(\d{1,2}:\d{2})/gu;
/** The part of the day before a clock time in Urdu ("صبح ۱۱:۴۰", morning; "رات ۹:۱۵", night) or after it in Malay ("11:20 malam", "9:45 PG") and Tongan ("2:05 efiafi", "8:35 pongipongi"). */
const URDU_HALF_DAY = /(صبح|دوپہر|سہ پہر|شام|رات)\s*(\d{1,2}:\d{2})/gu;
/** Ewe's part of the day before "ga" (o'clock) and a clock time: "ŋdi ga 9:15" (morning), "ɣetrɔ ga 7:30" (afternoon, evening). */
const EWE_HALF_DAY = /(ŋdi|ɣetrɔ|fiẽ|zã)\s+ga\s+(\d{1,2}:\d{2})/giu;
/** Ewe's ordinal mark after a date's day: "Dzove 23 lia 2026". */
const EWE_ORDINAL = /(\d{1,2})\s+lia(?=\s|,|$)/giu;
const MALAY_HALF_DAY = /(\d{1,2}:\d{2})\s*(pagi|pg|tengah hari|petang|ptg|malam|mlm|pongipongi|hengihengi|efiafi|hoʻatā|ho'atā)(?![\p{L}])/giu;
/** Māori's part of the day after a clock time: "10:48 i te ata" (morning), "3:05 i te ahiahi" (afternoon), "9:40 i te pō" (night). */
const MAORI_HALF_DAY = /(\d{1,2})(:\d{2})\s*i\s+te\s+(ata|ahiahi|awatea|pō|po)(?![\p{L}\p{M}])/giu;
/** Arabic's "ص" (morning) and "م" (evening) after a clock time ("٩:٤٠ م"). */
const ARABIC_HALF_DAY = /(\d{1,2}:\d{2})\s*(ص|م|صباحًا|صباحا|مساءً|مساء)(?![\p{L}\p{M}])/gu;
/** Marathi's part of the day before a clock time ("सायंकाळी ६:४०", evening; "सकाळी ९:१५", morning). */
const MARATHI_HALF_DAY = /(पहाटे|सकाळी|दुपारी|सायंकाळी|संध्याकाळी|रात्री)\s*(\d{1,2}:\d{2})/gu;
/** The part of the day before a clock time in Burmese ("နံနက် ၉:၁၅", morning) and Sinhala ("ප.ව. 7:45", after noon), after it in Punjabi ("11:20 ਸਵੇਰੇ"). */
const BURMESE_SINHALA_HALF_DAY = /(နံနက်|မနက်|မွန်းတည့်|မွန်းလွဲ|ညနေ|ည|පෙ\.ව\.|ප\.ව\.)\s*(\d{1,2}:\d{2})/gu;
const PUNJABI_HALF_DAY = /(\d{1,2}:\d{2})\s*(ਸਵੇਰੇ|ਸਵੇਰ|ਦੁਪਹਿਰ|ਸ਼ਾਮ|ਸ਼ਾਮੀਂ|ਰਾਤ|ਰਾਤੀਂ)(?![\p{L}\p{M}])/gu;
const AM_PARTS = new Set(['ŋdi', 'पहाटे', 'सकाळी', 'صبح', 'pagi', 'pg', 'pongipongi', 'hengihengi', 'ص', 'صباحًا', 'صباحا', 'နံနက်', 'မနက်', 'පෙ.ව.', 'ਸਵੇਰੇ', 'ਸਵੇਰ']);
const AM_WORDS = new Set(['上午', '早上', '凌晨', '午前']);
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Letters outside ASCII, or the words above written in ASCII: only such texts need rewriting. */
const MAYBE_FOREIGN = /[^\x00-\x7f]|(?<![a-z])(?:de|del|\d{1,2} da|um|uhr|a las|a les|alle|om|o|u|ob|plkst|klo|kl|hora|pagi|pg|petang|ptg|malam|mlm|i te|i ka hola|pongipongi|efiafi)(?![a-z])|^(?:am|le|el|il)\s|\d{1,2}[he]\d{2}/i;

/** A day, then "of" elided before its month's name: "23 d’octôbe", "25 d'ochobre". */
const ELIDED_OF = /(\d{1,2})\s+d['’]\s?(?=\p{L})/gu;

/** Lithuanian's marks after a date's day and year: "kovo 11 d.", "2026 m.". */
const LITHUANIAN_MARKS = /(\d)\s+[dm]\.(?=\s|$)/g;

/** A Japanese era's year: Reiwa (from 2019), Heisei (from 1989), "元" for its first. */
const ERA_YEAR = /(令和|平成)(\d{1,2}|元)年/g;
const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989 };

/**
 * A lunar Hijri date with its "هـ", beside the Gregorian date the text also gives (Saudi pages write both, "الموافق" =
 * corresponding to): the Hijri date, and the Gregorian one's "م" after its year, are read past.
 */
const HIJRI_BESIDE = new RegExp(
  `\\d{1,2}\\s+(?:${HIJRI_MONTH_NAMES})\\s+1[34]\\d\\d\\s*هـ(?=.*\\d{4})\\s*(?:[-–،,]\\s*)?(?:الموافق\\s*)?`,
  'u',
);
const GREGORIAN_MARK = /((?:19|20)\d\d)\s*م(?![\p{L}])/u;

/**
 * The text without a Hijri date written beside the Gregorian one it also gives (see HIJRI_BESIDE), and without the
 * Gregorian year's "م" ("18 مايو 2026م").
 */
export function withoutHijriBeside(text: string): string {
  const t = text.includes('هـ') && HIJRI_BESIDE.test(text) ? text.replace(HIJRI_BESIDE, ' ').trim() : text;
  return t.includes('م') ? t.replace(GREGORIAN_MARK, '$1') : t;
}

/** A Mongolian date: "2026 оны 1 сарын 16" (the year's 1st month's 16th), "2-р сарын 1-нээс" without its year. */
const MONGOLIAN_DATE = /(?:(\d{4})\s*оны\s*)?(\d{1,2})(?:-р)?\s*сарын\s*(\d{1,2})(?:-?(?:ний|ны|нд|нээс|ноос))?/u;

/** A Breton clock time ("9e45") alone, or a Breton day or month beside it ("Hiziv, 9e45", "Dec'h, 17e30"). */
const BRETON = /^\d{1,2}e\d{2}$|hiziv|dec['’]h|genver|hwevrer|meurzh|ebrel|mezheven|gouere|eost|gwengolo|kerzu/i;

/** Whether a text may hold a date in another language's words (a month name, "14h30"): worth rewriting. */
export function mayBeForeignDate(text: string): boolean {
  return HAS_MONTH_NAME.test(text) || /\d{1,2}[he]\d{2}/.test(text) || HAS_DAY_NAME.test(text) || MONGOLIAN_DATE.test(text) || DZONGKHA_DATE.test(text) || DAY_SHORT_MONTH.test(text) || DAY_SHORT_MONTH_YEAR.test(text) || SHORT_MONTH_DAY_YEAR.test(text);
}

/** Han, kana and Hangul: letters of scripts without case, whose date words the rewriting reads letter by letter. */
function isCjkLetter(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

/** The CJK letters the rewriting reads (its words and patterns): any other stays in the text it rewrites. */
const CJK_READ = new Set(
  [...[...MONTHS.map(([, names]) => names), ...DAYS.map(([, names]) => names), WEEKDAY_NAMES, PARTICLES.source, ERA_YEAR.source, CJK_DATE.source,
    CJK_WEEKDAY.source, CJK_HALF_DAY.source, CJK_CLOCK.source].join('')]
    .filter((c) => isCjkLetter(c.charCodeAt(0))),
);

/**
 * Whether a text holds a Chinese, Japanese or Korean letter that englishDateText leaves as it is ("首相", "発表"): a
 * headline with a date inside, which the rewriting would read in vain.
 */
export function holdsUnreadCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjkLetter(code) && !CJK_READ.has(text[i]!)) return true;
  }
  return false;
}

/** The date text in the English words the readers know; a text without a digit is left alone (a month's name is no date). */
export function englishDateText(text: string): string {
  if (!/\d/.test(text) || !(MAYBE_FOREIGN.test(text) || HAS_MONTH_NAME.test(text) || HAS_DAY_NAME.test(text) || WEEKDAY.test(text) || DAY_DOT_MONTH.test(text) || DAY_SHORT_MONTH.test(text) || DAY_SHORT_MONTH_YEAR.test(text) || SHORT_MONTH_DAY_YEAR.test(text) || BRACKETED_WEEKDAY_START.test(text))) return text;
  // A Japanese era's year ("令和8年": the 8th year of Reiwa, 2026): the Gregorian year.
  let t = text.replace(ERA_YEAR, (_, era: string, year: string) => `${ERA_START[era]! + (year === '元' ? 1 : Number(year)) - 1}年`);
  // A space after the date: the clock time may follow with none ("10月5日15時12分").
  t = t.replace(CJK_DATE, (_, year: string | undefined, month: string, day: string) =>
    year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')} ` : `${MONTH_ABBR[Number(month) - 1] ?? month} ${day} `,
  );
  t = t.replace(MONGOLIAN_DATE, (_, year: string | undefined, month: string, day: string) =>
    year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')} ` : `${MONTH_ABBR[Number(month) - 1] ?? month} ${day} `,
  );
  // "17.12 Uhr" (German), "klo 13.05" (Finnish): a clock time, not a day and a month.
  t = t.replace(DOTTED_CLOCK, '$1:$2 ').replace(FINNISH_CLOCK, '$1:$2').replace(BASQUE_CLOCK, '$1');
  // "10/31(火) 12:10": a weekday in brackets after the date, which says the day already.
  t = t.replace(CJK_WEEKDAY, ' ').replace(BRACKETED_WEEKDAY, ' ');
  // "下午3:20" (Chinese), "午後3:20" (Japanese): the half of the day before the clock time.
  t = t.replace(CJK_HALF_DAY, (_, half: string, clock: string) => `${clock} ${AM_WORDS.has(half) ? 'AM' : 'PM'}`);
  t = t.replace(URDU_HALF_DAY, (_, half: string, clock: string) => `${clock} ${AM_PARTS.has(half) ? 'AM' : 'PM'}`).replace(/[،၊]/g, ',');
  t = t.replace(EWE_HALF_DAY, (_, half: string, clock: string) => `${clock} ${AM_PARTS.has(half.toLowerCase()) ? 'AM' : 'PM'}`).replace(EWE_ORDINAL, '$1');
  t = t.replace(MARATHI_HALF_DAY, (_, half: string, clock: string) => `${clock} ${AM_PARTS.has(half) ? 'AM' : 'PM'}`);
  t = t.replace(BURMESE_SINHALA_HALF_DAY, (_, half: string, clock: string) => `${clock} ${AM_PARTS.has(half) ? 'AM' : 'PM'}`);
  t = t.replace(PUNJABI_HALF_DAY, (_, clock: string, half: string) => `${clock} ${AM_PARTS.has(half) ? 'AM' : 'PM'}`);
  t = t.replace(MALAY_HALF_DAY, (_, clock: string, half: string) => `${clock} ${AM_PARTS.has(half.toLowerCase()) ? 'AM' : 'PM'}`);
  t = t.replace(MAORI_HALF_DAY, (_, hour: string, minutes: string, half: string) => {
    // The night runs past midnight: "12:30 i te pō" and "2:00 i te pō" are in the morning's small hours.
    const am = /^ata$/i.test(half) || (/^p[oō]$/i.test(half) && (Number(hour) === 12 || Number(hour) < 5));
    return `${hour}${minutes} ${am ? 'AM' : 'PM'}`;
  });
  t = t.replace(ARABIC_HALF_DAY, (_, clock: string, half: string) => `${clock} ${AM_PARTS.has(half) ? 'AM' : 'PM'}`);
  // "22時10分" (Japanese), "22시 10분" (Korean): a clock time.
  t = t.replace(CJK_CLOCK, (_, hour: string, minute: string) => `${hour}:${minute.padStart(2, '0')}`);
  t = t.replace(DZONGKHA_DATE, (_, year: string, month: string, day: string, hour?: string, minute?: string, half?: string) => {
    const m = /^\d+$/.test(month) ? Number(month) : DZONGKHA_MONTHS.indexOf(month) + 1;
    const date = `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
    return hour ? `${date} ${hour}:${minute!.padStart(2, '0')}${half ? (half === 'སྔ་ཆ་' ? ' AM' : ' PM') : ''}` : date;
  });
  // Thai dates count years in the Buddhist era (2568 = 2025) and end a clock time with "น." (o'clock).
  if (THAI.test(t)) t = t.replace(/(?<!\d)(25\d{2})(?!\d)/g, (year) => String(Number(year) - 543)).replace(/\s*น\.(?=\s|$)/gu, '');
  t = t.replace(DAY_SHORT_MONTHS, (_, day: string, month: string) => `${day} ${SHORT_MONTH_ENGLISH[month.toLowerCase()] ?? month}`);
  t = t.replace(DAY_SHORT_MONTHS_YEAR, (_, day: string, month: string) => `${day} ${SHORT_MONTH_ENGLISH[month.toLowerCase()] ?? month}`);
  t = t.replace(SHORT_MONTHS_DAY_YEAR, (_, month: string) => SHORT_MONTH_ENGLISH[month.toLowerCase()] ?? month);
  // "23 d’octôbe" (Walloon), "25 d'ochobre" (Asturian): the day, then "of" elided before the month.
  t = t.replace(ELIDED_OF, '$1 ');
  t = t.replace(MONTH_NAMES, (name: string) => ENGLISH.get(name.replace(/\.$/, '').toLowerCase()) ?? name);
  t = t.replace(DAY_NAMES, (name: string) => DAY_ENGLISH.get(name.toLowerCase()) ?? name).replace(DAY_AT, '$1 ');
  // "17. aug. 2026" (Danish, Norwegian): an English month's abbreviation after a day's dot, which chrono takes for a clock.
  t = t.replace(DAY_DOT_MONTHS, (_, day: string, month: string) => `${day} ${month[0]!.toUpperCase()}${month.slice(1, 3).toLowerCase()}`);
  // "kovo 11 d." (Lithuanian: the day, "d."), "2026 m." (the year, "m."): the marks after the numbers.
  t = t.replace(LITHUANIAN_MARKS, '$1');
  // "la 28-an de novembro" (Esperanto: the 28th of November): the day without its ordinal's ending.
  t = t.replace(ESPERANTO_DAY, '$1');
  // "8. Jun" (German day dot), "14h30" (French hours), then the particles, then the spaces they leave.
  t = t.replace(/(\d{1,2})\.\s+(?=[A-Z][a-z]{2}\b)/g, '$1 ').replace(/\b(\d{1,2})h(\d{2})\b/g, '$1:$2');
  // "9e45" (Breton hours), beside a Breton day or month or alone.
  if (BRETON.test(text)) t = t.replace(/\b(\d{1,2})e(\d{2})\b/g, '$1:$2');
  t = t.replace(WEEKDAY_BEFORE_CLOCK, (_, name: string) => `last ${WEEKDAY_ENGLISH.get(name.toLowerCase()) ?? name} `);
  t = t.replace(WEEKDAY, '').replace(LEADING, '').replace(PARTICLES, ' ').replace(/\s*,\s*,/g, ',').replace(/\s+/g, ' ').trim();
  return t;
}
