import { financeSumMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'
import { clean, defects } from './movement-tables-hres16.js'

// Battery hres16, finance form: the same movement tables in a finance chapter, where the reader
// makes finance tables of them. A broken row is a `fout` at that row; the column total it throws
// off says nothing (one message per defect).
const inFinance = (body: string[]): string[] => ['# Financiën', ...body.slice(1)]

describeBattery(
  financeSumMismatch,
  defects.map(([name, body, words]): BatteryWording => [name, inFinance(body), words]),
  clean.map(([name, body]): CleanWording => [name, inFinance(body)]),
  16
)
