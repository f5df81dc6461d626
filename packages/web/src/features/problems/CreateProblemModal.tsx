import { useMutation } from '@apollo/client';
import { CreateProblemDocument } from '@cur/schema';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { applyFieldErrors } from '../../shared/formErrors';
import { maxLength, required } from '../appeals/appealFormRules';
import { MunicipalitySelect } from '../appeals/ReferenceSelects';
import { TopicSelect } from '../appeals/TopicSelect';

export interface ProblemDraft {
  title: string;
  topicCode: string | null;
  municipalityOktmo: string | null;
}

interface CreateProblemValues {
  title: string;
  description?: string;
  topicCode: string;
  municipalityOktmo?: string | null;
}

const FORM_FIELDS = ['title', 'description', 'topicCode', 'municipalityOktmo'] as const;

/** Creates a problem, prefilled from a suggestion when one is given, and opens its page. */
export function CreateProblemModal({ draft, onClose }: { draft: ProblemDraft | null; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateProblemValues>();
  const [create, { loading }] = useMutation(CreateProblemDocument, { refetchQueries: ['Problems', 'ProblemSuggestions'] });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (draft) {
      form.setFieldsValue({ title: draft.title, topicCode: draft.topicCode ?? undefined, municipalityOktmo: draft.municipalityOktmo, description: '' });
      setFailure(null);
    }
  }, [draft, form]);

  const submit = async (values: CreateProblemValues) => {
    setFailure(null);
    try {
      const result = await create({
        variables: {
          input: {
            title: values.title.trim(),
            description: values.description?.trim() || null,
            topicCode: values.topicCode,
            municipalityOktmo: values.municipalityOktmo ?? null,
          },
        },
      });
      message.success('Проблема создана');
      onClose();
      const id = result.data?.createProblem.problem.id;
      if (id) {
        navigate(`/problems/${id}`);
      }
    } catch (error) {
      const info = describeApiError(error);
      const unmatched = applyFieldErrors(form, info.fieldErrors, FORM_FIELDS);
      setFailure(info.fieldErrors.length > 0 && unmatched.length === 0 ? null : info.message);
    }
  };

  return (
    <Modal
      open={draft !== null}
      title="Новая проблема"
      okText="Создать"
      cancelText="Отмена"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="create-problem" onFinish={submit}>
        <Form.Item name="title" label="Название" rules={[required('Укажите название проблемы'), maxLength(300)]}>
          <Input data-testid="problem-title" />
        </Form.Item>
        <Form.Item name="topicCode" label="Тема обращений" rules={[required('Выберите тему')]}>
          <TopicSelect questionsOnly />
        </Form.Item>
        <Form.Item name="municipalityOktmo" label="Муниципальное образование" extra="Без муниципального образования проблема охватывает всю республику">
          <MunicipalitySelect />
        </Form.Item>
        <Form.Item name="description" label="Описание" rules={[maxLength(5000)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
