/** Choosing a person, a cell or a village in a form: searchable, limited to what the account may see. */
import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, searchable, todayIso } from '../../lib/format';
import { useUnitTree, type UnitNode } from '../../lib/units';
import { useOrgs, usePeopleSearch, type PersonItem } from './data';
import './i18n';

interface FieldProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  testId?: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** "Nguyễn Văn An · 12/03/1980 · Thôn Hạ (P000123)" */
export function personLabel(p: Pick<PersonItem, 'code' | 'fullName'> & Partial<PersonItem>): string {
  return `${[p.fullName, p.birthDate ? formatDate(p.birthDate) : null, p.villageName].filter(Boolean).join(' · ')} (${p.code})`;
}

/** A person found by name; `village` narrows the first list to the people of a village, `preset` offers some before any search. */
export function PersonSelect({
  id,
  value,
  onChange,
  testId,
  village,
  preset = [],
}: FieldProps & { village?: string; preset?: { code: string; fullName: string }[] }) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const q = useDebounced(term.trim(), 300);
  const search = usePeopleSearch(
    { q: q || undefined, village: q ? undefined : village, limit: 30 },
    q.length >= 2 || (!!village && !q),
  );
  const options = useMemo(() => {
    const seen = new Set<string>();
    const list = [...(q ? [] : preset), ...(search.data?.items ?? [])].filter(
      (p) => !seen.has(p.code) && seen.add(p.code),
    );
    return list.map((p) => ({ value: p.code, label: personLabel(p) }));
  }, [q, preset, search.data]);
  return (
    <Select
      id={id}
      data-testid={testId}
      value={value}
      onChange={onChange}
      allowClear
      placeholder={t('reg.searchPersonHint')}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTerm }}
      notFoundContent={search.isFetching ? <Spin size="small" /> : t('reg.none')}
      popupMatchSelectWidth={false}
    />
  );
}

interface CodeOption {
  value: string;
  label: string;
  /** The label without diacritics, lower case, for searching. */
  key: string;
}

/** One code out of a list known in advance, found by typing a part of its name or code, with or without diacritics. */
function CodeSelect({
  id,
  value,
  onChange,
  testId,
  options,
  loading,
  placeholder,
}: FieldProps & { options: CodeOption[]; loading: boolean; placeholder: string }) {
  return (
    <Select
      id={id}
      data-testid={testId}
      value={value}
      onChange={onChange}
      allowClear
      loading={loading}
      placeholder={placeholder}
      options={options}
      showSearch={{ filterOption: (input, o) => !!o?.key.includes(searchable(input.trim())) }}
      popupMatchSelectWidth={false}
    />
  );
}

/** A cell valid at a date, by name or code. */
export function CellSelect({ at, ...field }: FieldProps & { at?: string }) {
  const { t } = useTranslation();
  const orgs = useOrgs(at ?? todayIso());
  const options = useMemo(
    () =>
      (orgs.data?.orgs ?? [])
        .filter((o) => o.kind === 'cell')
        .map((o) => ({ value: o.code, label: `${o.name} (${o.code})`, key: searchable(`${o.name} ${o.code}`) })),
    [orgs.data],
  );
  return <CodeSelect {...field} options={options} loading={orgs.isPending} placeholder={t('reg.searchCellHint')} />;
}

function villagesOf(units: UnitNode[], commune: string | null, out: CodeOption[] = []) {
  for (const u of units) {
    if (u.level === 'village')
      out.push({
        value: u.code,
        label: commune ? `${u.name} — ${commune} (${u.code})` : `${u.name} (${u.code})`,
        key: searchable(`${u.name} ${u.code}`),
      });
    else villagesOf(u.children, u.level === 'commune' ? u.name : commune, out);
  }
  return out;
}

/** A village of the account's scope, as it stands today. */
export function VillageSelect(field: FieldProps) {
  const { t } = useTranslation();
  const tree = useUnitTree(todayIso());
  const options = useMemo(() => villagesOf(tree.data?.units ?? [], null), [tree.data]);
  return <CodeSelect {...field} options={options} loading={tree.isPending} placeholder={t('reg.searchVillageHint')} />;
}
