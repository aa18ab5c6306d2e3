import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { ImportBanner } from './import-banner'
import { importActions } from './lazy-actions'

import './import.css'

const hasFiles = (event: DragEvent) =>
  event.dataTransfer?.types.includes('Files') === true

/**
 * The whole page as a drop target: dragging files over it shows «Отпустите файлы, чтобы
 * загрузить»; dropping reads them into the import panel. Also shows the banner of the user's
 * kept data, so the page needs only this and the header button.
 */
export function ImportDropZone() {
  const { t } = useTranslation()
  const [over, setOver] = useState(false)
  useEffect(function listenToDrags() {
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth++
      setOver(true)
    }
    const overPage = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth = 0
      setOver(false)
      const files = [...(event.dataTransfer?.files ?? [])]
      void importActions().then((actions) => actions.readFiles(files))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', overPage)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', overPage)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])
  return (
    <>
      <ImportBanner />
      {over && (
        <div className="import-drop" data-testid="import-drop" aria-hidden="true">
          <p className="import-drop__text">{t('import.dropHere')}</p>
        </div>
      )}
    </>
  )
}
