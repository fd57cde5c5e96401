/** The reader's display settings and the sites where Byline is off, kept in storage.sync (they follow the reader). */
import { storage } from 'wxt/utils/storage';
import { siteHost } from '../core/url';
import type { FormatOptions } from './format';

export type TimeDisplay = 'absolute' | 'relative' | 'both';
export type Clock = 'auto' | '12' | '24';
export type BadgeStyle = 'compact' | 'full';

export interface Settings {
  timeDisplay: TimeDisplay;
  clock: Clock;
  /** An IANA zone, or '' for the browser's own. */
  timeZone: string;
  badgeStyle: BadgeStyle;
  /** Hostnames where Byline shows nothing until turned on again. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { timeDisplay: 'both', clock: 'auto', timeZone: '', badgeStyle: 'full', disabledSites: [] };

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Settings read from storage, with anything missing or malformed replaced by its default. */
export function normalizeSettings(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  const pick = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(x as T) ? (x as T) : fallback);
  return {
    timeDisplay: pick(v.timeDisplay, ['absolute', 'relative', 'both'], DEFAULT_SETTINGS.timeDisplay),
    clock: pick(v.clock, ['auto', '12', '24'], DEFAULT_SETTINGS.clock),
    timeZone: typeof v.timeZone === 'string' && isTimeZone(v.timeZone) ? v.timeZone : '',
    badgeStyle: pick(v.badgeStyle, ['compact', 'full'], DEFAULT_SETTINGS.badgeStyle),
    disabledSites: Array.isArray(v.disabledSites) ? [...new Set(v.disabledSites.filter((s): s is string => typeof s === 'string' && !!s))] : [],
  };
}

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Saves a change; on failure the stored settings stay as they were, and the error reaches the caller. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function isTimeZone(zone: string): boolean {
  if (zone === '') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Where a site is turned off: its hostname without "www.". */
export function siteKey(url: string | undefined): string | null {
  return siteHost(url);
}

export function formatOptionsOf(settings: Settings): FormatOptions {
  return {
    timeZone: settings.timeZone || undefined,
    hour12: settings.clock === 'auto' ? undefined : settings.clock === '12',
  };
}
