/**
 * Where the API lives. Unset, the wiki uses its embedded mock API at `/api`, which answers inside
 * the page; set `VITE_API_BASE_URL` at build time to point the same client at a real backend.
 */
const configured: unknown = import.meta.env.VITE_API_BASE_URL;

export const apiBaseUrl: string =
  typeof configured === 'string' && configured !== '' ? configured.replace(/\/$/, '') : '/api';
