/**
 * Time text → instant + the range the text allows. Relative phrases ("5 hours ago", "vor 2 Tagen", "8시간 전") are read by
 * a small table of unit words per language; absolute dates in the common shapes by core/date-parts.ts, the rest by
 * chrono-node. Times without a zone are read in the zone the caller names (the site's convention), never the machine's.
 */
import * as chronoEn from 'chrono-node/en';
import { commonDateParts, type DateParts } from './date-parts';
import { DZONGKHA_YEAR, englishDateText, holdsUnreadCjk, isWeekdayName, mayBeForeignDate, withoutHijriBeside } from './date-words';
import { withGregorianFromLunarHijri } from './lunar-hijri';
import { withGregorianDate } from './solar-hijri';
import { withGregorianFromEthiopian } from './ethiopian';

export interface TimeReading {
  publishedAt: Date;
  earliest: Date;
  latest: Date;
}

export interface TimeOptions {
  /** Offset of the site's zone from UTC in minutes, for times written without a zone. Default 0 (UTC). */
  zoneOffsetMinutes?: number;
  /** The site's IANA zone ("America/New_York"), for zones with daylight saving time; wins over zoneOffsetMinutes. */
  timeZone?: string;
  /** Numeric dates are day-first ("5/03/2020" is 5 March), as everywhere but the US; from the page's language. */
  dayFirst?: boolean;
  /**
   * Two numbers alone joined by a dash are a month and a day ("06-11", 11 June), as Chinese, Japanese and Korean pages
   * write a list's dates; elsewhere they are as often a score or a range.
   */
  monthDay?: boolean;
  /**
   * Two numbers alone joined by a dot are a clock time ("15.05", five past three), as Finnish, Danish, Norwegian and
   * Swedish pages write a list's times; elsewhere they are as often a day and a month.
   */
  dottedClock?: boolean;
}

/** Whether a page in this language writes numeric dates day first: all but US-style English. */
export function isDayFirst(lang: string | null | undefined): boolean {
  const l = (lang ?? '').toLowerCase();
  if (!l || l === 'en' || /^en-(?:us|ph|ca|as|gu|pr|um|vi|mh|fm|pw)$/.test(l)) return false;
  // Chinese (and Zhuang, written in China), Japanese, Korean and Hungarian write the month before the day ("6/9 01:10"
  // is 9 June).
  return !/^(?:zh|za|ja|ko|hu)(?:-|$)/.test(l);
}

/** A numeric date with its year: "06/09/2025", "6.9.25", "05-09-2025". */
const DAY_MONTH_YEAR = /(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d.])/;

/**
 * Whether a page's numeric dates are day-first, by the dates themselves, where its language cannot tell ("06/09/2025"
 * under `lang="en"`): a date that one order cannot read ("21/08/2025") decides; otherwise the order that puts the
 * page's dates nearer now, by far, is the page's (a list of news is of the last days, not spread over months).
 * Undefined when the dates do not say.
 */
export function dayFirstOf(texts: string[], now: Date): boolean | undefined {
  const dates: Array<[number, number, number]> = [];
  for (const t of texts) {
    const m = DAY_MONTH_YEAR.exec(t);
    if (m) dates.push([Number(m[1]), Number(m[2]), m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3])]);
  }
  if (dates.some(([a, b]) => a > 12 && b <= 12)) return true;
  if (dates.some(([a, b]) => b > 12 && a <= 12)) return false;
  if (dates.length < 2) return undefined;
  const n = now.getTime();
  // A reading a day or more ahead of now is no story's date.
  const age = (year: number, month: number, day: number): number => {
    const a = n - Date.UTC(year, month - 1, day);
    return a < -DAY ? Infinity : Math.max(a, 0);
  };
  const median = (ages: number[]): number => ages.sort((x, y) => x - y)[ages.length >> 1]!;
  const dayFirst = median(dates.map(([a, b, y]) => age(y, b, a)));
  const monthFirst = median(dates.map(([a, b, y]) => age(y, a, b)));
  if (dayFirst * ORDER_MARGIN < monthFirst) return true;
  if (monthFirst * ORDER_MARGIN < dayFirst) return false;
  return undefined;
}

/** How many times nearer now one order must put a page's dates to be taken as the page's. */
const ORDER_MARGIN = 3;

// Making a formatter is the dear part of asking Intl (tens of microseconds): one per zone serves every time after.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * Offsets already asked for, by zone and quarter hour (zones change their offset on a quarter hour at the finest): a
 * page's times fall in a few of them.
 */
const offsets = new Map<string, number>();
const QUARTER_HOUR_MS = 15 * 60_000;

/** Minutes east of UTC of `timeZone` at `instant` (Intl does the daylight-saving arithmetic). */
export function zoneOffsetAt(timeZone: string, instant: Date): number {
  const key = `${timeZone}|${Math.floor(instant.getTime() / QUARTER_HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, (offset = offsetFromIntl(timeZone, instant)));
  }
  return offset;
}

function offsetFromIntl(timeZone: string, instant: Date): number {
  try {
    const parts = formatterFor(timeZone).formatToParts(instant);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  } catch {
    return 0;
  }
}

/** The offset to read a zone-less time near `instant` with. */
function offsetFor(options: TimeOptions, instant: Date): number {
  return options.timeZone ? zoneOffsetAt(options.timeZone, instant) : (options.zoneOffsetMinutes ?? 0);
}

/** Times later than `now` by more than this are rejected: clocks differ a little, stories are not from the future. */
export const FUTURE_SKEW_MS = 15 * 60_000;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
type Unit = 's' | 'min' | 'h' | 'd' | 'w' | 'mo' | 'y';
const UNIT_MS: Record<Unit, number> = { s: SECOND, min: MINUTE, h: HOUR, d: DAY, w: 7 * DAY, mo: 30 * DAY, y: 365 * DAY };

/** Unit words per language, longest first where one is a prefix of another. */
const UNIT_WORDS: Array<[RegExp, Unit]> = [
  [/^(?:s|secs?|seconds?|sek(?:unden?)?|secondes?|segundos?|second[io]|seconden|sekund[yę]?|saniye|сек(?:унд[уы]?)?|секунду|秒|秒钟|秒鐘|초|ثوان[يٍ]?|ثانية|sekundou|sekundami|sekunder|detik|giây|секунд|секунди|δευτερόλεπτα)$/i, 's'],
  [/^(?:m|mins?|minutes?|minuten?|minutos?|minut[oi]|minut[yę]?|dakika|мин(?:ут[уы]?)?|分|分钟|分鐘|분|دقائق|دقيقة|minutou|minutami|minuter|minutter|minutt|menit|phút|хвилин|хвилини|хвилину|λεπτά|λεπτό|minuuttia|minuutti|minit|minútou|minútami|mjeńšin(?:u|omaj|ami))$/i, 'min'],
  [/^(?:h|t|hrs?|hours?|std|stunden?|heures?|horas?|or[ae]|uur|uren|godzin[yęa]?|godz|saat|ч(?:ас(?:а|ов)?)?|時間|小时|小時|시간|ساعات|ساعة|hodinou|hodinami|timme|timmar|timer|time|timar|jam|giờ|годин|години|годину|ώρες|ώρα|tunti|tuntia|hodźin(?:u|omaj|ami)|góźin(?:u|oma|ami))$/i, 'h'],
  [/^(?:d|j|days?|tage?n?|jours?|d[ií]as?|giorn[oi]|dag(?:en)?|dni|dzień|gün|дн(?:я|ей)?|день|日|天|일|أيام|يوم|dnem|dny|dňom|dňami|dagar|dager|dage|hari|ngày|днів|дні|μέρες|ημέρες|μέρα|ημέρα|päivä|päivää|dnjom|dnjomaj|dnjemi|dnjoma|dnjami)$/i, 'd'],
  [/^(?:w|wks?|weeks?|viikko|viikkoa|wochen?|semaines?|semanas?|settiman[ae]|weken|tygodni[ea]?|tydzień|hafta|недел[юиь]|週間?|周|주|أسابيع|أسبوع|týdnem|týdny|týždňom|týždňami|vecka|veckor|uke|uker|uge|uger|veke|veker|minggu|tuần|тижнів|тижні|тиждень|εβδομάδες|εβδομάδα|tydźenjom|tydźenjomaj|tydźenjemi|tyźenjom|tyźenjoma|tyźenjami)$/i, 'w'],
  [/^(?:mos?|months?|kuukausi|kuukautta|monate?n?|mois|mes(?:es)?|mes[ei]|maand(?:en)?|miesi(?:ąc[ey]?|ęcy)|ay|месяц(?:а|ев)?|ヶ月|か月|个月|個月|개월|달|أشهر|شهور|شهر|měsícem|měsíci|mesiacom|mesiacmi|månad|månader|måned|måneder|bulan|tháng|місяців|місяці|місяць|μήνες|μήνα|měsacom|měsacomaj|měsacami)$/i, 'mo'],
  [/^(?:y|yrs?|years?|vuosi|vuotta|jahre?n?|ans?|années?|años?|anos?|ann[oi]|jaar|jaren|lat[a]?|rok|yıl|год(?:а)?|лет|年|년|سنوات|سنة|أعوام|عام|rokem|roky|lety|rokom|rokmi|år|tahun|năm|років|роки|рік|χρόνια|χρόνο|lětom|lětomaj|lětami)$/i, 'y'],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, ein: 1, einer: 1, einem: 1, un: 1, une: 1, uno: 1, una: 1, 'un,': 1, en: 1, ett: 1, et: 1,
  o: 1, um: 1, uma: 1, een: 1, enger: 1, engem: 1, einum: 1, eini: 1, "'n": 1, '’n': 1, unha: 1, ایک: 1, တစ်: 1, یک: 1, eno: 1, enim: 1, enega: 1, një: 1, nje: 1,
  ina: 1, in: 1, ene: 1, on: 1, "rin'we": 1, 'rin’we': 1, "yin'we": 1, 'yin’we': 1, "wun'we": 1, 'wun’we': 1, rimwe: 1, imwe: 1, kelen: 1, dua: 1, rua: 2, tolu: 3, limodzi: 1, "un'": 1, één: 1, enye: 1, μία: 1, μια: 1, ένα: 1, έναν: 1,
  // Yoruba's counts as words, with their tones ("wákàtí mẹ́ta sẹ́yìn": three hours ago)
  'kan': 1, 'méjì': 2, 'mẹ́ta': 3, 'mẹ́rin': 4, 'márùn-ún': 5, 'mẹ́fà': 6, 'méje': 7, 'mẹ́jọ': 8, 'mẹ́sàn-án': 9, 'mẹ́wàá': 10,
  two: 2, zwei: 2, deux: 2, dos: 2, three: 3, drei: 3, trois: 3, tres: 3,
};

const NUM = String.raw`(\d+(?:[.,]\d+)?½?|\d*½|an?|one|two|three|eine[mr]?|ein|zwei|drei|une?|deux|trois|una?|uno|uma?|dos|tres|een|één|en|ett|et)`;
const WORD = String.raw`([\p{L}.]+)`;
/** Each pattern captures (number, unit word). */
const RELATIVE_PATTERNS: Array<RegExp | [RegExp, keyof typeof UNITS_OF]> = [
  new RegExp(String.raw`^(?:about|over|almost|around|~)?\s*${NUM}\s*${WORD}\s*ago$`, 'iu'), // 5 hours ago, an hour ago
  // 5h, 2d, 10min, and German's "47 Min.", "2 Std.", "3 Tage" (Bing's): digits only, or the label "Ad" would read as
  // "a d" (a day)
  /^(\d+)\s*([a-z]{1,3}\.?|tage)$/i,
  // "35 分", "2 時間": MSN's Japanese ages, without 前 (not "1 日", which is also the 1st of a month).
  /^(\d+)\s*(分|時間)$/u,
  // "45 分钟", "3 小时", "1 天": MSN's Chinese ages, without 前 likewise.
  /^(\d+)\s*(分[钟鐘]|小[时時]|天)$/u,
  [/^vor\s+(\d+)\s+(t\.|tg\.?)$/iu, 'de'], // vor 2 T., vor 3 Tg. (German days, shortened: not Norwegian hours' "t")
  new RegExp(String.raw`^vor\s+(?:etwa\s+)?${NUM}\s+${WORD}$`, 'iu'), // vor 5 Stunden
  new RegExp(String.raw`^il y a\s+(?:environ\s+)?${NUM}\s+${WORD}$`, 'iu'), // il y a 5 heures
  new RegExp(String.raw`^hace\s+(?:unos?\s+)?${NUM}\s+${WORD}$`, 'iu'), // hace 5 horas
  new RegExp(String.raw`^(\d+)\s+${WORD}\s+назад$`, 'iu'), // 5 часов назад
  /^()(секунду|минуту|час|день|неделю|месяц|год)\s+назад$/iu, // час назад (an hour ago): one
  /^()(minutę|godzinę|dzień|tydzień|miesiąc|rok)\s+temu$/iu, // godzinę temu (an hour ago): one
  new RegExp(String.raw`^${NUM}\s+${WORD}\s+fa$`, 'iu'), // 5 ore fa
  /^(un)['’](ora|oa|ôa)\s+fa$/iu, // un'ora fa, Ligurian un'ôa fa
  new RegExp(String.raw`^h[áa]\s+(?:cerca de\s+)?${NUM}\s+${WORD}$`, 'iu'), // há 5 horas
  new RegExp(String.raw`^${NUM}\s+${WORD}\s+atr[áa]s$`, 'iu'), // 5 horas atrás
  new RegExp(String.raw`^${NUM}\s+${WORD}\s+geleden$`, 'iu'), // 5 uur geleden, een uur geleden
  new RegExp(String.raw`^(\d+)\s+${WORD}\s+t[ey]mu$`, 'iu'), // 5 godzin temu, 25 minut tymu (Silesian)
  new RegExp(String.raw`^(\d+)\s+${WORD}\s+önce$`, 'iu'), // 5 saat önce
  /^(\d+)\s*(秒[钟鐘]?|分[钟鐘]|小[时時]|天|[周週]|[个個]月|年)前$/u, // 5小时前, 15 分鐘前
  /^(\d+)\s*(সেকেন্ড|মিনিট|ঘণ্টা|দিন|সপ্তাহ|মাস|বছর)\s+আগ(?:ে|ত)$/u, // ২ ঘণ্টা আগে (Bengali), ২ ঘণ্টা আগত (Assamese)
  /^(\d+)\s*(秒|分|時間|日|週間|ヶ月|か月|年)前$/u, // 5時間前
  /^(\d+)\s*(초|분|시간|일|주|개월|달|년)\s*전$/u, // 8시간 전
  new RegExp(String.raw`^منذ\s+(?:حوالي\s+)?(\d+)\s+${WORD}$`, 'u'), // منذ 5 ساعات
  /^منذ\s+()(ساعة|دقيقة|يوم|أسبوع|شهر|سنة|عام)(?:\s+(?:واحدة|واحد))?$/u, // منذ ساعة, منذ ساعة واحدة (an hour ago): one, as the empty number says
  /^منذ\s+()(ساعتين|دقيقتين|يومين|أسبوعين|شهرين|سنتين|عامين)$/u, // منذ ساعتين (two hours ago): the dual
  new RegExp(String.raw`^p[řrś]ed\s+(?:asi\s+)?(\d+)\s+${WORD}$`, 'iu'), // před 3 hodinami (Czech), pred 3 hodinami (Slovak), před 2 hodźinomaj (Upper Sorbian), pśed 2 góźinoma (Lower Sorbian)
  /^p[řrś]ed\s+()(minutou|hodinou|dnem|dňom|týdnem|týždňom|měsícem|mesiacom|rokem|rokom|mjeńšinu|hodźinu|dnjom|tydźenjom|měsacom|lětom|minutu|góźinu|tyźenjom)$/iu, // před hodinou: one; před hodźinu, před dnjom (Upper Sorbian)
  new RegExp(String.raw`^för\s+${NUM}\s+${WORD}\s+sedan$`, 'iu'), // för 3 timmar sedan (Swedish)
  new RegExp(String.raw`^for\s+${NUM}\s+${WORD}\s+sid[ea]n$`, 'iu'), // for 3 timer siden (Norwegian, Danish), for 3 timar sidan (Nynorsk)
  new RegExp(String.raw`^(\d+)\s+${WORD}\s+(?:yang\s+)?(?:lalu|lepas)$`, 'iu'), // 3 jam yang lalu (Indonesian, Malay), 3 jam yang lepas (Malay)
  new RegExp(String.raw`^(\d+)\s+${WORD}\s+trước$`, 'iu'), // 3 giờ trước (Vietnamese)
  /^(\d+)\s+(सेकंड|मिनट|घंटे|घंटा|दिन|सप्ताह|हफ़्ते|हफ्ते|महीने|महीना|साल|वर्ष)\s+(?:पहले|पहिने)$/u, // 2 घंटे पहले (Hindi), 2 घंटा पहिने (Maithili)
  new RegExp(String.raw`^(\d+)\s+${WORD}\s+тому$`, 'iu'), // 2 години тому (Ukrainian)
  /^()(хвилину|годину|день|тиждень|місяць|рік)\s+тому$/iu, // годину тому (an hour ago): one
  new RegExp(String.raw`^(?:πριν(?:\s+από)?\s+)(\d+)\s+${WORD}$`, 'iu'), // πριν από 2 ώρες (Greek)
  new RegExp(String.raw`^(\d+|μία|μια|ένα|έναν)\s+${WORD}\s+πριν$`, 'iu'), // 2 ώρες πριν, μία μέρα πριν
  new RegExp(String.raw`^(\d+)\s+${WORD}\s+sitten$`, 'iu'), // 3 tuntia sitten (Finnish)
  /^()(minuutti|tunti|päivä|viikko|kuukausi|vuosi)\s+sitten$/iu, // päivä sitten (a day ago): one
  new RegExp(String.raw`^לפני\s+(?:כ-?)?(\d+)\s+${WORD}$`, 'u'), // לפני 3 שעות (Hebrew)
  /^לפני\s+()(דקה|שעה|יום|שבוע|חודש|שנה|שעתיים|יומיים|שבועיים|חודשיים|שנתיים)$/u, // לפני שעה: one; לפני שעתיים: two
  /^(\d+)\s+(másodperce|perce|órája|napja|hete|hónapja|éve)$/iu, // 3 órája (Hungarian)
  new RegExp(String.raw`^acum\s+(?:aproximativ\s+|circa\s+)?(\d+|o|un)\s+(?:de\s+)?${WORD}$`, 'iu'), // acum 25 de minute, acum o oră (Romanian)
  /^(\d+)\s*(วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|อาทิตย์|เดือน|ปี)\s*(?:ที่แล้ว|ก่อน)$/u, // 2 ชั่วโมงที่แล้ว (Thai)
  /^(\d+|یک)\s+(ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s+(?:پیش|قبل)$/u, // ۲ ساعت پیش (Persian)
  /^(\d+|ایک)\s+(سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن|ہفتے|ہفتہ|مہینے|مہینہ|سال)\s+(?:پہلے|قبل)$/u, // ۳ گھنٹے پہلے, ایک دن قبل (Urdu)
  new RegExp(String.raw`^(?:пре|pre)\s+(?:око\s+|oko\s+)?(\d+)\s+${WORD}$`, 'iu'), // пре 2 сата, pre 2 sata (Serbian)
  new RegExp(String.raw`^(\d+)\s+(?:na\s+)?${WORD}\s+ang\s+nakalipas$`, 'iu'), // 2 oras ang nakalipas (Filipino)
  new RegExp(String.raw`^prieš\s+(\d+)\s+${WORD}$`, 'iu'), // prieš 2 val. (Lithuanian)
  [new RegExp(String.raw`^преди\s+(?:около\s+)?(\d+|)\s*${WORD}$`, 'iu'), 'bg'], // преди 2 часа, преди час (Bulgarian)
  [new RegExp(String.raw`^prije\s+(?:oko\s+|otprilike\s+)?(\d+|)\s*${WORD}(?:\s+vremena)?$`, 'iu'), 'hr'], // prije 2 sata, prije sat vremena (Croatian, Bosnian)
  [new RegExp(String.raw`^fa\s+(?:uns?\s+|unes\s+|una\s+)?(\d+|)\s*${WORD}$`, 'iu'), 'ca'], // fa 3 hores, fa una hora (Catalan)
  [new RegExp(String.raw`^fa\s+(?:un\s+|una\s+)?(\d+|)\s*${WORD}$`, 'iu'), 'an'], // fa 5 horas, fa una semana (Aragonese)
  [new RegExp(String.raw`^перед\s+(\d+|)\s*${WORD}$`, 'iu'), 'rue'], // перед 5 годинами, перед годинов (Rusyn)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+раԥхьа$`, 'iu'), 'ab'], // 5 сааҭ раԥхьа (Abkhaz: 5 hours ago)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+мындан\s+алда$`, 'iu'), 'krc'], // 5 сагъат мындан алда (Karachay-Balkar)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+сайын$`, 'iu'), 'kv'], // 5 час сайын (Komi)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+мурнунда$`, 'iu'), 'tyv'], // 3 шак мурнунда (Tuvan: 3 hours ago)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+вилик$`, 'iu'), 'lez'], // 2 сят вилик (Lezgian: 2 hours ago)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+цебе$`, 'iu'), 'av'], // 5 сагӀат цебе (Avar: 5 hours ago)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+хьалха$`, 'iu'), 'inh'], // 2 сахьт хьалха (Ingush: 2 hours ago)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+талэсь\s+азьло$`, 'iu'), 'udm'], // 5 час талэсь азьло (Udmurt: 5 hours ago)
  [new RegExp(String.raw`^antes\s+de\s+(\d+|un|una)\s+${WORD}$`, 'iu'), 'lad'], // antes de 5 oras (Ladino)
  [new RegExp(String.raw`^(\d+)\s+(?:aen\s+)?${WORD}\s+gonq$`, 'iu'), 'za'], // 5 aen cungdaeuz gonq (Zhuang: 5 hours ago)
  // Adyghe names the unit first: "сыхьат 5 пэкӀэ" (5 hours ago), the count read ahead.
  [new RegExp(String.raw`^(?=\S+\s+(\d+)\s+пэк[ӀӏIl1]э$)(\S+)`, 'iu'), 'ady'],
  // siSwati too, the count after its class prefix: "emahora la-5 lendlulile" (5 hours ago).
  [new RegExp(String.raw`^(?=\S+\s+\p{L}{2}-(\d+)\s+lendlulile$)(\S+)`, 'iu'), 'ss'],
  [new RegExp(String.raw`^duela\s+(\d+|)\s*${WORD}(?:\s+bat)?$`, 'iu'), 'eu'], // duela 4 minutu, duela ordubete, duela aste bat (Basque)
  [new RegExp(String.raw`^virun\s+(\d+|enger|engem|)\s*${WORD}$`, 'iu'), 'lb'], // virun 20 Minutten, virun enger Stonn (Luxembourgish)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+мурун$`, 'iu'), 'ky'], // 2 саат мурун, 45 мүнөт мурун (Kyrgyz)
  [/^(\d+)\s+(\p{L}+)\s+اڳ$/u, 'sd'], // 5 ڪلاڪ اڳ (Sindhi: 5 hours ago)
  [new RegExp(String.raw`^(\d+|'n|’n)\s+${WORD}\s+gelede$`, 'iu'), 'af'], // 18 minute gelede, 'n uur gelede (Afrikaans)
  new RegExp(String.raw`^hai\s+(?:uns?\s+|unhas?\s+)?(\d+|unha|un)\s+${WORD}$`, 'iu'), // hai 6 minutos, hai unha hora (Galician)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+таму$`, 'iu'), 'be'], // 57 хвілін таму, гадзіну таму (Belarusian)
  [new RegExp(String.raw`^(\d+)\s+${WORD}\s+ka\s?hor$`, 'iu'), 'so'], // 8 daqiiqo kahor, 2 saacadood ka hor (Somali)
  [/^(\d+)\s+([\p{L}\p{M}]+)\s+ପୂର୍ବରୁ$/u, 'or'], // ୩ ଘଣ୍ଟା ପୂର୍ବରୁ (Odia: 3 hours ago)
  [/^(\d+|)(?:-il)?\s*(\p{L}+)\s+ilu$/iu, 'mt'],
  [new RegExp(String.raw`^fyri\s+(\d+|einum|eini|)\s*${WORD}\s+síðani$`, 'iu'), 'fo'], // fyri 3 tímum síðani (Faroese: 3 hours ago) // 5 sigħat ilu, 14-il siegħa ilu, jumejn ilu (Maltese: 5 hours, 14 hours, two days ago)
  // wákàtí 2 sẹ́yìn, ìṣẹ́jú 40 sẹ́yìn, wákàtí mẹ́ta sẹ́yìn (Yoruba: the unit, its count, then "behind"); awa 3, minti 50 (Hausa: the unit and its count alone)
  [/^(?=[\p{L}\p{M}]+\s+(\d+|[\p{L}\p{M}-]+)\s+sẹ́yìn$)([\p{L}\p{M}]+)\s+(?:\d+|[\p{L}\p{M}-]+)\s+sẹ́yìn$/iu, 'yo'],
  [/^(?=\p{L}+\s+(\d+)$)(awa|sa'a|minti|sakan|kwana)\s+\d+$/iu, 'ha'],
  [/^(\d+|un|una|un')\s*(\p{L}+)\s+fà$/iu, 'co'], // 5 minuti fà, 3 ore fà, un'ora fà (Corsican)
  /^(\d+)\s*(\p{L}+)\s+fà$/iu, // 5 minûd fà, 2 ôr fà (Emilian)
  [/^berî\s+(\d+|)\s*(\p{L}+)$/iu, 'kmr'], // berî 3 demjimêran, berî demjimêrekê (Kurmanji: 3 hours ago, an hour ago)
  [/^i a\s+(\d+|una|un)\s+(\p{L}+)$/iu, 'oc'], // i a 22 minutas, i a una ora, i a un jorn (Occitan)
  [/^avant\s+(\d+|ina|in)\s+(\p{L}+)$/iu, 'rm'],
  [/^nans\s+yw\s+(\d+|)\s*(\p{L}+)$/iu, 'kw'],
  [/^(\d+)\s+(\p{L}+)\s+evel$/iu, 'crh'], // 25 daqqa evel, 3 saat evel, 1 kün evel (Crimean Tatar: 25 minutes ago)
  [/^(?:i\s+)?gn[' ]?a\s+(\d+|ene|on)\s+(\p{L}+)$/iu, 'wa'], // gn a 2 eures, gn a ene munute (Walloon: there are 2 hours) // nans yw 25 mynysen, nans yw 2 eur, nans yw dydh (Cornish: 25 minutes, 2 hours, a day ago)
  // amahora ama-3 adlulileko, imizuzu ema-25 edlulileko (isiNdebele: the unit, its count, then "that have passed")
  [/^(?=\p{L}+\s+(?:ama|ema|eyi|ezi|a|e)-?(\d+)\s+\p{L}*dlulileko$)(\p{L}+)\s+(?:ama|ema|eyi|ezi|a|e)-?\d+\s+\p{L}*dlulileko$/iu, 'nr'],
  // tiawara ta 3 leti hundzeke, siku rin'we leri hundzeke (Xitsonga: the unit, its concord and count, then "that have passed")
  [/^(?=[\p{L}'’]+\s+(?:(?:ya|ta|ra|wa)\s+)?(\d+|rin['’]we|yin['’]we|wun['’]we)\s+(?:lama|leti|leri|leyi|lowu|lexi)\s+hundzeke$)([\p{L}'’]+)\s+(?:(?:ya|ta|ra|wa)\s+)?(?:\d+|rin['’]we|yin['’]we|wun['’]we)\s+(?:lama|leti|leri|leyi|lowu|lexi)\s+hundzeke$/iu, 'ts'], // avant 18 minutas, avant 2 uras, avant ina emna (Romansh)
  [/^(\d+|)\s*(\p{L}+)\s+элек$/iu, 'ba'], // 24 минут элек, 3 сәғәт элек (Bashkir)
  [/^(\d+|)\s*(\p{L}+)\s+каялла$/iu, 'cv'], // 7 минут каялла, 3 сехет каялла (Chuvash)
  [/^(\d+|)\s*(\p{L}+)\s+размӕ$/iu, 'os'], // 12 минуты размӕ, 3 сахаты размӕ (Ossetian)
  [/^(\d+)\s+(\p{L}+)\s+bifo$/iu, 'bi'], // 12 minit bifo, 3 aoa bifo (Bislama)
  // essaawa 2 eziyise, eddakiika 18 eziyise (Luganda: the unit, its count, then "that have passed")
  [/^(?=\p{L}+\s+(\d+)\s+eziyise$)(\p{L}+)\s+\d+\s+eziyise$/iu, 'lg'],
  // metsotso e 35 e fetileng, lihora tse 3 tse fetileng (Sesotho: the unit, its count, then "that have passed")
  [/^(?=\p{L}+\s+(?:e|tse)\s+(\d+)\s+(?:e|tse)\s+fetileng$)(\p{L}+)\s+(?:e|tse)\s+\d+\s+(?:e|tse)\s+fetileng$/iu, 'st'],
  // diura di le 2 tse di fetileng, metsotso e le 35 e e fetileng, malatsi a le 3 a a fetileng (Setswana: the unit, its
  // concord, "le" and its count, then "that have passed")
  [/^(?=\p{L}+\s+(?:e|a|di|le)\s+le\s+(\d+)(?:\s+(?:e|a|di|le|tse)){1,2}\s+fetileng$)(\p{L}+)\s+(?:e|a|di|le)\s+le\s+\d+(?:\s+(?:e|a|di|le|tse)){1,2}\s+fetileng$/iu, 'tn'],
  // e 25 na miniti sa oti, e dua na aua sa oti (Fijian: "it is", the count, the unit, then "already done")
  [/^e\s+(\d+|dua|rua|tolu)\s+na\s+(\p{L}+)\s+sa\s+oti$/iu, 'fj'],
  [/^e\s+(\d+)\s+(\p{L}+)\s+i\s+ma['ʻ’]iri$/iu, 'ty'],
  [/^(\d+)\s+(\p{L}+)\s+nayraqata$/iu, 'ay'], // 35 minutu nayraqata, 2 uru nayraqata (Aymara: 35 minutes, 2 days before)
  // སྐར་མ་ ༢༥ ཧེ་མ་, ཆུ་ཚོད་ ༣ ཧེ་མ་ (Dzongkha: the unit, its count, then "before")
  [/^(?=[\u0F00-\u0FFF]+\s+(\d+)\s+ཧེ་མ་?$)([\u0F00-\u0FFF]+?)་?\s+\d+\s+ཧེ་མ་?$/u, 'dz'],
  // a bɛ lɛrɛ 2 bɔ, a bɛ miniti kelen bɔ (Bambara: "it is", the unit, its count, then "out of it")
  [/^a\s+bɛ\s+(?=\p{L}+\s+(\d+|kelen)\s+bɔ$)(\p{L}+)\s+(?:\d+|kelen)\s+bɔ$/iu, 'bm'], // e 12 minuti i ma'iri, e 4 hora i ma'iri (Tahitian: 12 minutes, 4 hours ago)
  // ndagika 8 ciathira, mathaa 3 mathirĩte (Kikuyu: the unit, its count, then "that have passed"); 16 thaa ago, 1
  // mũthenya ago (a date library's Kikuyu: the count, the unit, then English "ago")
  [/^(?=\p{L}+\s+(\d+)\s+(?:ciathira|mathirĩte|mathirite|rĩthirĩte|rithirite)$)(\p{L}+)\s+\d+\s+(?:ciathira|mathirĩte|mathirite|rĩthirĩte|rithirite)$/iu, 'ki'],
  [/^(\d+)\s+(\p{L}+)\s+ago$/iu, 'ki'],
  // aɖabaƒoƒo 25 si va yi, gaƒoƒo 2 si va yi (Ewe: the unit, its count, then "that has passed")
  [/^(?=\p{L}+\s+(\d+)\s+si\s+va\s+yi$)(\p{L}+)\s+\d+\s+si\s+va\s+yi$/iu, 'ee'],
  [/^(\d+)\s+(\p{L}+)\s+áigi$/iu, 'se'], // 42 minuhtta áigi, 4 diimmu áigi (Northern Sami: 42 minutes, 4 hours ago)
  // mphindi 13 zapitazo, ola limodzi zapitazo (Chichewa: the unit, its count, then "that have passed")
  [/^(?=\p{L}+\s+(\d+|limodzi)\s+zapitazo$)(\p{L}+)\s+(?:\d+|limodzi)\s+zapitazo$/iu, 'ny'],
  [/^(\d+|)\s*(\p{L}+)\s+ынараа\s+өттүгэр$/iu, 'sah'], // 15 мүнүүтэ ынараа өттүгэр, 3 чаас ынараа өттүгэр (Sakha)
  // imizuzu eyi-27 eyadlulayo, iyure enye eyadlulayo (isiXhosa: the unit, then its count, then "that has passed")
  [/^(?=\p{L}+\s+(?:\p{L}+-)?(\d+|enye)\s)(\p{L}+)\s+(?:\p{L}+-)?(?:\d+|enye)\s+eyadlulayo$/iu, 'xh'],
  // simma 27 a atwam, dɔnhwerew 3 a atwam (Twi: the unit, its count, then "that has passed")
  [/^(?=\p{L}+\s+(\d+)\s+a\s+atwam$)(\p{L}+)\s+\d+\s+a\s+atwam$/iu, 'ak'],
  // miniti ʻe 45 kuoʻosi, houa ʻe 2 kuoʻosi (Tongan: the unit, "ʻe" and its count, then "gone")
  [/^(?=[\p{L}ʻ']+\s+[ʻ']e\s+(\d+)\s+kuo[ʻ']osi$)([\p{L}ʻ']+)\s+[ʻ']e\s+\d+\s+kuo[ʻ']osi$/iu, 'to'],
  [/^(\d+|hoʻokahi|ʻelua|ʻekolu)\s+([\p{L}ʻ]+)\s+i\s+hala$/iu, 'haw'], // 45 minuke i hala, 8 hola i hala, 2 lā i hala (Hawaiian)
  [/^(\d+|unu|una)\s+(\p{L}+)\s+faghet$/iu, 'sc'], // 3 oras faghet, 25 minutos faghet (Sardinian)
  [/^faghet\s+(\d+|unu|una)\s+(\p{L}+)$/iu, 'sc'], // faghet 5 oras (Sardinian, the word first, as Django's timesince writes it)
  [/^(\d+|huk)\s+(\p{L}+)\s+ñawpaqta$/iu, 'qu'], // 48 minutu ñawpaqta, 3 hora ñawpaqta (Quechua)
  // imizuzu eyi-8 edlule, amahora ama-3 edlule, ihora eli-1 elidlule (isiZulu: the unit, then its count, then "past")
  [/^(?=\p{L}+\s+\p{L}+-(\d+)\s)(\p{L}+)\s+\p{L}+-\d+\s+(?:e|eli)?dlule$/iu, 'zu'],
  [/^پێش\s+(\d+)\s+(\p{L}+)$/u, 'ckb'], // پێش ٤ خولەک (Central Kurdish: 4 minutes ago)
  [/^(\d+)\s+(\p{L}+)\s+لەمەوبەر$/u, 'ckb'], // ٤ خولەک لەمەوبەر
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+yn\s+ôl$`, 'iu'), 'cy'], // 3 awr yn ôl, munud yn ôl, 2 ddiwrnod yn ôl (Welsh)
  // 3 மணி நேரத்திற்கு முன்பு (Tamil: 3 hours ago)
  [new RegExp(String.raw`^pred\s+(\d+|eno|enim|enega|)\s*${WORD}$`, 'iu'), 'sl'], // pred 3 urami, pred eno uro (Slovenian)
  [new RegExp(String.raw`^pirms\s+(\d+|)\s*${WORD}$`, 'iu'), 'lv'], // pirms 2 stundām, pirms stundas (Latvian)
  [new RegExp(String.raw`^(\d+)\s+${WORD}\s+əvvəl$`, 'iu'), 'az'], // 3 saat əvvəl (Azerbaijani)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+tagasi$`, 'iu'), 'et'], // 3 tundi tagasi, nädal tagasi (Estonian)
  [new RegExp(String.raw`^para\s+(\d+|një|nje|)\s*${WORD}$`, 'iu'), 'sq'], // para 3 orësh, para një ore (Albanian)
  [new RegExp(String.raw`^(\d+)\s+${WORD}\s+oldin$`, 'iu'), 'uz'], // 3 soat oldin (Uzbek)
  [/^o\s+chionn\s+(\d+|)\s*(\p{L}+)(?:\s+a\s+thìde)?$/iu, 'gd'], // o chionn 2 uairean, o chionn 1 uair a thìde, o chionn seachdain (Scottish Gaelic)
  [/^(\d+|)\s*(\p{L}+(?:\s+an\s+chloig)?|n-\p{L}+\s+an\s+chloig)\s+ó\s+shin$/iu, 'ga'], // 35 nóiméad ó shin, 3 huaire an chloig ó shin (Irish)
  [new RegExp(String.raw`^(\d+)\s+${WORD}\s+kepungkur$`, 'iu'), 'jv'], // 25 menit kepungkur (Javanese)
  [/^פאר\s+(\d+)\s+(\p{L}+)$/u, 'yi'], // פאר 40 מינוט, פאר 2 שעה (Yiddish)
  // maminitsi 48 apfuura, maawa 3 apfuura, awa rimwe rapfuura (Shona: the unit, its count, then "past")
  [/^(?=\p{L}+\s+(\d+|rimwe|imwe)\s+[ary]?apfuura$)(\p{L}+)\s+(?:\d+|rimwe|imwe)\s+[ary]?apfuura$/iu, 'sn'],
  [new RegExp(String.raw`^(\d+)\s+${WORD}\s+წინ$`, 'u'), 'ka'], // 3 საათის წინ (Georgian)
  [new RegExp(String.raw`^(\d+)\s+${WORD}\s+առաջ$`, 'u'), 'hy'], // 3 ժամ առաջ (Armenian)
  [new RegExp(String.raw`^(\d+)\s+${WORD}\s+бұрын$`, 'iu'), 'kk'], // 3 сағат бұрын (Kazakh)
  [/^бір\s+()(\p{L}+)\s+бұрын$/iu, 'kk'], // бір күн бұрын (Kazakh: a day ago): one, as the empty number says
  [/^(\d+)\s+(सेकेन्ड|मिनेट|घण्टा|घन्टा|दिन|हप्ता|महिना|वर्ष)\s+(?:अगाडि|अघि|पहिले)$/u, 'ne'], // ३ घण्टा अगाडि (Nepali)
  [new RegExp(String.raw`^пред\s+(?:околу\s+)?(\d+|)\s*${WORD}$`, 'iu'), 'mk'], // пред 3 часа, пред час (Macedonian)
  [new RegExp(String.raw`^fyrir\s+(?:um\s+)?(\d+|)\s*${WORD}$`, 'iu'), 'is'], // fyrir 2 klst., fyrir 3 dögum (Icelandic)
  [/^(\d+)\s*(\p{L}[\p{L}\p{M}\u200d]*)\s*(?:മുമ്പ്|മുൻപ്|മുന്‍പ്)$/u, 'ml'], // 3 മണിക്കൂർ മുമ്പ് (Malayalam: 3 hours ago)
  [/^ከ\s*(\d+)\s*(\p{L}+)\s+በፊት$/u, 'am'], // ከ 2 ሰዓት በፊት (Amharic: 2 hours ago)
  [/^(\d+)\s*(\p{L}[\p{L}\p{M}]*)\s+క్రితం$/u, 'te'], // 3 గంటల క్రితం (Telugu: 3 hours ago)
  // minutsit 12 matuma siorna, nal. akunn. 3 matuma siorna, ulluni 2 matuma siorna (Greenlandic: the unit, its count, "before this")
  [/^(?=(?:minutsit|nal\. akunn\.|nalunaaquttap akunneri|ulluni|sapaatip akunnerini|qaammatini|ukiuni)\s+(\d+)\s)(minutsit|nal\. akunn\.|nalunaaquttap akunneri|ulluni|sapaatip akunnerini|qaammatini|ukiuni)\s+\d+\s+matuma siorna$/iu, 'kl'],
  // nkeji 18 gara aga, awa 3 gara aga, ụbọchị 2 gara aga (Igbo: the unit, its count, "gone by")
  [/^(?=\p{L}+\s+(\d+)\s)(nkeji|sekọnd|awa|elekere|ụbọchị|izu|ọnwa|afọ)\s+\d+\s+gara aga$/iu, 'ig'],
  [/^(\d+)\s+n\s+(\p{L}+)\s+aya$/iu, 'kab'], // 25 n tesdidin aya, 2 n yisragen aya, 3 n wussan aya (Kabyle)
  [/^ohasa\s+(\d+)\s+(\p{L}+(?:['’]i)?)$/iu, 'gn'], // ohasa 25 aravo'i, ohasa 2 aravo, ohasa 2 ára (Guarani)
  [/^(\d+)\s*(\p{L}[\p{L}\p{M}]*)\s+પહેલાં?$/u, 'gu'], // 3 કલાક પહેલા (Gujarati: 3 hours ago)
  [/^(\d+)\s*(\p{L}[\p{L}\p{M}]*?)\s*មុន$/u, 'km'], // ៣ ម៉ោងមុន (Khmer: 3 hours ago, the unit and "before" run together)
  [/^(\d+)\s+((?:долоо\s+)?\p{L}+)\s+өмнө$/iu, 'mn'], // 3 цагийн өмнө (Mongolian: 3 hours ago)
  [/^(\d+)\s*(\p{L}[\p{L}\p{M}]*)\s+ਪਹਿਲਾਂ$/u, 'pa'], // 3 ਘੰਟੇ ਪਹਿਲਾਂ (Punjabi: 3 hours ago)
  [/^(\d+)\s*(\p{L}[\p{L}\p{M}]*)\s+ಹಿಂದೆ$/u, 'kn'], // 3 ಗಂಟೆಗಳ ಹಿಂದೆ (Kannada: 3 hours ago)
  // ၃ နာရီက, ၃ နာရီ အကြာက, လွန်ခဲ့သော ၂၅ မိနစ် က, လွန်ခဲ့သော တစ်ရက် က (Burmese: 3 hours ago, 25 minutes ago, a day ago)
  [/^(?:လွန်ခဲ့သော\s*)?(\d+|တစ်)\s*(\p{L}[\p{L}\p{M}]*?)\s*(?:အကြာ)?\s*က$/u, 'my'],
  [/^(\d+)\s*(\p{L}[\p{L}\p{M}]*?)\s*ກ່ອນ$/u, 'lo'], // ໕ ຊົ່ວໂມງກ່ອນ (Lao: 5 hours ago)
  [/^(?:یو\s+)?(\d+|)\s*(\p{L}+)\s+(?:وړاندې|مخکې)$/u, 'ps'], // ۳ ساعته وړاندې, یو ساعت وړاندې (Pashto: 3 hours ago, an hour ago)
  [/^(\d+)\s+(\p{L}+)\s+пеш$/iu, 'tg'], // 3 соат пеш (Tajik: 3 hours ago)
  [/^(?=hashize\s+\p{L}+\s*(\d*)$)hashize\s+(\p{L}+)\s*\d*$/iu, 'rw'], // hashize amasaha 6, hashize isaha (Kinyarwanda: 6 hours ago, an hour ago)
  [new RegExp(String.raw`^sa\s+gen\s+(?:yon\s+)?(\d+|)\s*${WORD}$`, 'iu'), 'ht'], // sa gen 12 minit, sa gen yon èdtan (Haitian Creole: 12 minutes ago)
  [/^(\d+)\s+(\p{L}+)\s+lasa\s+izay$/iu, 'mg'], // 2 ora lasa izay (Malagasy: 2 hours ago)
  [new RegExp(String.raw`^(?:in\s+|ien\s+)?(\d+|)\s*${WORD}\s+lyn$`, 'iu'), 'fy'], // 45 minuten lyn, in oere lyn (Frisian: 45 minutes ago, an hour ago)
  [new RegExp(String.raw`^(\d+|)\s*${WORD}\s+ua\s+mavae$`, 'iu'), 'sm'], // 1 itula ua mavae (Samoan: an hour ago)
  [/^ቅድሚ\s*(\d+)\s*(\p{L}+)$/u, 'ti'], // ቅድሚ 40 ደቒቕ (Tigrinya: 40 minutes ago)
  [/^(\d+)\s+(\p{L}+)\s+ئىلگىرى$/u, 'ug'], // 3 سائەت ئىلگىرى (Uyghur: 3 hours ago)
  [/^(?=\p{L}+\s+(\d+)\s+eleki$)(\p{L}+)\s+\d+\s+eleki$/iu, 'ln'], // ngonga 3 eleki, miniti 20 eleki (Lingala: 3 hours ago)
  [/^ކުރިން\s+(\d+)\s+([\p{L}\p{M}]+)$/u, 'dv'], // ކުރިން 7 މިނިޓު (Dhivehi: "ago" 7 minutes, as Carbon words it)
  [/^(\d+)\s+([\p{L}\p{M}]+)\s+ކުރިން$/u, 'dv'], // 7 މިނިޓު ކުރިން (7 minutes ago)
  // ३ तासांपूर्वी (Marathi: 3 hours ago), the unit and "before" written as one word
  [/^(\d+)\s*(सेकंदांपूर्वी|मिनिटांपूर्वी|मिनिटापूर्वी|तासांपूर्वी|तासापूर्वी|दिवसांपूर्वी|दिवसापूर्वी|आठवड्यांपूर्वी|आठवड्यापूर्वी|महिन्यांपूर्वी|महिन्यापूर्वी|वर्षांपूर्वी|वर्षापूर्वी)$/u, 'mr'],
  [/^(\d+)\s*(விநாடிகளுக்கு|வினாடிகளுக்கு|நிமிடங்களுக்கு|நிமிடத்திற்கு|நிமிடம்|மணி நேரத்திற்கு|மணிநேரத்திற்கு|மணி நேரம்|நாட்களுக்கு|நாளுக்கு|நாள்|வாரங்களுக்கு|வாரத்திற்கு|மாதங்களுக்கு|மாதத்திற்கு|ஆண்டுகளுக்கு|வருடங்களுக்கு)\s+முன்(?:பு|னர்)?$/u, 'ta'],
];

/**
 * Unit words of the languages whose words mean other units in a language the tables hold (Bulgarian "години" is years,
 * Ukrainian "години" hours), for the patterns marked with the language.
 */
const UNITS_OF: Record<string, Record<string, Unit>> = {
  bg: {
    секунда: 's', секунди: 's', минута: 'min', минути: 'min', час: 'h', часа: 'h', ден: 'd', дни: 'd', дена: 'd',
    седмица: 'w', седмици: 'w', месец: 'mo', месеца: 'mo', година: 'y', години: 'y',
    'сек.': 's', сек: 's', 'мин.': 'min', мин: 'min', 'ч.': 'h', ч: 'h', 'дн.': 'd', 'седм.': 'w', 'мес.': 'mo', 'г.': 'y',
  },
  hr: {
    sekundu: 's', sekunde: 's', sekundi: 's', minutu: 'min', minute: 'min', minuta: 'min', sat: 'h', sata: 'h', sati: 'h',
    dan: 'd', dana: 'd', tjedan: 'w', tjedna: 'w', tjedana: 'w', mjesec: 'mo', mjeseca: 'mo', mjeseci: 'mo', godinu: 'y', godine: 'y', godina: 'y',
  },
  ta: {
    விநாடிகளுக்கு: 's', வினாடிகளுக்கு: 's', நிமிடங்களுக்கு: 'min', நிமிடத்திற்கு: 'min', நிமிடம்: 'min', 'மணி நேரத்திற்கு': 'h',
    மணிநேரத்திற்கு: 'h', 'மணி நேரம்': 'h', நாட்களுக்கு: 'd', நாளுக்கு: 'd', நாள்: 'd', வாரங்களுக்கு: 'w', வாரத்திற்கு: 'w',
    மாதங்களுக்கு: 'mo', மாதத்திற்கு: 'mo', ஆண்டுகளுக்கு: 'y', வருடங்களுக்கு: 'y',
  },
  sl: {
    sekundo: 's', sekundama: 's', sekundami: 's', minuto: 'min', minutama: 'min', minutami: 'min', uro: 'h', urama: 'h', urami: 'h',
    dnem: 'd', dnevoma: 'd', dnevi: 'd', tednom: 'w', tednoma: 'w', tedni: 'w', mesecem: 'mo', mesecema: 'mo', meseci: 'mo',
    letom: 'y', letoma: 'y', leti: 'y',
  },
  lv: {
    sekundes: 's', sekundēm: 's', minūtes: 'min', minūtēm: 'min', 'min.': 'min', stundas: 'h', stundām: 'h', 'st.': 'h', dienas: 'd',
    dienām: 'd', nedēļas: 'w', nedēļām: 'w', mēneša: 'mo', mēnešiem: 'mo', gada: 'y', gadiem: 'y',
  },
  az: { saniyə: 's', dəqiqə: 'min', saat: 'h', gün: 'd', həftə: 'w', ay: 'mo', il: 'y' },
  et: {
    sekund: 's', sekundit: 's', sek: 's', 'sek.': 's', minut: 'min', minutit: 'min', min: 'min', 'min.': 'min', tund: 'h', tundi: 'h',
    päev: 'd', päeva: 'd', nädal: 'w', nädalat: 'w',
    kuu: 'mo', kuud: 'mo', aasta: 'y', aastat: 'y',
  },
  sq: {
    sekonde: 's', sekondash: 's', minute: 'min', minutë: 'min', minutash: 'min', minutave: 'min', ore: 'h', orë: 'h', orësh: 'h',
    orëve: 'h', dite: 'd', ditë: 'd', ditësh: 'd', ditëve: 'd', jave: 'w', javë: 'w', javësh: 'w', javëve: 'w', muaji: 'mo', muaj: 'mo',
    muajsh: 'mo', muajve: 'mo', viti: 'y', vit: 'y', vitesh: 'y', viteve: 'y',
  },
  uz: { soniya: 's', daqiqa: 'min', soat: 'h', kun: 'd', hafta: 'w', oy: 'mo', yil: 'y' },
  ka: { წამის: 's', წუთის: 'min', საათის: 'h', დღის: 'd', კვირის: 'w', თვის: 'mo', წლის: 'y' },
  hy: { վայրկյան: 's', րոպե: 'min', ժամ: 'h', օր: 'd', շաբաթ: 'w', ամիս: 'mo', տարի: 'y' },
  kk: { секунд: 's', минут: 'min', сағат: 'h', күн: 'd', апта: 'w', ай: 'mo', жыл: 'y' },
  ne: { सेकेन्ड: 's', मिनेट: 'min', घण्टा: 'h', घन्टा: 'h', दिन: 'd', हप्ता: 'w', महिना: 'mo', वर्ष: 'y' },
  mr: {
    सेकंदांपूर्वी: 's', मिनिटांपूर्वी: 'min', मिनिटापूर्वी: 'min', तासांपूर्वी: 'h', तासापूर्वी: 'h', दिवसांपूर्वी: 'd', दिवसापूर्वी: 'd',
    आठवड्यांपूर्वी: 'w', आठवड्यापूर्वी: 'w', महिन्यांपूर्वी: 'mo', महिन्यापूर्वी: 'mo', वर्षांपूर्वी: 'y', वर्षापूर्वी: 'y',
  },
  mk: {
    секунда: 's', секунди: 's', минута: 'min', минути: 'min', 'мин.': 'min', мин: 'min', час: 'h', часа: 'h', часови: 'h', ден: 'd',
    дена: 'd', денови: 'd', недела: 'w', недели: 'w', месец: 'mo', месеци: 'mo', месеца: 'mo', година: 'y', години: 'y',
  },
  is: {
    sek: 's', 'sek.': 's', sekúndu: 's', sekúndum: 's', mín: 'min', 'mín.': 'min', mínútu: 'min', mínútum: 'min', klst: 'h', 'klst.': 'h',
    klukkustund: 'h', klukkustundum: 'h', klukkutíma: 'h', klukkutímum: 'h', degi: 'd', dögum: 'd', viku: 'w', vikum: 'w',
    mánuði: 'mo', mánuðum: 'mo', ári: 'y', árum: 'y',
  },
  ml: {
    സെക്കൻഡ്: 's', സെക്കന്റ്: 's', മിനിറ്റ്: 'min', മിനിട്ട്: 'min', മണിക്കൂർ: 'h', 'മണിക്കൂര്\u200d': 'h', ദിവസം: 'd', ദിവസങ്ങൾ: 'd',
    ആഴ്ച: 'w', ആഴ്ചകൾ: 'w', മാസം: 'mo', മാസങ്ങൾ: 'mo', വർഷം: 'y', വർഷങ്ങൾ: 'y',
  },
  te: {
    సెకను: 's', సెకన్ల: 's', నిమిషం: 'min', నిమిషాల: 'min', గంట: 'h', గంటల: 'h', రోజు: 'd', రోజుల: 'd', వారం: 'w', వారాల: 'w',
    నెల: 'mo', నెలల: 'mo', సంవత్సరం: 'y', సంవత్సరాల: 'y',
  },
  gu: {
    સેકન્ડ: 's', મિનિટ: 'min', કલાક: 'h', દિવસ: 'd', અઠવાડિયા: 'w', અઠવાડિયું: 'w', મહિના: 'mo', મહિનો: 'mo', વર્ષ: 'y',
  },
  pa: {
    ਸਕਿੰਟ: 's', ਮਿੰਟ: 'min', ਘੰਟਾ: 'h', ਘੰਟੇ: 'h', ਦਿਨ: 'd', ਹਫ਼ਤਾ: 'w', ਹਫ਼ਤੇ: 'w', ਹਫਤਾ: 'w', ਹਫਤੇ: 'w', ਮਹੀਨਾ: 'mo', ਮਹੀਨੇ: 'mo', ਸਾਲ: 'y',
  },
  kn: {
    ಸೆಕೆಂಡು: 's', ಸೆಕೆಂಡುಗಳ: 's', ನಿಮಿಷ: 'min', ನಿಮಿಷಗಳ: 'min', ಗಂಟೆ: 'h', ಗಂಟೆಗಳ: 'h', ದಿನ: 'd', ದಿನಗಳ: 'd', ವಾರ: 'w', ವಾರಗಳ: 'w',
    ತಿಂಗಳು: 'mo', ತಿಂಗಳ: 'mo', ತಿಂಗಳುಗಳ: 'mo', ವರ್ಷ: 'y', ವರ್ಷಗಳ: 'y',
  },
  my: { စက္ကန့်: 's', မိနစ်: 'min', နာရီ: 'h', ရက်: 'd', ပတ်: 'w', လ: 'mo', နှစ်: 'y' },
  lo: { ວິນາທີ: 's', ນາທີ: 'min', ຊົ່ວໂມງ: 'h', ມື້: 'd', ອາທິດ: 'w', ເດືອນ: 'mo', ປີ: 'y' },
  ps: { ثانیې: 's', ثانیه: 's', دقیقې: 'min', دقیقه: 'min', ساعته: 'h', ساعت: 'h', ورځې: 'd', ورځ: 'd', اونۍ: 'w', اونۍو: 'w', میاشتې: 'mo', میاشت: 'mo', کاله: 'y', کال: 'y' },
  tg: { сония: 's', дақиқа: 'min', соат: 'h', рӯз: 'd', ҳафта: 'w', моҳ: 'mo', сол: 'y' },
  km: { វិនាទី: 's', នាទី: 'min', ម៉ោង: 'h', ថ្ងៃ: 'd', សប្តាហ៍: 'w', អាទិត្យ: 'w', ខែ: 'mo', ឆ្នាំ: 'y' },
  mn: {
    секундын: 's', минутын: 'min', цагийн: 'h', өдрийн: 'd', хоногийн: 'd', 'долоо хоногийн': 'w', сарын: 'mo', жилийн: 'y',
  },
  am: { ሰከንድ: 's', ደቂቃ: 'min', ሰዓት: 'h', ሰአት: 'h', ቀን: 'd', ቀናት: 'd', ሳምንት: 'w', ሳምንታት: 'w', ወር: 'mo', ወራት: 'mo', ዓመት: 'y', አመት: 'y', ዓመታት: 'y' },
  af: {
    sekonde: 's', sekondes: 's', minuut: 'min', minute: 'min', uur: 'h', ure: 'h', dag: 'd', dae: 'd', week: 'w', weke: 'w',
    maand: 'mo', maande: 'mo', jaar: 'y', jare: 'y',
  },
  cy: {
    eiliad: 's', eiliadau: 's', munud: 'min', funud: 'min', munudau: 'min', awr: 'h', oriau: 'h', diwrnod: 'd', ddiwrnod: 'd',
    niwrnod: 'd', diwrnodau: 'd', wythnos: 'w', wythnosau: 'w', mis: 'mo', fis: 'mo', misoedd: 'mo', blwyddyn: 'y', flwyddyn: 'y',
    blynedd: 'y', mlynedd: 'y', flynedd: 'y',
  },
  be: {
    секунду: 's', секунды: 's', секунд: 's', хвіліну: 'min', хвіліны: 'min', хвілін: 'min', гадзіну: 'h', гадзіны: 'h', гадзін: 'h',
    дзень: 'd', дні: 'd', дзён: 'd', тыдзень: 'w', тыдні: 'w', тыдняў: 'w', месяц: 'mo', месяцы: 'mo', месяцаў: 'mo', год: 'y', гады: 'y', гадоў: 'y',
  },
  fo: {
    sekund: 's', sekundum: 's', minutt: 'min', minuttum: 'min', tíma: 'h', tímum: 'h', degi: 'd', døgum: 'd', døgnum: 'd', viku: 'w', vikum: 'w',
    mánaða: 'mo', mánaðum: 'mo', mánað: 'mo', ári: 'y', árum: 'y',
  },
  mt: {
    sekonda: 's', sekondi: 's', minuta: 'min', minuti: 'min', siegħa: 'h', siegħat: 'h', sigħat: 'h', sagħtejn: 'h', jum: 'd', ijiem: 'd', jumejn: 'd',
    ġimgħa: 'w', ġimgħat: 'w', ġimagħtejn: 'w', xahar: 'mo', xhur: 'mo', xahrejn: 'mo', sena: 'y', snin: 'y', sentejn: 'y',
  },
  yo: { ìṣẹ́jú: 'min', wákàtí: 'h', ọjọ́: 'd', ọ̀sẹ̀: 'w', oṣù: 'mo', ọdún: 'y' },
  ha: { sakan: 's', minti: 'min', awa: 'h', "sa'a": 'h', kwana: 'd' },
  or: { ସେକେଣ୍ଡ: 's', ମିନିଟ: 'min', ଘଣ୍ଟା: 'h', ଦିନ: 'd', ସପ୍ତାହ: 'w', ମାସ: 'mo', ବର୍ଷ: 'y' },
  zu: {
    umzuzwana: 's', imizuzwana: 's', umzuzu: 'min', imizuzu: 'min', ihora: 'h', amahora: 'h', usuku: 'd', izinsuku: 'd', iviki: 'w',
    amaviki: 'w', isonto: 'w', amasonto: 'w', inyanga: 'mo', izinyanga: 'mo', unyaka: 'y', iminyaka: 'y',
  },
  kl: {
    minutsit: 'min', 'nal. akunn.': 'h', 'nalunaaquttap akunneri': 'h', ulluni: 'd', 'sapaatip akunnerini': 'w', qaammatini: 'mo', ukiuni: 'y',
  },
  kab: {
    tasint: 's', tisinin: 's', tesdidin: 'min', tisdidin: 'min', tesdidt: 'min', tesdatin: 'min', yisragen: 'h', isragen: 'h', usrag: 'h', wussan: 'd',
    ussan: 'd', wass: 'd', yimalasen: 'w', imalasen: 'w', wagguren: 'mo', agguren: 'mo', yiseggasen: 'y', iseggasen: 'y', useggas: 'y',
  },
  ig: { sekọnd: 's', nkeji: 'min', awa: 'h', elekere: 'h', ụbọchị: 'd', izu: 'w', ọnwa: 'mo', afọ: 'y' },
  gn: { "aravo'i": 'min', 'aravo’i': 'min', aravo: 'h', ára: 'd', arapokõindy: 'w', jasy: 'mo', ary: 'y' },
  so: {
    ilbiriqsi: 's', daqiiqo: 'min', daqiiqadood: 'min', saac: 'h', saacad: 'h', saacadood: 'h', maalin: 'd', maalmood: 'd',
    toddobaad: 'w', toddobaadyo: 'w', bil: 'mo', bilood: 'mo', sanad: 'y', sano: 'y', sanadood: 'y',
  },
  ckb: {
    چرکە: 's', خولەک: 'min', دەقیقە: 'min', کاتژمێر: 'h', سەعات: 'h', ڕۆژ: 'd', رۆژ: 'd', هەفتە: 'w', حەفتە: 'w', مانگ: 'mo', ساڵ: 'y',
  },
  lb: {
    sekonn: 's', sekonnen: 's', minutt: 'min', minutten: 'min', stonn: 'h', stonnen: 'h', dag: 'd', deeg: 'd', woch: 'w', wochen: 'w',
    mount: 'mo', méint: 'mo', joer: 'y', joren: 'y',
  },
  ky: { секунд: 's', мүнөт: 'min', саат: 'h', күн: 'd', жума: 'w', апта: 'w', ай: 'mo', жыл: 'y' },
  sd: {
    سيڪنڊ: 's', سيڪنڊن: 's', منٽ: 'min', منٽن: 'min', ڪلاڪ: 'h', ڪلاڪن: 'h', ڏينهن: 'd', هفتو: 'w', هفتا: 'w', هفتن: 'w',
    مهينو: 'mo', مهينا: 'mo', مهينن: 'mo', سال: 'y', سالن: 'y',
  },
  eu: {
    segundo: 's', segundu: 's', minutu: 'min', 'min.': 'min', min: 'min', ordu: 'h', ordubete: 'h', egun: 'd', aste: 'w', astebete: 'w',
    hilabete: 'mo', hil: 'mo', urte: 'y', urtebete: 'y',
  },
  rw: {
    isegonda: 's', amasegonda: 's', umunota: 'min', iminota: 'min', isaha: 'h', amasaha: 'h', umunsi: 'd', iminsi: 'd',
    icyumweru: 'w', ibyumweru: 'w', ukwezi: 'mo', amezi: 'mo', umwaka: 'y', imyaka: 'y',
    // Kirundi, read by the same pattern ("hashize imisi 2", "hashize indwi 1")
    umusi: 'd', imisi: 'd', indwi: 'w', amayinga: 'mo',
  },
  ht: { segonn: 's', minit: 'min', èdtan: 'h', lè: 'h', jou: 'd', semèn: 'w', mwa: 'mo', ane: 'y', lane: 'y', an: 'y' },
  mg: { segondra: 's', minitra: 'min', ora: 'h', andro: 'd', herinandro: 'w', volana: 'mo', taona: 'y' },
  ga: {
    soicind: 's', shoicind: 's', nóiméad: 'min', nóiméid: 'min', 'uair an chloig': 'h', 'huaire an chloig': 'h',
    'n-uaire an chloig': 'h', uair: 'h', huaire: 'h', lá: 'd', lae: 'd', seachtain: 'w', seachtaine: 'w', mí: 'mo', mhí: 'mo',
    míonna: 'mo', bliain: 'y', bliana: 'y', mbliana: 'y',
  },
  gd: {
    diog: 's', diogan: 's', mionaid: 'min', mionaidean: 'min', uair: 'h', uairean: 'h', latha: 'd', làithean: 'd', là: 'd',
    seachdain: 'w', seachdainean: 'w', mìos: 'mo', mìosan: 'mo', bliadhna: 'y', bliadhnaichean: 'y',
  },
  ba: { секунд: 's', минут: 'min', сәғәт: 'h', көн: 'd', аҙна: 'w', ай: 'mo', йыл: 'y' },
  cv: { ҫеккунт: 's', секунд: 's', минут: 'min', сехет: 'h', кун: 'd', эрне: 'w', уйӑх: 'mo', ҫул: 'y' },
  os: { секунды: 's', минуты: 'min', сахаты: 'h', боны: 'd', къуырийы: 'w', мӕйы: 'mo', азы: 'y' },
  sah: { сөкүүндэ: 's', мүнүүтэ: 'min', чаас: 'h', күн: 'd', нэдиэлэ: 'w', ый: 'mo', сыл: 'y' },
  st: {
    motsotsoana: 's', metsotsoana: 's', motsotso: 'min', metsotso: 'min', hora: 'h', lihora: 'h', letsatsi: 'd', matsatsi: 'd',
    beke: 'w', libeke: 'w', khoeli: 'mo', likhoeli: 'mo', selemo: 'y', lilemo: 'y',
  },
  tn: {
    motsotswana: 's', metsotswana: 's', motsotso: 'min', metsotso: 'min', ura: 'h', diura: 'h', letsatsi: 'd', malatsi: 'd',
    beke: 'w', dibeke: 'w', kgwedi: 'mo', dikgwedi: 'mo', ngwaga: 'y', dingwaga: 'y',
  },
  dz: { 'སྐར་ཆ': 's', 'སྐར་མ': 'min', 'ཆུ་ཚོད': 'h', 'ཉིནམ': 'd', 'ཉིན': 'd', 'བདུན་ཕྲག': 'w', 'ཟླ་ཝ': 'mo', 'ལོ': 'y' },
  ay: { sikundu: 's', minutu: 'min', ura: 'h', uru: 'd', simana: 'w', phaxsi: 'mo', mara: 'y' },
  bm: { sanga: 's', miniti: 'min', lɛrɛ: 'h', tile: 'd', dɔgɔkun: 'w', kalo: 'mo', san: 'y' },
  ty: { tetoni: 's', minuti: 'min', hora: 'h', mahana: 'd', hepetoma: 'w', "'āva'e": 'mo', matahiti: 'y' },
  ki: {
    sekondi: 's', ndagika: 'min', mundu: 'min', thaa: 'h', mathaa: 'h', ithaa: 'h', mũthenya: 'd', mĩthenya: 'd', kiumia: 'w', ciumia: 'w',
    mweri: 'mo', mĩeri: 'mo', mwaka: 'y', mĩaka: 'y',
  },
  ee: { sekend: 's', aɖabaƒoƒo: 'min', gaƒoƒo: 'h', ŋkeke: 'd', kwasiɖa: 'w', ɣleti: 'mo', ƒe: 'y' },
  se: {
    sekundda: 's', minuhtta: 'min', minuhta: 'min', diibmu: 'h', diimmu: 'h', beaivi: 'd', beaivvi: 'd', vahkku: 'w', vahku: 'w',
    mánnu: 'mo', mánu: 'mo', jahki: 'y', jagi: 'y',
  },
  fj: { sekodi: 's', miniti: 'min', aua: 'h', siga: 'd', macawa: 'w', vula: 'mo', yabaki: 'y' },
  ny: {
    masekondi: 's', mphindi: 'min', ola: 'h', maola: 'h', tsiku: 'd', masiku: 'd', sabata: 'w', masabata: 'w', mwezi: 'mo', miyezi: 'mo',
    chaka: 'y', zaka: 'y',
  },
  bi: { sekon: 's', minit: 'min', aoa: 'h', dei: 'd', wik: 'w', manis: 'mo', yia: 'y' },
  lg: { obutikitiki: 's', eddakiika: 'min', essaawa: 'h', olunaku: 'd', ennaku: 'd', wiiki: 'w', omwezi: 'mo', emyezi: 'mo', omwaka: 'y', emyaka: 'y' },
  xh: {
    umzuzwana: 's', imizuzwana: 's', umzuzu: 'min', imizuzu: 'min', iyure: 'h', iiyure: 'h', usuku: 'd', iintsuku: 'd', iveki: 'w',
    iiveki: 'w', inyanga: 'mo', iinyanga: 'mo', unyaka: 'y', iminyaka: 'y',
  },
  ak: { simma: 'min', dɔnhwerew: 'h', da: 'd', nnafua: 'd', nnawɔtwe: 'w', bosome: 'mo', abosome: 'mo', afe: 'y', mfe: 'y' },
  to: { sekoni: 's', miniti: 'min', houa: 'h', ʻaho: 'd', aho: 'd', uike: 'w', māhina: 'mo', mahina: 'mo', taʻu: 'y', "ta'u": 'y' },
  haw: { kekona: 's', minuke: 'min', hola: 'h', lā: 'd', la: 'd', pule: 'w', mahina: 'mo', makahiki: 'y' },
  sc: { segundu: 's', segundos: 's', minutu: 'min', minutos: 'min', ora: 'h', oras: 'h', die: 'd', dies: 'd', chida: 'w', chidas: 'w', mese: 'mo', meses: 'mo', annu: 'y', annos: 'y' },
  qu: { sikundu: 's', minutu: 'min', hora: 'h', "p'unchaw": 'd', punchaw: 'd', simana: 'w', killa: 'mo', wata: 'y' },
  wa: { segonde: 's', segondes: 's', munute: 'min', munutes: 'min', eure: 'h', eures: 'h', djoû: 'd', djoûs: 'd', djou: 'd', djous: 'd', samwinne: 'w', samwinnes: 'w', moes: 'mo', an: 'y', ans: 'y' },
  crh: { saniye: 's', daqqa: 'min', daqiqa: 'min', saat: 'h', kün: 'd', afta: 'w', hafta: 'w', ay: 'mo', yıl: 'y', sene: 'y' },
  kw: { eylen: 's', eylennow: 's', mynysen: 'min', mynysennow: 'min', eur: 'h', euryow: 'h', dydh: 'd', dydhyow: 'd', seythun: 'w', seythunyow: 'w', mis: 'mo', misyow: 'mo', blydhen: 'y', blydhynyow: 'y' },
  nr: {
    umzuzwana: 's', imizuzwana: 's', umzuzu: 'min', imizuzu: 'min', ihora: 'h', amahora: 'h', ilanga: 'd', amalanga: 'd', iveke: 'w', amaveke: 'w', umveke: 'w', iimveke: 'w',
    inyanga: 'mo', iinyanga: 'mo', umnyaka: 'y', iminyaka: 'y',
  },
  ts: {
    xisekoni: 's', tisekoni: 's', minete: 'min', timinete: 'min', awara: 'h', tiawara: 'h', siku: 'd', masiku: 'd', vhiki: 'w', mavhiki: 'w',
    "n'hweti": 'mo', 'n’hweti': 'mo', "tin'hweti": 'mo', 'tin’hweti': 'mo', lembe: 'y', malembe: 'y',
  },
  rm: { secunda: 's', secundas: 's', minuta: 'min', minutas: 'min', ura: 'h', uras: 'h', di: 'd', dis: 'd', emna: 'w', emnas: 'w', mais: 'mo', onn: 'y', onns: 'y' },
  oc: { segonda: 's', segondas: 's', minuta: 'min', minutas: 'min', ora: 'h', oras: 'h', jorn: 'd', jorns: 'd', setmana: 'w', setmanas: 'w', mes: 'mo', meses: 'mo', an: 'y', ans: 'y' },
  co: { secondu: 's', seconde: 's', minutu: 'min', minuti: 'min', ora: 'h', ore: 'h', ghjornu: 'd', ghjorni: 'd', simana: 'w', simane: 'w', mese: 'mo', mesi: 'mo', annu: 'y', anni: 'y' },
  kmr: {
    çirkeyan: 's', deqe: 'min', deqeyan: 'min', deqeyekê: 'min', demjimêr: 'h', demjimêran: 'h', demjimêrekê: 'h', saet: 'h', saetan: 'h', saetekê: 'h',
    roj: 'd', rojan: 'd', rojekê: 'd', hefte: 'w', hefteyan: 'w', hefteyekê: 'w', meh: 'mo', mehan: 'mo', mehekê: 'mo', sal: 'y', salan: 'y', salekê: 'y',
  },
  jv: { detik: 's', menit: 'min', jam: 'h', dina: 'd', minggu: 'w', sasi: 'mo', wulan: 'mo', taun: 'y' },
  yi: { סעקונדע: 's', סעקונדעס: 's', מינוט: 'min', מינוטן: 'min', שעה: 'h', שעות: 'h', טאג: 'd', טעג: 'd', וואך: 'w', וואכן: 'w', חודש: 'mo', חדשים: 'mo', יאר: 'y' },
  sn: {
    sekondi: 's', masekondi: 's', minitsi: 'min', maminitsi: 'min', awa: 'h', maawa: 'h', zuva: 'd', mazuva: 'd',
    vhiki: 'w', mavhiki: 'w', mwedzi: 'mo', gore: 'y', makore: 'y',
  },
  wo: { simili: 's', minit: 'min', waxtu: 'h', fan: 'd', ayubés: 'w', weer: 'mo', at: 'y' },
  de: { 't.': 'd', tg: 'd', 'tg.': 'd' },
  ug: { سېكۇنت: 's', مىنۇت: 'min', سائەت: 'h', كۈن: 'd', ھەپتە: 'w', ئاي: 'mo', يىل: 'y' },
  ln: { sekondi: 's', miniti: 'min', ngonga: 'h', mokolo: 'd', mikolo: 'd', poso: 'w', sanza: 'mo', basanza: 'mo', mbula: 'y', mibu: 'y' },
  fy: {
    sekonde: 's', sekonden: 's', minút: 'min', minuut: 'min', minuten: 'min', oere: 'h', oeren: 'h', dei: 'd', dagen: 'd', wike: 'w',
    wiken: 'w', moanne: 'mo', moannen: 'mo', jier: 'y', jierren: 'y',
  },
  sm: { sekone: 's', minute: 'min', itula: 'h', aso: 'd', vaiaso: 'w', masina: 'mo', tausaga: 'y' },
  ti: { ካልኢት: 's', ካልኢታት: 's', ደቒቕ: 'min', ደቓይቕ: 'min', ሰዓት: 'h', ሰዓታት: 'h', መዓልቲ: 'd', መዓልታት: 'd', ሰሙን: 'w', ሰሙናት: 'w', ወርሒ: 'mo', ኣዋርሕ: 'mo', ዓመት: 'y', ዓመታት: 'y' },
  dv: { ސިކުންތު: 's', މިނިޓު: 'min', މިނެޓު: 'min', ގަޑިއިރު: 'h', ދުވަސް: 'd', ހަފްތާ: 'w', މަސް: 'mo', މަސްދުވަސް: 'mo', އަހަރު: 'y' },
  ss: {
    imizuzwana: 's', umzuzu: 'min', imizuzu: 'min', lihora: 'h', emahora: 'h', lilanga: 'd', emalanga: 'd', liviki: 'w', emaviki: 'w',
    inyanga: 'mo', tinyanga: 'mo', umnyaka: 'y', iminyaka: 'y',
  },
  inh: { секунд: 's', минот: 'min', минут: 'min', сахьт: 'h', ди: 'd', кӀира: 'w', кӏира: 'w', кIира: 'w', бутт: 'mo', шу: 'y' },
  av: { секунд: 's', минут: 'min', сагӀат: 'h', сагӏат: 'h', сагIат: 'h', сагlат: 'h', къо: 'd', анкь: 'w', моцӀ: 'mo', моцӏ: 'mo', моцI: 'mo', сон: 'y' },
  udm: { секунд: 's', минут: 'min', час: 'h', нунал: 'd', арня: 'w', толэзь: 'mo', ар: 'y' },
  lad: { sigundo: 's', sigundos: 's', minuto: 'min', minutos: 'min', ora: 'h', oras: 'h', dia: 'd', dias: 'd', semana: 'w', semanas: 'w', mez: 'mo', mezes: 'mo', anyo: 'y', anyos: 'y' },
  lez: { секунд: 's', декьикь: 'min', минут: 'min', сят: 'h', югъ: 'd', гьафте: 'w', варз: 'mo', йис: 'y' },
  tyv: { секунд: 's', минут: 'min', шак: 'h', хонук: 'd', неделя: 'w', ай: 'mo', чыл: 'y' },
  za: { miux: 's', faencung: 'min', cungdaeuz: 'h', diemjcung: 'h', ngoenz: 'd', singhgiz: 'w', ndwen: 'mo', bi: 'y' },
  krc: { секунд: 's', минут: 'min', сагъат: 'h', кюн: 'd', ыйыкъ: 'w', ай: 'mo', ый: 'mo', жыл: 'y' },
  kv: { секунд: 's', минут: 'min', час: 'h', лун: 'd', вежон: 'w', тӧлысь: 'mo', во: 'y' },
  ady: { секунд: 's', такъикъ: 'min', сыхьат: 'h', мафэ: 'd', мэфэ: 'd', тхьэмафэ: 'w', мазэ: 'mo', илъэс: 'y' },
  ab: { секунд: 's', минуҭ: 'min', сааҭ: 'h', мшы: 'd', мш: 'd', мчыбжь: 'w', мза: 'mo', мыз: 'mo', шықәса: 'y' },
  rue: {
    секундов: 's', секундами: 's', мінутов: 'min', мінуту: 'min', мінутами: 'min', годинов: 'h', годину: 'h', годинами: 'h',
    дньом: 'd', днём: 'd', днями: 'd', тыжднём: 'w', тыжньом: 'w', тыжднями: 'w', тыжнями: 'w', місяцём: 'mo', місяцями: 'mo',
    роком: 'y', роками: 'y',
  },
  an: {
    segundo: 's', segundos: 's', minuto: 'min', minutos: 'min', hora: 'h', horas: 'h', día: 'd', días: 'd', dia: 'd', dias: 'd',
    semana: 'w', semanas: 'w', mes: 'mo', meses: 'mo', anyo: 'y', anyos: 'y', año: 'y', años: 'y',
  },
  ca: {
    segon: 's', segons: 's', minut: 'min', minuts: 'min', hora: 'h', hores: 'h', dia: 'd', dies: 'd', setmana: 'w', setmanes: 'w',
    mes: 'mo', mesos: 'mo', any: 'y', anys: 'y',
  },
};

/**
 * Swahili names the unit before its count: "saa 3 zilizopita" (3 hours ago), "dakika 20 zilizopita"; Hausa too ("awa 3
 * da suka wuce", "awa 1 da ta wuce", the plural "awanni 3"), and Sinhala, its count with a suffix: "පැය 3කට පෙර" (3 hours ago).
 */
const UNIT_FIRST =
  /^(sekunde|dakika|saa|siku|wiki|mwezi|miezi|mwaka|miaka)\s+(\d+)\s+(?:zilizopita|iliyopita|uliopita|yaliyopita)$|^(තත්පර|මිනිත්තු|විනාඩි|පැය|දින|සති|මාස|අවුරුදු|වසර|minti|mintuna|awa|awanni|sa'a|sa'o'i|kwana|kwanaki|mako|makonni|wata|watanni|shekara|shekaru)\s*(\d+)\s*(?:කට|ක)?\s*(?:පෙර|da\s+(?:suka|ta|ya)\s+wuce)$/iu;

/**
 * Unit words that the unit tables do not hold, by unit: Venetian, Emilian, Ligurian, Lombard, Hungarian, Thai, Persian,
 * Bengali, Romanian, Urdu, Serbian, Swahili, Filipino and Lithuanian.
 */
const OTHER_UNITS: Record<string, Unit> = {
  zorni: 'd', zorno: 'd', setimane: 'w', setimana: 'w', ôr: 'h', ôra: 'h', minûd: 'min', minud: 'min', dè: 'd', stmèn: 'w',
  menûti: 'min', menuti: 'min', menûto: 'min', menuto: 'min', oe: 'h', ôe: 'h', oa: 'h', ôa: 'h', or: 'h', dì: 'd',
  másodperce: 's', perce: 'min', órája: 'h', napja: 'd', hete: 'w', hónapja: 'mo', éve: 'y',
  วินาที: 's', นาที: 'min', ชั่วโมง: 'h', 'ชม.': 'h', วัน: 'd', สัปดาห์: 'w', อาทิตย์: 'w', เดือน: 'mo', ปี: 'y',
  ثانیه: 's', دقیقه: 'min', ساعت: 'h', روز: 'd', هفته: 'w', ماه: 'mo', سال: 'y',
  সেকেন্ড: 's', মিনিট: 'min', ঘণ্টা: 'h', দিন: 'd', সপ্তাহ: 'w', মাস: 'mo', বছর: 'y',
  سیکنڈ: 's', منٹ: 'min', گھنٹے: 'h', گھنٹہ: 'h', دن: 'd', ہفتے: 'w', ہفتہ: 'w', مہینے: 'mo', مہینہ: 'mo',
  минут: 'min', минута: 'min', минуте: 'min', сат: 'h', сата: 'h', сати: 'h', дан: 'd', дана: 'd', недеља: 'w', недеље: 'w',
  месец: 'mo', месеца: 'mo', месеци: 'mo', година: 'y', године: 'y', minuta: 'min', minute: 'min', sat: 'h', sata: 'h', sati: 'h',
  dan: 'd', dana: 'd', nedelja: 'w', nedelje: 'w', mesec: 'mo', meseca: 'mo', meseci: 'mo', godina: 'y', godine: 'y',
  sekunde: 's', dakika: 'min', saa: 'h', siku: 'd', wiki: 'w', mwezi: 'mo', miezi: 'mo', mwaka: 'y', miaka: 'y',
  තත්පර: 's', මිනිත්තු: 'min', විනාඩි: 'min', පැය: 'h', දින: 'd', සති: 'w', මාස: 'mo', අවුරුදු: 'y', වසර: 'y',
  minti: 'min', mintuna: 'min', awa: 'h', awanni: 'h', "sa'a": 'h', "sa'o'i": 'h', kwana: 'd', kwanaki: 'd', mako: 'w', makonni: 'w', wata: 'mo', watanni: 'mo', shekara: 'y', shekaru: 'y',
  oras: 'h', araw: 'd', linggo: 'w', buwan: 'mo', taon: 'y',
  'min.': 'min', 'val.': 'h', val: 'h', valandą: 'h', valandas: 'h', valandų: 'h', 'd.': 'd', dieną: 'd', dienas: 'd', dienų: 'd',
  'sav.': 'w', savaitę: 'w', savaites: 'w', savaičių: 'w', 'mėn.': 'mo', mėnesį: 'mo', mėnesius: 'mo', mėnesių: 'mo',
  secundă: 's', secunde: 's', oră: 'h', zi: 'd', zile: 'd', săptămână: 'w', săptămâni: 'w', lună: 'mo', luni: 'mo', ani: 'y',
};

/** Hebrew unit words by unit, and its duals ("שעתיים", two hours). */
const HEBREW_UNITS: Record<string, Unit> = {
  שניות: 's', דקה: 'min', דקות: 'min', שעה: 'h', שעות: 'h', יום: 'd', ימים: 'd', שבוע: 'w', שבועות: 'w', חודש: 'mo', חודשים: 'mo', שנה: 'y', שנים: 'y',
  שעתיים: 'h', יומיים: 'd', שבועיים: 'w', חודשיים: 'mo', שנתיים: 'y',
};
const DUALS = new Set(['שעתיים', 'יומיים', 'שבועיים', 'חודשיים', 'שנתיים', 'sagħtejn', 'jumejn', 'ġimagħtejn', 'xahrejn', 'sentejn']);

/** Hindi unit words (their vowel signs are marks, which the unit tables' words do not take) by unit. */
const HINDI_UNITS: Record<string, Unit> = {
  सेकंड: 's', मिनट: 'min', घंटे: 'h', घंटा: 'h', दिन: 'd', सप्ताह: 'w', हफ़्ते: 'w', हफ्ते: 'w', महीने: 'mo', महीना: 'mo', साल: 'y', वर्ष: 'y',
};

/** Arabic duals ("ساعتين", two hours) by their singular: the dual's count is two. */
const ARABIC_DUALS: Record<string, string> = {
  ساعتين: 'ساعة', دقيقتين: 'دقيقة', يومين: 'يوم', أسبوعين: 'أسبوع', شهرين: 'شهر', سنتين: 'سنة', عامين: 'عام',
};

/** A word every relative pattern needs (or the compact "5h" shape): the patterns are tried only when one is there. */
const RELATIVE_HINT = /ago$| gonq$| lendlulile$| цебе$| хьалха$| азьло$|^faghet\s|^antes de\s| мурнунда$| вилик$| раԥхьа$| мындан алда$| сайын$| пэк[ӀӏIl1]э$|bifo$| nayraqata$|ཧེ་མ་?$| bɔ$| ma['ʻ’]iri$|ciathira$|thir[ĩi]te$|si va yi$| áigi$|fetileng$|sa oti$|zapitazo$|eziyise$|ынараа өттүгэр$|eyadlulayo$|a atwam$|каялла$|размӕ$|kuo[ʻ']osi$|i hala$|fa$|ئىلگىرى$|eleki$|আগত$|^ቅድሚ| lyn$|ua mavae$|^hashize\s|^sa\s+gen\s|lasa\s+izay$|^ކުރިން\s|ކުރިން$|(?:perce|órája|napja|hete|hónapja|éve|ที่แล้ว|ก่อน|پیش|قبل|پہلے|আগে)$|^acum\s|^avant\s|^(?:i\s+)?gn[' ]?a\s|^nans\s+yw\s|hundzeke$|dlulileko$|atr[áa]s$|geleden$|gelede$|yn ôl$|sidan$|таму$|ka\s?hor$|لەمەوبەر$|мурун$|اڳ$|ପୂର୍ବରୁ$|dlule$|ilu$|sẹ́yìn$|síðani$|^(?:awa|minti|sakan|kwana)\s+\d+$|matuma siorna$| aya$|^ohasa\s|gara aga$| evel$|t[ey]mu$|önce$|назад$|前$|전$|sedan$|siden$|sitten$|lalu$|lepas$|trước$|पहले$|पहिने$|тому$|πριν$|^(?:vor|il y a|hace|h[áa]|منذ|p[řrś]ed|πριν|לפני|пре|pre|prieš|преди|prije|fa|pirms|para|пред|перед|fyrir|duela|hai|پێش|virun)\s|മുമ്പ്$|മുൻപ്$|മുന്‍പ്$|በፊት$|క్రితం$|પહેલાં?$|មុន$|өмнө$|ਪਹਿਲਾਂ$|ಹಿಂದೆ$|က$|පෙර$|ກ່ອນ$|وړاندې$|مخکې$|пеш$|wuce$|zilizopita$|iliyopita$|nakalipas$|முன்(?:பு|னர்)?$|tagasi$|oldin$|əvvəl$|पूर्वी$|წინ$|առաջ$|бұрын$|अगाडि$|अघि$|पहिले$|ó shin$|^o chionn\s| fà$|^berî\s|^i a\s| элек$| faghet$| ñawpaqta$|kepungkur$|^פאר\s|apfuura$|^am na\s|^\d+\s*(?:[a-z]{1,3}\.?|tage|分|時間|分[钟鐘]|小[时時]|天)$/iu;

const NOW_WORDS =
  /^(?:just now|sweswinyana|sikawa|orain|oraintxe|just nüüd|tani|hozirgina|hozir|току-що|upravo|ara mateix|fa un moment|indicə|pravkar|tikko|ახლახან|հենց նոր|жаңа ғана|भर्खरै|अभी[- ]अभी|अभी|ابھی ابھی|এইমাত্র|आत्ताच|now|moments? ago|a moment ago|a few seconds ago|gerade eben|soeben|jetzt|à l'instant|ahora(?: mismo)?|adesso|poco fa|agora(?: mesmo)?|zojuist|przed chwilą|ką tik|az önce|только что|たった今|今|刚刚|剛剛|방금(?: 전)?)$/iu;
const YESTERDAY_WORDS = /^(?:yesterday|дыгъуасэ|селхан|сон|jeri|дүүн|ngoenzlwenz|тюнене|тӧрыт|тыгъуас[эе]|толон|ier|иацы|ahiere|wczorej|îr|inne|tolo|maabane|masüru|ཁ་ཙ་|ཁ་ཙ|kunu|ira|etsɔ|ikte|maobane|dzulo|nanoa|nezuro|inné|an-dè|an dè|duh|eri|ièr|кисә|ӗнер|nehinei|знон|ɛnnora|бэҕэһээ|jjo|ʻaneafi|aneafi|eris|juster|qayna p'unchaw|wingi|démb|נעכטן|ippassaq|iḍelli|kuehe|кичә|juster|dec'h|dec’h|ananafi|ejo hashize|yè|omaly|inanahi|އިއްޔެ|í gjár|àná|ilbieraħ|düýn|ଗତକାଲି|izolo|gëschter|кечээ|ڪالهه|atzo|gister|ddoe|onte|учора|shalay|دوێنێ|ມື້ວານນີ້|ມື້ວານ|پرون|дирӯз|jiya|ਕੱਲ੍ਹ|ನಿನ್ನೆ|မနေ့က|ඊයේ|నిన్న|ગઈકાલે|ម្សិលមិញ|өчигдөр|ഇന്നലെ|ትናንት|ትላንት|í gær|jučer|ahir|நேற்று|dünən|včeraj|काल|कल|eile|dje|kecha|გუშინ|երեկ|кеше|हिजो|vakar|semalam|kahapon|jana|کل|јуче|juče|গতকাল|tegnap|เมื่อวาน(?:นี้)?|دیروز|gestern|hier|ayer|ieri|ontem|gisteren|wczoraj|dün|вчера|včera|igår|i går|kemarin|hôm qua|вчора|χθες|אתמול|أمس|eilen|昨日|昨天|어제)$/iu;
const TODAY_WORDS = /^(?:нобэ|тахан|бөгүн|туннэ|today|vuê|rainin|namuntlha|gompieno|egbe|odne|kajeno|lero|nikua|паян|абон|ɛnnɛ|leero|i kēia lā|an-diugh|an diugh|inniu|îro|oghje|uèi|бөгөн|бүген|hjoed|hiziv|aso nei|uyu munsi|jodi a|androany|i tēnei rā|i tenei ra|މިއަދު|illum|şu gün|ଆଜି|namhlanje|бүгүн|اڄ|gaur|vandag|heddiw|hoxe|сёння|maanta|ئەمڕۆ|ມື້ນີ້|نن|имрӯз|yau|ਅੱਜ|ಇಂದು|ယနေ့|අද|ఈరోజు|నేడు|આજે|ថ្ងៃនេះ|өнөөдөр|ഇന്ന്|ዛሬ|í dag|денес|днес|avui|இன்று|šodien|bu gün|danes|täna|sot|bugun|დღეს|այսօր|бүгін|šiandien|آج|данас|danas|আজ|azi|astăzi|วันนี้|امروز|heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś|bugün|сегодня|dnes|idag|i dag|hari ini|hôm nay|आज|сьогодні|σήμερα|היום|tänään|今日|今天|오늘)$/iu;

/** A day's word alone: "today", "yesterday" ("Dnes", "Heute", "Ayer"…), which a box's tabs may be named too. */
export function isDayWord(text: string): boolean {
  const t = text.trim();
  return TODAY_WORDS.test(t) || YESTERDAY_WORDS.test(t);
}

/** The day before yesterday, alone: "vorgestern", "avant-hier", "anteayer", "שלשום", "一昨日", "그저께"… */
const DAY_BEFORE_YESTERDAY_WORDS =
  /^(?:the day before yesterday|l['’]altrer|pêr|herenegun|vorgestern|avant-hier|anteayer|antes de ayer|anteontem|altroieri|l'altro ieri|l’altro ieri|eergisteren|przedwczoraj|позавчера|позавчора|předevčírem|predvčerom|tegnapelőtt|i förrgår|i forgårs|forgårs|toissapäivänä|toissa päivänä|prekjučer|prekjuče|прекјуче|alaltăieri|abans-d'ahir|abans d'ahir|προχθές|προχτές|שלשום|أول أمس|一昨日|おととい|前天|그저께|그제)$/iu;

function unitOf(word: string): Unit | null {
  // Abbreviations end in a dot ("vor 5 Std.", "2 hrs. ago"); the unit tables list them without it.
  const bare = word.replace(/\.$/, '');
  for (const [re, unit] of UNIT_WORDS) if (re.test(bare)) return unit;
  return null;
}

function numberOf(word: string): number | null {
  // "2½", "1.5", "1,5": fractions of a unit.
  const m = /^(\d*)(?:[.,](\d+))?(½)?$/.exec(word);
  if (m && (m[1] || m[2] || m[3])) return Number(m[1] || 0) + (m[2] ? Number(`0.${m[2]}`) : 0) + (m[3] ? 0.5 : 0);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

function reading(publishedAt: number, earliest: number, latest: number): TimeReading {
  return { publishedAt: new Date(publishedAt), earliest: new Date(earliest), latest: new Date(latest) };
}

/** Two counts of units, larger first, then "ago" (English). */
const COMPOUND_AGO = /^(\d+)\s*([a-z]+\.?),?\s*(?:and\s+)?(\d+)\s*([a-z]+\.?)\s+ago$/i;
/**
 * Days and hours in their one-letter forms, no "ago": "1d 4h", "2d 7h". (Hours and minutes, "6h 12m", are as often a
 * workout's or a video's length.)
 */
const COMPACT_AGE = /^(\d{1,3})\s?(d)\s(\d{1,2})\s?(h)$/i;
const COMPACT_UNITS: Record<string, Unit> = { d: 'd', h: 'h' };

const MALAGASY_COMPOUND = /^(\d+)\s+(\p{L}+)\s+(?:sy\s+)?(\d+)\s+(\p{L}+)\s+lasa\s+izay$/iu;
/** Wolof's age, one count of a unit or two: "Am na 3 Waxtu", "Am na 1 Waxtu, 20 Minit" (CodeIgniter's timespan). */
const WOLOF_AGE = /^am na (\d+) (\p{L}+)(?:,? (\d+) (\p{L}+))?$/iu;
/** Slovak and Czech two units ago: "pred 1 deň, 3 hodiny" (Django's timesince), "před 2 dny, 4 hodinami". */
/** Bislama two units ago: "1 aoa 20 minit bifo" (Drupal's format_interval). */
const BISLAMA_COMPOUND = /^(\d+)\s+(\p{L}+)\s+(\d+)\s+(\p{L}+)\s+bifo$/iu;
const SLAVIC_COMPOUND = /^p(?:red|řed)\s+(\d+)\s+(\p{L}+),\s+(\d+)\s+(\p{L}+)$/iu;
const SLAVIC_UNITS: Record<string, Unit> = {
  deň: 'd', dni: 'd', dní: 'd', dňami: 'd', den: 'd', dny: 'd', dnem: 'd', hodina: 'h', hodiny: 'h', hodín: 'h', hodinami: 'h', hodin: 'h',
  minúta: 'min', minúty: 'min', minút: 'min', minútami: 'min', minuta: 'min', minuty: 'min', minut: 'min', minutami: 'min', týždeň: 'w', týždne: 'w', týden: 'w', týdny: 'w',
};
/** Persian two units ago: "۱ روز، ۳ ساعت پیش" (Django's timesince), its digits made western first. */
const PERSIAN_COMPOUND = /^(\d+)\s+(\p{L}+)،\s*(\d+)\s+(\p{L}+)\s+(?:پیش|قبل)$/u;
/** Amharic two units ago: "ከ5 ሰዓት 6 ደቂቃ በፊት" (Drupal's format_interval). */
const AMHARIC_COMPOUND = /^ከ\s*(\d+)\s*(\p{L}+)\s+(\d+)\s*(\p{L}+)\s+በፊት$/u;
/** Turkish two units ago: "1 gün, 4 saat önce" (CakePHP's timeAgoInWords). */
const TURKISH_COMPOUND = /^(\d+)\s+(\p{L}+),?\s+(\d+)\s+(\p{L}+)\s+önce$/iu;
const TURKISH_UNITS: Record<string, Unit> = { saniye: 's', dakika: 'min', saat: 'h', gün: 'd', hafta: 'w', ay: 'mo', yıl: 'y' };

/**
 * Two counts of units in any language the single ages read, the words for "ago" before them or after: "1 dì, 9 or fa"
 * (Lombard), "2 ore e 25 minuti fa". The words around the pair, the first count and unit, the second, the words after.
 */
const AGE_PAIR = /^(\D*?\s)?(\d+)\s*(\p{L}+\.?),?\s+(?:(?:and|e|y|i|et|und|en|og|och|ja|és|и|і|та)\s+)?(\d+)\s*(\p{L}+\.?)(\s\D*)?$/u;

/** "5 hours ago", "1 day ago": English digits, a whole unit and "ago", nothing else. */
const PLAIN_AGO = /^(\d{1,4}) (second|minute|hour|day|week|month|year)s? ago$/i;
const PLAIN_UNITS: Record<string, Unit> = { second: 's', minute: 'min', hour: 'h', day: 'd', week: 'w', month: 'mo', year: 'y' };

/** "5 hours ago" → published 5 h before now, somewhere between 6 h and 5 h before now. */
export function parseRelative(text: string, now: Date): TimeReading | null {
  const t = westernDigits(text.trim().replace(/\s+/g, ' '));
  const n = now.getTime();
  // The commonest label of all, read without the many languages' patterns below (which read it the same).
  const plain = PLAIN_AGO.exec(t);
  if (plain) {
    const size = UNIT_MS[PLAIN_UNITS[plain[2]!.toLowerCase()]!];
    const count = Number(plain[1]);
    return reading(n - count * size, n - (count + 1) * size, n - count * size);
  }
  if (NOW_WORDS.test(t)) return reading(n, n - MINUTE, n);
  if (YESTERDAY_WORDS.test(t)) return reading(n - DAY, n - 2 * DAY, n);
  if (TODAY_WORDS.test(t)) return reading(n, n - DAY, n);
  if (DAY_BEFORE_YESTERDAY_WORDS.test(t)) return reading(n - 2 * DAY, n - 3 * DAY, n - DAY);
  // "1d 4h": a compact age in days and hours, without "ago" (a trending list's).
  const compact = COMPACT_AGE.exec(t);
  if (compact) {
    const [first, second] = [COMPACT_UNITS[compact[2]!.toLowerCase()]!, COMPACT_UNITS[compact[4]!.toLowerCase()]!];
    if (UNIT_MS[first] > UNIT_MS[second]) {
      const at = n - Number(compact[1]) * UNIT_MS[first] - Number(compact[3]) * UNIT_MS[second];
      return reading(at, at - UNIT_MS[second], at);
    }
  }
  if (!RELATIVE_HINT.test(t)) return null;
  // "count units ago": the instant, and the unit's span before it that the rounded count allows.
  const ago = (count: number, unit: Unit): TimeReading => {
    const size = UNIT_MS[unit];
    return reading(n - count * size, n - (count + 1) * size, n - count * size);
  };
  // "1 hr 5 mins ago", "2 hours, 10 minutes ago", "1d 3h ago": the parts add up; the last one's unit is the precision.
  const compound = COMPOUND_AGO.exec(t);
  if (compound) {
    const [first, second] = [unitOf(compound[2]!), unitOf(compound[4]!)];
    if (first && second && UNIT_MS[first] > UNIT_MS[second]) {
      const at = n - Number(compound[1]) * UNIT_MS[first] - Number(compound[3]) * UNIT_MS[second];
      return reading(at, at - UNIT_MS[second], at);
    }
  }
  // "2 ora 10 minitra lasa izay" (Malagasy: 2 hours 10 minutes ago), "Am na 1 Waxtu, 20 Minit" (Wolof), "1 gün, 4 saat
  // önce" (Turkish), "pred 1 deň, 3 hodiny" (Slovak): the parts add up, as above.
  for (const [m, units] of [[MALAGASY_COMPOUND.exec(t), UNITS_OF.mg!], [WOLOF_AGE.exec(t), UNITS_OF.wo!], [TURKISH_COMPOUND.exec(t), TURKISH_UNITS], [SLAVIC_COMPOUND.exec(t), SLAVIC_UNITS], [BISLAMA_COMPOUND.exec(t), UNITS_OF.bi!], [AMHARIC_COMPOUND.exec(t), UNITS_OF.am!], [PERSIAN_COMPOUND.exec(t), OTHER_UNITS]] as const) {
    if (!m) continue;
    const [first, second] = [units[m[2]!.toLowerCase()], m[4] ? units[m[4].toLowerCase()] : undefined];
    if (first && !m[3]) return ago(Number(m[1]), first);
    if (first && second && UNIT_MS[first] > UNIT_MS[second]) {
      const at = n - Number(m[1]) * UNIT_MS[first] - Number(m[3]) * UNIT_MS[second];
      return reading(at, at - UNIT_MS[second], at);
    }
  }
  // "1 dì, 9 or fa", "vor 1 Tag, 3 Stunden", "2 ore e 25 minuti fa": two counts of units that each read as an age with
  // the words around them ("1 dì fa", "9 or fa"); the parts add up, as above.
  const pair = AGE_PAIR.exec(t);
  if (pair && (pair[1] || pair[6])) {
    const [lead, tail] = [pair[1] ?? '', pair[6] ?? ''];
    const first = parseRelative(`${lead}${pair[2]} ${pair[3]}${tail}`, now);
    const second = parseRelative(`${lead}${pair[4]} ${pair[5]}${tail}`, now);
    const [firstSpan, secondSpan] = [first && n - first.publishedAt.getTime(), second && n - second.publishedAt.getTime()];
    if (first && second && firstSpan! > secondSpan!) {
      const at = n - firstSpan! - secondSpan!;
      return reading(at, at - (second.latest.getTime() - second.earliest.getTime()), at);
    }
  }
  const unitFirst = UNIT_FIRST.exec(t);
  if (unitFirst) return ago(Number(unitFirst[2] ?? unitFirst[4]), OTHER_UNITS[(unitFirst[1] ?? unitFirst[3])!.toLowerCase()]!);
  for (const pattern of RELATIVE_PATTERNS) {
    const [re, language] = Array.isArray(pattern) ? pattern : [pattern, null];
    const m = re.exec(t);
    if (!m || m[1] === undefined || !m[2]) continue;
    // Arabic names one unit or two by the word alone ("منذ ساعة", "منذ ساعتين"): the pattern's number is empty.
    const dual = ARABIC_DUALS[m[2]];
    const count = m[1] === '' ? (dual || DUALS.has(m[2].toLowerCase()) ? 2 : 1) : numberOf(m[1]);
    const unit = language
      ? (UNITS_OF[language]![m[2].toLowerCase()] ?? null)
      : (HINDI_UNITS[m[2]] ?? HEBREW_UNITS[m[2]] ?? OTHER_UNITS[m[2].toLowerCase()] ?? unitOf(dual ?? m[2]));
    if (count !== null && unit !== null) return ago(count, unit);
  }
  return null;
}

/**
 * The zeros of the scripts whose digits sites write dates in: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi,
 * Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar and Khmer, highest first. Each script's ten digits follow
 * its zero.
 */
const DIGIT_ZEROS = [0x17e0, 0x1040, 0x0f20, 0x0ed0, 0x0e50, 0x0d66, 0x0ce6, 0x0c66, 0x0be6, 0x0b66, 0x0ae6, 0x0a66, 0x09e6, 0x0966, 0x06f0, 0x0660];
/** A digit of the scripts above, as a character class's contents. */
const EASTERN_DIGIT_CLASS = DIGIT_ZEROS.map((zero) => `\\u${zero.toString(16).padStart(4, '0')}-\\u${(zero + 9).toString(16).padStart(4, '0')}`).join('');
const EASTERN_DIGIT = new RegExp(`[${EASTERN_DIGIT_CLASS}]`);
const EASTERN_DIGITS = new RegExp(`[${EASTERN_DIGIT_CLASS}]`, 'g');

/** The value of a digit of the scripts above, by the code of its zero. */
function digitValue(code: number): number {
  return code - DIGIT_ZEROS.find((zero) => code >= zero)!;
}

/** Digits of the scripts above ("منذ ٥ ساعات", "৫ মিনিট আগে", "៣ ម៉ោងមុន") as ASCII digits. */
function westernDigits(text: string): string {
  return EASTERN_DIGIT.test(text) ? text.replace(EASTERN_DIGITS, (d) => String(digitValue(d.charCodeAt(0)))) : text;
}

/**
 * The cheap test that finds time labels among all the short texts of a page: every one has a digit (EASTERN_DIGIT's
 * too) or one of these words; anything else is ruled out without the full parse. It is asked as three tests (see
 * hintsTime), which together accept what it accepts.
 */
const TIME_HINT =
  /\d|ago|now|^нобэ|^дыгъуасэ|^тахан|^селхан|^сон$|^jeri$|^бөгүн|^дүүн|^ngoenzlwenz|^тюнене|^тӧрыт|^тыгъуас|^туннэ|^толон|^ier$|^l['’]altrer$|^ahiere|^иацы|^перед |^vuê|^îr|^wczorej|nayraqata|nans yw|hundzeke|dlulileko|^inne|^rainin|sweswinyana|tolo|namuntlha|maabane|gompieno|masüru|ཧེ་མ|ཁ་ཙ|སྤྱི་ལོ|kelen bɔ|^bi lɛrɛ|^kunu|ma'iri|maʻiri|ciathira|thirĩte|thirite|^ira\b|si va yi|áigi|etsɔ|ikte|egbe|odne|fetileng|sa oti|zapitazo|maobane|dzulo|nanoa|kajeno|lero|nikua|अभी|ابھی|এইমাত্র|आत्ताच|apfuura|nezuro|inné|chionn|an-dè|an-diugh| fà|berî|duh|pêr|eri|^i a |ièr|uèi|элек|бөгөн|кисә|каялла|bifo|eziyise|leero|jjo|ынараа|eyadlulayo|atwam|ɛnnɛ|ɛnnora|бэҕэһээ|паян|ӗнер|i hala|nehinei|kēia lā|размӕ|абон|знон|kuoʻosi|kuo'osi|aneafi|पहिने|faghet|eris|juster|ñawpaqta|qayna|wingi|démb|נעכטן|sikawa| lyn$|ua mavae|кичә|juster|dec'h|dec’h|ananafi|бүген|hjoed|hiziv|aso nei|hashize|sa gen |lasa izay|uyu munsi|yè|jodi a|omaly|androany|inanahi|tēnei rā|tenei ra|އިއްޔެ|މިއަދު|moment|just|noon|midnight|il y a|geleden|ippassaq|iḍelli|kuehe|yesterday|today|vor |gestern|heute|soeben|jetzt|instant|hier|aujourd|hace|ayer|hoy|ahora|fa$|adesso|ieri|oggi|h[áa] |agora|ontem|hoje|zojuist|gisteren|vandaag|chwil|wczoraj|dzi|önce|dün|bugün|назад|вчера|сегодня|только|前|昨|今|刚|剛|전|어제|오늘|방금|منذ|আগে|গতকাল|আজ|پیش$|پہلے$|قبل$|^пре |^pre |јуче|juče|zilizopita|iliyopita|nakalipas|kahapon|jana|prieš|ką tik|vakar|šiandien|преди|днес|току-що|prije|jučer|upravo|^fa |ahir|avui|ara mateix|முன்|நேற்று|இன்று|pirms|šodien|əvvəl|dünən|bu gün|indicə|pred |včeraj|danes|पूर्वी|काल|कल|წინ|გუშინ|დღეს|առաջ|երեկ|այսօր|бұрын|кеше|бүгін|अगाडि|अघि|पहिले|हिजो|tagasi|eile|täna|^para |dje|sot|oldin|kecha|bugun|данас|danas|دیروز|امروز|آج|^کل|semalam|tegnap|acum|azi|astăzi|เมื่อวาน|วันนี้|před|pred |včera|vcera|dnes|pśed|sedan|siden|idag|igår|i dag|i går|lalu|kemarin|hari ini|trước|hôm|पहले|आज|тому|вчора|сьогодні|πριν|χθες|σήμερα|לפני|אתמול|היום|sitten|eilen|tänään|أمس|ትናንት|ትላንት|ዛሬ|በፊት|ഇന്നലെ|ഇന്ന്|മുമ്പ്|മുൻപ്|í gær|í dag|fyrir |пред |денес|క్రితం|నిన్న|ఈరోజు|પહેલા|ગઈકાલે|આજે|មុន|ម្សិលមិញ|ថ្ងៃនេះ|өмнө|өчигдөр|өнөөдөр|ਪਹਿਲਾਂ|ਕੱਲ੍ਹ|ਅੱਜ|ಹಿಂದೆ|ನಿನ್ನೆ|ಇಂದು|မနေ့က|ယနေ့|පෙර|ඊයේ|අද|ກ່ອນ|ມື້ວານ|ມື້ນີ້|وړاندې|پرون|пеш|дирӯз|имрӯз|suka wuce|jiya|duela |atzo|gaur|orain|gelede|sidan|yn ôl|gister|vandag|ddoe|heddiw|hai |onte|hoxe|lepas|လွန်ခဲ့သော|таму|учора|сёння|kahor|ka hor|shalay|maanta|پێش|لەمەوبەر|دوێنێ|ئەمڕۆ|virun |gëschter|ilbieraħ|illum|ilu$|síðani|í gjár|sẹ́yìn|àná|^awa |^minti |düýn|şu gün|ପୂର୍ବରୁ|ଗତକାଲି|ଆଜି|dlule|izolo|namhlanje|мурун|кечээ|бүгүн|اڳ$|ڪالهه|^اڄ$|herenegun|vorgestern|avant-hier|anteayer|anteontem|altroieri|altro ieri|eergisteren|przedwczoraj|позавчера|позавчора|předevčírem|tegnapelőtt|förrgår|forgårs|toissapäivänä|prekjučer|prekjuče|прекјуче|alaltăieri|προχθές|שלשום|一昨日|おととい|그저께|그제/i;

/**
 * TIME_HINT's words split by the script they start in: Latin letters, or any other. A text passes the whole list when
 * it passes either part; two shorter lists (the first without the case folding of other scripts) are read in half the
 * time of the whole one, and a text with a digit needs neither.
 */
const HINT_WORDS = TIME_HINT.source.split('|').filter((word) => word !== '\\d');
const STARTS_LATIN = /^\^?[\x00-\x7f\u00c0-\u024f]/;

/** The hint's words that start in Latin letters (or the others) as one list, with their anchors (^, $) or without. */
function hintWords(latin: boolean, anchored: boolean): RegExp {
  const words = HINT_WORDS.filter((w) => STARTS_LATIN.test(w) === latin).map((w) => (anchored ? w : w.replace(/^\^|\$$/g, '')));
  return new RegExp(words.join('|'), 'i');
}

const LATIN_HINT = hintWords(true, true);
const OTHER_HINT = hintWords(false, true);
const LATIN_WORD = hintWords(true, false);
const OTHER_WORD = hintWords(false, false);
const DIGIT = /\d/;

/** TIME_HINT.test(text), or a digit of another script. */
function hintsTime(text: string): boolean {
  return DIGIT.test(text) || LATIN_HINT.test(text) || OTHER_HINT.test(text) || EASTERN_DIGIT.test(text);
}

/**
 * Whether some part of a line might pass hintsTime: the line holds a digit or one of the hint's words, wherever it
 * stands (a part may end in "fa" where the line does not). Every part timePartOf asks about is a stretch of the
 * line, so a line without them holds no time.
 */
function mayHoldTime(line: string): boolean {
  return DIGIT.test(line) || LATIN_WORD.test(line) || OTHER_WORD.test(line) || EASTERN_DIGIT.test(line);
}

// The same labels recur on a page ("5 hours ago", a date in every card) and each is asked about more than once (is it a
// time? then: which?). Answers are remembered for one `now` object, that is for one parse, within a bound: a new parse
// brings a new `now` and starts afresh.
interface Remembered {
  now: Date | null;
  /** The instant `now` stood for when the memory began (a Date can be changed). */
  nowMs: number;
  looks: Map<string, boolean>;
  /** looksLikeTime's answers in a page's zone, for the clock times UTC puts ahead (see looksLikeTime). */
  zoned: Map<string, boolean>;
  absolute: Map<string, TimeReading | null>;
  text: Map<string, TimeReading | null>;
}
let remembered: Remembered = { now: null, nowMs: NaN, looks: new Map(), zoned: new Map(), absolute: new Map(), text: new Map() };
const REMEMBER_LIMIT = 5000;

function rememberedFor(now: Date): Remembered {
  const nowMs = now.getTime();
  if (remembered.now !== now || remembered.nowMs !== nowMs) remembered = { now, nowMs, looks: new Map(), zoned: new Map(), absolute: new Map(), text: new Map() };
  return remembered;
}

/** `read(input)` remembered in `table` under the options that change the reading. */
function rememberReading(
  table: Map<string, TimeReading | null>, input: string, options: TimeOptions, read: () => TimeReading | null,
): TimeReading | null {
  const key = `${options.dayFirst ? 1 : 0}${options.monthDay ? 1 : 0}${options.dottedClock ? 1 : 0}|${options.zoneOffsetMinutes ?? ''}|${options.timeZone ?? ''}|${input}`;
  let reading = table.get(key);
  if (reading === undefined) {
    if (table.size > REMEMBER_LIMIT) table.clear();
    table.set(key, (reading = read()));
  }
  return reading;
}

/**
 * Whether a short text reads as a time, in either order of numeric dates. A clock time that lies ahead in UTC may be
 * past in the page's zone (`zone`): "hoje, 20h30" is a past time in Brasília when UTC has passed midnight.
 */
/**
 * Characters a time label holds at most: most texts longer are no label, and are ruled out unread. A Dzongkha date
 * spells out each of its parts ("སྤྱི་ལོ་… ཟླ་… ཚེས་… ཆུ་ཚོད་… སྐར་མ་…"): twice as many. A date written out in full with
 * its weekday, seconds and offset ("Wednesday, September 16th, 2026 at 11:12:05 AM GMT+00:00", a tooltip's) a third more.
 */
function longestTime(text: string): number {
  return text.startsWith(DZONGKHA_YEAR) ? 96 : STATED_OFFSET.test(text) ? 64 : 48;
}

/** An offset from UTC at the end of a text ("GMT+00:00", "UTC-0500"). */
const STATED_OFFSET = /(?:GMT|UTC)[+-]\d{2}:?\d{2}$/;

export function looksLikeTime(label: string, now: Date, zone?: TimeOptions): boolean {
  const text = withoutHijriBeside(label);
  if (text.length > longestTime(text) || !hintsTime(text)) return false;
  const memory = rememberedFor(now);
  if (memory.looks.size > REMEMBER_LIMIT) memory.looks.clear();
  let answer = memory.looks.get(text);
  if (answer === undefined) memory.looks.set(text, (answer = looksLikeTimeUncached(text, now, {})));
  if (answer || !zone) return answer;
  // A clock time may be past in the page's zone; a month and day in dashes is a date on a page that writes them so.
  const zoned =
    ((zone.timeZone || zone.zoneOffsetMinutes) && CLOCK_HINT.test(text)) || (zone.monthDay && MONTH_DAY_DASH.test(text)) || (zone.dottedClock && DOTTED_CLOCK_ALONE.test(text));
  if (!zoned) return answer;
  const key = `${zone.timeZone ?? ''}|${zone.zoneOffsetMinutes ?? ''}|${zone.monthDay ? 1 : 0}${zone.dottedClock ? 1 : 0}|${text}`;
  if (memory.zoned.size > REMEMBER_LIMIT) memory.zoned.clear();
  let inZone = memory.zoned.get(key);
  if (inZone === undefined) {
    inZone = looksLikeTimeUncached(text, now, { timeZone: zone.timeZone, zoneOffsetMinutes: zone.zoneOffsetMinutes, monthDay: zone.monthDay, dottedClock: zone.dottedClock });
    memory.zoned.set(key, inZone);
  }
  return inZone;
}

/**
 * A clock time in a text ("20:30", "20h30", "20.30 Uhr", "20時30分", "۱۱:۴۰" in eastern digits): the only times a zone
 * can move past now.
 */
const CLOCK_HINT = new RegExp(`[\\d${EASTERN_DIGIT_CLASS}][:h.時시]\\s*[\\d${EASTERN_DIGIT_CLASS}]`);

function looksLikeTimeUncached(text: string, now: Date, zone: TimeOptions): boolean {
  if (!/[\d\p{L}]/u.test(text) && !EASTERN_DIGIT.test(text)) return false;
  // Either reading of a numeric date will do here; the field rule reads it the page's way.
  return parseTimeText(text, now, zone) !== null || (/\d[/.]\d|\d-\d{1,2}-\d{2}/.test(text) && parseTimeText(text, now, { ...zone, dayFirst: true }) !== null);
}

/** A name in brackets at the start of a line, and the rest of the line: "（東都新聞） 10月5日(土)12時14分", "(dpa), vor 51 Minuten". */
export const BRACKETED_LEAD = /^([（(【\[][^（()）【】\[\]]{1,40}[）)】\]])\s*,?\s*(\S.*)$/u;

/** A text wholly in brackets, with a comma inside: "(Telex, 3 órája)". */
const WHOLE_BRACKETS = /^[（(]([^（()）]+,[^（()）]+)[）)]$/u;

/** A name, then the time in brackets after it: "ghanaweb.com (3 hours ago)", "Reuters (vor 2 Stunden)"; not a question's or a kicker's headline. */
const BRACKETED_TAIL = /^([^\s（()）?!:][^（()）?!:]{0,30}?)\s*[（(]([^（()）]{1,30})[）)]$/u;

/** A separator that opens a text: the rest goes on from the label before it. */
const LEADING_SEPARATOR = /^[/|·•∙‧–—-]\s+/;
/**
 * Separators between the parts of a meta line ("Reuters · 5 hours ago", "BBC News | 2h", "Reuters - 5h"); not the dash
 * between a numeric date and its clock time ("lun 08/03 - 11:30", Drupal's "03/11/2027 - 15:52").
 */
const PART_SEPARATOR = /\s*[·•∙‧|]\s*|\s+(?:[—/]|[-–](?!\s+\d{1,2}:\d{2})|(?<!\d[/.]\d{1,4}\s+)[-–])\s+/;
/** The Japanese middle dot, full width or half, that may join a name to its time (see metaParts). */
const JAPANESE_DOT = /[・･]/;

/**
 * The parts of a meta line, trimmed, empty ones left out: "Reuters · 5 hours ago" → ["Reuters", "5 hours ago"]. Given
 * `now`, a line that joins a label to its time with a comma splits there too ("Bankier.pl, 12 min temu"), when the
 * words after the last comma read as a time and those before it do not ("June 8, 2025" stays one part).
 */
export function metaParts(line: string, now?: Date, zone?: TimeOptions): string[] {
  // A line that goes on from a label of its own ("/ Updated: …" after "City Desk") starts with the separator.
  const text = line.replace(LEADING_SEPARATOR, '');
  const parts = text.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (!now) return parts;
  // A part may join a label and the time with a comma ("Reuters, 3 hours ago"; "Іскер әлем, кеше · 48 200").
  return parts.flatMap((whole) => {
    // "(Telex, 3 órája)": a name and its time in one pair of brackets.
    const part = WHOLE_BRACKETS.exec(whole)?.[1]?.trim() ?? whole;
    // "（東都新聞） 10月5日(土)12時14分", "(Reuters) 5 hours ago": a bracketed name, then the time.
    const lead = BRACKETED_LEAD.exec(part);
    if (lead && looksLikeTime(lead[2]!, now, zone)) return [lead[1]!, lead[2]!];
    const after = BRACKETED_TAIL.exec(part);
    const bracketed = after && nameThenTime(after[1]!, after[2]!, now, zone);
    if (bracketed) return bracketed;
    // "時事通信・3時間前": a Japanese name and its time joined by a middle dot, which names hold too ("ダイヤモンド・オンライン").
    const dot = Math.max(part.lastIndexOf('・'), part.lastIndexOf('･'));
    const dotted = dot > 0 && nameThenTime(part.slice(0, dot).trim(), part.slice(dot + 1).trim(), now, zone);
    if (dotted) return dotted;
    const comma = part.lastIndexOf(', ');
    if (comma <= 0) return [part];
    const named = nameBeforeDate(part, now, zone);
    if (named) return named;
    // "4 dì, 23 or fa", "ier, 18:05" (yesterday): a time whole, its comma its own.
    if (looksLikeTime(part, now, zone)) return [part];
    const head = part.slice(0, comma).trim();
    const tail = part.slice(comma + 2).trim();
    // A weekday's name before its date ("Thứ ba, 20/10/2009", Tuesday) is the date's own.
    const split = !isWeekdayName(head) && nameThenTime(head, tail, now, zone);
    if (!split) return [part];
    // A clock time after its own date ("612 words, 9 March 2024, 03:15 GMT", a news database's line): the two together.
    const before = head.lastIndexOf(', ');
    const dated = before > 0 ? part.slice(before + 2).trim() : '';
    return dated && looksLikeTime(dated, now, zone) ? [head.slice(0, before).trim(), dated] : split;
  });
}

/** A name and the time after it, where the second reads as a time and the first does not; null otherwise. */
function nameThenTime(head: string, tail: string, now: Date, zone?: TimeOptions): [string, string] | null {
  return head && looksLikeTime(tail, now, zone) && !looksLikeTime(head, now, zone) ? [head, tail] : null;
}

/** A short name, a comma, then a date: "ddp, 25.10.2009, 09:10 Uhr", "sid, gestern, 17:55 Uhr" (a German portal's agency lines). */
const NAME_BEFORE_DATE = /^([^,\d]{2,30}),\s+(\S.*)$/u;

/**
 * The name and the date of a line that leads with a name before its date, which may hold commas of its own; null when
 * the line leads with no name (a weekday's: "Sunday, 25.10.2009").
 */
function nameBeforeDate(line: string, now: Date, zone?: TimeOptions): [string, string] | null {
  const m = NAME_BEFORE_DATE.exec(line);
  if (!m) return null;
  const head = m[1]!.trim();
  const words = head.split(/\s+/);
  // "Thứ ba" (Tuesday), "Posted Tue": a weekday's name, whole or as the last word, is the date's own.
  // "Татар-информ · Бүген, 13:50": a day's word ("today") before the clock time is the date's own too.
  const last = words[words.length - 1]!;
  if (words.length > 3 || isWeekdayName(head) || isWeekdayName(last) || looksLikeTime(head, now, zone) || (words.length > 1 && looksLikeTime(last, now, zone))) return null;
  if (!looksLikeTime(m[2]!, now, zone)) return null;
  return [head, m[2]!];
}

/**
 * The words of a short text that read as a time: the whole text, or the one part of a meta line that joins the time to
 * other labels in a single text ("Reuters · 5 hours ago" → "5 hours ago"); null when none does (nor for a span).
 */
export function timePartOf(line: string, now: Date, zone?: TimeOptions): string | null {
  if (!mayHoldTime(line) || MEDIA_LENGTH.test(line)) return null;
  const part = timeInLine(line, now, zone);
  // "every morning at 08:00 UTC": a schedule, not a moment.
  return part && !SCHEDULE.test(line) ? part : null;
}

/** A note in brackets of what an item is and how long it runs ("(sonaĵo, 14 min.)", "(video, 3 min)"): a length, not an age. */
const MEDIA_LENGTH = /^\(\s*\p{L}[\p{L}\s]*,\s*\d+\s*(?:min|mins|minutes?|minutoj|minuten|minutos|minuti)\.?\s*\)$/iu;

/** Words that make a clock time a schedule's: "every morning at 08:00", "each day at 7 am", "daily at 6:00". */
const SCHEDULE = /\b(?:every|each)\s+(?:morning|evening|night|day|week|weekday|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\b(?:daily|weekdays|weekly)\s+at\b/i;

function timeInLine(line: string, now: Date, zone?: TimeOptions): string | null {
  // "ddp, 25.10.2009, 09:10 Uhr" reads as a time whole; its name is no part of it.
  const named = line.includes(', ') ? nameBeforeDate(line, now, zone) : null;
  if (named && !PART_SEPARATOR.test(named[1])) return trimSeparators(named[1]);
  if (looksLikeTime(line, now, zone)) return trimSeparators(line);
  const text = line.replace(LEADING_SEPARATOR, '');
  if (text !== line && looksLikeTime(text, now, zone)) return trimSeparators(text);
  if (text.length > 80 || isSpan(text)) return null;
  // "by Jan Vermeulen at June 8, 2025", "Posted by admin on 7 June 2025": a byline ending in its date.
  const dated = BYLINE_DATE.exec(text)?.[1];
  if (dated && /\d{4}/.test(dated) && looksLikeTime(dated, now, zone)) return dated;
  // "12 mins ago by Reuters": a time, then who posted it.
  const posted = TIME_THEN_BY.exec(text)?.[1];
  if (posted && looksLikeTime(posted, now, zone)) return posted;
  // "posted 5 hours ago by" (the poster's name is the link after it).
  const beforeBy = BY_AT_END.exec(text)?.[1];
  if (beforeBy && looksLikeTime(beforeBy, now, zone)) return beforeBy.replace(TIME_LEAD, '');
  const lead = BRACKETED_LEAD.exec(text)?.[2];
  if (lead && looksLikeTime(lead, now, zone)) return trimSeparators(lead);
  const tail = BRACKETED_TAIL.exec(text);
  const bracketed = tail && nameThenTime(tail[1]!, tail[2]!, now, zone);
  if (bracketed) return bracketed[1];
  if (!PART_SEPARATOR.test(text) && !text.includes(', ') && !JAPANESE_DOT.test(text)) return null;
  const parts = metaParts(text, now, zone);
  if (parts.length < 2) return null;
  let at = parts.findIndex((p) => looksLikeTime(p, now, zone));
  // "Atualizado há 3 horas · Publicado há 5 horas": the story's time is its publication's, not its last update's.
  if (at >= 0 && UPDATED_LEAD.test(parts[at]!)) {
    const published = parts.findIndex((p) => PUBLISHED_LEAD.test(p) && looksLikeTime(p, now, zone));
    if (published >= 0) at = published;
  }
  const part = parts[at];
  // "Jun 12, 2025 · 19:00" on an events page: the clock time belongs to a day still to come.
  if (!part || parts.some((p) => p !== part && isComingText(p, now, zone))) return null;
  // "Jun 8 · 04:00 UTC": a day, then its clock time, is one time.
  const next = parts[at + 1];
  const joined = next && CLOCK_START.test(next) ? `${part} ${next}` : null;
  return joined && looksLikeTime(joined, now, zone) ? joined : part;
}

/** The lead of an update's time, and of the publication's, in a line that gives both. */
const UPDATED_LEAD = /^(?:(?:last\s+)?updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizováno|uppdaterad|güncellendi|diperbarui|обновлено)\b/iu;
const PUBLISHED_LEAD = /^(?:published|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano|publikováno|publicerad|yayınlandı|diterbitkan|опубликовано)\b/iu;

/** A clock time, perhaps after the part of the day or a word for "at" ("ප.ව. 4:10", after noon). */
const CLOCK_START = /^(?:[^\s\d]{1,6}\s*)?\d{1,2}:\d{2}/;
const TIME_THEN_BY = /^(.{2,30}?)\s+by\s+\S.{0,40}$/i;
const BY_AT_END = /^(.{2,40}?)\s+by$/i;
/**
 * A byline's date at its end: "by … on June 8, 2025", "… at 8 June 2025", and so in other languages ("deur … op 17
 * Maart 2026 om 09:15", "door … op", "von … am", "par … le", "por … el", "di … il", "av … den").
 */
const BYLINE_DATE = /^(?:by|posted|written|published|deur|door|von|par|por|di|av|af)\b.*?\s(?:on|at|op|am|le|el|il|em|den|på)\s+(.{6,40})$/i;

/** How far ahead a moment still to come is looked for: a year (a date without one is read within the past year). */
const AHEAD_MS = 366 * 24 * 3_600_000;

/** Whether a reading lies ahead of now, beyond the skew, within the year to come. */
function isAhead(r: TimeReading | null, now: Date): boolean {
  const ahead = (r?.publishedAt.getTime() ?? NaN) - now.getTime();
  return ahead > FUTURE_SKEW_MS && ahead <= AHEAD_MS;
}

/** Whether a text names a moment still to come (an event's "Jun 12, 2025"), read in the page's zone where it is known. */
export function isComingText(text: string, now: Date, zone: TimeOptions = {}): boolean {
  return /\d/.test(text) && (COUNTDOWN.test(text) || isAhead(textReading(text, now, zone), now));
}

/**
 * Whether a text names a day without its year that falls in the weeks to come ("ʻOkakopa 17", "Nov 7" a few days before
 * it): read alone it is last year's day, as a story's would be; a list of such days is a list of events.
 */
export function isDayAheadWithoutYear(text: string, now: Date): boolean {
  if (!/\d/.test(text) || YEAR.test(text)) return false;
  const r = textReading(text, now, {});
  if (!r) return false;
  const ahead = r.publishedAt.getTime() + YEAR_MS - now.getTime();
  return ahead > ZONES_APART_MS && ahead <= DAYS_AHEAD_MS;
}

/** More than the zones can set a day apart: a clock time read in another zone than the page's is no day ahead. */
const ZONES_APART_MS = 36 * HOUR;

const YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/;
const YEAR_MS = 365 * DAY;
/** How far ahead such a day lies at most: a season of events. */
const DAYS_AHEAD_MS = 92 * DAY;

/** A countdown to a deadline ("9 hours to go", "12 days left", "3 jours restants"): a time ahead. */
const COUNTDOWN = /^\d+\s+\p{L}+\s+(?:to go|left|remaining|restants?|restantes|verbleibend|rimasti|over)$/iu;

/** isComingText for a machine-readable value (a `<time datetime>` of an event). */
export function isComingMachineTime(value: string, now: Date): boolean {
  return isAhead(machineReading(value, now, {}), now);
}

/**
 * Words that lead a time label and say which time it is, in the languages Byline reads: "Updated 5 hours ago",
 * "Published: Jun 8", "Aktualisiert: …", "अपडेटेड: 08 जून 2025".
 */
const TIME_LEAD =
  /^(?:(?:last\s+)?updated|published|posted|submitted|edited|released|issued|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|aktualizováno|publikováno|uppdaterad|publicerad|güncellendi|güncelleme|yayınlandı|diperbarui|diterbitkan|обновлено|опубликовано|оновлено|опубліковано|अपडेटेड|अपडेट|प्रकाशित|(?:an )?wallafa|an sabunta|publicat|pubricòu|pubricou|kushicilelwe)(?:\s+(?:on|at|am|le|el|em|il|op|pada|o|ngu))?\s*:?\s+/iu;

/**
 * Words after a time that say which time it is, in Japanese and Chinese: "10月5日15時12分配信" (delivered), "更新"
 * (updated); Turkish "7/4/13 tarihinde" (on the date).
 */
const TIME_TAIL = /\s*(?:配信|更新|掲載|公開|発表|发布|發布|發佈)$|\s+tarihinde$/u;

/** A time label without the separators that often share its text node: "22 hours ago |", "· 5h ·". */
export function trimSeparators(text: string): string {
  return text.replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/g, '');
}

/** A number before a Chinese, Japanese or Korean year, month, day or hour sign: "2025年6月8日", "6월 8일", "22時10分". */
const CJK_DATE_HINT = /\d\s*[年月日년월일時시]/;
const MONTH_OR_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,4}[-/.]\d{1,2}|\d{1,2}:\d{2}/i;

/**
 * Absolute date text ("8 Jun 2025", "June 8, 13:00"): chrono-node. Without a year, the most recent past year; a time
 * alone, the most recent past day.
 */
/** "2022.12.28. 오후 3:45" (Korean sites): year.month.day, then 오전 (am) / 오후 (pm) and the clock time. */
function parseKorean(text: string, options: TimeOptions): TimeReading | null {
  const m = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:\s*(오전|오후)?\s*(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, half, h, min] = m;
  let hour = Number(h ?? 0);
  if (half === '오후' && hour < 12) hour += 12;
  if (half === '오전' && hour === 12) hour = 0;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, Number(min ?? 0));
  const start = wall - offsetFor(options, new Date(wall)) * MINUTE;
  return h ? reading(start, start, start + MINUTE) : reading(start, start, start + DAY);
}

/**
 * Whether chrono could read enough of the text for the reading to count (CHRONO_COVER of it, below). A match of
 * chrono's English parsers, merged or extended by its refiners, is one run of the text made of ASCII, whitespace and a
 * few punctuation marks (– ∙ 〜 （ ） ：); only "o'clock" may span other characters ("o\W*clock"). So when no such run
 * is long enough, chrono cannot succeed and is not asked: it is the dearest call of a parse, and most texts that reach
 * it are headlines or labels in other scripts with a date inside ("10/31(火) 12:10"). Audited against chrono-node 2.10:
 * re-check the patterns of its en parsers and refiners when upgrading it.
 */
function chronoCouldCover(text: string): boolean {
  if (/o\W*clock/i.test(text)) return true;
  if (AMOUNT.test(text) || CLOCK_RUN.test(text)) return false;
  let run = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 || CHRONO_CHARS.has(c) || /\s/.test(text[i]!)) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  return longest >= text.trim().length * CHRONO_COVER;
}

/** A price or a share's change ("$89.50", "€1,234.56", "+2.45%"): a number chrono reads no date in. */
const AMOUNT = /^\s*[-+−]?\s?(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?%)\s*$/;

/** Clock times side by side ("00:38 / 01:22", a player's position and length): chrono reads neither as the label's date. */
const CLOCK_RUN = /^\s*\d{1,2}:\d{2}(?:\s*[/|·]?\s*\d{1,2}:\d{2})+\s*$/;

/** The non-ASCII characters in chrono's English patterns: en dash, bullet operator, wave dash, full-width ( ) :. */
const CHRONO_CHARS = new Set([0x2013, 0x2219, 0x301c, 0xff08, 0xff09, 0xff1a]);
/** The share of a label chrono's reading must cover: the date must be the whole label, not a number in a headline. */
const CHRONO_COVER = 0.7;

export function parseAbsolute(text: string, now: Date, options: TimeOptions = {}): TimeReading | null {
  // "15.05" on a page that writes its clock times so: five past three.
  const dotted = options.dottedClock ? DOTTED_CLOCK_ALONE.exec(text) : null;
  const input = dotted ? `${dotted[1]}:${dotted[2]}` : text;
  // Only an English month or day shape, or a number with a CJK date sign or another language's month name
  // (englishDateText rewrites those), makes a date: most short texts of a page are ruled out here.
  if (input.length > longestTime(input) || !(MONTH_OR_DAY.test(input) || DOTTED_DAY_MONTH.test(input) || SPACED_YEAR_FIRST.test(input) || (options.monthDay && MONTH_DAY_DASH.test(input)) || (/\d/.test(input) && (CJK_DATE_HINT.test(input) || mayBeForeignDate(input))))) return null;
  // chrono is the dearest step of the parser: a label read once is not read again in the same parse.
  return rememberReading(rememberedFor(now).absolute, input, options, () => readAbsolute(input, now, options));
}

/** A clock time written with a dot and nothing else: "15.05", "9.30" (see TimeOptions.dottedClock). */
const DOTTED_CLOCK_ALONE = /^([01]?\d|2[0-3])\.([0-5]\d)$/;

/** A year, then a month and a day each after a dot and a space, as Korean sites write them ("2026. 2. 24."). */
const SPACED_YEAR_FIRST = /^\d{4}\.\s\d{1,2}\.\s\d{1,2}/;

/**
 * A day and month in digits with a clock time, no year: "10-26 09:30" (Chinese feeds), "26/10 09:30", "03.12 14:02" (a
 * dot's always day first).
 */
const SHORT_NUMERIC_DATE = /^(\d{1,2})([-/.])(\d{1,2})\s+(\d{1,2}:\d{2})$/;
/** A month and a day alone, two digits each, joined by a dash: "06-11" (see TimeOptions.monthDay). */
const MONTH_DAY_DASH = /^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/**
 * A day and month written with dots, always day first, perhaps with a clock time: "3. 3.", "3. 3. 21:47" (Czech,
 * German), "10. 3. 2021 7:38:00" (a tooltip's, to the second).
 */
const DOTTED_DAY_MONTH = /^(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}))?(?:,?\s+(\d{1,2}:\d{2}(?::\d{2})?))?$/;

/**
 * "10-26 09:30" → "Oct 26 09:30" (or, read day first, "26/10 09:30" → "26 Oct 09:30"), "3. 3. 21:47" → "Mar 3 21:47",
 * "12. 11. 2025" → "Nov 12 2025", and on a page that writes them so (`monthDay`) "06-11" → "Jun 11":
 * short numeric dates in words the date readers know.
 */
function shortNumericDate(text: string, dayFirst: boolean, monthDay = false): string {
  if (monthDay && MONTH_DAY_DASH.test(text)) return `${MONTH_NAMES_EN[Number(text.slice(0, 2)) - 1]} ${Number(text.slice(3))}`;
  const dotted = DOTTED_DAY_MONTH.exec(text);
  const m = dotted ?? SHORT_NUMERIC_DATE.exec(text);
  if (!m) return text;
  const [first, second] = dotted ? [dotted[1], dotted[2]] : [m[1], m[3]];
  const [month, day] = dayFirst || dotted || m[2] === '.' ? [Number(second), Number(first)] : [Number(first), Number(second)];
  // A dotted date may carry its year ("12. 11. 2025", Czech and Slovak spacing) before its clock time.
  const year = dotted?.[3] ? ` ${dotted[3]}` : '';
  const clockText = dotted ? dotted[4] : m[4];
  const clock = clockText ? ` ${clockText}` : '';
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${MONTH_NAMES_EN[month - 1]} ${day}${year}${clock}` : text;
}

const MONTH_NAMES_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The last text put in English words, and its English: looksLikeTime reads a text in both orders of numeric dates, one
 * after the other, and the rewriting (the dearest step for a headline in another script) is the same for both.
 */
let lastEnglish = { input: '', english: '' };

function englishOf(input: string): string {
  if (lastEnglish.input !== input) lastEnglish = { input, english: englishDateText(input) };
  return lastEnglish.english;
}

function readAbsolute(input: string, now: Date, options: TimeOptions): TimeReading | null {
  const korean = parseKorean(input, options);
  if (korean) return korean;
  // A headline in Chinese, Japanese or Korean with a date inside keeps a letter the rewriting below does not read, and
  // so is no date unless chrono could read it as it stands: the rewriting is not done in vain.
  if (holdsUnreadCjk(input) && !chronoCouldCover(input)) return null;
  // "8. Juni 2025", "8 de junio", "2025年6月8日": in the English words the readers know.
  const english = englishOf(input);
  // A rewritten text that keeps letters of another script is a headline with a date in it, not a date.
  if (!(MONTH_OR_DAY.test(english) || DOTTED_DAY_MONTH.test(english)) || (english !== input && /[^\x00-\x7f]/.test(english))) return null;
  // "on Tuesday November 02, @11:05AM": the words around a date that chrono does not expect; "9:02a" (a clock time's
  // half of the day in one letter, as link lists write it).
  const dayFirst = !!options.dayFirst;
  let text = shortNumericDate(
    english.replace(/^(?:on|posted|published|updated)\s+/i, '').replace(/@\s*/g, '').replace(SHORT_MERIDIEM, '$1 $2m').replace(WEEKDAY_AFTER_YEAR, '$1'),
    dayFirst,
    options.monthDay,
  );
  // "10:15 AM ET": US Eastern time as it stood on that day (daylight saving began in April before 2007), which the
  // zone's rules know and chrono's fixed table of abbreviations does not.
  const named = US_ZONE_WORD.exec(text);
  if (named) {
    text = text.slice(0, named.index);
    options = { ...options, timeZone: US_ZONE_OF[named[1]!], zoneOffsetMinutes: undefined };
  }
  const offset = offsetFor(options, now);
  // "the day before yesterday 18:30": its date written out, in the page's zone (chrono would read its clock in UTC).
  text = text.replace(BEFORE_YESTERDAY_LEAD, () => {
    const day = new Date(now.getTime() + offset * MINUTE - 2 * DAY);
    return `${MONTH_NAMES_EN[day.getUTCMonth()]} ${day.getUTCDate()} ${day.getUTCFullYear()} `;
  });
  const r = commonDateParts(text, now, offset, dayFirst) ?? (chronoCouldCover(text) ? chronoParts(text, now, offset, dayFirst) : null);
  if (!r) return null;
  const hasTime = r.hour;
  // chrono puts a date alone at noon; the label stands for the whole day, which is past as soon as it has begun.
  const halfDay = hasTime ? 0 : DAY / 2;
  let date = new Date(r.ms);
  if (!r.year && date.getTime() - halfDay > now.getTime() + FUTURE_SKEW_MS) {
    // Not yet happened: a time alone ("13:00") was yesterday's, a date without a year last year's.
    const back = new Date(date);
    if (r.day) back.setUTCFullYear(back.getUTCFullYear() - 1);
    else back.setTime(back.getTime() - DAY);
    // Unless it names the day of the week of the date to come and its hour ("Sat, Mar 7 10:00 AM" on Thursday the
    // 5th): an event's start. (A day alone, "Sun 23 Nov", is as often a date picker's next day as last year's date.)
    if (!(r.day && hasTime && namesWeekdayOf(text, date, offset) && !namesWeekdayOf(text, back, offset))) date = back;
  } else if (!r.year && r.day) {
    // A date past this year whose day of the week is last year's ("Fri, Mar 7" in 2026, a Saturday): last year's.
    const back = new Date(date);
    back.setUTCFullYear(back.getUTCFullYear() - 1);
    if (namesWeekdayOf(text, back, offset) && !namesWeekdayOf(text, date, offset)) date = back;
  }
  // In a zone with daylight saving time, the offset at the date itself, not at now.
  if (options.timeZone && !r.timezoneOffset) {
    const shift = offsetFor(options, date) - offset;
    if (shift) date = new Date(date.getTime() - shift * 60_000);
  }
  const start = date.getTime();
  if (hasTime) return reading(start, start, start + (r.minute ? MINUTE : HOUR));
  // Today's date: the story was published between midnight and now, not later.
  const latest = Math.max(start - halfDay, Math.min(start + halfDay, now.getTime()));
  return reading(Math.min(start, latest), start - halfDay, latest);
}

/**
 * Whether a date label opens with the day of the week of `date` ("Sat, Mar 7", "Tuesday November 02"), as the page's
 * clock (`offset` minutes east of UTC) dates it. False for a label that names none.
 */
function namesWeekdayOf(text: string, date: Date, offset: number): boolean {
  const m = WEEKDAY_LEAD.exec(text);
  return !!m && WEEKDAYS.indexOf(m[1]!.toLowerCase()) === new Date(date.getTime() + offset * MINUTE).getUTCDay();
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_LEAD = /^(sun|mon|tue|wed|thu|fri|sat)(?:[a-z]*)\.?,?\s/i;

/** A day of the week after the year, before the clock time ("February 18, 2025 Tuesday 5:00 AM GMT", a news database's). */
const WEEKDAY_AFTER_YEAR = /(\b\d{4}),?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/i;

const BEFORE_YESTERDAY_LEAD = /^the day before yesterday,?\s*(?=(?:at\s+)?\d)/i;

/** A clock time with its half of the day in one letter: "9:02a", "11:47p". */
const SHORT_MERIDIEM = /^(\d{1,2}:\d{2})\s?([ap])\.?$/i;

/** A US zone named without saying whether it keeps daylight saving time ("ET", "PT"), at the end of a time. */
const US_ZONE_WORD = /\s+(ET|CT|MT|PT)\.?$/;
const US_ZONE_OF: Record<string, string> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };

/** A date written in digits alone: "05/06/2025", "5.6.25", "05-06". */
const NUMERIC_DATE = /\d[/.-]\d/;

/** chrono's reading of a date label (exported for the test that holds the in-house reader to it). */
export function chronoParts(text: string, now: Date, offset: number, dayFirst: boolean): DateParts | null {
  // Day-first matters to numeric dates ("05/06/2025") alone; chrono's British reader takes "Aug 25" for August 2025.
  const chrono = dayFirst && NUMERIC_DATE.test(text) ? chronoEn.GB : chronoEn.casual;
  const r = chrono.parse(text, { instant: now, timezone: offset }, { forwardDate: false })[0];
  // The date must be the whole label, not a number inside a headline.
  if (!r || r.text.length < text.trim().length * CHRONO_COVER) return null;
  const certain = (part: Parameters<typeof r.start.isCertain>[0]): boolean => r.start.isCertain(part);
  return {
    ms: r.start.date().getTime(),
    hour: certain('hour'),
    minute: certain('minute'),
    year: certain('year'),
    day: certain('day'),
    timezoneOffset: certain('timezoneOffset'),
  };
}

export function parseTimeText(text: string, now: Date, options: TimeOptions = {}): TimeReading | null {
  return checked(textReading(text, now, options), now);
}

/** The reading of a time text, wherever it falls (parseTimeText checks it). */
function textReading(text: string, now: Date, options: TimeOptions): TimeReading | null {
  // Labels recur across a page's blocks ("5 hours ago"): each is read once per parse.
  return rememberReading(rememberedFor(now).text, text, options, () => {
    const t = withGregorianFromEthiopian(withGregorianDate(withGregorianFromLunarHijri(withoutHijriBeside(westernDigits(trimSeparators(text)))).replace(TIME_LEAD, '').replace(TIME_TAIL, '')))
      .replace(NOON_OR_MIDNIGHT, (word) => (word.toLowerCase() === 'noon' ? '12:00 pm' : '12:00 am'))
      .replace(DATE_DASH_CLOCK, '$1 $2');
    if (isSpan(t) || RECURRING.test(t)) return null;
    return parseRelative(t, now) ?? parseAbsolute(t, now, options);
  });
}

/**
 * A time that recurs ("every Sunday, 6:00 p.m.", "jeden Montag, 18:00", "chaque jour à 8h"): a programme's slot, a
 * schedule, never when a story was published.
 */
const RECURRING = /^(?:every|each|jede[nrs]?|chaque|tous les|toutes les|todos los|todas las|cada|ogni|tutti i|tutte le|elke|iedere|varje|hver|joka|каждый|каждую|каждое|każd[ayą]|i kēlā me kēia)\s/i;

/** A numeric date, a dash, then its clock time: Drupal's "Thu, 03/11/2027 - 15:52", "lun 08/03 - 11:30". */
const DATE_DASH_CLOCK = /(\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s+[-–]\s+(\d{1,2}:\d{2})(?!\d)/;

/** AP style's words for twelve o'clock: "noon EDT", "Updated midnight". */
const NOON_OR_MIDNIGHT = /\b(?:noon|midnight)\b/i;

const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Spans of days, years or hours: "Jun 8-12", "Jun 29 – Jul 2", "8–10 June", "10:00 - 11:30", a life's "March 3, 1938 – November 10, 2025". */
const SPAN = new RegExp(
  `\\b${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}\\s*[-–—]\\s*${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\b(?:1[89]|20)\\d\\d\\s*[-–—]\\s*(?:19|20)\\d\\d\\b|` +
    `\\b${MONTH_NAME}\\s+\\d{1,2}\\s*[-–—]\\s*(?:${MONTH_NAME}\\s+)?\\d{1,2}(?![\\d:])|\\b\\d{1,2}\\s*[-–—]\\s*\\d{1,2}\\s+${MONTH_NAME}|\\b\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*[-–—]\\s*\\d{1,2}:\\d{2}`,
  'i',
);

/** An event's dates or a time slot: a span, which a story's publication (one instant) never is. */
export function isSpan(text: string): boolean {
  return SPAN.test(text);
}

/**
 * Common near-ISO forms rewritten to ISO, so no engine's lenient Date.parse is relied on: "2024-05-01 10:11:12 -0500"
 * (Rails), and "2024-05-01T10:11:12 1714558272" (an ISO time followed by its epoch, as Hacker News writes).
 */
function toIso(v: string): string {
  const spaced = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|[+-]\d{2}:?\d{2})?(?:\s+\d{9,13})?$/i.exec(v);
  if (!spaced) return v;
  const [, date, rawTime, zone] = spaced;
  // Three fraction digits, as ECMAScript's date format has them (Python writes six).
  const time = rawTime!.replace(/(\.\d{3})\d+$/, '$1');
  const z = !zone ? '' : /^(?:Z|UTC)$/i.test(zone) ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${time}${z}`;
}

/** Machine-readable values: ISO 8601 (zone-less read in the site's zone), or a Unix epoch in seconds or milliseconds. */
export function parseMachineTime(value: string, now: Date, options: TimeOptions = {}): TimeReading | null {
  return checked(machineReading(value, now, options), now);
}

/** The reading of a machine-readable value, wherever it falls (parseMachineTime checks it). */
const PROTO_SECONDS = /^seconds:\s*(?=\d{9,11}$)/;
const JS_ZONE_NAME = /(?<=GMT[+-]\d{4})\s*\([^()]{2,60}\)$/;
/** A Go program's time written out ("2026-12-01 18:30:00 +0100 CET", Hugo's dates): the zone's abbreviation after its offset. */
const GO_ZONE_NAME = /(?<=\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? [+-]\d{4}) [A-Z]{2,5}$/;

function machineReading(value: string, now: Date, options: TimeOptions): TimeReading | null {
  // "seconds: 1602688860": a protocol buffer's Timestamp as text (Google News, about 2019–2021).
  // A script's Date written as text ("Thu May 14 2026 15:24:18 GMT+0200 (Central European Summer Time)"): its zone's
  // name in brackets says no more than its offset; nor does a Go program's zone abbreviation after it.
  const v = toIso(value.trim().replace(PROTO_SECONDS, '').replace(JS_ZONE_NAME, '').replace(GO_ZONE_NAME, ''));
  let ms: number | null = null;
  if (/^\d{9,13}$/.test(v)) {
    const num = Number(v);
    ms = v.length >= 12 ? num : num * 1000;
  } else if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(v);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(v);
    // A bare date is zone-less too: its day starts at midnight in the site's zone, not in UTC.
    const parsed = Date.parse(zoned ? v : dateOnly ? `${v}T00:00Z` : `${v.replace(' ', 'T')}Z`);
    if (!Number.isNaN(parsed)) ms = zoned ? parsed : parsed - offsetFor(options, new Date(parsed)) * MINUTE;
    if (ms !== null && dateOnly) return reading(ms, ms, ms + DAY);
  } else {
    return parseAbsolute(v, now, options);
  }
  return ms === null || Number.isNaN(ms) ? null : reading(ms, ms, ms);
}

/** The reading, unless it is no date at all, from the future (beyond the skew) or from before the web had news. */
function checked(r: TimeReading | null, now: Date): TimeReading | null {
  const t = r?.publishedAt.getTime() ?? NaN;
  return Number.isFinite(t) && t <= now.getTime() + FUTURE_SKEW_MS && t > Date.UTC(1990, 0, 1) ? r : null;
}
