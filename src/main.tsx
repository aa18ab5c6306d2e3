import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { Providers } from '@/app/providers'
import { startApp } from '@/app/start'
import { startUrlSync } from '@/app/url-sync'

import './styles/app.css'

const root = document.getElementById('root')
if (root) {
  startUrlSync(window)
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  )
  void startApp(window.location)
}
