import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { MAX_SCENE_TEXT, cleanSceneText } from '@/domain/scenes/scene-list'

interface SceneTextFormProps {
  heading?: string
  initialTitle?: string
  initialCaption?: string
  submitLabel: string
  testId: string
  onSubmit: (text: { title: string; caption: string }) => void
  onCancel?: () => void
}

/** A scene's title (required) and one-line caption (optional): saving a view, or editing one. */
export function SceneTextForm({
  heading,
  initialTitle = '',
  initialCaption = '',
  submitLabel,
  testId,
  onSubmit,
  onCancel,
}: SceneTextFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const [title, setTitle] = useState(initialTitle)
  const [caption, setCaption] = useState(initialCaption)
  const [missing, setMissing] = useState(false)
  function submit(event: FormEvent) {
    event.preventDefault()
    const text = cleanSceneText(title, caption)
    if (!text.ok) {
      setMissing(true)
      document.getElementById(`${id}-title`)?.focus()
      return
    }
    setMissing(false)
    onSubmit({ title: text.title, caption: text.caption })
    if (!onCancel) {
      setTitle('')
      setCaption('')
    }
  }
  return (
    <form
      className="scene-form"
      onSubmit={submit}
      aria-labelledby={heading ? `${id}-heading` : undefined}
      data-testid={testId}
      noValidate
    >
      {heading && (
        <h3 id={`${id}-heading`} className="scene-form__heading">
          {heading}
        </h3>
      )}
      <div className="scene-form__fields">
        <label className="field scene-form__title">
          <span className="field__label">{t('presenter.titleField')}</span>
          <input
            id={`${id}-title`}
            type="text"
            value={title}
            maxLength={MAX_SCENE_TEXT}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
            data-testid={`${testId}-title`}
          />
        </label>
        <label className="field scene-form__caption">
          <span className="field__label">{t('presenter.captionField')}</span>
          <input
            type="text"
            value={caption}
            maxLength={MAX_SCENE_TEXT}
            onChange={(event) => setCaption(event.target.value)}
            data-testid={`${testId}-caption`}
          />
        </label>
        <div className="scene-form__buttons">
          <button type="submit" className="button" data-testid={`${testId}-submit`}>
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('presenter.editCancel')}
            </button>
          )}
        </div>
      </div>
      {missing && (
        <p id={`${id}-error`} className="scene-form__error" role="alert">
          {t('presenter.titleRequired')}
        </p>
      )}
    </form>
  )
}
