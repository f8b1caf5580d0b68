import { lintRule } from '../rule.js'
import { hitLocation } from '../util/joined-text-location.js'
import { textExample as example } from '../util/text-examples.js'
import { findPlaceholders, ownerUnknown } from '../util/placeholders.js'
import { proseTexts, writtenTexts } from '../util/text.js'
import { isPartItem } from '../util/running-texts.js'

/** Rule: no template tokens or working placeholders left in the text. */
export const placeholderText = lintRule(
  {
    id: 'placeholder-text',
    severity: 'warning',
    group: 'tekst',
    description: 'Geen tijdelijke tekst zoals `(invullen)`, `xxx`, `TODO`, `PM` in een zin of `€ …`.',
    docs: {
      what: 'Zoekt in alle tekst en tabelcellen naar plaatshouders: woorden tussen haakjes die om tekst vragen (`(invullen)`, `[nog aanvullen]`, `<invullen>`, `(volgt)`), `xxx` en `XX`, `TODO`, `TBD`, en `nader uitwerken` of `in te vullen` als losse notitie (niet midden in een zin: "nader uit te werken in verordeningen" is gewone tekst). In lopende tekst ook `PM` en `nnb` (`n.n.b.`, `ntb`); in een tabel zijn dat gewone notaties (pro memorie, nog niet bekend). Een weglatingsteken (`…`, `...`) telt als plaatshouder als het de hele tekst is, tussen haken buiten een citaat staat (`[…]`), of op de plek van een waarde (`€ …`, `bedraagt …`, `… inwoners`); niet in een citaat, niet als "enzovoort" (`sport, cultuur, …`) en niet in een reeks (`1, 2, …, 10`). Ook: een woord tussen vierkante of punthaken dat zegt wat er moet komen (`[naam]`, `<organisatie>`, `[bedrag]`; niet een link `[naam](…)`), `p.m.` als waarde in lopende tekst (niet als "per maand" na een bedrag), en een trekker in de uitvoeringsagenda die `nnb`, `n.t.b.` of `nog niet bekend` is. Niet: `PM` die wordt uitgelegd ("PM (pro memorie)", "PM betekent …", "als PM opgenomen", "is PM geraamd", "staat op PM", ook met een langere post ertussen ("staat de huur voor het derde jaar op PM"), "PM, omdat …", "hangt af van …", `PM-post`, waar de post als PM staat: "PM in de tabel met lasten", "PM op in de meerjarenraming", en "(PM)" bij een post die "nog niet begroot" of "nog niet geraamd" is), en `xxx` in een webadres. Verder `x` voor een getal (`€ x`, `x inwoners`; niet `6 x 8`), een datumsjabloon (`dd-mm-jjjj`), vraagtekens als waarde (`??`, in lopende tekst; een tabelcel met alleen `?`), `lorem ipsum`, een jaartal als `20XX`, sjabloonvelden (`{{ gemeente }}`), een plek van meer woorden (`<naam wethouder>`, `[gemeente]`), een losse notitie als `datum volgt`, een zin die eindigt op `wordt nog aangevuld`, een sjabloon van x-en (`XX-XX-2026`, `€ xx.xxx`; niet Romeinse cijfers als `XXIe`), een collega aangesproken (`@Anne:`; niet een e-mailadres of `via @gemeente`), `tbd` in kleine letters, `nader te bepalen` waar een getal hoort (`nader te bepalen procent`, `€ nader te bepalen`; niet "een door het college nader te bepalen periode"), een bedrag van streepjes (`€ -,--`; niet `€ 12,-`), een verwijzing die nog open staat (`zie hoofdstuk ?`), en vierkante haken met een opdracht of vraag, waar in de haken die ook staat (`[aanvullen door team Financiën]`, `[maand invullen]`, `[cijfers opvragen bij de GGD]`, `[klopt dit?]`; niet een link of voetnoot `[1]`). Een weglatingsteken midden in een zin, met een woord ervoor en erna, staat op de plek van een getal of naam (`er kwamen … meldingen binnen`); niet als laatste van een opsomming (`toneel … en meer`). Ook een korte notitie tussen ronde haken die eindigt op een opdracht (`(datum invullen)`; niet een bijzin als `(die we jaarlijks nakijken)`) of die de opdracht midden in heeft, na `nog` of na een tot drie kale woorden (`(aantal bezoekers nog opzoeken in het jaarverslag)`, `(bedrag checken bij Financiën)`; niet een bijzin met een onderwerp of hulpwerkwoord, niet na `zoals` of een lidwoord), een weglatingsteken aan het eind na een voorzetsel of dubbele punt (`stijgt naar …`, `Contactpersoon: …`) en twee puntjes als bedrag (`€ ..`). `PM` in een zin die de reden geeft of zegt wat PM betekent (`omdat`, `nog niet bekend`) is de begrotingsnotatie. Het blijft een waarschuwing: de regel ziet de vorm, niet of de schrijver het zo bedoelde. In lopende tekst telt ook elk woord of elke paar kleine woorden tussen vierkante haken als plaatshouder (`[maand] 2027`, `[aantal scholen]`), behalve een link, een voetnoot (`[1]`), `[sic]` en een invoeging in een citaat. Ook een datum, tijd of kenmerk als sjabloon, met twee puntjes, x’en of liggende streepjes voor de cijfers die nog ontbreken (`..-..-2028`, `__/__/2027`, `om ..:.. uur`, `kenmerk 2027/..`), en een dag die nog open staat vóór de maand (`.. april`); niet een relatief pad (`../..`) of een beletselteken.',
      why: 'Een plaatshouder in een stuk voor de raad betekent dat er een getal, naam of norm ontbreekt waar de lezer op rekent.',
      ok: [
        { title: 'Een ingevulde norm', text: example(['# Toegang', '', 'Een aanvraag wordt binnen tien werkdagen beoordeeld.']) },
        { title: 'PM als waarde in een financiële tabel', text: example(['# Financiën', '', '| Maatregel | 2026 | 2027 |', '|---|---|---|', '| Buurtteams | PM | € 40.000 |']) },
        { title: 'Een weglating in een citaat', text: example(['# Visie', '', 'De raad schreef: “Iedereen doet mee, […] ook wie extra steun nodig heeft.”']) },
        { title: 'Weglatingstekens als enzovoort en in een reeks', text: example(['# Aanbod', '', 'We steunen sport, cultuur, … en tellen de wijken 1, 2, …, 9 af.']) },
        { title: '"Nader uit te werken" midden in een zin', text: example(['# Kaders', '', 'De regels zijn in een verordening nader uit te werken door het college.']) },
        { title: 'Een PM-post als begrip', text: example(['# Financiën', '', 'De kosten van de pilot zijn als PM-post opgenomen tot de aanbesteding rond is.']) },
        { title: 'Een keer-teken tussen getallen', text: example(['# Ruimte', '', 'Elke buurtkamer is 6 x 8 meter en gaat 2 x per week open. Hoe vaak? Dat hangt af van de vraag.']) },
        {
          title: 'PM als raming van een post, met de reden',
          text: example(['# Financiën', '', 'De huur van de nieuwe locatie is PM geraamd. De bijdrage van de provincie staat op PM, omdat de regeling pas in het voorjaar bekend wordt.'])
        },
        {
          title: 'PM uitgelegd als pro memorie',
          text: example(['# Financiën', '', 'De bijdrage van de regio staat PM (pro memorie) in de meerjarenraming; PM betekent dat de hoogte nog openstaat.'])
        },
        {
          title: 'PM met de reden in dezelfde zin',
          text: example(['# Financiën', '', 'Voor de huur van de buurtkamer zetten we PM op, omdat het overleg met de verhuurder nog loopt.'])
        },
        { title: 'Een datum die volgt uit iets anders', text: example(['# Planning', '', 'De precieze datum volgt uit de planning van de provincie.']) },
        { title: 'Accolades in een rekenregel', text: example(['# Monitoring', '', 'We delen {aantal meldingen} door het aantal inwoners.']) },
        { title: 'Een aanvulling die de zin afmaakt', text: example(['# Aanbod', '', 'Het aanbod wordt in 2027 aangevuld met een cursus voor mantelzorgers.']) },
        {
          title: 'Per maand na een bedrag, een link en xxx in een webadres',
          text: example(['# Regelingen', '', 'Deelnemers betalen € 12,50 p.m.; zie [de regeling](https://www.xxx-regelingen.nl) en de maat XL.'])
        }
      ],
      notOk: [
        {
          title: 'Invullen tussen haakjes en een losse notitie',
          text: example(['# Toegang', '', 'Een aanvraag wordt binnen (*invullen*) werkdagen beoordeeld. Toetsing: nader uitwerken.']),
          expected: ['Tijdelijke tekst `(*invullen*)`; vul de echte tekst in', 'Tijdelijke tekst `nader uitwerken`; vul de echte tekst in']
        },
        {
          title: 'PM als aantal in een zin',
          text: example(['# Inleiding', '', 'We verwachten in 2026 PM deelnemers op PM locaties.']),
          expected: ['Tijdelijke tekst `PM`; vul de echte tekst in', 'Tijdelijke tekst `PM`; vul de echte tekst in']
        },
        {
          title: 'PM en nnb in een zin',
          text: example(['# Financiën', '', 'De bijdrage van de provincie is PM en de startdatum nnb.']),
          expected: ['Tijdelijke tekst `PM`; vul de echte tekst in', 'Tijdelijke tekst `nnb`; vul de echte tekst in']
        },
        {
          title: 'Een weglatingsteken op de plek van een bedrag',
          text: example(['# Financiën', '', 'Het budget bedraagt … per jaar; in totaal gaat het om € … voor … inwoners.']),
          expected: ['Tijdelijke tekst `…`; vul de echte tekst in', 'Tijdelijke tekst `…`; vul de echte tekst in', 'Tijdelijke tekst `…`; vul de echte tekst in']
        },
        {
          title: 'TODO, XX en een aanvulling tussen vierkante haken',
          text: example(['# Planning', '', 'TODO: planning afstemmen. Start in week XX [nog aanvullen].']),
          expected: ['Tijdelijke tekst `TODO`; vul de echte tekst in', 'Tijdelijke tekst `XX`; vul de echte tekst in', 'Tijdelijke tekst `[nog aanvullen]`; vul de echte tekst in']
        },
        {
          title: 'Een naam en een organisatie nog tussen haken',
          text: example(['# Samenwerking', '', 'Namens de gemeente is [naam] het aanspreekpunt voor <organisatie>.']),
          expected: ['Tijdelijke tekst `[naam]`; vul de echte tekst in', 'Tijdelijke tekst `<organisatie>`; vul de echte tekst in']
        },
        {
          title: 'Een bedrag als p.m. en een trekker die nog niet bekend is',
          text: example(['# Financiën', '', 'De kosten van de nazorg zijn p.m.', '', '# Uitvoeringsagenda', '', '| Activiteit | Doel | Start | Eind | Trekker |', '|---|---|---|---|---|', '| Nazorg | Herstel | 2025 | 2026 | nog niet bekend |']),
          expected: ['Tijdelijke tekst `p.m.`; vul de echte tekst in', 'Tijdelijke tekst `nog niet bekend`; vul de echte tekst in']
        },
        {
          title: 'Een x voor een getal, een datumsjabloon en vraagtekens',
          text: example(['# Planning', '', 'We bereiken x huishoudens; de start is op dd-mm-jjjj en de kosten zijn ??.']),
          expected: ['Tijdelijke tekst `x`; vul de echte tekst in', 'Tijdelijke tekst `dd-mm-jjjj`; vul de echte tekst in', 'Tijdelijke tekst `??`; vul de echte tekst in']
        },
        {
          title: 'Een jaartal en een sjabloonveld',
          text: example(['# Planning', '', 'De verordening geldt vanaf 1 januari 20XX in {{ gemeente }}.']),
          expected: ['Tijdelijke tekst `20XX`; vul de echte tekst in', 'Tijdelijke tekst `{{ gemeente }}`; vul de echte tekst in']
        },
        {
          title: 'Een plek voor een naam van twee woorden en voor de gemeente',
          text: example(['# Organisatie', '', 'Het aanspreekpunt is <naam beleidsadviseur> van [gemeente].']),
          expected: ['Tijdelijke tekst `<naam beleidsadviseur>`; vul de echte tekst in', 'Tijdelijke tekst `[gemeente]`; vul de echte tekst in']
        },
        {
          title: 'Een vraagteken in een tabel, een datum die volgt en een aanvulling die nog komt',
          text: example(['# Middelen', '', '| Maatregel | Budget |', '|---|---|', '| Maatjes | ? |', '', 'Evaluatie met de raad: datum volgt. De indicatoren worden nog aangevuld.']),
          expected: ['Tijdelijke tekst `?`; vul de echte tekst in', 'Tijdelijke tekst `datum volgt`; vul de echte tekst in', 'Tijdelijke tekst `worden nog aangevuld`; vul de echte tekst in']
        },
        {
          title: 'Een sjabloon van x-en, een collega aangesproken en een vraag tussen haken',
          text: example(['# Financiën', '', 'Het budget is € xx.xxx per jaar [klopt dit?].', '', '@Anne: graag de dekking aanvullen.']),
          expected: ['Tijdelijke tekst `xx.xxx`; vul de echte tekst in', 'Tijdelijke tekst `[klopt dit?]`; vul de echte tekst in', 'Tijdelijke tekst `@Anne`; vul de echte tekst in']
        },
        {
          title: 'Een opdracht achteraan tussen haken en een weglatingsteken midden in de zin',
          text: example(['# Monitoring', '', 'Het eerste verslag verschijnt in [maand nog invullen] 2027. Vorig jaar meldden zich … gezinnen bij het loket.']),
          expected: ['Tijdelijke tekst `[maand nog invullen]`; vul de echte tekst in', 'Tijdelijke tekst `…`; vul de echte tekst in']
        },
        {
          title: 'Een lege cel met alleen een weglatingsteken',
          text: example(['# Planning', '', '| Activiteit | Toelichting |', '|---|---|', '| Buurtteams | … |']),
          expected: ['Tijdelijke tekst `…`; vul de echte tekst in']
        }
      ]
    }
  },
  (model, context) => {
    // Goals and actions listed under a pijler are sentences too: `PM` there stands for a value.
    const prose = new Set([...proseTexts(model).map((t) => t.pointer), ...writtenTexts(model).map((t) => t.pointer).filter(isPartItem)])
    for (const { pointer, text } of writtenTexts(model)) {
      // An owner that is not known yet (`nnb`): a placeholder for a name. Dates like `ntb` are the agenda rules'.
      const owner = /^\/acties\/\d+\/eigenaar$/.test(pointer) && ownerUnknown.test(text.trim())
      // A question mark in an agenda date or status cell is read by the agenda rules.
      const agendaValue = /^\/acties\/\d+\/(?:start|eind|planning|status)$/.test(pointer)
      const hits = owner
        ? [{ index: text.indexOf(text.trim()), text: text.trim() }]
        : findPlaceholders(text, prose.has(pointer)).filter((hit) => !(agendaValue && /^\?+$/.test(hit.text)))
      for (const hit of hits) {
        const location = hitLocation(context.file, pointer, text, hit.index, hit.text.length)
        context.report(`Tijdelijke tekst \`${hit.text}\`; vul de echte tekst in`, {
          pointer,
          ...(location ? { location } : {}),
          actual: hit.text
        })
      }
    }
  }
)
