/**
 * Replaces MSW's cookie store in the browser build. The real one wraps tough-cookie and with it
 * `tldts`, a public-suffix list: together about a fifth of the mock API's weight on a phone.
 * The mock API sets no cookies and reads none, so an empty store behaves the same for it.
 */
export const cookieStore = {
  getCookies(): { key: string; value: string }[] {
    return [];
  },
  async setCookie(): Promise<void> {},
};
