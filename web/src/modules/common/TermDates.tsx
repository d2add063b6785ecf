import { Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from './ChangeModal';
import { IsoDatePicker } from '../../components/DateField';
import './i18n';

/** The start (required) and end (empty while in office) of a term, side by side; a term may be entered ahead, from the day the current one ends. */
export function TermDates({ testId, toHint }: { testId: string; toHint: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Row gutter={12}>
      <Col span={12}>
        <Form.Item name="validFrom" label={t('reg.from')} rules={required(t('reg.from'))}>
          <IsoDatePicker testId={`${testId}-from`} future />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="validTo" label={t('reg.to')} extra={toHint}>
          <IsoDatePicker testId={`${testId}-to`} future />
        </Form.Item>
      </Col>
    </Row>
  );
}
