import type { LocalPositions, ModelBuilder } from './builder.js'

/**
 * Merge a partial model (from frontmatter or a YAML file) into the model under construction:
 * lists are appended, objects merged field by field, other values set. Positions move with
 * the values (an appended list item's index shifts by the items already there).
 *
 * @param builder The model builder.
 * @param partial Top-level keys of the model.
 * @param positions Positions relative to `partial`.
 */
export function mergePartial(builder: ModelBuilder, partial: Record<string, unknown>, positions: LocalPositions): void {
  for (const [key, value] of Object.entries(partial)) {
    const mine = positions.filter(([path]) => path[0] === key).map(([path, loc]): LocalPositions[number] => [path.slice(1), loc])
    mergeValue(builder, [key], value, mine)
  }
}

function mergeValue(builder: ModelBuilder, path: (string | number)[], value: unknown, positions: LocalPositions): void {
  const existing = builder.get(path)
  if (Array.isArray(value) && Array.isArray(existing)) {
    value.forEach((item, i) => {
      const own = positions.filter(([p]) => p[0] === i).map(([p, loc]): LocalPositions[number] => [p.slice(1), loc])
      builder.append(path, { value: item, positions: own })
    })
    return
  }
  if (isObject(value) && isObject(existing)) {
    for (const [key, child] of Object.entries(value)) {
      const own = positions.filter(([p]) => p[0] === key).map(([p, loc]): LocalPositions[number] => [p.slice(1), loc])
      mergeValue(builder, [...path, key], child, own)
    }
    builder.record(path, positions.filter(([p]) => p.length === 0))
    return
  }
  builder.set(path, { value, positions })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
