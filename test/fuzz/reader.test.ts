import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createProcessor } from '@kapstok/cli'
import { exampleSources, fuzzOptions, fuzzTimeout, mutate, mutation } from './settings.js'

const front = '---\ngemeente: Lindewaarde\ntitel: Plan\nsoort: programmaplan\nperiode: 2025-2028\nstatus: concept\ndatum: 2025-01-01\n---\n\n'

// The CLI's processor: reader, schema, references, every recommended rule, renderers.
function processor() {
  return createProcessor({ config: {}, base: '.', trust: false }, { formats: ['html', 'md', 'json', 'csv'] })
}

/** Read, check and render a plan given as in-memory files; whatever it is, nothing may throw. */
async function processFiles(files: Record<string, string>) {
  const file = await (await processor()).process({ path: 'plan', files }, { force: true, render: { formats: ['html', 'md', 'json', 'csv'] } })
  return file
}

describe('fuzzing the reader, the rules and the renderers', () => {
  it(
    'should never throw out of the processor on mutated example Markdown, and never crash a stage',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: exampleSources.length - 1 }), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 12 }), async (which, offset, mutations) => {
          // A window of an example (a whole one is slow to render many times), with its frontmatter.
          const source = exampleSources[which] as string
          const start = offset % Math.max(1, source.length - 6000)
          const text = mutate(front + source.slice(start, start + 6000), mutations)
          const file = await processFiles({ 'plan/plan.md': text })
          const crashes = file.messages.filter((m) => m.ruleId === 'internal-error').map((m) => m.reason)
          expect(crashes).toEqual([])
          for (const message of file.messages) expect(message.ruleId).toMatch(/^[a-z0-9-]+$/)
        }),
        fuzzOptions
      )
    },
    fuzzTimeout
  )

  it(
    'should never throw out of the processor on random frontmatter and model files',
    async () => {
      const yamlish = fc.oneof(
        fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
        fc.dictionary(fc.constantFrom('gemeente', 'titel', 'soort', 'status', 'periode', 'datum', 'publicatie', '__proto__', 'constructor', 'x'), fc.jsonValue({ maxDepth: 3 })).map((d) => JSON.stringify(d))
      )
      await fc.assert(
        fc.asyncProperty(yamlish, fc.array(mutation, { maxLength: 6 }), fc.boolean(), async (yaml, mutations, asModel) => {
          const text = mutate(yaml, mutations)
          const files = asModel ? { 'plan/model.json': text } : { 'plan/plan.md': `---\n${text}\n---\n\n# Ambitie\n\nTekst.\n` }
          const file = await processFiles(files)
          expect(file.messages.filter((m) => m.ruleId === 'internal-error').map((m) => m.reason)).toEqual([])
          expect(({} as Record<string, unknown>).status).toBeUndefined()
        }),
        fuzzOptions
      )
    },
    fuzzTimeout
  )
})
