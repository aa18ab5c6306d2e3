import type { Scene } from '@/domain/schema/scene'

/** What the scenes panel last said: a done action (maybe undoable) or a failure in full. */
export type ScenesNotice =
  | { kind: 'info'; text: string; undo?: { scene: Scene; index: number } }
  | { kind: 'error'; text: string; details: string[] }
