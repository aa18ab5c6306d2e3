import { handleImport } from './handle-import'
import type { ImportRequest, WorkerMessage } from './protocol'

/** The worker's global scope, as much of it as is used (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage: (message: WorkerMessage, transfer: Transferable[]) => void
}

// One worker reads one file; the page terminates it to cancel.
const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  void handleImport(event.data, (message, transfer) =>
    scope.postMessage(message, transfer ?? []),
  )
}
