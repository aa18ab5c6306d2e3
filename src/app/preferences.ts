import type { Locale } from '@/shared/format/format'
import {
  type KeyValueStore,
  type VersionedSpec,
  readVersioned,
  writeVersioned,
} from '@/shared/storage/versioned'
import type { ThemeChoice } from '@/store/view-slice'

/** What the browser remembers between visits; versioned so a later shape can migrate. */
export interface Preferences {
  version: 1
  language?: Locale
  theme?: ThemeChoice
}

const PREFERENCES: VersionedSpec<Preferences> = {
  key: 'promkarta.preferences.v1',
  version: 1,
  decode: (data) => {
    if (typeof data !== 'object' || data === null) return null
    const value = data as Partial<Record<keyof Preferences, unknown>>
    return {
      version: 1,
      language:
        value.language === 'en' || value.language === 'ru' ? value.language : undefined,
      theme:
        value.theme === 'light' || value.theme === 'dark' || value.theme === 'auto'
          ? value.theme
          : undefined,
    }
  },
}

/**
 * Reads the remembered preferences. Anything unreadable (or of another version) counts as none,
 * quietly, and its text is kept under a backup key rather than overwritten.
 */
export function readPreferences(
  storage: KeyValueStore | undefined = safeStorage(),
): Preferences {
  const read = readVersioned(storage, PREFERENCES)
  return read.status === 'ok' ? read.value : { version: 1 }
}

/** Remembers the preferences; private mode or a full storage simply remembers nothing. */
export function writePreferences(
  preferences: Preferences,
  storage: KeyValueStore | undefined = safeStorage(),
): void {
  writeVersioned(storage, PREFERENCES, preferences)
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
