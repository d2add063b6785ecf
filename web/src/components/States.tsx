import { Alert, Button, Empty, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/api';

/** A spinner with a text, for a page or a block that is loading. */
export function PageLoading({ label, minHeight = 240 }: { label?: string; minHeight?: number }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" justify="center" gap={12} style={{ minHeight }} role="status" aria-live="polite">
      <Spin size="large" />
      <span className="muted">{label ?? t('common.loading')}</span>
    </Flex>
  );
}

/** What failed, in the user's language, with a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="error-state"
      title={title ?? t('common.error')}
      description={errorText(error)}
      action={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

export function EmptyState({ text }: { text: string }) {
  return <Empty data-testid="empty-state" image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}

/** A query's states: a spinner while it is on its way, what failed (with a retry), `empty` when it found nothing, else what it brought. */
export function QueryState<T>({
  query,
  empty,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  empty?: string | false;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return empty ? <EmptyState text={empty} /> : children(query.data as T);
}
