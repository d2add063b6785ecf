import { ExportOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/States';
import ArticlesTab from './ArticlesTab';
import PollsTab from './PollsTab';

const VisitsChart = lazy(() => import('./VisitsChart'));
const tabs = ['articles', 'polls', 'visits'] as const;

/** The portal for its editors: articles, polls and the visits chart, one tab each (kept in the address). */
export default function PortalPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((x) => x === params.get('tab')) ?? 'articles';
  return (
    <div data-testid="portal-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('portal.title')}
        </Typography.Title>
        <Button href="/" target="_blank" icon={<ExportOutlined />}>
          {t('portal.open')}
        </Button>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'articles' ? {} : { tab: k })}
        items={[
          { key: 'articles', label: t('portal.tabs.articles'), children: <ArticlesTab /> },
          { key: 'polls', label: t('portal.tabs.polls'), children: <PollsTab /> },
          {
            key: 'visits',
            label: t('portal.tabs.visits'),
            children: (
              <Suspense fallback={<PageLoading />}>
                <VisitsChart />
              </Suspense>
            ),
          },
        ]}
      />
    </div>
  );
}
