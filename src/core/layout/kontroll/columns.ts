/**
 * Kontroll's columns, shared by its tables so that links, rule names and messages line up:
 * Allvarlighet/Antal, Cell, Regel, Kolumn, Värde/Fler celler, Meddelande/Vad det betyder, Förslag.
 * The widths (characters) add up to about 150, what an A4 landscape page holds at a readable size;
 * long text wraps within them.
 */
export const KONTROLL_WIDTHS = [14, 17, 22, 22, 14, 40, 22];

export const COL = {
  severity: 0,
  count: 0,
  cell: 1,
  rule: 2,
  column: 3,
  value: 4,
  more: 4,
  message: 5,
  meaning: 5,
  suggestion: 6,
} as const;
