/**
 * The generic rules' reading of one block as an Article, each field worked out when first read. A site adapter's
 * refine replaces some fields (most replace the source or the time) without reading the generic value: those are never
 * worked out, which spares a parse on a site adapter's page much of the field rules' work.
 *
 * The lazy fields are getters on the class, not own fields, so a refine's `{ ...article, … }` copies only the own ones
 * (id, position, section, title, url); `completeArticle` then gives the result each field it lacks from the generic
 * reading, which is the value the spread would have copied. A copy's missing fields would read as undefined, so only
 * adapters that read fields from the argument alone opt in (Adapter.refinesLazily); the others get a plain,
 * complete copy.
 */
import type { Article, ArticleSource, ArticleTime } from '../types';
import type { TimeOptions } from '../time';
import { registrableDomain, sourceMismatch } from '../domain';
import type { TitleHit } from './title';
import type { BlockView } from './view';
import { sourceBetween, sourceNameOf, sourceOfListHeading } from './source';
import { timeOf, type TimeHit } from './time';
import { authorOf, imageOf, isSponsored, snippetOf } from './snippet';

export class GenericArticle implements Article {
  readonly title: string;
  readonly url: string | null;
  #view: BlockView | (() => BlockView);
  readonly #title: TitleHit;
  readonly #timeOptions: TimeOptions;
  #source?: ArticleSource;
  #time?: TimeHit;
  #snippet?: string | null;
  #author?: string | null;
  #imageUrl?: string | null;
  #sponsored?: boolean;

  constructor(
    readonly id: string,
    readonly position: number,
    readonly section: string | null,
    view: BlockView | (() => BlockView),
    title: TitleHit,
    timeOptions: TimeOptions,
  ) {
    this.title = title.title;
    this.url = title.url;
    this.#view = view;
    this.#title = title;
    this.#timeOptions = timeOptions;
  }

  get source(): ArticleSource {
    if (!this.#source) {
      const domain = registrableDomain(this.#title.url);
      const name = sourceNameOf(this.#viewed(), this.#title) ?? sourceBetween(this.#viewed(), this.#title) ?? sourceOfListHeading(this.#viewed(), this.#title);
      this.#source = { name: name ?? domain, domain, mismatch: sourceMismatch(name, domain) };
    }
    return this.#source;
  }

  get publishedAt(): string | null {
    return this.#timeHit().publishedAt;
  }

  get time(): ArticleTime {
    return this.#timeHit().time;
  }

  get snippet(): string | null {
    return this.#snippet === undefined ? (this.#snippet = snippetOf(this.#viewed(), this.#title)) : this.#snippet;
  }

  get author(): string | null {
    return this.#author === undefined ? (this.#author = authorOf(this.#viewed())) : this.#author;
  }

  get imageUrl(): string | null {
    return this.#imageUrl === undefined ? (this.#imageUrl = imageOf(this.#viewed())) : this.#imageUrl;
  }

  get sponsored(): boolean {
    return (this.#sponsored ??= isSponsored(this.#viewed()));
  }

  /** The block's view, built when a field first needs it (a site adapter that names the headline may need none). */
  #viewed(): BlockView {
    if (typeof this.#view === 'function') this.#view = this.#view();
    return this.#view;
  }

  #timeHit(): TimeHit {
    return (this.#time ??= timeOf(this.#viewed(), this.#timeOptions));
  }
}

/**
 * The article as it leaves the parse: a plain object, its fields in the contract's order, each the refined value where
 * the refine gave one and the generic reading's otherwise.
 */
export function completeArticle(refined: Article, generic: GenericArticle, position = generic.position): Article {
  const own = refined === generic ? null : refined;
  const pick = <K extends keyof Article>(key: K): Article[K] => (own && Object.hasOwn(own, key) ? own[key] : generic[key]);
  return {
    id: pick('id'),
    position,
    section: pick('section'),
    title: pick('title'),
    url: pick('url'),
    source: pick('source'),
    publishedAt: pick('publishedAt'),
    time: pick('time'),
    snippet: pick('snippet'),
    author: pick('author'),
    imageUrl: pick('imageUrl'),
    sponsored: pick('sponsored'),
  };
}

