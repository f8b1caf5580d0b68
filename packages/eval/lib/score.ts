/**
 * Scoring of checker findings against answer keys. Pure: no files, no checker.
 *
 * A finding is *true* when it sits on a line of a defect in the same file; every other finding
 * is false (the evaluation plans are clean except for their planted defects). A defect is
 * *found* when a finding of severity warning or error sits on one of its lines (and *found with
 * info* when any finding does).
 */

/** A planted or verified defect from an answer key. */
export interface Defect {
  /** File relative to the plan folder. */
  file: string
  /** Line(s) where the defect sits (1-based). */
  lines: number[]
  /** Defect class id (see test/eval/classes.yaml). */
  class: string
  /** What is wrong, in Dutch. */
  what: string
}

/** One message of the checker. */
export interface Finding {
  /** File relative to the plan folder ('' when unknown). */
  file: string
  /** Line (1-based), null when the message has no place. */
  line: number | null
  /** Rule that reported it. */
  ruleId: string
  /** Severity. */
  severity: 'error' | 'warning' | 'info'
  /** The Dutch message. */
  message: string
}

/** One plan with its key and the checker's findings. */
export interface Case {
  /** Plan name (folder). */
  name: string
  /** Defects of the key. */
  defects: Defect[]
  /** Lines the key marks as clean look-alikes. */
  clean?: { file: string; line: number }[]
  /** Findings of the checker. */
  findings: Finding[]
}

/** Findings of one severity and how many of them are true. */
export interface Counted {
  /** All findings of the severity. */
  count: number
  /** Those on a defect line. */
  true: number
}

/** Counts of one rule. */
export interface RuleScore {
  /** All findings. */
  findings: number
  /** Findings of severity error and how many are true. */
  error: Counted
  /** Same for warnings. */
  warning: Counted
  /** Findings of severity info. */
  info: number
}

/** A defect not found by a warning or error. */
export interface Miss {
  case: string
  file: string
  line: number
  class: string
  what: string
  /** Rules that reported it as info. */
  info: string[]
}

/** An error finding on no defect line. */
export interface FalseError {
  case: string
  file: string
  line: number | null
  ruleId: string
  message: string
}

/** A warning or error finding on a line the key marks as clean. */
export interface CleanHit extends FalseError {
  severity: string
}

/** Scores of a group of cases (eval plans or examples). */
export interface GroupScore {
  /** Number of defects in the keys. */
  defects: number
  /** Defects found by a warning or error. */
  found: number
  /** Defects found by any finding. */
  foundWithInfo: number
  /** found / defects (null without defects). */
  recall: number | null
  /** foundWithInfo / defects. */
  recallWithInfo: number | null
  /** All error findings and the true ones. */
  error: Counted
  /** All warning findings and the true ones. */
  warning: Counted
  /** Info findings. */
  info: number
  /** True errors / errors (null without errors). */
  errorPrecision: number | null
  /** True warnings / warnings. */
  warningPrecision: number | null
  /** Per rule. */
  rules: Record<string, RuleScore>
  /** Per defect class. */
  classes: Record<string, { defects: number; found: number; foundWithInfo: number }>
  /** Defects not found by a warning or error (`info`: rules that reported it as info). */
  misses: Miss[]
  /** Error findings on no defect line. */
  falseErrors: FalseError[]
  /** Warning or error findings on a line the key marks as clean. */
  cleanHits: CleanHit[]
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)

const at = (file: string, line: number | null): string => `${file}:${line ?? 0}`

/**
 * Score a group of cases.
 *
 * @param cases Plans with keys and findings.
 * @returns The scores.
 */
export function scoreGroup(cases: Case[]): GroupScore {
  const score: GroupScore = {
    defects: 0, found: 0, foundWithInfo: 0, recall: null, recallWithInfo: null,
    error: { count: 0, true: 0 }, warning: { count: 0, true: 0 }, info: 0,
    errorPrecision: null, warningPrecision: null,
    rules: {}, classes: {}, misses: [], falseErrors: [], cleanHits: []
  }
  for (const c of cases) {
    const defectLines = new Set(c.defects.flatMap((d) => d.lines.map((line) => at(d.file, line))))
    const cleanLines = new Set((c.clean ?? []).map((entry) => at(entry.file, entry.line)))
    const byLine = new Map<string, Finding[]>()
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
