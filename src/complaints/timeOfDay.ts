/** A time of day as people write it: 9:00, 09:00 or 14.30, up to 23:59. */
export const TIME_OF_DAY = /^([01]?\d|2[0-3])[:.][0-5]\d$/
