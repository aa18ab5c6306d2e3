/** The built app the browser tests serve; `E2E_APP_DIR` points them at another build. */
export const APP_DIR = process.env.E2E_APP_DIR ?? 'dist'
