/** Excel serial numbers (1900 date system) and JS dates, as the file host has always converted them. */

const DAY_MS = 86400000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days between the 1900 and the 1904 date systems' day zero. */
const DATE1904_OFFSET = 1462;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** Excel serial (1900 system) of a JS date as ExcelJS gives it: the wall-clock time stored as UTC. */
export function dateToSerial(d: Date): number {
  const serial = (d.getTime() - EPOCH_MS) / DAY_MS;
  // Whole days stay whole despite float noise from the time part.
  const rounded = Math.round(serial * 86400) / 86400;
  return Math.abs(rounded - Math.round(rounded)) < 1e-9 ? Math.round(rounded) : rounded;
}

/** The JS date ExcelJS writes for an Excel serial (the inverse of dateToSerial). */
export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + serial * DAY_MS);
}

/**
 * A date-formatted number as the core receives it: the serial in the 1900 system, rounded to
 * the second. Exactly what ExcelJS + dateToSerial gave (ExcelJS makes a Date rounded to the
 * millisecond, shifting 1904-system serials by 1 462 days), so old and new readers agree.
 */
export function dateCellSerial(value: number, date1904: boolean): number {
  return dateToSerial(
    new Date(Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * DAY_MS)),
  );
}

const ISO =
  /^\s*(?:([+-]?\d{4,6})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/**
 * The serial (1900 system) of an ISO 8601 date cell (`<c t="d"><v>2024-03-05</v></c>`), read as
 * wall-clock time (a time-zone suffix is ignored, as Excel does); null when it is no ISO date.
 * A time without a date is a fraction of a day. The result does not depend on the workbook's
 * date system: an ISO date names the day itself.
 */
export function isoDateSerial(text: string): number | null {
  const m = ISO.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const [y, mo, d] =
    m[1] === undefined ? [1899, 12, 30] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y, mo - 1, d); // years 0–99 are not shifted to 1900–1999
  if (date.getUTCDate() !== d && h < 24) return null; // 2024-02-30
  const serial = dateToSerial(date);
  return Number.isFinite(serial) ? serial : null;
}
