/**
 * Resolves at the first sign that the reader is about to ask the app for something: a pointer
 * over (or a finger on) a link or a button, or focus on a field. Work that only a request needs
 * (the in-page API's code and data) starts then, in the few hundred milliseconds before the
 * click, instead of on every visit.
 */
const INTENT_EVENTS = ['pointerover', 'touchstart', 'focusin'] as const;
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [role="combobox"]';

export function whenIntent(): Promise<void> {
  return new Promise((resolve) => {
    const onEvent = (event: Event) => {
      if (!(event.target instanceof Element) || !event.target.closest(INTERACTIVE)) return;
      for (const type of INTENT_EVENTS) removeEventListener(type, onEvent, true);
      resolve();
    };
    for (const type of INTENT_EVENTS) {
      addEventListener(type, onEvent, { capture: true, passive: true });
    }
  });
}
