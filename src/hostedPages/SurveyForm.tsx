'use client'

import { useEffect, useRef, useState } from 'react'

import type { FormEvent, MouseEvent } from 'react'

/** The texts of the form in the page's language, filled in by the server (SurveyPage). */
export type SurveyFormTexts = Record<
  | 'required'
  | 'optional'
  | 'scoreLegend'
  | 'scoreHelp'
  | 'score1'
  | 'score2'
  | 'score3'
  | 'score4'
  | 'score5'
  | 'handledWellLegend'
  | 'yes'
  | 'no'
  | 'commentLabel'
  | 'commentHelp'
  | 'submit'
  | 'sending'
  | 'errorSummary'
  | 'thanksTitle'
  | 'thanks'
  | 'answeredTitle'
  | 'answered'
  | 'networkError',
  string
>

type Props = {
  /** The survey's endpoint, on the app's own origin: `/api/complaints/survey/TOKEN`. */
  action: string
  lang: 'nl' | 'en'
  texts: SurveyFormTexts
  maxComment: number
}

type Problem = { field: string; message: string }

/** What is left of the form once the server answered: thanks, answered before, or a link that is gone. */
type Ending = { kind: 'thanks' | 'answered' | 'gone'; title: string; text: string }

/** Where a field's error takes the keyboard: the first choice of a group, or the field itself. */
const FIRST_INPUT: Record<string, string> = {
  score: 'survey-score-1',
  handledWell: 'survey-handledWell-yes',
  comment: 'survey-comment',
}

const SCORES = [1, 2, 3, 4, 5] as const

/**
 * The satisfaction survey: a score from 1 to 5 and yes or no, each a fieldset with its legend,
 * and a comment. Every check is the server's, in the page's language: errors show in a summary
 * that takes the focus, with a link to each field, and next to each field, which names its
 * error with aria-describedby. After sending, the answer's outcome takes the form's place and
 * the focus. Hidden until the script runs; without it the page says how else to answer.
 */
export const SurveyForm = ({ action, lang, texts, maxComment }: Props) => {
  const [ready, setReady] = useState(false)
  const [sending, setSending] = useState(false)
  const [problems, setProblems] = useState<Problem[]>([])
  const [notice, setNotice] = useState<string | null>(null)
  const [ending, setEnding] = useState<Ending | null>(null)
  const [shown, setShown] = useState(0)
  const summary = useRef<HTMLDivElement>(null)
  const endingTitle = useRef<HTMLHeadingElement>(null)

  useEffect(() => setReady(true), [])
  useEffect(() => {
    if (shown > 0) summary.current?.focus()
  }, [shown])
  useEffect(() => {
    if (ending) endingTitle.current?.focus()
  }, [ending])

  const show = (errors: Problem[], message: string | null) => {
    setProblems(errors)
    setNotice(message)
    setShown((count) => count + 1)
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (sending) return
    const values = new FormData(event.currentTarget)
    const score = values.get('score')
    setSending(true)
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'omit',
        body: JSON.stringify({
          score: typeof score === 'string' ? Number(score) : null,
          handledWell: values.get('handledWell'),
          comment: values.get('comment') ?? '',
          lang,
        }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: Problem[]
      }
      if (response.ok) setEnding({ kind: 'thanks', title: texts.thanksTitle, text: texts.thanks })
      else if (response.status === 409)
        setEnding({ kind: 'answered', title: texts.answeredTitle, text: texts.answered })
      else if (response.status === 404)
        setEnding({ kind: 'gone', title: body.message ?? '', text: '' })
      else if (response.status === 422 && Array.isArray(body.errors)) show(body.errors, null)
      else show([], body.message ?? texts.networkError)
    } catch {
      show([], texts.networkError)
    } finally {
      setSending(false)
    }
  }

  if (ending)
    return (
      <div
        className={ending.kind === 'thanks' ? 'success' : 'notice'}
        role="status"
        data-survey-ending={ending.kind}
      >
        <h2 tabIndex={-1} ref={endingTitle}>
          {ending.title}
        </h2>
        {ending.text ? <p>{ending.text}</p> : null}
      </div>
    )

  const errorOf = (field: string) =>
    problems
      .filter((problem) => problem.field === field)
      .map((problem) => problem.message)
      .join(' ')
  /** The ids that describe a field: its help, and its error when it has one. */
  const describedBy = (field: string) =>
    [`survey-${field}-help`, errorOf(field) ? `survey-${field}-error` : null]
      .filter(Boolean)
      .join(' ')
  const invalid = (field: string) => (errorOf(field) ? true : undefined)
  const errorLine = (field: string) =>
    errorOf(field) ? (
      <p className="error" id={`survey-${field}-error`}>
        {errorOf(field)}
      </p>
    ) : null
  const goTo = (field: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(FIRST_INPUT[field] ?? '')
    if (!target) return
    event.preventDefault()
    target.focus()
  }

  return (
    <form
      noValidate
      hidden={!ready}
      onSubmit={submit}
      aria-labelledby="survey-title"
      data-survey-form
    >
      <div
        className="summary"
        ref={summary}
        tabIndex={-1}
        role="alert"
        aria-labelledby="survey-summary-title"
        hidden={problems.length === 0 && !notice}
      >
        {problems.length > 0 ? (
          <>
            <h2 id="survey-summary-title">
              {texts.errorSummary.replace('{count}', String(problems.length))}
            </h2>
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>
                  <a
                    href={`#${FIRST_INPUT[problem.field] ?? 'survey-title'}`}
                    onClick={goTo(problem.field)}
                  >
                    {problem.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p id="survey-summary-title">{notice}</p>
        )}
      </div>

      <fieldset>
        <legend>
          {texts.scoreLegend} <span className="req">{texts.required}</span>
        </legend>
        <p className="help" id="survey-score-help">
          {texts.scoreHelp}
        </p>
        {errorLine('score')}
        <div className="scale">
          {SCORES.map((n) => (
            <label className="choice" key={n} htmlFor={`survey-score-${n}`}>
              <input
                type="radio"
                id={`survey-score-${n}`}
                name="score"
                value={n}
                required
                aria-invalid={invalid('score')}
                aria-describedby={describedBy('score')}
              />
              <span className="number">{n}</span>{' '}
              <span className="words">{texts[`score${n}`]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>
          {texts.handledWellLegend} <span className="req">{texts.required}</span>
        </legend>
        {errorLine('handledWell')}
        <div className="choices">
          {(['yes', 'no'] as const).map((value) => (
            <label className="choice" key={value} htmlFor={`survey-handledWell-${value}`}>
              <input
                type="radio"
                id={`survey-handledWell-${value}`}
                name="handledWell"
                value={value}
                required
                aria-invalid={invalid('handledWell')}
                aria-describedby={errorOf('handledWell') ? 'survey-handledWell-error' : undefined}
              />
              <span>{texts[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor="survey-comment">
          {texts.commentLabel} <span className="req">{texts.optional}</span>
        </label>
        <p className="help" id="survey-comment-help">
          {texts.commentHelp}
        </p>
        {errorLine('comment')}
        <textarea
          id="survey-comment"
          name="comment"
          rows={5}
          maxLength={maxComment}
          aria-invalid={invalid('comment')}
          aria-describedby={describedBy('comment')}
        />
      </div>

      <button type="submit" disabled={sending}>
        {sending ? texts.sending : texts.submit}
      </button>
    </form>
  )
}
