import { PictureOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, Popover, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/States';
import { apiGet, apiPost, errorText } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import type { Schema } from '../../api/types';
import { LinkButton } from '../../components/LinkButton';

type ArticleDetail = Schema<'ArticleDetail'>;
type ArticleSummary = Schema<'ArticleSummary'>;
type Category = Schema<'Category'>;

/** dd/mm/yyyy HH:mm in the browser's time zone. */
export const formatDateTime = (iso: string | null) => (iso ? dayjs(iso).format('DD/MM/YYYY HH:mm') : '');

const stateColors: Record<ArticleSummary['state'], string> = {
  draft: 'default',
  scheduled: 'gold',
  public: 'green',
  unpublished: 'red',
};

interface FormValues {
  title: string;
  summary: string;
  bodyHtml: string;
  authorLine: string;
  categoryId: number | null;
}

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });

function ArticleEditor({
  id,
  categories,
  onClose,
}: {
  id: number | 'new';
  categories: Category[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [currentId, setCurrentId] = useState<number | null>(id === 'new' ? null : id);
  const [at, setAt] = useState<Dayjs | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const article = useQuery({
    queryKey: ['portal', 'article', currentId],
    queryFn: () => apiGet<ArticleDetail>(`/api/editorial/articles/${currentId}`),
    enabled: currentId !== null,
  });
  const done = (text: string) => (a: ArticleDetail) => {
    void message.success(text);
    setCurrentId(a.id);
    qc.setQueryData(['portal', 'article', a.id], a);
    void qc.invalidateQueries({ queryKey: ['portal', 'articles'] });
  };
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      apiPost<ArticleDetail>(
        currentId === null ? '/api/editorial/articles' : `/api/editorial/articles/${currentId}`,
        v,
      ),
    onSuccess: done(t('portal.saved')),
  });
  // publishing saves the text first, so what goes out is what the editor sees
  const publish = useMutation({
    mutationFn: async ({ v, when }: { v: FormValues; when?: string }) => {
      const saved = await apiPost<ArticleDetail>(
        currentId === null ? '/api/editorial/articles' : `/api/editorial/articles/${currentId}`,
        v,
      );
      return apiPost<ArticleDetail>(`/api/editorial/articles/${saved.id}/publish`, when ? { at: when } : {});
    },
    onSuccess: (a) => done(a.state === 'scheduled' ? t('portal.scheduled') : t('portal.published'))(a),
  });
  const unpublish = useMutation({
    mutationFn: () => apiPost<ArticleDetail>(`/api/editorial/articles/${currentId}/unpublish`),
    onSuccess: done(t('portal.unpublished')),
  });
  const upload = useMutation({
    mutationFn: async (file: File) => {
      let target = currentId;
      if (target === null)
        target = (await apiPost<ArticleDetail>('/api/editorial/articles', await form.validateFields())).id;
      setCurrentId(target);
      return apiPost<{ url: string; alt: string }>(`/api/editorial/articles/${target}/images`, {
        data: await readBase64(file),
        alt: file.name.replace(/\.[^.]+$/, ''),
      });
    },
    onSuccess: (img) => {
      const body = form.getFieldValue('bodyHtml') ?? '';
      form.setFieldValue(
        'bodyHtml',
        `${body}\n<figure><img src="${img.url}" alt=""><figcaption></figcaption></figure>\n`,
      );
      void message.success(t('portal.imageInserted'));
    },
  });
  const a = article.data;
  const error = save.error ?? publish.error ?? unpublish.error ?? upload.error;
  const busy = save.isPending || publish.isPending || unpublish.isPending || upload.isPending;
  const withValues = (fn: (v: FormValues) => void) => () => void form.validateFields().then(fn);
  const ready = currentId === null || a !== undefined;
  return (
    <Drawer
      open
      size={760}
      title={currentId === null ? t('portal.newTitle') : t('portal.editArticle')}
      onClose={onClose}
      destroyOnHidden
      extra={
        a && (
          <Space>
            <Tag color={stateColors[a.state]} data-testid="article-state">
              {t(`portal.states.${a.state}`)}
            </Tag>
            {a.state === 'public' && (
              <a href={a.url} target="_blank" rel="noreferrer">
                {t('portal.view')}
              </a>
            )}
          </Space>
        )
      }
    >
      {article.error && <ErrorState error={article.error} />}
      {ready && (
        <Form
          form={form}
          layout="vertical"
          data-testid="article-form"
          disabled={busy}
          initialValues={
            a
              ? {
                  title: a.title,
                  summary: a.summary,
                  bodyHtml: a.bodyHtml,
                  authorLine: a.authorLine,
                  categoryId: a.categoryId,
                }
              : { title: '', summary: '', bodyHtml: '', authorLine: 'HY- VPTU', categoryId: categories[0]?.id ?? null }
          }
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item
            name="title"
            label={t('portal.fields.title')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('wf.required', { field: t('portal.fields.title').toLowerCase() }),
              },
            ]}
          >
            <Input maxLength={300} data-testid="article-title" />
          </Form.Item>
          <Form.Item name="categoryId" label={t('portal.fields.category')}>
            <Select
              options={[
                { value: null, label: t('portal.noCategory') },
                ...categories.map((c) => ({ value: c.id, label: c.name })),
              ]}
              data-testid="article-category"
            />
          </Form.Item>
          <Form.Item name="summary" label={t('portal.fields.summary')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="article-summary" />
          </Form.Item>
          <Form.Item name="bodyHtml" label={t('portal.fields.body')} extra={t('portal.bodyHint')}>
            <Input.TextArea
              autoSize={{ minRows: 10, maxRows: 24 }}
              data-testid="article-body"
              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
          <input
            ref={fileRef}
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            style={{ display: 'none' }}
            data-testid="article-image-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) upload.mutate(f);
              e.target.value = '';
            }}
          />
          <Button
            icon={<PictureOutlined />}
            onClick={() => fileRef.current?.click()}
            loading={upload.isPending}
            style={{ marginBottom: 16 }}
          >
            {t('portal.insertImage')}
          </Button>
          <Form.Item name="authorLine" label={t('portal.fields.author')} extra={t('portal.authorHint')}>
            <Input maxLength={200} data-testid="article-author" />
          </Form.Item>
          {error && <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 12 }} />}
          <Flex gap={8} wrap>
            <Button htmlType="submit" data-testid="article-save">
              {t('portal.saveDraft')}
            </Button>
            <Button type="primary" onClick={withValues((v) => publish.mutate({ v }))} data-testid="article-publish">
              {t('portal.publish')}
            </Button>
            <Popover
              trigger="click"
              title={t('portal.pickTime')}
              content={
                <Space>
                  <DatePicker
                    showTime
                    format="DD/MM/YYYY HH:mm"
                    value={at}
                    onChange={setAt}
                    disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                    data-testid="article-schedule-at"
                  />
                  <Button
                    disabled={!at || busy}
                    onClick={withValues((v) => publish.mutate({ v, when: at!.toISOString() }))}
                    data-testid="article-schedule-ok"
                  >
                    {t('portal.schedule')}
                  </Button>
                </Space>
              }
            >
              <Button data-testid="article-schedule">{t('portal.schedule')}</Button>
            </Popover>
            {a && (a.state === 'public' || a.state === 'scheduled') && (
              <Button danger onClick={() => unpublish.mutate()} data-testid="article-unpublish">
                {t('portal.unpublish')}
              </Button>
            )}
          </Flex>
        </Form>
      )}
    </Drawer>
  );
}

/** Every article with its state and views; a click opens it in the editor. */
export default function ArticlesTab() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const list = useQuery({
    queryKey: ['portal', 'articles'],
    queryFn: () => apiGet<ArticleSummary[]>('/api/editorial/articles'),
  });
  const cats = useQuery({
    queryKey: ['portal', 'categories'],
    queryFn: () => apiGet<Category[]>('/api/editorial/categories'),
  });
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const categories = cats.data ?? [];
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')} data-testid="article-new">
          {t('portal.newArticle')}
        </Button>
      </Flex>
      <Table<ArticleSummary>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data}
        data-testid="articles-table"
        pagination={{ pageSize: 20, showSizeChanger: false }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'title',
            title: t('portal.fields.title'),
            dataIndex: 'title',
            render: (v: string, r) => <LinkButton onClick={() => setOpen(r.id)}>{v}</LinkButton>,
          },
          {
            key: 'category',
            title: t('portal.fields.category'),
            render: (_, r) => categories.find((c) => c.id === r.categoryId)?.name ?? '',
            responsive: ['md'],
          },
          {
            key: 'state',
            title: t('portal.fields.state'),
            render: (_, r) => <Tag color={stateColors[r.state]}>{t(`portal.states.${r.state}`)}</Tag>,
          },
          {
            key: 'publishedAt',
            title: t('portal.fields.publishedAt'),
            render: (_, r) => formatDateTime(r.publishedAt),
            responsive: ['sm'],
          },
          { key: 'views', title: t('portal.fields.views'), align: 'right', render: (_, r) => formatNumber(r.views) },
        ]}
      />
      {open !== null && (
        <ArticleEditor key={String(open)} id={open} categories={categories} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
