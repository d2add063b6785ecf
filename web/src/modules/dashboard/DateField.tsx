import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** A date typed or picked as dd/mm/yyyy, up to today; 'YYYY-MM-DD' in and out. Without a placeholder it cannot be cleared. */
export function DateField(props: { testId: string; label: string; value: string | null; today: string; placeholder?: string; onChange: (iso: string | null) => void }) {
  return (
    <Form.Item label={props.label} htmlFor={props.testId}>
      <DatePicker
        id={props.testId}
        data-testid={props.testId}
        style={{ width: '100%' }}
        format="DD/MM/YYYY"
        value={props.value ? dayjs(props.value) : null}
        placeholder={props.placeholder}
        allowClear={!!props.placeholder}
        disabledDate={(d: Dayjs) => d.isAfter(dayjs(props.today), 'day')}
        onChange={(d) => props.onChange(d ? d.format('YYYY-MM-DD') : null)}
      />
    </Form.Item>
  );
}
