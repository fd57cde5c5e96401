/** browser.i18n for unit tests: fakeBrowser has no messages, so it reads Byline's own _locales files, as a browser would. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

export function messagesOf(locale: Locale): Record<string, Message> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, Message>;
}

/** What getMessage answers: $NAME$ replaced by its placeholder's content, $1… by the substitutions; "" for an unknown key. */
export function formatMessage(entry: Message | undefined, substitutions: string[]): string {
  if (!entry) return '';
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content === undefined ? whole : fill(content);
  });
}

/** Makes fakeBrowser.i18n answer from one locale's messages, with a browser UI language to match. */
export function useLocale(locale: Locale, uiLanguage = locale === 'en' ? 'en-US' : locale): void {
  const messages = messagesOf(locale);
  fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | Array<string | number>) =>
    formatMessage(messages[name], substitutions === undefined ? [] : ([] as Array<string | number>).concat(substitutions).map(String));
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}
