import { handoutsOf } from '../../src/notices/handout'

describe('what staff give a client', () => {
  const [nl, en] = handoutsOf(
    { publicUrl: 'https://klachten.example.org', pagesPath: '/klacht' },
    { slug: 'in-focus-samen', organisation: 'IN FOCUS Samen' },
  )

  it("is the regulation's public page, in Dutch and in English", () => {
    expect(nl!.url).toBe('https://klachten.example.org/klacht/in-focus-samen/regeling?lang=nl')
    expect(en!.url).toBe('https://klachten.example.org/klacht/in-focus-samen/regeling?lang=en')
  })

  it('goes by e-mail in the language of the link, with the link in it', () => {
    const mail = (mailto: string) => new URL(mailto.replace('mailto:', 'mailto://x/'))
    expect(mail(nl!.mailto).searchParams.get('subject')).toBe('Klachtenregeling IN FOCUS Samen')
    expect(mail(nl!.mailto).searchParams.get('body')).toBe(
      'Hierbij ontvangt u de klachtenregeling van IN FOCUS Samen, zoals besproken bij de start van uw traject:\n\nhttps://klachten.example.org/klacht/in-focus-samen/regeling?lang=nl\n\nDaar leest u ook hoe u een klacht indient.',
    )
    expect(mail(en!.mailto).searchParams.get('subject')).toBe(
      'Complaints regulation IN FOCUS Samen',
    )
    expect(mail(en!.mailto).searchParams.get('body')).toContain(
      'https://klachten.example.org/klacht/in-focus-samen/regeling?lang=en',
    )
  })
})
