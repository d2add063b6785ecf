import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Stands for a screen that is not built yet, so that the menu already shows what each role will have. */
export default function NotYetPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t('common.notYetTitle')}
      subTitle={t('common.notYet', { name: t(titleKey) })}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.back')}</Button>
        </Link>
      }
    />
  );
}
