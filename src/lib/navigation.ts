/**
 * Navigation state for in-page changes that update the URL (a filter picked from a list): the
 * layout then leaves focus where the user is instead of moving it to the page heading.
 */
export const keepFocusState = { keepFocus: true } as const;

export function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepFocus' in state;
}
