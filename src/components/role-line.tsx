import { Link } from 'react-router';
import type { ActorRef, CharacterRef } from '../api/schemas';
import { paths } from '../lib/paths';

/**
 * "Rupali Ganguly as Anupamaa": the actor and the role as two links with the words between them,
 * so a phone never shows two identical underlined names side by side.
 */
export function RoleLine({ actor, character }: { actor: ActorRef; character: CharacterRef }) {
  return (
    <span className="role-line">
      <Link to={paths.actor(actor.id)}>{actor.name}</Link> <span className="role-as">as</span>{' '}
      <Link to={paths.character(character.id)}>{character.name}</Link>
    </span>
  );
}
