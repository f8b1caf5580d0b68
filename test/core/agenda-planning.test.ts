import { agendaPlanning, checkPlanSchema, kapstok, withPlanning, type Plan } from '@kapstok/core'
import { agendaCsv } from '@kapstok/render-html'
import { describe, expect, it } from 'vitest'

const plan: Plan = {
  document: { gemeente: 'G', titel: 'T', soort: 'programmaplan', status: 'concept' },
  acties: [
    { id: 'a1', activiteit: 'Powerful Ageing', start: 'medio 2022', eind: '12-2023' },
    { id: 'a2', activiteit: 'Overleg', start: '2022', eind: 'Doorlopend' },
    { id: 'a3', activiteit: 'Kapot', start: 'Juni Maart-2022' },
    { id: 'a4', activiteit: 'Leeg' }
  ]
}

describe('agenda planning transform', () => {
  it('should read start and eind as periods with their confidence, keeping the text', () => {
    expect(withPlanning(plan.acties![0]!)).toEqual({
      id: 'a1',
      activiteit: 'Powerful Ageing',
      start: 'medio 2022',
      eind: '12-2023',
      planning: { start: { van: '2022-05-01', tot: '2022-08-31', zekerheid: 0.7 }, eind: { van: '2023-12-01', tot: '2023-12-31', zekerheid: 1 } }
    })
  })

  it('should mark ongoing work and leave unreadable or empty dates without a period', () => {
    expect(withPlanning(plan.acties![1]!).planning).toEqual({ start: { van: '2022-01-01', tot: '2022-12-31', zekerheid: 1 }, doorlopend: true })
    expect(withPlanning(plan.acties![2]!)).not.toHaveProperty('planning')
    expect(withPlanning(plan.acties![3]!)).not.toHaveProperty('planning')
  })

  it('should run as the transform stage and keep the model valid against the schema', async () => {
    const source = function (this: ReturnType<typeof kapstok>) {
      this.parser((_input, file) => void (file.model = structuredClone(plan)))
    }
    const file = await kapstok().use(source).use(agendaPlanning).process({ path: 'x' })
    expect(file.model?.acties?.map((a) => a.planning?.start?.van ?? null)).toEqual(['2022-05-01', '2022-01-01', null, null])
    expect(checkPlanSchema(file.model)).toEqual([])
  })

  it('should add sortable ISO dates to the CSV export once the plan is planned', async () => {
    const planned = { ...plan, acties: plan.acties!.map(withPlanning) }
    const [header, first] = agendaCsv(planned, { bom: false }).split('\r\n')
    expect(header?.split(';').slice(-2)).toEqual(['startdatum', 'einddatum'])
    expect(first?.split(';').slice(-2)).toEqual(['2022-05-01', '2023-12-31'])
    expect(agendaCsv(plan, { bom: false }).split('\r\n')[0]).not.toContain('startdatum')
  })
})
