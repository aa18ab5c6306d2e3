import { PanelState } from '@/shared/ui/panel'

/** Placeholder until the list of the latest dated items lands. */
export function WhatsNew() {
  return (
    <div data-testid="whats-new">
      <PanelState kind="empty" />
    </div>
  )
}
