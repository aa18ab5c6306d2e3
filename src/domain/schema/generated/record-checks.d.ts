/** Compiled structural checks of records (see scripts/record-checks.ts): true when valid. */
type Check = (data: unknown) => boolean

export declare const enterprises: Check
export declare const parks: Check
export declare const visits: Check
export declare const events: Check
