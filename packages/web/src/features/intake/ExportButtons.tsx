import { DownloadOutlined } from '@ant-design/icons';
import type { AppealFilter } from '@cur/schema';
import { Button, Space } from 'antd';
import { appealExportUrl } from './intakeHelpers';

/** Downloads the appeals that the list's current filters select, as CSV or XLSX; the session cookie authorizes it. */
export function ExportButtons({ filter }: { filter: AppealFilter }) {
  return (
    <Space>
      <Button icon={<DownloadOutlined />} href={appealExportUrl('xlsx', filter)} data-testid="appeals-export-xlsx">
        Выгрузить в Excel
      </Button>
      <Button icon={<DownloadOutlined />} href={appealExportUrl('csv', filter)} data-testid="appeals-export-csv">
        Выгрузить в CSV
      </Button>
    </Space>
  );
}
