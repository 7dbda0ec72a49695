import { DateText } from './date-text';

/** How current the wiki is: the date of the newest report it cites. */
export function LatestReport({ date }: { date: string | null }) {
  return (
    <p className="latest-report">
      Latest report: <DateText value={date} />
    </p>
  );
}
