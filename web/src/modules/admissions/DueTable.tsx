import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/States';
import { DueTag } from '../workflow/fields';
import { useDueProspects, type ProspectView } from './data';
import { DecidedBy, deciderOf } from './Decider';
import '../workflow/i18n';

/** The cases whose next step is overdue or due within 30 days, most urgent first. */
export function DueTable({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const due = useDueProspects();
  if (due.error) return <ErrorState error={due.error} onRetry={() => void due.refetch()} />;
  const rows = [...(due.data ?? [])].sort((a, b) => (a.deadline?.due ?? '').localeCompare(b.deadline?.due ?? ''));
  // its own test id: the dashboard has an empty state of its own
  if (due.data && rows.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="prospects-due-empty">
        {t('adm.dueEmpty')}
      </Typography.Text>
    );
  return (
    <Table<ProspectView>
      data-testid="prospects-due"
      rowKey="id"
      size="small"
      loading={due.isLoading}
      dataSource={rows}
      pagination={compact ? { pageSize: 5, hideOnSinglePage: true } : { pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        { key: 'name', title: t('wf.name'), render: (_, p) => <Link to={`/admissions/${p.id}`}>{p.fullName}</Link> },
        { key: 'village', title: t('wf.village'), render: (_, p) => p.villageName ?? p.villageCode },
        ...(compact
          ? []
          : [
              {
                key: 'stage',
                title: t('adm.stage'),
                render: (_: unknown, p: ProspectView) => t(`adm.stages.${p.stage}`),
              },
            ]),
        {
          key: 'deadline',
          title: t('adm.deadlineBody'),
          render: (_, p) =>
            p.deadline && (
              <span>
                {t(`adm.stepNames.${p.deadline.step}`)} <DueTag due={p.deadline.due} urgency={p.deadline.urgency} />{' '}
                <DecidedBy decider={deciderOf(p, p.deadline.step)} />
              </span>
            ),
        },
      ]}
    />
  );
}
