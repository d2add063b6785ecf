import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/States';
import { ApiError, errorText } from '../../lib/api';
import './i18n';

/** A record that does not exist, or that the account may not see (the server answers both alike). */
export function RecordNotFound({ error, back }: { error: unknown; back: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      data-testid="not-found"
      title={t('reg.notFoundTitle')}
      subTitle={error ? errorText(error) : undefined}
      extra={
        <Link to={back}>
          <Button type="primary">{t('reg.backTo')}</Button>
        </Link>
      }
    />
  );
}

/** Loading, not found, failed, or the record: the states every record page shows. */
export function RecordQuery<T>({
  query,
  back,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  back: string;
  children: (data: T) => ReactNode;
}) {
  if (query.error instanceof ApiError && query.error.status === 404)
    return <RecordNotFound error={query.error} back={back} />;
  return <QueryState query={query}>{children}</QueryState>;
}
