/**
 * The translation function the export helpers take, so this layer stays free of i18next and
 * React: callers pass `t` from `useTranslation`, tests pass a stub.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string
