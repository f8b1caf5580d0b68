/**
 * Run the checker on one plan the way `kapstok check` does: the plan's own configuration
 * (recommended preset unless it says otherwise), the CLI's processor, parse and validate.
 */
import { relative, resolve } from 'node:path'
import { loadConfig, createProcessor } from '@kapstok/cli'
import { diagnosticToJson } from '@kapstok/core'

/**
 * Findings of the checker on a plan, with files relative to the plan folder.
 *
 * @param {string} planDir Plan folder.
 * @returns {Promise<import('./score.mjs').Finding[]>} The findings.
 */
export async function checkPlan(planDir) {
  const path = resolve(planDir)
  const loaded = await loadConfig(path)
  const processor = await createProcessor(loaded, { formats: [] })
  const file = await processor.parse({ path })
  await processor.validate(file)
  return file.messages.map((message) => {
    const json = diagnosticToJson(message, path)
    return {
      file: json.file ? relative(path, resolve(json.file)) : '',
      line: json.line,
      ruleId: json.ruleId ?? '(reader)',
      severity: json.severity,
      message: json.message
    }
  })
}
