/**
 * Who a complaint is about, where someone complains on behalf of a client: both IZW ("de
 * wettelijk vertegenwoordiger van de klant, of nabestaande van een overleden klant") and Krachtig
 * Perspectief ("vertegenwoordiger"). Pure rules: the refusals, and the matching of a
 * complainant's other files.
 */
import { actsForClient, clientRefusals } from '../../../src/procedure/client'
import { describeRefusal } from '../../../src/procedure/messages'
import { missingData } from '../../../src/procedure/requiredData'
import { seedRegulations } from '../../../src/procedure'
import { sameComplainant } from '../../../src/privacy/sameComplainant'

import type { ComplainantRole } from '../../../src/procedure/rules'

describe('who complains on behalf of a client', () => {
  it.each<[ComplainantRole | null, boolean]>([
    ['legalRepresentative', true],
    ['representative', true],
    ['survivingRelative', true],
    ['client', false],
    ['legalEntity', false],
    ['commissioningParty', false],
    ['other', false],
    [null, false],
  ])('%s: %s', (role, expected) => {
    expect(actsForClient(role)).toBe(expected)
  })
})

describe('the client a complaint is about', () => {
  it.each<[string, ComplainantRole | null, Record<string, string> | null, string[]]>([
    ['a legal representative names the client', 'legalRepresentative', { name: 'Jan' }, []],
    [
      'a surviving relative without the client',
      'survivingRelative',
      null,
      ['clientMissing:client.name'],
    ],
    [
      'a representative with only a date of birth',
      'representative',
      { dateOfBirth: '1950-03-03' },
      ['clientMissing:client.name'],
    ],
    [
      'a representative with a blank name',
      'representative',
      { name: '   ' },
      ['clientMissing:client.name'],
    ],
    ['the client, nothing of a client', 'client', null, []],
    ['the client, an empty client', 'client', { name: '', number: '' }, []],
    [
      'no role (the client), with a client',
      null,
      { name: 'Jan' },
      ['clientNotApplicable:client.name'],
    ],
    [
      'an organisation, with a client number',
      'legalEntity',
      { number: '4711' },
      ['clientNotApplicable:client.number'],
    ],
    [
      'a commissioning party, with a date of birth',
      'commissioningParty',
      { dateOfBirth: '1950-03-03' },
      ['clientNotApplicable:client.dateOfBirth'],
    ],
  ])('%s', (_title, role, client, expected) => {
    expect(clientRefusals(role, client).map((each) => `${each.rule}:${each.field}`)).toEqual(
      expected,
    )
  })

  it('refuses in Dutch and English, naming the role and the rule', () => {
    const [missing] = clientRefusals('legalRepresentative', null)
    expect(describeRefusal(missing!, 'nl')).toBe(
      'Een wettelijk vertegenwoordiger klaagt namens een cliënt: vul de naam in van de cliënt om wie de klacht gaat.',
    )
    expect(describeRefusal(missing!, 'en')).toBe(
      'A legal representative complains on behalf of a client: fill in the name of the client the complaint is about.',
    )
    const [stray] = clientRefusals('client', { name: 'Jan' })
    expect(describeRefusal(stray!, 'nl')).toBe(
      'Een cliënt klaagt in eigen naam, niet namens een cliënt: laat de gegevens van de cliënt leeg. Alleen een wettelijk vertegenwoordiger, vertegenwoordiger of nabestaande klaagt namens een cliënt.',
    )
    expect(describeRefusal(stray!, 'en')).toBe(
      "A client complains in their own right, not on behalf of a client: leave the client's details empty. Only a legal representative, representative or surviving relative complains on behalf of a client.",
    )
  })

  it('is among what the regulation asks before handling starts', () => {
    const rules = seedRegulations['izw-ambulant'].rules
    const data = {
      name: 'P. Bakker',
      address: 'Kerkweg 2',
      city: 'Zeist',
      phone: '06 12345678',
      description: 'Hulp kwam niet.',
      role: 'survivingRelative' as const,
    }
    expect(missingData(rules, data).map((each) => each.rule)).toEqual(['clientMissing'])
    expect(missingData(rules, { ...data, client: { name: 'Jan Bakker' } })).toEqual([])
  })
})

describe("a complainant's other files", () => {
  const file = (id: number, name: string, role: string, email = 'familie@example.nl') => ({
    id,
    complainant: { name, role, email },
  })

  it('follows the e-mail address of someone complaining for themselves', () => {
    const { matches } = sameComplainant(1, file(1, 'Jan Bakker', 'client').complainant)
    expect(matches(file(2, 'J. Bakker', 'client'))).toBe(true)
  })

  it('keeps a representative apart from the client who writes from the same address', () => {
    const mother = sameComplainant(1, file(1, 'Anna Bakker', 'legalRepresentative').complainant)
    expect(mother.matches(file(2, 'Jan Bakker', 'client'))).toBe(false)
    expect(mother.matches(file(3, 'Anna Bakker', 'legalRepresentative'))).toBe(true)
    expect(mother.matches(file(4, 'anna bakker ', 'client'))).toBe(true)
    const son = sameComplainant(2, file(2, 'Jan Bakker', 'client').complainant)
    expect(son.matches(file(1, 'Anna Bakker', 'legalRepresentative'))).toBe(false)
  })

  it('keeps two relatives apart who share an address', () => {
    const father = sameComplainant(1, file(1, 'Kees Bakker', 'survivingRelative').complainant)
    expect(father.matches(file(2, 'Anna Bakker', 'survivingRelative'))).toBe(false)
  })
})
