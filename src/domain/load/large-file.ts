/**
 * From this size (in characters) a dataset file is first checked by the compiled record
 * checks (`fast-check.ts`): about ten times faster than zod for valid records, but a chunk of
 * its own to fetch, so small files go straight to zod.
 */
export const FAST_CHECK_MIN_CHARS = 1_000_000
