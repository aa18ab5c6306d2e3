/** Build-time settings, read once. */
export const env = {
  /** Data folder used when the link has no `data` parameter; `data/` next to the app by default. */
  dataUrl: (import.meta.env.VITE_DATA_URL as string | undefined) ?? 'data/',
  /** Other origins a `data` link may point to, comma-separated. */
  allowedDataOrigins: import.meta.env.VITE_DATA_ALLOWED_ORIGINS as string | undefined,
  /** How long one data file may take before it is reported as timed out. */
  fetchTimeoutMs: 20_000,
}
