import type { TimeBin } from '@/domain/timeline/month-bins'

/** A bin of one month with the given visits and meetings and nothing else. */
export function monthBin(month: string, visit: number, meeting: number): TimeBin {
  return {
    month,
    last: month,
    visit,
    meeting,
    'round-table': 0,
    agreement: 0,
    funding: 0,
    'production-launch': 0,
    award: 0,
    incident: 0,
    other: 0,
    total: visit + meeting,
  }
}
