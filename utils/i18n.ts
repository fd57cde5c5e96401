/**
 * Every word Byline shows goes through here: browser.i18n messages from public/_locales/<lang>/messages.json, with the
 * browser's language choosing the file. en is the default; de must have every key en has (a unit test checks).
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

type Messages = typeof en;
/** A message's name, as in public/_locales/en/messages.json. */
export type MessageKey = keyof Messages;
/** A counted message: the part before `_one` / `_other` (and any other CLDR category a language adds). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

export type Substitution = string | number;

/** The message for `key`, its placeholders ($1, $2, …) filled in order. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s)));
  // An empty answer means a key missing from the build; showing the key beats showing nothing.
  return text || key;
}

/**
 * A counted message: `key_one`, `key_other`, … picked by the plural rules of the language the messages are in
 * (not the browser's: a French browser reads the English messages, and "0 article" would be wrong there).
 * The count is $1; further substitutions are $2, $3, ….
 */
export function tn(key: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const category = new Intl.PluralRules(messageLocale()).select(count);
  // A category the messages do not spell out (getMessage answers "") falls back to `other`.
  const exact = `${key}_${category}` as MessageKey;
  return t(browser.i18n.getMessage(exact) ? exact : (`${key}_other` as MessageKey), count, ...substitutions);
}

/** The language of the messages in use (en or de): for plural rules, numbers and the pages' lang attribute. */
export function messageLocale(): string {
  return browser.i18n.getMessage('lang') || 'en';
}

/** The browser's UI language, for dates and relative times through Intl. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat(messageLocale()).format(n);
}

/** An extension page's lang attribute and title, in the language of its messages. */
export function localizeDocument(title: MessageKey): void {
  document.documentElement.lang = messageLocale();
  document.title = t(title);
}
