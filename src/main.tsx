import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { preloadFirstScreen } from '@/app/first-screen-chunks'
import { LoadAfterFirstCommit } from '@/app/load-after-first-commit'
import { Providers } from '@/app/providers'
import { startApp } from '@/app/start'
import { startUrlSync } from '@/app/url-sync'

import './styles/app.css'

const startLoading = () => void startApp(window.location)

const root = document.getElementById('root')
if (root) {
  startUrlSync(window)
  const reactRoot = createRoot(root)
  // The first render as a transition: React draws it in slices of a few milliseconds between
  // which the page answers input, instead of one long task (the static shell of index.html
  // stays on screen meanwhile).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <Providers>
          <App />
          <LoadAfterFirstCommit start={startLoading} />
        </Providers>
      </StrictMode>,
    )
  })
  // The map's and the timeline's chunks are fetched while the first screen is drawn.
  setTimeout(preloadFirstScreen, 0)
}
