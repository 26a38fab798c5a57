/** The text of anything thrown, for a message a user or a host page reads. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
