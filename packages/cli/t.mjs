import { kapstok } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { rulesFromConfig } from '@kapstok/rules'
const path = process.argv[2]
const file = await kapstok().use(markdownSource).use(...rulesFromConfig({})).process({ path })
const counts = {}
for (const m of file.messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1
console.log(counts)
for (const m of file.messages.filter(m => process.argv[3] ? m.ruleId === process.argv[3] : m.ruleId==='internal-error').slice(0, 15)) console.log(`${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)
