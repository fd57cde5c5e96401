import { describe, expect, it } from 'vitest';
import { isProviderLabel } from '../../../core/adapters/yahoo-labels';

const now = new Date('2016-12-01T18:00:00Z');

describe("Yahoo's provider labels", () => {
  it('take a short name, and no time, count, pager or prompt', () => {
    expect(isProviderLabel('The Associated Press', now)).toBe(true);
    expect(isProviderLabel('3 hours ago', now)).toBe(false);
    expect(isProviderLabel('11', now)).toBe(false);
    expect(isProviderLabel('1-3 of 18', now)).toBe(false);
    expect(isProviderLabel('New details »', now)).toBe(false);
    expect(isProviderLabel('10/31(火) 12:10', now)).toBe(false);
  });
});
