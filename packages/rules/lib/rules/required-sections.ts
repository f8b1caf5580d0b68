import type { Plan } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { adopter } from '../util/adoption.js'
import { asksBudgetQuestion } from '../util/begroting.js'
import { fictionalPlan } from '../util/fictional-plan.js'
import { writtenBesluit } from '../util/written-besluit.js'

/** Parts of a plan a rule can require. */
type Part = 'koers' | 'bereiken' | 'principes' | 'pijlers' | 'acties' | 'financien' | 'risicos' | 'begrippen' | 'besluit' | 'raadsvoorstel'

/** Per part: its name in messages and the section kind that declares it. */
const parts: Record<Part, { name: string; kind: string }> = {
  koers: { name: 'koers (ambitie, visie of missie)', kind: 'visie' },
  // BBV art. 8: the first question (what the programma wants to achieve) asks for the beoogde
  // maatschappelijke effecten, which is the `effecten` role; the question itself stays prose (see
  // `present`).
  bereiken: { name: 'Wat willen we bereiken?', kind: 'effecten' },
  principes: { name: 'leidende principes', kind: 'principes' },
  pijlers: { name: "thema's of andere pijlers", kind: 'pijlers' },
  acties: { name: 'uitvoeringsagenda', kind: 'acties' },
  financien: { name: 'financiën', kind: 'financien' },
  risicos: { name: "risico's", kind: 'risicos' },
  begrippen: { name: 'begrippenlijst', kind: 'begrippen' },
  besluit: { name: 'raadsbesluit', kind: 'besluit' },
  raadsvoorstel: { name: 'raadsvoorstel', kind: 'raadsvoorstel' }
}

const defaults: Record<string, Part[]> = {
  programmaplan: ['koers', 'pijlers', 'acties', 'financien'],
  beleidskader: ['koers', 'pijlers'],
  agenda: ['koers', 'pijlers'],
  aanpak: ['pijlers'],
  beleidsnota: ['koers'],
  uitvoeringsprogramma: ['acties'],
  actieplan: ['acties'],
  visie: ['koers'],
  // A programma of a begroting answers what it wants to achieve and what it costs; its "Wat gaan
  // we daarvoor doen?" is prose, not an agenda, and it has no principes or thema's.
  begroting: ['bereiken', 'financien']
}

// Names a kind gives a part in its own words: a begroting calls its financiën by the BBV question.
const ownNames: Record<string, Partial<Record<Part, string>>> = {
  begroting: { financien: 'Wat mag het kosten? (financiën)' }
}

// A small lasten table of a programma, for the begroting examples.
const lasten = ['| Taakveld (x € 1.000) | 2027 | 2028 |', '|---|---|---|', '| 7.4 Milieubeheer | 640 | 655 |', '| Totaal lasten | 640 | 655 |']
const begroting = ['soort: begroting', 'titel: Programma 5 Groen en klimaat', 'periode: 2027-2030', 'status: concept']

const agenda = ['| Activiteit | Doel | Start | Eind |', '|---|---|---|---|', '| Buurtkamer openen | Ontmoeting | 2025 | 2026 |']

/** Rule: the parts a document of this soort (and status) must have. */
export const requiredSections = lintRule(
  {
    id: 'required-sections',
    severity: 'warning',
    group: 'structuur',
    description: 'Een document heeft de onderdelen die bij zijn soort en status horen.',
    docs: {
      what: 'Controleert dat een document de onderdelen heeft die bij zijn `soort` horen (een programmaplan heeft koers, pijlers, uitvoeringsagenda en financiën; een `begroting`, een programma van een programmabegroting, kadernota of jaarstukken, heeft *Wat willen we bereiken?* en *Wat mag het kosten?*), en dat een document dat de raad vaststelde een raadsbesluit heeft. Een onderdeel telt naar zijn rol, niet naar de titel van het hoofdstuk: de sectiekaart herkent gangbare titels, en een hoofdstuk met een andere titel krijgt zijn rol met `{.acties}` (of `{.visie}`, `{.pijlers}`, `{.financien}`, …) achter de kop of met `sections:` in `kapstok.config.yaml`. In een begroting telt de vraag in elke vorm en op elk kopniveau, ook onder de kop van het programma (`## Wat willen we bereiken?`, `Wat hebben we bereikt?`, `Wat heeft het gekost?`); wat zij wil bereiken mag ook een hoofdstuk met de rol `effecten` (beoogde maatschappelijke effecten, `{.effecten}`) of een koers zijn. *Wat gaan we daarvoor doen?* is geen uitvoeringsagenda en niet verplicht, net als leidende principes en thema\'s. Stelt het college of de burgemeester het document vast (`vastgesteldDoor: college`), dan is geen raadsbesluit nodig. Een besluit in woorden boven de tekst, zoals het Gemeenteblad een vastgestelde nota publiceert ("De raad van de gemeente …;" … "besluit: vast te stellen …"), telt als raadsbesluit; een zin die een besluit noemt of het besluit van het college niet. Het is een waarschuwing: het onderdeel kan er staan onder een titel die kapstok niet kent.',
      why: 'Een programmaplan zonder uitvoeringsagenda of een vastgesteld raadsstuk zonder besluittekst is niet af; dat moet blijken vóór het naar de raad gaat, niet erna.',
      options: {
        soorten: 'Per soort de verplichte onderdelen, bijvoorbeeld `{ "aanpak": ["pijlers", "acties"] }` (default: zie de tabel in de code).',
        vastgesteld: 'Extra onderdelen voor status `vastgesteld` wanneer de raad vaststelt (default: `["besluit"]`).'
      },
      ok: [
        {
          title: 'Een programmaplan met alle onderdelen',
          text: fictionalPlan(
            ['soort: programmaplan', 'status: concept'],
            ['# Ambitie', '', 'Iedereen doet mee.', '', "# Thema's", '', '## Ontmoeten {#t1}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Ontmoeten](#t1)', '', ...agenda, '', '# Financiën', '', 'Binnen de begroting.']
          )
        },
        {
          title: 'Een programma dat het college vaststelde, zonder raadsbesluit',
          text: fictionalPlan(['soort: uitvoeringsprogramma', 'status: vastgesteld', 'vastgesteldDoor: college'], ['# Planning voor de komende jaren {.acties}', '', ...agenda])
        },
        {
          title: 'Een vastgestelde nota met het raadsbesluit in woorden boven de tekst',
          text: fictionalPlan(
            ['soort: beleidsnota', 'status: vastgesteld', 'datum: 2025-03-13'],
            ['# Nota ontmoeten', '', 'De raad van de gemeente Wadderveen;', '', 'gelezen het voorstel van burgemeester en wethouders;', '', 'b e s l u i t :', '', 'vast te stellen de volgende nota:', '', '# Visie', '', 'Iedereen doet mee.']
          )
        },
        {
          title: 'Een programma van een begroting met de drie vragen',
          text: fictionalPlan(begroting, [
            '# Wat willen we bereiken?', '', 'Meer bomen in de wijken en minder wateroverlast bij hoosbuien.', '',
            '# Wat gaan we daarvoor doen?', '', '- We planten elk jaar driehonderd straatbomen.', '',
            '# Wat mag het kosten?', '', ...lasten
          ])
        },
        {
          title: 'De drie vragen onder de kop van het programma',
          text: fictionalPlan(begroting, [
            '# Programma 5 Groen en klimaat', '', 'Dit programma omvat de taakvelden milieubeheer en openbaar groen.', '',
            '## 5.1 Wat willen wij bereiken?', '', 'Een koelere binnenstad.', '',
            '## 5.2 Wat gaan we daarvoor doen?', '', 'We vervangen stenen pleinen door groen.', '',
            '## 5.3 Wat mag het kosten?', '', ...lasten
          ])
        },
        {
          title: 'Jaarstukken: wat we bereikten en wat het kostte',
          text: fictionalPlan(['soort: begroting', 'titel: Jaarverslag 2026, programma 5', 'status: concept'], [
            '# Wat hebben we bereikt?', '', 'Er staan 310 nieuwe straatbomen.', '', '# Wat heeft het gekost?', '', ...lasten
          ])
        },
        {
          title: 'Doelen onder een eigen titel met de rol effecten',
          text: fictionalPlan(begroting, ['# Wat het programma oplevert {.effecten}', '', '- Schonere lucht langs de ringweg', '- Minder hittestress', '', '# Financiën', '', ...lasten])
        },
        {
          title: 'Hoofdstukken met een eigen titel en een rol',
          text: fictionalPlan(['soort: beleidskader', 'status: concept'], ['# Waar Wadderveen voor gaat {.visie}', '', 'Iedereen doet mee.', '', '# Drie sporen {.pijlers}', '', '## Ontmoeten', '', 'Tekst.'])
        }
      ],
      notOk: [
        {
          title: 'Een programmaplan zonder agenda en financiën',
          text: fictionalPlan(['soort: programmaplan', 'status: concept'], ['# Ambitie', '', 'Iedereen doet mee.', '', "# Thema's", '', '## Ontmoeten {#t1}', '', 'Tekst.']),
          expected: [
            "Onderdeel `uitvoeringsagenda` ontbreekt in een `programmaplan`; voeg het hoofdstuk toe, of geef een hoofdstuk met een andere titel die rol: zet `{.acties}` achter de kop of `sections: { 'Uw titel': acties }` in `kapstok.config.yaml`",
            "Onderdeel `financiën` ontbreekt in een `programmaplan`; voeg het hoofdstuk toe, of geef een hoofdstuk met een andere titel die rol: zet `{.financien}` achter de kop of `sections: { 'Uw titel': financien }` in `kapstok.config.yaml`"
          ]
        },
        {
          title: 'Een vastgesteld beleidskader zonder raadsbesluit',
          text: fictionalPlan(['soort: beleidskader', 'status: vastgesteld', 'datum: 2025-03-13'], ['# Visie', '', 'Iedereen doet mee.', '', "# Thema's", '', '## Ontmoeten', '', 'Tekst.']),
          expected: [
            'Onderdeel `raadsbesluit` ontbreekt in een vastgesteld document; neem het besluit op (`besluit.yaml` of een hoofdstuk met `{.besluit}`), of zet `vastgesteldDoor: college` in de frontmatter als het college het vaststelde'
          ]
        },
        {
          title: 'Een koers onder een onbekende titel',
          text: fictionalPlan(['soort: beleidskader', 'status: concept'], ['# Waar Wadderveen voor gaat', '', 'Iedereen doet mee.', '', "# Thema's", '', '## Ontmoeten', '', 'Tekst.']),
          expected: [
            "Onderdeel `koers (ambitie, visie of missie)` ontbreekt in een `beleidskader`; voeg het hoofdstuk toe, of geef een hoofdstuk met een andere titel die rol: zet `{.visie}` achter de kop of `sections: { 'Uw titel': visie }` in `kapstok.config.yaml`"
          ]
        },
        {
          title: 'Een begroting zonder Wat mag het kosten?',
          text: fictionalPlan(begroting, ['# Wat wil de gemeente bereiken?', '', 'Meer bomen in de wijken.', '', '# Wat gaan we daarvoor doen?', '', 'We planten straatbomen.']),
          expected: [
            "Onderdeel `Wat mag het kosten? (financiën)` ontbreekt in een `begroting`; voeg het hoofdstuk toe, of geef een hoofdstuk met een andere titel die rol: zet `{.financien}` achter de kop of `sections: { 'Uw titel': financien }` in `kapstok.config.yaml`"
          ]
        },
        {
          title: 'Een begroting met alleen wat zij doet en wat het kost',
          text: fictionalPlan(begroting, ['# Wat gaan we daarvoor doen?', '', 'We planten straatbomen.', '', '# Wat mag het kosten?', '', ...lasten]),
          expected: [
            "Onderdeel `Wat willen we bereiken?` ontbreekt in een `begroting`; voeg het hoofdstuk toe, of geef een hoofdstuk met een andere titel die rol: zet `{.effecten}` achter de kop of `sections: { 'Uw titel': effecten }` in `kapstok.config.yaml`"
          ]
        },
        {
          title: 'Doelen van een begroting onder een onbekende titel',
          text: fictionalPlan(begroting, ['# Waar we in 2030 willen staan', '', 'Een koelere binnenstad.', '', '# Wat mag het kosten?', '', ...lasten]),
          expected: [
            "Onderdeel `Wat willen we bereiken?` ontbreekt in een `begroting`; voeg het hoofdstuk toe, of geef een hoofdstuk met een andere titel die rol: zet `{.effecten}` achter de kop of `sections: { 'Uw titel': effecten }` in `kapstok.config.yaml`"
          ]
        },
        {
          title: 'Een vastgestelde begroting zonder raadsbesluit',
          text: fictionalPlan(['soort: begroting', 'titel: Programma 5 Groen en klimaat', 'periode: 2027-2030', 'status: vastgesteld', 'datum: 2026-11-05'], [
            '# Wat willen we met dit programma bereiken?', '', 'Meer bomen in de wijken.', '', '# Wat mag het kosten?', '', ...lasten
          ]),
          expected: [
            'Onderdeel `raadsbesluit` ontbreekt in een vastgesteld document; neem het besluit op (`besluit.yaml` of een hoofdstuk met `{.besluit}`), of zet `vastgesteldDoor: college` in de frontmatter als het college het vaststelde'
          ]
        }
      ]
    }
  },
  (model, context) => {
    const soorten = { ...defaults, ...(context.options.soorten as Record<string, Part[]> | undefined) }
    const soort = model.document?.soort
    const required = [...(soorten[soort] ?? [])]
    const byRaad = context.status === 'vastgesteld' && adopter(model).by === 'raad'
    if (byRaad) {
      for (const part of (context.options.vastgesteld as Part[] | undefined) ?? ['besluit']) {
        if (!required.includes(part)) required.push(part)
      }
    }
    for (const part of required) {
      if (present(model, part)) continue
      const { kind, ...known } = parts[part] ?? { name: part, kind: part }
      const name = ownNames[soort ?? '']?.[part] ?? known.name
      const reason =
        byRaad && part === 'besluit'
          ? `Onderdeel \`${name}\` ontbreekt in een vastgesteld document; neem het besluit op (\`besluit.yaml\` of een hoofdstuk met \`{.besluit}\`), of zet \`vastgesteldDoor: college\` in de frontmatter als het college het vaststelde`
          : `Onderdeel \`${name}\` ontbreekt in een \`${soort}\`; voeg het hoofdstuk toe, of geef een hoofdstuk met een andere titel die rol: zet \`{.${kind}}\` achter de kop of \`sections: { 'Uw titel': ${kind} }\` in \`kapstok.config.yaml\``
      context.report(reason, { pointer: '/document/soort' })
    }
  }
)

function present(model: Plan, part: Part): boolean {
  // A besluit written in words at the head of the text (as the Gemeenteblad publishes it) is there.
  if (part === 'besluit' && writtenBesluit(model)) return true
  const koers = Boolean(model.koers?.ambitie ?? model.koers?.visie ?? model.koers?.missie)
  if (part === 'koers') return koers
  // What a begroting wants to achieve: the BBV question at any level (kept as prose), chapters
  // with the `effecten` role, or a koers (an "Ambitie" says the same).
  if (part === 'bereiken') return asksBudgetQuestion(model, 'bereiken') || (model.effecten?.length ?? 0) > 0 || Boolean(model.inleidingen?.effecten) || koers
  // "Wat mag het kosten?" nested under a programme heading is prose, not a chapter with the role.
  if (part === 'financien' && model.document?.soort === 'begroting' && asksBudgetQuestion(model, 'kosten')) return true
  const value = (model as unknown as Record<string, unknown>)[part]
  if (Array.isArray(value)) return value.length > 0
  if (part === 'financien') return Boolean(value) || Boolean(model.inleidingen?.financien)
  return value !== undefined && value !== null
}
