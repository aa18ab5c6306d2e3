import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { preloadFirstScreen } from '@/app/first-screen-chunks'
import { Providers } from '@/app/providers'
import { startApp } from '@/app/start'
import { startUrlSync } from '@/app/url-sync'
import { initI18n, switchLanguage } from '@/shared/i18n/i18n'
import { useAppStore } from '@/store/app-store'

import './styles/app.css'

const root = document.getElementById('root')
if (root) {
  startUrlSync(window)
  const reactRoot = createRoot(root)
  // The first render as a transition: React draws it in slices of a few milliseconds between
  // which the page answers input, instead of one long task (the static shell of index.html
  // stays on screen meanwhile). An English page waits for its texts' chunk first, so it is
  // not drawn in Russian and then again.
  const render = () =>
    startTransition(() => {
      reactRoot.render(
        <StrictMode>
          <Providers>
            <App />
          </Providers>
        </StrictMode>,
      )
    })
  const { language } = useAppStore.getState()
  if (language === 'ru') render()
  else void switchLanguage(initI18n(), language).then(render, render)
  // Loading starts in the next task: evaluating the app's modules is one long task already.
  // The map's and the timeline's chunks are fetched alongside the data.
  setTimeout(() => {
    void startApp(window.location)
    preloadFirstScreen()
  }, 0)
}
