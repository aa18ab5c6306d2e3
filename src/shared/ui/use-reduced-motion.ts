import { useMediaQuery } from './use-media-query'

/** True while the system asks for less motion; follows the setting live. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)')
}
