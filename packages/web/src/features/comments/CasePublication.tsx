import type { InformationRiskDetailsFragment } from '@cur/schema';
import { Descriptions, Typography } from 'antd';
import { formatDateTime } from '../../shared/format';
import { ROUTING_SOURCE_LABELS } from '../../shared/labels';

type Risk = InformationRiskDetailsFragment;

export const PRE_WRAP = { whiteSpace: 'pre-wrap', marginBottom: 0 } as const;

/** Renders an address that opens in a new tab, broken anywhere because addresses have no spaces. */
export function ExternalLink({ url, testId }: { url: string; testId?: string }) {
  return (
    <Typography.Link href={url} target="_blank" rel="noreferrer noopener" style={{ wordBreak: 'break-all' }} data-testid={testId}>
      {url}
    </Typography.Link>
  );
}

/**
 * Label and content styles of the card's descriptions: labels keep one width and never break a word,
 * and content such as «ВК» breaks only at spaces unless one word is wider than the cell.
 */
export const DESCRIPTION_STYLES = {
  label: { width: 190, minWidth: 190, whiteSpace: 'nowrap' },
  content: { wordBreak: 'normal', overflowWrap: 'anywhere', minWidth: 120 },
} as const;

/** Renders the registered publication: its address, source, title, excerpt, topic, reach and agency. */
export function PublicationData({ risk }: { risk: Risk }) {
  // Two pairs of columns fit only from the xxl breakpoint (1600 px), where the card is wide enough.
  return (
    <Descriptions column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }} bordered size="small" styles={DESCRIPTION_STYLES}>
      <Descriptions.Item label="Адрес" span={2}>
        <ExternalLink url={risk.url} testId="comment-url-link" />
      </Descriptions.Item>
      <Descriptions.Item label="Источник">{risk.source}</Descriptions.Item>
      <Descriptions.Item label="Выявлено">{formatDateTime(risk.detectedAt)}</Descriptions.Item>
      <Descriptions.Item label="Заголовок" span={2}>
        {risk.title}
      </Descriptions.Item>
      <Descriptions.Item label="Фрагмент" span={2}>
        <Typography.Paragraph style={PRE_WRAP} data-testid="comment-excerpt-text">
          {risk.excerpt}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label="Тема" span={2}>
        {risk.topic.code} — {risk.topic.title}
      </Descriptions.Item>
      <Descriptions.Item label="Охват">{risk.reach == null ? '—' : risk.reach.toLocaleString('ru-RU')}</Descriptions.Item>
      <Descriptions.Item label="Ответственный орган">
        <span data-testid="comment-agency">{risk.agency.name}</span>
        <Typography.Text type="secondary"> ({ROUTING_SOURCE_LABELS[risk.routedBy]})</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
