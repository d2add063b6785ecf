import { useQuery } from '@tanstack/react-query';
import { Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate, todayIso } from '../../lib/format';
import type { Schema } from '../../api/types';
import './i18n';

type CalendarYear = Schema<'CalendarYear'>;
type NoticeDay = Schema<'NoticeDay'>;

/** Days of one break, of one kind and source, in a row: shown as one line "from – to". */
interface Span extends NoticeDay {
  to: string;
}

function spans(days: readonly NoticeDay[]): Span[] {
  const out: Span[] = [];
  const next = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = out.at(-1);
    if (
      last &&
      last.kind === d.kind &&
      last.holiday === d.holiday &&
      last.source === d.source &&
      next(last.to) === d.date
    )
      last.to = d.date;
    else out.push({ ...d, to: d.date });
  }
  return out;
}

/** A year of the working-day calendar: where its days come from, the weekdays off and weekend days worked, the notice's days with their sources. */
export function CalendarCard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const q = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => apiGet<CalendarYear>('/api/calendar', { year }, signal),
    staleTime: 60_000,
  });
  const y = q.data;
  const dates = (list: string[]) => (list.length ? list.map(formatDate).join(', ') : t('calendarWf.none'));
  return (
    <Card
      size="small"
      data-testid="calendar"
      style={{ marginTop: 12 }}
      title={t('calendarWf.title')}
      extra={
        <label htmlFor="calendar-year">
          {t('calendarWf.year')}{' '}
          <InputNumber
            id="calendar-year"
            aria-label={t('calendarWf.year')}
            data-testid="calendar-year"
            min={2016}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
        </label>
      }
    >
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {y && (
            <>
              <Tag data-testid="calendar-basis" color={y.basis === 'rule' ? 'orange' : 'green'}>
                {t(`calendarWf.basis.${y.basis === 'rule' ? 'rule' : (y.origin ?? 'table')}`)}
              </Tag>
              <Typography.Text data-testid="calendar-off">
                <strong>{t('calendarWf.weekdaysOff')}:</strong> {dates(y.weekdaysOff)}
              </Typography.Text>
              <Typography.Text data-testid="calendar-worked">
                <strong>{t('calendarWf.saturdaysWorked')}:</strong> {dates(y.saturdaysWorked)}
              </Typography.Text>
            </>
          )}
          {(y?.days.length ?? 0) > 0 && (
            <Table<Span>
              size="small"
              loading={q.isLoading}
              pagination={false}
              rowKey="date"
              dataSource={spans(y?.days ?? [])}
              scroll={{ x: true }}
              columns={[
                {
                  key: 'date',
                  title: t('calendarWf.date'),
                  width: 200,
                  render: (_: unknown, r: Span) =>
                    r.to === r.date ? formatDate(r.date) : `${formatDate(r.date)} – ${formatDate(r.to)}`,
                },
                {
                  key: 'kind',
                  title: t('calendarWf.kind'),
                  dataIndex: 'kind',
                  width: 90,
                  render: (k: NoticeDay['kind']) => t(`calendarWf.${k}`),
                },
                { key: 'holiday', title: t('calendarWf.holiday'), dataIndex: 'holiday', width: 200 },
                { key: 'source', title: t('calendarWf.source'), dataIndex: 'source' },
              ]}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
