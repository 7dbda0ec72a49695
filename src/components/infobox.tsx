/** The summary box beside a page's text: label/value rows, the wiki way. */
export function Infobox({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <aside className="infobox" aria-label={title}>
      <h2 className="infobox-title">{title}</h2>
      <dl>{children}</dl>
    </aside>
  );
}

export function InfoRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="info-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
