import { describe, expect, it } from 'vitest'
import { countClaimMismatch, financeNetStatedVsComputed, percentageClaimCheck, periodMismatch, proseCalculation, xrefMissingTarget, type Rule } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

const plan = (body: string[], fields: string[] = []): string =>
  ['---', 'gemeente: Wadderveen', ...(fields.some((f) => f.startsWith('titel:')) ? [] : ['titel: Programma Meedoen']), 'soort: programmaplan', 'periode: 2025-2028', 'status: concept', ...fields, '---', '', ...body, ''].join('\n')

/** The reasons one rule gives for a plan. */
async function reasons(rule: Rule, body: string[], fields: string[] = []): Promise<string[]> {
  const file = await checkMarkdown(rule, plan(body, fields))
  return file.messages.filter((m) => m.ruleId === rule.rule.id).map((m) => m.reason)
}

describe('period-mismatch phrasings', () => {
  it.each([
    ['Dit uitvoeringsprogramma loopt van 2026 tot en met 2029.', '2026 tot en met 2029'],
    ['Deze kadernota beslaat de jaren 2025 tot en met 2027.', '2025 tot en met 2027'],
    ['Deze nota geldt voor de periode 2026 t/m 2029.', '2026 t/m 2029'],
    ['Dit plan loopt tot en met 2029.', 'tot en met 2029'],
    ['In de komende vier jaar (2025–2029) werkt deze agenda aan meedoen.', '2025–2029']
  ])('should find the period in %j', async (text, written) => {
    const [reason] = await reasons(periodMismatch, ['# Inleiding', '', text])
    expect(reason).toContain(`Periode \`${written}\``)
  })

  it.each([
    ['Het programma beslaat de periode 2026–2029.', 'Periode `2026–2029`'],
    ['Het uitvoeringsprogramma heeft een looptijd van 2025 t/m 2027.', 'Periode `2025 t/m 2027`'],
    ['Planperiode 2026-2031', 'Periode `2026-2031`'],
    ['Voor u ligt het uitvoeringsprogramma Sport 2024-2027.', 'Periode `2024-2027`'],
    ['Deze nota geldt voor de jaren 2025 t.e.m. 2029.', 'Periode `2025 t.e.m. 2029`'],
    ['Dit is een vierjarig programma (2025-2027).', 'Periode `2025-2027`'],
    ['De looptijd van het programma is twee jaar.', 'Looptijd `twee jaar`'],
    ['In de komende zes jaar werkt dit programma aan meedoen.', 'Looptijd `zes jaar`'],
    ['Dit is een 2-jarig plan.', 'Looptijd `2-jarig`'],
    ['**Periode:** 2025 – 2029', 'Periode `2025 – 2029`'],
    ['Het uitvoeringsprogramma loopt tot en met 2029.', 'Periode `tot en met 2029`'],
    ['Het beleidsplan is opgesteld voor de jaren 2025 tot en met 2029.', 'Periode `2025 tot en met 2029`']
  ])('should find the period or duration in %j', async (text, start) => {
    const [reason] = await reasons(periodMismatch, ['# Inleiding', '', text])
    expect(reason).toContain(start)
  })

  it.each([
    'Het vorige programma liep van 2019 tot en met 2022.',
    'De subsidie heeft een looptijd van 2025 tot en met 2026.',
    'De looptijd van de lening is dertig jaar.',
    'In 2030 wil dit programma alle wijken bereiken.',
    'Het coalitieakkoord 2022-2026 geeft richting; dit programma werkt dat uit.',
    'We starten een tweejarig project voor jongeren.',
    'De opleiding duurt drie jaar.',
    'In de periode 2019-2023 steeg het aantal aanvragen.',
    'Het vorige programma loopt nog tot 2026.',
    'De regeling loopt tot en met 2030.',
    'De looptijd van dit programma is drie jaar: de raadsperiode.',
    'Het programma omvat de jaren 2025-2028 en is een vierjarig plan.'
  ])('should leave %j alone', async (text) => {
    expect(await reasons(periodMismatch, ['# Inleiding', '', text])).toEqual([])
  })

  it('should read "tot" as excluding its year and "tot en met" as including it', async () => {
    expect(await reasons(periodMismatch, ['# Inleiding', '', 'Dit programma loopt van 2025 tot 2029. Dit plan loopt tot en met 2028.'])).toEqual([])
    expect(await reasons(periodMismatch, ['# Inleiding', '', 'Dit programma loopt van 2025 tot 2028.'])).toHaveLength(1)
    expect(await reasons(periodMismatch, ['# Inleiding', '', 'Dit plan loopt tot 2028.'])).toHaveLength(1)
  })

  it('should leave a previous plan, figures of earlier years and another document alone', async () => {
    const text = [
      'Dit programma vervangt het programma dat van 2021 tot en met 2024 liep.',
      'Waar de vorige nota van 2021 tot en met 2024 liep, beslaat deze nota de jaren 2025 tot en met 2028.',
      'Dit plan is opgesteld met cijfers over 2019-2023.',
      'Dit plan past in de begroting 2026-2029.'
    ].join(' ')
    expect(await reasons(periodMismatch, ['# Inleiding', '', text])).toEqual([])
  })

  it('should read "deze begroting" as this document only when it is a begroting', async () => {
    const text = ['# Inleiding', '', 'Deze begroting en meerjarenraming beslaat de jaren 2025 tot en met 2029.']
    expect(await reasons(periodMismatch, text)).toEqual([])
    expect(await reasons(periodMismatch, text, ['titel: Begroting en meerjarenraming 2025-2028'])).toEqual([
      'Periode `2025 tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan'
    ])
  })
})

describe('xref-missing-target item words', () => {
  it.each([
    ['uitgangspunt 6', ['# Uitgangspunten', '', '## Dichtbij', '', '## Eenvoudig', '', '## Samen'], 'er zijn `3` uitgangspunten'],
    ['speerpunt 5', ['# Onze speerpunten', '', '1. Werk', '2. Wonen'], 'er zijn `2` speerpunten'],
    ['actielijn 4', ['# Uitvoering', '', '## Actielijn 1: Ontmoeten', '', '## Actielijn 2: Bewegen'], 'er zijn alleen actielijnen `1`, `2`'],
    ['bouwsteen 4', ['# Drie bouwstenen', '', '- Preventie', '- Toegang', '- Zorg'], 'er zijn `3` bouwstenen'],
    ['spoor 3', ['# Sporen', '', '## Werk', '', '## Inkomen'], 'er zijn `2` sporen']
  ])('should find %j beyond the plan’s own list', async (ref, chapter, why) => {
    const found = await reasons(xrefMissingTarget, ['# Inleiding', '', `Dit volgt uit ${ref}.`, '', ...chapter])
    expect(found).toEqual([`Verwijzing \`${ref}\` heeft geen doel: ${why}; noem het juiste nummer`])
  })

  it('should stay quiet for items of another document, years and plans without such a list', async () => {
    const body = ['# Inleiding', '', 'Zie uitgangspunt 9 van de Omgevingsvisie, onze ambitie 2030 en speerpunt 4.', '', '# Uitgangspunten', '', '## Dichtbij', '', '## Eenvoudig']
    expect(await reasons(xrefMissingTarget, body)).toEqual([])
  })

  it('should count the bijlagen of the bijlagen chapter by their sub-headings', async () => {
    const body = ['# Inleiding', '', 'Zie bijlage 2 en bijlage 3.', '', '# Bijlagen', '', '## Begrippen', '', 'Tekst.', '', '## Cijfers', '', 'Tekst.']
    expect(await reasons(xrefMissingTarget, body)).toEqual(['Verwijzing `bijlage 3` heeft geen doel: de bijlagen lopen tot en met `2`; noem de juiste bijlage'])
  })

  it('should give at most info for a bijlage of the raadsvoorstel when the plan has no bijlagen', async () => {
    expect(await reasons(xrefMissingTarget, ['# Inleiding', '', 'Bijlage 2 bij het raadsvoorstel geeft de cijfers; in een bijlage staat meer.'])).toEqual([])
  })
})

describe('finance-net-stated-vs-computed calculations in words', () => {
  const prose = async (text: string): Promise<string[]> => reasons(financeNetStatedVsComputed, ['# Financiën', '', text])

  it.each([
    ['Het budget is € 500.000. Na aftrek van € 120.000 voor personeel resteert € 390.000.', '500.000 − 120.000 = 390.000', '380.000'],
    ['De subsidie van € 120.000 vermeerderd met € 30.000 bedraagt € 160.000.', '120.000 + 30.000 = 160.000', '150.000'],
    ['We zetten 12 trajecten à € 1.500 per traject in, samen € 20.000.', '12 × 1.500 = 20.000', '18.000'],
    ['Zes keer € 2.500 is € 16.000.', '6 × 2.500 = 16.000', '15.000'],
    ['De regeling kost € 40.000 plus € 15.000 is samen € 65.000.', '40.000 + 15.000 = 65.000', '55.000']
  ])('should recompute %j', async (text, expression, computed) => {
    expect(await prose(text)).toEqual([`Berekening \`${expression}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`])
  })

  it('should accept a result within the rounding it is written with', async () => {
    expect(await prose('Zeven coaches à € 61.300, in totaal circa € 430.000.')).toEqual([])
    expect(await prose('Zeven coaches à € 61.300, in totaal € 440.000.')).toHaveLength(1)
  })

  it('should not read a deduction without a base amount as a calculation, and read amounts in millions as such', async () => {
    expect(await prose('Na aftrek van € 20.000 voor huur resteert € 130.000.')).toEqual([])
    expect(await prose('We ontvingen € 1,2 miljoen. Na aftrek van € 200.000 blijft € 1 miljoen over.')).toEqual([])
    expect(await prose('We ontvingen € 1,2 miljoen. Na aftrek van € 200.000 blijft € 900.000 over.')).toHaveLength(1)
  })

  it('should stay quiet on rates, amounts per year, limits and counts of other things', async () => {
    const quiet = [
      'Het kost € 50.000 per jaar, € 200.000 over vier jaar.',
      'We verwachten 3 fte à € 75.000 per jaar, over de hele looptijd van vier jaar € 900.000.',
      'De bijdrage is € 50 per kind met een maximum van € 200 per gezin, in totaal € 60.000.',
      'Van de 40 aanvragen van € 2.500 zijn er 30 toegekend, samen € 75.000.',
      'Een uur inhuur kost € 95; voor 120 uur rekenen we met een budget van € 12.000.',
      'Twee fte van € 80.000 kost € 150.000 per jaar.'
    ]
    for (const text of quiet) expect(await prose(text)).toEqual([])
  })
})

describe('prose-calculation readings of a sentence', () => {
  const prose = async (text: string): Promise<string[]> => reasons(proseCalculation, ['# Financiën', '', text])

  it.each([
    ['We ontvangen € 300.000 van het Rijk, € 200.000 van de provincie en € 100.000 van de corporatie: in totaal € 650.000.', '300.000 + 200.000 + 100.000 = 650.000', '600.000'],
    ['Het budget bestaat uit € 300.000 voor personeel en € 120.000 voor materiaal, totaal € 450.000.', '300.000 + 120.000 = 450.000', '420.000'],
    ['We verwachten 1.200 aanvragen van gemiddeld € 250, samen circa € 350.000.', '1.200 × 250 = 350.000', '300.000']
  ])('should recompute %j', async (text, expression, computed) => {
    expect(await prose(text)).toEqual([`Berekening \`${expression}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`])
  })

  it('should leave calculations with an operator to finance-net-stated-vs-computed and parts of a whole alone', async () => {
    expect(await prose('Vier coaches à € 60.000 per jaar, in totaal € 250.000.')).toEqual([])
    expect(await prose('In 2025 € 200.000 en in 2026 € 150.000; waarvan € 100.000 voor sport, samen € 500.000.')).toEqual([])
    expect(await prose('Voor 14 haltes van elk € 35.000 en 3 abri\'s van € 12.000 trekken we € 526.000 uit.')).toEqual([])
  })
})

describe('count-claim-mismatch announced lists', () => {
  const counts = async (body: string[]): Promise<string[]> => reasons(countClaimMismatch, ['# Aanpak', '', ...body])

  it('should count a list after "Er zijn …:" and a numbered list interrupted by explanations', async () => {
    expect(await counts(['Er zijn zes speerpuntacties:', '', '1. Eén', '2. Twee', '3. Drie', '4. Vier', '5. Vijf'])).toEqual([
      'Tekst noemt `zes speerpuntacties`, maar er zijn `5` opgesomd; pas het aantal of de lijst aan'
    ])
    expect(await counts(['We starten drie projecten:', '', '1. Eén', '', 'Uitleg.', '', '2. Twee', '', 'Uitleg.', '', '3. Drie'])).toEqual([])
  })

  it('should give one message when a heading and its introduction say the same count', async () => {
    expect(await counts(['## Vijf sporen', '', 'We werken langs de volgende vijf sporen.', '', '### Ontmoeten', '', 'Tekst.', '', '### Bewegen', '', 'Tekst.'])).toEqual([
      'Tekst noemt `vijf sporen`, maar er zijn `2` opgesomd; pas het aantal of de lijst aan'
    ])
  })

  it('should stay quiet on bullets with explanations between them, units, time and a count of another noun', async () => {
    expect(await counts(['We nemen drie maatregelen:', '', '- **Eén**', '', 'Uitleg.', '', '- **Twee**', '', 'Uitleg.'])).toEqual([])
    expect(await counts(['Dat doen we in vier jaar:', '', '- eerst dit', '- dan dat'])).toEqual([])
    expect(await counts(['We nemen in zes wijken maatregelen:', '', '- buurtkamers', '- een wijkbus'])).toEqual([])
  })
})

describe('percentage-claim-check across a paragraph', () => {
  const claim = async (text: string): Promise<string[]> => reasons(percentageClaimCheck, ['# Context', '', text])

  it('should use the numbers of the previous sentence when the percentage refers back', async () => {
    expect(await claim('Het aantal daalde van 1.200 naar 1.080. Dat is een daling van 15 procent.')).toEqual([
      'Percentage `15 procent` klopt niet: van 1.200 naar 1.080 is 10%; pas het percentage of de getallen aan'
    ])
  })

  it('should not carry numbers across another number, a new paragraph or a share of something else', async () => {
    expect(await claim('Het aantal daalde van 1.200 naar 1.080. In 12 wijken is dat een daling van 15 procent.')).toEqual([])
    expect(await claim('Het aantal daalde van 1.200 naar 1.080.\n\nDat is een daling van 15 procent.')).toEqual([])
    expect(await claim('Het aantal steeg van 80 naar 92 en 40% van de bezoekers is ouder dan 65.')).toEqual([])
  })

  it('should respect approximate wording', async () => {
    expect(await claim('Van de 240 aanvragen werden er 62 toegewezen; dat is ruim 25 procent.')).toEqual([])
    expect(await claim('Van de 240 aanvragen werden er 62 toegewezen; dat is bijna 25 procent.')).toHaveLength(1)
  })
})
