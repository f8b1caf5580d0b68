// A fictional plan of any size for benchmarks and the linear-time guard test: fresh prose per
// chapter (numbers, dates, amounts, abbreviations, references, lists) and agenda rows, so every
// rule has something to look at and no two chapters or rows are the same text. Nothing here is
// taken from the examples or the seeds.

const wijken = ['Oosterveld', 'Bremhorst', 'Kanaalzone', 'Heidepark', 'Molenwijk', 'Vennebroek', 'Zuidrand', 'Dorpskern']
const onderwerpen = ['schuldhulp', 'mantelzorg', 'jongerenwerk', 'buurtsport', 'taalcoaching', 'vervoer op maat', 'dagbesteding', 'wijkteams']
const domeinen = ['Jeugd', 'Wmo', 'Participatie', 'Sociaal breed']

/**
 * One Markdown file: frontmatter, koers, principes, `pijlers` thema's with prose, an
 * uitvoeringsagenda with `rows` rows spread over the thema's, and a small financiën table.
 *
 * @param {{ rows?: number, chapters?: number }} size Agenda rows and prose chapters (thema's).
 * @returns {string} The Markdown text.
 */
export function syntheticPlan({ rows = 100, chapters = 5 } = {}) {
  const lines = [
    '---',
    'gemeente: Veldhoven aan de Aa',
    'titel: Programmaplan Samen in de wijk',
    'soort: programmaplan',
    'periode: 2024-2027',
    'status: concept',
    'datum: 2024-02-12',
    '---',
    '',
    '# Ambitie',
    '',
    'Iedere inwoner van de gemeente kan meedoen, dichtbij huis en met hulp die past.',
    '',
    '# Leidende principes',
    '',
    '1. Dichtbij waar het kan',
    '2. Samen met partners',
    '3. Binnen de financiële kaders',
    '',
    "# Thema's",
    ''
  ]
  for (let t = 1; t <= chapters; t++) lines.push(...chapter(t))
  lines.push('# Uitvoeringsagenda', '')
  const perChapter = Math.ceil(rows / chapters)
  let row = 0
  for (let t = 1; t <= chapters && row < rows; t++) {
    lines.push(`## [Thema ${t}](#t${t})`, '', '| Activiteit | Doel | Start | Afronding | Domein |', '|---|---|---|---|---|')
    for (let i = 0; i < perChapter && row < rows; i++, row++) lines.push(agendaRow(t, i, row))
    lines.push('')
  }
  lines.push('# Begrippenlijst', '', '| Begrip | Betekenis |', '|---|---|', '| WT | Wijkteam |', '| GGD | Gemeentelijke gezondheidsdienst |')
  for (let t = 1; t <= chapters; t++) lines.push(`| ${code(t)} | Buurtproject ${t} in ${wijken[t % wijken.length]} |`)
  for (let t = 1; t <= chapters; t++) lines.push(`| Team ${onderwerpen[(t * 3) % onderwerpen.length]} ${t} | Het team dat ${onderwerpen[(t * 3) % onderwerpen.length]} in ${wijken[t % wijken.length]} ${t} uitvoert |`)
  lines.push('')
  lines.push('# Financiën {#financien}', '', '| Domein | 2025 | 2026 |', '|---|---|---|', '| Jeugd | € 120.000 | € 130.000 |', '| Wmo | € 80.000 | € 70.000 |', '| **Totaal** | **€ 200.000** | **€ 200.000** |', '')
  return lines.join('\n')
}

function chapter(t) {
  const wijk = wijken[t % wijken.length]
  const onderwerp = onderwerpen[(t * 3) % onderwerpen.length]
  const jaar = 2024 + (t % 4)
  return [
    `## Thema ${t}: ${capitalise(onderwerp)} in ${wijk} ${t} {#t${t}}`,
    '',
    `In ${wijk} ${t} werken het wijkteam (WT), de gezondheidsdienst (GGD) en het buurtproject ${code(t)} sinds ${jaar} samen aan ${onderwerp}. ` +
      `Ruim ${100 + t} huishoudens kregen in ${jaar - 1} hulp; dat is ${10 + (t % 30)}% meer dan het jaar ervoor. ` +
      `De kosten van € ${(t * 1250).toLocaleString('nl-NL')} per jaar dekken we uit het budget voor ${onderwerp} (zie [Financiën](#financien)).`,
    '',
    `Op ${1 + (t % 28)} maart ${jaar} bespreken we de resultaten met de adviesraad. Daarna volgt een evaluatie door het team ${onderwerp} ${t}.`,
    '',
    '### Doelen',
    '',
    `- Minder wachttijd voor ${onderwerp} in ${wijk} ${t}`,
    `- Meer vrijwilligers voor ${onderwerp}, in ${jaar + 1} ten minste ${20 + t}`,
    ''
  ]
}

function agendaRow(t, i, row) {
  const onderwerp = onderwerpen[(row + t) % onderwerpen.length]
  const start = 2024 + (row % 3)
  return `| ${capitalise(onderwerp)} in buurt ${row + 1} opzetten met partner ${i + 1} | Betere hulp bij ${onderwerp} voor ${row % 50 + 10} gezinnen | ${start} | ${start + 1 + (row % 2)} | ${domeinen[row % domeinen.length]} |`
}

// A distinct abbreviation per chapter (BPA, BPB, …, BPAA, …), so a plan with more chapters has
// more abbreviations, as real plans do.
function code(t) {
  let letters = ''
  for (let n = t; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return `BP${letters}`
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
