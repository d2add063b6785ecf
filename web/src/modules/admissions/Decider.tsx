import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { ruleSetLabel } from '../../../../common/rules';
import type { Decider, ProspectView } from './data';
import '../workflow/i18n';

/**
 * The decision a step or deadline belongs to: the admission until the
 * ceremony, the recognition (or removal) after it; with no step, the one
 * that comes next.
 */
export function deciderOf(p: ProspectView, step?: string | null): Decider | null {
  if (step === 'decision' || step === 'ceremony') return p.decidedBy.admission;
  if (step === 'review' || step === 'outcome') return p.decidedBy.recognition;
  return p.decidedBy.recognition ?? p.decidedBy.admission;
}

/**
 * Who decides (or decided): the district committee or the commune-level
 * committee, by the rule set in force on the decision's date, or, pending,
 * on today or the earliest day it can be taken (the server judges it).
 */
export function DecidedBy({ decider }: { decider: Decider | null }) {
  const { t, i18n } = useTranslation();
  if (!decider) return null;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const hint = t(decider.taken ? 'adm.decidedHint' : 'adm.decidesHint', {
    on: formatDate(decider.on),
    ruleSet: ruleSetLabel(decider.ruleSet, lang),
  });
  return (
    <Tooltip title={hint}>
      <Tag
        color={decider.level === 'commune' ? 'geekblue' : 'purple'}
        data-testid="decided-by"
        data-level={decider.level}
        data-decision={decider.decision}
        aria-label={`${t('adm.decidedBy')}: ${t(`adm.bodies.${decider.level}`)}. ${hint}`}
      >
        {t(`adm.bodies.${decider.level}`)}
      </Tag>
    </Tooltip>
  );
}
