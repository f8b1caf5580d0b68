import type { ColumnSynonyms, ColumnWords } from '../table.js'

/**
 * Column headers of the uitvoeringsagenda that are matched whole: the field's display name
 * first (used in messages), then short forms that are not words of their own.
 */
export const agendaColumns: ColumnSynonyms = {
  id: ['Id', 'Nr', 'Nr.', 'Nummer', 'No', 'Volgnummer'],
  activiteit: ['Activiteit'],
  doel: ['Doel'],
  start: ['Start', 'Van', 'Vanaf'],
  eind: ['Eind', 'Tot', 'T/m', 'Tot en met'],
  periode: ['Planning'],
  domein: ['Domein'],
  eigenaar: ['Trekker'],
  status: ['Status'],
  bijzonderheden: ['Bijzonderheden'],
  pijler: ['Pijler'],
  subkop: ['Subkop'],
  verwijzingen: ['Verwijzingen'],
  partners: ['Partners'],
  middelen: ['Middelen'],
  doelgroep: ['Doelgroep'],
  prioriteit: ['Prioriteit']
}

/**
 * Words that name an agenda column inside a longer header, from how Dutch uitvoeringsagenda's,
 * uitvoeringsprogramma's and actieplannen name their columns ("wie doet wat wanneer, met
 * welke middelen"): *Actie*, *Maatregel*, *Beoogd resultaat*, *Startdatum*, *Gereed*,
 * *Looptijd*, *Trekker*, *Beleidsveld*, *Betrokken partijen*, *Budget*, *Toelichting*, …
 * A header with both a start and an end word (`Start en eind`) is one `periode` column.
 */
export const agendaWords: ColumnWords = {
  activiteit: {
    strong: ['activiteit', 'actie', 'acties', 'actiepunt', 'maatregel', 'interventie', 'project', 'inspanning', 'omschrijving', 'taak', 'taken', 'opdracht', 'aanpak', 'werkzaamheden', 'doen'],
    weak: ['wat']
  },
  doel: {
    strong: ['doel', 'doelen', 'doelstelling', 'resultaat', 'resultaten', 'beoogd', 'beoogde', 'effect', 'opbrengst', 'bereiken', 'waarom', 'output', 'outcome', 'eindresultaat', 'beoogd effect', 'levert', 'oplevert']
  },
  start: { strong: ['start', 'begin', 'begindatum', 'aanvang', 'vanaf', 'startmoment', 'opstart'] },
  eind: {
    strong: ['eind', 'einde', 'afronding', 'afgerond', 'afronden', 'gereed', 'klaar', 'oplevering', 'opleveren', 'oplever', 'deadline', 'tot wanneer', 'uiterlijk', 'voltooid', 'realisatie']
  },
  periode: {
    strong: ['planning', 'periode', 'looptijd', 'tijdpad', 'tijdspad', 'tijdsplanning', 'termijn', 'uitvoeringsperiode', 'uitvoeringstermijn', 'jaar', 'jaren', 'datum', 'tijdvak', 'fasering'],
    weak: ['wanneer'],
    general: true,
    together: ['start', 'eind']
  },
  domein: { strong: ['domein', 'beleidsveld', 'beleidsterrein', 'programma', 'wet', 'taakveld', 'sector'] },
  eigenaar: {
    strong: ['eigenaar', 'trekker', 'verantwoordelijk', 'verantwoordelijke', 'verantwoordelijkheid', 'actiehouder', 'uitvoering', 'uitvoerder', 'uitvoerende', 'regie', 'regisseur', 'projectleider', 'portefeuillehouder', 'contactpersoon', 'aanspreekpunt', 'afdeling', 'opdrachtgever', 'coordinator', 'coordinatie'],
    weak: ['wie']
  },
  status: { strong: ['status', 'voortgang', 'stand', 'fase'] },
  bijzonderheden: { strong: ['bijzonderheden', 'bijzonderheid', 'toelichting', 'opmerking', 'opmerkingen', 'notitie', 'aandachtspunt', 'aandachtspunten', 'commentaar'] },
  pijler: { strong: ['pijler', 'thema', 'route', 'speerpunt', 'opgave', 'ambitie', 'resultaatgebied', 'ontwikkelopdracht', 'spoor', 'sporen', 'lijn', 'actielijn', 'programmalijn', 'beleidslijn', 'bouwsteen', 'focusgebied', 'aandachtsgebied'] },
  subkop: { strong: ['subkop', 'onderdeel', 'categorie'] },
  verwijzingen: { strong: ['verwijzingen', 'verwijzing', 'draagt bij aan', 'bijdrage aan', 'relatie met', 'relatie tot', 'in relatie tot', 'koppeling', 'samenhang met', 'principe', 'principes'] },
  partners: { strong: ['partners', 'partner', 'partijen', 'betrokkenen', 'betrokken', 'samenwerkingspartners', 'samenwerking', 'ketenpartners', 'stakeholders', 'met wie'] },
  middelen: { strong: ['middelen', 'budget', 'kosten', 'financiering', 'dekking', 'bedrag', 'begroting', 'kost', 'capaciteit', 'uren', 'fte'] },
  doelgroep: { strong: ['doelgroep', 'doelgroepen', 'voor wie'] },
  prioriteit: { strong: ['prioriteit', 'urgentie'] }
}

/** Fields the model holds as they are; the other recognised columns go to `overig` by header. */
export const agendaModelFields: ReadonlySet<string> = new Set(['activiteit', 'doel', 'start', 'eind', 'domein', 'eigenaar', 'status', 'bijzonderheden'])
