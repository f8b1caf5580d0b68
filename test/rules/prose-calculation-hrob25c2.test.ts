import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { calculationReasonsEach } from './calculation-battery.js'
import { bases } from './hrob25c2-cases.js'
import { transforms } from './hrob25c2-transforms.js'

// Helper hrob25c2: robustness of the readers of products, rates, averages and splits in prose.
// Every base calculation the checker finds in its plain form (hrob25c2-cases.ts) is rewritten by
// each transformation that keeps its meaning (hrob25c2-transforms.ts): punctuation before the
// numbers, an adjunct between the operands, another order, another notation, a split over two
// sentences, a trailing source, markup, a noun left out. A wrong variant counts as found when any
// calculation rule reports on it; every right variant (the exact result and a hedged rounded one)
// must stay quiet. The floors are the counts reached; on main (cb66985f) the groups stood at base 28,
// punctuation 199, adjunct 207, order 98, notation 60, split 80, trailing 78, markup 106, noun 6 (of
// 28, 280, 224, 140, 62, 94, 84, 112, 6), with up to 11 of 56 look-alikes noisy per transformation.

/** Found wrong variants per transformation group at least. */
const floors: Record<string, number> = {
  base: 28,
  'a punctuation': 226,
  'b adjunct': 207,
  'c order': 109,
  'd notation': 61,
  'e split': 82,
  'f trailing': 83,
  'g markup': 112,
  'h noun': 6
}

interface Tally { found: number; wrong: number; quiet: number; right: number; noisy: string[]; missed: string[] }

async function measure(): Promise<Map<string, Tally>> {
  // Every variant first, then their messages in one pass (ten bodies to a plan: calculationReasonsEach).
  const variants: Array<{ t: Tally; key: string; lines: string[]; wrong: boolean; label: string }> = []
  const tallies = new Map<string, Tally>()
  for (const [group, name, apply] of transforms) {
    const key = `${group} | ${name}`
    const t: Tally = { found: 0, wrong: 0, quiet: 0, right: 0, noisy: [], missed: [] }
    tallies.set(key, t)
    for (const b of bases) {
      const wrong = apply(b, b.wrong)
      if (wrong) variants.push({ t, key, lines: wrong, wrong: true, label: '' })
      for (const r of [b.right, b.rounded]) {
        const right = apply(b, r)
        if (right) variants.push({ t, key, lines: right, wrong: false, label: `${b.name} (${r})` })
      }
    }
  }
  const reasons = await calculationReasonsEach(variants.map((v) => v.lines))
  for (const [i, { t, key, lines, wrong, label }] of variants.entries()) {
    const found = reasons[i] ?? []
    if (wrong) {
      t.wrong++
      if (found.length > 0) t.found++
      else t.missed.push(`${key}: ${lines.join(' / ')}`)
    } else {
      t.right++
      if (found.length === 0) t.quiet++
      else t.noisy.push(`${label}: ${lines.join(' / ')} → ${found[0]}`)
    }
  }
  return tallies
}

describe('prose-calculation robustness of products, rates, averages and splits (hrob25c2)', () => {
  it('should keep finding the wrong variants and stay quiet on the right ones', async () => {
    const tallies = await measure()
    const lines = [...tallies].map(([k, t]) => `${k}: found ${t.found}/${t.wrong}, quiet ${t.quiet}/${t.right}`)
    const noisy = [...tallies.values()].flatMap((t) => t.noisy)
    if (process.env.HROB_OUT) writeFileSync(process.env.HROB_OUT, [...lines, '', ...noisy, '', ...[...tallies.values()].flatMap((t) => t.missed)].join('\n'))
    const groups = new Map<string, number>()
    for (const [k, t] of tallies) groups.set(k.split(' | ')[0], (groups.get(k.split(' | ')[0]) ?? 0) + t.found)
    for (const [group, floor] of Object.entries(floors)) expect(groups.get(group) ?? 0, group).toBeGreaterThanOrEqual(floor)
    expect(noisy).toEqual([])
  }, 600_000)
})
