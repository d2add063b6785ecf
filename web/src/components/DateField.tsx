import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { todayIso } from '../lib/format';

interface PickerProps {
  value?: string | null;
  onChange?: (iso: string | null) => void;
  future?: boolean;
  id?: string;
  testId?: string;
  allowClear?: boolean;
  placeholder?: string;
}

/**
 * A date typed or picked as dd/mm/yyyy whose value is 'YYYY-MM-DD', so that a
 * form holds what the API takes. Days after today cannot be picked unless
 * `future` is set.
 */
export function IsoDatePicker({ value, onChange, future, id, testId, allowClear = true, placeholder }: PickerProps) {
  const today = todayIso();
  return (
    <DatePicker
      id={id}
      data-testid={testId}
      style={{ width: '100%' }}
      format={['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD']}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      allowClear={allowClear}
      value={value ? dayjs(value) : null}
      disabledDate={future ? undefined : (d: Dayjs) => d.isAfter(dayjs(today), 'day')}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      // Enter confirms the typed date; it must not also submit the form around it
      onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
    />
  );
}

/** A date picker under its label, which names it (the test id is the picker's id too). */
export function DateField({
  label,
  testId,
  ...picker
}: Omit<PickerProps, 'id' | 'testId'> & { label: string; testId: string }) {
  return (
    <Form.Item label={label} htmlFor={testId}>
      <IsoDatePicker id={testId} testId={testId} {...picker} />
    </Form.Item>
  );
}
