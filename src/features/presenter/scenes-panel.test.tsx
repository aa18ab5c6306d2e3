import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { sceneSchema } from '@/domain/schema/scene'
import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'

import { PresenterControls } from './presenter-controls'
import { PresenterNav } from './presenter-nav'
import { PresenterStage } from './presenter-stage'
import { ScenesPanel } from './scenes-panel'

const bundled = [
  sceneSchema.parse({
    id: 'scene-overview',
    title: { ru: 'Обзор области', en: 'Region overview' },
    caption: { ru: 'Все предприятия и парки' },
    state: { view: { lat: 54.75, lon: 33.1, zoom: 7 } },
    panel: 'map',
  }),
  sceneSchema.parse({
    id: 'scene-che',
    title: { ru: 'Делегация Южного Урала' },
    caption: { ru: 'Ноябрь 2025 года' },
    state: {
      filters: { regions: ['RU-CHE'], from: '2025-11-01', to: '2025-11-30' },
      select: 'ent-rts',
    },
    panel: 'timeline',
  }),
]

/** The slide's top as the app composes it while presenting (src/app/presenter-slide.tsx). */
function SlideTop() {
  const presenting = useAppStore((s) => s.presenterMode)
  return presenting ? (
    <>
      <PresenterStage />
      <PresenterNav />
    </>
  ) : null
}

function renderScenes() {
  useAppStore
    .getState()
    .setBundledScenes({ status: 'ready', file: 'scenes.json', scenes: bundled })
  return renderUi(
    <div className="app">
      <PresenterControls />
      <SlideTop />
      <main id="main">
        <ScenesPanel />
      </main>
    </div>,
  ).user
}

const items = () => screen.getAllByTestId('scene-item')
const titles = () =>
  items().map((item) => within(item).getByRole('heading', { level: 3 }).textContent)

describe('the scenes panel', () => {
  it('lists the dataset’s scenes, which can be shown and linked but not edited', async () => {
    const user = renderScenes()
    expect(titles()).toEqual(['1. Обзор области', '2. Делегация Южного Урала'])
    const second = items()[1] as HTMLElement
    expect(within(second).queryByRole('button', { name: /Удалить/ })).toBeNull()
    await user.click(
      within(second).getByRole('button', {
        name: 'Показать сцену «Делегация Южного Урала»',
      }),
    )
    expect(useAppStore.getState()).toMatchObject({
      selectedId: 'ent-rts',
      activeSceneId: 'scene-che',
    })
    expect(useAppStore.getState().filters.regions).toEqual(['RU-CHE'])
    expect(second).toHaveAttribute('aria-current', 'true')
    await user.click(within(second).getByRole('button', { name: /^Ссылка на сцену/ }))
    const copied = new URL(await navigator.clipboard.readText())
    expect(copied.searchParams.get('region')).toBe('RU-CHE')
    expect(copied.searchParams.get('select')).toBe('ent-rts')
    expect(screen.getByTestId('scenes-status')).toHaveTextContent(
      'Ссылка на сцену «Делегация Южного Урала» скопирована',
    )
  })

  it('saves the current view under a title it asks for', async () => {
    const user = renderScenes()
    useAppStore.getState().select('ent-smaz')
    await user.click(screen.getByTestId('scene-save-submit'))
    expect(screen.getByRole('alert')).toHaveTextContent('Введите название сцены')
    expect(items()).toHaveLength(2)
    await user.type(screen.getByTestId('scene-save-title'), 'Авиазавод')
    await user.click(screen.getByTestId('scene-save-submit'))
    expect(titles()).toContain('3. Авиазавод')
    expect(useAppStore.getState().userScenes[0]?.state.select).toBe('ent-smaz')
    expect(screen.getByTestId('scenes-status')).toHaveTextContent(
      'Сцена «Авиазавод» сохранена',
    )
    expect(screen.getByTestId('scene-save-title')).toHaveValue('')
  })

  it('renames, reorders and deletes the user’s scenes, with an undo', async () => {
    const user = renderScenes()
    for (const title of ['Первая', 'Вторая']) {
      await user.type(screen.getByTestId('scene-save-title'), title)
      await user.click(screen.getByTestId('scene-save-submit'))
    }
    const third = () => items()[2] as HTMLElement
    await user.click(within(third()).getByRole('button', { name: /^Изменить/ }))
    const title = within(third()).getByTestId('scene-edit-title')
    await user.clear(title)
    await user.type(title, 'Начало')
    await user.type(within(third()).getByTestId('scene-edit-caption'), 'Подпись')
    await user.click(within(third()).getByRole('button', { name: 'Сохранить' }))
    expect(titles().slice(2)).toEqual(['3. Начало', '4. Вторая'])
    expect(third()).toHaveTextContent('Подпись')

    // The first of the user's scenes cannot go above the dataset's.
    expect(within(third()).getByRole('button', { name: /выше/ })).toBeDisabled()
    await user.click(within(third()).getByRole('button', { name: /ниже/ }))
    expect(titles().slice(2)).toEqual(['3. Вторая', '4. Начало'])
    await waitFor(() =>
      expect(document.activeElement).toHaveAccessibleName(
        'Переместить сцену «Начало» выше',
      ),
    )

    await user.click(within(third()).getByRole('button', { name: /^Удалить/ }))
    expect(titles().slice(2)).toEqual(['3. Начало'])
    const status = screen.getByTestId('scenes-status')
    expect(status).toHaveTextContent('Сцена «Вторая» удалена')
    await user.click(within(status).getByRole('button', { name: 'Вернуть' }))
    expect(titles().slice(2)).toEqual(['3. Вторая', '4. Начало'])
  })

  it('refuses a bad file with a located Russian message and keeps the scenes', async () => {
    const user = renderScenes()
    const input = screen.getByTestId('scenes-import')
    const bad = new File(
      [
        JSON.stringify({
          schemaVersion: 1,
          scenes: [
            { id: 'x', title: { ru: 'x' }, caption: { ru: 'x' }, state: { tab: 'x' } },
          ],
        }),
      ],
      'мои-сцены.json',
      { type: 'application/json' },
    )
    await user.upload(input, bad)
    const alert = await screen.findByTestId('scenes-error')
    expect(alert).toHaveTextContent(
      'Файл «мои-сцены.json» не загружен, список сцен не изменён.',
    )
    expect(alert).toHaveTextContent('Сцена №1 (id «x»), поле state.tab:')
    expect(items()).toHaveLength(2)

    await user.upload(input, new File(['not json'], 'a.json'))
    expect(await screen.findByTestId('scenes-error')).toHaveTextContent(
      'Файл не является корректным JSON',
    )

    const good = new File(
      [
        JSON.stringify({
          schemaVersion: 1,
          scenes: [
            { id: 'mine', title: { ru: 'Моя' }, caption: { ru: 'Моя' }, state: {} },
          ],
        }),
      ],
      'good.json',
    )
    await user.upload(input, good)
    await waitFor(() => expect(items()).toHaveLength(3))
    expect(screen.queryByTestId('scenes-error')).toBeNull()
    expect(screen.getByTestId('scenes-status')).toHaveTextContent(
      'Из файла «good.json» добавлено сцен: 1',
    )
  })
})

describe('presenter mode', () => {
  it('starts at the first scene, steps with the keys and leaves with Esc', async () => {
    const user = renderScenes()
    const root = document.querySelector('.app')
    await user.click(screen.getByTestId('presenter-start'))
    expect(useAppStore.getState().presenterMode).toBe(true)
    expect(root).toHaveClass('app--presenter')
    expect(root).toHaveAttribute('data-presenter-panel', 'map')
    const stage = screen.getByTestId('presenter-stage')
    expect(stage).toHaveFocus()
    expect(screen.getByTestId('presenter-title')).toHaveTextContent('Обзор области')
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('1 / 2')

    await user.keyboard('{PageDown}')
    expect(screen.getByTestId('presenter-title')).toHaveTextContent(
      'Делегация Южного Урала',
    )
    expect(screen.getByTestId('presenter-caption')).toHaveTextContent('Ноябрь 2025 года')
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('2 / 2')
    expect(root).toHaveAttribute('data-presenter-panel', 'timeline')
    expect(useAppStore.getState().selectedId).toBe('ent-rts')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('2 / 2')
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('1 / 2')

    await user.keyboard('{Escape}')
    expect(useAppStore.getState().presenterMode).toBe(false)
    expect(root).not.toHaveClass('app--presenter')
    expect(screen.queryByTestId('presenter-stage')).toBeNull()
    expect(screen.getByTestId('presenter-toggle')).toHaveFocus()
  })

  it('opens with P on the current view as a title slide, but not while typing', async () => {
    const user = renderScenes()
    await user.type(screen.getByTestId('scene-save-title'), 'p')
    expect(useAppStore.getState().presenterMode).toBe(false)
    await user.click(document.body)
    await user.keyboard('p')
    expect(useAppStore.getState().presenterMode).toBe(true)
    expect(screen.queryByTestId('presenter-progress')).toBeNull()
    expect(screen.getByTestId('presenter-caption')).toHaveTextContent(
      'Нажмите → или PageDown',
    )
    await user.keyboard(' ')
    expect(screen.getByTestId('presenter-title')).toHaveTextContent('Обзор области')
    await user.click(screen.getByTestId('presenter-exit'))
    expect(useAppStore.getState().presenterMode).toBe(false)
    expect(screen.queryByTestId('presenter-stage')).toBeNull()
  })
})
