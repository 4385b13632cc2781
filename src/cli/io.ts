/** Where a command writes: standard output and standard error (tests pass their own). */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}
