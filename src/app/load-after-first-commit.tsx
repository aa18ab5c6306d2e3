import { useEffect } from 'react'

let started = false

/**
 * Calls `start` once React has put the first screen on the page. Every step of loading
 * writes to the store, and a store write restarts a first render drawn as a transition:
 * started alongside it, loading held the whole screen back until the data was in.
 */
export function LoadAfterFirstCommit({ start }: { start: () => void }) {
  useEffect(() => {
    if (started) return
    started = true
    start()
  }, [start])
  return null
}
