import type { Locale } from '@/shared/format/format'
import type { ThemeChoice } from '@/store/view-slice'

/** What the browser remembers between visits; versioned so a later shape can migrate. */
export interface Preferences {
  version: 1
  language?: Locale
  theme?: ThemeChoice
}

const PREFERENCES_KEY = 'promkarta.preferences.v1'

/** Reads the remembered preferences; anything unreadable counts as none. */
export function readPreferences(
  storage: Storage | undefined = safeStorage(),
): Preferences {
  try {
    const raw = storage?.getItem(PREFERENCES_KEY)
    if (!raw) return { version: 1 }
    const value = JSON.parse(raw) as Partial<Preferences>
    return {
      version: 1,
      language:
        value.language === 'en' || value.language === 'ru' ? value.language : undefined,
      theme:
        value.theme === 'light' || value.theme === 'dark' || value.theme === 'auto'
          ? value.theme
          : undefined,
    }
  } catch {
    return { version: 1 }
  }
}

export function writePreferences(
  preferences: Preferences,
  storage: Storage | undefined = safeStorage(),
): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences))
  } catch {
    // Private mode or a full storage: the preferences are simply not remembered.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
