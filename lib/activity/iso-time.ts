// `new Date(ms).toISOString()`, written out: the summaries of a large account write tens of
// thousands of times, and a Date per time (about 1 µs each) was a quarter of their cost. Same
// text for every time in years 0000–9999; outside them (or not a number) it is the Date's own.

const MIN = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const MAX = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const DAY = 86_400_000;

const D = 48; // '0'
const [DASH, COLON, DOT, T, Z] = [45, 58, 46, 84, 90];

/**
 * The date's ten characters for the last 128 days asked, by day number mod 128: the summaries
 * go person by person, each from their newest time back, so the day changes at nearly every call
 * (keeping the last day alone missed most of the time); a look-back window holds about 90 days.
 */
const SLOTS = 128;
const dates = new Uint8Array(SLOTS * 10);
const dateOf = new Float64Array(SLOTS).fill(Number.NaN);

function writeDate(days: number, at: number): void {
  // The proleptic Gregorian date of a day count, in 400-year eras starting on March 1st
  // (so that the leap day ends a year): the usual civil-from-days arithmetic.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const date = dates;
  date[at] = D + Math.floor(year / 1000);
  date[at + 1] = D + (Math.floor(year / 100) % 10);
  date[at + 2] = D + (Math.floor(year / 10) % 10);
  date[at + 3] = D + (year % 10);
  date[at + 4] = DASH;
  date[at + 5] = D + Math.floor(month / 10);
  date[at + 6] = D + (month % 10);
  date[at + 7] = DASH;
  date[at + 8] = D + Math.floor(day / 10);
  date[at + 9] = D + (day % 10);
  dateOf[at / 10] = days;
}

export function isoTime(ms: number): string {
  if (!(ms >= MIN && ms <= MAX) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY);
  // Days fit in 32 bits over years 0000–9999; `& 127` is their slot, negative ones included.
  const slot = days & (SLOTS - 1);
  const at = slot * 10;
  if (dateOf[slot] !== days) writeDate(days, at);
  const date = dates;
  let rest = ms - days * DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const ms3 = rest - seconds * 1000;
  // One flat string of char codes: a template of a dozen pieces left a tree of a dozen strings per time.
  return String.fromCharCode(
    date[at]!,
    date[at + 1]!,
    date[at + 2]!,
    date[at + 3]!,
    date[at + 4]!,
    date[at + 5]!,
    date[at + 6]!,
    date[at + 7]!,
    date[at + 8]!,
    date[at + 9]!,
    T,
    D + Math.floor(hours / 10),
    D + (hours % 10),
    COLON,
    D + Math.floor(minutes / 10),
    D + (minutes % 10),
    COLON,
    D + Math.floor(seconds / 10),
    D + (seconds % 10),
    DOT,
    D + Math.floor(ms3 / 100),
    D + (Math.floor(ms3 / 10) % 10),
    D + (ms3 % 10),
    Z,
  );
}
