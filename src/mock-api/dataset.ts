/** The whole dataset as one value; imported lazily so it stays out of the first page load. */
import { actors } from './data/actors';
import { characters } from './data/characters';
import { events } from './data/events';
import { leaps } from './data/leaps';
import { portrayals } from './data/portrayals';
import { rumours } from './data/rumours';
import { show } from './data/show';
import { sources } from './data/sources';
import type { Dataset } from './db';

export const dataset: Dataset = {
  show,
  characters,
  actors,
  portrayals,
  events,
  leaps,
  sources,
  rumours,
};
