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
    <p className="hidden-later">
      <span>
        {what} hidden: {why}
      </span>{' '}
      <span aria-hidden="true">·</span>{' '}
      <button type="button" className="link-button" onClick={onShow}>
        Show{' '}
        <span className="visually-hidden">
          {what.toLowerCase()} (may spoil what you have not watched)
        </span>
      </button>
    </p>
  );
}
