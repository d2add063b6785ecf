import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';

type ChangeResult = Schema<'ChangeResult'>;
import { apiPost } from '../../lib/api';
import { ChangeModal, useRequired } from '../common/ChangeModal';
import { PersonSelect } from '../common/pickers';
import { TermDates } from '../common/TermDates';
import './i18n';

/** Enters a village head's (or deputy's) term: POST /api/villages/:code/heads. */
export function HeadTermModal({
  open,
  onClose,
  village,
}: {
  open: boolean;
  onClose: () => void;
  village: { code: string; name: string };
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const f = (k: string) => t(`villages.headForm.${k}`);
  return (
    <ChangeModal<ChangeResult>
      open={open}
      onClose={onClose}
      testId="head-form"
      title={t('villages.headForm.title', { village: village.name })}
      initialValues={{ role: 'head', how: 'elected' }}
      submit={(v) => apiPost<ChangeResult>(`/api/villages/${encodeURIComponent(village.code)}/heads`, v)}
    >
      <Form.Item name="personCode" label={f('person')} extra={f('personHint')} rules={required(f('person'))}>
        <PersonSelect testId="head-person" village={village.code} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="role" label={f('role')}>
            <Select options={(['head', 'deputy'] as const).map((r) => ({ value: r, label: t(`reg.role.${r}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="how" label={f('how')}>
            <Select
              data-testid="head-how"
              options={(['elected', 'interim'] as const).map((r) => ({ value: r, label: t(`reg.how.${r}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <TermDates testId="head" toHint={f('toHint')} />
    </ChangeModal>
  );
}
