import { useEffect, useState, useSyncExternalStore } from 'react'

import { lastDayOf } from '@/domain/timeline/months'
import { useAppStore } from '@/store/app-store'

import { TimelineController, type TimelineState } from './timeline-controller'

/**
 * One playback controller per panel. Its cursor goes to the store as the last day of the
 * cursor month, which is what the map compares; it pauses when the panel goes away.
 */
export function useTimelinePlayback(
  months: readonly string[],
  reducedMotion: boolean,
): { controller: TimelineController; state: TimelineState } {
  const setTimelineCursor = useAppStore((s) => s.setTimelineCursor)
  const [controller] = useState(
    () =>
      new TimelineController({
        months,
        reducedMotion,
        onCursor: (month) => setTimelineCursor(month === null ? null : lastDayOf(month)),
      }),
  )
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot)
  useEffect(() => controller.setMonths(months), [controller, months])
  useEffect(() => controller.setReducedMotion(reducedMotion), [controller, reducedMotion])
  useEffect(() => () => controller.pause(), [controller])
  return { controller, state }
}
