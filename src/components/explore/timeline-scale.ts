// The timeline's geometry, pure: where a day sits among the bars, what range a pair of bars is,
// where the tick labels go. Bars are equal widths (a month is one bar, whatever its days).
import { dayNumber, utcDay } from '../../lib/dates';
import { dateFormat } from '../../lib/i18n/format';
import type { Lang } from '../../lib/i18n/locales';
import { binStart, type Bin, type BinUnit } from '../../lib/explore/histogram';

export interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

const clamp = (i: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, i));

export class BarScale {
  readonly n: number;
  #index: Map<string, number>;

  constructor(
    readonly bins: readonly Bin[],
    readonly unit: BinUnit,
  ) {
    this.n = bins.length;
    this.#index = new Map(bins.map((b, i) => [b.start, i]));
  }

  /** The bar holding a day, clamped to the bars. */
  barOf(iso: string): number {
    const i = this.#index.get(binStart(iso, this.unit));
    if (i !== undefined) return i;
    return iso < (this.bins[0]?.start ?? '') ? 0 : this.n - 1;
  }

  /** Horizontal position (0–100) of the start or the end of a day, inside its bar. */
  x(iso: string, edge: 'start' | 'end'): number {
    const i = this.barOf(iso);
    const b = this.bins[i];
    if (!b) return 0;
    const first = dayNumber(b.start) ?? 0;
    const days = (dayNumber(b.end) ?? first) - first + 1;
    const day = dayNumber(iso) ?? first;
    const frac = clamp(day - first + (edge === 'end' ? 1 : 0), 0, days) / days;
    return ((i + frac) / this.n) * 100;
  }

  /** The period bars a…b cover (either order); the whole timeline is "no period". */
  range(a: number, b: number): Range {
    const [lo, hi] = [clamp(Math.min(a, b), 0, this.n - 1), clamp(Math.max(a, b), 0, this.n - 1)];
    if (lo === 0 && hi === this.n - 1) return { from: undefined, to: undefined };
    return { from: this.bins[lo]!.start, to: this.bins[hi]!.end };
  }

  /** The bar under a horizontal fraction (0–1) of the track. */
  barAt(fraction: number): number {
    return clamp(Math.floor(fraction * this.n), 0, this.n - 1);
  }

  /**
   * Labels at the first bar of each year (monthly bars) or month (weekly bars), thinned to every
   * second, fifth… so that at most `max` fit.
   */
  ticks(lang: Lang, max = 12): { key: string; text: string; x: number }[] {
    const all = this.#allTicks(lang);
    const every = [1, 2, 5, 10, 20, 50].find((k) => Math.ceil(all.length / k) <= max) ?? 100;
    return all.filter((_, i) => i % every === 0);
  }

  #allTicks(lang: Lang): { key: string; text: string; x: number }[] {
    const cut = this.unit === 'month' ? 4 : 7;
    const month = dateFormat(lang, 'monthName');
    return this.bins.flatMap((b, i) => {
      const key = b.start.slice(0, cut);
      if (i > 0 && key === this.bins[i - 1]!.start.slice(0, cut)) return [];
      const text = this.unit === 'month' ? key : month.format(utcDay(b.start));
      return [{ key, text, x: (i / this.n) * 100 }];
    });
  }
}
