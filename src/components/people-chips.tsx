import { Link } from 'react-router';
import { paths } from '../lib/paths';

interface Named {
  id: string;
  name: string;
}

/**
 * The characters and actors an entry (a cast change, a rumour) is about, as chips linking to their
 * pages; actors' chips carry the ★ mark the key line explains. Nothing when it names no one.
 */
export function PeopleChips({
  characters,
  actors,
}: {
  characters: readonly Named[];
  actors: readonly Named[];
}) {
  if (characters.length === 0 && actors.length === 0) return null;
  return (
    <p className="event-people">
      {characters.map((c) => (
        <Link key={c.id} to={paths.character(c.id)} className="chip">
          {c.name}
        </Link>
      ))}
      {actors.map((a) => (
        <Link key={a.id} to={paths.actor(a.id)} className="chip chip-actor">
          {a.name}
        </Link>
      ))}
    </p>
  );
}
