import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { rulesAt } from '../../../../common/rules';
import './i18n';

/** A cell whose official members on the day are enough, under the rules of that day, to elect a cell committee. */
export function CommitteeDueTag({ at }: { at: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('orgs.committeeDueHint', { n: rulesAt(at).cells.committeeFromOfficialMembers })}>
      <Tag color="gold" data-testid="committee-due">
        {t('orgs.committeeDue')}
      </Tag>
    </Tooltip>
  );
}
