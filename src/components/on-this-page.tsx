/**
 * A short contents list for long pages, so a phone reader can jump past a long infobox or list.
 * Plain fragment links: they work before the app starts and without script.
 */
export function OnThisPage({ items }: { items: readonly { id: string; label: string }[] }) {
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page">
      <h2 id="on-this-page">On this page</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
