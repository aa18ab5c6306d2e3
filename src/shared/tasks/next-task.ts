/**
 * Resolves in a later task of the event loop, so what ran before (and the render it queued)
 * ends its task first and the page can answer input in between.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
