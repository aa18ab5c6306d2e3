/**
 * Resolves in a later task of the event loop, so what ran before (and the render it queued)
 * ends its task first and the page can answer input in between.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * A pause for long loops run in slices: it yields to the event loop (a new task) only once
 * `budgetMs` have passed since the last yield, so short work pays no delay and long work is
 * cut into tasks of about the budget.
 */
export function slicePauser(
  budgetMs: number,
  now: () => number = () => performance.now(),
  yieldTask: () => Promise<void> = nextTask,
): () => Promise<void> {
  let since = now()
  return async () => {
    if (now() - since < budgetMs) return
    await yieldTask()
    since = now()
  }
}
