import { Card, Col, Row, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatSigned } from '../../lib/format';
import { figureGroups, figures, type Figure } from './figures';
import { flowNames, type Comparison, type ListRequest, type Snapshot } from './model';

interface Props {
  scope: string;
  scopeName: string;
  snapshot?: Snapshot;
  comparison?: Comparison;
  /** Opens the villages behind a number; absent for roles that may not see village lists. */
  onOpen?: (request: ListRequest) => void;
}

/**
 * A number that opens its list when the role may see lists. Its accessible
 * name holds the number as shown (WCAG 2.5.3, label in name): "Tổng số thôn: 1.082 — xem danh sách".
 */
function Num({
  children,
  label,
  onClick,
  part,
}: {
  children: string;
  label: string;
  onClick?: () => void;
  part: string;
}) {
  const { t } = useTranslation();
  if (!onClick) return <span data-role={part}>{children}</span>;
  return (
    <button
      type="button"
      className="figure-link"
      data-role={part}
      aria-label={`${label}: ${children} — ${t('dashboard.openList').toLocaleLowerCase()}`}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

const pointsFormat = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

function Net({ figure, from, to }: { figure: Figure; from: number; to: number }) {
  const { t } = useTranslation();
  const net = figure.kind === 'ratio' ? Math.round((to - from) * 100) / 100 : to - from;
  const good = net === 0 || !figure.better ? null : net < 0 === (figure.better === 'down');
  const text =
    figure.kind === 'ratio'
      ? `${pointsFormat.format(net).replace('-', '−')} ${t('figures.points')}`
      : formatSigned(net);
  return (
    <div>
      <span className="muted">{t('flows.net')}: </span>
      <span data-role="net" className={good === null ? undefined : good ? 'net-good' : 'net-bad'}>
        {text}
      </span>
    </div>
  );
}

/** KPI cards for every figure of a snapshot, or of two dates with their net change and flows. */
export function FigureCards({ scope, scopeName, snapshot, comparison, onOpen }: Props) {
  const { t } = useTranslation();
  const base = { scope, scopeName };
  const openAt = (f: Figure, at: string) =>
    onOpen &&
    (() =>
      onOpen({
        ...base,
        kind: 'at',
        at,
        category: f.category,
        title: t(`figures.${f.key}`),
        sumMembers: f.kind === 'members',
      }));
  const shown = (f: Figure, s: Snapshot) => (f.kind === 'ratio' ? s.nonPartyHeadRatio.text : formatNumber(f.value(s)));

  const card = (f: Figure) => {
    const label = t(`figures.${f.key}`);
    const hint =
      f.kind === 'members'
        ? t('figures.hints.members')
        : f.key === 'readyForCell'
          ? t('figures.hints.readyForCell')
          : undefined;
    let body: ReactNode;
    if (comparison) {
      const { from, to } = comparison;
      const change = f.change ? comparison.changes[f.change] : undefined;
      body = (
        <>
          <div className={`figure-value ${f.kind === 'ratio' ? 'small' : 'medium'}`}>
            <Num part="from" label={`${label}, ${formatDate(from.at)}`} onClick={openAt(f, from.at)}>
              {shown(f, from)}
            </Num>
            <span className="figure-arrow" aria-hidden>
              →
            </span>
            <Num part="to" label={`${label}, ${formatDate(to.at)}`} onClick={openAt(f, to.at)}>
              {shown(f, to)}
            </Num>
          </div>
          <Net figure={f} from={f.value(from)} to={f.value(to)} />
          {change && (
            <div className="figure-flows">
              {flowNames.map((flow) => (
                <Tooltip key={flow} title={t(`flowHints.${flow}`)}>
                  <span data-flow={flow}>
                    {t(`flows.${flow}`)}{' '}
                    <Num
                      part={`flow-${flow}`}
                      label={`${label}: ${t(`flows.${flow}`)}`}
                      onClick={
                        onOpen &&
                        (() =>
                          onOpen({
                            ...base,
                            kind: 'flow',
                            from: from.at,
                            to: to.at,
                            category: f.change!,
                            flow,
                            title: `${label} — ${t(`flows.${flow}`)}`,
                          }))
                      }
                    >
                      {formatNumber(change[flow])}
                    </Num>
                  </span>
                </Tooltip>
              ))}
            </div>
          )}
        </>
      );
    } else if (snapshot) {
      body = (
        <div className={`figure-value ${f.kind === 'ratio' ? 'small' : ''}`}>
          <Num part="value" label={label} onClick={openAt(f, snapshot.at)}>
            {shown(f, snapshot)}
          </Num>
        </div>
      );
    }
    return (
      <Col
        key={f.key}
        xs={comparison ? 24 : 12}
        sm={12}
        md={comparison ? 12 : 8}
        lg={comparison ? 8 : 6}
        xl={6}
        xxl={comparison ? 6 : 4}
      >
        <Card className="figure-card" data-figure={f.key} size="small">
          <div className="figure-label">{hint ? <Tooltip title={hint}>{label}</Tooltip> : label}</div>
          {body}
        </Card>
      </Col>
    );
  };

  return (
    <div data-testid="figure-cards">
      {figureGroups.map((g) => (
        <section key={g} aria-labelledby={`group-${g}`}>
          <Typography.Title level={5} className="figure-group-title" id={`group-${g}`}>
            {t(`groups.${g}`)}
          </Typography.Title>
          <Row gutter={[12, 12]}>{figures.filter((f) => f.group === g).map(card)}</Row>
        </section>
      ))}
    </div>
  );
}
