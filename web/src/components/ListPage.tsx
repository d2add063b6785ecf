import {
  Card,
  Col,
  Flex,
  Form,
  Row,
  Table,
  Typography,
  type ColProps,
  type FormItemProps,
  type FormProps,
  type TablePaginationConfig,
  type TableProps,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import { pageParam, useUrlState } from '../lib/urlState';

/**
 * The frame of a list screen: its title (the screen's actions beside it), a
 * card of `Filter`s whose choices the screen keeps in the address
 * (lib/urlState), `notes` under the card, then the list, announced as it
 * changes, and what the screen shows `after` it.
 */
export function ListPage<F>(props: {
  testId: string;
  title: string;
  actions?: ReactNode;
  filters: ReactNode;
  form?: FormProps<F>;
  notes?: ReactNode;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <div data-testid={props.testId}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {props.actions}
      </Flex>
      <Card size="small" className="filter-card" style={{ marginTop: 12 }}>
        <Form layout="vertical" {...props.form}>
          <Row gutter={[12, 4]} align="bottom">
            {props.filters}
          </Row>
        </Form>
      </Card>
      {props.notes}
      <div style={{ marginTop: 12 }} aria-live="polite">
        {props.children}
      </div>
      {props.after}
    </div>
  );
}

/** One filter of the card: a labelled field in a column as wide as given at each breakpoint. */
export function Filter({ xs, md, xl, ...item }: Pick<ColProps, 'xs' | 'md' | 'xl'> & FormItemProps) {
  return (
    <Col xs={xs} md={md} xl={xl}>
      <Form.Item {...item} />
    </Col>
  );
}

/**
 * A list's table, keyed by code, in pages of `pageSize` with the total (the
 * `totalText` string) beside them. Given `total`, the server sends one page at
 * a time and the page is in the address (?page=, a step that Back undoes);
 * otherwise the table pages what it has, in the `sizes` the reader chooses.
 */
export function ListTable<T extends object>({
  total,
  pageSize = 50,
  sizes = [50, 100, 500],
  totalText = 'reg.total',
  pagination,
  ...table
}: Omit<TableProps<T>, 'pagination'> & {
  total?: number;
  pageSize?: number;
  sizes?: number[];
  totalText?: string;
  pagination?: TablePaginationConfig;
}) {
  const { t } = useTranslation();
  const [params, update] = useUrlState({ push: true });
  const pages: TablePaginationConfig =
    total === undefined
      ? { defaultPageSize: pageSize, showSizeChanger: true, pageSizeOptions: sizes }
      : {
          current: pageParam(params),
          pageSize,
          total,
          showSizeChanger: false,
          onChange: (p) => update({ page: String(p) }),
        };
  return (
    <Table<T>
      rowKey="code"
      size="small"
      {...table}
      pagination={{ ...pages, showTotal: (n) => t(totalText, { total: formatNumber(n) }), ...pagination }}
    />
  );
}
