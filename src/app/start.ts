import { env } from '@/config/env'
import { parseAllowedOrigins, resolveDataSource } from '@/domain/load/data-source'
import { loadDatasets } from '@/features/datasets/load-datasets'

/** Decides where the data comes from (page URL, build settings) and starts loading it. */
export function startApp(location: Pick<Location, 'search' | 'href'>): Promise<void> {
  const source = resolveDataSource({
    search: location.search,
    pageUrl: location.href,
    defaultUrl: env.dataUrl,
    allowedOrigins: parseAllowedOrigins(env.allowedDataOrigins),
  })
  return loadDatasets(source)
}
