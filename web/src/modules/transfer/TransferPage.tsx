import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { ExportCard, TemplateCard } from './ExportCard';
import { ImportCard, ImportResult, useImporter } from './ImportCard';
import '../common/register.css';
import './i18n';

/** Import a workbook (dry run first), export the register or a unit of it, download the template. Import only for roles that may write. */
export default function TransferPage() {
  const { t } = useTranslation();
  const canImport = useCan('register.write');
  const importer = useImporter();
  return (
    <div data-testid="transfer-page">
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {t('transfer.title')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {canImport && (
          <Col xs={24} xl={15}>
            <ImportCard importer={importer} />
          </Col>
        )}
        <Col xs={24} xl={canImport ? 9 : 12}>
          <Row gutter={[12, 12]}>
            <Col span={24}>
              <ExportCard />
            </Col>
            <Col span={24}>
              <TemplateCard />
            </Col>
          </Row>
        </Col>
      </Row>
      {canImport && <ImportResult importer={importer} />}
    </div>
  );
}
