import { Alert, Col, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useSignedIn } from '../../app/auth';
import { DateField } from '../../components/DateField';
import { Filter, ListPage } from '../../components/ListPage';
import { ScopePicker } from '../../components/ScopePicker';
import { EmptyState, ErrorState, PageLoading, QueryState } from '../../components/States';
import { formatDate, isIsoDate, todayIso } from '../../lib/format';
import { findUnit, useUnitTree, startUnit } from '../../lib/units';
import { useUrlState } from '../../lib/urlState';
import { useComparison, useSnapshot } from './data';
import { FigureCards } from './FigureCards';
import { AdmissionsDueCard } from './AdmissionsDueCard';
import { ChecksCard } from '../checks/ChecksCard';
import type { ListRequest } from './model';
import { VillageListDrawer } from './VillageListDrawer';

const DashboardCharts = lazy(() => import('./charts/DashboardCharts'));

/**
 * Renders its children (the charts, whose library is the app's largest chunk)
 * once the browser has painted what came with it (the figure cards), so the
 * numbers never wait for the charts to load.
 */
function AfterPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return <Suspense fallback={fallback}>{painted ? children : fallback}</Suspense>;
}

/**
 * The figures of a unit at a date, or two dates compared; every number opens
 * its villages. The choices live in the address (?scope=&at=&cmp=), so a
 * reload or a shared link shows the same view.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const account = useSignedIn();
  const canList = useCan('register.read');
  const [params, update] = useUrlState();
  const [listRequest, setListRequest] = useState<ListRequest | null>(null);

  const at = isIsoDate(params.get('at')) ? params.get('at')! : todayIso();
  const cmp = isIsoDate(params.get('cmp')) ? params.get('cmp') : null;
  const dates = cmp && cmp !== at ? (cmp < at ? { from: cmp, to: at } : { from: at, to: cmp }) : null;

  const tree = useUnitTree(at);
  const roots = tree.data?.units ?? [];
  const wanted = params.get('scope') ?? account.scopeCode;
  const scopeNode = findUnit(roots, wanted) ?? startUnit(roots);
  // the figures of the unit asked for are fetched beside the tree, not after it; the tree may then
  // say that unit did not exist at the date, and the nearest one is asked for instead
  const scope = tree.data ? scopeNode?.code : (wanted ?? undefined);
  const switched = !!tree.data && !!wanted && !!scopeNode && scopeNode.code !== wanted;

  const snapshot = useSnapshot(scope, at, !dates);
  const comparison = useComparison(scope, dates);
  const figures = dates ? comparison : snapshot;

  const scopeName = (snapshot.data?.scope.name ?? comparison.data?.to.scope.name ?? scopeNode?.name ?? '') as string;
  const villagesCount =
    snapshot.data?.villages ??
    (comparison.data ? Math.max(comparison.data.from.villages, comparison.data.to.villages) : undefined);

  return (
    <ListPage
      testId="dashboard"
      title={t('dashboard.title')}
      filters={
        <>
          <Filter xs={24} md={12} xl={10} label={t('dashboard.scope')}>
            <ScopePicker
              units={roots}
              value={scope}
              loading={tree.isPending}
              onChange={(code) => update({ scope: code })}
            />
          </Filter>
          <Col xs={12} md={6} xl={5}>
            <DateField
              testId="date-at"
              label={t('dashboard.date')}
              value={at}
              allowClear={false}
              onChange={(d) => d && update({ at: d })}
            />
          </Col>
          <Col xs={12} md={6} xl={5}>
            <DateField
              testId="date-compare"
              label={t('dashboard.compareWith')}
              value={cmp}
              placeholder={t('dashboard.comparePlaceholder')}
              onChange={(d) => update({ cmp: d })}
            />
          </Col>
        </>
      }
      notes={
        <>
          {tree.isError && <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />}
          {switched && (
            <Alert
              style={{ marginTop: 12 }}
              type="info"
              showIcon
              title={t('dashboard.scopeSwitched', { at: formatDate(at), scope: scopeNode.name })}
            />
          )}
          {cmp === at && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('dashboard.sameDates')} />}
        </>
      }
      after={
        <>
          {/* the checks are a full pass over the register: asked for once the figures are in, never before them */}
          {figures.data && <ChecksCard />}
          <AdmissionsDueCard />
          <VillageListDrawer request={listRequest} onClose={() => setListRequest(null)} />
        </>
      }
    >
      {!scope ? (
        tree.isPending ? (
          <PageLoading />
        ) : (
          !tree.isError && <EmptyState text={t('dashboard.empty', { scope: '', at: formatDate(at) })} />
        )
      ) : (
        <QueryState<unknown> query={figures}>
          {() => (
            <>
              <Typography.Text strong data-testid="figures-heading">
                {dates
                  ? `${scopeName}: ${t('dashboard.comparing', { from: formatDate(dates.from), to: formatDate(dates.to) })}`
                  : t('dashboard.snapshotOf', { scope: scopeName, at: formatDate(at) })}
              </Typography.Text>
              {villagesCount === 0 ? (
                <div style={{ marginTop: 16 }}>
                  <EmptyState text={t('dashboard.empty', { scope: scopeName, at: formatDate(at) })} />
                </div>
              ) : (
                <>
                  <FigureCards
                    scope={scope}
                    scopeName={scopeName}
                    snapshot={dates ? undefined : snapshot.data}
                    comparison={dates ? comparison.data : undefined}
                    onOpen={canList ? setListRequest : undefined}
                  />
                  {!canList && (
                    <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('dashboard.listNotAllowed')} />
                  )}
                  <AfterPaint fallback={<PageLoading label={t('common.loading')} />}>
                    <DashboardCharts
                      scope={scope}
                      scopeName={scopeName}
                      at={dates?.to ?? at}
                      dates={dates}
                      comparison={dates ? comparison.data : undefined}
                      chartFigure={params.get('fig')}
                      tab={params.get('chart')}
                      onChange={update}
                      onOpen={canList ? setListRequest : undefined}
                    />
                  </AfterPaint>
                </>
              )}
            </>
          )}
        </QueryState>
      )}
    </ListPage>
  );
}
