import { parentPointer } from './pointer.js'

/** A place in a source file; lines and columns are 1-based, offset 0-based. */
export interface Point {
  /** Line (1-based). */
  line: number
  /** Column (1-based). */
  column: number
  /** Character offset in the file (0-based) (optional). */
  offset?: number | undefined
}

/** Where a model value came from. */
export interface SourceLocation {
  /** Path of the source file, as given to the reader. */
  file: string
  /** Start of the value. */
  start: Point
  /** End of the value (exclusive). */
  end: Point
}

/**
 * Positions of model values, keyed by JSON Pointer.
 *
 * The model itself stays plain JSON (it is a public API and must validate against the
 * schema); positions live beside it. Every value the reader produces gets an entry, down to a
 * single table cell, so any diagnostic can point at file:line:column.
 */
export class SourceMap {
  /** Entries by pointer. */
  readonly #entries = new Map<string, SourceLocation>()

  /**
   * Record where the value at `pointer` came from.
   *
   * @param pointer JSON Pointer into the model.
   * @param location Its place in a source file.
   */
  set(pointer: string, location: SourceLocation): void {
    this.#entries.set(pointer, location)
  }

  /**
   * The exact location of a value, if recorded.
   *
   * @param pointer JSON Pointer into the model.
   * @returns The location or `undefined`.
   */
  get(pointer: string): SourceLocation | undefined {
    return this.#entries.get(pointer)
  }

  /**
   * The location of a value or, when it has none (e.g. a missing field), of the nearest
   * enclosing value that has one.
   *
   * @param pointer JSON Pointer into the model.
   * @returns The closest known location, or `undefined`.
   */
  locate(pointer: string): SourceLocation | undefined {
    let current: string | undefined = pointer
    while (current !== undefined) {
      const found = this.#entries.get(current)
      if (found) return found
      current = parentPointer(current)
    }
    return undefined
  }

  /**
   * Copy every entry under `from` to the same relative place under `to` (used when a
   * transform moves values).
   *
   * @param from Old pointer prefix.
   * @param to New pointer prefix.
   */
  move(from: string, to: string): void {
    for (const [key, value] of [...this.#entries]) {
      if (key === from || key.startsWith(from + '/')) {
        this.#entries.set(to + key.slice(from.length), value)
      }
    }
  }

  /** Number of entries. */
  get size(): number {
    return this.#entries.size
  }

  /** Plain object form, for `inspect --positions`. */
  toJSON(): Record<string, SourceLocation> {
    return Object.fromEntries(this.#entries)
  }
}
