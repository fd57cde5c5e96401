/**
 * The zone a page most likely writes its clock times in, from its language tag: for pages read without a site adapter
 * that knows the site's zone. A zone-less "11:05 Uhr" on a German page is German time, "6月9日 2:41" on a Japanese page
 * Japan time. Only tags whose writers keep one clock are named: a region that has one zone ("en-GB", "pt-BR"), or a
 * language spoken almost only in one ("de", "ja"); "en", "es" or "pt" alone say nothing, and UTC stands.
 */
const REGION_ZONES: Record<string, string> = {
  kz: 'Asia/Almaty', gb: 'Europe/London', ie: 'Europe/Dublin', in: 'Asia/Kolkata', de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich',
  fr: 'Europe/Paris', be: 'Europe/Brussels', nl: 'Europe/Amsterdam', it: 'Europe/Rome', es: 'Europe/Madrid', pt: 'Europe/Lisbon',
  br: 'America/Sao_Paulo', pl: 'Europe/Warsaw', cz: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest',
  ro: 'Europe/Bucharest', gr: 'Europe/Athens', tr: 'Europe/Istanbul', ua: 'Europe/Kyiv', se: 'Europe/Stockholm',
  no: 'Europe/Oslo', dk: 'Europe/Copenhagen', fi: 'Europe/Helsinki', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai',
  tw: 'Asia/Taipei', hk: 'Asia/Hong_Kong', sg: 'Asia/Singapore', ar: 'America/Argentina/Buenos_Aires', co: 'America/Bogota',
  pe: 'America/Lima', cl: 'America/Santiago', za: 'Africa/Johannesburg', nz: 'Pacific/Auckland', il: 'Asia/Jerusalem',
  mx: 'America/Mexico_City', ir: 'Asia/Tehran', af: 'Asia/Kabul', th: 'Asia/Bangkok', eg: 'Africa/Cairo', sa: 'Asia/Riyadh',
  ae: 'Asia/Dubai', qa: 'Asia/Qatar', kw: 'Asia/Kuwait', jo: 'Asia/Amman', lb: 'Asia/Beirut', iq: 'Asia/Baghdad', ma: 'Africa/Casablanca',
  dz: 'Africa/Algiers', tn: 'Africa/Tunis', pk: 'Asia/Karachi', my: 'Asia/Kuala_Lumpur', ph: 'Asia/Manila', ke: 'Africa/Nairobi',
  mk: 'Europe/Skopje', is: 'Atlantic/Reykjavik', et: 'Africa/Addis_Ababa', kh: 'Asia/Phnom_Penh', mn: 'Asia/Ulaanbaatar', mm: 'Asia/Yangon',
  lk: 'Asia/Colombo', la: 'Asia/Vientiane', tj: 'Asia/Dushanbe', ng: 'Africa/Lagos', lu: 'Europe/Luxembourg', kg: 'Asia/Bishkek', mt: 'Europe/Malta', tm: 'Asia/Ashgabat', fo: 'Atlantic/Faroe',
  rw: 'Africa/Kigali', ht: 'America/Port-au-Prince', mg: 'Indian/Antananarivo', mv: 'Indian/Maldives',
  ws: 'Pacific/Apia', er: 'Africa/Asmara', cg: 'Africa/Brazzaville',
  // Countries that keep one clock, named by their region tag or their domain.
  ve: 'America/Caracas', gt: 'America/Guatemala', py: 'America/Asuncion', uy: 'America/Montevideo', bo: 'America/La_Paz',
  cr: 'America/Costa_Rica', pa: 'America/Panama', hn: 'America/Tegucigalpa', sv: 'America/El_Salvador', ni: 'America/Managua',
  do: 'America/Santo_Domingo', cu: 'America/Havana', pr: 'America/Puerto_Rico', jm: 'America/Jamaica', tt: 'America/Port_of_Spain',
  sn: 'Africa/Dakar', ci: 'Africa/Abidjan', cm: 'Africa/Douala', ml: 'Africa/Bamako', bf: 'Africa/Ouagadougou', ne: 'Africa/Niamey',
  gn: 'Africa/Conakry', bj: 'Africa/Porto-Novo', tg: 'Africa/Lome', gh: 'Africa/Accra', ao: 'Africa/Luanda', mz: 'Africa/Maputo',
  zm: 'Africa/Lusaka', zw: 'Africa/Harare', mw: 'Africa/Blantyre', tz: 'Africa/Dar_es_Salaam', ug: 'Africa/Kampala', so: 'Africa/Mogadishu',
  sd: 'Africa/Khartoum', ss: 'Africa/Juba', ly: 'Africa/Tripoli', na: 'Africa/Windhoek', bw: 'Africa/Gaborone', ga: 'Africa/Libreville',
  cv: 'Atlantic/Cape_Verde', mu: 'Indian/Mauritius', fj: 'Pacific/Fiji', pf: 'Pacific/Tahiti', nc: 'Pacific/Noumea', pg: 'Pacific/Port_Moresby', om: 'Asia/Muscat', bh: 'Asia/Bahrain',
  ye: 'Asia/Aden', sy: 'Asia/Damascus', by: 'Europe/Minsk', md: 'Europe/Chisinau', ge: 'Asia/Tbilisi', am: 'Asia/Yerevan',
  az: 'Asia/Baku', uz: 'Asia/Tashkent', np: 'Asia/Kathmandu', bd: 'Asia/Dhaka', vn: 'Asia/Ho_Chi_Minh', bt: 'Asia/Thimphu',
  ee: 'Europe/Tallinn', lv: 'Europe/Riga', lt: 'Europe/Vilnius', si: 'Europe/Ljubljana', hr: 'Europe/Zagreb', ba: 'Europe/Sarajevo',
  rs: 'Europe/Belgrade', me: 'Europe/Podgorica', al: 'Europe/Tirane', bg: 'Europe/Sofia', cy: 'Asia/Nicosia',
};

const LANGUAGE_ZONES: Record<string, string> = {
  de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam', pl: 'Europe/Warsaw', cs: 'Europe/Prague',
  sk: 'Europe/Bratislava', hu: 'Europe/Budapest', ro: 'Europe/Bucharest', el: 'Europe/Athens', tr: 'Europe/Istanbul',
  uk: 'Europe/Kyiv', sv: 'Europe/Stockholm', nb: 'Europe/Oslo', nn: 'Europe/Oslo', no: 'Europe/Oslo', da: 'Europe/Copenhagen',
  fi: 'Europe/Helsinki', ru: 'Europe/Moscow', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', he: 'Asia/Jerusalem', hi: 'Asia/Kolkata',
  bn: 'Asia/Dhaka', id: 'Asia/Jakarta', vi: 'Asia/Ho_Chi_Minh', th: 'Asia/Bangkok', fa: 'Asia/Tehran', ms: 'Asia/Kuala_Lumpur',
  ur: 'Asia/Karachi', sr: 'Europe/Belgrade', sw: 'Africa/Nairobi', fil: 'Asia/Manila', tl: 'Asia/Manila',
  bg: 'Europe/Sofia', hr: 'Europe/Zagreb', bs: 'Europe/Sarajevo', sl: 'Europe/Ljubljana', mk: 'Europe/Skopje', sq: 'Europe/Tirane',
  ca: 'Europe/Madrid', eu: 'Europe/Madrid', gl: 'Europe/Madrid', ta: 'Asia/Kolkata', mr: 'Asia/Kolkata', az: 'Asia/Baku', ka: 'Asia/Tbilisi',
  hy: 'Asia/Yerevan', kk: 'Asia/Almaty', ne: 'Asia/Kathmandu', uz: 'Asia/Tashkent', lt: 'Europe/Vilnius', lv: 'Europe/Riga', et: 'Europe/Tallinn',
  ml: 'Asia/Kolkata', am: 'Africa/Addis_Ababa', is: 'Atlantic/Reykjavik', te: 'Asia/Kolkata', gu: 'Asia/Kolkata', kn: 'Asia/Kolkata',
  km: 'Asia/Phnom_Penh', mn: 'Asia/Ulaanbaatar', pa: 'Asia/Kolkata', my: 'Asia/Yangon', si: 'Asia/Colombo',
  lo: 'Asia/Vientiane', ps: 'Asia/Kabul', tg: 'Asia/Dushanbe', ha: 'Africa/Lagos', cy: 'Europe/London', ga: 'Europe/Dublin',
  af: 'Africa/Johannesburg', be: 'Europe/Minsk', so: 'Africa/Mogadishu', ckb: 'Asia/Baghdad',
  lb: 'Europe/Luxembourg', ky: 'Asia/Bishkek', sd: 'Asia/Karachi', mt: 'Europe/Malta', or: 'Asia/Kolkata', tk: 'Asia/Ashgabat',
  zu: 'Africa/Johannesburg', yo: 'Africa/Lagos', fo: 'Atlantic/Faroe', rw: 'Africa/Kigali', ht: 'America/Port-au-Prince',
  mg: 'Indian/Antananarivo', dv: 'Indian/Maldives',
  tt: 'Europe/Moscow', fy: 'Europe/Amsterdam', br: 'Europe/Paris', sm: 'Pacific/Apia', ti: 'Africa/Asmara', ln: 'Africa/Kinshasa',
  as: 'Asia/Kolkata', yue: 'Asia/Hong_Kong', gd: 'Europe/London', co: 'Europe/Paris', oc: 'Europe/Paris', sc: 'Europe/Rome', qu: 'America/Lima', ba: 'Asia/Yekaterinburg', cv: 'Europe/Moscow', haw: 'Pacific/Honolulu', os: 'Europe/Moscow', to: 'Pacific/Tongatapu', sah: 'Asia/Yakutsk', bi: 'Pacific/Efate', kab: 'Africa/Algiers', lg: 'Africa/Kampala', st: 'Africa/Maseru', tn: 'Africa/Gaborone', rm: 'Europe/Zurich', ce: 'Europe/Moscow', ast: 'Europe/Madrid', an: 'Europe/Madrid', rue: 'Europe/Bratislava', ab: 'Europe/Moscow', mhr: 'Europe/Moscow', kbd: 'Europe/Moscow', av: 'Europe/Moscow', inh: 'Europe/Moscow', lad: 'Europe/Istanbul', eml: 'Europe/Rome', ss: 'Africa/Mbabane', krc: 'Europe/Moscow', ady: 'Europe/Moscow', kv: 'Europe/Moscow', lez: 'Europe/Moscow', tyv: 'Asia/Krasnoyarsk', za: 'Asia/Shanghai', udm: 'Europe/Samara', ts: 'Africa/Johannesburg', mh: 'Pacific/Majuro', nr: 'Africa/Johannesburg', kw: 'Europe/London', wa: 'Europe/Brussels', ay: 'America/La_Paz', dz: 'Asia/Thimphu', ty: 'Pacific/Tahiti', ki: 'Africa/Nairobi', ee: 'Africa/Lome', rn: 'Africa/Bujumbura', se: 'Europe/Oslo', ny: 'Africa/Blantyre', fj: 'Pacific/Fiji', xh: 'Africa/Johannesburg', ak: 'Africa/Accra', mai: 'Asia/Kathmandu', ku: 'Europe/Istanbul', kmr: 'Europe/Istanbul',
  fur: 'Europe/Rome', scn: 'Europe/Rome', vec: 'Europe/Rome', lij: 'Europe/Rome', lmo: 'Europe/Rome', pms: 'Europe/Rome', nap: 'Europe/Rome', hsb: 'Europe/Berlin', dsb: 'Europe/Berlin', csb: 'Europe/Warsaw', szl: 'Europe/Warsaw', sco: 'Europe/London',
};

/** Chinese scripts stand for their regions when no region is given ("zh-Hant" is read in Taiwan). */
const SCRIPT_ZONES: Record<string, string> = { hans: 'Asia/Shanghai', hant: 'Asia/Taipei' };

/**
 * The zone a page says its clock times are in, where it says so once: a US zone ("Updated 2:14 PM EDT", "All times
 * shown are US/Eastern"), as a US page names its zone on some of its times and leaves it off the rest, an Australian or
 * a New Zealand one ("Posted … at 6:58am AEDT"), an offset from UTC
 * in a note ("All times GMT+3"), or an Arabic page's city ("بتوقيت مكة المكرمة"). Undefined when the text names none.
 */
export function zoneStatedIn(text: string): string | undefined {
  const m = STATED_ZONE.exec(text);
  if (m) return US_ZONES[(m[1] ?? m[2] ?? m[3] ?? '').charAt(0).toUpperCase()];
  const antipodes = ANTIPODEAN_ZONE.exec(text);
  if (antipodes) return ANTIPODEAN_ZONES[antipodes[1]!.toUpperCase()];
  const city = ARABIC_CITY_TIME.exec(text);
  if (city) return ARABIC_CITY_ZONES[city[1]!];
  const offset = STATED_OFFSET.exec(text);
  return offset ? zoneAtOffset(offset[1], offset[2], offset[3]) : undefined;
}

/** An Arabic page's note of its clock: "بتوقيت مكة المكرمة" (Mecca time), "بتوقيت القاهرة", "بتوقيت غرينتش". */
const ARABIC_CITY_TIME = /بتوقيت\s+(مكة|الرياض|القاهرة|غرينتش|غرينيتش|دبي|أبوظبي|ابوظبي|الدوحة|الكويت|بغداد|بيروت|عمان|عمّان|دمشق|القدس|الجزائر|تونس|الرباط|الخرطوم)/u;
const ARABIC_CITY_ZONES: Record<string, string> = {
  مكة: 'Asia/Riyadh', الرياض: 'Asia/Riyadh', القاهرة: 'Africa/Cairo', غرينتش: 'UTC', غرينيتش: 'UTC', دبي: 'Asia/Dubai', أبوظبي: 'Asia/Dubai',
  ابوظبي: 'Asia/Dubai', الدوحة: 'Asia/Qatar', الكويت: 'Asia/Kuwait', بغداد: 'Asia/Baghdad', بيروت: 'Asia/Beirut', عمان: 'Asia/Amman',
  عمّان: 'Asia/Amman', دمشق: 'Asia/Damascus', القدس: 'Asia/Jerusalem', الجزائر: 'Africa/Algiers', تونس: 'Africa/Tunis',
  الرباط: 'Africa/Casablanca', الخرطوم: 'Africa/Khartoum',
};

/** Whether a text may name a zone: the cheap test before STATED_ZONE and STATED_OFFSET. */
export const MAY_STATE_ZONE = /[ECMP][DS]?T\b|A[ECW][DS]T\b|NZ[DS]T\b|Eastern|Central|Mountain|Pacific|UTC|بتوقيت/;

/**
 * A page's note of the offset all its times are written at: "All times GMT+3.", "Times are in UTC+05:30", "Time zone:
 * GMT-4", "All times UTC".
 */
const STATED_OFFSET =
  /(?:\b(?:all )?times?(?: (?:are|shown|listed|given))*(?: in)?|\btime ?zone)\s*:?\s*\(?(?:GMT|UTC)(?:\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\w+\-:])/i;
/** Offsets of half and three-quarter hours, by the zone that keeps them all year. */
const PART_HOUR_ZONES: Record<string, string> = {
  '+210': 'Asia/Tehran', '+270': 'Asia/Kabul', '+330': 'Asia/Kolkata', '+345': 'Asia/Kathmandu', '+390': 'Asia/Yangon', '+570': 'Australia/Darwin',
};

/** The zone of a fixed offset from UTC: an Etc/GMT zone for whole hours (whose names count westward: Etc/GMT-3 is UTC+3). */
function zoneAtOffset(sign: string | undefined, hours: string | undefined, minutes: string | undefined): string | undefined {
  const total = (sign === '+' ? 1 : -1) * (Number(hours ?? 0) * 60 + Number(minutes ?? 0));
  if (total === 0) return 'UTC';
  if (total % 60 === 0) return Math.abs(total) <= 14 * 60 ? `Etc/GMT${total > 0 ? '-' : '+'}${Math.abs(total) / 60}` : undefined;
  return PART_HOUR_ZONES[`${total > 0 ? '+' : '-'}${Math.abs(total)}`];
}
/** A US zone stated by its letters after a clock time or by its name ("All times Eastern"; not "Central Mexico time"). */
const STATED_ZONE =
  /\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?\(?\b([ECMP])[DS]?T\b|\bUS\/(Eastern|Central|Mountain|Pacific)\b|\b(?:all )?times? (?:shown |are )*(?:in )?(Eastern|Central|Mountain|Pacific)(?!\s+(?:Mexico|México|Europe|European|Africa|African|Asia|Asian|Australia|Australian|Brazil|Indonesia|Indonesian|America|American|Greenland))(?: time)?\b/i;
const US_ZONES: Record<string, string> = { E: 'America/New_York', C: 'America/Chicago', M: 'America/Denver', P: 'America/Los_Angeles' };
/** An Australian or New Zealand zone after a clock time ("6:58am AEDT", "14:05 NZST"). */
const ANTIPODEAN_ZONE = /\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?\(?\b(AE|AC|AW|NZ)[DS]T\b/i;
const ANTIPODEAN_ZONES: Record<string, string> = { AE: 'Australia/Sydney', AC: 'Australia/Adelaide', AW: 'Australia/Perth', NZ: 'Pacific/Auckland' };

/**
 * The zone a page's own configuration names for its clock times (a web app's boot data: `"tz":"America/Chicago"`,
 * `"timeZone":"Europe/Berlin"`), where the page's text names none: a reader's or a site's zone, the one its times are
 * shown in. Only inline scripts are read, each up to a length; a name no zone database knows is none.
 */
export function zoneInScripts(doc: Document): string | undefined {
  // A page's boot data is written once: a live page's later updates (which seek a zone again when the page named
  // none) need not read its scripts again.
  const known = scriptZones.get(doc);
  if (known) return known.zone;
  const zone = readScriptZone(doc);
  scriptZones.set(doc, { zone });
  return zone;
}

const scriptZones = new WeakMap<Document, { zone: string | undefined }>();

function readScriptZone(doc: Document): string | undefined {
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if (script.hasAttribute('src')) continue;
    const text = (script.textContent ?? '').slice(0, SCRIPT_READ);
    // PHP's JSON writes the zone's slash escaped ("America\/Montreal").
    const zone = CONFIG_ZONE.exec(text)?.[1]?.replace(/\\/g, '');
    if (zone && isKnownZone(zone)) return zone;
  }
  return undefined;
}

const CONFIG_ZONE = /["'](?:tz|timezone|timeZone|time_zone|tzName|userTimeZone|userTimezone|zonaHoraria|zona_horaria|fusoHorario|fuso_horario|fuseauHoraire|zeitzone|Zeitzone)["']\s*:\s*["']((?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\\?\/[A-Za-z_]+(?:\\?\/[A-Za-z_]+)?)["']/;
/** Characters of an inline script read for a zone: its configuration comes first, its bundled data after. */
const SCRIPT_READ = 100_000;

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone of a site's country domain (".in", ".de", ".co.uk"), for a page whose language tag says none: a country
 * that keeps one clock. Not the domains sold worldwide whatever the country (".co", ".io", ".tv"), which name none.
 */
export function zoneOfHost(host: string): string | undefined {
  const tld = host.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (WORLDWIDE_TLDS.has(tld)) return undefined;
  return REGION_ZONES[tld === 'uk' ? 'gb' : tld];
}

/** Countries' domains that sites anywhere take for their letters ("bit.ly", "notion.so", "about.me", "radio.fm"). */
const WORLDWIDE_TLDS = new Set(['co', 'me', 'ly', 'am', 'fm', 'ws', 'tv', 'io', 'ai', 'so', 'la', 'ml', 'ga', 'cm', 'to', 'do', 'tt', 'bz', 'cc', 'gg']);

/** Whether a page's `lang` names its region ("fr-SN", "es-VE"), which says more of its clock than its language. */
export function namesRegion(lang: string | null | undefined): boolean {
  return (lang ?? '').trim().split(/[-_]/).slice(1).some((part) => part.length === 2);
}

/** The IANA zone for a page's `lang` ("de-DE" → "Europe/Berlin"), or undefined when the tag names none. */
/**
 * Scripts that one language writes, at home in one zone (Chinese in any of its regions keeps UTC+8): kana before Han,
 * which Japanese writes too.
 */
const SCRIPT_LANGUAGES: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/, 'ja'], [/[\uac00-\ud7af]/, 'ko'], [/[\u0e00-\u0e7f]/, 'th'], [/[\u1780-\u17ff]/, 'km'], [/[\u0e80-\u0eff]/, 'lo'],
  [/[\u1000-\u109f]/, 'my'], [/[\u10a0-\u10ff]/, 'ka'], [/[\u0530-\u058f]/, 'hy'], [/[\u0d80-\u0dff]/, 'si'], [/[\u0590-\u05ff]/, 'he'],
  [/[\u4e00-\u9fff]/, 'zh'],
];

/**
 * The language a page's title is written in, where its script tells it alone ("百度新闻——海量中文资讯平台" is Chinese):
 * for pages that carry no language tag.
 */
export function languageOfScript(text: string): string | undefined {
  return SCRIPT_LANGUAGES.find(([script]) => script.test(text))?.[1];
}

/** The zones of countries that span many, by region code: a language's zone inside one is its speakers' part. */
const ZONES_OF_WIDE_REGION: Record<string, RegExp> = {
  ru: /^(?:Europe\/(?:Moscow|Samara|Kaliningrad|Volgograd|Kirov|Ulyanovsk|Astrakhan|Saratov)|Asia\/(?:Yekaterinburg|Omsk|Novosibirsk|Barnaul|Tomsk|Novokuznetsk|Krasnoyarsk|Irkutsk|Chita|Yakutsk|Vladivostok|Magadan|Sakhalin|Kamchatka|Anadyr))$/,
  us: /^(?:America\/(?:New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Adak)|Pacific\/Honolulu)$/,
};

export function zoneOfLanguage(lang: string | null | undefined): string | undefined {
  const [language = '', ...rest] = (lang ?? '').trim().toLowerCase().split(/[-_]/);
  // A French page from Canada keeps Canada's clocks: the region decides before the language.
  const region = rest.find((part) => part.length === 2);
  // A country of many zones names none; a language spoken in one part of it names that part's ("lez-RU": Dagestan's
  // Moscow time, "tyv-RU": Tuva's Krasnoyarsk time, "haw-US": Honolulu's).
  const own = LANGUAGE_ZONES[language];
  if (region) return REGION_ZONES[region] ?? (own && ZONES_OF_WIDE_REGION[region]?.test(own) ? own : undefined);
  const script = rest.find((part) => part.length === 4);
  if (language === 'zh') return script ? SCRIPT_ZONES[script] : 'Asia/Shanghai';
  return LANGUAGE_ZONES[language];
}
