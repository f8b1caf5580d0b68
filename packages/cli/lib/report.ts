import { resolve } from 'node:path'
import type { PlanFile } from '@kapstok/core'
import type { ReportFile, ReportInput, RuleMeta } from '@kapstok/reporters'
import { activeRules, ruleExamples, type RulesConfig } from '@kapstok/rules'
import { ruleDocsUrl } from '@kapstok/core'
import { EXIT } from './io.js'

/**
 * Group a plan file's messages per source file for the reporters; sources without messages
 * are listed too (they count as checked and clean).
 *
 * @param file The processed plan.
 * @param cwd Folder paths are shown relative to.
 * @returns Reporter input.
 */
export function reportInput(file: PlanFile, cwd: string): ReportInput {
  const byPath = new Map<string, ReportFile>()
  for (const source of file.sources) byPath.set(source.path, { path: source.path, messages: [] })
  for (const message of file.messages) {
    const path = message.file || file.path
    const entry = byPath.get(path) ?? { path, messages: [] }
    entry.messages.push(message)
    byPath.set(path, entry)
  }
  // Reporters show absolute paths relative to `cwd`; the reader's paths are relative to the
  // process's folder, which need not be `cwd` (tests, embedding tools).
  const files = [...byPath.values()].map((entry) => ({ ...entry, path: resolve(entry.path) }))
  return { files, cwd }
}

/**
 * Metadata of the rules a configuration runs, for reporters that list rules (SARIF): the
 * Dutch description, what the rule checks and why, how to switch it off, and its docs URL.
 *
 * @param config The plan's configuration.
 * @returns One entry per active rule.
 */
export function reportRules(config: RulesConfig): RuleMeta[] {
  return activeRules(config).map(({ rule, severity }) => {
    const url = ruleDocsUrl(rule.id)
    const failing = ruleExamples(rule.docs).notOk[0]
    const help = [
      `**${rule.description}**`,
      '',
      rule.docs.what,
      '',
      `Waarom: ${rule.docs.why}`,
      ...(failing ? ['', `Voorbeeld van een melding: ${failing.expected[0] ?? ''}`] : []),
      '',
      `Uitzetten voor één plek: \`<!-- kapstok-disable-next-line ${rule.id} -->\`; voor het hele plan: \`rules: { ${rule.id}: off }\` in kapstok.config.yaml.`,
      '',
      `Documentatie: ${url}`
    ].join('\n')
    return { id: rule.id, severity, description: rule.description, fullDescription: rule.docs.what, help, url }
  })
}

/**
 * The exit code a checked plan gives: 3 when a stage crashed (an `internal-error` message;
 * CI must not read a crash as findings), else 1 when there are errors, else 0.
 *
 * @param file The processed plan.
 * @returns The exit code before warning thresholds.
 */
export function exitCodeOf(file: PlanFile): number {
  if (file.messages.some((m) => m.ruleId === 'internal-error')) return EXIT.internal
  return file.hasErrors ? EXIT.problems : EXIT.ok
}
