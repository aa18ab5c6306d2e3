import { type RenderOptions, type RenderResult, render } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { type ReactElement, StrictMode } from 'react'

import { Providers } from '@/app/providers'

export interface RenderUiOptions extends Pick<RenderOptions, 'container'> {
  /**
   * Renders under `React.StrictMode`, as `main.tsx` does, so effects run twice and a
   * component that keeps state outside React shows it. On unless a test says otherwise.
   */
  strict?: boolean
}

/**
 * Renders a piece of the app as the page does: inside the app's providers (i18n, the error
 * boundary) and `StrictMode`. Returns Testing Library's result and a `user` to act with.
 */
export function renderUi(
  ui: ReactElement,
  { strict = true, ...options }: RenderUiOptions = {},
): RenderResult & { user: UserEvent } {
  const wrapped = <Providers>{ui}</Providers>
  const view = render(strict ? <StrictMode>{wrapped}</StrictMode> : wrapped, options)
  return { ...view, user: userEvent.setup() }
}
