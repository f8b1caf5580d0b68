import { tableRowArithmetic } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A row is a total when its label says so (`Totaal`, `Subtotaal lasten`, `Lasten totaal`, `Samen`);
// a name that starts with a total word (`Samen in de buurt`) is a row like the others.
const table = (rows: Array<[string, string]>): string[] => ['| Thema | Budget |', '|---|---|', ...rows.map(([l, v]) => `| ${l} | € ${v} |`)]

const defects: DefectWording[] = [
  ['a Totaal row that is not the sum', table([['Wonen', '10.000'], ['Zorg', '20.000'], ['Totaal', '35.000']]), '35.000'],
  ['a Samen row that is not the sum', table([['Wonen', '10.000'], ['Zorg', '20.000'], ['Samen', '25.000']]), '25.000'],
  ['a subtotal that is not the sum', table([['Wonen', '10.000'], ['Zorg', '20.000'], ['Subtotaal lasten', '31.000']]), '31.000']
]

const clean: CleanWording[] = [
  ['a last row named with samen', table([['Schoon en heel', '10.000'], ['Veilig op straat', '20.000'], ['Samen in de buurt', '5.000']])],
  ['a row named with samen in the middle', table([['Wonen', '10.000'], ['Samen sterk', '20.000'], ['Zorg', '30.000']])],
  ['a Totaal row that is the sum', table([['Wonen', '10.000'], ['Zorg', '20.000'], ['Totaal', '30.000']])]
]

describeWordings(tableRowArithmetic, defects, clean)
