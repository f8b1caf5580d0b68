import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { proseCalculation, runRule } from '@kapstok/rules'
import { describeCalculationWordings, type WrongCalculation } from './calculation-battery.js'
import { wordingsPlan } from './wordings.js'

// A count split after a colon into two parts that fall short of it (covering-kinds). Two kinds of
// the whole that together cover it (compounds of its noun, its noun with an adjective, adjectives
// alone, complementary words) make a shortfall likely a slip; two places, materials, examples, main
// groups or parts beside a rest are quiet. Start code (f2ef773b): 1/9 caught (binnen/buiten, as a
// one-digit slip by arithmetic-slip), all right ones quiet.

const wrong: WrongCalculation[] = [
  ['compounds of the noun', ['De provincie onderhoudt 112 viaducten: 47 spoorviaducten en 58 wegviaducten.'], '112'],
  ['compounds, the noun read as a participle', ['In de polder draaien 36 gemalen: 14 hoofdgemalen en 17 boezemgemalen.'], '36'],
  ['the noun with an adjective', ['Het netwerk telt 150 laadpalen: 64 openbare laadpalen en 71 private laadpalen.'], '150'],
  ['adjectives alone', ['Langs de kade staan 66 bolders: 24 ijzeren en 35 betonnen.'], '66'],
  ['inflected adjectives alone', ['De vereniging heeft 210 leden: 95 actieve en 98 passieve.'], '210'],
  ['met and zonder', ['In de wijk staan 140 woningen: 62 met een tuin en 71 zonder tuin.'], '140'],
  ['binnen and buiten, the last part saying more', ['Er zijn 380 vergunningen: 150 binnen de bebouwde kom en 210 buiten de bebouwde kom verleend.'], '380'],
  ['voltijd and deeltijd', ['Het wijkteam heeft 52 medewerkers: 21 voltijd en 26 deeltijd.'], '52'],
  ['jongens and meisjes', ['Aan de sportdag doen 270 leerlingen mee: 120 jongens en 135 meisjes.'], '270']
]

const right: Array<[string, string[]]> = [
  ['compounds that add up', ['De provincie onderhoudt 112 viaducten: 47 spoorviaducten en 65 wegviaducten.']],
  ['materials after van', ['De gemeente beheert 87 speeltuinen: 40 van hout en 25 van metaal.']],
  ['places', ['We plaatsen 75 bankjes: 40 in het centrum en 20 in de parken.']],
  ['nouns of their own, not compounds of the whole', ['Het wagenpark telt 61 voertuigen: 25 bestelbussen en 21 personenauto’s.']],
  ['the rest not yet decided', ['Op de locatie komen 260 woningen: 95 huur en 120 koop; de rest is nog niet bepaald.']],
  ['the rest in the next sentence', ['De provincie onderhoudt 112 viaducten: 47 spoorviaducten en 58 wegviaducten. De overige zijn fietsviaducten.']],
  ['onder meer', ['De provincie onderhoudt 112 viaducten: onder meer 47 spoorviaducten en 58 wegviaducten.']],
  ['waaronder', ['De provincie onderhoudt 112 viaducten, waaronder 47 spoorviaducten en 58 wegviaducten.']],
  ['zoals after the colon', ['Het netwerk telt 150 laadpalen: zoals 64 openbare laadpalen en 71 private laadpalen.']],
  ['vooral', ['Het wijkteam heeft 52 medewerkers: vooral 21 voltijd en 26 deeltijd.']],
  ['a third group beside them', ['Langs de kade staan 66 bolders: 24 ijzeren en 35 betonnen, naast een paar houten palen.']],
  ['more than a factor two short', ['De provincie onderhoudt 112 viaducten: 17 spoorviaducten en 28 wegviaducten.']],
  ['a third kind in the next sentence', ['De provincie onderhoudt 112 viaducten: 47 spoorviaducten en 58 wegviaducten. Daarnaast zijn er 7 ecoviaducten.']],
  ['complements that go on differently', ['In de wijk staan 140 woningen: 62 met een tuin en 71 zonder balkon.']],
  ['one part sociale huur, the other koop', ['Op de locatie komen 260 nieuwe woningen: 95 sociale huur en 120 koop.']]
]

describeCalculationWordings('prose-calculation: two kinds of a whole after a colon', wrong, right)

// Severities of prose-calculation's messages with the rule set to `error`.
async function severities(line: string): Promise<string[]> {
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': wordingsPlan(['# Beheer', '', line]) } })
  runRule(proseCalculation.rule, proseCalculation.check, file.model!, file, { severity: 'error' })
  return file.messages.filter((m) => m.ruleId === 'prose-calculation').map((m) => (m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'))
}

describe('prose-calculation: the severity of a two-part shortfall', () => {
  it('should report two kinds that fall short as a warning, also when the rule is an error', async () => {
    expect(await severities('De provincie onderhoudt 112 viaducten: 47 spoorviaducten en 58 wegviaducten.')).toEqual(['warning'])
  })
  it('should keep three parts that fall short an error', async () => {
    expect(await severities('De provincie onderhoudt 112 viaducten: 47 spoorviaducten, 38 wegviaducten en 20 fietsviaducten.')).toEqual(['error'])
  })
  it('should keep two kinds that exceed the whole an error', async () => {
    expect(await severities('De provincie onderhoudt 112 viaducten: 47 spoorviaducten en 78 wegviaducten.')).toEqual(['error'])
  })
})
