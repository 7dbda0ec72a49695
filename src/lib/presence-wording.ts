/**
 * Words for why an actor was only probably in a role on a day, or not reported then: the cast
 * on a date, the two-date comparison and the leap pages all say it the same way.
 */
import { formatPartialDate, precisionOf } from './partial-date';
import type { PresenceWhy } from './presence';

/** "in 2022", "in Aug 2022", "on 26 Jul 2022". */
function when(date: string): string {
  const precision = precisionOf(date);
  if (precision === 'year') return `in ${date}`;
  return precision === 'month' ? `in ${formatPartialDate(date)}` : `on ${formatPartialDate(date)}`;
}

export function describePresence(why: PresenceWhy): string {
  switch (why.kind) {
    case 'joining':
      return `joined ${when(why.from)}; the exact day is not known`;
    case 'leaving':
      return `left ${when(why.to)}; the exact day is not known`;
    case 'still-running':
      return why.asOf
        ? `still in the role at the latest report, ${formatPartialDate(why.asOf)}`
        : 'no end has been reported';
    case 'reported-until':
      return `last reported in the role ${when(why.asOf)}; no end has been reported`;
    case 'not-reported-since': {
      const since = why.since
        ? `not reported since ${formatPartialDate(why.since)}`
        : 'not reported';
      return why.endedBy ? `${since}; had left by ${formatPartialDate(why.endedBy)}` : since;
    }
    case 'start-unknown': {
      const parts = ['start date unknown'];
      if (why.leftIn) parts.push(`left ${when(why.leftIn)}`);
      else if (why.reportedIn) parts.push(`first reported ${when(why.reportedIn)}`);
      if (why.endedBy) parts.push(`had left by ${formatPartialDate(why.endedBy)}`);
      return parts.join('; ');
    }
  }
}
