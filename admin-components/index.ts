export { DeadlineCell } from './DeadlineCell'
