/** The longest detail an unexpected failure shows: enough to recognise it, never a stack trace. */
const DETAIL_LENGTH = 120;

/** A short detail of an unexpected error: its name or code and the first line of its message. */
export function errorDetail(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : (JSON.stringify(error) ?? String(error));
  const line = text.split('\n')[0] ?? '';
  return line.length > DETAIL_LENGTH ? `${line.slice(0, DETAIL_LENGTH - 1)}…` : line;
}
