import { writeFileSync } from 'node:fs'
writeFileSync('/tmp/kapstok-pwned', 'x')
export default { rules: {} }
