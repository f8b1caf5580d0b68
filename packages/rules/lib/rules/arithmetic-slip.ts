import { lintRule } from '../rule.js'
import { earlierTexts } from '../util/earlier-texts.js'
import { hitLocation } from '../util/joined-text-location.js'
import { readingText } from '../util/asides.js'
import { arithmeticSlips, type ArithmeticSlip } from '../util/arithmetic-slips.js'
import { hedgedTermSlack } from '../util/hedged-operands.js'
import { subordinateSwap } from '../util/subordinate-readings.js'
import { calculationTexts, financeTablesBefore, ownFinanceTable } from '../util/calculation-texts.js'
import { proseTexts } from '../util/text.js'
import { impliedCalculations, writtenCalculations } from '../util/prose-equations.js'
import { combinedNumbers } from '../util/sentence-arithmetic.js'
import { beyond } from '../util/onderbouwing.js'
import { dimensionalProducts } from '../util/dimensional-products.js'
import { example } from '../util/examples.js'

const plan = (body: string[]): string => example(['# Aanpak', '', ...body], 'gemeente: Lindewaarde')

/** Rule: a result that is one digit off (or has two digits swapped) from what two numbers before it in the sentence give. */
// A term its sentence hedges (`gemiddeld ruim 9.000 bezoekers per editie` times three editions)
// gives a result as rough as itself: no slip of one digit.
function withinHedgedTerm(text: string, slip: ArithmeticSlip): boolean {
  const slack = hedgedTermSlack(text, slip.stated.index, slip.expression)
  const stated = (Number(slip.stated.value.n) / Number(slip.stated.value.d)) * 100
  return slack.n > 0n && Math.abs(stated - slip.computed) <= (Math.abs(slip.computed) * Number(slack.n)) / Number(slack.d)
}

// A result before the clause with its terms (`…, omdat we 24 groepen van 15 kinderen bereiken`): the
// slips of the text with that clause first, at their place in the text.
function swappedSlips(text: string, slips: ArithmeticSlip[], ...context: Parameters<typeof arithmeticSlips> extends [string, ...infer R] ? R : never): ArithmeticSlip[] {
  const swap = subordinateSwap(text)
  if (!swap) return []
  const own = new Set(slips.map((s) => s.stated.index))
  return arithmeticSlips(swap.text, ...context).flatMap((slip) => {
    const at = swap.back(slip.stated.index)
    if (at === undefined || own.has(at)) return []
    return [{ ...slip, stated: { ...slip.stated, index: at, ...(slip.stated.end === undefined ? {} : { end: at + slip.stated.end - slip.stated.index }) } }]
  })
}

export const arithmeticSlip = lintRule(
  {
    id: 'arithmetic-slip',
    severity: 'warning',
    group: 'financien',
    description: 'Een uitkomst in een zin die één cijfer verschilt (of twee verwisselde cijfers heeft) van wat twee getallen ervoor samen, min elkaar of maal elkaar geven.',
    docs: {
      what: 'Leest in elke zin met een rekenteken, een uitkomstwoord (`is`, `samen`, `in totaal`, `bedraagt`, `=`), `à` of een begrotingswoord (`ramen`, `reserveren`, `uittrekken`, `budget`) de getallen, ook in lijsten en tabelcellen met een bedrag, en kijkt of een later getal precies één cijfer verschilt, of twee naast elkaar staande cijfers verwisseld heeft (`€ 2.464.000` voor `€ 2.446.000`), van het product van een aantal en een getal, of van de som of het verschil van twee getallen van dezelfde soort (bedragen met bedragen, aantallen met aantallen): `12 trajecten van € 9.920, samen € 109.040` (12 × € 9.920 is € 119.040). Zo vindt de regel een tikfout in een berekening, hoe de zin die ook verwoordt. Vergeleken wordt in de eenheid waarin de uitkomst geschreven is (`€ 16,2 mln` tegen `€ 15,2 mln`). Zwijgt als een andere lezing van de zin het getal precies geeft, bij een getal dat `prose-calculation` of `finance-net-stated-vs-computed` als uitkomst leest (die melden het, één keer), bij jaartallen en percentages, bij uitkomsten onder de 100 met één of twee cijfers (die liggen te vaak toevallig één cijfer van elkaar; `€ 34,60` heeft er vier en telt wel; wel als de uitkomst het laatste getal van de zin is en hetzelfde woord of dezelfde eenheid noemt als ten minste twee getallen ervoor: dan wordt ze tegen hun som, hun verschil of na `gemiddeld` hun gemiddelde gelegd), bij een uitkomst die meer dan een kwart van de berekening afligt (dan gaat het getal over iets anders), bij een rond getal (`€ 60.000`) zonder woord als `samen`, `resteert` of `à`, bij zinnen zonder rekenwoord (behalve drie getallen van één soort, zie onder), bij een uitgeschreven som met `=` (die rekent `finance-net-stated-vs-computed` na) en bij totaal- en saldorijen van een tabel (die rekent `finance-sum-mismatch` na). Een waarschuwing: dat de getallen bij elkaar horen, leidt de regel af uit het ene cijfer verschil. Een zin die terugwijst (`Daarmee`, `Dat geeft`, `Er resteert dan`, `Een kwart daarvan`) en alleen een uitkomst noemt, rekent met de getallen van de een of twee zinnen ervoor in dezelfde alinea, en als die geen uitkomst geven met die van drie zinnen ervoor (`In 2025 … 6.720 boeken. … … Met de 1.240 e-boeken erbij ging het samen om 7.860 uitleningen`). Ook een deling (een bedrag over een aantal jaren of inwoners), een deel in woorden (`een kwart`, `een derde`) en een percentage van of bovenop een bedrag (`een index van 2,5 procent`) tellen als berekening; een afgerond percentage mag afwijken binnen zijn laatste cijfer. Een aantal jaren dat de zin niet als getal schrijft telt mee: een lijst of reeks jaren (`in 2026, 2027 en 2028`, `2026 t/m 2029`) en de eigen planperiode (`over de looptijd`, `in de planperiode`); een getal in woorden (`veertien groepen`) is een aantal, en een nummer van een tabel, bijlage of paragraaf telt niet. Een totaal over een geteld aantal jaren dat precies een jaar te veel of te weinig rekent (`€ 84.000 per jaar; voor 2026 t/m 2029 dus € 420.000`) is een telfout in de jaren; `de rest` telt als uitkomstwoord, en een zin met een percentage en één getal (`Met een indexatie van 3,1% stijgt de bijdrage tot …`) rekent met het bedrag van de zin ervoor. Eén cijfer verschil is ook een verschil dat doorloopt naar het volgende cijfer (`€ 9.000` tegen `€ 10.000`, `180.000` tegen `200.000`). Staan er precies drie getallen (een aantal, een prijs en een uitkomst met een woord als `samen`, `kost`, `budget` of `ramen`) en geen woord dat iets toevoegt (`inclusief`, `plus`, `waarvan`, `circa`), dan moet de uitkomst het product zijn, hoeveel cijfers ze ook verschilt; een uitkomst die het product afgerond weergeeft (`€ 446.000` voor 446.400) is goed. Staat er `ruim`, `bijna` of `circa` voor zo’n uitkomst, dan moet het product aan die kant of dichtbij liggen (`42.500 kaarten à gemiddeld € 24, samen ruim € 1,1 miljoen` is € 1.020.000); hoe dichtbij zegt het getal zelf: `circa € 142.000` schrijft drie cijfers en mag enkele duizenden afliggen (2.150 × € 62,40 = € 134.160 ligt te ver), `circa € 100.000` veel meer. Een maximum of minimum maal een aantal (`elk maximaal € 2.500`, `ten hoogste € 400`, `tot € 1.800`, `ten minste 6 uur`) begrenst het totaal, ook als de grens in de zin ervoor staat: een totaal erboven (of eronder) klopt niet, een totaal eronder (of erboven) wel; een getal in woorden (`tweeduizend`) is een aantal, geen jaartal, en een seizoen (`seizoen 2025-2026`) telt niet als twee jaar. Zonder rekenwoord leest de regel alleen drie getallen van één soort waarvan het laatste, met drie of meer significante cijfers, op één cijfer na de som of het verschil van de andere twee is (`lasten van € 518.000 tegenover € 231.400 baten geven een tekort van € 286.600`). Een uitkomst mag vóór haar termen staan als een uitkomstwoord haar aankondigt of een dubbele punt haar delen opent (`samen € 80.320 voor de 14 lokalen van € 5.730`; een totaal tegen de som van al zijn delen, niet na `waarvan`). Een uitkomst met drie of meer significante cijfers rekent ook zonder terugwijzend woord met de zinnen ervoor in de alinea, en een rest of verandering met een geheel uit de alinea ervoor (het geheel daar, het deel in de eigen alinea; alleen som en verschil van getallen met drie of meer cijfers). Een terugverdientijd (`in drie jaar`) die niet het bedrag gedeeld door het bedrag per jaar is, wordt gemeld als die deling een heel aantal jaren geeft en een woord als `zodat` of `daarmee` de twee verbindt. Een getal met een afrondingswoord (`bijna € 140.000`) telt in deze lezingen niet als term. Een rij van een financiële tabel met de berekening in een toelichtings- of tekstkolom (`| Keuringen | 25 keuringen × € 1.800 | € 45.000 |`) wordt als één rij gelezen. Een gemiddelde onder de factoren (`gemiddeld 650 m²`) is afgerond: een product ermee klopt binnen die afronding, door de andere factoren heen gedragen, en zo ook een totaal waaruit het gemiddelde volgt (`62.300 m², gemiddeld 2.400 m² per kavel` tegen 26 × 2.400); een bedrag `met € 2.000 voor keuringen` telt op bij het product van de andere getallen en wordt niet vermenigvuldigd. Een zin met een rest of saldo (`resteert`, `per saldo`, `netto`, `het verschil van`, `Wat overblijft,`, `blijft … over`, `bleef … onbenut`) of een som met een rij van een tabel erboven (`samen met Bloemendaal`) mag zijn termen verder terug in de sectie hebben: in een eerdere alinea, in de totaalregel van een tabel erboven (een tabel in duizenden telt in zijn eenheid) of in de financiële tabel die de tekst toelicht; de uitkomst wordt dan afgerond op haar laatste significante cijfer vergeleken, en een andere som of ander verschil van de getallen binnen bereik, een getal dat de uitkomst herhaalt, een afrondingswoord, `waarvan`, `onder meer`, een percentage of een gemiddelde houdt de regel stil. Verder leest de regel de termen van een berekening waar schrijvers ze neerzetten: in een rij van een tabel erboven die de zin bij naam noemt (een verschil tussen de kolommen bij een woord als `meer`, `minder`, `over`, `verloor` of `groeide`; een tarief `per uur` of `per dagdeel` maal de aantallen van de zin bij een woord als `kost` of `reserveren`; de totaalrij bij `alle … samen`), een aantal dat het kopje van de tabel telt (`leden` onder `Leden 2025`, niet `vrijwilligers`); tussen haakjes direct na de uitkomst (`€ 2.500 (€ 540.000 voor 216 punten)`); een percentage of deel in woorden in de zin ervoor dat een zin met een terugwijzend woord op een bedrag toepast (niet een afgerond percentage: `ongeveer 80%`); en de aanloop van een opsomming zonder getallen in de punten (`Vier wijken krijgen elk € 18.500:` en na de lijst `Dat is samen € 74.000`). Een tabelcel die een zin op zich is (`| Toelichting | De lasten zijn … |`) leest de regel als lopende tekst, niet als korte rij. Na `ruim` of `bijna` mag een uitkomst zo ver van de berekening liggen als haar geschreven cijfers zeggen: bij één cijfer (`ruim € 100.000`) tot 30 % (`bijna` tot 25 %), bij twee 15 %, bij drie of meer 3 % (`bijna € 254.700` is geen € 244.700). Een dubbele punt, puntkomma of gedachtestreepje vóór de termen telt als een haakje, een bijzin met `omdat`, `doordat` of `terwijl` na de uitkomst wordt gelezen met de bijzin eerst, en een term met `ruim` of `circa` maakt een product even ruw als die term. Een rest na het laatste getal zonder eigen getal (`120 huur en 150 koop; de rest is nog niet bepaald`) zegt dat de getallen iets openlaten: dan is geen van hen de uitkomst van de andere, tenzij een uitkomstwoord het laatste getal aankondigt (`samen 1.280 plekken; de overige …`).',
      why: 'Een uitkomst met één verkeerd cijfer is de meest gemaakte rekenfout in een plan: de lezer die narekent vindt een ander bedrag en weet niet welk geldt.',
      ok: [
        { title: 'Een berekening die klopt', text: plan(['We zetten 12 trajecten in. Een traject kost € 9.920, dus we ramen € 119.040.']) },
        { title: 'Getallen die niet bij elkaar horen', text: plan(['In 2025 waren er 1.240 aanvragen; het budget is € 2.180.000 en in 2026 verwachten we 3.560 aanvragen.']) },
        { title: 'Een andere lezing geeft het getal precies', text: plan(['Van de 4.800 woningen zijn er 1.250 sociale huur en 3.550 koop; samen 4.800.']) },
        { title: 'Kleine getallen', text: plan(['Er zijn 4 teams van 12 mensen, samen 58 deelnemers met de coördinatoren.']) },
        { title: 'Delen met een rest zonder getal erna', text: plan(['We bouwen 500 woningen: 220 huur en 250 koop; de rest is nog niet bepaald.']) },
        { title: 'Een afgerond gemiddelde en een bedrag erbij', text: plan(['De bermen zijn gemiddeld 800 meter lang. Maaien kost € 2 per meter. Met € 900 voor het afvoeren kost het maaien van de vijf bermen € 8.900.']) }
      ],
      notOk: [
        {
          title: 'Een uitkomst na `samen`, met een rest erna zonder getal',
          text: plan(['In de nieuwe stalling komen 50 rekken van 24 plekken, samen 1.280 plekken; de overige plekken komen elders.']),
          expected: ['Uitkomst `1.280` wijkt af van `50 × 24 = 1.200`; reken de uitkomst na']
        },
        {
          title: 'Een product met één cijfer verschil, over twee zinnen',
          text: plan(['We zetten 12 trajecten in. Een traject kost € 9.920, dus we ramen € 109.040.']),
          expected: ['Uitkomst `€ 109.040` wijkt af van `12 × € 9.920 = € 119.040`; reken de uitkomst na']
        },
        {
          title: 'Een rest waarvan het geheel een alinea eerder staat',
          text: plan(['De renovatie van het zwembad kost € 4,6 miljoen. De werkzaamheden starten in 2027.', '', 'De provincie draagt € 1,3 miljoen bij. Voor de gemeente blijft dan € 3,1 miljoen over.']),
          expected: ['Uitkomst `€ 3,1 miljoen` wijkt af van `€ 4,6 miljoen − € 1,3 miljoen = € 3.300.000`; reken de uitkomst na']
        },
        {
          title: 'Een verschil in miljoenen',
          text: plan(['De investering is € 3,4 mln; na de subsidie van € 0,5 mln blijft € 2,8 mln over.']),
          expected: ['Uitkomst `€ 2,8 mln` wijkt af van `€ 3,4 mln − € 0,5 mln = € 2.900.000`; reken de uitkomst na']
        },
        {
          title: 'Een tekort zonder rekenwoord',
          text: plan(['De bibliotheek had in 2025 € 392.000 aan lasten en € 147.300 aan baten, een tekort van € 254.700.']),
          expected: ['Uitkomst `€ 254.700` wijkt af van `€ 392.000 − € 147.300 = € 244.700`; reken de uitkomst na']
        },
        {
          title: 'Een som in een opsomming',
          text: plan(['- Buurthuizen € 46.500 en speeltuinen € 31.200: in totaal € 87.700.']),
          expected: ['Uitkomst `€ 87.700` wijkt af van `€ 46.500 + € 31.200 = € 77.700`; reken de uitkomst na']
        },
        {
          title: 'Een verschil in een rij van de tabel erboven die de zin noemt',
          text: plan(['| Wijk | Begroot | Besteed |', '|---|---|---|', '| Oosterhof | € 84.000 | € 79.500 |', '| Westerveld | € 62.000 | € 64.300 |', '', 'In Westerveld werd € 3.300 meer uitgegeven dan begroot.']),
          expected: ['Uitkomst `€ 3.300` wijkt af van `€ 64.300 − € 62.000 = € 2.300`; reken de uitkomst na']
        },
        {
          title: 'Een deling met de termen tussen haakjes erachter',
          text: plan(['Per bushalte komt dat op € 3.600 (€ 351.000 voor 90 haltes).']),
          expected: ['Uitkomst `€ 3.600` wijkt af van `€ 351.000 ÷ 90 = € 3.900`; reken de uitkomst na']
        },
        {
          title: 'Een uitkomst met de termen in een bijzin erna',
          text: plan(['Met de zomerschool bereiken we samen 390 kinderen, omdat we 24 groepen van 15 kinderen vormen.']),
          expected: ['Uitkomst `390` wijkt af van `24 × 15 = 360`; reken de uitkomst na']
        },
        {
          title: 'Een percentage uit de zin ervoor',
          text: plan(['De bijdrage dekt 40 procent van de kosten. Voor een dak van € 85.000 ontvangt de school dus € 36.000.']),
          expected: ['Uitkomst `€ 36.000` wijkt af van `40% van € 85.000 = € 34.000`; reken de uitkomst na']
        },
        {
          title: 'Een bedrag erbij dat het verschil niet dekt',
          text: plan(['De daken zijn gemiddeld 180 m² groot. Reinigen kost € 4 per m². Voor de tien daken is dat, met € 1.500 voor de hoogwerker, € 9.700.']),
          expected: ['Uitkomst `€ 9.700` wijkt af van `180 × € 4 × 10 + € 1.500 = € 8.700`; reken de uitkomst na']
        }
      ]
    }
  },
  (model, context) => {
    // `over de looptijd`, `in de planperiode`: the years of the plan's own period.
    const periode = model.document.periode
    const planYears = periode ? periode.eind - periode.start + 1 : undefined
    const prose = new Set(proseTexts(model).map((t) => t.pointer))
    const earlier = earlierTexts(model)
    for (const { pointer, text: source } of calculationTexts(model)) {
      // (Read without emphasis and footnote markers; reported in the source.)
      const text = readingText(source)
      // A number another calculation rule reports is that rule's: one slip, one message. (A reading
      // of theirs that holds does not silence this one: `bijna € 19.000` for 240 × € 85 holds within
      // their rounding, but lies on the wrong side of its word.)
      // (finance-net-stated-vs-computed reads running text, and other texts with `=` or an amount.)
      // The sentence-level fallback of prose-calculation yields to this rule instead.
      const written = prose.has(pointer) || text.includes('=') || text.includes('€') ? writtenCalculations(text) : []
      const readings = [...written, ...impliedCalculations(text, periode && planYears ? { start: periode.start, years: planYears } : undefined, model.financien?.tabellen ?? [], earlier.get(pointer), ownFinanceTable(model, pointer))]
      const judged = readings.filter((e) => beyond(e.computed, e.stated, e.tolerance) && !e.fallback).map((e) => e.index)
      // A reading of theirs that gives the number exactly is another reading of the sentence that
      // holds (`Na deze drie posten resteert € 165.000` after a whole and three parts): no slip.
      const exact = readings.filter((e) => e.computed.n * e.stated.d === e.stated.n * e.computed.d).map((e) => e.index)
      const terms = combinedNumbers(text)
      // A product of measured quantities that holds is another reading that gives the number exactly
      // (`85 m lang, 6 m breed, 40 cm dik: 204 m³` is no slip of 6 × 40 = 240).
      const measured = dimensionalProducts(text).filter((e) => !beyond(e.computed, e.stated, e.tolerance))
      // A finance table's explanation reads the table above it (distant-terms).
      const own = ownFinanceTable(model, pointer)
      const chapter = financeTablesBefore(model, pointer) ?? earlier.get(pointer)
      const slips = arithmeticSlips(text, planYears, own, chapter)
      for (const slip of [...slips, ...swappedSlips(text, slips, planYears, own, chapter)]) {
        if ([...judged, ...exact].some((i) => Math.abs(i - slip.stated.index) <= 3)) continue
        // A part of a total or a level of a change its sentence states is a term, not a result.
        if (terms.includes(slip.stated.index)) continue
        if (measured.some((e) => Math.abs(e.index - slip.stated.index) <= 3)) continue
        if (withinHedgedTerm(text, slip)) continue
        const shown = `${slip.stated.euro ? '€ ' : ''}${slip.stated.text}`
        const at = slip.stated.index
        const length = (slip.stated.end ?? at + shown.length) - at
        const location = hitLocation(context.file, pointer, source, at, length)
        context.report(`Uitkomst \`${shown}\` wijkt af van \`${slip.expression}\`; reken de uitkomst na`, {
          pointer,
          ...(location ? { location } : {}),
          actual: shown
        })
      }
    }
    // A finance table row whose text or explanation column shows the calculation (`| Keuringen | 25 keuringen × € 1.800 | € 45.000 |`):
    // the reader keeps text and amounts apart, so the row is put together again and read like a short row.
    model.financien?.tabellen?.forEach((tabel, t) => {
      tabel.rijen.forEach((rij, r) => {
        const base = `/financien/tabellen/${t}/rijen/${r}`
        const cells: Array<[string, string]> = [
          [rij.label, `${base}/label`],
          ...(rij.toelichting ? [[rij.toelichting, `${base}/toelichting`] as [string, string]] : []),
          ...(rij.teksten ?? []).map((x, c): [string, string] => [x ?? '', `${base}/teksten/${c}`]),
          ...rij.bedragen.map((b, c): [string, string] => [b?.tekst ?? '', `${base}/bedragen/${c}`])
        ]
        if (!cells.slice(1).some(([x, at]) => /\d/.test(x) && !at.includes('/bedragen/'))) return
        const row = `| ${cells.map(([x]) => x).join(' | ')} |`
        for (const slip of arithmeticSlips(readingText(row), planYears)) {
          // The cell the result stands in: the last one that starts before it.
          let start = 2
          const starts = cells.map(([x]) => ((start += x.length + 3), start - x.length - 3))
          const c = starts.findLastIndex((s) => s <= slip.stated.index)
          const shown = `${slip.stated.euro ? '€ ' : ''}${slip.stated.text}`
          context.report(`Uitkomst \`${shown}\` wijkt af van \`${slip.expression}\`; reken de uitkomst na`, { pointer: cells[c]?.[1] ?? base, actual: shown })
        }
      })
    })
  }
)
