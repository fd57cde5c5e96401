/** Links to a publisher's page on the aggregator itself ("/izvor/blic", "/source/reuters", "/wkaro/akhalitribuna"). */

/**
 * The steps of the path of a link to the page's own site, read from its href as written ("/news/england" → ["news",
 * "england"]); null for a link to another site or a path relative to the page.
 */
export function sitePathSteps(link: Element, page: URL): string[] | null {
  const href = link.getAttribute('href') ?? '';
  const host = /^(?:https?:)?\/\/([^/?#]+)/i.exec(href)?.[1];
  if (host && host.toLowerCase() !== page.host) return null;
  const path = (host ? href.slice(href.indexOf(host) + host.length) : href).split(/[?#]/)[0]!;
  return path.startsWith('/') ? path.split('/').filter(Boolean) : null;
}

/** A link to a publisher's page on the site itself ("/izvor/blic", "/source/reuters"): it names the publisher. */
export function isPublisherLink(link: Element, page: URL): boolean {
  return isPublisherPage(sitePathSteps(link, page) ?? []);
}

/** Steps of a path that lead to one publisher's page: a publisher word, then more steps ("press/931/ranking"). */
function isPublisherPage(steps: string[]): boolean {
  return steps.length >= 2 && steps.slice(0, -1).some((step) => PUBLISHER_STEP.test(step));
}

/** Whether an address is a publisher's page on a site ("https://media.example.kr/press/931/ranking"): a publisher word, then more steps. */
export function isPublisherUrl(url: string): boolean {
  const path = /^https?:\/\/[^/?#]+(\/[^?#]*)/i.exec(url)?.[1] ?? '';
  return isPublisherPage(path.split('/').filter(Boolean));
}

/** A step of a path to a publisher's page on the site ("/source/reuters", "/publishers/afp", "/agency/ria"). */
export const PUBLISHER_STEP =
  /^(?:sources?|publishers?|publications?|newspapers|periodicos?|periódicos?|diarios|zeitungen|journaux|giornali|jornais|kranten|providers?|outlets?|media|medien|medios|agency|agencies|press|partners?|channels?|sites?|domains?|feeds?|quellen?|fonte[s]?|fonti|fuentes?|bron(?:nen)?|kilder?|k[aä]llor|l[aä]hteet|surs[ae]|zrodl[ao]|źródła|kaynak(?:lar)?|tobraichean|foinsí|forras(?:ok)?|források|zdroje?|izvori?|vyanzo|chanzo|sumber|nguon|istochnik(?:i)?|dzherela|piges|agenc(?:ia|ias|e|es)|wkaro|tskaro|avoti|saltiniai|saltinis|viri|midill|midlar|iturri(?:a|ak)?|ffynhonnell|ffynonellau|(?:media|news)-(?:outlets?|sources?|publishers?))$/i;

/**
 * The path of the page of one publisher on a site, nothing after it ("/wkaro/akhalitribuna"): on the site itself,
 * never a story's headline, though a publisher's name reads like a short one.
 */
export function isPublisherPath(pathname: string): boolean {
  // "/wkaro/akhalitribuna" or "/source/reuters/": two steps, the first a publisher word.
  const m = TWO_STEPS.exec(pathname);
  return !!m && PUBLISHER_STEP.test(m[1]!);
}

const TWO_STEPS = /^\/([^/]+)\/[^/]+\/?$/;
