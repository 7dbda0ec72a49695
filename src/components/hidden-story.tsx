import { HiddenNotice } from './spoiler-fold';

/**
 * In place of undated free text (a character's story summary, a note) while the reader has set a
 * spoiler horizon: the text may cover later episodes, so it waits behind a button.
 */
export function HiddenStory({
  what,
  why = 'it may cover later episodes',
  onShow,
}: {
  what: string;
  why?: string;
  onShow: () => void;
}) {
  return (
    <HiddenNotice text={`${what} hidden: ${why}`} shows={what.toLowerCase()} onShow={onShow} />
  );
}
