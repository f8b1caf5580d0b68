import { getAtPointer, toPointer, type PathSegment, type SourceLocation, type SourceMap } from '@kapstok/core'

/** Positions of an item's values, relative to the item. */
export type LocalPositions = Array<[PathSegment[], SourceLocation]>

/** An item read from a source, with where its parts came from. */
export interface Located<T> {
  /** The value. */
  value: T
  /** Positions relative to the value (`[]` is the value itself). */
  positions: LocalPositions
}

/**
 * Accumulates the model while sources are read, recording every value's position under its
 * final JSON Pointer. Items are appended to collections, so files can contribute to the
 * same list (a folder of chapters, YAML partials).
 */
export class ModelBuilder {
  /** The model under construction. */
  readonly model: Record<string, unknown> = {}
  /** Where positions go. */
  readonly #map: SourceMap

  /**
   * @param map The plan file's source map.
   */
  constructor(map: SourceMap) {
    this.#map = map
  }

  /**
   * Append an item to the array at `path`, creating it (and parents) when needed.
   *
   * @param path Path of the array, e.g. `['pijlers', 0, 'doelen']`.
   * @param item The item and its relative positions.
   * @returns The item's index.
   */
  append<T>(path: PathSegment[], item: Located<T>): number {
    const list = this.#container(path, () => []) as unknown[]
    list.push(item.value)
    const index = list.length - 1
    this.record([...path, index], item.positions)
    return index
  }

  /**
   * Set a value at `path` (objects on the way are created).
   *
   * @param path Path of the value.
   * @param item The value and its relative positions.
   */
  set<T>(path: PathSegment[], item: Located<T>): void {
    const parent = this.#container(path.slice(0, -1), () => ({})) as Record<string, unknown>
    parent[String(path.at(-1))] = item.value
    this.record(path, item.positions)
  }

  /**
   * Record positions under a base path.
   *
   * @param base Path the relative positions hang from.
   * @param positions Relative positions.
   */
  record(base: PathSegment[], positions: LocalPositions): void {
    for (const [relative, location] of positions) this.#map.set(toPointer([...base, ...relative]), location)
  }

  /**
   * The value at a path, if any.
   *
   * @param path Path.
   * @returns The value.
   */
  get(path: PathSegment[]): unknown {
    return getAtPointer(this.model, toPointer(path))
  }

  #container(path: PathSegment[], create: () => unknown): unknown {
    let current: Record<string, unknown> = this.model
    path.forEach((segment, i) => {
      const key = String(segment)
      if (current[key] === undefined) current[key] = i === path.length - 1 ? create() : typeof path[i + 1] === 'number' ? [] : {}
      current = current[key] as Record<string, unknown>
    })
    return current
  }
}

/**
 * Collects relative positions while an item is built.
 */
export class PositionRecorder {
  /** Collected positions. */
  readonly positions: LocalPositions = []

  /**
   * Record a position.
   *
   * @param path Relative path.
   * @param location Where it came from (ignored when undefined).
   */
  at(path: PathSegment[], location: SourceLocation | undefined): void {
    if (location) this.positions.push([path, location])
  }

  /**
   * Record another item's positions under a relative path.
   *
   * @param path Relative path of the nested item.
   * @param positions Its positions.
   */
  nest(path: PathSegment[], positions: LocalPositions): void {
    for (const [relative, location] of positions) this.positions.push([[...path, ...relative], location])
  }
}
