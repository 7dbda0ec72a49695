/**
 * The header search: a WAI-ARIA APG combobox with a listbox popup ("list autocomplete with manual
 * selection"). Focus stays in the text box; ArrowDown/ArrowUp move the active option, Enter opens
 * it, Escape closes the popup and a second Escape clears the box. The count of results is
 * announced in a polite live region. Underneath it is still a plain GET form to /search, so Enter
 * with no option chosen, the button, and a browser that has not run the script yet all land on
 * the search page.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Form, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { SearchResult } from '../../api/search-schemas';
import { formatHorizon, type Horizon } from '../../lib/horizon';
import { paths } from '../../lib/paths';
import { toWellFormed } from '../../lib/text';
import { useHorizon } from '../../lib/use-horizon';
import { describeProblem, hiddenResults, queryProblem, searchQueries } from './queries';
import { searchKinds } from './search-kinds';
import { useDebouncedValue } from './use-debounced-value';

/** A pause this long ends a burst of typing; shorter would send a request per key. */
const DEBOUNCE_MS = 150;
const SEARCHING = 'Searching…';

interface Option {
  key: string;
  name: string;
  matched: string | null;
  context: string | null;
  path: string;
}

interface Group {
  key: string;
  label: string;
  options: Option[];
}

function groupsOf(data: SearchResult): Group[] {
  const answer: Group = {
    key: 'answer',
    label: 'Answer',
    options: data.answer
      ? [
          {
            key: `answer-${data.answer.target.kind}-${data.answer.target.id}`,
            name: data.answer.target.name,
            matched: null,
            context: data.answer.text,
            path: searchKinds[data.answer.target.kind].path(data.answer.target),
          },
        ]
      : [],
  };
  const hits = data.groups.map(({ kind, hits: list }): Group => ({
    key: kind,
    label: searchKinds[kind].label,
    options: list.slice(0, searchKinds[kind].preview).map((hit) => ({
      key: `${kind}-${hit.id}`,
      name: hit.name,
      matched: hit.matched,
      context: hit.context,
      path: searchKinds[kind].path(hit),
    })),
  }));
  const suggestions: Group = {
    key: 'suggestions',
    label: 'Did you mean',
    options: data.suggestions.map((s) => ({
      key: `suggestion-${s.kind}-${s.id}`,
      name: s.name,
      matched: null,
      context: capitalised(searchKinds[s.kind].noun),
      path: searchKinds[s.kind].path(s),
    })),
  };
  return [answer, ...hits, suggestions].filter((g) => g.options.length > 0);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether `typed` is `answered` or goes on from it, letter case aside. */
function continues(typed: string, answered: string): boolean {
  return typed.toLowerCase().startsWith(answered.toLowerCase());
}

function countMessage(data: SearchResult, q: string, shown: number, horizon: Horizon): string {
  const total = data.groups.reduce((sum, g) => sum + g.total, 0);
  // Said, not shown: the search page has the button that shows them.
  const hidden =
    data.hidden > 0 && horizon
      ? ` ${hiddenResults(data.hidden)} hidden (after ${formatHorizon(horizon)}).`
      : '';
  if (total === 0) {
    const near = data.suggestions.length;
    return near === 0
      ? `No results for “${q}”.${hidden}`
      : `No results for “${q}”. ${near} similar ${near === 1 ? 'name' : 'names'}.${hidden}`;
  }
  const count = `${total} ${total === 1 ? 'result' : 'results'} for “${q}”`;
  // The answer's option is not one of the results counted.
  const hits = data.answer ? shown - 1 : shown;
  return hits < total
    ? `${count}, the best ${hits} shown. Enter lists them all.${hidden}`
    : `${count}.${hidden}`;
}

function Combobox({ initial }: { initial: string }) {
  const navigate = useNavigate();
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [value, setValue] = useState(initial);
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const horizon = useHorizon();
  const q = value.trim();
  const problem = queryProblem(q);
  const settled = useDebouncedValue(q, DEBOUNCE_MS);
  const settledProblem = queryProblem(settled);
  const { data, isError, error, isPlaceholderData } = useQuery({
    ...searchQueries.results(settled, horizon),
    enabled: open && settledProblem === null,
    // While the next answer is on its way, the last one stays up instead of flickering away.
    placeholderData: keepPreviousData,
  });

  const showPopup = open && problem !== 'empty';
  // An answer is shown only while the box still holds what it answered, or more of it: the
  // results for "kin" stay up while "kinja" is on its way, but those for a query that was
  // cleared or changed never stand in for what is typed now.
  // The API echoes the query as the URL carried it, a lone surrogate replaced.
  const fits = data !== undefined && continues(toWellFormed(q), data.query);
  const groups = showPopup && problem === null && fits ? groupsOf(data) : [];
  const options = groups.flatMap((g) => g.options);
  const activeIndex = options.findIndex((o) => o.key === activeKey);
  const active = options[activeIndex];
  const optionId = (o: Option) => `${baseId}-${o.key}`;
  const expanded = options.length > 0;

  let status: string;
  if (problem !== null) status = describeProblem(problem, q);
  else if (settled !== q) status = SEARCHING;
  else if (isError)
    status = `The search failed: ${error.message} Press Enter to try the search page.`;
  else if (!data || isPlaceholderData) status = SEARCHING;
  else status = countMessage(data, q, options.length, horizon);
  // Only settled answers are announced; "Searching…" on every key press would drown them. The
  // answer to a question ("who plays samar") is read first: it is what was asked. On screen it
  // is the first option, so the status line above the options does not repeat it.
  const answerText = status === SEARCHING || problem !== null || isError ? '' : data?.answer?.text;
  const announcement =
    showPopup && status !== SEARCHING ? (answerText ? `${answerText} ${status}` : status) : '';
  const activeId = showPopup && active ? optionId(active) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function choose(option: Option) {
    // The box starts afresh for the next search, as it does after any move away from /search.
    setValue('');
    setOpen(false);
    setActiveKey(null);
    void navigate(option.path);
  }

  function move(step: 1 | -1) {
    if (!open) setOpen(true);
    if (options.length === 0) return;
    const from = activeIndex === -1 ? (step === 1 ? -1 : options.length) : activeIndex;
    const next = (from + step + options.length) % options.length;
    setActiveKey(options[next]?.key ?? null);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) {
          setOpen(event.key === 'ArrowDown');
          return;
        }
        move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter':
        if (showPopup && active) {
          event.preventDefault();
          choose(active);
        } else {
          // The form submits to /search?q=…, as it would without any script.
          setOpen(false);
        }
        return;
      case 'Escape':
        if (showPopup) {
          event.preventDefault();
          setOpen(false);
          setActiveKey(null);
        } else if (value !== '') {
          event.preventDefault();
          setValue('');
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  }

  return (
    <Form method="get" action={paths.search()} role="search" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        Search actors and characters
      </label>
      <input
        id="site-search"
        className="control"
        name="q"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showPopup && expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeId}
        placeholder="Search actors, characters…"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        enterKeyHint="search"
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActiveKey(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <button type="submit" className="button">
        Search
      </button>
      <div className="combo-popup" hidden={!showPopup}>
        {showPopup && (
          <p className="combo-status" aria-hidden="true">
            {status === SEARCHING && <span className="spinner" />}
            {status}
          </p>
        )}
        <div
          id={listboxId}
          role="listbox"
          aria-label="Search results"
          hidden={!(showPopup && expanded)}
          // Keeps focus in the text box when an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {groups.map((group) => (
            <ul key={group.key} role="group" aria-labelledby={`${baseId}-${group.key}`}>
              <li role="presentation" id={`${baseId}-${group.key}`} className="combo-group">
                {group.label}
              </li>
              {group.options.map((option) => (
                <li
                  key={option.key}
                  id={optionId(option)}
                  role="option"
                  aria-selected={option.key === active?.key}
                  className="combo-option"
                  onClick={() => choose(option)}
                >
                  <span className="combo-name">
                    {option.name}
                    {option.matched && <span className="muted"> ({option.matched})</span>}
                  </span>
                  {option.context && <span className="combo-context">{option.context}</span>}
                </li>
              ))}
            </ul>
          ))}
        </div>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </Form>
  );
}

/**
 * On the search page the box shows the query from the URL. Keyed by it, so that going back or
 * opening a result starts the box afresh.
 */
export function SearchCombobox() {
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === paths.search() ? (params.get('q') ?? '') : '';
  return <Combobox key={current} initial={current} />;
}
