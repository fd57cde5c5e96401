import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFirstOf, FUTURE_SKEW_MS, isDayFirst, isComingMachineTime, isComingText, isDayAheadWithoutYear, looksLikeTime, metaParts, parseAbsolute, parseMachineTime, parseRelative, parseTimeText, timePartOf } from '../../../core/time';
import { zoneOfHost, zoneOfLanguage, zoneStatedIn } from '../../../core/language-zone';
import { gregorianDay } from '../../../core/solar-hijri';
import { ethiopianDay } from '../../../core/ethiopian';

const now = new Date('2025-06-08T18:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const before = (ms: number): string => new Date(now.getTime() - ms).toISOString();
const iso = (r: { publishedAt: Date; earliest: Date; latest: Date } | null) =>
  r && { publishedAt: r.publishedAt.toISOString(), earliest: r.earliest.toISOString(), latest: r.latest.toISOString() };

// The code must read times the same whatever zone the machine runs in: run every test in a zone far from UTC.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
  expect(new Date('2025-06-08T12:00:00Z').getTimezoneOffset()).toBe(240); // the switch took effect
});
afterAll(() => void (machineZone === undefined ? delete process.env.TZ : (process.env.TZ = machineZone)));

describe('parseRelative', () => {
  it.each([
    ['5 hours ago', 5 * HOUR, HOUR],
    ['an hour ago', HOUR, HOUR],
    ['5h', 5 * HOUR, HOUR],
    ['2d', 2 * DAY, DAY],
    ['vor 5 Stunden', 5 * HOUR, HOUR],
    ['vor 5 Std.', 5 * HOUR, HOUR],
    ['2 hrs. ago', 2 * HOUR, HOUR],
    ['il y a 2 jours', 2 * DAY, DAY],
    ['hace 3 horas', 3 * HOUR, HOUR],
    ['5 часов назад', 5 * HOUR, HOUR],
    ['5時間前', 5 * HOUR, HOUR],
    ['8시간 전', 8 * HOUR, HOUR],
    ['1주 전', 7 * DAY, 7 * DAY],
  ])('"%s" is published that long before now, within one unit earlier', (text, ago, unit) => {
    expect(iso(parseRelative(text, now))).toEqual({ publishedAt: before(ago), earliest: before(ago + unit), latest: before(ago) });
  });

  it('reads "just now" as now, within the last minute', () => {
    expect(iso(parseRelative('just now', now))).toEqual({ publishedAt: now.toISOString(), earliest: before(60_000), latest: now.toISOString() });
  });

  it("reads a date without a year by the day of the week it names: an event's coming start, last year's date", () => {
    const thursday = new Date('2026-03-05T17:37:22Z');
    // Saturday the 7th at ten is this week's: still to come, no story's time.
    expect(parseTimeText('Sat, Mar 7 10:00 AM', thursday)).toBeNull();
    expect(isComingText('Sat, Mar 7 10:00 AM', thursday)).toBe(true);
    // Friday the 7th and Tuesday the 4th were last year's (2025), Wednesday the 4th this week's.
    expect(parseTimeText('Fri, Mar 7 10:00 AM', thursday)?.publishedAt.toISOString()).toBe('2025-03-07T10:00:00.000Z');
    expect(parseTimeText('Tue, Mar 4', thursday)?.publishedAt.toISOString()).toBe('2025-03-04T12:00:00.000Z');
    expect(parseTimeText('Wed, Mar 4', thursday)?.publishedAt.toISOString()).toBe('2026-03-04T12:00:00.000Z');
    // Without a day of the week, a date to come is last year's, as before.
    expect(parseTimeText('Mar 7', thursday)?.publishedAt.toISOString()).toBe('2025-03-07T12:00:00.000Z');
  });

  it.each([['45 分钟', 45 * 60_000], ['3 小时', 3 * HOUR], ['1 天', 24 * HOUR]])('reads MSN\'s Chinese age "%s" without 前 as that long ago', (text, ago) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each([
    ['35 nóiméad ó shin', 35 * 60_000], ['3 huaire an chloig ó shin', 3 * HOUR], // Irish
    ['25 menit kepungkur', 25 * 60_000], // Javanese
    ['פאר 40 מינוט', 40 * 60_000], ['פאר 2 שעה', 2 * HOUR], // Yiddish
    ['maminitsi 48 apfuura', 48 * 60_000], ['maawa 3 apfuura', 3 * HOUR], ['awa rimwe rapfuura', HOUR], // Shona
    ['Am na 38 Minit', 38 * 60_000], ['Am na 1 Waxtu, 20 Minit', 80 * 60_000], ['Am na 1 Fan, 2 Waxtu', 26 * HOUR], // Wolof
  ])('reads the age "%s" in Irish, Javanese, Yiddish, Shona and Wolof', (text, ago) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each(['Nezuro', 'inné', 'wingi', 'démb', 'נעכטן'])('reads "%s" as yesterday', (text) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(24 * HOUR));
  });

  it.each([['2 Meith. 2025', '2025-06-02'], ['18 Meán Fómhair 2024', '2024-09-18'], ['10 Chikumi 2024', '2024-06-10'], ['Setu, 7 Juni 2025', '2025-06-07']])(
    'reads the Irish, Shona and Javanese date "%s"',
    (text, day) => {
      expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe(day);
    },
  );

  it.each([
    ['o chionn 8 mionaidean', 8 * 60_000], ['o chionn 1 uair a thìde', HOUR], ['o chionn 3 uairean', 3 * HOUR], ['o chionn 2 latha', 2 * DAY], // Scottish Gaelic
    ['wákàtí mẹ́ta sẹ́yìn', 3 * HOUR], ['wákàtí kan sẹ́yìn', HOUR], ['wákàtí márùn-ún sẹ́yìn', 5 * HOUR], ['ọjọ́ méjì sẹ́yìn', 2 * DAY], // Yoruba counts in words
  ])('reads the age "%s" in Scottish Gaelic and Yoruba', (text, ago) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each([['an-dè, 19:45', '2025-06-07T19:45'], ['inné, 19:45', '2025-06-07T19:45']])('reads the Gaelic and Irish "yesterday" with its clock time: "%s"', (text, at) => {
    expect(parseTimeText(text, now, { timeZone: 'UTC' })?.publishedAt.toISOString().slice(0, 16)).toBe(at);
  });

  it.each([
    ['11 Dàmhair 2024', '2024-10-11'], ['la 28-an de majo', '2025-05-28'], ['Vendredo, la 6-an de junio', '2025-06-06'], ['5 decembro 2024', '2024-12-05'],
  ])('reads the Scottish Gaelic and Esperanto date "%s"', (text, day) => {
    expect(parseTimeText(text, now, { timeZone: 'UTC' })?.publishedAt.toISOString().slice(0, 10)).toBe(day);
  });

  it.each([
    ["un'ora fà", HOUR], ['5 minuti fà', 5 * 60_000], ['2 ghjorni fà', 2 * DAY], // Corsican
    ['berî demjimêrekê', HOUR], ['berî 6 deqeyan', 6 * 60_000], ['berî 3 rojan', 3 * DAY], ['duh', DAY], // Kurmanji
  ])('reads the age "%s" in Corsican and Kurmanji', (text, ago) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each([
    ['eri à 18:40', '2025-06-07T18:40'], ['6 di ferraghju 2025', '2025-02-06T12:00'], ['14 Mijdar 2024', '2024-11-14T12:00'],
    ['13 mag 2011', '2011-05-13T12:00'], ['18 Νοε 2017', '2017-11-18T12:00'], ['3 ago 2010', '2010-08-03T12:00'],
  ])('reads the Corsican, Kurmanji, Italian and Greek date "%s", a month\'s short name before a year without its dot', (text, at) => {
    expect(parseTimeText(text, now, { timeZone: 'UTC' })?.publishedAt.toISOString().slice(0, 16)).toBe(at);
  });

  it.each([
    ['i a 22 minutas', 22 * 60_000], ['i a una ora', HOUR], ['i a un jorn', DAY], // Occitan
    ['24 минут элек', 24 * 60_000], ['3 сәғәт элек', 3 * HOUR], // Bashkir
    ['१८ मिनट पहिने', 18 * 60_000], ['२ घंटा पहिने', 2 * HOUR], // Maithili
  ])('reads the age "%s" in Occitan, Bashkir and Maithili', (text, ago) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each([['Кисә, 18:40', '2025-06-07T18:40'], ['Бөгөн, 08:10', '2025-06-08T08:10'], ['5 de ago. de 2024', '2024-08-05T12:00'], ['13 de mai de 2025, 18:05', '2025-05-13T18:05']])(
    'reads the Bashkir, Portuguese and Occitan time "%s"',
    (text, at) => {
      expect(parseTimeText(text, now, { timeZone: 'UTC' })?.publishedAt.toISOString().slice(0, 16)).toBe(at);
    },
  );

  it.each([
    ['één uur geleden', HOUR], // Dutch, its "one" with its accents
    ['3 oras faghet', 3 * HOUR], ['eris', DAY], // Sardinian
    ['48 minutu ñawpaqta', 48 * 60_000], ['3 hora ñawpaqta', 3 * HOUR], // Quechua
  ])('reads the age "%s" in Sardinian and Quechua', (text, ago) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each([
    ['7 минут каялла', 7 * 60_000], ['3 сехет каялла', 3 * HOUR], // Chuvash
    ['45 minuke i hala', 45 * 60_000], ['8 hola i hala', 8 * HOUR], ['2 lā i hala', 2 * DAY], // Hawaiian
    ['12 минуты размӕ', 12 * 60_000], ['2 боны размӕ', 2 * DAY], // Ossetian
    ['miniti ʻe 45 kuoʻosi', 45 * 60_000], ['houa ʻe 2 kuoʻosi', 2 * HOUR], ['ʻaho ʻe 3 kuoʻosi', 3 * DAY], // Tongan
    ['15 мүнүүтэ ынараа өттүгэр', 15 * 60_000], ['2 күн ынараа өттүгэр', 2 * DAY], // Sakha
    ['imizuzu eyi-27 eyadlulayo', 27 * 60_000], ['iyure enye eyadlulayo', HOUR], // isiXhosa
    ['simma 27 a atwam', 27 * 60_000], ['dɔnhwerew 3 a atwam', 3 * HOUR], // Twi
    ['1 gün, 4 saat önce', 28 * HOUR], // Turkish, two units
    ['pred 1 deň, 3 hodiny', 27 * HOUR], // Slovak, two units
    ['μία μέρα πριν', DAY], // Greek, "one" in a word
    ['12 minit bifo', 12 * 60_000], ['1 aoa 20 minit bifo', 80 * 60_000], // Bislama
    ['essaawa 2 eziyise', 2 * HOUR], ['eddakiika 18 eziyise', 18 * 60_000], // Luganda
    ['24 n tesdatin aya', 24 * 60_000], // Kabyle, another spelling of minutes
    ['metsotso e 35 e fetileng', 35 * 60_000], ['hora e 1 e fetileng', HOUR], ['lihora tse 3 tse fetileng', 3 * HOUR], // Sesotho
    ['e 25 na miniti sa oti', 25 * 60_000], ['e dua na aua sa oti', HOUR], ['e 2 na aua sa oti', 2 * HOUR], // Fijian
    ['mphindi 13 zapitazo', 13 * 60_000], ['ola limodzi zapitazo', HOUR], ['masiku 3 zapitazo', 3 * DAY], // Chichewa
    ['5 sigħat ilu', 5 * HOUR], // Maltese, "hours" as the standard spelling writes it
    ['aɖabaƒoƒo 25 si va yi', 25 * 60_000], ['gaƒoƒo 2 si va yi', 2 * HOUR], ['ŋkeke 3 si va yi', 3 * DAY], // Ewe
    ['hashize imisi 2', 2 * DAY], ['hashize indwi 1', 7 * DAY], // Kirundi
    ['42 minuhtta áigi', 42 * 60_000], ['4 diimmu áigi', 4 * HOUR], // Northern Sami
    ['ndagika 8 ciathira', 8 * 60_000], ['mathaa 3 mathirĩte', 3 * HOUR], ['ithaa 1 rĩthirĩte', HOUR], ['16 thaa ago', 16 * HOUR], ['1 mũthenya ago', DAY], // Kikuyu
    ["e 12 minuti i ma'iri", 12 * 60_000], ["e 4 hora i ma'iri", 4 * HOUR], // Tahitian
    ['a bɛ lɛrɛ 2 bɔ', 2 * HOUR], ['a bɛ miniti 37 bɔ', 37 * 60_000], ['a bɛ tile 5 bɔ', 5 * DAY], // Bambara
    ['སྐར་མ་ ༢༥ ཧེ་མ་', 25 * 60_000], ['ཆུ་ཚོད་ ༣ ཧེ་མ་', 3 * HOUR], // Dzongkha
    ['35 minutu nayraqata', 35 * 60_000], ['2 uru nayraqata', 2 * DAY], // Aymara
    ['diura di le 2 tse di fetileng', 2 * HOUR], ['ura e le 1 tse di fetileng', HOUR], ['metsotso e le 35 e e fetileng', 35 * 60_000], // Setswana
    ['malatsi a le 3 a a fetileng', 3 * DAY], ['beke e le 1 tse di fetileng', 7 * DAY], // Setswana
    ['avant 18 minutas', 18 * 60_000], ['avant 2 uras', 2 * HOUR], ['avant ina emna', 7 * DAY], // Romansh
    ['tiawara ta 3 leti hundzeke', 3 * HOUR], ["siku rin'we leri hundzeke", DAY], ['timinete ta 38 leti hundzeke', 38 * 60_000], ['masiku ya 2 lama hundzeke', 2 * DAY], // Xitsonga
    ['päivä sitten', DAY], ['viikko sitten', 7 * DAY], ['3 viikkoa sitten', 21 * DAY], // Finnish, one unit without its count
    ['nans yw 25 mynysen', 25 * 60_000], ['nans yw 2 eur', 2 * HOUR], ['nans yw dydh', DAY], // Cornish
    ['gn a 14 eures', 14 * HOUR], ['gn a 30 munutes', 30 * 60_000], ['gn a on djoû', DAY], // Walloon
    ['amahora ama-3 adlulileko', 3 * HOUR], ['amalanga ama-3 adlulileko', 3 * DAY], ['iimveke ezi-2 ezidlulileko', 14 * DAY], // isiNdebele
    ['před 12 mjeńšinami', 12 * 60_000], ['před hodźinu', HOUR], ['před 2 hodźinomaj', 2 * HOUR], ['před 5 hodźinami', 5 * HOUR], ['před dnjom', DAY], ['před 2 dnjomaj', 2 * DAY], // Upper Sorbian
    ['25 minut tymu', 25 * 60_000], ['2 dni tymu', 2 * DAY], // Silesian
    ['25 daqqa evel', 25 * 60_000], ['3 saat evel', 3 * HOUR], ['1 kün evel', DAY], // Crimean Tatar
    ['ከ5 ሰዓት 6 ደቂቃ በፊት', 5 * HOUR + 6 * 60_000], ['ከ2 ሳምንት 1 ቀን በፊት', 15 * DAY], // Amharic, two units (Drupal's)
    ['pśed 7 minutami', 7 * 60_000], ['pśed 1 góźinu', HOUR], ['pśed 2 góźinoma', 2 * HOUR], ['pśed 11 góźinami', 11 * HOUR], // Lower Sorbian
    ['۱ روز، ۳ ساعت پیش', DAY + 3 * HOUR], ['۲ هفته، ۱ روز پیش', 15 * DAY], // Persian, two units (Django's)
    ['бір күн бұрын', DAY], // Kazakh, "one" in words
    ['fa 21 minutos', 21 * 60_000], ['fa 5 horas', 5 * HOUR], ['fa 2 semanas', 14 * DAY], ['ahiere', DAY], // Aragonese
    ['перед 25 мінутами', 25 * 60_000], ['перед 5 годинами', 5 * HOUR], ['перед 2 тыжнями', 14 * DAY], // Rusyn
    ['18 минуҭ раԥхьа', 18 * 60_000], ['5 сааҭ раԥхьа', 5 * HOUR], ['3 мшы раԥхьа', 3 * DAY], ['иацы', DAY], // Abkhaz
    ['35 menûti fa', 35 * 60_000], ['2 oe fa', 2 * HOUR], ["un'ôa fa", HOUR], // Ligurian
    ['34 minut fa', 34 * 60_000], ['18 or fa', 18 * HOUR], ['2 or, 25 minut fa', 2 * HOUR + 25 * 60_000], ['1 dì, 9 or fa', DAY + 9 * HOUR], // Lombard, two units (Django's)
    ['22 минут мындан алда', 22 * 60_000], ['5 сагъат мындан алда', 5 * HOUR], ['4 кюн мындан алда', 4 * DAY], ['тюнене', DAY], // Karachay-Balkar
    ['35 минут сайын', 35 * 60_000], ['5 час сайын', 5 * HOUR], ['2 вежон сайын', 14 * DAY], ['тӧрыт', DAY], // Komi
    ['такъикъ 12 пэкӀэ', 12 * 60_000], ['сыхьат 5 пэкӀэ', 5 * HOUR], ['тхьэмафэ 2 пэкӀэ', 14 * DAY], // Adyghe, the unit first
    ['25 faencung gonq', 25 * 60_000], ['5 aen cungdaeuz gonq', 5 * HOUR], ['3 ngoenz gonq', 3 * DAY], ['ngoenzlwenz', DAY], // Zhuang
    ['15 минут мурнунда', 15 * 60_000], ['3 шак мурнунда', 3 * HOUR], ['1 хонук мурнунда', DAY], ['дүүн', DAY], // Tuvan
    ['2 сят вилик', 2 * HOUR], ['21 сят вилик', 21 * HOUR], // Lezgian
    ['18 минут цебе', 18 * 60_000], ['5 сагӀат цебе', 5 * HOUR], ['2 анкь цебе', 14 * DAY], ['сон', DAY], // Avar
    ['18 минут талэсь азьло', 18 * 60_000], ['14 час талэсь азьло', 14 * HOUR], ['3 нунал талэсь азьло', 3 * DAY], // Udmurt
    ['antes de 12 minutos', 12 * 60_000], ['antes de 5 oras', 5 * HOUR], ['antes de 3 dias', 3 * DAY], // Ladino
    ['faghet 18 minutos', 18 * 60_000], ['faghet 5 oras, 12 minutos', 5 * HOUR + 12 * 60_000], ['faghet 1 die, 2 oras', DAY + 2 * HOUR], // Sardinian, the word first
    ['25 минот хьалха', 25 * 60_000], ['2 сахьт хьалха', 2 * HOUR], ['селхан', DAY], // Ingush
    ['3 zorni fa', 3 * DAY], ['2 setimane fa', 14 * DAY], ['jeri', DAY], // Venetian
    ['2 ôr 5 minûd fà', 2 * HOUR + 5 * 60_000], ['5 minûd fà', 5 * 60_000], // Emilian
    ['imizuzu le-24 lendlulile', 24 * 60_000], ['emahora la-5 lendlulile', 5 * HOUR], ['emaviki la-2 lendlulile', 14 * DAY], // siSwati, the unit first
    ['дыгъуасэ', DAY], // Kabardian
    ['2 ore e 25 minuti fa', 2 * HOUR + 25 * 60_000], ['vor 1 Tag, 3 Stunden', DAY + 3 * HOUR], ['hace 2 horas y 5 minutos', 2 * HOUR + 5 * 60_000], // two units in any language the single ages read
  ])('reads the age "%s" in Chuvash, Hawaiian, Ossetian, Tongan, Sakha, isiXhosa, Twi, Turkish, Slovak, Greek, Bislama, Luganda, Kabyle, Sesotho, Fijian, Chichewa, Maltese, Ewe, Kirundi, Northern Sami, Kikuyu, Tahitian, Bambara, Dzongkha, Aymara, Setswana, Romansh, Xitsonga, Finnish, Cornish, Walloon, isiNdebele, Upper Sorbian, Silesian, Crimean Tatar, Amharic, Lower Sorbian, Persian, Kazakh, Aragonese, Rusyn, Abkhaz, Ligurian, Lombard, Karachay-Balkar, Komi, Adyghe, Zhuang, Tuvan, Lezgian, Avar, Udmurt, Ladino, Sardinian, Ingush, Venetian, Emilian, siSwati and Kabardian, and two units in any of them', (text, ago) => {
    expect(parseRelative(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each([
    ['Паян, 07:15', '2025-06-08T07:15'], ['Ӗнер, 14:40', '2025-06-07T14:40'], ['22 ака, 16:20', '2025-04-22T16:20'], // Chuvash
    ['i nehinei, 4:15 p.m.', '2025-06-07T16:15'], ['i ka hola 6:40 a.m.', '2025-06-08T06:40'], // Hawaiian
    ['ມື້ວານນີ້ 16:20', '2025-06-07T16:20'], // Lao, "yesterday" with its "-nii"
    ['mán. 11. okt. kl. 16:05', '2024-10-11T16:05'], // Icelandic, its weekday's short name first
    ['Ago 22, 2024, 2:20 PM', '2024-08-22T14:20'], ['Hun 3, 2025', '2025-06-03T12:00'], // Filipino, a month's short name first
    ['Абон, 14:02', '2025-06-08T14:02'], ['Знон, 19:05', '2025-06-07T19:05'], ['4 июны 2025, 18:10', '2025-06-04T18:10'], // Ossetian
    ['2:05 efiafi', '2025-06-08T14:05'], ['9 ʻEpeleli 2025', '2025-04-09T12:00'], // Tongan: "afternoon", a month
    ['včera v 18:40', '2025-06-07T18:40'], ['вчора о 16:10', '2025-06-07T16:10'], // Czech and Ukrainian "at" after "yesterday"
    ['Ɛnnɛ, 09:10', '2025-06-08T09:10'], ['Ɛnnora, 18:00', '2025-06-07T18:00'], // Twi
    ['17/4/25 tarihinde', '2025-04-17T12:00'], // Turkish "on the date"
    ['5. júna 2025', '2025-06-05T12:00'], // Slovak, a month in the genitive
    ['Wen, 28/05/2025 - 21:40', '2025-05-28T21:40'], // Bislama, a weekday's short name first (Drupal's format)
    ['Leero 08:15', '2025-06-08T08:15'], ['Jjo 21:00', '2025-06-07T21:00'], // Luganda
    ['Maobane ka 16:40', '2025-06-07T16:40'], ['Kajeno 12:40', '2025-06-08T12:40'], ['10 Hlakubele 2025', '2025-03-10T12:00'], // Sesotho
    ['Labone, 12 Hlakubele 2025 - 08:10', '2025-03-12T08:10'], // Sesotho, its weekday first
    ['3 Jiune 2025', '2025-06-03T12:00'], ['3 Malichi 2025', '2025-03-03T12:00'], // Fijian and Chichewa months
    ['etsɔ, ɣetrɔ ga 7:30', '2025-06-07T19:30'], ['ŋdi ga 9:15', '2025-06-08T09:15'], ['Dzove 23 lia 2025', '2025-01-23T12:00'], // Ewe
    ['19 Ruhuhuma 2025', '2025-02-19T12:00'], // Kirundi
    ['ikte dii. 18.40', '2025-06-07T18:40'], ['lávvardat dii. 15.45', '2025-06-07T15:45'], // Northern Sami: yesterday, Saturday
    ['Do., 5.6.2025', '2025-06-05T12:00'], ['Sa, 7 Jun 2025', '2025-06-07T12:00'], // German weekdays' short names
    ['Ira, 21:40', '2025-06-07T21:40'], ['22 Mwere wa kerĩ 2025', '2025-02-22T12:00'], ['Njumaine, 3 Mwere wa gatandatũ 2025 12:10', '2025-06-03T12:10'], // Kikuyu
    ['inanahi i te hora 20:15', '2025-06-07T20:15'], ['hora 16:30', '2025-06-08T16:30'], ['Mahana maha 5 Tiunu 2025 - 09:45', '2025-06-05T09:45'], // Tahitian
    ['Bi lɛrɛ 07:55', '2025-06-08T07:55'], ['Kunu lɛrɛ 19:05', '2025-06-07T19:05'], ['Juma tɛmɛnen lɛrɛ 16:30', '2025-06-06T16:30'], // Bambara
    ['སྤྱི་ལོ་༢༠༢༥ ཟླ་དྲུག་པ་ ཚེས་ ༥ ཆུ་ཚོད་ ༤ སྐར་མ་ ༥༠ ཕྱི་ཆ་', '2025-06-05T16:50'], ['སྤྱི་ལོ་༢༠༢༥ ཟླ་༦ ཚེས་༧', '2025-06-07T12:00'], ['ཁ་ཙ་ 09:30', '2025-06-07T09:30'], // Dzongkha
    ['masüru, 11:40', '2025-06-07T11:40'], // Aymara
    ['Maabane 18:20', '2025-06-07T18:20'], ['Gompieno 07:45', '2025-06-08T07:45'], ['2 Seetebosigo 2025', '2025-06-02T12:00'], // Setswana
    ['Labobedi, 3 Seetebosigo 2025', '2025-06-03T12:00'], ['14 Phatwe 2024', '2024-08-14T12:00'], // Setswana
    ['3 da zercladur 2025', '2025-06-03T12:00'], ['glindesdi, 12 da matg 2025 09:12', '2025-05-12T09:12'], ['25 da october 2024', '2024-10-25T12:00'], // Romansh
    ['19 Hukuri 2024', '2024-11-19T12:00'], ['Tolo 14:20', '2025-06-07T14:20'], // Xitsonga
    ['Inne, 3:15 PM', '2025-06-07T15:15'], ['Rainin, 9:05 AM', '2025-06-08T09:05'], // Marshallese
    ['Wednesday, June 4th, 2025 at 11:12:05 AM GMT+00:00', '2025-06-04T11:12'], // a tooltip's date written out in full
    ['ULesibili, 03 Julayi 2024 17:15', '2024-07-03T17:15'], // isiNdebele
    ['23 d’octôbe 2024', '2024-10-23T12:00'], // Walloon, "of" elided before the month
    ['24. nowembra 2024, 16:10 hodź.', '2024-11-24T16:10'], ['3. měrca 2025', '2025-03-03T12:00'], // Upper Sorbian, "hodź." after the clock
    ['2 disenbre 2024', '2024-12-02T12:00'], ['30 novenbre 2024', '2024-11-30T12:00'], // Venetian
    ['28 Nuvèmmiru 2024', '2024-11-28T12:00'], ['5 Jinnaru 2025', '2025-01-05T12:00'], // Sicilian
    ['14 łżëkwiata 2025', '2025-04-14T12:00'], ['3 gòdnika 2024', '2024-12-03T12:00'], // Kashubian
    ['vuê, 14:05', '2025-06-08T14:05'], ['îr, 20:15', '2025-06-07T20:15'], // Friulian, today and yesterday
    ['wczorej, 22:15', '2025-06-07T22:15'], // Silesian, yesterday
    ['26. oktobra 2024, 8:30 góź.', '2024-10-26T08:30'], // Lower Sorbian, "góź." after the clock
    ['ier, 18:05', '2025-06-07T18:05'], ["l'altrer, 09:15", '2025-06-06T09:15'], ['giœbia 22 de ottober', '2024-10-22T12:00'], ['lundesdì 26 de magg 2025, 10:02', '2025-05-26T10:02'], // Lombard
    ['Туннэ, 14:31', '2025-06-08T14:31'], ['Толон, 19:20', '2025-06-07T19:20'], ['1 толсур 2024, 18:30', '2024-12-01T18:30'], ['30 шуркынмон 2024', '2024-11-30T12:00'], // Udmurt
    ['Pubricòu o 30/03/2025 08:02', '2025-03-30T08:02'], // Ligurian "published on"
    ['03.06 14:02', '2025-06-03T14:02'], // a day and month with dots, then a clock time, no year
    ['Бөгүн, 06:10', '2025-06-08T06:10'], ['Дүүн, 14:00', '2025-06-07T14:00'], // Tuvan
    ['Тахан, 12:55', '2025-06-08T12:55'], ['Селхан, 21:40', '2025-06-07T21:40'], // Ingush
    ['Kushicilelwe ngu 25/05/2025', '2025-05-25T12:00'], // siSwati "published on"
    ['12 Ingci 2024, 13:56', '2024-08-12T13:56'], ['Нобэ, 16:05', '2025-06-08T16:05'], // siSwati's months, Kabardian "today"
  ])('reads the Chuvash, Hawaiian, Lao, Icelandic, Filipino, Ossetian, Tongan, Czech, Ukrainian, Twi, Turkish, Slovak, Bislama, Luganda, Sesotho, Fijian, Chichewa, Ewe, Kirundi, Northern Sami, German, Kikuyu, Tahitian, Bambara, Dzongkha, Aymara, Setswana, Romansh, Xitsonga, Marshallese, isiNdebele, Walloon, Upper Sorbian, Venetian, Sicilian, Kashubian, Friulian, Silesian, Lower Sorbian, Lombard, Udmurt, Ligurian, Tuvan, Ingush, siSwati and Kabardian time "%s"', (text, at) => {
    expect(parseTimeText(text, now, { timeZone: 'UTC' })?.publishedAt.toISOString().slice(0, 16)).toBe(at);
  });

  it.each(['every Sunday, 6:00 p.m.', 'each Monday 09:30', 'every weekday, 7:00 AM'])('reads no time in the recurring slot "%s" (a programme\'s, a schedule\'s)', (text) => {
    expect(parseTimeText(text, now, { timeZone: 'UTC' })).toBeNull();
  });

  it('reads "15.05" as a clock time on a page that writes its times so (Finnish, Danish, Norwegian, Swedish), else not', () => {
    expect(parseTimeText('15.05', now, { timeZone: 'UTC', dottedClock: true })?.publishedAt.toISOString()).toBe('2025-06-08T15:05:00.000Z');
    expect(parseTimeText('9.30', now, { timeZone: 'UTC', dottedClock: true })?.publishedAt.toISOString()).toBe('2025-06-08T09:30:00.000Z');
    expect(parseTimeText('15.05', now, { timeZone: 'UTC' })).toBeNull();
    expect(parseTimeText('25.05', now, { timeZone: 'UTC', dottedClock: true })?.publishedAt.toISOString()).not.toBe('2025-06-08T01:05:00.000Z');
  });

  it('reads "Ago" as a month only before a day and a year: "5 hours ago" stays an age', () => {
    expect(parseTimeText('Ago 22', now, { timeZone: 'UTC' })).toBeNull();
    expect(parseTimeText('5 hours ago', now)?.publishedAt.toISOString()).toBe(before(5 * HOUR));
  });

  it('tells a day without its year in the weeks to come from one a zone apart or a year back', () => {
    expect(isDayAheadWithoutYear('Jun 17', now)).toBe(true);
    expect(isDayAheadWithoutYear('ʻOkakopa 17', new Date('2026-10-10T00:00:00Z'))).toBe(true);
    // Read in UTC, a clock time later today is a few hours ahead: a zone's difference, no event.
    expect(isDayAheadWithoutYear('06-08 22:10', now)).toBe(false);
    expect(isDayAheadWithoutYear('Jun 1', now)).toBe(false);
    expect(isDayAheadWithoutYear('Jun 17, 2024', now)).toBe(false);
    expect(isDayAheadWithoutYear('Dec 24', now)).toBe(false);
  });

  it.each([['10 Aymuray 2025', '2025-05-10'], ['4 de santandria 2024', '2024-11-04'], ['tiisdei 3 juny', '2025-06-03'], ["qayna p'unchaw, 21:10", '2025-06-07']])(
    'reads the Quechua, Sardinian and Frisian date "%s"',
    (text, day) => {
      expect(parseTimeText(text, now, { timeZone: 'UTC' })?.publishedAt.toISOString().slice(0, 10)).toBe(day);
    },
  );

  it.each(['vorgestern, 18:30', 'pêr, 18:30', 'avant-hier à 18h30', 'the day before yesterday 18:30'])(
    'reads "%s" as the day before yesterday at that hour in the page\'s zone',
    (text) => {
      expect(parseTimeText(text, now, { timeZone: 'Europe/Istanbul' })?.publishedAt.toISOString()).toBe('2025-06-06T15:30:00.000Z');
    },
  );

  it("reads a Czech tooltip's date and clock time to the second ('8. 6. 2025 7:38:00')", () => {
    expect(parseTimeText('8. 6. 2025 7:38:00', now, { timeZone: 'Europe/Prague' })?.publishedAt.toISOString()).toBe('2025-06-08T05:38:00.000Z');
  });

  it("reads no age in a note of a clip's length ('(sonaĵo, 14 min.)', '(video, 3 min)'), and a countdown as a time ahead", () => {
    expect(timePartOf('(sonaĵo, 14 min.)', now)).toBeNull();
    expect(timePartOf('(video, 3 min)', now)).toBeNull();
    expect(timePartOf('14 min.', now)).not.toBeNull();
    expect(isComingText('9 hours to go', now)).toBe(true);
    expect(isComingText('12 days left', now)).toBe(true);
    expect(isComingText('9 hours ago', now)).toBe(false);
  });

  it("reads a clock time as to come in the page's zone ('15:48' in Moscow is past at 13:05 UTC), and a Zhuang page's '06-12' month first", () => {
    const at = new Date('2026-12-11T13:05:00Z');
    expect(isComingText('11 декабрь 2026, 15:48', at, { timeZone: 'Europe/Moscow' })).toBe(false);
    expect(isComingText('11 декабрь 2026, 15:48', at)).toBe(true);
    expect(parseTimeText('06-12 11:36', new Date('2003-06-12T08:20:00Z'), { timeZone: 'Asia/Shanghai', dayFirst: isDayFirst('za') })?.publishedAt.toISOString()).toBe('2003-06-12T03:36:00.000Z');
  });

  it("reads a news database's date with its weekday after the year ('February 18, 2025 Tuesday 7:42 PM EST')", () => {
    const at = new Date('2025-02-20T12:00:00Z');
    expect(parseTimeText('February 18, 2025 Tuesday 7:42 PM EST', at)?.publishedAt.toISOString()).toBe('2025-02-19T00:42:00.000Z');
  });

  it("splits a line's name from its date and the clock time after it ('612 words, 9 March 2024, 03:15 GMT')", () => {
    const at = new Date('2024-03-12T16:00:00Z');
    expect(metaParts('By Lucinda Elliott, 612 words, 9 March 2024, 03:15 GMT', at)).toEqual(['By Lucinda Elliott, 612 words', '9 March 2024, 03:15 GMT']);
    expect(metaParts('Reuters, 3 hours ago', at)).toEqual(['Reuters', '3 hours ago']);
  });

  it("keeps a numeric date and its clock time after a dash together ('Il Gazzettino · lun 08/03 - 11:30', Drupal's form), where a dash after a name splits", () => {
    const at = new Date('2027-03-11T16:40:00Z');
    const rome = { timeZone: 'Europe/Rome' };
    expect(metaParts('Il Gazzettino · lun 08/03 - 11:30', at, rome)).toEqual(['Il Gazzettino', 'lun 08/03 - 11:30']);
    expect(metaParts('Il Gazzettino - 11:30', at, rome)).toEqual(['Il Gazzettino', '11:30']);
    expect(parseTimeText('lun 08/03 - 11:30', at, { ...rome, dayFirst: true })?.publishedAt.toISOString()).toBe('2027-03-08T10:30:00.000Z');
    expect(parseTimeText('10:00 - 11:30', at, rome)).toBeNull();
  });

  it.each(['अभी-अभी', 'अभी अभी', 'ابھی ابھی', 'এইমাত্র', 'आत्ताच'])('reads Hindi, Urdu, Bengali and Marathi "%s" as just now', (text) => {
    expect(iso(parseRelative(text, now))).toEqual({ publishedAt: now.toISOString(), earliest: before(60_000), latest: now.toISOString() });
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it('reads "yesterday" as a day ago, in a range that covers the whole of yesterday in any zone', () => {
    const r = parseRelative('yesterday', now)!;
    expect(r.publishedAt.toISOString()).toBe(before(DAY));
    expect(r.earliest.getTime()).toBeLessThanOrEqual(now.getTime() - DAY - 18 * HOUR); // yesterday began ≥ 42 h ago in UTC
    expect(r.latest.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it('does not read a headline or a bare number as a time', () => {
    expect(parseRelative('5 reasons to visit Paris', now)).toBeNull();
    expect(parseRelative('2025', now)).toBeNull();
  });
});

describe('parseTimeText', () => {
  it('reads relative text and absolute dates', () => {
    expect(parseTimeText('5 hours ago', now)?.publishedAt.toISOString()).toBe(before(5 * HOUR));
    expect(parseTimeText('8 Jun 2025 13:00', now)?.publishedAt.toISOString()).toBe('2025-06-08T13:00:00.000Z');
  });

  it("reads a zone-less absolute time in the site's zone", () => {
    expect(parseTimeText('8 Jun 2025 13:00', now, { zoneOffsetMinutes: 120 })?.publishedAt.toISOString()).toBe('2025-06-08T11:00:00.000Z');
  });

  it.each(['Jun 8-12', 'Jun 29 – Jul 2', '8–10 June', '8-12 Jun 2025', 'June 8 – June 12', '10:00 - 11:30', '9:30am–5:00pm'])(
    "takes the span %j (an event's dates, a time slot) for no time",
    (text) => {
      expect(parseTimeText(text, now)).toBeNull();
      expect(looksLikeTime(text, now)).toBe(false);
    },
  );

  it('still reads a date followed by its time after a dash', () => {
    expect(parseTimeText('June 8, 2025 - 10:30', now)?.publishedAt.toISOString()).toBe('2025-06-08T10:30:00.000Z');
  });
});

describe('parseAbsolute', () => {
  it('gives "8 Jun 13:00" without a year the most recent past year', () => {
    expect(parseAbsolute('8 Jun 13:00', now)?.publishedAt.toISOString()).toBe('2025-06-08T13:00:00.000Z');
    expect(parseAbsolute('8 Jun 19:00', now)?.publishedAt.toISOString()).toBe('2024-06-08T19:00:00.000Z');
    expect(parseAbsolute('10 Jun', now)?.publishedAt.getUTCFullYear()).toBe(2024);
  });

  it('reads "Aug 25" as a day of August on a British page too, where numeric dates are read day first', () => {
    const september = new Date('2025-09-04T12:00:00Z');
    for (const dayFirst of [false, true]) {
      expect(parseAbsolute('Aug 25', september, { dayFirst })?.publishedAt.toISOString().slice(0, 10)).toBe('2025-08-25');
      expect(parseAbsolute('Aug 29', september, { dayFirst })?.publishedAt.toISOString().slice(0, 10)).toBe('2025-08-29');
    }
    expect(parseAbsolute('05/08/2025', september, { dayFirst: true })?.publishedAt.toISOString().slice(0, 10)).toBe('2025-08-05');
  });

  it('gives a date without a time the range of its day', () => {
    expect(iso(parseAbsolute('7 Jun 2025', now))).toMatchObject({ earliest: '2025-06-07T00:00:00.000Z', latest: '2025-06-08T00:00:00.000Z' });
  });

  it("reads today's date before noon as today, between midnight and now", () => {
    const morning = new Date('2025-06-08T08:00:00Z');
    for (const text of ['8 Jun 2025', 'June 8']) {
      expect(iso(parseTimeText(text, morning)), text).toEqual({
        publishedAt: morning.toISOString(), earliest: '2025-06-08T00:00:00.000Z', latest: morning.toISOString(),
      });
    }
  });

  it('reads a time alone that has not yet come today as yesterday', () => {
    expect(parseTimeText('13:00', new Date('2025-06-08T08:00:00Z'))?.publishedAt.toISOString()).toBe('2025-06-07T13:00:00.000Z');
    expect(parseTimeText('07:00', new Date('2025-06-08T08:00:00Z'))?.publishedAt.toISOString()).toBe('2025-06-08T07:00:00.000Z');
  });

  it('does not take words inside a long headline for a date', () => {
    expect(looksLikeTime('Paris wants to produce drones in Ukraine', now)).toBe(false);
    expect(looksLikeTime('May brings new hope for 3 towns', now)).toBe(false);
    expect(looksLikeTime('5 hours ago', now)).toBe(true);
  });
});

describe('parseMachineTime', () => {
  it('reads ISO 8601 with a zone as that instant', () => {
    expect(parseMachineTime('2025-06-08T15:30:00+02:00', now)?.publishedAt.toISOString()).toBe('2025-06-08T13:30:00.000Z');
    expect(parseMachineTime('2025-06-08T13:30:00Z', now)?.publishedAt.toISOString()).toBe('2025-06-08T13:30:00.000Z');
  });

  it('reads zone-less ISO 8601 as UTC by default, never in the machine zone', () => {
    expect(parseMachineTime('2025-06-08T13:30:00', now)?.publishedAt.toISOString()).toBe('2025-06-08T13:30:00.000Z');
    expect(parseMachineTime('2025-06-08 13:30', now)?.publishedAt.toISOString()).toBe('2025-06-08T13:30:00.000Z');
  });

  it("reads zone-less ISO 8601 in the site's zone when given", () => {
    expect(parseMachineTime('2025-06-08T13:30:00', now, { zoneOffsetMinutes: 540 })?.publishedAt.toISOString()).toBe('2025-06-08T04:30:00.000Z');
    expect(parseMachineTime('2025-06-08T13:30:00', now, { zoneOffsetMinutes: -240 })?.publishedAt.toISOString()).toBe('2025-06-08T17:30:00.000Z');
  });

  it("reads a date-only value as that day in the site's zone", () => {
    expect(iso(parseMachineTime('2025-06-07', now))).toMatchObject({ earliest: '2025-06-07T00:00:00.000Z', latest: '2025-06-08T00:00:00.000Z' });
    expect(iso(parseMachineTime('2025-06-07', now, { zoneOffsetMinutes: 540 }))).toMatchObject({
      earliest: '2025-06-06T15:00:00.000Z', latest: '2025-06-07T15:00:00.000Z',
    });
  });

  it('reads Unix epochs in seconds and in milliseconds', () => {
    const t = Date.parse('2025-06-08T12:00:00Z');
    expect(parseMachineTime(String(t / 1000), now)?.publishedAt.getTime()).toBe(t);
    expect(parseMachineTime(String(t), now)?.publishedAt.getTime()).toBe(t);
  });

  it('rejects times later than now by more than the allowed clock skew', () => {
    const soon = new Date(now.getTime() + FUTURE_SKEW_MS - 60_000).toISOString();
    const later = new Date(now.getTime() + FUTURE_SKEW_MS + 60_000).toISOString();
    expect(parseMachineTime(soon, now)).not.toBeNull();
    expect(parseMachineTime(later, now)).toBeNull();
    expect(parseMachineTime(String(Math.floor(Date.parse(later) / 1000)), now)).toBeNull();
    expect(parseMachineTime('10 Jun 2025 13:00', now)).toBeNull();
  });

  it('rejects values that are not times', () => {
    expect(parseMachineTime('2025-99-99T00:00:00Z', now)).toBeNull();
    expect(parseMachineTime('', now)).toBeNull();
  });
});

describe('timePartOf', () => {
  it.each([
    ['5 hours ago', '5 hours ago'],
    ['Russia Today · 5 hours ago', '5 hours ago'],
    ['5 hours ago · Russia Today', '5 hours ago'],
    ['Reuters - 3h', '3h'],
    ['16h | Bloomberg', '16h'],
    ['June 8, 2025 - 10:30', 'June 8, 2025 - 10:30'],
    ['Bankier.pl, 12 min temu', '12 min temu'],
    ['Reuters, 3 hours ago', '3 hours ago'],
    ['June 8, 2025', 'June 8, 2025'],
    ['City Desk / Updated: Jun 8, 2025, 15:21 IST', 'Updated: Jun 8, 2025, 15:21 IST'],
    ['/ Updated: Jun 8, 2025, 15:21 IST', 'Updated: Jun 8, 2025, 15:21 IST'],
    ['6月7日 22時10分', '6月7日 22時10分'],
    ['12 mins ago by Reuters', '12 mins ago'],
    ['Reuters, 3 hours ago · 12 comments', '3 hours ago'],
    ['Іскер әлем, кеше · 48 200', 'кеше'],
    // No digit, and the time's word is the last of its part only ("fa", "پیش"), not of the line.
    ['un minuto fa · ANSA', 'un minuto fa'],
    ['یک ساعت پیش · ایسنا', 'یک ساعت پیش'],
  ])('finds the time in the meta line %j', (text, part) => {
    expect(timePartOf(text, now)).toBe(part);
  });

  it.each([
    'Home | About | Contact',
    'Russia Today',
    'Smith, John',
    '10:00 - 11:30',
    'Paris wants to produce drones in Ukraine',
    // A schedule's clock time is no moment of publication.
    'The 10 most-voted stories, every morning at 08:00 UTC.',
    'New episodes weekly at 6:00 pm',
    // A life's span or a run of years is no one moment.
    'March 3, 1938 – November 10, 2025',
    '1951 – 2025',
  ])('finds none in %j', (text) => {
    expect(timePartOf(text, now)).toBeNull();
  });
});

describe('a time label led by the kind of time it is', () => {
  it.each([
    ['Updated 5 hours ago', 5],
    ['Published 6 hours ago', 6],
    ['Last updated: 2 hours ago', 2],
    ['Aktualisiert vor 3 Stunden', 3],
  ])('reads %j', (text, hours) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(hours * HOUR));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each([
    ['अपडेटेड: 07 जून 2025', '2025-06-07'],
    ['Zaktualizowano: 7 czerwca 2025', '2025-06-07'],
    ['Bijgewerkt: 7 juni 2025', '2025-06-07'],
    ['Diperbarui: 7 Juni 2025', '2025-06-07'],
    ['Aggiornato: 7 giugno 2025', '2025-06-07'],
    ['Atualizado em 7 de junho de 2025', '2025-06-07'],
    ['7. června 2025', '2025-06-07'],
    ['2025. június 7.', '2025-06-07'],
    ['7 يونيو 2025', '2025-06-07'],
  ])('reads the day of %j', (text, day) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe(day);
  });

  it('reads "17.12 Uhr" as a clock time, not as December or the year 2017', () => {
    const march = new Date('2025-03-02T19:10:00Z');
    const berlin = { timeZone: 'Europe/Berlin', dayFirst: true };
    expect(parseTimeText('28. Februar, 17.12 Uhr', march, berlin)?.publishedAt.toISOString()).toBe('2025-02-28T16:12:00.000Z');
    expect(parseTimeText('17.12.2024', march, berlin)?.publishedAt.toISOString().slice(0, 10)).toBe('2024-12-17');
  });

  it('reads a Chinese feed\'s "10-26 09:30" month first, and Turkish month abbreviations', () => {
    const october = new Date('2025-10-27T06:20:00Z');
    expect(parseTimeText('10-26 09:30', october, { timeZone: 'Asia/Shanghai' })?.publishedAt.toISOString()).toBe('2025-10-26T01:30:00.000Z');
    expect(parseTimeText('8 Şub', new Date('2026-02-10T11:00:00Z'))?.publishedAt.toISOString().slice(0, 10)).toBe('2026-02-08');
  });

  it.each([
    ['for 1 time siden', '2025-06-08T17:00'],
    ['fredag 28. mars', '2025-03-28T12:00'],
    ['3. 3. 21:47', '2025-03-03T21:47'],
    ['Minggu, 08 Jun 2025 14:05', '2025-06-08T14:05'],
    ['3 tuntia sitten', '2025-06-08T15:00'],
    ['eilen klo 22.10', '2025-06-07T22:10'],
    ['i går kl. 23.40', '2025-06-07T23:40'],
    ['10 martie, 20:15', '2025-03-10T20:15'],
    ['3. maj', '2025-05-03T12:00'],
    ['8 มิ.ย. 2568 08:30 น.', '2025-06-08T08:30'],
    ['เมื่อวาน 21:15 น.', '2025-06-07T21:15'],
    ['০৮ জুন ২০২৫, ১০:১০', '2025-06-08T10:10'],
    ['2025年6月8日 下午3:20', '2025-06-08T15:20'],
    ['2025年6月8日 上午9:05', '2025-06-08T09:05'],
    ['6/8(日) 12:10', '2025-06-08T12:10'],
    // The same, as a browser's translation of the page writes it.
    ['6/8 (Sun) 12:10', '2025-06-08T12:10'],
    ['6/7 (Sat.) 23:40', '2025-06-07T23:40'],
  ])('reads %j (Norwegian hours, weekdays before dates, dotted day and month, Finnish, Danish, Romanian, Thai, Bengali, Chinese halves of the day, a bracketed weekday)', (text, at) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 16)).toBe(at);
  });

  it('reads no age in "1 日" alone, which is also the 1st of a month', () => {
    expect(parseRelative('1 日', now)).toBeNull();
  });

  it('reads no date in a count that shares a word with a month elsewhere ("12 leden": twelve members, in Dutch)', () => {
    expect(looksLikeTime('12 leden', now)).toBe(false);
  });

  it('reads a date after "Published on"', () => {
    expect(parseTimeText('Published on 8 Jun 2025 13:00', now)?.publishedAt.toISOString()).toBe('2025-06-08T13:00:00.000Z');
  });
});

describe('relative times in more languages', () => {
  it.each([
    ['5 ore fa', 5 * HOUR], ["un'ora fa", HOUR], ['há 5 horas', 5 * HOUR], ['5 horas atrás', 5 * HOUR], ['5 uur geleden', 5 * HOUR],
    ['5 godzin temu', 5 * HOUR], ['5 saat önce', 5 * HOUR], ['5小时前', 5 * HOUR], ['3天前', 3 * 24 * HOUR], ['2 dagen geleden', 2 * 24 * HOUR],
    // Ages without their "ago", as a news search shows them beside the outlet (Bing's German, MSN's Japanese).
    ['47 Min.', 47 * 60 * 1000], ['2 Std.', 2 * HOUR], ['3 Tage', 3 * 24 * HOUR], ['35 分', 35 * 60 * 1000], ['2 時間', 2 * HOUR],
    // Hindi's "कल" is yesterday or tomorrow: a story's time is never ahead.
    ['कल', 24 * HOUR],
    // One unit in words: Portuguese, Dutch.
    ['há uma hora', HOUR], ['há um dia', 24 * HOUR], ['een uur geleden', HOUR],
  ])('reads %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each(['il y a une heure', 'il y a un jour', 'há uma hora', 'een uur geleden'])('finds %j among a card’s labels as its time', (text) => {
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each([
    ['לפני 25 דקות', 25 * 60_000], ['לפני 3 שעות', 3 * HOUR], ['לפני שעה', HOUR], ['לפני שעתיים', 2 * HOUR], ['לפני יומיים', 2 * 24 * HOUR],
  ])('reads the Hebrew %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it.each([
    ['3 órája', 3 * HOUR], ['15 perce', 15 * 60_000], ['2 napja', 2 * 24 * HOUR],
    ['acum 25 de minute', 25 * 60_000], ['acum 2 ore', 2 * HOUR], ['acum o oră', HOUR], ['acum 3 zile', 3 * 24 * HOUR],
    ['2 ชั่วโมงที่แล้ว', 2 * HOUR], ['30 นาทีที่แล้ว', 30 * 60_000],
    ['۲ ساعت پیش', 2 * HOUR], ['۱۵ دقیقه پیش', 15 * 60_000], ['یک ساعت پیش', HOUR],
    ['৫ মিনিট আগে', 5 * 60_000], ['২ ঘণ্টা আগে', 2 * HOUR], ['15 分鐘前', 15 * 60_000], ['1 小時前', HOUR], ['२ घंटे पहले', 2 * HOUR],
  ])('reads the Hungarian, Romanian, Thai, Persian, Bengali, Chinese or Hindi %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it('reads Persian and Arabic-Indic digits in a clock time after "yesterday"', () => {
    const tehran = { timeZone: 'Asia/Tehran' };
    expect(parseTimeText('دیروز ۲۲:۴۰', new Date('2025-10-14T14:50:00Z'), tehran)?.publishedAt.toISOString()).toBe('2025-10-13T19:10:00.000Z');
    expect(looksLikeTime('أمس ١٩:٠٥', now)).toBe(true);
  });

  it.each(['ieri', 'ontem', 'gisteren', 'wczoraj', 'dün', '昨天', 'אתמול', 'أمس', 'eilen', 'tegnap', 'เมื่อวาน', 'دیروز'])('reads %j as yesterday', (text) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(24 * HOUR));
  });

  it.each([
    ['15 minit lalu', 15 * 60_000], ['2 jam lalu', 2 * HOUR], ['49 منٹ پہلے', 49 * 60_000], ['۳ گھنٹے پہلے', 3 * HOUR], ['1 گھنٹہ پہلے', HOUR],
  ])('reads the Malay or Urdu %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each([
    ['пре 5 минута', 5 * 60_000], ['пре 2 сата', 2 * HOUR], ['pre 6 sati', 6 * HOUR], ['dakika 20 zilizopita', 20 * 60_000],
    ['saa 3 zilizopita', 3 * HOUR], ['45 minuto ang nakalipas', 45 * 60_000], ['6 na oras ang nakalipas', 6 * HOUR], ['1 araw ang nakalipas', 24 * HOUR],
  ])('reads the Serbian, Swahili or Filipino %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each([
    ['bg', 'преди 18 минути', 18 * 60_000], ['bg', 'преди 2 часа', 2 * HOUR], ['bg', 'преди час', HOUR], ['bg', 'преди 3 дни', 3 * 24 * HOUR], ['bg', 'току-що', 0],
    ['hr', 'prije 4 sata', 4 * HOUR], ['hr', 'prije 5 minuta', 5 * 60_000], ['hr', 'prije sat vremena', HOUR], ['hr', 'upravo', 0],
    ['ca', 'fa 4 minuts', 4 * 60_000], ['ca', 'fa 3 hores', 3 * HOUR], ['ca', 'fa una hora', HOUR], ['ca', 'fa 2 dies', 2 * 24 * HOUR],
    ['ta', '3 மணி நேரத்திற்கு முன்பு', 3 * HOUR], ['ta', '25 நிமிடங்களுக்கு முன்பு', 25 * 60_000], ['ta', '2 நாட்களுக்கு முன்பு', 2 * 24 * HOUR],
    ['sl', 'pred 3 urami', 3 * HOUR], ['sl', 'pred 38 minutami', 38 * 60_000], ['sl', 'pred eno uro', HOUR], ['sl', 'pred 2 dnevoma', 2 * 24 * HOUR],
    ['lv', 'pirms 2 stundām', 2 * HOUR], ['lv', 'pirms 15 minūtēm', 15 * 60_000], ['lv', 'pirms stundas', HOUR],
    ['az', '3 saat əvvəl', 3 * HOUR], ['az', '15 dəqiqə əvvəl', 15 * 60_000], ['az', '2 gün əvvəl', 2 * 24 * HOUR],
    ['mr', '३ तासांपूर्वी', 3 * HOUR], ['mr', '१२ मिनिटांपूर्वी', 12 * 60_000], ['mr', '2 दिवसांपूर्वी', 2 * 24 * HOUR],
    ['ka', '3 საათის წინ', 3 * HOUR], ['ka', '15 წუთის წინ', 15 * 60_000], ['hy', '3 ժամ առաջ', 3 * HOUR], ['hy', '2 օր առաջ', 2 * 24 * HOUR],
    ['kk', '3 сағат бұрын', 3 * HOUR], ['kk', '15 минут бұрын', 15 * 60_000], ['ne', '३ घण्टा अगाडि', 3 * HOUR], ['ne', '१२ मिनेट अगाडि', 12 * 60_000],
    ['et', '3 tundi tagasi', 3 * HOUR], ['et', '17 min tagasi', 17 * 60_000], ['et', 'nädal tagasi', 7 * 24 * HOUR],
    ['sq', 'para 3 orësh', 3 * HOUR], ['sq', 'para 3 orëve', 3 * HOUR], ['sq', 'para 25 minutash', 25 * 60_000], ['sq', 'para një ore', HOUR],
    ['uz', '3 soat oldin', 3 * HOUR], ['uz', '15 daqiqa oldin', 15 * 60_000],
  ])('reads the %s label %j, and takes it for a time label', (_, text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it("reads Bulgarian 'години' as years after 'преди', Ukrainian 'години' as hours before 'тому'", () => {
    expect(parseTimeText('преди 2 години', now)?.publishedAt.toISOString()).toBe(before(2 * 365 * 24 * HOUR));
    expect(parseTimeText('2 години тому', now)?.publishedAt.toISOString()).toBe(before(2 * HOUR));
  });

  it.each([
    ['bg', '12 ноември 2025, 14:30', '2025-11-12T15:12:00Z', '2025-11-12T12:30:00.000Z'],
    ['hr', 'jučer u 21:15', '2025-11-15T10:30:00Z', '2025-11-14T20:15:00.000Z'],
    ['hr', '12.11.2025. 14:30', '2025-11-15T10:30:00Z', '2025-11-12T13:30:00.000Z'],
    ['ca', 'ahir a les 18:40', '2025-11-15T10:30:00Z', '2025-11-14T17:40:00.000Z'],
    ['ta', '14 நவம்பர் 2025, 06:30', '2025-11-15T10:30:00Z', '2025-11-14T01:00:00.000Z'],
    ['sl', 'včeraj ob 18:40', '2025-11-14T15:25:00Z', '2025-11-13T17:40:00.000Z'],
    ['lv', 'vakar plkst. 21:15', '2025-11-14T15:25:00Z', '2025-11-13T19:15:00.000Z'],
    ['az', '14 noyabr 2025', '2025-11-14T15:25:00Z', '2025-11-14T08:00:00.000Z'],
    ['mr', 'काल सायंकाळी ६:४०', '2025-11-14T15:25:00Z', '2025-11-13T13:10:00.000Z'],
    ['mr', 'आज सकाळी ९:१५', '2025-11-14T15:25:00Z', '2025-11-14T03:45:00.000Z'],
    ['ka', 'გუშინ 18:40', '2025-03-12T14:24:00Z', '2025-03-11T14:40:00.000Z'],
    ['hy', '4 հունիսի 2025', '2025-06-05T08:47:00Z', '2025-06-04T08:00:00.000Z'],
    // Kazakhstan keeps UTC+5 since 2024.
    ['kk', 'кеше 18:40', '2025-10-22T16:05:00Z', '2025-10-21T13:40:00.000Z'],
    ['ne', '19 अप्रिल 2025', '2025-04-20T10:45:00Z', '2025-04-19T06:15:00.000Z'],
    ['et', 'eile 18:40', '2025-11-14T13:20:00Z', '2025-11-13T16:40:00.000Z'],
    ['sq', 'dje 18:40', '2025-11-20T09:45:00Z', '2025-11-19T17:40:00.000Z'],
    ['uz', '12-noyabr 2025', '2025-11-25T12:30:00Z', '2025-11-12T07:00:00.000Z'],
    ['bs', '14.11.2025. u 09:30', '2025-11-16T20:08:00Z', '2025-11-14T08:30:00.000Z'],
    ['sq', 'sot në 07:10', '2025-11-20T09:45:00Z', '2025-11-20T06:10:00.000Z'],
  ])('reads the %s day %j in the zone its language gives', (lang, text, at, want) => {
    expect(parseTimeText(text, new Date(at), { timeZone: zoneOfLanguage(lang), dayFirst: true })?.publishedAt.toISOString()).toBe(want);
  });

  it.each([['prieš 2 val.', 2 * HOUR], ['prieš 15 min.', 15 * 60_000], ['prieš 3 d.', 3 * 24 * HOUR], ['ką tik', 0]])(
    'reads the Lithuanian %j',
    (text, ago) => {
      expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    },
  );

  it("reads Arabic's morning and evening after a clock time ('أمس ٩:٤٠ م') in Cairo's zone for an Egyptian page", () => {
    const cairo = { timeZone: zoneOfLanguage('ar-EG') };
    const egNow = new Date('2025-08-14T15:18:00Z');
    expect(parseTimeText('أمس ٩:٤٠ م', egNow, cairo)?.publishedAt.toISOString()).toBe('2025-08-13T18:40:00.000Z');
    expect(parseTimeText('أمس ٩:٤٠ ص', egNow, cairo)?.publishedAt.toISOString()).toBe('2025-08-13T06:40:00.000Z');
  });

  it('reads Serbian, Swahili and Filipino days and months in the zone of the page', () => {
    const belgrade = { timeZone: 'Europe/Belgrade' };
    const srNow = new Date('2025-10-27T08:15:00Z');
    expect(parseTimeText('јуче у 21:40', srNow, belgrade)?.publishedAt.toISOString()).toBe('2025-10-26T20:40:00.000Z');
    expect(parseTimeText('25.10.2025. у 22:10', srNow, belgrade)?.publishedAt.toISOString()).toBe('2025-10-25T20:10:00.000Z');
    expect(parseTimeText('jana 19:45', new Date('2025-11-19T11:10:00Z'), { timeZone: 'Africa/Nairobi' })?.publishedAt.toISOString()).toBe('2025-11-18T16:45:00.000Z');
    expect(parseTimeText('17 Novemba 2025', new Date('2025-11-19T11:10:00Z'), { timeZone: 'Africa/Nairobi' })?.publishedAt.toISOString()).toBe('2025-11-17T09:00:00.000Z');
    expect(parseTimeText('pred 12 minútami', now)?.publishedAt.toISOString()).toBe(before(12 * 60_000));
    expect(parseTimeText('kahapon, 6:30 PM', new Date('2025-08-14T02:25:00Z'), { timeZone: 'Asia/Manila' })?.publishedAt.toISOString()).toBe('2025-08-13T10:30:00.000Z');
  });

  it('reads Malay and Urdu days, months and parts of the day in the zone of the page', () => {
    const kl = { timeZone: 'Asia/Kuala_Lumpur' };
    const klNow = new Date('2025-08-14T01:45:00Z');
    expect(parseTimeText('Semalam, 11:20 malam', klNow, kl)?.publishedAt.toISOString()).toBe('2025-08-13T15:20:00.000Z');
    expect(parseTimeText('12 Ogos 2025', klNow, kl)?.publishedAt.toISOString()).toBe('2025-08-12T04:00:00.000Z');
    const karachi = { timeZone: 'Asia/Karachi' };
    const pkNow = new Date('2025-10-09T11:20:00Z');
    // Today's morning in eastern digits: a clock time that only the page's zone puts before now.
    expect(parseTimeText('آج، صبح ۱۱:۴۰', pkNow, karachi)?.publishedAt.toISOString()).toBe('2025-10-09T06:40:00.000Z');
    expect(looksLikeTime('آج، صبح ۱۱:۴۰', pkNow, karachi)).toBe(true);
    expect(parseTimeText('کل، رات ۹:۱۵', pkNow, karachi)?.publishedAt.toISOString()).toBe('2025-10-08T16:15:00.000Z');
    expect(parseTimeText('۸ اکتوبر ۲۰۲۵', pkNow, karachi)?.publishedAt.toISOString()).toBe('2025-10-08T07:00:00.000Z');
  });

  it('does not read a word that merely ends like one ("Mafia")', () => {
    expect(looksLikeTime('Mafia', now)).toBe(false);
  });
});

describe('absolute dates in other languages', () => {
  it.each([
    ['8. Juni 2025', '2025-06-08T12:00:00.000Z'],
    ['am 8. Juni 2025 um 14:30 Uhr', '2025-06-08T14:30:00.000Z'],
    ['le 8 juin 2025 à 14h30', '2025-06-08T14:30:00.000Z'],
    ['8 de junio de 2025', '2025-06-08T12:00:00.000Z'],
    ['8 giugno 2025', '2025-06-08T12:00:00.000Z'],
    ['8 maart 2025', '2025-03-08T12:00:00.000Z'],
    ['8 czerwca 2025', '2025-06-08T12:00:00.000Z'],
    ['8 июня 2025 г.', '2025-06-08T12:00:00.000Z'],
    ['2025年6月8日 14:30', '2025-06-08T14:30:00.000Z'],
    ['2025년 6월 8일', '2025-06-08T12:00:00.000Z'],
    ['5. 6. 2025', '2025-06-05T12:00:00.000Z'],
    ['5. 6. 2025 14:30', '2025-06-05T14:30:00.000Z'],
  ])('reads %j', (text, iso) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(iso);
  });

  it('leaves an English "AM" and month names without a day alone', () => {
    expect(parseTimeText('Jun 8, 2025 12:05 AM', now)?.publishedAt.toISOString()).toBe('2025-06-08T00:05:00.000Z');
    expect(looksLikeTime('Mai', now)).toBe(false);
    expect(looksLikeTime('Mars rover lands', now)).toBe(false);
  });
});

describe('"yesterday" and "today" with a clock time in other languages', () => {
  it.each([
    ['Hier à 22h15', '2025-06-07T22:15:00.000Z'],
    ['gestern, 14:30 Uhr', '2025-06-07T14:30:00.000Z'],
    ['ayer a las 22:15', '2025-06-07T22:15:00.000Z'],
    ['Oggi alle 09:30', '2025-06-08T09:30:00.000Z'],
    ['вчера в 22:15', '2025-06-07T22:15:00.000Z'],
  ])('reads %j', (text, iso) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(iso);
  });

  it('reads them in the page zone it is given', () => {
    expect(parseTimeText('Hier à 22h15', now, { timeZone: 'Europe/Paris' })?.publishedAt.toISOString()).toBe('2025-06-07T20:15:00.000Z');
  });

  it('leaves the German "hier" (here) without a time alone', () => {
    expect(looksLikeTime('Hier klicken', now)).toBe(false);
  });
});

describe('times still to come', () => {
  it('tells an event date from a publication time', () => {
    expect(isComingText('Jun 12, 2025', now)).toBe(true);
    expect(isComingText('Jun 7, 2025', now)).toBe(false);
    expect(isComingText('5 hours ago', now)).toBe(false);
    expect(isComingText('Reuters', now)).toBe(false);
    expect(isComingMachineTime('2025-06-12T19:00:00+02:00', now)).toBe(true);
    expect(isComingMachineTime('2025-06-08T13:00:00Z', now)).toBe(false);
  });

  it('reads no time in a meta line whose date is still to come', () => {
    expect(timePartOf('Jun 12, 2025 · 19:00', now)).toBeNull();
    expect(timePartOf('Reuters · 19:00', now)).toBe('19:00');
  });
});

describe('the zone a page writes its clock times in, from its language', () => {
  it.each([
    ['de', 'Europe/Berlin'],
    ['de-AT', 'Europe/Vienna'],
    ['ja', 'Asia/Tokyo'],
    ['ko-KR', 'Asia/Seoul'],
    ['fr-CA', undefined],
    ['fr', 'Europe/Paris'],
    ['en-GB', 'Europe/London'],
    ['en', undefined],
    ['en-US', undefined],
    ['es', undefined],
    ['pt-BR', 'America/Sao_Paulo'],
    ['zh-Hant', 'Asia/Taipei'],
    ['zh-TW', 'Asia/Taipei'],
    ['fa', 'Asia/Tehran'],
    ['fa-AF', 'Asia/Kabul'],
    ['ms', 'Asia/Kuala_Lumpur'],
    ['ur', 'Asia/Karachi'],
    ['sr', 'Europe/Belgrade'],
    ['sw', 'Africa/Nairobi'],
    ['fil', 'Asia/Manila'],
    ['lt', 'Europe/Vilnius'],
    ['mk', 'Europe/Skopje'],
    ['is', 'Atlantic/Reykjavik'],
    ['ml', 'Asia/Kolkata'],
    ['am', 'Africa/Addis_Ababa'],
    ['en-ET', 'Africa/Addis_Ababa'],
    ['cv', 'Europe/Moscow'], // Chuvash; the region "CV" (Cape Verde) keeps its own
    ['pt-CV', 'Atlantic/Cape_Verde'],
    ['haw', 'Pacific/Honolulu'],
    ['os', 'Europe/Moscow'],
    ['to', 'Pacific/Tongatapu'],
    ['sah', 'Asia/Yakutsk'],
    ['xh', 'Africa/Johannesburg'],
    ['ak', 'Africa/Accra'],
    ['bi', 'Pacific/Efate'],
    ['lg', 'Africa/Kampala'],
    ['st', 'Africa/Maseru'], ['ny', 'Africa/Blantyre'], ['fj', 'Pacific/Fiji'], ['ee', 'Africa/Lome'], ['rn', 'Africa/Bujumbura'], ['se', 'Europe/Oslo'],
    ['ki', 'Africa/Nairobi'], ['ty', 'Pacific/Tahiti'], ['ty-PF', 'Pacific/Tahiti'], ['fr-NC', 'Pacific/Noumea'], ['dz', 'Asia/Thimphu'], ['ay', 'America/La_Paz'],
    ['tn', 'Africa/Gaborone'], ['rm', 'Europe/Zurich'], ['ce', 'Europe/Moscow'], ['ast', 'Europe/Madrid'], ['ts', 'Africa/Johannesburg'], ['mh', 'Pacific/Majuro'], ['nr', 'Africa/Johannesburg'], ['kw', 'Europe/London'], ['wa', 'Europe/Brussels'],
    ['av', 'Europe/Moscow'], ['inh', 'Europe/Moscow'], ['lad', 'Europe/Istanbul'], ['eml', 'Europe/Rome'], ['ss', 'Africa/Mbabane'],
    ['kbd', 'Europe/Moscow'], ['krc', 'Europe/Moscow'], ['ady', 'Europe/Moscow'], ['kv', 'Europe/Moscow'], ['lez', 'Europe/Moscow'], ['tyv', 'Asia/Krasnoyarsk'], ['za', 'Asia/Shanghai'],
    ['lez-RU', 'Europe/Moscow'], ['tyv-RU', 'Asia/Krasnoyarsk'], ['sah-RU', 'Asia/Yakutsk'], ['haw-US', 'Pacific/Honolulu'], ['en-US', undefined], // a language's part of a country of many zones
    ['an', 'Europe/Madrid'], ['rue', 'Europe/Bratislava'], ['ab', 'Europe/Moscow'], ['mhr', 'Europe/Moscow'], ['udm', 'Europe/Samara'],
    ['kk-KZ', 'Asia/Almaty'], ['fur', 'Europe/Rome'], ['scn', 'Europe/Rome'], ['vec', 'Europe/Rome'], ['hsb', 'Europe/Berlin'], ['csb', 'Europe/Warsaw'], ['sco', 'Europe/London'],
    ['', undefined],
  ])('%j → %s', (lang, zone) => {
    expect(zoneOfLanguage(lang)).toBe(zone);
  });
});

describe('the offset from UTC a page states once for all its times', () => {
  it.each([
    ['All times GMT+3.', 'Etc/GMT-3'],
    ['Times are in UTC+05:30', 'Asia/Kolkata'],
    ['Time zone: GMT-4', 'Etc/GMT+4'],
    ['All times UTC', 'UTC'],
    ['Meeting at 10:00 GMT+3 tomorrow', undefined],
  ])('%j → %s', (text, zone) => {
    expect(zoneStatedIn(text)).toBe(zone);
  });
});

describe('the US zone a page states once for all its clock times', () => {
  it.each([
    ['Updated 2:14 PM EDT', 'America/New_York'],
    ['Updated 4:00 PM ET 06/06/25', 'America/New_York'],
    ['All times shown are US/Eastern (EDT).', 'America/New_York'],
    ['Times are Pacific', 'America/Los_Angeles'],
    ['9:30 a.m. CST', 'America/Chicago'],
    ['The EST of the day', undefined],
    ['ESTONIA beats Latvia 2-1', undefined],
    // Another country's zone of the same name is no US zone.
    ['Times in Central Mexico time', undefined],
    ['All times Central European Time', undefined],
  ])('%j → %s', (text, zone) => {
    expect(zoneStatedIn(text)).toBe(zone);
  });

  it.each([
    ['Posted Wed 4 Mar 2026 at 6:58am AEDT', 'Australia/Sydney'],
    ['Updated 14:05 NZST', 'Pacific/Auckland'],
    ['9:10 ACST', 'Australia/Adelaide'],
    ['The AEDT figures', undefined],
  ])('and an Australian or a New Zealand one: %j → %s', (text, zone) => {
    expect(zoneStatedIn(text)).toBe(zone);
  });
});

describe("a script's Date written as text", () => {
  it('reads its offset, whatever zone name follows in brackets', () => {
    const at = new Date('2026-05-14T14:00:00Z');
    expect(parseMachineTime('Thu May 14 2026 15:24:18 GMT+0200 (Central European Summer Time)', at)?.publishedAt.toISOString()).toBe('2026-05-14T13:24:18.000Z');
    expect(parseMachineTime('Thu May 14 2026 09:24:18 GMT-0400 (Eastern Daylight Time)', at)?.publishedAt.toISOString()).toBe('2026-05-14T13:24:18.000Z');
  });

  it("reads a Go program's time by its offset, the zone's abbreviation after it (Hugo's '2026-05-14 15:24:18 +0200 CEST')", () => {
    const at = new Date('2026-05-14T14:00:00Z');
    expect(parseMachineTime('2026-05-14 15:24:18 +0200 CEST', at)?.publishedAt.toISOString()).toBe('2026-05-14T13:24:18.000Z');
    expect(parseMachineTime('2026-05-14 13:24:18.5 +0000 UTC', at)?.publishedAt.toISOString()).toBe('2026-05-14T13:24:18.500Z');
  });
});

describe('a protocol buffer timestamp written as text', () => {
  it('reads "seconds: N" as the epoch seconds it names', () => {
    expect(parseMachineTime('seconds: 1602694020', new Date('2020-10-14T17:25:00Z'))?.publishedAt.toISOString()).toBe('2020-10-14T16:47:00.000Z');
    expect(parseMachineTime('seconds: soon', new Date('2020-10-14T17:25:00Z'))).toBeNull();
  });
});

describe('a time ago in two units', () => {
  it('adds them up, as precise as the smaller unit', () => {
    const hourFive = parseTimeText('1 hr 5 mins ago', now)!;
    expect(now.getTime() - hourFive.publishedAt.getTime()).toBe(65 * 60_000);
    expect(hourFive.latest.getTime() - hourFive.earliest.getTime()).toBe(60_000);
    expect(now.getTime() - parseTimeText('2 hours, 10 minutes ago', now)!.publishedAt.getTime()).toBe(130 * 60_000);
    expect(now.getTime() - parseTimeText('1d 3h ago', now)!.publishedAt.getTime()).toBe(27 * 3_600_000);
  });

  it('reads no smaller unit first', () => {
    expect(parseTimeText('5 mins 1 hr ago', now)).toBeNull();
  });
});

describe('a time between the words of a byline', () => {
  it('reads "posted 5 hours ago by" (the poster is the link after it)', () => {
    expect(timePartOf('posted 5 hours ago by', now)).toBe('5 hours ago');
    expect(timePartOf('submitted 5 hr 20 min ago by', now)).toBe('5 hr 20 min ago');
  });
});

describe('a bracketed name, then the time, in one text', () => {
  it('splits into the name and its time', () => {
    expect(timePartOf('(Reuters) 5 hours ago', now)).toBe('5 hours ago');
    expect(metaParts('(Reuters) 5 hours ago', now)).toEqual(['(Reuters)', '5 hours ago']);
    expect(metaParts('（東都新聞） 10月5日(土)12時14分', now)).toEqual(['（東都新聞）', '10月5日(土)12時14分']);
  });

  it('reads a Japanese delivery line, its date and clock run together ("（東都新聞） - 10月5日15時12分配信")', () => {
    const at = new Date('2008-10-05T06:48:11Z');
    expect(parseTimeText('10月5日15時12分配信', at, { timeZone: 'Asia/Tokyo' })?.publishedAt.toISOString()).toBe('2008-10-05T06:12:00.000Z');
    expect(timePartOf('（東都新聞） - 10月5日15時12分配信', at)).toBe('10月5日15時12分配信');
  });

  it('leaves a bracketed word before other words alone', () => {
    expect(timePartOf('(Updated) Council passes budget', now)).toBeNull();
  });
});

describe('a byline ending in its date', () => {
  it('reads the date at the end of "by … at/on …"', () => {
    expect(timePartOf('by Jan Vermeulen at June 8, 2025', now)).toBe('June 8, 2025');
    expect(timePartOf('Posted by admin on 7 June 2025', now)).toBe('7 June 2025');
  });

  it('takes no clock time from a headline', () => {
    expect(timePartOf('Markets close at 5pm as traders wait', now)).toBeNull();
  });
});

describe("a page's numeric dates tell their own order where its language cannot", () => {
  const september = new Date('2025-09-06T16:30:00Z');

  it('a date that only one order can read decides', () => {
    expect(dayFirstOf(['21/08/2025', '05/09/2025'], september)).toBe(true);
    expect(dayFirstOf(['08/21/2025', '09/05/2025'], september)).toBe(false);
  });

  it("otherwise the order that puts the page's dates in its last days, by far", () => {
    // Day first: 2 to 6 September; month first: February to June.
    expect(dayFirstOf(['06/09/2025', '05/09/2025', '04/09/2025', '02/09/2025'], september)).toBe(true);
    // Month first: 4 and 5 September; day first: 9 April and 9 May.
    expect(dayFirstOf(['09/05/2025', '09/04/2025'], september)).toBe(false);
  });

  it('say nothing from one ambiguous date, or dates both orders put as near', () => {
    expect(dayFirstOf(['06/09/2025'], september)).toBeUndefined();
    expect(dayFirstOf(['01/02/2025', '02/01/2025'], september)).toBeUndefined();
    expect(dayFirstOf(['5 hours ago'], september)).toBeUndefined();
  });
});

describe('a Solar Hijri date, as Iranian sites write them', () => {
  it('is read as the Gregorian day it names, the equinox year and leap years included', () => {
    const day = (y: number, m: number, d: number) => new Date(gregorianDay(y, m, d)!).toISOString().slice(0, 10);
    expect(day(1395, 1, 1)).toBe('2016-03-20');
    expect(day(1395, 4, 20)).toBe('2016-07-10');
    expect(day(1403, 12, 30)).toBe('2025-03-20');
    expect(gregorianDay(1402, 12, 30)).toBeNull();
  });

  it('reads "۱۳۹۵/۰۴/۲۰ - ۱۱:۴۵" in Tehran time', () => {
    const at = new Date('2016-07-12T14:17:00Z');
    expect(parseTimeText('۱۳۹۵/۰۴/۲۰ - ۱۱:۴۵', at, { timeZone: 'Asia/Tehran' })?.publishedAt.toISOString()).toBe('2016-07-10T07:15:00.000Z');
  });
});

describe('times in Macedonian, Icelandic, Malayalam and Amharic', () => {
  it.each([
    ['пред 3 часа', 3 * HOUR], ['пред 40 минути', 40 * 60_000], ['пред 2 дена', 2 * 24 * HOUR], ['пред час', HOUR],
    ['fyrir 15 mín.', 15 * 60_000], ['fyrir 2 klst.', 2 * HOUR], ['fyrir 3 dögum', 3 * 24 * HOUR],
    ['3 മണിക്കൂർ മുമ്പ്', 3 * HOUR], ['35 മിനിറ്റ് മുമ്പ്', 35 * 60_000], ['2 ദിവസം മുമ്പ്', 2 * 24 * HOUR],
    ['ከ 2 ሰዓት በፊት', 2 * HOUR], ['ከ 45 ደቂቃ በፊት', 45 * 60_000], ['ከ 2 ቀን በፊት', 2 * 24 * HOUR],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each(['вчера во 21:40', 'í gær', 'ഇന്നലെ', 'ትናንት'])('reads %j as yesterday', (text) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
  });

  it('reads their month names, in the zone the language keeps', () => {
    const skopje = { timeZone: zoneOfLanguage('mk') };
    expect(parseTimeText('27 март 2026', new Date('2026-03-30T08:12:00Z'), skopje)?.publishedAt.toISOString()).toBe('2026-03-27T11:00:00.000Z');
    const kolkata = { timeZone: zoneOfLanguage('ml') };
    expect(parseTimeText('13 നവംബർ 2025, 06:40 PM', new Date('2025-11-14T04:15:00Z'), kolkata)?.publishedAt.toISOString()).toBe('2025-11-13T13:10:00.000Z');
    expect(parseTimeText('Mánudagur 1. desember', new Date('2025-12-03T10:05:00Z'), { timeZone: zoneOfLanguage('is') })?.publishedAt.toISOString()).toBe(
      '2025-12-01T12:00:00.000Z',
    );
    expect(parseTimeText('ፌብሩዋሪ 8, 2026', new Date('2026-02-10T11:20:00Z'), { timeZone: zoneOfLanguage('am') })?.publishedAt.toISOString()).toBe(
      '2026-02-08T09:00:00.000Z',
    );
  });

  it('leaves a headline that begins with the word alone ("пред полни трибини", before full stands)', () => {
    expect(looksLikeTime('пред полни трибини', now)).toBe(false);
  });
});

describe('an Ethiopian date, as Amharic sites write them', () => {
  it('is read as the Gregorian day it names, leap years included', () => {
    const day = (y: number, m: number, d: number) => new Date(ethiopianDay(y, m, d)!).toISOString().slice(0, 10);
    expect(day(2018, 1, 1)).toBe('2025-09-11');
    expect(day(2018, 6, 2)).toBe('2026-02-09');
    expect(day(2015, 13, 6)).toBe('2023-09-11');
    expect(ethiopianDay(2016, 13, 6)).toBeNull();
  });

  it('reads "የካቲት 2 ቀን 2018 ዓ.ም." (Yekatit 2, 2018) in Addis Ababa time', () => {
    const at = new Date('2026-02-10T11:20:00Z');
    expect(parseTimeText('የካቲት 2 ቀን 2018 ዓ.ም.', at, { timeZone: 'Africa/Addis_Ababa' })?.publishedAt.toISOString()).toBe('2026-02-09T09:00:00.000Z');
    expect(parseTimeText('ጥር 30 ቀን 2018 ዓ.ም.', at, { timeZone: 'Africa/Addis_Ababa' })?.publishedAt.toISOString()).toBe('2026-02-07T09:00:00.000Z');
  });
});

describe('Hungarian dates with the month abbreviated', () => {
  it.each([
    ['2025. márc. 4. 18:40', '2025-03-04T17:40:00.000Z'],
    ['2025. febr. 27.', '2025-02-27T11:00:00.000Z'],
    ['szept. 12.', '2024-09-12T10:00:00.000Z'],
  ])('reads %j in Budapest time', (text, iso) => {
    expect(parseTimeText(text, new Date('2025-03-06T08:15:00Z'), { timeZone: 'Europe/Budapest' })?.publishedAt.toISOString()).toBe(iso);
  });
});

describe('a US zone named without its season ("ET", "PT")', () => {
  it('is read by the rules of daylight saving time of the day itself', () => {
    const at = new Date('2005-03-18T00:00:00Z');
    // Before 2007 daylight saving time began in April: 17 March 2005 was on standard time.
    expect(parseTimeText('Thu Mar 17, 2005 10:15 AM ET', at)?.publishedAt.toISOString()).toBe('2005-03-17T15:15:00.000Z');
    expect(parseTimeText('March 17, 2025 10:15 AM ET', new Date('2025-03-18T00:00:00Z'))?.publishedAt.toISOString()).toBe('2025-03-17T14:15:00.000Z');
    expect(parseTimeText('Jul 4, 2005 9:00 PM PT', new Date('2005-07-06T00:00:00Z'))?.publishedAt.toISOString()).toBe('2005-07-05T04:00:00.000Z');
  });
});

describe("an agency's name, a comma, then the time", () => {
  const at = new Date('2009-10-25T12:00:00Z');
  const berlin = { timeZone: 'Europe/Berlin', dayFirst: true };

  it('splits the name off the date, which may hold commas of its own', () => {
    expect(metaParts('ddp, 25.10.2009, 09:10 Uhr', at, berlin)).toEqual(['ddp', '25.10.2009, 09:10 Uhr']);
    expect(timePartOf('sid, gestern, 17:55 Uhr', at, berlin)).toBe('gestern, 17:55 Uhr');
    expect(metaParts('(dpa), vor 51 Minuten', at, berlin)).toEqual(['(dpa)', 'vor 51 Minuten']);
  });

  it("keeps a weekday's name with its date", () => {
    expect(metaParts('Sonntag, 25.10.2009, 09:10 Uhr', at, berlin)).toEqual(['Sonntag, 25.10.2009, 09:10 Uhr']);
    expect(metaParts('Sunday, October 25, 2009', at)).toEqual(['Sunday, October 25, 2009']);
    expect(metaParts('Thứ ba, 20/10/2009', at, { dayFirst: true })).toEqual(['Thứ ba, 20/10/2009']);
  });
});

describe('times in Telugu, Gujarati, Khmer and Mongolian, in their own digits too', () => {
  it.each([
    ['3 గంటల క్రితం', 3 * HOUR], ['25 నిమిషాల క్రితం', 25 * 60_000], ['2 రోజుల క్రితం', 2 * 24 * HOUR],
    ['૩ કલાક પહેલા', 3 * HOUR], ['30 મિનિટ પહેલા', 30 * 60_000],
    ['៣ ម៉ោងមុន', 3 * HOUR], ['១២ នាទីមុន', 12 * 60_000], ['២ ថ្ងៃមុន', 2 * 24 * HOUR],
    ['3 цагийн өмнө', 3 * HOUR], ['47 минутын өмнө', 47 * 60_000], ['2 өдрийн өмнө', 2 * 24 * HOUR],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each(['నిన్న', 'ગઈકાલે', 'ម្សិលមិញ', 'өчигдөр'])('reads %j as yesterday', (text) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
  });

  it.each([
    ['13 నవంబర్ 2025, 08:30 PM', 'te', '2025-11-14T09:41:00Z', '2025-11-13T15:00:00.000Z'],
    ['૩૧ જાન્યુઆરી ૨૦૨૬', 'gu', '2026-02-03T14:18:00Z', '2026-01-31T06:30:00.000Z'],
    ['២១ កញ្ញា ២០២៥ ម៉ោង ១៨:៣០', 'km', '2025-09-22T03:35:00Z', '2025-09-21T11:30:00.000Z'],
    ['2026 оны 1 сарын 16', 'mn', '2026-01-20T06:15:00Z', '2026-01-16T04:00:00.000Z'],
  ])('reads the date %j in the zone of %s', (text, lang, at, iso) => {
    expect(parseTimeText(text, new Date(at), { timeZone: zoneOfLanguage(lang) })?.publishedAt.toISOString()).toBe(iso);
  });
});

describe('times in Punjabi, Kannada, Burmese and Sinhala', () => {
  it.each([
    ['22 ਮਿੰਟ ਪਹਿਲਾਂ', 22 * 60_000], ['੧੦ ਘੰਟੇ ਪਹਿਲਾਂ', 10 * HOUR],
    ['3 ಗಂಟೆಗಳ ಹಿಂದೆ', 3 * HOUR], ['35 ನಿಮಿಷಗಳ ಹಿಂದೆ', 35 * 60_000],
    ['၃ နာရီက', 3 * HOUR], ['၅ နာရီ အကြာက', 5 * HOUR], ['၄၅ မိနစ်က', 45 * 60_000], ['၂ ရက် အကြာက', 2 * 24 * HOUR],
    ['පැය 3කට පෙර', 3 * HOUR], ['දින 2කට පෙර', 2 * 24 * HOUR],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each([
    ['੧੪ ਨਵੰਬਰ ੨੦੨੫, ੦੯:੪੦ ਸਵੇਰੇ', 'pa', '2025-11-14T13:33:00Z', '2025-11-14T04:10:00.000Z'],
    ['ಜನವರಿ 20, 2026 06:40 PM IST', 'kn', '2026-01-21T04:20:00Z', '2026-01-20T13:10:00.000Z'],
    ['မတ် ၄၊ ၂၀၂၆ ည ၉:၃၀', 'my', '2026-03-05T13:45:00Z', '2026-03-04T15:00:00.000Z'],
    ['2025 අගෝස්තු 18 ප.ව. 7:45', 'si', '2025-08-19T15:40:00Z', '2025-08-18T14:15:00.000Z'],
  ])('reads the date %j, its part of the day too, in the zone of %s', (text, lang, at, iso) => {
    expect(parseTimeText(text, new Date(at), { timeZone: zoneOfLanguage(lang) })?.publishedAt.toISOString()).toBe(iso);
  });
});

describe('a weekday and a clock time, as a list of the last few days writes them', () => {
  it.each([
    ['lørdag kl. 21.05', '2025-10-27T12:20:31Z', 'Europe/Copenhagen', '2025-10-25T19:05:00.000Z'],
    ['Donnerstag um 14:47', '2025-03-31T09:41:00Z', 'Europe/Berlin', '2025-03-27T13:47:00.000Z'],
    ['Samstag, 18:30 Uhr', '2025-06-11T12:00:00Z', 'Europe/Berlin', '2025-06-07T16:30:00.000Z'],
  ])('reads %j as that weekday of the past week', (text, at, zone, iso) => {
    expect(parseTimeText(text, new Date(at), { timeZone: zone })?.publishedAt.toISOString()).toBe(iso);
  });
});

describe("the zone of a site's country domain, for a page whose language says none", () => {
  it.each([
    ['www.neheadlines.in', 'Asia/Kolkata'],
    ['www.estado.gob.pe', 'America/Lima'],
    ['www.gov.uk', 'Europe/London'],
    ['news.example.de', 'Europe/Berlin'],
    ['startup.co', undefined],
    ['news.example.com', undefined],
  ])('%s → %s', (host, zone) => {
    expect(zoneOfHost(host)).toBe(zone);
  });
});

describe('times in Lao, Pashto, Tajik and Hausa', () => {
  it.each([
    ['໕ ຊົ່ວໂມງກ່ອນ', 5 * HOUR], ['25 ນາທີກ່ອນ', 25 * 60_000], ['2 ມື້ກ່ອນ', 2 * 24 * HOUR],
    ['۳ ساعته وړاندې', 3 * HOUR], ['یو ساعت وړاندې', HOUR], ['۱۵ دقیقې وړاندې', 15 * 60_000],
    ['3 соат пеш', 3 * HOUR], ['40 дақиқа пеш', 40 * 60_000], ['2 рӯз пеш', 2 * 24 * HOUR],
    ['awa 3 da suka wuce', 3 * HOUR], ['minti 25 da suka wuce', 25 * 60_000], ['kwana 2 da suka wuce', 2 * 24 * HOUR],
    ['awa 1 da ta wuce', HOUR], ['awanni 3 da suka wuce', 3 * HOUR], ["sa'o'i 4 da suka wuce", 4 * HOUR], ['kwanaki 2 da suka wuce', 2 * 24 * HOUR],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each(['ມື້ວານ', 'پرون', 'дирӯз', 'jiya'])('reads %j as yesterday', (text) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
  });

  it.each(['25 Satumba 2025', 'An wallafa: 25 Satumba 2025', 'an wallafa 25 Satumba 2025'])('reads the Hausa date line %j', (text) => {
    const at = new Date('2025-09-25T19:15:00Z');
    expect(timePartOf(text, at)).toBe(text);
    expect(parseTimeText(text, at)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-09-25');
  });

  it.each([
    ['໑໖ ພະຈິກ ໒໐໒໕', 'lo', '2025-11-18T02:40:00Z', '2025-11-16T05:00:00.000Z'],
    ['28 феврали 2026', 'tg', '2026-03-04T11:05:00Z', '2026-02-28T07:00:00.000Z'],
  ])('reads the date %j in the zone of %s', (text, lang, at, iso) => {
    expect(parseTimeText(text, new Date(at), { timeZone: zoneOfLanguage(lang) })?.publishedAt.toISOString()).toBe(iso);
  });
});

describe('times in Basque, and the day before yesterday', () => {
  it.each([
    ['duela 4 minutu', 4 * 60_000], ['duela 2 ordu', 2 * HOUR], ['duela ordubete', HOUR], ['duela 3 egun', 3 * DAY], ['duela aste bat', 7 * DAY],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it('reads yesterday and a date without a year in Basque', () => {
    expect(parseTimeText('atzo', now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
    expect(parseTimeText('atzo, 22:10', now, { timeZone: 'Europe/Madrid' })?.publishedAt.toISOString()).toBe('2025-06-07T20:10:00.000Z');
    expect(parseTimeText('martxoak 7', now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-03-07');
  });

  it.each(['herenegun', 'vorgestern', 'avant-hier', 'anteayer', 'שלשום', 'przedwczoraj', 'позавчера', '一昨日', '그저께'])('reads %j as the day before yesterday', (text) => {
    const r = parseTimeText(text, now);
    expect(r?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-06');
    expect(r && r.earliest.getTime() <= r.publishedAt.getTime() && r.publishedAt.getTime() <= r.latest.getTime()).toBe(true);
    expect(looksLikeTime(text, now)).toBe(true);
  });
});

describe('times in Afrikaans, Welsh, Nynorsk, Galician, Belarusian, Somali and Central Kurdish', () => {
  it.each([
    ['18 minute gelede', 18 * 60_000], ["'n uur gelede", HOUR], ['3 dae gelede', 3 * DAY],
    ['3 awr yn ôl', 3 * HOUR], ['munud yn ôl', 60_000], ['2 ddiwrnod yn ôl', 2 * DAY],
    ['for 32 minutt sidan', 32 * 60_000], ['for 3 timar sidan', 3 * HOUR],
    ['hai 6 minutos', 6 * 60_000], ['hai unha hora', HOUR],
    ['57 хвілін таму', 57 * 60_000], ['2 гадзіны таму', 2 * HOUR], ['гадзіну таму', HOUR],
    ['8 daqiiqo kahor', 8 * 60_000], ['2 saacadood kahor', 2 * HOUR],
    ['پێش ٤ خولەک', 4 * 60_000], ['پێش ٣ کاتژمێر', 3 * HOUR],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each(['gister', 'ddoe', 'onte', 'учора', 'Shalay', 'دوێنێ'])('reads %j as yesterday', (text) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
  });

  it.each([
    ['14 Ebrill', '2025-04-14'], ['17 Maart 2026', '2026-03-17'], ['21 Maarso 2026', '2026-03-21'], ['5 de xuño de 2025', '2025-06-05'], ['3 чэрвеня 2025', '2025-06-03'],
  ])('reads the date %j', (text, day) => {
    expect(parseTimeText(text, new Date('2026-03-25T12:00:00Z'))?.publishedAt.toISOString().slice(0, 10)).toBe(day);
  });

  it('reads the date at the end of a byline in Afrikaans ("deur … op 17 Maart 2026 om 09:15")', () => {
    const at = new Date('2026-03-17T12:00:00Z');
    const part = timePartOf('deur Carin Venter op 17 Maart 2026 om 09:15', at);
    expect(part).toBe('17 Maart 2026 om 09:15');
    expect(parseTimeText(part!, at, { timeZone: 'Africa/Johannesburg' })?.publishedAt.toISOString()).toBe('2026-03-17T07:15:00.000Z');
  });
});

describe('times in Malay, Urdu and Burmese written as their sites write them', () => {
  it.each([
    ['40 minit yang lepas', 40 * 60_000], ['2 jam yang lepas', 2 * HOUR], ['ایک دن قبل', DAY], ['လွန်ခဲ့သော ၂၅ မိနစ် က', 25 * 60_000], ['လွန်ခဲ့သော တစ်ရက် က', DAY],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });
});

describe("a press release's 'Released:' line", () => {
  it('reads the time after the lead, a one-digit hour too', () => {
    const at = new Date('2026-03-25T20:00:00Z');
    expect(parseTimeText('Released: 25-Mar-2026 2:05 PM EDT', at)?.publishedAt.toISOString()).toBe('2026-03-25T18:05:00.000Z');
    expect(looksLikeTime('Issued: 25-Mar-2026 2:05 PM EDT', at)).toBe(true);
  });
});

describe('times in Luxembourgish, Kyrgyz and Sindhi, and a Basque clock time with its case ending', () => {
  it.each([
    ['virun 20 Minutten', 20 * 60_000], ['virun enger Stonn', HOUR], ['virun 3 Stonnen', 3 * HOUR],
    ['2 саат мурун', 2 * HOUR], ['45 мүнөт мурун', 45 * 60_000],
    ['25 منٽ اڳ', 25 * 60_000], ['5 ڪلاڪ اڳ', 5 * HOUR], ['2 ڏينهن اڳ', 2 * DAY],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each(['gëschter', 'Кечээ', 'ڪالهه'])('reads %j as yesterday', (text) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
  });

  it.each([
    ['gëschter um 18:40', 'Europe/Luxembourg', '2025-06-07T16:40:00.000Z'],
    ['atzo 21:30etan', 'Europe/Madrid', '2025-06-07T19:30:00.000Z'],
  ])('reads %j in its zone', (text, timeZone, iso) => {
    expect(parseTimeText(text, now, { timeZone })?.publishedAt.toISOString()).toBe(iso);
  });

  it.each([['11. Mäerz 2026', '2026-03-11'], ['17 مئي 2026', '2026-05-17'], ['12-март', '2026-03-12']])('reads the date %j', (text, day) => {
    expect(parseTimeText(text, new Date('2026-05-21T12:00:00Z'))?.publishedAt.toISOString().slice(0, 10)).toBe(day);
  });

  it('knows the zones of Luxembourg, Kyrgyzstan and Sindh from the language and the host', () => {
    expect(zoneOfLanguage('lb-LU')).toBe('Europe/Luxembourg');
    expect(zoneOfLanguage('ky')).toBe('Asia/Bishkek');
    expect(zoneOfLanguage('sd-PK')).toBe('Asia/Karachi');
  });
});

describe('a name with its time in brackets after it', () => {
  it('splits "ghanaweb.com (3 hours ago)" into the name and the time', () => {
    expect(metaParts('ghanaweb.com (3 hours ago)', now)).toEqual(['ghanaweb.com', '3 hours ago']);
    expect(timePartOf('ghanaweb.com (3 hours ago)', now)).toBe('3 hours ago');
  });

  it('leaves a headline that ends in a date in brackets whole', () => {
    expect(timePartOf('Weekly thread: What are you working on? (November 12)', now)).toBeNull();
  });
});

describe('times in Odia, isiZulu, Maltese and Turkmen, and Welsh "yesterday at"', () => {
  it.each([
    ['୧୫ ମିନିଟ ପୂର୍ବରୁ', 15 * 60_000], ['୩ ଘଣ୍ଟା ପୂର୍ବରୁ', 3 * HOUR],
    ['imizuzu eyi-8 edlule', 8 * 60_000], ['ihora eli-1 elidlule', HOUR], ['amahora ama-3 edlule', 3 * HOUR],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it.each(['ଗତକାଲି', 'izolo', 'Düýn', 'ilbieraħ'])('reads %j as yesterday', (text) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
  });

  it.each([
    ['ddoe am 21:15', 'Europe/London', '2025-06-07T20:15:00.000Z'],
    ['izolo ngo-17:20', 'Africa/Johannesburg', '2025-06-07T15:20:00.000Z'],
  ])('reads %j in its zone', (text, timeZone, iso) => {
    expect(parseTimeText(text, now, { timeZone })?.publishedAt.toISOString()).toBe(iso);
  });

  it.each([["13 ta' Marzu 2026", '2026-03-13'], ['୧୧ ମାର୍ଚ୍ଚ', '2026-03-11'], ['11 Mashi', '2026-03-11']])('reads the date %j', (text, day) => {
    expect(parseTimeText(text, new Date('2026-03-13T12:00:00Z'))?.publishedAt.toISOString().slice(0, 10)).toBe(day);
  });

  it('knows the zones of Malta, Turkmenistan, Odisha and South Africa from the language and the host', () => {
    expect(zoneOfHost('www.ahbarijiet.com.mt')).toBe('Europe/Malta');
    expect(zoneOfHost('www.habarlar.tm')).toBe('Asia/Ashgabat');
    expect(zoneOfLanguage('or')).toBe('Asia/Kolkata');
    expect(zoneOfLanguage('zu')).toBe('Africa/Johannesburg');
  });
});

describe('times in Maltese, Yoruba and Hausa', () => {
  it.each([
    ['5 siegħat ilu', 5 * HOUR], ['14-il siegħa ilu', 14 * HOUR], ['20 minuta ilu', 20 * 60_000], ['jumejn ilu', 2 * DAY],
    ['wákàtí 2 sẹ́yìn', 2 * HOUR], ['ìṣẹ́jú 40 sẹ́yìn', 40 * 60_000], ['ọjọ́ 3 sẹ́yìn', 3 * DAY],
    ['awa 3', 3 * HOUR], ['minti 50', 50 * 60_000],
  ])('reads %j, and takes it for a time label', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
    expect(looksLikeTime(text, now)).toBe(true);
  });

  it('reads Yoruba "àná" as yesterday', () => {
    expect(parseTimeText('àná', now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-07');
  });
});

describe("an Arabic page's dates and its stated clock", () => {
  it('reads a date after its weekday ("الأربعاء 11/03/2026"), and a page that says "بتوقيت مكة المكرمة" keeps Mecca time', () => {
    expect(parseTimeText('الأربعاء 11/03/2026', new Date('2026-03-12T12:00:00Z'), { dayFirst: true })?.publishedAt.toISOString().slice(0, 10)).toBe('2026-03-11');
    expect(zoneStatedIn('جميع الأوقات بتوقيت مكة المكرمة')).toBe('Asia/Riyadh');
    expect(zoneStatedIn('آخر تحديث 14:20 بتوقيت القاهرة')).toBe('Africa/Cairo');
  });
});

describe('a Danish date with its abbreviated month, and Norwegian hours written "t"', () => {
  it('reads "17. aug. 2026" as the 17th of August, not as a clock time', () => {
    expect(parseTimeText('17. aug. 2026', new Date('2026-09-01T00:00:00Z'), { dayFirst: true })?.publishedAt.toISOString().slice(0, 10)).toBe('2026-08-17');
  });

  it.each([['1 t', HOUR], ['3 t', 3 * HOUR]])('reads %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });
});

describe('Faroese times, a clock time with its half of the day in one letter, and a line with an update and a publication', () => {
  it.each([['fyri 3 tímum síðani', 3 * HOUR], ['fyri 12 minuttum síðani', 12 * 60_000], ['fyri einum tíma síðani', HOUR]])('reads %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it('reads "í gjár kl. 18.40" as yesterday at 18:40, and "9:02a" and "11:47p" as clock times', () => {
    expect(parseTimeText('í gjár kl. 18.40', now)?.publishedAt.toISOString()).toBe('2025-06-07T18:40:00.000Z');
    expect(parseTimeText('9:02a', now)?.publishedAt.toISOString()).toBe('2025-06-08T09:02:00.000Z');
    expect(parseTimeText('11:47p', now)?.publishedAt.toISOString()).toBe('2025-06-07T23:47:00.000Z');
  });

  it("takes the publication's time from a line that gives the update's first", () => {
    expect(timePartOf('Atualizado há 29 minutos · Publicado há 2 horas', now)).toBe('Publicado há 2 horas');
    expect(timePartOf('Updated 3 hours ago · Published yesterday', now)).toBe('Published yesterday');
    expect(timePartOf('Reuters · Updated 3 hours ago', now)).toBe('Updated 3 hours ago');
  });
});

describe("Persian dates by their month's name, and a name with its time in one pair of brackets", () => {
  it('reads "۲۵ بهمن ۱۴۰۴" (Solar Hijri, by the month\'s name) and "دیروز ساعت ۱۸:۴۰" (yesterday at)', () => {
    const at = new Date('2026-02-16T12:00:00Z');
    expect(parseTimeText('۲۵ بهمن ۱۴۰۴', at)?.publishedAt.toISOString().slice(0, 10)).toBe('2026-02-14');
    expect(parseTimeText('۲۶ بهمن ۱۴۰۴ - ۰۹:۳۰', at)?.publishedAt.toISOString()).toBe('2026-02-15T09:30:00.000Z');
    expect(parseTimeText('دیروز ساعت ۱۸:۴۰', at)?.publishedAt.toISOString()).toBe('2026-02-15T18:40:00.000Z');
  });

  it('splits "(Telex, 3 órája)" into the name and the time', () => {
    expect(metaParts('(Telex, 3 órája)', now)).toEqual(['Telex', '3 órája']);
  });
});

describe('Kinyarwanda, Haitian Creole, Malagasy, Dhivehi and Māori times', () => {
  it.each([
    ['hashize amasaha 6', 6 * HOUR],
    ['hashize isaha', HOUR],
    ['sa gen 12 minit', 12 * 60_000],
    ['sa gen yon èdtan', HOUR],
    ['3 ora lasa izay', 3 * HOUR],
    ['2 ora 10 minitra lasa izay', 2 * HOUR + 10 * 60_000],
    ['ކުރިން 7 މިނިޓު', 7 * 60_000],
    ['ކުރިން 2 ގަޑިއިރު', 2 * HOUR],
  ])('reads %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it('reads their dates by the months\' names, a weekday before them, and yesterday at a clock time', () => {
    expect(parseTimeText('24 Mata 2025 - 14:35', now)?.publishedAt.toISOString()).toBe('2025-04-24T14:35:00.000Z');
    expect(parseTimeText('Alarobia 4 Jona 2025 - 09:47', now)?.publishedAt.toISOString()).toBe('2025-06-04T09:47:00.000Z');
    expect(parseTimeText('Rātū 3 Pipiri 2025', now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-06-03');
    expect(parseTimeText('yè a 22:10', now)?.publishedAt.toISOString()).toBe('2025-06-07T22:10:00.000Z');
    // A Spanish headline with "mata" (kills) holds no date.
    expect(looksLikeTime('Un tiroteo mata a 3 personas en Texas', now)).toBe(false);
  });

  it('reads a Māori clock time by its part of the day: "i te ata" (morning), "i te ahiahi" (afternoon), "i te pō" (night)', () => {
    expect(parseTimeText('10:48 i te ata', now)?.publishedAt.toISOString()).toBe('2025-06-08T10:48:00.000Z');
    expect(parseTimeText('3:05 i te ahiahi', now)?.publishedAt.toISOString()).toBe('2025-06-08T15:05:00.000Z');
    expect(parseTimeText('9:40 i te pō', now)?.publishedAt.toISOString()).toBe('2025-06-07T21:40:00.000Z');
  });

  it("names the zones of Rwanda, Haiti, Madagascar and the Maldives", () => {
    expect([zoneOfLanguage('rw'), zoneOfLanguage('ht'), zoneOfLanguage('mg'), zoneOfLanguage('dv')]).toEqual(['Africa/Kigali', 'America/Port-au-Prince', 'Indian/Antananarivo', 'Indian/Maldives']);
  });
});

describe('Frisian, Samoan, Tigrinya, Breton and Tatar times, and a numeric date with dashes read day first', () => {
  it.each([
    ['45 minuten lyn', 45 * 60_000],
    ['in oere lyn', HOUR],
    ['2 oere lyn', 2 * HOUR],
    ['1 itula ua mavae', HOUR],
    ['20 minute ua mavae', 20 * 60_000],
    ['ቅድሚ 40 ደቒቕ', 40 * 60_000],
    ['ቅድሚ 3 ሰዓታት', 3 * HOUR],
  ])('reads %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it('reads their days and clock times: "Hiziv, 9e45", "Dec\'h, 17e30", "juster 21:10", "Ananafi, 16:15", "Кичә, 21:10"', () => {
    expect(parseTimeText('Hiziv, 9e45', now)?.publishedAt.toISOString()).toBe('2025-06-08T09:45:00.000Z');
    expect(parseTimeText("Dec'h, 17e30", now)?.publishedAt.toISOString()).toBe('2025-06-07T17:30:00.000Z');
    expect(parseTimeText('juster 21:10', now)?.publishedAt.toISOString()).toBe('2025-06-07T21:10:00.000Z');
    expect(parseTimeText('Ananafi, 16:15', now)?.publishedAt.toISOString()).toBe('2025-06-07T16:15:00.000Z');
    expect(parseTimeText('Кичә, 21:10', now)?.publishedAt.toISOString()).toBe('2025-06-07T21:10:00.000Z');
    expect(parseTimeText('20 Iuni', now)?.publishedAt.toISOString().slice(0, 10)).toBe('2024-06-20');
    // "9e45" is a clock time beside a Breton day, not in a model's name.
    expect(looksLikeTime('Model 3e45 launch', now)).toBe(false);
  });

  it('takes a numeric date with dashes for a time when only the day-first reading lies in the past ("12-05-2025, 19:30" on the 8th of June)', () => {
    expect(looksLikeTime('12-05-2025, 19:30', now)).toBe(true);
    expect(parseTimeText('12-05-2025, 19:30', now, { dayFirst: true })?.publishedAt.toISOString()).toBe('2025-05-12T19:30:00.000Z');
  });

  it('keeps a word for the day with its clock time, after the outlet ("Татар-информ · Бүген, 13:50")', () => {
    expect(timePartOf('Татар-информ · Бүген, 13:50', now, { timeZone: 'Europe/Moscow' })).toBe('Бүген, 13:50');
    expect(metaParts('Татар-информ · Бүген, 13:50', now, { timeZone: 'Europe/Moscow' })[0]).toBe('Татар-информ');
  });

  it('names the zones of Tatar, Frisian, Breton, Samoan and Tigrinya pages', () => {
    expect(['tt', 'fy', 'br', 'sm', 'ti'].map((l) => zoneOfLanguage(l))).toEqual(['Europe/Moscow', 'Europe/Amsterdam', 'Europe/Paris', 'Pacific/Apia', 'Africa/Asmara']);
  });
});

describe('short day units and Arabic "one"', () => {
  it.each([['il y a 1 j', DAY], ['il y a 3 j', 3 * DAY], ['منذ ساعة واحدة', HOUR], ['منذ يوم واحد', DAY]])('reads %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it("names the zone of a page by its region, else its country's domain, else its language alone", () => {
    expect(zoneOfLanguage('es-VE')).toBe('America/Caracas');
    expect(zoneOfHost('www.teranga-infos.sn')).toBe('Africa/Dakar');
    // Domains that sites anywhere take for their letters name no country.
    expect(zoneOfHost('bit.ly')).toBeUndefined();
    expect(zoneOfHost('about.me')).toBeUndefined();
  });
});

describe('German shortened days, Hebrew "yesterday at", and a Japanese name joined to its time by a middle dot', () => {
  it('reads "vor 2 T." as two days (not hours), "vor 3 Tg." too', () => {
    expect(parseTimeText('vor 2 T.', now)?.publishedAt.toISOString()).toBe(before(2 * DAY));
    expect(parseTimeText('vor 3 Tg.', now)?.publishedAt.toISOString()).toBe(before(3 * DAY));
  });

  it('reads "אתמול ב-22:40" as yesterday at 22:40', () => {
    expect(parseTimeText('אתמול ב-22:40', now)?.publishedAt.toISOString()).toBe('2025-06-07T22:40:00.000Z');
  });

  it('splits "時事通信・3時間前" into the outlet and its time, and keeps a name\'s own dot ("ダイヤモンド・オンライン・5時間前")', () => {
    expect(metaParts('時事通信・3時間前', now)).toEqual(['時事通信', '3時間前']);
    expect(metaParts('ダイヤモンド・オンライン・5時間前', now)).toEqual(['ダイヤモンド・オンライン', '5時間前']);
    expect(timePartOf('時事通信・3時間前', now)).toBe('3時間前');
  });
});

describe('Uyghur, Lingala and Assamese times, and Tibetan digits', () => {
  it.each([
    ['3 سائەت ئىلگىرى', 3 * HOUR],
    ['2 كۈن ئىلگىرى', 2 * DAY],
    ['ngonga 3 eleki', 3 * HOUR],
    ['miniti 20 eleki', 20 * 60_000],
    ['mikolo 2 eleki', 2 * DAY],
    ['৫ মিনিট আগত', 5 * 60_000],
    ['২ ঘণ্টা আগত', 2 * HOUR],
    ['༣ hours ago', 3 * HOUR],
  ])('reads %j', (text, ago) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it('reads Lingala\'s "Sikawa" as just now, and names the zone of Lingala pages', () => {
    expect(parseTimeText('Sikawa', now)?.publishedAt.toISOString()).toBe(now.toISOString());
    expect(zoneOfLanguage('ln')).toBe('Africa/Kinshasa');
  });
});

describe('a German date whose month English spells the same', () => {
  it('reads "15. April 2025" as the 15th of April, not the 1st at 15:00', () => {
    expect(parseTimeText('15. April 2025', now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-04-15');
    expect(parseTimeText('9. April 2025', now)?.publishedAt.toISOString().slice(0, 10)).toBe('2025-04-09');
  });
});

describe("a month's short name with its dot, in Spanish, Portuguese and Italian", () => {
  it.each([
    ['9 may. 2023 08:15', '2023-05-09T08:15:00.000Z'],
    ['12 abr. 2024', '2024-04-12T12:00:00.000Z'],
    ['12 ago. 2024', '2024-08-12T12:00:00.000Z'],
    ['3 out. 2024, 10:15', '2024-10-03T10:15:00.000Z'],
    ['3 set. 2024', '2024-09-03T12:00:00.000Z'],
  ])('reads %j', (text, iso) => {
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(iso);
  });

  it('reads the words that are also English ("out", "ago") as months only between a day and a number', () => {
    expect(looksLikeTime('Sold out. 3 times', now)).toBe(false);
    expect(parseTimeText('5 days ago', now)?.publishedAt.toISOString()).toBe('2025-06-03T18:00:00.000Z');
  });
});

describe('Korean dates written with a space after each dot', () => {
  it('reads "2025. 5. 30." and "2025. 5. 30. 오후 3:45" as dates', () => {
    expect(parseTimeText('2025. 5. 30.', now)?.publishedAt.toISOString()).toBe('2025-05-30T00:00:00.000Z');
    expect(parseTimeText('2025. 5. 30. 오후 3:45', now)?.publishedAt.toISOString()).toBe('2025-05-30T15:45:00.000Z');
  });
});

describe('a month and a day in dashes ("06-11")', () => {
  it('is a date on a page that writes its dates so (Chinese, Japanese, Korean), the most recent past one', () => {
    expect(parseTimeText('06-07', now, { monthDay: true })?.publishedAt.toISOString()).toBe('2025-06-07T12:00:00.000Z');
    expect(parseTimeText('12-24', now, { monthDay: true })?.publishedAt.toISOString()).toBe('2024-12-24T12:00:00.000Z');
    expect(looksLikeTime('06-07', now, { monthDay: true })).toBe(true);
  });

  it('is no date elsewhere, where it is as often a score or a range', () => {
    expect(parseTimeText('06-07', now)).toBeNull();
    expect(looksLikeTime('06-07', now)).toBe(false);
  });
});

describe('relative times in Greenlandic, Kabyle, Guarani and Igbo, and Inuktitut dates in syllabics', () => {
  it.each([
    ['minutsit 12 matuma siorna', 12 * 60_000], ['nal. akunn. 3 matuma siorna', 3 * HOUR], ['ulluni 2 matuma siorna', 2 * 24 * HOUR], ['ippassaq', 24 * HOUR],
    ['25 n tesdidin aya', 25 * 60_000], ['2 n yisragen aya', 2 * HOUR], ['3 n wussan aya', 3 * 24 * HOUR], ['Iḍelli', 24 * HOUR],
    ["ohasa 25 aravo'i", 25 * 60_000], ['ohasa 2 aravo', 2 * HOUR], ['ohasa 2 ára', 2 * 24 * HOUR], ['kuehe', 24 * HOUR],
    ['nkeji 18 gara aga', 18 * 60_000], ['awa 3 gara aga', 3 * HOUR], ['ụbọchị 2 gara aga', 2 * 24 * HOUR],
  ])('reads %j', (text, ago) => {
    expect(looksLikeTime(text, now)).toBe(true);
    expect(parseTimeText(text, now)?.publishedAt.toISOString()).toBe(before(ago));
  });

  it('reads "ᒪᐃ 21, 2025 - 8:40pm" (May, in Inuktitut syllabics)', () => {
    expect(parseTimeText('ᒪᐃ 21, 2025 - 8:40pm', now)?.publishedAt.toISOString()).toBe('2025-05-21T20:40:00.000Z');
  });
});

describe('dates in other calendars and styles', () => {
  it('reads a Japanese era year ("令和7年6月5日 9時05分", Reiwa 7 = 2025)', () => {
    expect(parseTimeText('令和7年6月5日 9時05分', now)?.publishedAt.toISOString()).toBe('2025-06-05T09:05:00.000Z');
  });

  it('reads the Gregorian date a Saudi page writes beside the Hijri one, and a Hijri date alone', () => {
    expect(parseTimeText('الأربعاء 8 ذو الحجة 1446 هـ الموافق 4 يونيو 2025 م', now)?.publishedAt.toISOString()).toBe('2025-06-04T12:00:00.000Z');
    expect(parseTimeText('4 يونيو 2025م', now)?.publishedAt.toISOString()).toBe('2025-06-04T12:00:00.000Z');
    // 1 Ramadan 1446 fell on 1 March 2025.
    expect(parseTimeText('1 رمضان 1446هـ', now)?.publishedAt.toISOString()).toBe('2025-03-01T12:00:00.000Z');
  });

  it('reads AP style\'s "noon" and "midnight", and a compact age in days and hours ("1d 4h"), not hours and minutes (a length)', () => {
    expect(parseTimeText('noon EDT', now)?.publishedAt.toISOString()).toBe('2025-06-08T16:00:00.000Z');
    expect(parseTimeText('1d 4h', now)?.publishedAt.toISOString()).toBe(before(28 * HOUR));
    expect(looksLikeTime('3h 12m', now)).toBe(false);
  });
});

describe('Lithuanian dates', () => {
  it('reads the month in the genitive with the day\'s "d." and the year\'s "m." ("kovo 11 d. 14:30", "2025 m. birželio 5 d.")', () => {
    expect(parseTimeText('birželio 5 d. 14:30', now)?.publishedAt.toISOString()).toBe('2025-06-05T14:30:00.000Z');
    expect(parseTimeText('2025 m. birželio 5 d.', now)?.publishedAt.toISOString()).toBe('2025-06-05T12:00:00.000Z');
  });
});
