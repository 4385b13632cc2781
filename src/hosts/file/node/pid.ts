/** Whether a process with this id is running on this computer (one we may not signal counts as running). */
export function isProcessAlive(pid: number): boolean {
  // 0 and negative ids would signal process groups: never a lock owner.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
