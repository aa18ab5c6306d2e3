/** The datasets a user's table can hold; reference files come only as contract JSON. */
export const IMPORT_KINDS = ['enterprises', 'parks', 'visits', 'events'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]
