/**
 * Scoring of checker findings against answer keys. Pure: no files, no checker.
 *
 * A finding is *true* when it sits on a line of a defect in the same file; every other finding
 * is false (the evaluation plans are clean except for their planted defects). A defect is
 * *found* when a finding of severity warning or error sits on one of its lines (and *found with
 * info* when any finding does).
 */

/**
 * @typedef {object} Defect A planted or verified defect from an answer key.
 * @property {string} file File relative to the plan folder.
 * @property {number[]} lines Line(s) where the defect sits (1-based).
 * @property {string} class Defect class id (see test/eval/classes.yaml).
 * @property {string} what What is wrong, in Dutch.
 */

/**
 * @typedef {object} Finding One message of the checker.
 * @property {string} file File relative to the plan folder ('' when unknown).
 * @property {number | null} line Line (1-based), null when the message has no place.
 * @property {string} ruleId Rule that reported it.
 * @property {'error' | 'warning' | 'info'} severity Severity.
 * @property {string} message The Dutch message.
 */

/**
 * @typedef {object} Case One plan with its key and the checker's findings.
 * @property {string} name Plan name (folder).
 * @property {Defect[]} defects Defects of the key.
 * @property {{ file: string, line: number }[]} [clean] Lines the key marks as clean look-alikes.
 * @property {Finding[]} findings Findings of the checker.
 */

/**
 * @typedef {object} RuleScore Counts of one rule.
 * @property {number} findings All findings.
 * @property {{ count: number, true: number }} error Findings of severity error and how many are true.
 * @property {{ count: number, true: number }} warning Same for warnings.
 * @property {number} info Findings of severity info.
 */

/**
 * @typedef {object} GroupScore Scores of a group of cases (eval plans or examples).
 * @property {number} defects Number of defects in the keys.
 * @property {number} found Defects found by a warning or error.
 * @property {number} foundWithInfo Defects found by any finding.
 * @property {number | null} recall found / defects (null without defects).
 * @property {number | null} recallWithInfo foundWithInfo / defects.
 * @property {{ count: number, true: number }} error All error findings and the true ones.
 * @property {{ count: number, true: number }} warning All warning findings and the true ones.
 * @property {number} info Info findings.
 * @property {number | null} errorPrecision True errors / errors (null without errors).
 * @property {number | null} warningPrecision True warnings / warnings.
 * @property {Record<string, RuleScore>} rules Per rule.
 * @property {Record<string, { defects: number, found: number, foundWithInfo: number }>} classes Per defect class.
 * @property {{ case: string, file: string, line: number, class: string, what: string, info: string[] }[]} misses
 *   Defects not found by a warning or error (`info`: rules that reported it as info).
 * @property {{ case: string, file: string, line: number | null, ruleId: string, message: string }[]} falseErrors
 *   Error findings on no defect line.
 * @property {{ case: string, file: string, line: number | null, ruleId: string, severity: string, message: string }[]} cleanHits
 *   Warning or error findings on a line the key marks as clean.
 */

/** @param {number} part @param {number} whole @returns {number | null} */
const ratio = (part, whole) => (whole === 0 ? null : part / whole)

/** @param {string} file @param {number | null} line @returns {string} */
const at = (file, line) => `${file}:${line ?? 0}`

/**
 * Score a group of cases.
 *
 * @param {Case[]} cases Plans with keys and findings.
 * @returns {GroupScore} The scores.
 */
export function scoreGroup(cases) {
  /** @type {GroupScore} */
  const score = {
    defects: 0, found: 0, foundWithInfo: 0, recall: null, recallWithInfo: null,
    error: { count: 0, true: 0 }, warning: { count: 0, true: 0 }, info: 0,
    errorPrecision: null, warningPrecision: null,
    rules: {}, classes: {}, misses: [], falseErrors: [], cleanHits: []
  }
  for (const c of cases) {
    const defectLines = new Set(c.defects.flatMap((d) => d.lines.map((line) => at(d.file, line))))
    const cleanLines = new Set((c.clean ?? []).map((entry) => at(entry.file, entry.line)))
    /** @type {Map<string, Finding[]>} */
    const byLine = new Map()
    for (const f of c.findings) {
      const key = at(f.file, f.line)
      byLine.set(key, [...(byLine.get(key) ?? []), f])
      const rule = (score.rules[f.ruleId] ??= { findings: 0, error: { count: 0, true: 0 }, warning: { count: 0, true: 0 }, info: 0 })
      rule.findings++
      const isTrue = f.line !== null && defectLines.has(key)
      if (f.severity === 'info') {
        rule.info++
        score.info++
        continue
      }
      rule[f.severity].count++
      score[f.severity].count++
      if (isTrue) {
        rule[f.severity].true++
        score[f.severity].true++
      } else {
        if (f.severity === 'error') score.falseErrors.push({ case: c.name, file: f.file, line: f.line, ruleId: f.ruleId, message: f.message })
        if (cleanLines.has(key)) score.cleanHits.push({ case: c.name, file: f.file, line: f.line, ruleId: f.ruleId, severity: f.severity, message: f.message })
      }
    }
    for (const d of c.defects) {
      const hits = d.lines.flatMap((line) => byLine.get(at(d.file, line)) ?? [])
      const found = hits.some((f) => f.severity !== 'info')
      const klass = (score.classes[d.class] ??= { defects: 0, found: 0, foundWithInfo: 0 })
      score.defects++
      klass.defects++
      if (hits.length > 0) {
        score.foundWithInfo++
        klass.foundWithInfo++
      }
      if (found) {
        score.found++
        klass.found++
      } else {
        score.misses.push({ case: c.name, file: d.file, line: d.lines[0] ?? 0, class: d.class, what: d.what, info: [...new Set(hits.map((f) => f.ruleId))] })
      }
    }
  }
  score.recall = ratio(score.found, score.defects)
  score.recallWithInfo = ratio(score.foundWithInfo, score.defects)
  score.errorPrecision = ratio(score.error.true, score.error.count)
  score.warningPrecision = ratio(score.warning.true, score.warning.count)
  return score
}
