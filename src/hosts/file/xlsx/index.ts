/** The streaming .xlsx reader: bytes in, the core's WorkbookGrid out (see readWorkbookGrid.ts and limits.ts). */
export { readWorkbookGrid } from "./readWorkbookGrid";
export { readErrors, WorkbookReadError, type ReadFailure } from "./errors";
export { LIMITS } from "./limits";
export { dateToSerial, serialToDate } from "./dates";
export { checkSignature } from "./signature";
