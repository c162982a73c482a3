// `new Date(ms).toISOString()`, written out: the summaries of a large account write tens of
// thousands of times, and a Date per time (about 1 µs each) was a quarter of their cost. Same
// text for every time in years 0000–9999; outside them (or not a number) it is the Date's own.

const MIN = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const MAX = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const DAY = 86_400_000;

const D = 48; // '0'
const [DASH, COLON, DOT, T, Z] = [45, 58, 46, 84, 90];

/** The date's ten characters for the day asked last: a record's times come in order, many on one day. */
const date = new Uint8Array(10);
let dateOf = Number.NaN;

function writeDate(days: number): void {
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
  date[0] = D + Math.floor(year / 1000);
  date[1] = D + (Math.floor(year / 100) % 10);
  date[2] = D + (Math.floor(year / 10) % 10);
  date[3] = D + (year % 10);
  date[4] = DASH;
  date[5] = D + Math.floor(month / 10);
  date[6] = D + (month % 10);
  date[7] = DASH;
  date[8] = D + Math.floor(day / 10);
  date[9] = D + (day % 10);
  dateOf = days;
}

export function isoTime(ms: number): string {
  if (!(ms >= MIN && ms <= MAX) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY);
  if (days !== dateOf) writeDate(days);
  let rest = ms - days * DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const ms3 = rest - seconds * 1000;
  // One flat string of char codes: a template of a dozen pieces left a tree of a dozen strings per time.
  return String.fromCharCode(
    date[0]!,
    date[1]!,
    date[2]!,
    date[3]!,
    date[4]!,
    date[5]!,
    date[6]!,
    date[7]!,
    date[8]!,
    date[9]!,
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
