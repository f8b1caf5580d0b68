/** Version of kapstok, printed by `--version` and written into SARIF logs. */
export const VERSION = '0.1.0'
