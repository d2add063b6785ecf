import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';

type ChangeResult = Schema<'ChangeResult'>;
import { apiPost } from '../../lib/api';
import { ChangeModal, useRequired } from '../common/ChangeModal';
import { PersonSelect } from '../common/pickers';
import { TermDates } from '../common/TermDates';
import './i18n';

/** Enters a cell secretary's term: POST /api/orgs/:code/secretaries. The cell's members are offered first. */
export function SecretaryTermModal({
  open,
  onClose,
  cell,
  members,
}: {
  open: boolean;
  onClose: () => void;
  cell: { code: string; name: string };
  members: { code: string; fullName: string }[];
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const f = (k: string) => t(`orgs.secretaryForm.${k}`);
  return (
    <ChangeModal<ChangeResult>
      open={open}
      onClose={onClose}
      testId="secretary-form"
      title={t('orgs.secretaryForm.title', { cell: cell.name })}
      submit={(v) => apiPost<ChangeResult>(`/api/orgs/${encodeURIComponent(cell.code)}/secretaries`, v)}
    >
      <Form.Item name="personCode" label={f('person')} extra={f('personHint')} rules={required(f('person'))}>
        <PersonSelect testId="secretary-person" preset={members} />
      </Form.Item>
      <TermDates testId="secretary" toHint={f('toHint')} />
    </ChangeModal>
  );
}
