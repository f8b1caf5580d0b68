import type { PlanFile } from '@kapstok/core'
import { documentKinds, type DocumentKind } from '@kapstok/documents'
import { PackError } from './error.js'
import { isRecord } from './manifest.js'
import { reportPackError } from './report.js'

/** What a plan's configuration may set per document (`documents: { programmaplan: { timeline: false } }`). */
export interface DocumentOptions {
  /** Draw a timeline of the uitvoeringsagenda (default: `true` in the programmaplan). */
  timeline?: boolean
}

/** Options per document kind. */
export type DocumentOptionsByKind = Partial<Record<DocumentKind, DocumentOptions>>

/** The settings a document accepts, with the type each must have. */
const known: Record<keyof DocumentOptions, 'boolean'> = { timeline: 'boolean' }

/**
 * Read and check `documents` from a plan's configuration: an object with one object of
 * settings per document kind.
 *
 * @param settings `processor.settings` (the whole `kapstok.config.*`) (optional).
 * @returns The options per document; throws `PackError` (Dutch, naming the setting) for an
 *   unknown document, an unknown setting or a value of the wrong type.
 */
export function readDocumentOptions(settings: Record<string, unknown> | undefined): DocumentOptionsByKind {
  const value = settings?.documents
  if (value === undefined) return {}
  const example = '`{ programmaplan: { timeline: true } }`'
  if (!isRecord(value)) throw new PackError(`Ongeldige \`documents\`: verwacht per document een object met instellingen, bijvoorbeeld ${example}`, ['documents'])
  const out: DocumentOptionsByKind = {}
  for (const [kind, options] of Object.entries(value)) {
    const at = ['documents', kind]
    if (!(documentKinds as readonly string[]).includes(kind)) {
      throw new PackError(`Onbekend document \`${kind}\` in \`documents\`: kies uit ${documentKinds.map((k) => `\`${k}\``).join(', ')}`, at)
    }
    if (!isRecord(options)) throw new PackError(`Ongeldige instellingen \`${String(options)}\` voor \`${kind}\`: verwacht een object, bijvoorbeeld \`{ timeline: true }\``, at)
    for (const [key, setting] of Object.entries(options)) {
      const type = known[key as keyof DocumentOptions]
      if (!type) {
        throw new PackError(`Onbekende instelling \`${key}\` voor \`${kind}\`: gebruik ${Object.keys(known).map((k) => `\`${k}\``).join(', ')}`, [...at, key])
      }
      if (typeof setting !== type) {
        throw new PackError(`Ongeldige waarde \`${String(setting)}\` voor \`documents.${kind}.${key}\`: gebruik \`true\` of \`false\``, [...at, key])
      }
    }
    out[kind as DocumentKind] = options as DocumentOptions
  }
  return out
}

/**
 * The options per document of a render. A problem is reported once on the plan file, at the
 * setting in `kapstok.config.*`; the documents are then made with their defaults.
 *
 * @param file The plan file (messages go here).
 * @param settings `processor.settings` (optional).
 * @returns The options per document (empty after a problem).
 */
export function documentOptionsFor(file: PlanFile, settings: Record<string, unknown> | undefined): DocumentOptionsByKind {
  try {
    return readDocumentOptions(settings)
  } catch (error) {
    reportPackError(file, error, settings)
    return {}
  }
}
