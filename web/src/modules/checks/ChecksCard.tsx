import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { useChecks } from './data';
import './i18n';

/** The dashboard's count of today's data-quality findings, with a link to the checks screen. */
export function ChecksCard() {
  const can = useCan('register.read');
  if (!can) return null;
  return <ChecksCount />;
}

function ChecksCount() {
  const { t } = useTranslation();
  const q = useChecks({});
  if (!q.data) return null;
  const { error, warning } = q.data.count;
  return (
    <Card
      size="small"
      title={t('chk.card')}
      data-testid="checks-card"
      style={{ marginTop: 16 }}
      extra={<Link to="/checks">{t('chk.open')}</Link>}
    >
      <Typography.Text type={error > 0 ? 'danger' : undefined}>
        {t('chk.cardText', { errors: error, warnings: warning })}
      </Typography.Text>
    </Card>
  );
}
