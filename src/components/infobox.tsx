/** The summary box beside a page's text: label/value rows, the wiki way. */
export function Infobox({
  title,
  children,
  footer,
}: {
  title: string;
  children: React.ReactNode;
  /** After the rows, e.g. "2 later relations hidden · Show". */
  footer?: React.ReactNode;
}) {
  return (
    <aside className="infobox" aria-label={title}>
      <h2 className="infobox-title">{title}</h2>
      <dl>{children}</dl>
      {footer}
    </aside>
  );
}

export function InfoRow({
  label,
  children,
  aired,
}: {
  label: string;
  children: React.ReactNode;
  /** The spoiler-horizon mark of the fact the row shows (`airedAttribute(...)`). */
  aired?: Record<string, string>;
}) {
  return (
    <div className="info-row" {...aired}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
