import { PanelState } from '@/shared/ui/panel'

/** Placeholder until the list of the latest dated items lands. */
export function WhatsNew() {
  return <PanelState kind="empty" />
}
