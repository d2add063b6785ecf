import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLang, setLang, type Lang } from '../i18n';

/** Vietnamese or English, remembered on this browser. */
export function LanguageSwitch({ long, className }: { long?: boolean; className?: string }) {
  const { t } = useTranslation();
  return (
    <Segmented<Lang>
      className={className}
      size="small"
      aria-label={t('account.language')}
      data-testid="lang-switch"
      value={currentLang()}
      options={[
        { label: long ? 'Tiếng Việt' : 'VI', value: 'vi' },
        { label: long ? 'English' : 'EN', value: 'en' },
      ]}
      onChange={setLang}
    />
  );
}
