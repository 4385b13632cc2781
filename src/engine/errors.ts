/** An error whose message is already written for the user (says what to do; the core's follow the pane's language). */
export class UserFacingError extends Error {
  readonly userFacing = true;
}

/** Errors of the engine and file host whose messages are written for the user (recognised by name). */
const USER_MESSAGE_ERRORS = new Set(["WorkbookReadError", "ReportOptionsError"]);

export function isUserFacing(e: unknown): e is Error {
  return (
    e instanceof Error &&
    ((e as Partial<UserFacingError>).userFacing === true || USER_MESSAGE_ERRORS.has(e.name))
  );
}
