import { describe, expect, it } from 'vitest'
import { countClaimMismatch, principleCountMismatch } from '@kapstok/rules'
import { reasonsEach } from './helpers.js'

// Robustness battery (hrob25u): base count claims, each written once, are carried through
// transformations that keep their meaning (punctuation before the items, adjuncts, order, notation,
// a split over two sentences, a trailing source, markup, the items as bullets, numbers, table rows
// or headings). Every variant is made twice: with a count one off the items (a defect: one finding)
// and with the right count (a look-alike: quiet). The floors count found variants per
// transformation; every look-alike must stay quiet.

type Base = { subj: string; verb: string; part: string; noun: string; items: string[] }
const B = (subj: string, verb: string, part: string, noun: string, items: string): Base => ({ subj, verb, part, noun, items: items.split('|') })
const BASES: Base[] = [
  B('we', 'nemen', 'genomen', 'maatregelen', 'een wijkbus|buurtkamers|een vrijwilligerspunt|een mantelzorgpas'),
  B('we', 'openen', 'geopend', 'inloophuizen', 'De Kolk|Het Baken|De Bron'),
  B('we', 'realiseren', 'gerealiseerd', 'fietsroutes', 'de Dijkroute|de Schoolroute|de Parkroute|de Stationsroute|de Polderroute'),
  B('de bibliotheek', 'geeft', 'gegeven', 'cursussen', 'taal|rekenen|digitale vaardigheden|geldzaken'),
  B('we', 'ondersteunen', 'ondersteund', 'initiatieven', 'de Buurtmoestuin|het Repair Café|het Taalcafé'),
  B('het college', 'onderscheidt', 'onderscheiden', 'doelgroepen', 'jongeren|ouderen|statushouders|mantelzorgers'),
  B('we', 'vernieuwen', 'vernieuwd', 'bruggen', 'de Molenbrug|de Kerkbrug|de Havenbrug|de Sluisbrug|de Parkbrug|de Dijkbrug'),
  B('het wijkteam', 'gebruikt', 'gebruikt', 'instrumenten', 'een wijkbudget|een buurtbus|een meldpunt'),
  B('we', 'betrekken', 'betrokken', 'partners', 'de bibliotheek|het wijkteam|de woningcorporatie|de huisartsen|de politie'),
  B('we', 'verbeteren', 'verbeterd', 'kruispunten', 'Kerkstraat-Dorpsweg|Stationsweg-Molenlaan|Havenweg-Dijkstraat'),
  B('de gemeente', 'ontwikkelt', 'ontwikkeld', 'locaties', 'De Hoven|Molenwijk|Kerkbuurt|Stationsgebied'),
  B('we', 'vergroenen', 'vergroend', 'schoolpleinen', 'De Linde|Het Anker|De Vlinder|De Wissel|De Regenboog'),
  B('we', 'meten', 'gemeten', 'indicatoren', 'de wachttijd|het aantal meldingen|de tevredenheid'),
  B('we', 'versterken', 'versterkt', 'wijkcentra', 'De Schakel|Het Trefpunt|De Ontmoeting|Het Kompas'),
  B('we', 'starten', 'gestart', 'projecten', 'Groene Daken|Veilig Thuis|Samen Sporten|Wijs met Geld'),
  B('de raad', 'hanteert', 'gehanteerd', 'criteria', 'de kosten|de bereikbaarheid|het draagvlak|de duurzaamheid|de veiligheid'),
  B('we', 'beheren', 'beheerd', 'sportparken', 'De Meent|Het Hoge Veld|De Lage Weide'),
  B('we', 'financieren', 'gefinancierd', 'pilots', 'de Wijkkamer|de Energiecoach|het Jongerenpunt|de Schuldenlijn'),
  B('we', 'verplaatsen', 'verplaatst', 'bushaltes', 'Marktplein|Ziekenhuis|Stationsplein|Sportpark'),
  B('de omgevingsdienst', 'controleert', 'gecontroleerd', 'bedrijventerreinen', 'De Vaart|Hoogveld|Kanaalzone|Westpoort'),
  B('we', 'subsidiëren', 'gesubsidieerd', 'festivals', 'Zomerpop|Jazz aan de Dijk|Het Lichtfestival'),
  B('we', 'renoveren', 'gerenoveerd', 'gymzalen', 'De Esch|Het Veld|De Kamp|Het Hof|De Akker'),
  B('het college', 'benoemt', 'benoemd', 'knelpunten', 'de lange wachtlijsten|de hoge huren|het tekort aan vrijwilligers'),
  B('we', 'bouwen', 'gebouwd', 'kindcentra', 'Noord|Oost|Zuid|West'),
  B('de GGD', 'volgt', 'gevolgd', 'thema’s', 'overgewicht|alcoholgebruik|eenzaamheid|roken')
]
const WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf']
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const inline = (items: string[]): string => `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
const bullets = (items: string[]): string[] => ['', ...items.map((i) => `- ${i}`)]
const numbered = (items: string[]): string[] => ['', ...items.map((i, k) => `${k + 1}. ${cap(i)}`)]
const table = (items: string[], total = false): string[] => ['', `| ${cap('onderdeel')} | Budget |`, '| --- | --- |', ...items.map((i, k) => `| ${cap(i)} | € ${(k + 2) * 10}.000 |`), ...(total ? [`| Totaal | € ${items.reduce((s, _i, k) => s + (k + 2) * 10, 0)}.000 |`] : [])]
const headings = (items: string[]): string[] => items.flatMap((i) => ['', `## ${cap(i)}`, '', `Hier staat de uitwerking van ${i}. Dat doen we samen met bewoners.`])
// Subject-verb main clause, its inversion after a fronted phrase.
const main = (b: Base, rest: string): string => `${cap(b.subj)} ${b.verb} ${rest}`
const inverted = (front: string, b: Base, rest: string): string => `${front} ${b.verb} ${b.subj} ${rest}`

/** A transformation: the body for a claimed count `n` (as a word or a number) and the base. */
type Variant = (b: Base, n: string) => string[]
const section = (lines: string[]): string[] => ['# Aanpak', '', 'We werken samen met bewoners en partners. Dat doen we al jaren.', '', ...lines, '', '# Financiën', '', 'De kosten staan in de begroting.']
const TRANSFORMS: Record<string, Variant> = {
  // The plain forms the checker reads.
  'list after de volgende': (b, n) => [main(b, `de volgende ${n} ${b.noun}:`), ...bullets(b.items)],
  'inline after colon': (b, n) => [main(b, `${n} ${b.noun}: ${inline(b.items)}.`)],
  // (a) punctuation between the claim and its items.
  'inline in brackets': (b, n) => [main(b, `${n} ${b.noun} (${inline(b.items)}).`)],
  'inline after namelijk': (b, n) => [main(b, `${n} ${b.noun}, namelijk ${inline(b.items)}.`)],
  'inline after a dash': (b, n) => [main(b, `${n} ${b.noun} – ${inline(b.items)}.`)],
  'inline after semicolon and dat zijn': (b, n) => [main(b, `${n} ${b.noun}; dat zijn ${inline(b.items)}.`)],
  'list after a plain count and colon': (b, n) => [main(b, `${n} ${b.noun}:`), ...bullets(b.items)],
  // (b) adjuncts between the claim's parts.
  'list, year before the count': (b, n) => [main(b, `in 2027 de volgende ${n} ${b.noun}:`), ...bullets(b.items)],
  'list, place before the count': (b, n) => [main(b, `in Veldhoorn de volgende ${n} ${b.noun}:`), ...bullets(b.items)],
  'list, structureel': (b, n) => [main(b, `structureel de volgende ${n} ${b.noun}:`), ...bullets(b.items)],
  'list, year after the noun': (b, n) => [main(b, `de volgende ${n} ${b.noun} in 2027:`), ...bullets(b.items)],
  'inline, year before the count': (b, n) => [main(b, `in 2027 ${n} ${b.noun}: ${inline(b.items)}.`)],
  'inline, year after the noun': (b, n) => [main(b, `${n} ${b.noun} in 2027: ${inline(b.items)}.`)],
  'inline, adjective before the noun': (b, n) => [main(b, `${n} nieuwe ${b.noun}: ${inline(b.items)}.`)],
  // (c) order.
  'list, inversion': (b, n) => [inverted('In 2027', b, `de volgende ${n} ${b.noun}:`), ...bullets(b.items)],
  'list, subordinate clause first': (b, n) => [inverted('Omdat de vraag groeit,', b, `de volgende ${n} ${b.noun}:`), ...bullets(b.items)],
  'list, subordinate clause after': (b, n) => [main(b, `de volgende ${n} ${b.noun}, omdat de vraag groeit:`), ...bullets(b.items)],
  'list, passive': (b, n) => [`De volgende ${n} ${b.noun} worden in 2027 ${b.part}:`, ...bullets(b.items)],
  'inline, inversion': (b, n) => [inverted('In 2027', b, `${n} ${b.noun}: ${inline(b.items)}.`)],
  'inline, passive': (b, n) => [`In 2027 worden ${n} ${b.noun} ${b.part}: ${inline(b.items)}.`],
  'count after the inline items': (b, n) => [`${cap(inline(b.items))}: dat zijn de ${n} ${b.noun} die ${b.subj} ${b.verb}.`],
  // (d) notation.
  'list, count in digits': (b, n) => [main(b, `de volgende ${WORDS.indexOf(n)} ${b.noun}:`), ...bullets(b.items)],
  'inline, count in digits': (b, n) => [main(b, `${WORDS.indexOf(n)} ${b.noun}: ${inline(b.items)}.`)],
  // (e) split over two sentences.
  'split, Dat zijn': (b, n) => [main(b, `${n} ${b.noun}. Dat zijn ${inline(b.items)}.`)],
  'split, Het gaat om': (b, n) => [main(b, `${n} ${b.noun}. Het gaat om ${inline(b.items)}.`)],
  'split, er N before list': (b, n) => [`${main(b, `${b.noun}.`)} Het zijn er ${n}:`, ...bullets(b.items)],
  'split, Deze N after list': (b, n) => [main(b, `de volgende ${b.noun}:`), ...bullets(b.items), '', `Deze ${n} ${b.noun} betalen we uit het wijkbudget.`],
  // (f) trailing clause or source.
  'inline, trailing source': (b, n) => [main(b, `${n} ${b.noun}: ${inline(b.items)} (bron: wijkmonitor 2025).`)],
  'inline, zo blijkt': (b, n) => [main(b, `${n} ${b.noun}: ${inline(b.items)}, zo blijkt uit de evaluatie.`)],
  'list, footnote marker': (b, n) => [main(b, `de volgende ${n} ${b.noun}[^1]:`), ...bullets(b.items), '', '[^1]: Zie de evaluatie van 2025.'],
  // (g) markup and structure of the items.
  'list, bold count': (b, n) => [main(b, `de volgende **${n}** ${b.noun}:`), ...bullets(b.items)],
  'list, bold items': (b, n) => [main(b, `de volgende ${n} ${b.noun}:`), '', ...b.items.map((i) => `- **${cap(i)}**: dat pakken we samen op.`)],
  'inline, italic count': (b, n) => [main(b, `*${n}* ${b.noun}: ${inline(b.items)}.`)],
  'numbered list': (b, n) => [main(b, `de volgende ${n} ${b.noun}:`), ...numbered(b.items)],
  'nested list': (b, n) => [main(b, `de volgende ${n} ${b.noun}:`), '', ...b.items.flatMap((i) => [`- ${i}`, '  - samen met bewoners'])],
  'table rows': (b, n) => [main(b, `de volgende ${n} ${b.noun}:`), ...table(b.items)],
  'table rows with a total row': (b, n) => [main(b, `de volgende ${n} ${b.noun}:`), ...table(b.items, true)],
  'table under hieronder': (b, n) => [`${main(b, `${n} ${b.noun}.`)} De tabel hieronder geeft de budgetten.`, ...table(b.items)],
  'headings of the next level': (b, n) => [main(b, `de volgende ${n} ${b.noun}.`), ...headings(b.items)],
  // (h) a noun after the count or none.
  'list, no noun': (b, n) => [main(b, `de volgende ${n}:`), ...bullets(b.items)]
}

// Look-alikes that stay quiet with any count: a part of the list, a count of something else, a bound.
const LOOKALIKES: Record<string, Variant> = {
  'onder meer': (b, n) => [main(b, `onder meer ${n} ${b.noun}:`), ...bullets(b.items)],
  zoals: (b, n) => [main(b, `${n} ${b.noun}, zoals ${inline(b.items)}.`)],
  'de eerste twee': (b) => [main(b, `de volgende ${b.noun}:`), ...bullets(b.items), '', `De eerste twee ${b.noun} starten in 2027.`],
  'a count of something else': (b, n) => [`In ${n} wijken ${b.verb} ${b.subj} de volgende ${b.noun}:`, ...bullets(b.items)],
  minimaal: (b, n) => [main(b, `minimaal ${n} ${b.noun}:`), ...bullets(b.items.slice(0, 2))],
  'een van de': (b, n) => [`Een van de ${n} ${b.noun} is ${b.items[0]}.`],
  // Parts with counts of their own that add up, after an adjunct: the count is right.
  'counted parts after a year': (b, n) => [main(b, `${n} ${b.noun} in 2027: twee in het noorden en ${WORDS[WORDS.indexOf(n) - 2]} in het zuiden.`)],
  'counted parts after a phrase': (b, n) => [main(b, `${n} ${b.noun} in uitvoering: twee in het noorden en ${WORDS[WORDS.indexOf(n) - 2]} in het zuiden.`)]
}

const countRules = [countClaimMismatch, principleCountMismatch]
// Per transformation: the floor of found defect variants (of 25). Before the fixes of hrob25u: a
// dash, `; dat zijn`, a year between the noun and its colon 0; `, zo blijkt uit …` 6 (and 4 right
// counts reported: the clause read as an item); a footnote mark 1; `Deze vier wijkcentra` after the
// list 22; a name with `Samen` 24 (and its table row read as a total row); passive inline 20. Not
// read, before or after: the count after its items (`A, B en C: dat zijn de drie …`) and a count in
// the sentence before the one that points at the table (`… hieronder`).
const FLOORS: Record<string, number> = {
  'list after de volgende': 25,
  'inline after colon': 25,
  'inline in brackets': 25,
  'inline after namelijk': 25,
  'inline after a dash': 25,
  'inline after semicolon and dat zijn': 25,
  'list after a plain count and colon': 25,
  'list, year before the count': 25,
  'list, place before the count': 25,
  'list, structureel': 25,
  'list, year after the noun': 25,
  'inline, year before the count': 25,
  'inline, year after the noun': 25,
  'inline, adjective before the noun': 25,
  'list, inversion': 25,
  'list, subordinate clause first': 25,
  'list, subordinate clause after': 25,
  'list, passive': 25,
  'inline, inversion': 25,
  'inline, passive': 21,
  'count after the inline items': 0,
  'list, count in digits': 25,
  'inline, count in digits': 25,
  'split, Dat zijn': 25,
  'split, Het gaat om': 25,
  'split, er N before list': 25,
  'split, Deze N after list': 25,
  'inline, trailing source': 25,
  'inline, zo blijkt': 25,
  'list, footnote marker': 25,
  'list, bold count': 25,
  'list, bold items': 25,
  'inline, italic count': 25,
  'numbered list': 25,
  'nested list': 25,
  'table rows': 25,
  'table rows with a total row': 25,
  'table under hieronder': 0,
  'headings of the next level': 25,
  'list, no noun': 25
}

describe('count claims: meaning-keeping transformations (hrob25u)', () => {
  const tally: Record<string, { found: number; quiet: number; missed: string[]; noisy: string[] }> = {}
  it('finds a wrong count and stays quiet on the right one, per transformation', async () => {
    // Every variant first, then the messages of both rules on each (ten to a plan: reasonsEach).
    const variants: Array<{ body: string[]; tally: (findings: string[]) => void }> = []
    for (const [name, make] of Object.entries(TRANSFORMS)) {
      const t = (tally[name] = { found: 0, quiet: 0, missed: [], noisy: [] })
      for (const [k, b] of BASES.entries()) {
        const right = b.items.length
        const wrong = k % 3 === 2 && right > 3 ? right - 1 : right + 1
        variants.push({ body: make(b, WORDS[wrong]!), tally: (found) => (found.length > 0 ? t.found++ : t.missed.push(b.noun)) })
        variants.push({ body: make(b, WORDS[right]!), tally: (quiet) => (quiet.length === 0 ? t.quiet++ : t.noisy.push(`${b.noun}: ${quiet[0]}`)) })
      }
    }
    const noisy: string[] = []
    for (const [name, make] of Object.entries(LOOKALIKES)) {
      for (const [k, b] of BASES.entries()) {
        variants.push({ body: make(b, WORDS[b.items.length + 1 + (k % 2)]!), tally: (quiet) => quiet.length > 0 && noisy.push(`${name}/${b.noun}: ${quiet[0]}`) })
      }
    }
    const findings = await reasonsEach(countRules, variants.map((v) => section(v.body)))
    for (const [i, v] of variants.entries()) v.tally(findings[i] ?? [])
    console.log(`count-claim hrob25u look-alikes noisy: ${noisy.join(' | ') || '-'}`)
    expect(noisy).toEqual([])
    const lines = Object.entries(tally).map(([n, t]) => `${n.padEnd(40)} found ${String(t.found).padStart(2)}/${BASES.length}  quiet ${t.quiet}/${BASES.length}${t.missed.length ? `  missed: ${t.missed.join(', ')}` : ''}${t.noisy.length ? `  NOISY: ${t.noisy.join(' | ')}` : ''}`)
    console.log(`count-claim hrob25u\n${lines.join('\n')}`)
    for (const [n, t] of Object.entries(tally)) expect(t.found, n).toBeGreaterThanOrEqual(FLOORS[n] ?? 0)
    expect(Object.values(tally).flatMap((t) => t.noisy)).toEqual([])
  }, 600_000)
})
