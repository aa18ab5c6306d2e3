/** Memoises a one-argument function on its argument's reference (last call only). */
export function memoOne<I, O>(derive: (value: I) => O): (value: I) => O {
  let last: { input: I; output: O } | undefined
  return (value: I): O => {
    if (last?.input !== value) last = { input: value, output: derive(value) }
    return last.output
  }
}

/** Memoises a function of several arguments on their references (last call only). */
export function memoArgs<A extends readonly unknown[], O>(
  derive: (...args: A) => O,
): (...args: A) => O {
  let last: { args: A; output: O } | undefined
  return (...args: A): O => {
    if (!last || args.some((arg, i) => arg !== last?.args[i])) {
      last = { args, output: derive(...args) }
    }
    return last.output
  }
}

/**
 * Keeps the last value while `same` says a new one equals it, so a subscriber that compares
 * by reference does not redraw for a value that did not change.
 */
export function keepSame<O>(same: (a: O, b: O) => boolean): (next: O) => O {
  let last: { value: O } | undefined
  return (next: O): O => {
    if (!last || !same(last.value, next)) last = { value: next }
    return last.value
  }
}
