import type { VFileMessage } from 'vfile-message'
import type { PlanFile } from './plan-file.js'

/** `file.data` key set by the schema validator when the model does not match the schema. */
export const SCHEMA_INVALID = 'schemaInvalid'

const SKIPPED = 'skippedChecks'

/** `file.data` key: formats whose renderer failed (a build must then write nothing). */
export const RENDER_FAILED = 'renderFailed'

/**
 * Report that a stage (a validator, rule, transformer or renderer) threw. A check that throws
 * on a model that already failed the schema is skipped, with one message for all such checks:
 * the schema errors are what to fix, and checks may assume a model of the right shape. On a
 * valid model a throw is a bug in kapstok: one `internal-error` message naming the stage
 * (the CLI exits 3 on it).
 *
 * @param file The plan file.
 * @param name The stage, e.g. a rule id or `render-pdf`.
 * @param error What was thrown.
 * @param options `source` of the message; `skippable`: whether a schema-invalid model excuses the throw (default: `true`).
 */
export function reportCrash(file: PlanFile, name: string, error: unknown, options: { source: string; skippable?: boolean }): void {
  if (options.skippable !== false && file.data[SCHEMA_INVALID] === true) {
    const skipped = (file.data[SKIPPED] ??= { names: [] as string[] }) as { names: string[]; message?: VFileMessage }
    skipped.names.push(name)
    const reason = `${skipped.names.map((n) => `\`${n}\``).join(', ')} overgeslagen: het model voldoet niet aan het schema; los eerst de schemafouten op`
    if (skipped.message) {
      skipped.message.reason = reason
      skipped.message.message = reason
    } else {
      skipped.message = file.message(reason, { ruleId: 'checks-skipped', source: options.source, severity: 'info', pointer: '' })
    }
    return
  }
  const detail = error instanceof Error ? error.message : String(error)
  file.message(`Interne fout in \`${name}\`: ${detail}. Meld dit als fout in kapstok.`, {
    ruleId: 'internal-error',
    source: options.source,
    note: error instanceof Error ? error.stack : undefined
  })
}
