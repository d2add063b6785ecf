import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { searchable } from '../lib/format';
import type { UnitNode } from '../lib/units';

interface Option {
  value: string;
  title: string;
  children: Option[];
}

const toOptions = (units: UnitNode[]): Option[] =>
  units.map((u) => ({ value: u.code, title: u.name, children: toOptions(u.children) }));

/** The units open at first: the roots, and below them the way down while it has one unit only (the country of a one-province register). */
const openAtFirst = (units: UnitNode[]): string[] =>
  units.flatMap((u) => [u.code, ...(u.children.length === 1 ? openAtFirst(u.children) : [])]);

/** The units the account may see at the date, as a searchable tree. */
export function ScopePicker({
  units,
  value,
  onChange,
  loading,
}: {
  units: UnitNode[];
  value?: string;
  onChange: (code: string) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const treeData = useMemo(() => toOptions(units), [units]);
  return (
    <TreeSelect
      data-testid="scope-picker"
      aria-label={t('dashboard.scope')}
      style={{ width: '100%' }}
      value={value}
      loading={loading}
      treeData={treeData}
      placeholder={t('dashboard.scopePlaceholder')}
      showSearch={{
        filterTreeNode: (input, node) => {
          const o = node as unknown as Option;
          return searchable(o.title).includes(searchable(input)) || o.value.startsWith(input.trim());
        },
      }}
      treeDefaultExpandedKeys={openAtFirst(units)}
      popupMatchSelectWidth={false}
      listHeight={360}
      onChange={(v) => v && onChange(v)}
    />
  );
}
