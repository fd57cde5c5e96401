import { describe, expect, it } from 'vitest';
import { commonDateParts } from '../../../core/date-parts';
import { chronoParts } from '../../../core/time';

const MONTH_NAMES = ['January', 'Feb', 'mar', 'April', 'May', 'Jun', 'July', 'Aug', 'Sept', 'sep', 'October', 'Nov', 'December', 'Dec'];
const DAYS = ['2', '02', '15', '28', '29', '30', '31'];
const CLOCKS = ['', ', 11:05AM', ', 12:02AM', ' 12:30 pm', ', 07:56PM', ' 13:00', ', 0:05', ', 13:00PM', ' 9:75'];
const WEEKDAYS = ['', 'Tuesday ', 'Sat, ', 'mon '];
const NOWS = ['2021-11-05T12:00:00Z', '2025-01-10T03:00:00Z', '2025-06-08T18:00:00Z', '2024-12-31T23:30:00Z', '2024-03-01T00:10:00Z'].map((s) => new Date(s));
const OFFSETS = [0, -300, 330, 540];

function labels(): string[] {
  const out: string[] = [];
  for (const month of MONTH_NAMES) {
    for (const day of DAYS) {
      for (const year of ['', ', 2020', ' 2016', ', 2023']) for (const clock of CLOCKS) for (const weekday of WEEKDAYS) out.push(`${weekday}${month} ${day}${year}${clock}`);
      out.push(`${day} ${month} 2020`, `${day} ${month} 2023`);
    }
  }
  for (const [a, b] of [['5', '03'], ['12', '11'], ['31', '1'], ['1', '31'], ['13', '2'], ['2', '29'], ['29', '2']]) out.push(`${a}/${b}/2020`, `${a}/${b}/2021`);
  out.push('2020-03-05', '2024-02-29', '2021-02-29', '2025-12-31', '2025-13-01');
  for (const clock of ['14:35', '0:05', '09:05', '23:59', '24:00', '12:60', '9:41 PM', '12:30 am', '12:02AM', '13:00PM', '0:30 pm', '7:56pm']) {
    out.push(clock, `yesterday ${clock}`, `today, ${clock}`, `Yesterday, ${clock}`);
  }
  return out;
}

describe('the in-house reader of common date labels', () => {
  it('reads every label it takes as chrono-node reads it, in any zone, either way round, whenever it is read', () => {
    let taken = 0;
    let checked = 0;
    labels().forEach((label, i) => {
      // A spread of the cases, not all of them: chrono is slow.
      const now = NOWS[i % NOWS.length]!;
      for (const offset of [OFFSETS[i % OFFSETS.length]!, OFFSETS[(i + 1) % OFFSETS.length]!]) {
        for (const dayFirst of [false, true]) {
          const ours = commonDateParts(label, now, offset, dayFirst);
          checked++;
          if (!ours) continue;
          taken++;
          expect({ label, now, offset, dayFirst, parts: ours }).toEqual({ label, now, offset, dayFirst, parts: chronoParts(label, now, offset, dayFirst) });
        }
      }
    });
    expect(taken).toBeGreaterThan(checked / 3);
  });

  it('leaves other texts to chrono-node', () => {
    const now = NOWS[0]!;
    for (const text of ['VisualVM 1.3.9 released at GitHub!', '5/03/20', 'Feb 30, 2020', 'the 5th of May', '12 hours ago', '$89.50']) {
      expect(commonDateParts(text, now, 0, false)).toBeNull();
    }
  });
});
