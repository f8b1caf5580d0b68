import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'

/**
 * Runs per property: a bounded number in CI (`pnpm test`), more with `pnpm fuzz`
 * (`KAPSTOK_FUZZ_RUNS`). CI uses a fixed seed so a failure there can be replayed; `pnpm fuzz`
 * draws a new seed each time and prints it on failure.
 */
export const fuzzOptions: fc.Parameters<unknown> = process.env.KAPSTOK_FUZZ_RUNS
  ? { numRuns: Number(process.env.KAPSTOK_FUZZ_RUNS) }
  : { numRuns: 20, seed: 20_260_412 }

/** Time allowed for one fuzz test (ms): `pnpm fuzz` runs many more inputs. */
export const fuzzTimeout = process.env.KAPSTOK_FUZZ_RUNS ? 3_600_000 : 120_000

const examples = fileURLToPath(new URL('../../examples/', import.meta.url))

/** Markdown sources of the examples, to mutate: the shapes real plans have. */
export const exampleSources: string[] = readdirSync(examples).flatMap((plan) =>
  readdirSync(join(examples, plan))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(examples, plan, name), 'utf8'))
)

/** Pieces that stress a Markdown/YAML reader: container markers, table pipes, YAML syntax, odd Unicode. */
const hostilePieces = [
  '>', '> ', '- ', '1. ', '|', '| --- |', '\n', '\n\n', '#', '## ', '{#x}', '{label="("}', '{.pijler}', '[', ']', '(#', ')', '*', '_', '`', '```',
  '---\n', ': ', '&a ', '*a', '<<: ', '!!', '"', "'", '\t', '\r\n', '\r', '\u00a0', '\u200b', '\u202e', '\ufeff', 'а', '€ 1.000', '2025-13-45', 'Q5 2025', '<!--', '-->', '<script>', '\\'
]

/** A mutation: replace a slice of the text by a hostile piece (or delete it). */
export const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 40 }),
  piece: fc.oneof(fc.constantFrom(...hostilePieces, ''), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }))
})

/**
 * Apply mutations to a text.
 *
 * @param text The original.
 * @param mutations Where, how much, and what to put in.
 * @returns The mutated text.
 */
export function mutate(text: string, mutations: Array<{ at: number; length: number; piece: string }>): string {
  let out = text
  for (const { at, length, piece } of mutations) {
    const start = Math.floor(at * out.length)
    out = out.slice(0, start) + piece + out.slice(start + length)
  }
  return out
}
