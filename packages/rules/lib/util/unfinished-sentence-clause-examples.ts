import type { RuleExample } from '../rule.js'
import { textExample as example } from './text-examples.js'

// The docs examples of rule unfinished-sentence for the open clause ends of `open-clause-ends.ts`,
// a verb after a fronted part with nothing after it, the clause after a semicolon and a lead item
// with its sub-items; kept apart from unfinished-sentence-examples.ts, which holds the older ones.

/** Finished sentences and items the readings of an open clause end must leave alone. */
export const unfinishedClauseOk: RuleExample[] = [
  {
    title: '`komt er` met het onderwerp vóór het werkwoord: `er` is een plaats',
    text: example([
      '# Aanpak', '', 'De fietsers vragen al jaren om een betere oversteek.', '', 'De nieuwe fietsbrug over het kanaal bij de jachthaven komt er', '', 'De provincie betaalt de helft.', '',
      '- De wijkagent is op maandag in de wijk.', '- De jongerenwerker is op woensdag in de wijk.', '- Ook de buurtsportcoach van de voetbalclub komt er', '', 'De nieuwe pinautomaat op het dorpsplein komt er'
    ])
  },
  {
    title: '`of` met het werkwoord van de vraag, en `of` tussen twee dingen',
    text: example([
      '# Aanpak', '', 'De sporthal in Oost is te klein voor de clubs.', '', 'Samen met de clubs bekijken we of het buurthuis in de zomer open kan', '', 'Het college besluit daarover in juni.', '',
      '- We sturen elke maand een overzicht naar de huurders.', '- Wie hulp nodig heeft, kiest zelf voor een gesprek of een brief', '- We onderzoeken of dat ook in Zuid kan', '- De incasso doen we zelf.'
    ])
  },
  {
    title: 'Een werkwoord na de komma met zijn voorwerp, en een eerste punt met een dubbele punt zonder subpunten',
    text: example([
      '# Aanpak', '', '- We richten in elke kern een gezonde kantine in.', '- Scholen die de kantine zelf inrichten, ontvangen daarvoor een bijdrage', '- De GGD begeleidt de scholen.', '',
      'Er komen drie nieuwe speelplekken:', '', '- een trapveld bij de basisschool', '- een klimrek in het park', '- een jeu-de-boulesbaan bij de kerk'
    ])
  }
]

/** Sentences and items whose last clause stays open, with the message each gives. */
export const unfinishedClauseNotOk: RuleExample[] = [
  {
    title: 'Een werkwoord dat een voorwerp vraagt direct na de komma, en dan niets (`…, krijgen`)',
    text: example([
      '# Aanpak', '', 'We openen de kantines van de sportparken voor de buurt.', '', 'Verenigingen die hun kantine overdag voor ouderen openstellen, krijgen', '', 'De gemeente betaalt de schoonmaak.', '',
      '- We richten in elke kern een gezonde kantine in.', '- Scholen die de gezonde kantine zelf inrichten, ontvangen', '- De GGD begeleidt de scholen.', '',
      'Inwoners die een melding over geluidsoverlast doen, ontvangen', '', 'Een handhaver belt binnen een dag terug.'
    ]),
    expected: [
      'Alinea eindigt zonder leesteken op `krijgen`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `ontvangen`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `ontvangen`; maak de laatste zin af'
    ]
  },
  {
    title: 'Een `er` na het werkwoord zonder het onderwerp dat het aankondigt',
    text: example([
      '# Aanpak', '', 'Veel inwoners regelen hun zaken online. Dat gaat meestal goed.', '', 'Voor inwoners zonder computer of smartphone komt er', '', 'Het loket blijft op dinsdag open.', '',
      'Voor aanvragen die meer dan twee vergunningen vragen, is er', '', 'Het loket is elke werkdag open.', '', 'In de tweede helft van het jaar volgt er', '', 'De raad krijgt daarover een brief.'
    ]),
    expected: [
      'Alinea eindigt zonder leesteken op `er`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `er`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `er`; maak de laatste zin af'
    ]
  },
  {
    title: 'Een vraag na `onderzoeken of`, `bekijken of` of `kijken of` die zijn werkwoord mist, ook kort of lang',
    text: example([
      '# Aanpak', '', 'Het verzuim op school stijgt. De scholen zoeken hulp.', '', 'Daarnaast onderzoeken we of de jongerenwerker ook', '', 'Het college besluit daarover in juni.', '',
      'Ook bekijken we of de kantine', '', 'De huur loopt in 2028 af.', '',
      'De oude gymzaal staat sinds de zomer leeg. Ook kijken we of de lege opslag van de oude bibliotheek aan de Molenweg'
    ]),
    expected: [
      'Alinea eindigt zonder leesteken op `ook`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `kantine`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `Molenweg`; maak de laatste zin af'
    ]
  },
  {
    title: 'Het zinsdeel na de laatste puntkomma breekt af, en een punt na een eerste punt met subpunten',
    text: example([
      '# Aanpak', '', '- We sturen elke maand een overzicht naar de huurders.', '- Wie te laat betaalt, krijgt eerst een herinnering; komt de betaling ook daarna niet binnen, dan', '- De incasso doen we zelf.', '',
      '- Er komen drie nieuwe speelplekken:', '  - een trapveld bij de basisschool;', '  - een klimrek in het park.', '- De bewoners kiezen de toestellen zelf.', '- Bij de aanleg van de nieuwe rotonde zetten we', '',
      'Tot slot.', '', '- Klachten gaan eerst naar de beheerder.', '- De beheerder belt binnen twee dagen terug.', '- Een melding lossen we binnen een week op; lukt dat niet, dan'
    ]),
    expected: [
      'Alinea eindigt zonder leesteken op `dan`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `we`; maak de laatste zin af',
      'Alinea eindigt zonder leesteken op `dan`; maak de laatste zin af'
    ]
  }
]
