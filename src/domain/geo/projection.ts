/** Web-Mercator world size in pixels at zoom 0 (Leaflet's and the tile world's convention). */
const WORLD = 256

/** Longitude → x in zoom-0 pixels. */
export function projectX(lon: number): number {
  return ((lon + 180) / 360) * WORLD
}

/** Latitude → y in zoom-0 pixels (north is up, y grows southwards). */
export function projectY(lat: number): number {
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat))
  const sin = Math.sin((clamped * Math.PI) / 180)
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD
}

export function unprojectX(x: number): number {
  return (x / WORLD) * 360 - 180
}

export function unprojectY(y: number): number {
  const n = Math.PI - (2 * Math.PI * y) / WORLD
  return (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))
}
