import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { preloadFirstScreen } from '@/app/first-screen-chunks'
import { Providers } from '@/app/providers'
import { startApp } from '@/app/start'
import { startUrlSync } from '@/app/url-sync'

import './styles/app.css'

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
        </Providers>
      </StrictMode>,
    )
  })
  // Loading starts in the next task: evaluating the app's modules is one long task already.
  // The map's and the timeline's chunks are fetched alongside the data.
  setTimeout(() => {
    void startApp(window.location)
    preloadFirstScreen()
  }, 0)
}
