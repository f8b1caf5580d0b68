import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { percentageClaimCheck, ruleById, runRule } from '@kapstok/rules'
import { wordingReasons, wordingsPlan } from './wordings.js'
import { passages, type RealPassage } from './percentage-real-sentences-rp-passages.js'

// rp: percentage and fraction claims in real Dutch sentences (see the passages file for the sources). Every
// passage's correct form stays quiet under the rules about shares and calculations; each mutation (one number or
// fraction word changed) is found at the claim's line. All passages go into one plan per form, each under its own
// heading, so the battery reads three plans, not a hundred.

/** The rules that read shares, changes and calculations. */
const SHARE_RULES = ['percentage-claim-check', 'prose-calculation', 'arithmetic-slip', 'table-row-arithmetic']

// Found mutations and quiet correct forms, asserted as floors (the figures of main before this work are in the
// commit message that added the battery).
const FOUND_FLOOR = 26
const QUIET_FLOOR = 40

/** A passage in one of its forms: its lines, or undefined when it has no such form. */
type Form = (passage: RealPassage) => string[] | undefined

const correct: Form = (p) => p.lines
const mutated = (n: number): Form => (p) => {
  const mutation = p.mutations[n]
  if (!mutation) return undefined
  const text = p.lines.join('\n')
  if (!text.includes(mutation[0])) throw new Error(`Mutation \`${mutation[0]}\` not in passage from ${p.source}`)
  return text.replace(mutation[0], mutation[1]).split('\n')
}

/** Per passage in the plan (by index), the findings of the share rules on its claim line and on any of its lines. */
async function findingsOf(form: Form): Promise<Map<number, { claim: string[]; any: string[] }>> {
  const body: string[] = ['# Cijfers', '']
  const places: Array<{ index: number; first: number; claim: number; count: number }> = []
  passages.forEach((p, index) => {
    const lines = form(p)
    if (!lines) return
    body.push(`## Bron ${index + 1}`, '')
    places.push({ index, first: body.length, claim: body.length + p.claim, count: lines.length })
    body.push(...lines, '')
  })
  const text = wordingsPlan(body)
  const offset = text.split('\n').indexOf('# Cijfers')
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': text } })
  if (!file.model) throw new Error('did not parse')
  for (const id of SHARE_RULES) {
    const rule = ruleById(id)
    if (!rule) throw new Error(`No rule \`${id}\``)
    runRule(rule.rule, rule.check, file.model, file, { settings: {} })
  }
  const result = new Map<number, { claim: string[]; any: string[] }>()
  for (const place of places) {
    const at = (line: number): boolean => line >= offset + place.first + 1 && line < offset + place.first + 1 + place.count
    const messages = file.messages.filter((m) => SHARE_RULES.includes(m.ruleId ?? '') && m.line !== undefined)
    result.set(place.index, {
      claim: messages.filter((m) => m.line === offset + place.claim + 1).map((m) => `${m.ruleId}: ${m.reason}`),
      any: messages.filter((m) => at(m.line ?? 0)).map((m) => `${m.line! - offset}: ${m.ruleId}: ${m.reason}`)
    })
  }
  return result
}

describe('percentage claims in real Dutch sentences (rp)', () => {
  it('should find the mutated shares and stay quiet on the real ones', async () => {
    const quiet = await findingsOf(correct)
    const bad = [await findingsOf(mutated(0)), await findingsOf(mutated(1))]
    let found = 0
    let mutations = 0
    const missed: string[] = []
    const loud: string[] = []
    passages.forEach((p, index) => {
      const own = quiet.get(index)
      if (own && own.any.length > 0) loud.push(`${index + 1} ${p.source}: ${own.any.join(' | ')}`)
      p.mutations.forEach((m, n) => {
        mutations++
        if ((bad[n]?.get(index)?.claim.length ?? 0) > 0) found++
        else missed.push(`${index + 1} ${p.source}: ${m[0]} -> ${m[1]}`)
      })
    })
    const quietCount = passages.length - loud.length
    console.log(`rp real sentences: ${found}/${mutations} found, ${quietCount}/${passages.length} quiet` +
      (process.env.RP_VERBOSE ? `\n  missed: ${missed.join('\n  missed: ')}\n  loud: ${loud.join('\n  loud: ')}` : ''))
    expect(found).toBeGreaterThanOrEqual(FOUND_FLOOR)
    expect(quietCount).toBeGreaterThanOrEqual(QUIET_FLOOR)
  })
})

// Look-alikes of the bracketed-count reading: a count's share in brackets whose whole is not the earlier count of its noun.
const nearby: Array<[string, string[]]> = [
  ['a count its own sentence gives a share of', ['# Cijfers', '', 'In 2024 stonden 2.943 klanten bij deze aanbieders, wat gelijk staat aan 77% van de klanten. De overige aanbieders hielpen 1.254 klanten (33%).']],
  ['a share another count before it gives', ['# Cijfers', '', '- vervoer: 97 van de 412 respondenten kan de halte niet bereiken;', '- werk: 143 van de 236 respondenten heeft betaald werk;', '- sport: 87 respondenten (21 procent) zou vaker sporten.']],
  ['siblings whose shares do not cover the whole', ['# Cijfers', '', 'Er kwamen 60 aanvragen per post (40%) en 50 aanvragen per mail (35%) binnen.']]
]

describe('percentage claims in real Dutch sentences (rp): look-alikes', () => {
  it.each(nearby)('should stay quiet on %s', async (_name, lines) => {
    expect(await wordingReasons(percentageClaimCheck, lines)).toEqual([])
  })
})
