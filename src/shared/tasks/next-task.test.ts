import { describe, expect, it } from 'vitest'

import { slicePauser } from './next-task'

describe('slicePauser', () => {
  it('yields a task only once the budget has passed since the last yield', async () => {
    let clock = 0
    let yields = 0
    const pause = slicePauser(
      40,
      () => clock,
      () => {
        yields += 1
        return Promise.resolve()
      },
    )
    clock = 39
    await pause()
    expect(yields).toBe(0)
    clock = 40
    await pause()
    expect(yields).toBe(1)
    // The budget starts again after a yield.
    clock = 79
    await pause()
    expect(yields).toBe(1)
    clock = 80
    await pause()
    expect(yields).toBe(2)
  })
})
