import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Scene } from '@/domain/schema/scene'
import { type Locale, localized } from '@/shared/format/format'

import { focusSceneAction } from './scene-focus'
import { SceneTextForm } from './scene-text-form'

export type SceneItemAction = 'show' | 'link' | 'edit' | 'up' | 'down' | 'remove'

interface SceneItemProps {
  scene: Scene
  /** Position in the presentation, from 1. */
  n: number
  /** Shipped with the data: shown and linked, not edited. */
  bundled: boolean
  active: boolean
  canMoveUp: boolean
  canMoveDown: boolean
  locale: Locale
  /** The address that could not be copied, offered for copying by hand. */
  linkFallback: string | null
  onShow: () => void
  onLink: () => void
  onRename: (text: { title: string; caption: string }) => void
  onMove: (delta: number) => void
  onRemove: () => void
}

/** One scene of the list: title, caption, where it comes from, and what can be done with it. */
export function SceneItem({
  scene,
  n,
  bundled,
  active,
  canMoveUp,
  canMoveDown,
  locale,
  linkFallback,
  onShow,
  onLink,
  onRename,
  onMove,
  onRemove,
}: SceneItemProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const title = localized(scene.title, locale)
  const caption = localized(scene.caption, locale)
  const button = (action: SceneItemAction, label: string, onClick: () => void) => (
    <button
      type="button"
      className="button"
      data-action={action}
      aria-label={t(`presenter.${action === 'edit' ? 'rename' : action}Label`, { title })}
      onClick={onClick}
      disabled={(action === 'up' && !canMoveUp) || (action === 'down' && !canMoveDown)}
    >
      {label}
    </button>
  )
  return (
    <li
      className={`scene-item${active ? ' scene-item--active' : ''}`}
      data-testid="scene-item"
      data-scene-id={scene.id}
      aria-current={active ? 'true' : undefined}
    >
      <div className="scene-item__text">
        <h3 className="scene-item__title">
          <span className="scene-item__n">{n}.</span> {title}
        </h3>
        {caption !== title && <p className="scene-item__caption">{caption}</p>}
        <p className="scene-item__meta">
          {bundled ? t('presenter.bundled') : t('presenter.own')}
          {active && ` · ${t('presenter.shown')}`}
        </p>
      </div>
      <div className="scene-item__actions">
        {button('show', t('presenter.show'), onShow)}
        {button('link', t('presenter.link'), onLink)}
        {!bundled && (
          <>
            {button('edit', t('presenter.rename'), () => setEditing(true))}
            {button('up', t('presenter.up'), () => onMove(-1))}
            {button('down', t('presenter.down'), () => onMove(1))}
            {button('remove', t('presenter.remove'), onRemove)}
          </>
        )}
      </div>
      {linkFallback && (
        <label className="field scene-item__link">
          <span className="field__label">{t('presenter.linkFailed')}</span>
          <input
            type="text"
            readOnly
            value={linkFallback}
            aria-label={t('presenter.linkField', { title })}
            onFocus={(event) => event.target.select()}
          />
        </label>
      )}
      {editing && (
        <SceneTextForm
          initialTitle={title}
          initialCaption={caption === title ? '' : caption}
          submitLabel={t('presenter.editSave')}
          testId="scene-edit"
          onSubmit={(text) => {
            setEditing(false)
            onRename(text)
            focusSceneAction(scene.id, 'edit')
          }}
          onCancel={() => {
            setEditing(false)
            focusSceneAction(scene.id, 'edit')
          }}
        />
      )}
    </li>
  )
}
