import { collectIdLinks, indexIds, offsetLocation, type SourceLocation } from '@kapstok/core'
import { lintRule, sourceText } from '../rule.js'
import { replaceFix } from '../fix.js'
import { example } from '../util/examples.js'
import { normalizeTitle, similarity } from '../util/text.js'

const titled = new Set(['pijlers', 'principes', 'opgaven', 'effecten', 'doelen', 'kansen', 'bijlagen'])

/** Rule: a link text that quotes a title quotes it exactly. */
export const titleDrift = lintRule(
  {
    id: 'title-drift',
    severity: 'warning',
    group: 'tekst',
    fixable: true,
    description: 'Een titel wordt overal hetzelfde geschreven: linkteksten en agendakoppen volgen de titel van het onderdeel.',
    docs: {
      what: 'Vergelijkt de tekst van links naar een pijler, principe, opgave, doel, kans of bijlage (`[Monitoren en sturing](#t4)`), ook in de koppen van de uitvoeringsagenda, met de titel (of `kort`) van het onderdeel. Een tekst die erop lijkt maar afwijkt, wordt gemeld en door `--fix` vervangen door de titel. Linkteksten die duidelijk iets anders zeggen ("zie hier") blijven ongemoeid.',
      why: 'De bron schrijft thema 1 op drie manieren en "MONITOREN EN STURING" tegenover "Monitoring en sturing"; de lezer twijfelt of het om hetzelfde gaat.',
      options: { threshold: 'Hoe sterk een tekst op de titel moet lijken om als variant te gelden, 0–1 (default: `0.6`).' },
      ok: example(["# Thema's", '', '## Monitoring en sturing {#t4}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Monitoring en sturing](#t4)', '', '| Activiteit | Doel |', '|---|---|', '| Dashboard | Inzicht |']),
      notOk: example(["# Thema's", '', '## Monitoring en sturing {#t4}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [MONITOREN EN STURING](#t4)', '', '| Activiteit | Doel |', '|---|---|', '| Dashboard | Inzicht |']),
      expected: ['Titel `MONITOREN EN STURING` wijkt af van `Monitoring en sturing`; schrijf de titel zoals vastgesteld']
    }
  },
  (model, context) => {
    const threshold = Number(context.options.threshold ?? 0.6)
    const index = indexIds(model)
    const seen = new Set<string>()
    const check = (label: string, id: string, location: SourceLocation | undefined, pointer: string): void => {
      const target = index.get(id)
      if (!target || !titled.has(target.kind)) return
      const titel = String(target.value.titel ?? '')
      const kort = typeof target.value.korteTitel === 'string' ? target.value.korteTitel : undefined
      if (!titel || !label.trim()) return
      const written = normalizeTitle(label)
      const names = [titel, kort].filter((n): n is string => Boolean(n))
      if (names.some((n) => label.trim() === n || (normalizeTitle(n) === written && label !== label.toUpperCase()))) return
      if (names.some((n) => normalizeTitle(n) !== written && written.includes(normalizeTitle(n)))) return
      const best = kort && similarity(label, kort) > similarity(label, titel) ? kort : titel
      if (similarity(label, best) < threshold) return
      const key = `${location?.file}:${location?.start.offset ?? pointer}`
      if (seen.has(key)) return
      seen.add(key)
      const fix = replaceFix(context.file, location, label, best)
      context.report(`Titel \`${label}\` wijkt af van \`${best}\`; schrijf de titel zoals vastgesteld`, {
        pointer,
        ...(location ? { location } : {}),
        actual: label,
        expected: [best],
        ...(fix ? { fix } : {})
      })
    }
    // Links in prose.
    for (const link of collectIdLinks(model)) {
      const base = context.file.sourceMap.get(link.pointer)
      const text = String(link.pointer ? valueAt(model, link.pointer) : '')
      const location = base ? offsetLocation(base, text, link.index + 1, link.label.length) : undefined
      check(link.label, link.id, verified(location, link.label), link.pointer)
    }
    // Agenda headings that name a pijler by a link: `## [Monitoren en sturing](#t4)`.
    ;(model.acties ?? []).forEach((actie, i) => {
      if (!actie.pijler) return
      const pointer = `/acties/${i}/pijler`
      const location = context.file.sourceMap.get(pointer)
      if (!location || location.start.offset === undefined || location.end.offset === undefined) return
      const source = sourceText(context.file, location.file)
      const heading = source?.slice(location.start.offset, location.end.offset) ?? ''
      const link = /\[([^\]\n]+)\]\(#([^)\s]+)\)/.exec(heading)
      const label = link?.[1]
      if (!link || label === undefined || link[2] !== actie.pijler) return
      const shift = link.index + 1
      const start = { ...location.start, column: location.start.column + shift, offset: location.start.offset + shift }
      const end = { ...start, column: start.column + label.length, offset: start.offset + label.length }
      check(label, actie.pijler, { file: location.file, start, end }, pointer)
    })

    function verified(location: SourceLocation | undefined, label: string): SourceLocation | undefined {
      if (!location || location.start.offset === undefined || location.end.offset === undefined) return undefined
      const source = sourceText(context.file, location.file)
      return source?.slice(location.start.offset, location.end.offset) === label ? location : undefined
    }
  }
)

function valueAt(model: unknown, pointer: string): unknown {
  let value: unknown = model
  for (const segment of pointer.slice(1).split('/')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment.replaceAll('~1', '/').replaceAll('~0', '~')]
  }
  return value
}
