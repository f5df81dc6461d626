/** Renders a link to an agency site. The directory stores most sites without a scheme, such as mari-el.gov.ru/…, so https is added. */
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
