import { useMutation } from '@apollo/client';
import { AddRoadmapMeasureDocument, UpdateRoadmapMeasureDocument, type RoadmapMeasureDetailsFragment, type RoadmapMeasureStatus } from '@cur/schema';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { applyFieldErrors } from '../../shared/formErrors';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { maxLength, required } from '../appeals/appealFormRules';
import { MEASURE_STATUS_LABELS } from './problemLabels';

interface MeasureValues {
  title: string;
  responsibleAgencyId: string;
  dueDate: Dayjs;
  status: RoadmapMeasureStatus;
  note?: string | null;
}

/** The modal's subject: a new measure of a problem, or an existing one whose progress only an agency may change. */
export type MeasureEditing =
  | { mode: 'add'; problemId: string }
  | { mode: 'edit'; measure: RoadmapMeasureDetailsFragment; progressOnly: boolean };

const STATUS_OPTIONS = (Object.keys(MEASURE_STATUS_LABELS) as RoadmapMeasureStatus[]).map((status) => ({ value: status, label: MEASURE_STATUS_LABELS[status] }));
const FORM_FIELDS = ['title', 'responsibleAgencyId', 'dueDate', 'status', 'note'] as const;

/** Adds a roadmap measure or changes one; an agency official changes only the status and the note. */
export function MeasureModal({ editing, onClose, onSaved }: { editing: MeasureEditing | null; onClose: () => void; onSaved: () => unknown }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MeasureValues>();
  const agencies = useAgencyOptions();
  const [add, adding] = useMutation(AddRoadmapMeasureDocument);
  const [update, updating] = useMutation(UpdateRoadmapMeasureDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const progressOnly = editing?.mode === 'edit' && editing.progressOnly;

  useEffect(() => {
    setFailure(null);
    if (editing?.mode === 'edit') {
      const { measure } = editing;
      form.setFieldsValue({ title: measure.title, responsibleAgencyId: measure.responsibleAgency.id, dueDate: dayjs(measure.dueDate), status: measure.status, note: measure.note });
    } else if (editing?.mode === 'add') {
      form.resetFields();
    }
  }, [editing, form]);

  const submit = async (values: MeasureValues) => {
    if (!editing) {
      return;
    }
    setFailure(null);
    const note = values.note?.trim() || null;
    try {
      if (editing.mode === 'add') {
        await add({
          variables: {
            input: { problemId: editing.problemId, title: values.title.trim(), responsibleAgencyId: values.responsibleAgencyId, dueDate: values.dueDate.format('YYYY-MM-DD'), note },
          },
        });
        message.success('Мероприятие добавлено');
      } else {
        const plan = progressOnly ? {} : { title: values.title.trim(), responsibleAgencyId: values.responsibleAgencyId, dueDate: values.dueDate.format('YYYY-MM-DD') };
        await update({ variables: { input: { measureId: editing.measure.id, status: values.status, note, ...plan } } });
        message.success('Мероприятие сохранено');
      }
      onClose();
      await onSaved();
    } catch (error) {
      const info = describeApiError(error, { INVALID_TRANSITION: 'Проблема решена — её дорожная карта больше не меняется' });
      const unmatched = applyFieldErrors(form, info.fieldErrors, FORM_FIELDS);
      setFailure(info.fieldErrors.length > 0 && unmatched.length === 0 ? null : info.message);
    }
  };

  return (
    <Modal
      open={editing !== null}
      title={editing?.mode === 'add' ? 'Новое мероприятие' : 'Мероприятие дорожной карты'}
      okText="Сохранить"
      cancelText="Отмена"
      confirmLoading={adding.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="roadmap-measure" onFinish={submit} initialValues={{ status: 'PLANNED' }}>
        <Form.Item name="title" label="Мероприятие" rules={[required('Опишите мероприятие'), maxLength(500)]}>
          <Input.TextArea rows={2} disabled={progressOnly} data-testid="measure-title" />
        </Form.Item>
        <Form.Item name="responsibleAgencyId" label="Ответственный орган" rules={[{ required: true, message: 'Выберите орган власти' }]}>
          <Select<string> showSearch optionFilterProp="label" options={agencies.options} loading={agencies.loading} disabled={progressOnly} data-testid="measure-agency" />
        </Form.Item>
        <Form.Item name="dueDate" label="Срок (последний день)" rules={[{ required: true, message: 'Укажите срок' }]}>
          <DatePicker format="DD.MM.YYYY" disabled={progressOnly} style={{ width: 200 }} data-testid="measure-due" />
        </Form.Item>
        {editing?.mode === 'edit' && (
          <Form.Item name="status" label="Статус">
            <Select<RoadmapMeasureStatus> options={STATUS_OPTIONS} style={{ width: 220 }} data-testid="measure-status" />
          </Form.Item>
        )}
        <Form.Item name="note" label="Примечание о ходе выполнения" rules={[maxLength(2000)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
