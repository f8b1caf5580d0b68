import { collectIdLinks, getAtPointer, indexIds, offsetLocation, type SourceLocation } from '@kapstok/core'
import { lintRule, sourceText } from '../rule.js'
import { replaceFix } from '../fix.js'
import { example } from '../util/examples.js'
import { normalizeTitle, similarity } from '../util/text.js'

const labelWord = /^(?:thema|route|opgave|resultaatgebied|ontwikkelopdracht|programma|speerpunt|principe|doel)\s+(?:\d+\s*[:.–-]?\s*)?/i
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
      what: 'Vergelijkt de tekst van links naar een pijler, principe, opgave, doel, kans of bijlage (`[Monitoren en sturing](#t4)`), ook in de koppen van de uitvoeringsagenda, met de titel (het deel vóór een dubbele punt, of `kort`) van het onderdeel; een labelwoord vooraan (`THEMA`) telt niet mee, en alleen hoofdletters of leestekens zijn geen afwijking. Een tekst die erop lijkt maar andere woorden gebruikt, wordt gemeld en door `--fix` vervangen door de titel. Linkteksten die duidelijk iets anders zeggen ("zie hier") blijven ongemoeid.',
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
      // "THEMA MONITOREN EN STURING" names thema 4 by its label word: compare what follows it,
      // with the whole title, the part before a colon and the short title. Case and punctuation
      // alone are not drift; different words are.
      const bare = label.replace(labelWord, '').trim()
      const written = normalizeTitle(bare)
      const names = [titel, titel.split(':')[0]?.trim() ?? titel, kort].filter((n): n is string => Boolean(n))
      if (names.some((n) => normalizeTitle(n) === written)) return
      if (names.some((n) => written.includes(normalizeTitle(n)))) return
      const best = names.reduce((a, b) => (similarity(bare, b) > similarity(bare, a) ? b : a))
      if (similarity(bare, best) < threshold) return
      const key = `${location?.file}:${location?.start.offset ?? pointer}`
      if (seen.has(key)) return
      seen.add(key)
      const prefix = label.slice(0, label.length - bare.length)
      const fix = replaceFix(context.file, location, label, `${prefix}${best}`)
      context.report(`Titel \`${bare}\` wijkt af van \`${best}\`; schrijf de titel zoals vastgesteld`, {
        pointer,
        ...(location ? { location } : {}),
        actual: bare,
        expected: [best],
        ...(fix ? { fix } : {})
      })
    }
    // Links in prose.
    for (const link of collectIdLinks(model)) {
      const base = context.file.sourceMap.get(link.pointer)
      const text = String(link.pointer ? getAtPointer(model, link.pointer) : '')
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
