/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

/** Excel's own limit for one cell; a longer cell is cut and flagged. */
export const MAX_CELL_CHARS = 32_767

/** A position farther than this from every municipality centre is not taken as home region. */
export const HOME_NEAREST_CENTRE_KM = 45
