/** A date's year, month and day in another calendar, as the engine's Intl reckons it (Persian, Umm al-Qura…). */
export type CalendarParts = (ms: number) => [number, number, number] | null;

/**
 * The reader of a calendar's parts for a UTC day: null where the engine lacks the calendar. The formatter is made on
 * the first call only.
 */
export function calendarParts(calendar: string): CalendarParts {
  let format: Intl.DateTimeFormat | null | undefined;
  return (ms) => {
    if (format === undefined) {
      try {
        format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      } catch {
        format = null;
      }
    }
    if (!format) return null;
    const parts = format.formatToParts(new Date(ms));
    const value = (type: string): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
    return [value('year'), value('month'), value('day')];
  };
}
