// ISO calendar dates (YYYY-MM-DD, or YYYY-MM for a month), parsed in one place and computed on
// in UTC, so no time zone shifts a day and "2023-02-30" is never silently read as 2 March.

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO day, else undefined (2023-02-30 is not a day). */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return t / DAY_MS;
}

/** Whether `iso` is a real calendar day (YYYY-MM-DD) or month (YYYY-MM). */
export function isCalendarDate(iso: string): boolean {
  if (/^\d{4}-\d{2}$/.test(iso)) return dayNumber(`${iso}-01`) !== undefined;
  return dayNumber(iso) !== undefined;
}

/** An ISO day, month or year ("2023-09-17", "2023-09") as the UTC midnight it starts at. */
export function utcDay(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

export function isoFromDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return isoFromDay((dayNumber(iso) ?? 0) + n);
}

/** First day of the month `n` months after the month of `iso`. */
export function monthStart(iso: string, n = 0): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}

export function monthEnd(iso: string): string {
  return addDays(monthStart(iso, 1), -1);
}

/** The Monday starting the ISO week of `iso`. */
export function weekStart(iso: string): string {
  const n = dayNumber(iso) ?? 0;
  // 1970-01-01 was a Thursday: (n + 3) mod 7 is days since Monday.
  return isoFromDay(n - ((((n + 3) % 7) + 7) % 7));
}
