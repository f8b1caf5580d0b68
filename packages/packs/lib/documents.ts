import type { PlanFile, Plan } from '@kapstok/core'
import { documentKinds, supportedDocuments, type DocumentKind } from '@kapstok/documents'

/**
 * The documents to render: those requested (default: all), that the plan supports and the
 * pack provides. A requested document that cannot be made gets an info message saying why —
 * once, however many renderers (html, md, pdf) ask. When nothing was requested and the plan
 * supports no document at all, each document says why, so a build that writes nothing is
 * never silent about the reason.
 *
 * @param model The model.
 * @param file The plan file, for messages.
 * @param requested Requested documents (optional).
 * @param provided Documents the pack provides.
 * @returns Document kinds in the usual order.
 */
export function documentsToRender(
  model: Plan,
  file: PlanFile,
  requested: string[] | undefined,
  provided: DocumentKind[]
): DocumentKind[] {
  const supported = supportedDocuments(model)
  const explain = requested !== undefined || supported.length === 0
  const wanted = requested ?? (supported.length > 0 ? supported : documentKinds.filter((k) => k !== 'wijzigingen'))
  const out: DocumentKind[] = []
  for (const kind of documentKinds) {
    if (!wanted.includes(kind)) continue
    if (!supported.includes(kind)) {
      if (explain) {
        // Placed at the plan's `soort`: what the plan says it is decides what it must contain.
        note(file, `Document \`${kind}\` is overgeslagen: het model heeft er geen inhoud voor. Voeg ${need[kind]} toe`, {
          ruleId: 'render-document-unsupported',
          source: '@kapstok/packs',
          severity: 'info',
          pointer: '/document/soort'
        })
      }
      continue
    }
    if (!provided.includes(kind)) {
      note(file, `Document \`${kind}\` is overgeslagen: het sjabloonpakket heeft er geen opmaak voor. Kies een ander pakket of voeg \`${kind}\` toe aan \`documents\` in \`pack.json\``, {
        ruleId: 'render-document-unsupported',
        source: '@kapstok/packs',
        severity: 'info'
      })
      continue
    }
    out.push(kind)
  }
  for (const kind of wanted) {
    if (!(documentKinds as readonly string[]).includes(kind)) {
      note(file, `Onbekend document \`${kind}\`: kies uit ${documentKinds.map((k) => `\`${k}\``).join(', ')}`, {
        ruleId: 'render-document-unknown',
        source: '@kapstok/packs',
        severity: 'warning'
      })
    }
  }
  return out
}

const need: Record<DocumentKind, string> = {
  programmaplan: 'een uitvoeringsagenda (`acties`)',
  beleidskader: 'een koers, principes of pijlers',
  raadsvoorstel: 'een `besluit` of `raadsvoorstel`',
  wijzigingen: 'een tweede versie om mee te vergelijken (`kapstok diff`)'
}

// Each renderer asks for the same documents; say why one is skipped only once.
function note(file: PlanFile, reason: string, options: Parameters<PlanFile['message']>[1]): void {
  if (file.messages.some((m) => m.ruleId === options.ruleId && m.reason === reason)) return
  file.message(reason, options)
}
