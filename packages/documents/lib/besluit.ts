import type { Plan } from '@kapstok/core'
import { dateText } from './format.js'
import type { Labels } from './labels.js'
import type { BesluitBlock } from './types.js'

/**
 * The raadsbesluit in its fixed legal form, from `plan.besluit`, with what is missing derived
 * from the rest of the model:
 *
 * - aanhef: `De raad van de gemeente <gemeente>;`
 * - gelezen: `gelezen het voorstel van het college van burgemeester en wethouders van <datum>[, nummer <registratienummer>];`
 * - gelet op: the publicatie's `grondslagen` (never invented)
 * - dicta: `besluit.besluitpunten`, else the raadsvoorstel's beslispunten, else
 *   `het <soort> <titel> vast te stellen.` (`de` for de-words such as beleidsnota)
 * - slot: `besluit.slot` as adopted, else `Aldus besloten in de openbare vergadering van <vergaderdatum>.` (`…` when unknown)
 * - ondertekening: `besluit.griffierRol`/`voorzitterRol` as signed (`De griffier (a.i.)`), else the labels
 *
 * @param plan The model.
 * @param labels Labels.
 * @returns The besluit block.
 */
export function buildBesluit(plan: Plan, labels: Labels): BesluitBlock {
  const besluit = plan.besluit ?? {}
  const voorstel = plan.raadsvoorstel ?? {}
  const document = plan.document
  const soort = `${labels.lidwoord[document.soort]} ${labels.soort[document.soort].toLowerCase()}`

  const overwegingen: string[] = []
  // Only the college's own decision date belongs here; the plan's date is another date. An
  // adopted besluit is shown as it was adopted: nothing is derived into it.
  const collegeDatum = dateText(voorstel.datumCollege)
  const gelezen = besluit.gelezen
    ? clause('gelezen', besluit.gelezen, ['gelezen', 'gezien'])
    : document.status === 'vastgesteld'
      ? undefined
      : `gelezen het voorstel van het college van burgemeester en wethouders${collegeDatum ? ` van ${collegeDatum}` : ''}${
          voorstel.registratienummer ? `, nummer ${voorstel.registratienummer}` : ''
        };`
  if (gelezen) overwegingen.push(gelezen)
  for (const text of besluit.gehoord ?? []) overwegingen.push(clause('gehoord', text))
  for (const text of besluit.overwegende ?? []) overwegingen.push(clause('overwegende', text))
  const geletOp = besluit.geletOp ?? document.publicatie?.grondslagen ?? []
  for (const text of geletOp) overwegingen.push(clause('gelet op', text))

  const points = besluit.besluitpunten?.length
    ? besluit.besluitpunten
    : voorstel.beslispunten?.length
      ? voorstel.beslispunten
      : [`${soort} ${document.titel} vast te stellen.`]

  const block: BesluitBlock = {
    type: 'besluit',
    aanhef: besluit.aanhef ? terminate(besluit.aanhef) : `De raad van de gemeente ${document.gemeente};`,
    overwegingen,
    besluit: 'besluit:',
    dicta: points.map((text, index) => ({ number: `${index + 1}.`, text: stripNumber(text) })),
    slot: besluit.slot ?? `Aldus besloten in de openbare vergadering van ${dateText(besluit.vergaderdatum) ?? '…'}.`,
    ondertekening: [
      { rol: besluit.griffierRol ?? labels.raadsvoorstel.griffier ?? 'De griffier', naam: besluit.griffier ?? '' },
      { rol: besluit.voorzitterRol ?? labels.raadsvoorstel.voorzitter ?? 'De voorzitter', naam: besluit.voorzitter ?? '' }
    ]
  }
  if (besluit.intitule) block.intitule = besluit.intitule
  return block
}

// `gelet op artikel 4:81 Awb;` from `artikel 4:81 Awb`, keeping a text that already starts so.
function clause(word: string, text: string, accepted: string[] = [word]): string {
  const trimmed = text.trim()
  const lower = trimmed.toLowerCase()
  const starts = accepted.some((w) => lower.startsWith(`${w} `))
  return terminate(starts ? trimmed : `${word} ${trimmed}`)
}

function terminate(text: string): string {
  const trimmed = text.trim().replace(/[.,]$/, '')
  return trimmed.endsWith(';') ? trimmed : `${trimmed};`
}

// Dicta are numbered by the renderer; drop a number the source already wrote.
function stripNumber(text: string): string {
  return text.trim().replace(/^\d+[.)]\s+/, '')
}
