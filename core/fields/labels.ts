/** Shapes of short texts that the field rules tell apart: attribution lines, labels, sponsor marks. */
import { wordCount } from '../text';
import { remembered } from '../memo';

/** Words that put an advertiser's name after them: "Sponsored by", "Content from", "Contenu proposé par"… */
const SPONSOR_LEADS =
  'sponsored by|sponsored content (?:by|from)|paid (?:content|post) (?:by|from)|(?:advertiser|partner) content from|presented by|paid for by|promoted by|content from|brought to you by|in partnership with|(?:contenu )?proposé par|sponsorisé par|präsentiert von|gesponsert von|patrocinado por|presentado por|auspiciado por|apresentado por|présenté par|offerto da|presentato da|in collaborazione con|dipersembahkan oleh|imedhaminiwa na|kwa udhamini wa|handog ng|itinataguyod ng|í samstarfi við|í boði|yhteistyössä|i samarbeid med|i samarbete med|i samarbejde med|во соработка со|у сарадњи са|u suradnji s';
/** Words of a link that leads on to the story at its outlet: "Read on The Hilltop Ledger", "More from Capitol Wire". */
const READ_ON_LEADS =
  'lau kakato [ʻ‘]?i he|read (?:it |more |the full story )?(?:on|at)|continue reading (?:on|at)|more from|more stories from|daugiau iš|mehr von|all (?:stories|news) from|totas las novèlas de|toutes les (?:actualités|infos|nouvelles) de|full story (?:on|at)|read the full (?:article|story) (?:on|at)|weiterlesen (?:bei|auf)|lire (?:la suite |l.article complet )?sur|leer en|leggi su|ler no|lees (?:het volledige artikel|verder|meer) (?:op|bij)|läs (?:hela artikeln|mer) (?:hos|på)|les (?:hele saken|mer) (?:hos|på)|læs (?:hele artiklen|mere) (?:hos|på)';
/** Words that put the issuer of a press release or a provided story after them: "News provided by", "Courtesy of"… */
/** "Source:" in the languages Byline reads ("- 来源：新华网", "출처: 연합뉴스", "ប្រភព៖ ខ្មែរសម័យ", "Loharano: Midi Madagasikara"). */
const SOURCE_LEADS = "source|чешме|хьаст|žrědło|menba|zdrzódło|źrōdło|sorzint|ምንጭ|fenten|umthombo|motswedi|xihlovo|ma[ʻ'‘]?u[ʻ'‘]?anga|равзӕрӕн|kelda|or[íi]sun|j[óo]ge|kubva ku|ebe o si|isi iyi|loharano|inkomoko|mātāpuna|чыганак|উৎস|འབྱུང་ཁུངས།?|quelle|källa|kilde|fuente|fonte|sumber|kaynak|bron|źródło|zdroj|источник|来源|來源|出处|出處|提供|출처|منبع|المصدر|מקור|ប្រភព|эх сурвалж";
const PROVIDER_LEADS = '(?:news |content )?provided by|distributed by|issued by|courtesy of|bereitgestellt von|fourni par|proporcionado por|fornito da';
const ATTRIBUTION = new RegExp(
  String.raw`^(?:[-–—]\s*(?:(?:${SOURCE_LEADS})\s*[:：៖]\s*|(?:${SPONSOR_LEADS})\s+)?|via\s+|from:?\s+|(?:${SOURCE_LEADS})\s*[:：៖]\s*|(?:${SPONSOR_LEADS})\s+|(?:${PROVIDER_LEADS})\s+|(?:${READ_ON_LEADS})\s+)(.{2,60})$`,
  'iu',
);
/**
 * A lead standing alone, the name it introduces in the next piece: a sponsor's ("Content from <b>Arlington Energy</b>"),
 * a release's issuer ("News provided by <strong>Ridgeway Outdoor Co.</strong>"), a source field's label ("Loharano:
 * <div>Gazetiko</div>", a CMS's field label and its value).
 */
export const NAME_LEAD_ALONE = new RegExp(`^(?:${SPONSOR_LEADS}|${PROVIDER_LEADS})$|^(?:${SOURCE_LEADS})\\s*[:：៖]$`, 'i');
const ATTRIBUTION_START = /^[-–—vsqfkbzиpgoicdarmwlnejyрчх来來出提출ماמបэ]/iu;
const SPONSORED =
  /^(?:sponsored(?: content)?|promoted|ad|ads|search ads?|advertisement|paid (?:content|post)|anzeige|werbung|gesponsert|gesponserter inhalt|bezahlter inhalt|gesponsord|pariwara|yakabhadharwa|urraithe|cuntenutu patrotzinadu|publireportage|publi-reportage|partnerinhalt|publicité|(?:contenu )?sponsorisé|patrocinado|publicidad|sponsorizzato|pubblicità|komerční sdělení|reklama|inzerce|sponzorováno|materiał partnera|artykuł sponsorowany|iklan|tangazo|reklam|محتوى ممول|إعلان|اعلان|広告|광고|贊助|赞助|廣告|广告|推廣|推广|スポンサー|pr|жарнама|tài trợ|sponzorirano|plaćeni oglas|oglas|промо|реклама|платена публикация|спонсорирано|patrocinat|publicitat|விளம்பரம்|ஸ்பான்சர்|спонзорирано|kostað|auglýsing|ማስታወቂያ|പരസ്യം|സ്പോൺസേർഡ്)$/i;
/**
 * Controls ("Play", "Share"), the badges a post's kind is marked with ("Paid", "Audio", "Live"), and a date's ordinal
 * suffix in its own element ("7<sup>th</sup>"): no names.
 */
const NOT_A_LABEL =
  /^(?:in\s+["“„«].*|st|nd|rd|th|[a-z][a-z ]{0,20} \d{1,3}(?:[.,]\d)? ?%|by|hi|por|von|par|door|av|przez|от|da|ed|via|from|dôj kòmentôrz|read more|more|continue reading|discuss|discussion|full coverage|online|print|radio|tv|web|social media|article|document|text|link|조회수|댓글|有料|דחוף|העתקת קישור|שיתוף|vìdeu|in sardu|in limba|(?:artikel|beitrag|mehr) lesen|(?:beitrag|folge|podcast) anhören|pdf (?:ansehen|öffnen|herunterladen)|(?:view|download|open) (?:the )?pdf|zum (?:artikel|beitrag)|lire l'article|leer (?:el )?artículo|ler (?:o )?artigo|leggi l'articolo|read (?:the )?article|listen to (?:the )?episode|comments?|share|save|\d+ comments?|hide|report|reply|edit|paid|premium|free|audio|video|podcast|live|live now|photos?|gallery|写真|動画|画像|사진|영상|동영상|图片|图集|视频|圖片|影片|фото|відео|видео|foto|fotos|vídeo|vidéo|galerie|galería|galleria|ویدیو|فيديو|動画|视频|視頻|영상|사진|ended|exclusive|breaking|new|(?:subscribers?|members?) only|play|listen|watch|download|subscribe|paylaş|teilen|partager|compartir|condividi|compartilhar|delen|udostępnij|поделиться|jaa|tallenna|حفظ|مشاركة|شارك|opinion|analysis|explainer|interview|editorial|(?:article )?réservé aux abonnés|abonnés|exklusiv|abo|s\+|plus|für abonnenten|solo (?:para )?suscriptores|exclusivo (?:para )?assinantes|riservato agli abbonati)$/i;

/** A paper's badge of its paid stories, its initials and a plus ("LR+", "FAZ+", "SZ +"): no outlet's name. */
const PLUS_BADGE = /^[A-Z]{2,3}\s?\+$/;

/** A call to act ("Unlock this story with Pointer Pro", "Subscribe for full access"): a paywall's button, no name. */
const CALL_TO_ACT =
  /^(?:unlock|subscribe|sign up|sign in|log ?in|read|listen|watch|get|join|try|upgrade|become|support|donate|register|download|continue|learn|shop|install|buy|discover|explore|order)\s+(?:this|the|our|your|full|more|now|to|for|with|and|a|an|all|unlimited|it)\b|^(?:go to|visit|ir a|ver|visitar|aller (?:sur|à)|voir|zur|zum|weiter zu[rm]?|vai (?:a|al|sul)|ir para|naar de)\s+(?:la |el |le |die |den |das |the |o |a |il )?(?:web|website|site|sitio|página|portada|seite|webseite|homepage|sito|pagina|edition|edición|édition|une|ausgabe)\b/i;

/** A word that joins a sentence ("from the … dept.", "posted by jan on …"): never a name. */
const FUNCTION_WORD = /^(?:the|a|an|our|my|your|this|that|these|those|its|his|her|their|on|at|by|in|of|to|and|or|from|via|le|la|les|der|die|das|el|il|am|um)$/i;

function isFunctionWords(text: string): boolean {
  return text.length <= 12 && text.split(/\s+/).every((word) => FUNCTION_WORD.test(word));
}

/**
 * "- Russia Today", "via Reuters", "From: Department for Transport", "Sponsored by Maison Verdier", "Read on The Hilltop
 * Ledger" → the name after the lead.
 */
export function attributionName(text: string): string | null {
  const t = text.trim();
  // Every form starts with a dash or one of a few letters (v, s, q, f, k, b, z, и, the sponsors' and providers' leads'
  // p, g, o, i, c, d, a, n, y, the leads on to the outlet's r, m, w, l, Igbo's e, Wolof's j, Ossetian's р, Lezgian's ч, Ingush's х, and "Source:" in Chinese, Korean,
  // Persian, Arabic, Hebrew, Khmer and Mongolian): most texts are ruled out by their first character.
  if (!ATTRIBUTION_START.test(t)) return null;
  const m = ATTRIBUTION.exec(t);
  // A lead on to the outlet may end in an arrow ("Lees het volledige artikel op De Standaard »"); a name in guillemets
  // closes them ("- ГТРК «Марий Эл»").
  const lead = m?.[1]?.trim();
  const name = lead && !QUOTED_NAME.test(lead) ? lead.replace(/\s*[»›→]+$/, '') : lead;
  // The lead marks the name as the provider's: a desk named there is one ("via Energy Transition Desk"). A sender
  // with an address ("From: NewsPing Alerts <alerts@newsping.com>") is a mail's, not a story's.
  // Nor is a name that starts with a lower-case article ("From the magazine": a badge on the site's own pieces).
  return name && !name.includes('@') && !LOWER_ARTICLE.test(name) && isLabel(name, true) ? name : null;
}

/** What headlines also end with in brackets: the kind of story, a count, an update, a self post's "(text)", a version ("(Remix)", "(Continued)"). */
const NOT_A_PUBLISHER_NOTE = /^(?:photos?|pictures|gallery|video|audio|watch|listen|updated?|update \d+|live|opinion|analysis|\d.*|paywall|pdf|satire|text|again|revisited|continued|redux|functional|remix|(?:extended |radio |club )?(?:mix|edit)|acoustic|remastered|explicit|instrumental|demo|beta)$/i;

/**
 * A note in brackets after a headline, not its publisher: "(video)", "(pdf)", "(again)", or lower-case words ("(photos
 * inside)").
 */
export function isBracketNote(name: string): boolean {
  return NOT_A_PUBLISHER_NOTE.test(name) || /^[a-z]+(?: [a-z]+)+$/.test(name);
}

/**
 * A lower-case article or possessive before a name ("the magazine", "our correspondents", "die Redaktion", "la
 * redazione"). Italian, Spanish and French papers write their own article in lower case before a capital ("la
 * Repubblica", "il Post"): that is the name.
 */
const LOWER_ARTICLE = /^(?:(?:the|a|an|our|this|der|die|das)\s|(?:le|la|les|el|los|las|il|lo)\s+(?!\p{Lu}))/u;

/** A count of things ("214 sources", "31 sources · 84% Left", "1.2k comments", a bare "(21.4K)" or "18 402", a Chinese portal's "热度 1206万", heat 12.06 million, a Yoruba "3,482 ìwò", views; "1.204 afișări", "18,2 B okunma", "9,8 þús. lestrar", read in Romanian, Turkish and Icelandic; Swahili "maoni 212", comments; Armenian "14 320 դիտում", views; Welsh "8.2 mil o ddarlleniadau", Basque "8,4 mila irakurketa", Khmer "អ្នកអាន ៨.៤៣២", readers; Persian "۲۴٬۱۰۲ بازدید", views): a tally, never a name. */
const COUNT = /^(?:热度|熱度|阅读|閱讀|浏览|瀏覽|播放|评论|評論|点赞|點讚)\s*[:：]?\s*\d[\d,.]*\s*[万萬亿億]?\+?$|^\d[\d,.]*\s*[万萬亿億]?\+?\s*(?:热度|熱度|阅读|閱讀|浏览|瀏覽|播放|评论|評論|点赞|點讚|人看过|次)$|^\(?\d[\d,.]*\s*[kmb]?\+?\)?$|^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+$|^\+?\d[\d,.]*(?:[\s\u00a0\u202f]\d{3})*\s*(?:[kmb]|bin|þús\.|mil o|mila)?\+?\s+(?:sources?|readers?|viewers?|listeners?|articles?|stories|story|outlets?|comments?|points?|pts|kubukwe|imibono|repl(?:y|ies)|votes?|likes?|shares?|saves?|bookmarks?|views?|reads?|followers?|subscribers?|diggs?|clicks?|clics?|upvotes?|boosts?|posts?|updates?|results?|images?|photos?|pictures?|liên quan|videos?|clips?|items?|lectures?|lecturas?|leituras?|letture|vues|visites|visitas|visualizaciones|visualizações|owerenga|ivyiyumviro|uñjata|ku hlayiwa|pregleda|prikaza|afișări|afişări|afisari|vizualizări|vizualizari|citiri|okunma|görüntülenme|czëtaniów|czëtania|czëtanié|lestrar|ddarlleniadau|darlleniadau|irakurketak?|oquv|raz cytane|lesingar|kòmentarze|kòmentarzów|kòmentôrz|commentaires?|comentarios?|comentaris|comentários?|commenti|kommentare?|aufrufe|cummentos?)\b|^\d[\d,.]*(?:[\s\u00a0\u202f]\d{3})*\s+(?:ìwò|фикир|תגובות|תגובה|դիտում|դիտումներ|ጊዜ ተነቧል)$|^maoni\s+\d[\d,.]*$|^អ្នកអាន\s*[\d០-៩][\d០-៩,.]*$|^[\d۰-۹][\d۰-۹,.٬]*\s+بازدید$/i;

/**
 * The same tallies in Chinese, Japanese and Korean ("12万跟贴", "603评论", "コメント12件", "댓글 3개"), a hot list's heat
 * ("982.4万"), and its one-character badges ("热", "新", "沸"): no name is one ideograph.
 */
const CJK_COUNT = /^(?:\d[\d,.]*\s*[万千亿萬億]?\+?\s*(?:跟[贴帖]|条?评论|評論|阅读|閱讀|浏览|瀏覽|次|赞|讚|回复|回覆|コメント|件|댓글|개|회|조회)|(?:コメント|댓글|评论|評論)\s*\d|\d[\d,.]*\s*[万千亿萬億]\+?$|[\u3400-\u9fff]$)/u;

/**
 * The same tallies in Urdu, Arabic and Hindi digits and words ("۲۴ ہزار بار پڑھی گئی", "١٢ ألف مشاهدة", "5 हज़ार बार
 * पढ़ा गया"), and any count of thousands ("18,2 tūkst. skaitė", "12 тыс. просмотров").
 */
const WORDED_COUNT =
  /^[\d\u0660-\u0669\u06f0-\u06f9\u0966-\u096f.,٫]+\s*(?:ہزار|لاکھ|ألف|آلاف|مليون|हज़ार|हजार|लाख)?\s*(?:بار|مرتبہ|ویوز|مشاہدات|تبصرے|مشاهدة|مشاهدات|قراءة|تعليق|बार|व्यूज|टिप्पणी)|^\d[\d,.]*\s*(?:tūkst|тыс|tis|tys|ezer)\.?\s+\p{L}|^\d[\d,.]*\s*(?:مىڭ|مىليون)?\s*قېتىم/u;

/**
 * A clip's kind and length ("Video 2:41"), a count of comments in a language's words ("Kommentit (14)"), a share button,
 * a writer's mail address, a desk's byline ("Staff report", "Redacción", "di Redazione"): no outlet's name.
 */
const NOT_A_NAME =
  /^(?:(?:video|vídeo|vidéo|audio|podcast)\s+\d{1,2}:\d{2}|(?:kommentit|kommentare?|commentaires?|comentarios?|commenti|komentarze?|reacties|comments?|maikutlo|ndemanga)\s*\(?\d+\)?|facebook|twitter|whatsapp|linkedin|e-?mail|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:from )?staff(?: reports?| writers?)?|(?:(?:di|by|por|par|von|de|da)\s+)?(?:la\s+|ła\s+)?(?:redazione|redasion|redacción|redaktion|rédaction|redação|redakcja|redactie|newsroom))$/i;

/**
 * A length ("1 hr 12 min", "52 min", "5 min read", "3 Min. Lesezeit") or a paper's pages ("Pages: 929 - 931"): an
 * episode's, a clip's or a story's measure, never a name. Case counts: "20 Minutes" and "60 Minutes" are outlets.
 */
const LENGTH =
  /^(?:\d+\s*(?:h|hrs?|hours?|Std)\.?(?:\s*\d+\s*(?:m|mins?|minutes?|Min)\.?)?|\d+\s*(?:m|mins?|minutes?|Min|myn)\.?)(?:\s+(?:read|listen|watch|Lesezeit|de lecture|de lectura|di lettura|redya))?$|^(?:[Pp]ages?|pp\.|Seiten?)\s*:?\s*\d/;

/**
 * A field and its value ("Factuality: High", "Bias: Center", "Reading level: Easy", an API's "source.id: reuters"): a
 * rating chip, not a name. A field is a word written in lower case after its first letter: an acronym before a colon,
 * or leading the words before it, is an outlet's brand ("RTRS: Vijesti", "EL PAÍS: el periódico global", a feed's "NPR
 * Topics: News"), and a field has no space before its colon (a feed's "Politics : NPR").
 */
const FIELD_VALUE = /^(?!\p{Lu}{2,}\s)(?=[^:]*\p{Ll})\p{L}[\p{L} ._]{1,23}\p{L}:\s+\S/u;
/**
 * A bias rating's chip beside an outlet's name ("Lean Left", "Center", "Right"), its factuality's ("High Factuality"),
 * a contributor's badge ("Contributor", "Verified").
 */
const BIAS =
  /^(?:(?:far |lean |leans )?(?:left|right)|cent(?:er|re)|(?:center|centre)[- ](?:left|right)|(?:very high|high|mostly factual|mixed|low|very low) factuality|contributor|verified(?: publisher| source)?)$/i;

/**
 * A chip beside a publisher's name that tells something about it or its story (a rating, a bias, a count, a length):
 * never the name, and no reason to stop looking for the name beside it.
 */
export function isChip(text: string): boolean {
  // Counts in other scripts' digits ("៤៥.២K", 45.2K views) are counts too.
  const t = NON_ASCII_DIGIT.test(text) ? text.replace(ANY_DIGIT, '0') : text;
  return FIELD_VALUE.test(t) || BIAS.test(t) || COUNT.test(t) || WORDED_COUNT.test(t) || LENGTH.test(t) || SHARE.test(t) || LANGUAGE_CHIP.test(t);
}

/** A story's language as a chip beside its outlet ("EN", "[рус]"): an aggregator that mixes languages marks them so. */
const LANGUAGE_CHIP = /^\[?(?:EN|ENG|FR|DE|ES|IT|PT|RU|AR|ZH|JA|NL|PL|TR|рус|англ)\]?$/u;

/** A share of a bar or a poll, perhaps after its letter ("L 42%", "42 %", "C: 33%"). */
const SHARE = /^(?:\p{L}{1,2}:?\s?)?\d{1,3}(?:[.,]\d)?\s?%$/u;

const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;
const ANY_DIGIT = /\p{Nd}/gu;

/** A newsroom role ("Business Editor", "Foreign Correspondent", Japanese "教育ジャーナリスト"): who wrote, not who published, unless the page marks it as the publisher ("Hollywood Reporter"). */
const ROLE = /\b(?:editor|correspondent|reporter|columnist|writer|contributor)$|(?:ジャーナリスト|アドバイザー|アナリスト|コンサルタント|評論家|解説委員|研究員|記者)$/i;
/** A news desk ("Mumbai City Desk"): the newsroom that wrote, unless the page marks it as the provider ("Heartland Weather Desk"). */
const DESK = /\b(?:desk|newsroom)$/i;

/** A US place with its state's code ("Amarillo, TX", "Idaho Falls, ID"): a story's dateline or its station's city, no name. */
const US_PLACE = /^\p{Lu}[\p{L}.' -]{1,30}, (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/u;

/** Whether a text is a US place with its state's code (see US_PLACE). */
export function isUsPlace(text: string): boolean {
  return US_PLACE.test(text);
}

/**
 * A name written as its initials, each with its dot, or ending in them ("B.T.", "A.P.", "City A.M."): its last dot ends
 * no sentence.
 */
const INITIALS = /(?:^|\s)(?:\p{Lu}\.){2,4}$/u;

/** The abbreviated ending of a company's name ("Ridgeway Outdoor Co.", "Sunmoor Foods, Inc."): its dot ends no sentence. */
const COMPANY_END = /\s(?:inc|co|corp|ltd|llc|plc|ag|gmbh|s\.a|n\.v|b\.v|s\.p\.a|a\.s)\.$/i;

/** A short name-like text: a source, a section, an author (`marked`: in an element the page marks as its publisher's). */
const ICON_LIGATURE = /^[a-z0-9]+(?:_[a-z0-9]+)+$/;

/** Characters and words a label holds at most, and one the page marks as the publisher's. */
const LABEL_LENGTH = 50;
const MARKED_LABEL_LENGTH = 72;
const MARKED_LABEL_WORDS = 12;

export function isLabel(text: string, marked = false): boolean {
  if (text.length > (marked ? MARKED_LABEL_LENGTH : LABEL_LENGTH)) return false;
  // A page repeats its labels (a publisher's name on every card), and the rules ask about each more than once.
  return remembered(marked ? 'marked-label' : 'label', text, () => isLabelText(text, marked));
}

function isLabelText(text: string, marked: boolean): boolean {
  // A role after "The" is a paper's name ("The Hollywood Reporter", "The Daily Reporter").
  // One Latin letter is a bar's or a tab's mark ("L" on a narrow slice of a bias bar), no outlet's name.
  if (CJK_COUNT.test(text) || (!marked && (ROLE.test(text) || DESK.test(text)) && !/^The\s/.test(text)) || /^[,;]/.test(text) || /^[A-Za-z]$/.test(text) || PLUS_BADGE.test(text)) return false;
  // A control points onward ("Kaynağa git ›", "Weiterlesen »"); a name does not (one in quotes closes them: «Хыпар»),
  // nor ends in a word cut by markup ("From Handi-<mark>Transit</mark> trips…").
  // An icon font's ligature ("more_vert", "arrow_forward") is an icon, not a word.
  if (isFunctionWords(text) || NOT_A_NAME.test(text) || isChip(text) || CALL_TO_ACT.test(text) || US_PLACE.test(text) || ICON_LIGATURE.test(text)) return false;
  if ((/[›»→]$|\p{L}-$/u.test(text) && !QUOTED_NAME.test(text))) return false;
  // CJK names have no spaces: they are held to a length, not a word count ("ナショナル ジオグラフィック日本版").
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text);
  const words = cjk ? (text.length <= 30 ? 1 : 99) : wordCount(text);
  // A name ends in no sentence mark, nor in the colon of a lead ("Källa:", "Source:") that a name follows; a short
  // one may end in the "!" or "?" of its brand ("Yahoo!", "וואלה!", "Which?"), initials in their dots ("B.T.").
  const mark = /[.?!:…]$/.test(text) && !(words <= 2 && /[!?]$/.test(text)) && !COMPANY_END.test(text) && !INITIALS.test(text);
  // A name the page marks as the publisher's may run longer: a feed's title ("Le Monde.fr - Actualités et Infos en France
  // et dans le monde").
  const [most, longest] = marked ? [MARKED_LABEL_WORDS, MARKED_LABEL_LENGTH] : [6, LABEL_LENGTH];
  return words >= 1 && words <= most && text.length <= longest && !mark && !NOT_A_LABEL.test(text) && /\p{L}/u.test(text);
}

/** A name in guillemets, as Russian and Turkic pages write a paper's ("«Хыпар»", "ГТРК «Чувашия»"). */
const QUOTED_NAME = /«[^«»]+»$/;

const BRACKETED = /^[（(【\[「〔]([^（()）【】\[\]「」〔〕]+)[）)】\]」〕]$/;

/** A name without the brackets that enclose it ("（共同通信）", "(Reuters)", "[AFP]" → the name). */
export function unbracketed(text: string): string {
  return BRACKETED.exec(text)?.[1]?.trim() || text;
}

/** Characters a sponsor's mark has at most ("artykuł sponsorowany", "cuntenutu patrotzinadu"). */
const SPONSOR_MARK_LENGTH = 24;

export function isSponsorMark(text: string): boolean {
  // Arabic's vowel marks ("محتوى مُموَّل") are read past.
  const t = text.trim().replace(/[\u064b-\u065f\u0670]/g, '');
  return t.length <= SPONSOR_MARK_LENGTH && SPONSORED.test(t);
}
