import { lintRule } from '../rule.js'
import { agendaPlan, lindewaard, lindewaardThemas } from '../util/agenda-examples.js'
import { hasCell } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: every pijler has at least one actie. */
export const pillarWithoutActions = lintRule(
  {
    id: 'pillar-without-actions',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Elk thema (of andere pijler) heeft minstens één actie in de uitvoeringsagenda.',
    docs: {
      what: 'Meldt pijlers waar geen agendarij bij hoort. Alleen als het plan een uitvoeringsagenda heeft waarin rijen bij pijlers staan: een agenda die helemaal niet naar pijlers is ingedeeld meldt `action-without-pillar` één keer, en waar een agendakop een pijler noemt die niet bestaat (`ref-missing`), zijn de rijen eronder waarschijnlijk voor de pijler zonder acties bedoeld; die wordt dan niet nog eens gemeld. Een rij voor alle pijlers (`alle thema\'s`, `algemeen`) hoort bij elke pijler, en een rij bij meer pijlers (`Wonen, Werk`, `1 en 2`) bij elk daarvan.',
      why: 'Een thema zonder acties wordt niet uitgevoerd; vaak is het kopje in de agenda anders gespeld en zijn de rijen bij het verkeerde thema beland.',
      ok: [
        {
          title: 'Elk thema een rij',
          text: agendaPlan(['| Huurteam | Wonen |'], { before: lindewaardThemas, heading: '## [Wonen](#t1)', header: '| Activiteit | Doel |' }) +
            '\n## [Werk](#t2)\n\n| Activiteit | Doel |\n|---|---|\n| Werkplein | Werk |\n'
        },
        {
          title: 'Thema\'s in een kolom',
          text: agendaPlan(['| Huurteam | Wonen | t1 |', '| Werkplein | Werk | Werk |'], { before: lindewaardThemas, header: '| Actie | Doel | Thema |' })
        },
        {
          title: 'Een rij voor alle thema\'s',
          text: agendaPlan(['| Huurteam | Wonen | Wonen |', "| Monitor | Voortgang | alle thema's |"], { before: lindewaardThemas, header: '| Actie | Doel | Thema |' })
        },
        {
          title: 'Een rij bij twee thema\'s telt voor beide',
          text: agendaPlan(['| Huurteam | Wonen | Wonen |', '| Werkplein | Werk en wonen | Wonen, Werk |'], { before: lindewaardThemas, header: '| Actie | Doel | Thema |' })
        },
        { title: 'Plan zonder uitvoeringsagenda', text: lindewaard(lindewaardThemas) },
        {
          title: 'Agenda die niet naar thema\'s is ingedeeld',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { before: lindewaardThemas })
        }
      ],
      notOk: [
        {
          title: 'Thema zonder rij',
          text: agendaPlan(['| Huurteam | Wonen |'], { before: lindewaardThemas, heading: '## [Wonen](#t1)', header: '| Activiteit | Doel |' }),
          expected: ['Thema `Werk` (`t2`) heeft geen acties in de uitvoeringsagenda']
        },
        {
          title: 'Alle rijen bij één thema via de kolom',
          text: agendaPlan(['| Huurteam | Wonen | Wonen |', '| Woonwijzer | Wonen | t1 |'], { before: lindewaardThemas, header: '| Actie | Doel | Thema |' }),
          expected: ['Thema `Werk` (`t2`) heeft geen acties in de uitvoeringsagenda']
        },
        {
          title: 'Routes zonder acties',
          text: lindewaard([
            '# Routes',
            '',
            '## Gezond opgroeien {#r1}',
            '',
            'Tekst.',
            '',
            '## Veilig thuis {#r2}',
            '',
            'Tekst.',
            '',
            '## Mee kunnen doen {#r3}',
            '',
            'Tekst.',
            '',
            '# Uitvoeringsagenda',
            '',
            '## [Gezond opgroeien](#r1)',
            '',
            '| Activiteit | Doel |',
            '|---|---|',
            '| Sportclubs op school | Bewegen |'
          ]),
          expected: ['Route `Veilig thuis` (`r2`) heeft geen acties in de uitvoeringsagenda', 'Route `Mee kunnen doen` (`r3`) heeft geen acties in de uitvoeringsagenda']
        }
      ]
    }
  },
  (model, context) => {
    const acties = model.acties ?? []
    // No agenda, or an agenda not divided by pijler: one message elsewhere, not one per pijler.
    if (!acties.some((a) => a.pijler)) return
    // A row for `alle thema's` (`alle sporen` under `# Sporen`) is an action of every pijler: the reader marks it.
    if (acties.some((a) => a.allePijlers)) return
    // A row listed under several pijlers (`Wonen, Zorg`) refers to the others.
    const used = new Set(acties.flatMap((a) => [a.pijler, ...(a.verwijzingen ?? [])]))
    const missing = (model.pijlers ?? []).map((pijler, index) => ({ pijler, index })).filter(({ pijler }) => !used.has(pijler.id))
    // Rows under a heading that names no pijler were probably meant for the pijlers without rows.
    const unresolved = new Set(
      acties
        .map((a, i) => (a.pijler === undefined && hasCell(context.file, i, 'pijler') ? JSON.stringify(context.file.sourceMap.get(`/acties/${i}/pijler`)?.start) : undefined))
        .filter((key): key is string => key !== undefined)
    )
    if (unresolved.size >= missing.length) return
    for (const { pijler, index } of missing) {
      const label = pijler.label.charAt(0).toUpperCase() + pijler.label.slice(1)
      context.report(`${label} ${code(pijler.titel)} (\`${pijler.id}\`) heeft geen acties in de uitvoeringsagenda`, {
        pointer: `/pijlers/${index}/titel`
      })
    }
  }
)
