import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, type FormInstance } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText } from '../../lib/api';
import { useRefreshRegister } from './data';
import './i18n';

/** One objection of the server to a change, on the form field it concerns (null: the change as a whole). */
export interface Issue {
  field: string | null;
  code: string;
  message: string;
}

/**
 * The server's objections by field: a refused change (422 CHANGE_REJECTED,
 * details.issues) or a request that failed validation (400, the paths of
 * its body). Null for any other error.
 */
/** The messages of a refusal or of warnings, as a list. */
function IssueList({ items }: { items: string[] }) {
  return (
    <ul className="issue-list">
      {items.map((text, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list shown once; two messages may be alike
        <li key={n}>{text}</li>
      ))}
    </ul>
  );
}

export function issuesOf(error: unknown): Issue[] | null {
  if (!(error instanceof ApiError)) return null;
  const d = error.details as
    | { issues?: Issue[] }
    | { instancePath?: string; keyword?: string; message?: string }[]
    | undefined;
  if (error.code === 'CHANGE_REJECTED' && d && !Array.isArray(d) && Array.isArray(d.issues)) return d.issues;
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(d)) {
    return d.map((v) => ({
      field: v.instancePath?.replace(/^\//, '').split('/')[0] || null,
      code: v.keyword ?? 'invalid',
      message: v.message ?? '',
    }));
  }
  return null;
}

/** Puts each issue under the field it names; returns those that name no field of this form. */
export function showIssues(form: FormInstance, issues: Issue[]): Issue[] {
  const registered = new Set(Object.keys(form.getFieldsValue()));
  const byField = new Map<string, string[]>();
  const rest: Issue[] = [];
  for (const i of issues) {
    if (i.field && registered.has(i.field)) byField.set(i.field, [...(byField.get(i.field) ?? []), i.message]);
    else rest.push(i);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] })));
  return rest;
}

/** Rules of a field that must be filled in, saying which. */
export function useRequired() {
  const { t } = useTranslation();
  return (label: string) => [{ required: true, message: t('reg.required', { field: label.toLowerCase() }) }];
}

/** Leaves out fields left empty, so that the API sees only what was given. */
function given(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

interface Warning {
  message: string;
}

/**
 * A change to the register in a dialog: the form's fields, a reason kept in
 * the audit log, and the server's judgement. A refused change shows each
 * issue next to its field; any other failure as an alert. After a change
 * every figure on screen is asked for again.
 */
export function ChangeModal<T>({
  open,
  title,
  onClose,
  submit,
  onSaved,
  initialValues,
  children,
  okText,
  testId,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  submit: (values: Record<string, unknown>) => Promise<T>;
  onSaved?: (result: T) => void;
  initialValues?: Record<string, unknown>;
  children: ReactNode;
  okText?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const formId = useId();
  const refresh = useRefreshRegister();
  const { message, notification } = App.useApp();
  const [failure, setFailure] = useState<{ text: string; issues: Issue[] } | null>(null);
  const mutation = useMutation({ mutationFn: submit });

  const save = async (values: Record<string, unknown>) => {
    setFailure(null);
    try {
      const result = await mutation.mutateAsync(given(values));
      await refresh();
      const warnings = ((result as { warnings?: Warning[] } | null)?.warnings ?? []).map((w) => w.message);
      if (warnings.length > 0)
        notification.warning({
          title: t('reg.savedWarnings'),
          description: <IssueList items={warnings} />,
          duration: 10,
        });
      else void message.success(t('reg.saved'));
      onSaved?.(result);
      onClose();
    } catch (e) {
      const issues = issuesOf(e);
      if (issues) {
        const rest = showIssues(form, issues);
        setFailure({ text: rest.length === issues.length ? errorText(e) : t('reg.rejectedOther'), issues: rest });
      } else setFailure({ text: errorText(e), issues: [] });
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      width={620}
      onCancel={onClose}
      okText={okText ?? t('reg.save')}
      cancelText={t('reg.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: mutation.isPending }}
      destroyOnHidden
      afterOpenChange={(o) => !o && setFailure(null)}
    >
      <div data-testid={testId}>
        {failure && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="change-error"
            style={{ marginBottom: 12 }}
            title={failure.text}
            description={
              failure.issues.length > 1 ? <IssueList items={failure.issues.map((i) => i.message)} /> : undefined
            }
          />
        )}
        <Form
          id={formId}
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={save}
          preserve={false}
          // what the server said of a field no longer holds once the field is changed
          onValuesChange={(changed: Record<string, unknown>) =>
            form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })))
          }
        >
          {children}
          <Form.Item name="reason" label={t('reg.reason')} extra={t('reg.reasonHint')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
