/**
 * The parser's time budget: it stops early and says so rather than hang a tab. Loops ask `spent()` often; the clock is
 * read only every few calls, so asking is cheap.
 */
export const DEFAULT_BUDGET_MS = 1500;

const clock = (): number => globalThis.performance?.now() ?? Date.now();

export class Budget {
  private readonly deadline: number;
  private calls = 0;
  exceeded = false;

  constructor(readonly ms: number = DEFAULT_BUDGET_MS) {
    this.deadline = clock() + ms;
  }

  spent(): boolean {
    if (this.exceeded) return true;
    if (++this.calls % 64 === 0 && clock() > this.deadline) this.exceeded = true;
    return this.exceeded;
  }
}
