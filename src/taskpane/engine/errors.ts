/** An error whose message is already written for the user (Swedish, says what to do). */
export class UserFacingError extends Error {
  readonly userFacing = true;
}

export function isUserFacing(e: unknown): e is UserFacingError {
  return e instanceof Error && (e as Partial<UserFacingError>).userFacing === true;
}
