/**
 * Playback icons as inline SVG: the media-control characters (⏮ ⏸ ⏭) are missing from many
 * system fonts and would show as empty boxes.
 */
type IconName = 'play' | 'pause' | 'back' | 'forward'

const PATHS: Record<IconName, string> = {
  play: 'M4 2 L14 8 L4 14 Z',
  pause: 'M3 2 H7 V14 H3 Z M9 2 H13 V14 H9 Z',
  back: 'M3 2 H5 V14 H3 Z M14 2 V14 L6 8 Z',
  forward: 'M2 2 L10 8 L2 14 Z M11 2 H13 V14 H11 Z',
}

export function PlaybackIcon({ name }: { name: IconName }) {
  return (
    <svg
      className="timeline-icon"
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  )
}
