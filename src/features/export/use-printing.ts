import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the page is being printed (the browser's print dialog, a print preview, a PDF).
 * `beforeprint` renders synchronously, so what depends on it is in the page before the
 * browser lays out the printed copy.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false)
  useEffect(function followPrinting() {
    const query = printMedia()
    const start = () => flushSync(() => setPrinting(true))
    const end = () => setPrinting(query?.matches ?? false)
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : end())
    window.addEventListener('beforeprint', start)
    window.addEventListener('afterprint', end)
    query?.addEventListener('change', change)
    return () => {
      window.removeEventListener('beforeprint', start)
      window.removeEventListener('afterprint', end)
      query?.removeEventListener('change', change)
    }
  }, [])
  return printing
}

function printMedia(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined
}
