/** The row every breakdown ends with: participants whose cell is blank or not a known category. */
export const MISSING_KEY = "missing";
export const MISSING_LABEL = "Ej ifyllt eller okänt";
