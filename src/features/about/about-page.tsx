import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { aboutSections as at, glossary } from '../../lib/glossary';
import { confidenceLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';

/**
 * The wiki's editorial page and key: what a source is, how footnotes, confidence, disputes,
 * unknown dates and "as of" read, and what the symbols mean. Badges and the chart's legend link
 * here by section.
 */
export function AboutPage() {
  return (
    <article className="page prose about">
      <title>About this wiki · Anupamaa Wiki</title>
      <meta
        name="description"
        content="How the Anupamaa Wiki works: sources and footnotes, confidence, disputes, unknown dates, “as of”, and what its symbols mean."
      />
      <PageHeading>About this wiki</PageHeading>
      <p className="lead">
        A fan wiki of the Star Plus serial Anupamaa: who played whom and when, every recast, and the
        reports each fact comes from. It is not affiliated with the channel or the makers.
      </p>

      <section aria-labelledby={at.sources}>
        <h2 id={at.sources}>What counts as a source</h2>
        <p>
          A source is a published report, an article by a news or entertainment outlet, that the
          wiki links to, and facts are shown with the reports they come from. A report is named by
          its headline where a stored copy of the article shows it, then its outlet and publication
          date; where the headline is not known, the reference reads “Outlet, date”. Nothing on a
          page is written from memory or guesswork: what no source says is shown as unknown.
        </p>
      </section>

      <section aria-labelledby={at.footnotes}>
        <h2 id={at.footnotes}>Footnotes</h2>
        <p>
          A small number in brackets, such as <span className="example-ref">[3]</span>, follows the
          sentence or value it supports. It leads to the numbered References at the end of the page,
          where the arrow (↑) or letters lead back to each place the report is cited. A report cited
          several times on a page keeps one number. Screen readers announce the markers as
          “reference 3”.
        </p>
      </section>

      <section aria-labelledby={at.confidence}>
        <h2 id={at.confidence}>Confidence</h2>
        <p>How sure the reports make us. Pages mark only what is less than certain:</p>
        <dl className="key">
          <dt>{confidenceLabels.high}</dt>
          <dd>Reports agree and the dates are firm. Not marked: it is the norm.</dd>
          <dt>
            <span className="badge badge-medium">{confidenceLabels.medium}</span>
          </dt>
          <dd>
            Reported, but part of it is approximate or rests on fewer reports, such as a start month
            worked out from when a recast was announced.
          </dd>
          <dt>
            <span className="badge badge-low">{confidenceLabels.low}</span>
          </dt>
          <dd>A thin or unconfirmed report. Read it as provisional.</dd>
        </dl>
      </section>

      <section aria-labelledby={at.disputes}>
        <h2 id={at.disputes}>Disputes</h2>
        <p>
          Where reports disagree, the wiki does not pick a side silently. The fact is marked{' '}
          <span className="badge badge-disputed">
            <span aria-hidden="true">⚠ </span>Disputed
          </span>{' '}
          and a boxed note gives the other account with its own sources. The home page gathers the
          open disputes under “Where sources disagree”.
        </p>
      </section>

      <section aria-labelledby={at.dates}>
        <h2 id={at.dates}>Dates, and what is unknown</h2>
        <p>
          Dates keep the precision of their sources: “2022” when only the year is reported, “Jul
          2022” for a month, “26 Jul 2022” for a day. Nothing is rounded to the first of a month. A
          date no report gives reads “unknown”, and a stint with an unknown start or end says so
          (“unknown – 2021”).
        </p>
      </section>

      <section aria-labelledby={at.asOf}>
        <h2 id={at.asOf}>“As of”</h2>
        <p>
          {glossary.asOf}. “Now: Rupali Ganguly (as of Mar 2026)” in a character&apos;s infobox
          means the latest report we hold, from March 2026, has her in the role; a change after that
          would not show yet. “Leads as of Mar 2026” on the home page reads the same way.
        </p>
      </section>

      <section aria-labelledby={at.symbols}>
        <h2 id={at.symbols}>Symbols</h2>
        <ul>
          <li>{glossary.star}.</li>
          <li>{glossary.fadingEnd}.</li>
          <li>{glossary.paleBar}.</li>
          <li>{glossary.leapBand}.</li>
          <li>{glossary.asOfMarker}.</li>
          <li>
            “Now”, in a character&apos;s infobox: who plays the role as of the latest report, or why
            nobody does.
          </li>
        </ul>
        <p>
          The <Link to={paths.timeline()}>timeline</Link> draws every stint with these marks.
        </p>
      </section>
    </article>
  );
}
