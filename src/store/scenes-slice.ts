import type { StateCreator } from 'zustand'

import type { Locale } from '@/shared/format/format'
import {
  addScene,
  insertScene,
  makeScene,
  mergeScenes,
  moveScene,
  newSceneId,
  removeScene,
  renameScene,
} from '@/domain/scenes/scene-list'
import { scenePatch, sceneStateOf, showsScene } from '@/domain/scenes/scene-state'
import type { StoredScenes } from '@/domain/scenes/scenes-storage'
import type { Scene } from '@/domain/schema/scene'
import type { Unreadable } from '@/shared/storage/versioned'

import type { AppState } from './app-store'

/** The scenes the data folder ships (`scenes.json`, optional in the manifest). */
type BundledScenesState =
  | { status: 'idle' | 'loading' | 'none' }
  | { status: 'ready'; file: string; scenes: Scene[] }
  | { status: 'error'; file: string; message: string; details: string[] }

/** Stored scenes not read: the text kept aside, how many scenes were left out and read. */
type ScenesBackup = Unreadable & { dropped: number; read: number }

export interface ScenesSlice {
  /** Projector view: large type, editing chrome hidden, scenes stepped with the keyboard. */
  presenterMode: boolean
  bundledScenes: BundledScenesState
  /** The user's own scenes, kept in the browser across reloads. */
  userScenes: Scene[]
  /** The scene shown last (by a presentation or «Показать»); `null` before any. */
  activeSceneId: string | null
  /** The browser refused to keep the user's scenes (storage full or blocked). */
  scenesNotStored: boolean
  /** Stored scenes that could not be read: kept under a backup key, offered for download. */
  scenesBackup: ScenesBackup | null
  /** How the user's scenes are kept in the browser; `null` until the stored ones are read. */
  writeUserScenes: UserScenesWriter | null
  /** The user has seen the notice about {@link ScenesSlice.scenesBackup}. */
  dismissScenesBackup: () => void
  setPresenterMode: (on: boolean) => void
  setBundledScenes: (state: BundledScenesState) => void
  /** Sets filters, record, section, timeline cursor and map view in one history entry. */
  applyScene: (scene: Scene) => void
  /** Forgets the shown scene when the view no longer matches it. */
  syncActiveScene: () => void
  saveScene: (text: { title: string; caption: string }) => Scene
  renameScene: (id: string, text: { title: string; caption: string }) => void
  moveScene: (id: string, delta: number) => void
  deleteScene: (id: string) => { scene: Scene; index: number } | null
  restoreScene: (scene: Scene, index: number) => void
  importScenes: (scenes: readonly Scene[]) => {
    added: number
    skipped: number
    full: number
  }
  /**
   * Takes the scenes read from the browser (`./user-scenes`) and how to keep them there: until
   * then a change of the user's list is not written, and is kept after the stored scenes.
   */
  takeStoredScenes: (stored: StoredScenes, write: UserScenesWriter) => void
}

/** Writes the user's scenes to the browser; false when it refuses (storage full or blocked). */
type UserScenesWriter = (scenes: readonly Scene[]) => boolean

const NO_SCENES: readonly Scene[] = []

const bundledOf = (s: Pick<AppState, 'bundledScenes'>): readonly Scene[] =>
  s.bundledScenes.status === 'ready' ? s.bundledScenes.scenes : NO_SCENES

let lastAll: { bundled: readonly Scene[]; user: readonly Scene[]; all: Scene[] } | null =
  null

/** Every scene in presentation order: the data folder's, then the user's. */
export function selectScenes(s: AppState): Scene[] {
  const bundled = bundledOf(s)
  if (lastAll?.bundled !== bundled || lastAll.user !== s.userScenes)
    lastAll = { bundled, user: s.userScenes, all: [...bundled, ...s.userScenes] }
  return lastAll.all
}

/** Position of the shown scene in `selectScenes`, or -1. */
export function selectActiveSceneIndex(s: AppState): number {
  return s.activeSceneId === null
    ? -1
    : selectScenes(s).findIndex((scene) => scene.id === s.activeSceneId)
}

export const createScenesSlice: StateCreator<AppState, [], [], ScenesSlice> = (
  set,
  get,
) => {
  /** Every change of the user's list goes through here, so the browser copy stays current. */
  const setUser = (userScenes: Scene[]) => {
    const write = get().writeUserScenes
    set({ userScenes, scenesNotStored: write ? !write(userScenes) : false })
  }
  const takenIds = () => new Set(selectScenes(get()).map((scene) => scene.id))
  const language = (): Locale => get().language
  return {
    presenterMode: false,
    bundledScenes: { status: 'idle' },
    userScenes: [],
    activeSceneId: null,
    scenesNotStored: false,
    scenesBackup: null,
    writeUserScenes: null,
    dismissScenesBackup: () => set({ scenesBackup: null }),
    setPresenterMode: (presenterMode) => set({ presenterMode }),
    setBundledScenes: (bundledScenes) => set({ bundledScenes }),
    applyScene: (scene) => {
      const { mapView, ...rest } = scenePatch(scene)
      // One entry for the link; the map move then replaces it rather than adding another.
      // A scene shows places as markers unless it asks for the municipal view, whose symbols
      // carry the centres' names in their tooltips: the centre labels would cover the counts.
      const municipal = scene.mapMode === 'municipal'
      const layers = {
        ...get().layers,
        municipal,
        enterprises: !municipal,
        parks: !municipal,
        centres: !municipal,
      }
      set({ ...rest, layers, activeSceneId: scene.id })
      if (mapView) get().setMapView(mapView)
    },
    syncActiveScene: () => {
      const s = get()
      const scene = selectScenes(s).find((x) => x.id === s.activeSceneId)
      if (s.activeSceneId !== null && (!scene || !showsScene(scene, s)))
        set({ activeSceneId: null })
    },
    saveScene: (text) => {
      const s = get()
      const scene = makeScene({
        id: newSceneId(Date.now(), takenIds()),
        title: text.title,
        caption: text.caption,
        state: sceneStateOf(s),
      })
      setUser(addScene(s.userScenes, scene))
      return scene
    },
    renameScene: (id, text) =>
      setUser(renameScene(get().userScenes, id, text, language())),
    moveScene: (id, delta) => setUser(moveScene(get().userScenes, id, delta)),
    deleteScene: (id) => {
      const { list, removed } = removeScene(get().userScenes, id)
      setUser(list)
      if (get().activeSceneId === id) set({ activeSceneId: null })
      return removed
    },
    restoreScene: (scene, index) =>
      setUser(insertScene(get().userScenes, scene, index, takenIds())),
    importScenes: (scenes) => {
      const { list, added, skipped, full } = mergeScenes(
        get().userScenes,
        scenes,
        bundledOf(get()),
      )
      setUser(list)
      return { added, skipped, full }
    },
    takeStoredScenes: (stored, writer) => {
      const made = get().userScenes
      const ids = new Set(stored.scenes.map((scene) => scene.id))
      const userScenes = [...stored.scenes, ...made.filter((scene) => !ids.has(scene.id))]
      set({
        userScenes,
        writeUserScenes: writer,
        scenesNotStored: made.length > 0 && !writer(userScenes),
        scenesBackup: stored.unreadable && {
          ...stored.unreadable,
          dropped: stored.dropped,
          read: stored.scenes.length,
        },
      })
    },
  }
}
