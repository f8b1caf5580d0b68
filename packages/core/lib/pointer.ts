/**
 * JSON Pointers (RFC 6901) address values in the model: `/acties/11/eind`.
 * They are the keys of the source map and what rules report on.
 */

/** A path into the model: property names and array indices. */
export type PathSegment = string | number

/**
 * Build a JSON Pointer from path segments.
 *
 * @param segments Property names and indices, outermost first.
 * @returns The pointer, `''` for the root.
 */
export function toPointer(segments: ReadonlyArray<PathSegment>): string {
  let pointer = ''
  for (const segment of segments) pointer += '/' + escapeSegment(String(segment))
  return pointer
}

/**
 * Escape one pointer segment (`~` → `~0`, `/` → `~1`).
 *
 * @param segment A property name or index.
 * @returns The escaped segment.
 */
export function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment
}

/**
 * Split a JSON Pointer into segments; array indices stay strings.
 *
 * @param pointer A pointer such as `/acties/0`.
 * @returns Its segments.
 */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return []
  const segments = pointer.slice(1).split('/')
  // Most pointers have no escapes; skip the replacing then (this runs for every string a rule reads).
  return pointer.includes('~') ? segments.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')) : segments
}

/**
 * The pointer one level up, or `undefined` for the root.
 *
 * @param pointer A pointer.
 * @returns The parent pointer.
 */
export function parentPointer(pointer: string): string | undefined {
  if (pointer === '') return undefined
  return pointer.slice(0, pointer.lastIndexOf('/'))
}

/**
 * Read the value at a pointer.
 *
 * @param root The value to descend into.
 * @param pointer Where to look.
 * @returns The value there, or `undefined`.
 */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let value: unknown = root
  for (const segment of fromPointer(pointer)) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

/**
 * Readable form of a pointer for messages: `acties[11].eind`.
 *
 * @param pointer A pointer.
 * @returns The dotted path.
 */
export function readablePath(pointer: string): string {
  let out = ''
  for (const segment of fromPointer(pointer)) {
    out += /^\d+$/.test(segment) ? `[${segment}]` : (out ? '.' : '') + segment
  }
  return out
}
