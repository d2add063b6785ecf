/** The changes a clerk makes to a person: add, admit, full membership, transfer, end of membership. */
import { Alert, Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';

type PersonDetail = Schema<'PersonDetail'>;
type ChangeResult = Schema<'ChangeResult'>;
import { useSignedIn } from '../../app/auth';
import { apiPost } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { ChangeModal, useRequired } from '../common/ChangeModal';
import { IsoDatePicker } from '../../components/DateField';
import { CellSelect, VillageSelect } from '../common/pickers';
import './i18n';

interface Props {
  open: boolean;
  onClose: () => void;
}

const post = (code: string, action: string) => (v: Record<string, unknown>) =>
  apiPost<ChangeResult>(`/api/people/${encodeURIComponent(code)}/${action}`, v);

/** POST /api/people: a new person, member or not, living in a village of the account's scope. */
export function AddPersonModal({ open, onClose, onAdded }: Props & { onAdded: (code: string) => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  // an account with a scope adds people only where they live within it
  const scoped = useSignedIn().scopeCode !== null;
  const f = (k: string) => t(`people.addForm.${k}`);
  return (
    <ChangeModal<PersonDetail>
      open={open}
      onClose={onClose}
      testId="add-person-form"
      title={f('title')}
      submit={(v) => apiPost<PersonDetail>('/api/people', v)}
      onSaved={(p) => onAdded(p.code)}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="code"
            label={f('code')}
            extra={f('codeHint')}
            rules={[...required(f('code')), { pattern: /^[\p{L}\p{N}._-]+$/u, message: f('codeHint') }]}
          >
            <Input data-testid="person-code" maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="fullName"
            label={f('fullName')}
            rules={[...required(f('fullName')), { min: 2, message: required(f('fullName'))[0].message }]}
          >
            <Input data-testid="person-name" maxLength={120} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="birthDate" label={f('birthDate')}>
            <IsoDatePicker testId="person-birth" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="gender" label={f('gender')}>
            <Select
              allowClear
              options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`reg.gender.${g}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ethnicity" label={f('ethnicity')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="residenceVillageCode"
            label={f('residence')}
            rules={scoped ? required(f('residence')) : undefined}
          >
            <VillageSelect testId="person-village" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="communeOfficial" valuePropName="checked">
            <Checkbox>{f('communeOfficial')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </ChangeModal>
  );
}

function CellAtDate({ dateField, label, extra }: { dateField: string; label: string; extra?: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  const at = Form.useWatch<string | undefined>(dateField);
  return (
    <>
      <Form.Item name="cellCode" label={label} extra={extra} rules={required(label)}>
        <CellSelect testId="cell-select" at={at} />
      </Form.Item>
      <Form.Item name="villageCode" label={t('people.admitForm.village')} extra={t('people.admitForm.villageHint')}>
        <VillageSelect testId="village-select" />
      </Form.Item>
    </>
  );
}

/** Admission: a membership and its first official placement. */
export function AdmitModal({ open, onClose, person }: Props & { person: PersonDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const f = (k: string) => t(`people.admitForm.${k}`);
  return (
    <ChangeModal
      open={open}
      onClose={onClose}
      testId="admit-form"
      title={t('people.admitForm.title', { name: person.fullName })}
      submit={post(person.code, 'admission')}
      okText={t('people.actions.admit')}
    >
      <Form.Item name="admittedOn" label={f('admittedOn')} rules={required(f('admittedOn'))}>
        <IsoDatePicker testId="admitted-on" />
      </Form.Item>
      <CellAtDate dateField="admittedOn" label={f('cell')} extra={f('cellHint')} />
    </ChangeModal>
  );
}

/** Full membership at the end of probation, with the party card. */
export function OfficialModal({
  open,
  onClose,
  person,
  admittedOn,
}: Props & { person: PersonDetail; admittedOn: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  const f = (k: string) => t(`people.officialForm.${k}`);
  return (
    <ChangeModal
      open={open}
      onClose={onClose}
      testId="official-form"
      title={t('people.officialForm.title', { name: person.fullName })}
      submit={post(person.code, 'official')}
      initialValues={{ admittedOn }}
    >
      <Alert
        type="info"
        showIcon
        title={t('people.officialForm.admittedNote', { date: formatDate(admittedOn) })}
        style={{ marginBottom: 12 }}
      />
      <Form.Item name="admittedOn" hidden>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="officialOn" label={f('officialOn')} rules={required(f('officialOn'))}>
            <IsoDatePicker testId="official-on" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="cardNo" label={f('cardNo')}>
            <Input maxLength={20} data-testid="card-no" />
          </Form.Item>
        </Col>
      </Row>
    </ChangeModal>
  );
}

type TransferKind = 'official' | 'temporary' | 'out';

function TransferFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const f = (k: string) => t(`people.transferForm.${k}`);
  const kind = Form.useWatch<TransferKind>('kind');
  return (
    <>
      <Form.Item
        name="kind"
        label={f('kind')}
        extra={f(`${kind === 'out' ? 'out' : kind === 'temporary' ? 'temporary' : 'official'}Hint`)}
      >
        <Radio.Group
          optionType="button"
          options={(['official', 'temporary', 'out'] as const).map((k) => ({
            value: k,
            label: k === 'out' ? f('out') : t(`reg.kind.${k}`),
          }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="on" label={f('on')} rules={required(f('on'))}>
            <IsoDatePicker testId="transfer-on" />
          </Form.Item>
        </Col>
        <Col span={12}>
          {kind === 'temporary' && (
            <Form.Item name="until" label={f('until')} extra={f('untilHint')}>
              <IsoDatePicker testId="transfer-until" future />
            </Form.Item>
          )}
          {kind === 'official' && (
            <Form.Item name="leftOn" label={f('leftOn')} extra={f('leftOnHint')}>
              <IsoDatePicker testId="transfer-left-on" />
            </Form.Item>
          )}
        </Col>
      </Row>
      {kind === 'out' ? (
        <Form.Item name="destination" label={f('destination')} rules={required(f('destination'))}>
          <Input maxLength={200} data-testid="transfer-destination" />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="reasonKind" label={f('reasonKind')}>
            <Select
              options={(['transfer', 'reinforcement', 'return', 'study', 'other'] as const).map((r) => ({
                value: r,
                label: t(`reg.placementReason.${r}`),
              }))}
            />
          </Form.Item>
          <CellAtDate dateField="on" label={f('cell')} />
        </>
      )}
    </>
  );
}

/** Official fields to the transfer, a transfer out of the province to its own route. */
const submitTransfer = (code: string) => (v: Record<string, unknown>) => {
  if (v.kind !== 'out') return post(code, 'transfer')(v);
  return post(code, 'transfer-out')({ on: v.on, destination: v.destination, reason: v.reason });
};

/** A move to another cell: official (the current official placement ends), temporary (beside it) or out of the province. */
export function TransferModal({ open, onClose, person }: Props & { person: PersonDetail }) {
  const { t } = useTranslation();
  return (
    <ChangeModal
      open={open}
      onClose={onClose}
      testId="transfer-form"
      title={t('people.transferForm.title', { name: person.fullName })}
      submit={submitTransfer(person.code)}
      initialValues={{ kind: 'official', reasonKind: 'transfer' }}
    >
      <TransferFields />
    </ChangeModal>
  );
}

/** The end of the current membership, and of its open placements. */
export function EndModal({ open, onClose, person }: Props & { person: PersonDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const f = (k: string) => t(`people.endForm.${k}`);
  return (
    <ChangeModal
      open={open}
      onClose={onClose}
      testId="end-form"
      title={t('people.endForm.title', { name: person.fullName })}
      submit={post(person.code, 'end')}
    >
      <Alert type="warning" showIcon title={f('note')} style={{ marginBottom: 12 }} />
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="endedOn" label={f('endedOn')} rules={required(f('endedOn'))}>
            <IsoDatePicker testId="ended-on" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endReason" label={f('endReason')} rules={required(f('endReason'))}>
            <Select
              data-testid="end-reason"
              options={(['death', 'removed', 'expelled', 'resigned'] as const).map((r) => ({
                value: r,
                label: t(`reg.endReason.${r}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </ChangeModal>
  );
}
