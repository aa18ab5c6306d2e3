import type { ru } from './ru'

export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** The shape every translation must have: the Russian keys, any strings. */
export type Translation = Widen<typeof ru>
