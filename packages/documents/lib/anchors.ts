import { collectIds, type Plan } from '@kapstok/core'

/**
 * Hands out anchors that never collide: model ids are reserved for the objects that carry
 * them, and generated anchors (`financien`, `agenda-t1`, …) get a suffix when taken.
 */
export class Anchors {
  /** Anchors in use. */
  readonly #used = new Set<string>()

  /**
   * @param plan The model whose ids are reserved.
   */
  constructor(plan: Plan) {
    for (const target of collectIds(plan)) this.#used.add(target.id)
  }

  /**
   * A new unique anchor based on `base`.
   *
   * @param base Preferred anchor, e.g. `financien`.
   * @returns `base`, or `base-2`, `base-3`, … when taken.
   */
  create(base: string): string {
    const clean = slug(base) || 'sectie'
    let candidate = clean
    for (let n = 2; this.#used.has(candidate); n++) candidate = `${clean}-${n}`
    this.#used.add(candidate)
    return candidate
  }
}

/**
 * Turn a heading into an anchor-safe slug.
 *
 * @param text Any text.
 * @returns Lowercase ASCII letters, digits and dashes, starting with a letter when possible.
 */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
