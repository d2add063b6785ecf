import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { DueTable } from '../admissions/DueTable';

/** The admission cases overdue or due within 30 days, for accounts that may read the register. */
export function AdmissionsDueCard() {
  const { t } = useTranslation();
  if (!useCan('register.read')) return null;
  return (
    <Card size="small" title={t('adm.dueCard')} data-testid="admissions-due-card" style={{ marginTop: 16 }}>
      <DueTable compact />
    </Card>
  );
}
