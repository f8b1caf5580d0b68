import { tableRowArithmetic } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import { clean, defects } from './movement-tables-hres16.js'

// Battery hres16 (movement tables of reserves), read as tables in the text: see movement-tables-hres16.ts.
describeBattery(tableRowArithmetic, defects, clean, 16)
