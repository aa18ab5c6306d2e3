import { useEffect, useState } from 'react'

interface Drawn<K, V> {
  key: K
  value: V
}

/**
 * What a layer draws when its data is new. While `key` (the data: a dataset, an index) stays
 * the one already drawn, `value` is returned as given, so a filter change shows at once. When
 * `key` changes (the first load, an import, the map mounting), the value drawn before stays
 * (`undefined` at first) until `tasks` tasks later: the layers of one map, each a few tasks
 * apart, then never join the render that brought the data into one long task.
 */
export function useDrawnLater<K, V>(key: K, value: V, tasks: number): V | undefined {
  const [drawn, setDrawn] = useState<Drawn<K, V> | null>(null)
  const current = drawn !== null && drawn.key === key
  useEffect(
    function drawNewKeyLater() {
      if (current) return
      let left = tasks
      let timer: ReturnType<typeof setTimeout>
      const step = () => {
        left -= 1
        if (left > 0) timer = setTimeout(step, 0)
        else setDrawn({ key, value })
      }
      timer = setTimeout(step, 0)
      return () => clearTimeout(timer)
    },
    [current, key, value, tasks],
  )
  return current ? value : drawn?.value
}
