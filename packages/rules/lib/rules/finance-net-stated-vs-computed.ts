import { bedragPrecision, isBedrag } from '@kapstok/core'
import { formatEuro } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { reportCalculation } from '../util/calculation-report.js'
import { writtenCalculations } from '../util/prose-equations.js'
import { inTableUnit } from '../util/fin-format.js'
import { add, beyond, cents, equations, fromCents, mul, onderbouwing, rounding, type Rational } from '../util/onderbouwing.js'
import { proseTexts, writtenTexts } from '../util/text.js'
import { readingText } from '../util/asides.js'
import { actionsNotOk, actionsOk } from '../util/finance-net-examples-actions.js'

const net = /^netto/i
const plus = /bruto|besparing|opbrengst|baten/i
const minus = /kosten|investering|uitgaven|lasten/i
const plan = (body: string[]): string => example(['# Financiën', '', ...body], 'gemeente: Lindewaarde')
const maatregelen = (rows: string[]): string =>
  plan(['## Maatregelen', '', '| Maatregel | Bruto besparing | Kosten | Netto besparing | Toelichting |', '|---|---|---|---|---|', ...rows])

/** Rule: a stated calculation holds: a Netto column, its onderbouwing, and sums in prose. */
export const financeNetStatedVsComputed = lintRule(
  {
    id: 'finance-net-stated-vs-computed',
    severity: 'error',
    group: 'financien',
    description: 'Een genoemde berekening klopt: netto is bruto min kosten, een onderbouwing komt uit op het bedrag, en `a × b = c` in de tekst houdt.',
    docs: {
      what: 'Rekent drie soorten berekeningen exact na. (1) In een tabel met een kolom die met "Netto" begint: de kolommen met bruto, besparing, opbrengst of baten min die met kosten, investering, uitgaven of lasten. (2) Een onderbouwing in de rij (toelichting): de netto-uitkomst die de tekst noemt ("netto € 116.000"), of anders de besparingen die hij noemt ("een besparing van € 30.000", "€ 20.000 bespaard"; meerdere tellen op), tegen het bedrag in de netto-kolom; en de stap van bruto naar netto (uitkomsten vóór "bruto" opgeteld, uitkomsten erna afgetrokken). (3) Elke berekening in lopende tekst: `100 × 0,84 = 84`, `€ 4.000 maal 5 is € 20.000`, `€ 450.000 min € 200.000 = € 250.000`, `21% van € 240.000 = € 50.400`, en in woorden: `€ 300.000 verminderd met € 45.000 is € 255.000`, `vermeerderd met`, `plus … is samen`, `12 trajecten à € 1.500, samen € 18.000`, `14 haltes van elk € 35.000 (of: voor € 35.000 per stuk), in totaal € 490.000`, `zes keer € 2.500 is € 15.000`, `de opbrengst van € X min de kosten van € Y levert € Z op`, `€ 250 per deelnemer voor 40 deelnemers: € 10.000`, `de helft van € 90.000, € 45.000`, een berekening ná zijn uitkomst, tussen haakjes of na `namelijk`, `ofwel`: `€ 52.000 (8 × € 6.500)`, `€ 52.000 uit, namelijk 8 keer € 6.500` (met `van` in plaats van een rekenteken rekent `prose-calculation` die na, als waarschuwing), en `na aftrek van € X resteert (of blijft … over) € Y` (het bedrag vlak ervoor, in dezelfde of de vorige zin, min de afgetrokken bedragen). Een hoeveelheid in een andere maat dan de prijs (`0,6 hectare à € 35 per m²`, `4,5 kiloton à € 30 per ton`) wordt eerst omgerekend. Aantallen mogen in woorden staan (`veertien haltes`), bedragen met `miljoen`, `mln`, `duizend` of `k` (`€ 1,2 miljoen` is `€ 1.200.000`, `à 40 duizend euro`); `/` met spaties deelt. Een streepje naar een groter getal is een bereik of periode, geen aftrekking (`€ 10.000 – € 15.000`, `2026 – 2027`), net als twee jaartallen met `−` of `/`. Staan vóór `samen` of `in totaal` nog andere getallen, dan telt de tekst die misschien mee en zwijgt deze regel (`prose-calculation` rekent zo’n totaal van genoemde posten na, als waarschuwing). Een uitkomst mag afwijken door de afronding waarmee hij geschreven staat: decimalen zoals geschreven, nullen aan het eind tot twee significante cijfers (`€ 232.000` ± 500), na "circa", "ongeveer" of `≈` tot één. Termen per maand, week of kwartaal met een uitkomst per jaar (`à € 14 per maand, samen € 10.920 per jaar`) worden naar het jaar omgerekend; een punt na een woord sluit de berekening af. Een lezing die getallen van de zin (of de zin ervoor) weglaat die, meevermenigvuldigd, de uitkomst geven (`Veertien trainers geven 38 weken les à € 45, samen € 23.940`), is geen bewijs: dan zwijgt de regel (niet bij een som die de tekst term voor term uitschrijft, `10 + 12 + 14 = 42` in een zin over drie jaar: drie keer 14 is geen lezing van die som); wijkt zo’n lezing meer dan een factor twee af, dan laat de regel de zin aan `arithmetic-slip`, die alle factoren vermenigvuldigt. Is de uitkomst in euro’s precies 1.000 of 1.000.000 keer de berekening, dan staan de termen in duizenden of miljoenen, zoals in een plan met tabellen `x € 1.000` (`€ 958.000 (312 + 330 + 316)`): dat klopt. Een actie uit een opsomming (een punt onder `Wat gaan we doen`) leest de regel als lopende tekst, ook een aftrek in woorden (`… = € 64.000; na aftrek van € 11.500 blijft € 52.500 over`).',
      why: 'Een netto besparing van € 300.000 terwijl de eigen onderbouwing op € 250.000 uitkomt, of `12 × € 1.500 = € 20.000`: zulke verschillen vallen pas op als iemand narekent, en dan twijfelt de raad aan elk bedrag.',
      options: { tolerance: 'Extra toegestaan verschil in centen, bovenop de afronding van de bedragen (default: `0`).' },
      ok: [
        { title: 'Netto is bruto min kosten', text: maatregelen(['| Buurtkamers | € 180.000 | € 60.000 | € 120.000 | |']) },
        {
          title: 'Een afgeronde tussenuitkomst',
          text: plan(['De regeling kost 12 × € 1.480 = € 17.800 per jaar; dat is afgerond.'])
        },
        {
          title: 'Een onderbouwing die met "circa" uitkomt',
          text: maatregelen(['| Deelauto | | | € 45.000 | 30 ritten per week × € 29 × 52 weken ≈ € 45.000 bespaard. |'])
        },
        {
          title: 'Een percentage van een bedrag',
          text: plan(['De overhead is 15% van € 320.000 = € 48.000.'])
        },
        { title: 'Een spreuk is geen berekening', text: plan(['Samen bereiken we meer: 1 + 1 = 3.']) },
        {
          title: 'Bruto en netto zonder berekening ertussen',
          text: maatregelen(['| Valpreventie | | | € 90.000 | Bruto verwachten we € 150.000; netto komen we uit op € 90.000 na inkoop van de training. |'])
        },
        {
          title: 'Een aftrek in woorden die klopt',
          text: plan(['Het werkbudget is € 500.000. Na aftrek van € 120.000 voor personeel en € 30.000 voor huur resteert € 350.000.'])
        },
        {
          title: '"Samen" na meer posten dan de laatste berekening',
          text: plan(['We starten 3 trajecten à € 2.000 en 12 trajecten à € 1.500, samen € 24.000.'])
        },
        { title: 'Termen in duizenden achter een bedrag in euro’s', text: plan(['De aanpak kost € 958.000 over drie jaar (312 + 330 + 316).']) },
        { title: 'Een aftrek van een bedrag in miljoenen', text: plan(['Van de € 1,2 miljoen blijft na aftrek van € 200.000 voor jeugd nog € 1 miljoen over.']) },
        { title: 'Een tarief met een maximum', text: plan(['De bijdrage is € 50 per kind met een maximum van € 200 per gezin; in totaal trekken we € 60.000 uit.']) },
        { title: 'Een uitkomst vóór een berekening die klopt', text: plan(['De watertappunten kosten € 21.000 (6 × € 3.500); het onderhoud betaalt het waterbedrijf.']) },
        { title: 'Een periode tussen haakjes', text: plan(['Voor de pilot is € 80.000 beschikbaar (2025 - 2026).']) },
        { title: 'Een periode met een streepje vóór het bedrag', text: plan(['De pilot 2026 – 2027 kost € 80.000.']) },
        { title: 'Een afgeronde uitkomst vóór de berekening', text: plan(['Het onderhoud kost circa € 50.000 (8 × € 6.400).']) },
        { title: 'Een uitkomst die circa klopt', text: plan(['We verwachten 1.150 aanvragen à € 250, samen circa € 290.000.']) },
        { title: 'Een uitkomst in miljoenen', text: plan(['We bouwen vier haltes: 4 × € 300.000 = € 1,2 miljoen.']) },
        { title: 'Een oppervlakte in hectare tegen een prijs per m²', text: plan(['Voor het speelveld kopen we 0,6 hectare à € 35 per m², samen € 210.000.']) },
        { title: 'Een aantal in woorden en een prijs per stuk', text: plan(['Veertien haltes van elk € 35.000 kosten samen € 490.000; 14 fietsenstallingen voor € 5.000 per stuk, in totaal € 70.000.']) },
        { title: 'Een tarief per uur zonder uitkomst', text: plan(['De inhuur kost € 35 per uur; we verwachten 200 uur nodig te hebben, voor € 7.000 in 2026.']) },
        { title: 'Per jaar en over de hele periode', text: plan(['Twee coaches à € 50.000 per jaar kosten samen € 100.000 per jaar, € 400.000 over vier jaar.']) },
        {
          title: 'Termen in duizenden en een uitkomst in euro over een periode',
          text: plan(['Over vier jaar levert de heffing 1.200 + 1.250 + 1.300 + 1.400 = € 5.150.000 op.'])
        },
        {
          title: 'Jaartallen en aantallen zonder bedragen',
          text: plan(['Tussen 2025 en 2028 is vier jaar; twee keer per jaar overleggen we, de helft van de tijd in de wijk.'])
        },
        { title: 'Een uitgeschreven som over drie jaar die klopt', text: plan(['In drie jaar organiseren we 10 + 12 + 14 = 36 bijeenkomsten.']) },
        { title: 'Een uitgeschreven som over vier jaar die klopt', text: plan(['Over vier jaar planten we 30 + 40 + 40 + 40 = 150 bomen.']) },
        { title: 'Een uitgeschreven som voor drie wijken die klopt', text: plan(['Voor de drie wijken zijn 18 + 21 + 21 = 60 plekken nodig.']) },
        ...actionsOk
      ],
      notOk: [
        // A written sum states what it adds: the count of its terms times one of them is no other reading.
        { title: 'Een uitgeschreven som over drie jaar die niet klopt', text: plan(['In drie jaar organiseren we 10 + 12 + 14 = 42 bijeenkomsten.']), expected: ['Berekening `10 + 12 + 14 = 42` klopt niet: de uitkomst is `36`; herstel de berekening of de uitkomst'] },
        { title: 'Een uitgeschreven som over vier jaar die niet klopt', text: plan(['Over vier jaar planten we 30 + 40 + 40 + 40 = 160 bomen.']), expected: ['Berekening `30 + 40 + 40 + 40 = 160` klopt niet: de uitkomst is `150`; herstel de berekening of de uitkomst'] },
        { title: 'Een uitgeschreven som voor drie wijken die niet klopt', text: plan(['Voor de drie wijken zijn 18 + 21 + 21 = 63 plekken nodig.']), expected: ['Berekening `18 + 21 + 21 = 63` klopt niet: de uitkomst is `60`; herstel de berekening of de uitkomst'] },
        {
          title: 'Netto wijkt af van bruto min kosten',
          text: maatregelen(['| Buurtkamers | € 180.000 | € 60.000 | € 150.000 | |']),
          expected: ['Netto `€ 150.000` voor `Buurtkamers` wijkt af van de berekening `€ 120.000` (bruto min kosten)']
        },
        {
          title: 'Een berekening in de tekst die niet klopt',
          text: plan(['Twaalf trajecten minder: 12 × € 1.500 = € 20.000 besparing.']),
          expected: ['Berekening `12 × 1.500 = 20.000` klopt niet: de uitkomst is `18.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een netto-bedrag dat de onderbouwing niet volgt',
          text: maatregelen(['| Vroegsignalering | | | € 90.000 | Een traject kost € 3.000; we voorkomen er 10, dus 10 × € 3.000 = € 30.000 bespaard. |']),
          expected: ['Netto besparing `€ 90.000` voor `Vroegsignalering` wijkt af van de onderbouwing `€ 30.000` (`€ 30.000 bespaard`)']
        },
        {
          title: 'Bruto min kosten in de onderbouwing komt niet uit op netto',
          text: maatregelen([
            '| Wijkteams | | | € 210.000 | 4 wijkteams × € 60.000 = € 240.000; bruto dus € 240.000. Training: 2 × € 20.000 = € 40.000. Netto: € 210.000 |'
          ]),
          expected: ['Onderbouwing `240.000 − 40.000` komt uit op `€ 200.000`, maar noemt netto `€ 210.000`; herstel de berekening of het bedrag']
        },
        {
          title: 'Wat na aftrek overblijft, klopt niet',
          text: plan(['Van de rijksbijdrage van € 800.000 blijft na aftrek van € 150.000 voor jeugd en € 50.000 voor beheer € 620.000 over.']),
          expected: ['Berekening `800.000 − 150.000 − 50.000 = 620.000` klopt niet: de uitkomst is `600.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een aantal à een prijs, in totaal',
          text: plan(['Vier coaches à € 60.000 per jaar, in totaal € 250.000.']),
          expected: ['Berekening `4 × 60.000 = 250.000` klopt niet: de uitkomst is `240.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Verminderd met en een prijs per deelnemer',
          text: plan(['€ 300.000 verminderd met € 45.000 is € 265.000. Een cursus kost € 250 per deelnemer voor 40 deelnemers: € 12.000.']),
          expected: [
            'Berekening `300.000 − 45.000 = 265.000` klopt niet: de uitkomst is `255.000`; herstel de berekening of de uitkomst',
            'Berekening `250 × 40 = 12.000` klopt niet: de uitkomst is `10.000`; herstel de berekening of de uitkomst'
          ]
        },
        {
          title: 'Een uitkomst vóór de berekening tussen haakjes',
          text: plan(['De laadpalen bij het gemeentehuis van Brakelveen kosten € 48.000 (8 × € 6.500).']),
          expected: ['Berekening `8 × 6.500 = 48.000` klopt niet: de uitkomst is `52.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een uitkomst met namelijk en keer',
          text: plan(['Voor zitbanken trekken we € 18.000 uit, namelijk 12 keer € 1.250.']),
          expected: ['Berekening `12 × 1.250 = 18.000` klopt niet: de uitkomst is `15.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een uitkomst in miljoenen vóór een prijs à',
          text: plan(['De nieuwe gymzalen vragen € 2,4 miljoen (3 zalen à € 900.000).']),
          expected: ['Berekening `3 × 900.000 = 2,4 miljoen` klopt niet: de uitkomst is `2.700.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een aftrek van miljoenen die niet klopt',
          text: plan(['Van de € 1,2 miljoen blijft na aftrek van € 200.000 voor jeugd nog € 900.000 over.']),
          expected: ['Berekening `1,2 miljoen − 200.000 = 900.000` klopt niet: de uitkomst is `1.000.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een prijs per deelnemer en het aantal na een puntkomma',
          text: plan(['De cursus kost € 350 per cursist; bij 40 cursisten is dat € 15.000.']),
          expected: ['Berekening `350 × 40 = 15.000` klopt niet: de uitkomst is `14.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Minus de kosten geeft een netto resultaat',
          text: plan(['De opbrengst van € 250.000 minus de kosten van € 45.000 geeft een netto resultaat van € 215.000.']),
          expected: ['Berekening `250.000 − 45.000 = 215.000` klopt niet: de uitkomst is `205.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Het geheel na de aftrek genoemd',
          text: plan(['Na aftrek van de beheerkosten van € 45.000 blijft van de subsidie van € 250.000 nog € 215.000 over.']),
          expected: ['Berekening `250.000 − 45.000 = 215.000` klopt niet: de uitkomst is `205.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een prijs tussen haakjes en samen circa',
          text: plan(['Het gaat om 8 laadpalen (à € 6.500), samen circa € 48.000.']),
          expected: ['Berekening `8 × 6.500 = 48.000` klopt niet: de uitkomst is `52.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een x zonder spaties',
          text: plan(['Voor de haltes: 14x €35.000 is €530.000.']),
          expected: ['Berekening `14 × 35.000 = 530.000` klopt niet: de uitkomst is `490.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een aantal in woorden van elk een bedrag',
          text: plan(['Voor veertien haltes van elk € 35.000 is € 530.000 nodig.']),
          expected: ['Berekening `14 × 35.000 = 530.000` klopt niet: de uitkomst is `490.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een uitkomst in miljoenen die niet klopt',
          text: plan(['We bouwen vier haltes: 4 × € 300.000 = € 1,3 miljoen.']),
          expected: ['Berekening `4 × 300.000 = 1,3 miljoen` klopt niet: de uitkomst is `1.200.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een oppervlakte in hectare die niet klopt',
          text: plan(['Voor het speelveld kopen we 0,6 hectare à € 35 per m², samen € 240.000.']),
          expected: ['Berekening `0,6 × 10.000 × 35 = 240.000` klopt niet: de uitkomst is `210.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Fte à een salaris, samen',
          text: plan(['We nemen 3 fte à € 75.000 aan, samen € 235.000.']),
          expected: ['Berekening `3 × 75.000 = 235.000` klopt niet: de uitkomst is `225.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Opbrengst min kosten levert op',
          text: plan(['De opbrengst van € 500.000 min de kosten van € 120.000 levert € 390.000 op.']),
          expected: ['Berekening `500.000 − 120.000 = 390.000` klopt niet: de uitkomst is `380.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Wat resteert na aftrek, met nog',
          text: plan(['Van de rijksbijdrage van € 3 mln resteert na aftrek van € 1,2 mln voor beheer nog € 2,1 mln.']),
          expected: ['Berekening `3 mln − 1,2 mln = 2,1 mln` klopt niet: de uitkomst is `1.800.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'De helft van een bedrag',
          text: plan(['Het Rijk betaalt de helft van € 90.000, € 40.000.']),
          expected: ['Berekening `de helft × 90.000 = 40.000` klopt niet: de uitkomst is `45.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Termen in duizenden met een uitkomst in euro die niet klopt',
          text: plan(['Over vier jaar levert de heffing 1.200 + 1.250 + 1.300 + 1.400 = € 5.250.000 op.']),
          expected: ['Berekening `1.200 + 1.250 + 1.300 + 1.400 = 5.250.000` klopt niet: de uitkomst is `5.150.000`; herstel de berekening of de uitkomst']
        },
        ...actionsNotOk
      ]
    }
  },
  (model, context) => {
    const extra = fromCents(Number(context.options.tolerance ?? 0))
    // (3) Calculations in running text, wherever they are.
    for (const { pointer, text } of proseTexts(model)) {
      // A `soft` reading is a warning of `prose-calculation`.
      for (const e of writtenCalculations(readingText(text))) reportCalculation(context, pointer, text, e, extra)
    }
    // (4) A calculation written out with `=` in any other field, such as a budget cell of an
    // agenda table (`6 × 5 = 35`): the cell itself states every term and the result.
    // An action read from a list item is such a field too, and may say its calculation in words
    // as prose does (`… = € 81.000; na aftrek van € 27.500 blijft € 53.500 over`): the readings
    // of running text read it as well, each number once.
    const prose = new Set(proseTexts(model).map((t) => t.pointer))
    for (const { pointer, text } of writtenTexts(model)) {
      if (prose.has(pointer)) continue
      const written = text.includes('=') ? equations(text).filter((e) => e.arithmetic && !e.soft) : []
      const worded = /€/.test(text) ? writtenCalculations(readingText(text)).filter((e) => !written.some((w) => Math.abs(w.index - e.index) <= 3)) : []
      for (const e of [...written, ...worded]) reportCalculation(context, pointer, text, e, extra)
    }
    model.financien?.tabellen?.forEach((tabel, t) => {
      const netIndex = tabel.kolommen.findIndex((k) => net.test(k.trim()))
      if (netIndex < 0) return
      const kolom = tabel.kolommen[netIndex] ?? 'Netto'
      const signs = tabel.kolommen.map((k, i) => (i === netIndex ? 0 : minus.test(k) ? -1 : plus.test(k) ? 1 : 0))
      tabel.rijen.forEach((rij, r) => {
        const stated = rij.bedragen[netIndex]
        if (!isBedrag(stated)) return
        const pointer = `/financien/tabellen/${t}/rijen/${r}/bedragen/${netIndex}`
        const shown = stated.tekst ?? inTableUnit(stated.centen, tabel)
        // (1) Netto = bruto − kosten, within one step of the last digit of each amount.
        const used = rij.bedragen.map((b, i) => (isBedrag(b) && signs[i] !== 0 ? b : undefined))
        if (signs.includes(1) && used.some((b) => b)) {
          const computed = used.reduce((sum, b, i) => sum + (b ? b.centen * (signs[i] ?? 0) : 0), 0)
          const tolerance = [stated, ...used].reduce((sum, b) => sum + (b ? bedragPrecision(b, tabel.eenheid?.factor) : 0), 0)
          if (Math.abs(computed - stated.centen) > tolerance + cents(extra)) {
            context.report(`Netto \`${shown}\` voor \`${rij.label}\` wijkt af van de berekening \`${inTableUnit(computed, tabel)}\` (bruto min kosten)`, {
              pointer,
              expected: [inTableUnit(computed, tabel)]
            })
          }
        }
        if (!rij.toelichting) return
        // (2) The onderbouwing in the row's text.
        const basis = onderbouwing(rij.toelichting)
        if (!basis) return
        const where = `/financien/tabellen/${t}/rijen/${r}/toelichting`
        const chain = basis.chain
        if (chain && beyond(chain.computed, chain.stated, add(chain.tolerance, extra))) {
          context.report(
            `Onderbouwing \`${chain.expression}\` komt uit op \`${formatEuro(cents(chain.computed))}\`, maar noemt netto \`${formatEuro(cents(chain.stated))}\`; herstel de berekening of het bedrag`,
            { pointer: where }
          )
        }
        // The column's own rounding, in euros (`120` in a table `x € 1.000`: ± 500).
        const own: Rational = stated.tekst ? mul(rounding(stated.tekst), { n: BigInt(tabel.eenheid?.factor ?? 1), d: 1n }) : { n: 0n, d: 1n }
        if (!beyond(fromCents(stated.centen), basis.value, add(add(own, basis.tolerance), extra))) return
        const expected = formatEuro(cents(basis.value))
        context.report(`${kolom} \`${shown}\` voor \`${short(rij.label)}\` wijkt af van de onderbouwing \`${expected}\` (${basis.detail})`, { pointer, expected: [expected] })
      })
    })
  }
)

const short = (text: string): string => (text.length > 40 ? text.slice(0, 39) + '…' : text)
