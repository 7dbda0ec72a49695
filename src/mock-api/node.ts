/** The same handlers in Node, for tests and build-time rendering. */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

export const server = setupServer(...createHandlers());
