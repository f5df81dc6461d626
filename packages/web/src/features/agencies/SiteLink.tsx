/** A link to an agency site; the directory stores most sites without a scheme, such as mari-el.gov.ru/…. */
export function SiteLink({ site }: { site: string | null | undefined }) {
  if (!site) {
    return <>—</>;
  }
  const href = /^https?:\/\//i.test(site) ? site : `https://${site}`;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {site}
    </a>
  );
}
