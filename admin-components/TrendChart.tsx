import React from 'react'

import type { QuarterTrend } from '../src/reports/trend'
import type { ReportLanguage } from '../src/translations/reports'

import { reportText } from '../src/translations/reports'

const SERIES = [
  { key: 'total', label: 'report.chart.total', colour: '#4a6fa5' },
  { key: 'withinTerm', label: 'report.chart.withinTerm', colour: '#2e7d4f' },
  { key: 'late', label: 'report.chart.late', colour: '#b3261e' },
] as const

const WIDTH = 720
const HEIGHT = 240
const LEFT = 40
const BOTTOM = 40
const TOP = 12

/** Four whole, round steps reaching at least `max`: the axis reads 0, 2, 4, 6, 8 or 0, 20, 40 … */
const axisMax = (max: number): number => {
  if (max <= 4) return 4
  const rawStep = max / 4
  const magnitude = 10 ** Math.floor(Math.log10(rawStep))
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rawStep) ??
    10 * magnitude
  return 4 * Math.ceil(step)
}

/** Received, handled within the term and late, per quarter: grouped bars in plain SVG. */
export const TrendChart = ({
  trend,
  language,
}: {
  trend: QuarterTrend[]
  language: ReportLanguage
}) => {
  const first = trend[0]
  const last = trend[trend.length - 1]
  if (!first || !last) return null
  const quarterLabel = (point: QuarterTrend) =>
    `${reportText(language, 'report.period.quarter', { q: point.quarter })} ${point.year}`
  const title = reportText(language, 'report.chart.title', {
    from: quarterLabel(first),
    to: quarterLabel(last),
  })
  const top = axisMax(Math.max(...trend.map((point) => point.total)))
  const plotHeight = HEIGHT - BOTTOM - TOP
  const slot = (WIDTH - LEFT) / trend.length
  const bar = (slot - 12) / SERIES.length
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight
  const ticks = [0, top / 4, top / 2, (3 * top) / 4, top]
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby="complaints-trend-title"
        data-testid="trend-chart"
      >
        <title id="complaints-trend-title">{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT}
              x2={WIDTH}
              y1={y(tick)}
              y2={y(tick)}
              stroke="#ccc"
              strokeWidth={tick === 0 ? 1.5 : 0.5}
            />
            <text x={LEFT - 6} y={y(tick) + 4} fontSize="11" textAnchor="end" fill="currentColor">
              {tick}
            </text>
          </g>
        ))}
        {trend.map((point, index) => {
          const x0 = LEFT + index * slot + 6
          return (
            <g key={`${point.year}-${point.quarter}`}>
              {SERIES.map((series, s) => {
                const value = point[series.key]
                return (
                  <rect
                    key={series.key}
                    x={x0 + s * bar}
                    y={y(value)}
                    width={bar - 2}
                    height={TOP + plotHeight - y(value)}
                    fill={series.colour}
                  >
                    <title>{`${quarterLabel(point)} · ${reportText(language, series.label)}: ${value}`}</title>
                  </rect>
                )
              })}
              <text
                x={x0 + (slot - 12) / 2}
                y={HEIGHT - BOTTOM + 16}
                fontSize="11"
                textAnchor="middle"
                fill="currentColor"
              >
                {reportText(language, 'report.period.quarter', { q: point.quarter })}
              </text>
              {point.quarter === 1 && (
                <text
                  x={x0 + (slot - 12) / 2}
                  y={HEIGHT - BOTTOM + 32}
                  fontSize="11"
                  textAnchor="middle"
                  fill="currentColor"
                >
                  {point.year}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {SERIES.map((series) => (
            <li key={series.key}>
              <span style={{ background: series.colour }} />
              {reportText(language, series.label)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
