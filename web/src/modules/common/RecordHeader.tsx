import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The top of a record's page: the way back to its list, its name and code, tags, and what may be done with it. */
export function RecordHeader({
  back,
  backLabel,
  title,
  code,
  tags,
  extra,
  testId,
}: {
  back: string;
  backLabel: string;
  title: string;
  code: string;
  tags?: ReactNode;
  extra?: ReactNode;
  testId: string;
}) {
  return (
    <>
      <Link to={back} className="back-link">
        <ArrowLeftOutlined /> {backLabel}
      </Link>
      <Flex align="center" gap={8} wrap justify="space-between" style={{ margin: '6px 0 12px' }}>
        <Flex align="baseline" gap={8} wrap>
          <Typography.Title level={1} style={{ margin: 0 }} data-testid={testId}>
            {title}
          </Typography.Title>
          <span className="muted">{code}</span>
          {tags}
        </Flex>
        {extra}
      </Flex>
    </>
  );
}
