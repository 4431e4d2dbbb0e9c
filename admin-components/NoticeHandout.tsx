import React from 'react'

import type { UIFieldServerProps } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { resolveIntakeOptions } from '../src/intake/resolveIntakeOptions'
import { handoutsOf } from '../src/notices/handout'
import { optionsOf } from '../src/pluginOptions'
import { slugsOf } from '../src/slugs'
import { translate } from '../src/translations'

import type { TranslationKey } from '../src/translations'

/**
 * On a client's record: the regulation as the client gets it, in Dutch and in English: its
 * public page to open and print (to hand over or post), and an e-mail with its link.
 */
export const NoticeHandout = async ({ data, req }: UIFieldServerProps) => {
  const language = req.i18n.language === 'en' ? 'en' : 'nl'
  const t = (key: TranslationKey) => translate(key, language)
  const id = idOf(data?.regulation)
  const regulation = id
    ? ((await req.payload.findByID({
        collection: slugsOf(req).regulations,
        id,
        depth: 0,
        req,
        disableErrors: true,
      })) as { slug?: string; organisation?: string } | null)
    : null
  const options = optionsOf(req)
  return (
    <div className="field-type" data-testid="notice-handout" style={{ marginBottom: '1.5rem' }}>
      <h3 style={{ margin: '0 0 .25rem' }}>{t('field.handout')}</h3>
      {regulation?.slug ? (
        <>
          <p style={{ margin: '0 0 .75rem' }}>{t('handout.help')}</p>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {handoutsOf(resolveIntakeOptions(options.intake, options), {
              slug: regulation.slug,
              organisation: regulation.organisation,
            }).map((handout) => (
              <li
                key={handout.lang}
                data-testid={`handout-${handout.lang}`}
                style={{ margin: '0 0 .75rem' }}
              >
                <strong>{t(`handout.${handout.lang}`)}</strong>{' '}
                <a
                  className="btn btn--style-secondary btn--size-small"
                  style={{ margin: '0 .5rem' }}
                  href={handout.url}
                  target="_blank"
                  rel="noopener"
                  hrefLang={handout.lang}
                >
                  {t('handout.open')}
                </a>
                <a
                  className="btn btn--style-secondary btn--size-small"
                  style={{ margin: 0 }}
                  href={handout.mailto}
                >
                  {t('handout.email')}
                </a>
                <br />
                <code>{handout.url}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('handout.chooseRegulation')}</p>
      )}
    </div>
  )
}
