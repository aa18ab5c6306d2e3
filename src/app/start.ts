import { env } from '@/config/env'
import {
  type DataSource,
  parseAllowedOrigins,
  resolveDataSource,
} from '@/domain/load/data-source'
import { useAppStore } from '@/store/app-store'
import { openUserScenes } from '@/store/user-scenes'

/** The loader's chunk could not be fetched (offline before the app was cached, a new deploy). */
function loaderMissing(source: DataSource): void {
  const { setSource, setManifestState } = useAppStore.getState()
  setSource(source)
  setManifestState({
    status: 'error',
    fault: {
      file: 'manifest.json',
      reason: 'network',
      message:
        'Не удалось загрузить код, который читает данные: проверьте сеть и обновите страницу',
    },
  })
}

/**
 * Decides where the data comes from (page URL, build settings) and starts loading it, with the
 * user's stored scenes. The loader and the checks (zod and the schemas) are a chunk of their
 * own: the first page load draws the shell without them.
 */
export async function startApp(
  location: Pick<Location, 'search' | 'href'>,
): Promise<void> {
  const source = resolveDataSource({
    search: location.search,
    pageUrl: location.href,
    defaultUrl: env.dataUrl,
    allowedOrigins: parseAllowedOrigins(env.allowedDataOrigins),
  })
  const load = import('@/features/datasets/load-datasets').then(
    ({ loadDatasets }) => loadDatasets(source),
    () => loaderMissing(source),
  )
  // A scenes chunk that cannot be fetched leaves the list empty and unwritten: the data's own
  // message (the same chunk failure) already asks for a reload.
  await Promise.all([load, openUserScenes().catch(() => undefined)])
}
