/** The time outputs are dated with. */

/**
 * The date a TMX is written with where none is given: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention: the same inputs give the same file byte for byte), else now.
 */
export function writingDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
