/** Inputs and helpers the workflow screens share: dates as dd/mm/yyyy, people and villages by search, refused changes shown on their fields. */
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Select, Tag, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/auth';
import { ApiError, apiGet } from '../../lib/api';
import { formatDate, todayIso } from '../../lib/format';
import { useUnitTree, type UnitNode, startUnit } from '../../lib/units';
import './i18n';

/** A date picked or typed as dd/mm/yyyy; the value is 'YYYY-MM-DD' (antd Form's value/onChange). */
export function DateInput({
  value,
  onChange,
  testId,
  id,
}: {
  value?: string | null;
  onChange?: (iso: string | null) => void;
  testId?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <DatePicker
      id={id}
      data-testid={testId}
      style={{ width: '100%' }}
      format="DD/MM/YYYY"
      placeholder={t('wf.datePlaceholder')}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
    />
  );
}

interface PersonHit {
  code: string;
  fullName: string;
  birthDate: string | null;
  villageName: string | null;
  status: 'official' | 'probationary' | 'none';
}

/** A person found by name; the value is the person's code. */
export function PersonSelect({
  value,
  onChange,
  onPick,
  testId,
  id,
  village,
  ariaLabel,
}: {
  value?: string;
  /** The field's name where no label is tied to it (a row of a list). */
  ariaLabel?: string;
  onChange?: (code: string) => void;
  /** Told the name of the person picked. */
  onPick?: (code: string, name: string) => void;
  testId?: string;
  id?: string;
  village?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['people', 'search', q, village],
    queryFn: ({ signal }) =>
      apiGet<{ items: PersonHit[] }>('/api/people', { q: q || undefined, village, limit: 30 }, signal),
    enabled: q.length >= 2 || !!village,
    staleTime: 30_000,
  });
  const options = (found.data?.items ?? []).map((p) => ({
    value: p.code,
    label: `${p.fullName} (${p.code})${p.birthDate ? ` · ${formatDate(p.birthDate)}` : ''}${p.villageName ? ` · ${p.villageName}` : ''}${p.status !== 'none' ? ` · ${t(`wf.status.${p.status}`)}` : ''}`,
  }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      placeholder={t('wf.personHint')}
      loading={found.isFetching}
      options={options}
      onChange={(v) => {
        onChange?.(v);
        const p = found.data?.items.find((x) => x.code === v);
        if (p) onPick?.(v, p.fullName);
      }}
      style={{ width: '100%' }}
    />
  );
}

function flatten(
  units: UnitNode[],
  out: { code: string; name: string; parent: string }[] = [],
  parent = '',
): { code: string; name: string; parent: string }[] {
  for (const u of units) {
    if (u.level === 'village') out.push({ code: u.code, name: u.name, parent });
    flatten(u.children, out, u.name);
  }
  return out;
}

/** A village of the account's scope (today's tree), found by name or code; the value is its code. */
export function VillageSelect({
  value,
  onChange,
  testId,
  id,
}: {
  value?: string;
  onChange?: (code: string) => void;
  testId?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const tree = useUnitTree(todayIso());
  const options = useMemo(
    () => flatten(tree.data?.units ?? []).map((v) => ({ value: v.code, label: `${v.name} (${v.code}) · ${v.parent}` })),
    [tree.data],
  );
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      placeholder={t('wf.villageHint')}
      loading={tree.isLoading}
      options={options}
      onChange={(v) => onChange?.(v)}
      style={{ width: '100%' }}
    />
  );
}

/** The unit the workflow lists are about: the account's scope, or the top of the tree for an account that sees everything. */
export function useWorkScope(): { code: string | undefined; name: string | undefined } {
  const account = useSignedIn();
  const tree = useUnitTree(todayIso());
  const root = startUnit(tree.data?.units);
  if (account.scopeCode)
    return { code: account.scopeCode, name: root?.code === account.scopeCode ? root.name : undefined };
  return { code: root?.code, name: root?.name };
}

export interface Issue {
  field: string;
  code: string;
  message: string;
}

/** The issues of a refused change (422 CHANGE_REJECTED), or none. */
export function issuesOf(error: unknown): Issue[] {
  if (!(error instanceof ApiError)) return [];
  const details = (error as { details?: unknown }).details as { issues?: Issue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}

/**
 * Puts each issue of a refused change on the form field it concerns
 * (`alias` maps the server's field names to the form's); answers the ones
 * that match no field, to show above the form.
 */
export function showIssues(form: FormInstance, error: unknown, alias: Record<string, string> = {}): Issue[] {
  const issues = issuesOf(error);
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, string[]>();
  const rest: Issue[] = [];
  for (const i of issues) {
    const name = alias[i.field] ?? i.field;
    if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), i.message]);
    else rest.push(i);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return rest;
}

/** Overdue in red, due soon in orange, else the plain date. */
export function DueTag({ due, urgency }: { due: string; urgency: 'overdue' | 'soon' | null }) {
  const { t } = useTranslation();
  const color = urgency === 'overdue' ? 'red' : urgency === 'soon' ? 'orange' : 'default';
  return (
    <Tag color={color} data-testid="due-tag" data-urgency={urgency ?? 'none'}>
      {formatDate(due)} · {urgency ? t(`wf.${urgency}`) : t('wf.onTime')}
    </Tag>
  );
}

/** A screen's title, with its actions (already filtered by role) on the right. */
export function PageTitle({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {actions}
    </Flex>
  );
}
