import { useMutation } from '@apollo/client';
import { CreateContactOfficialDocument, UpdateContactOfficialDocument, type ContactOfficialDetailsFragment } from '@cur/schema';
import { Alert, App, Col, Form, Input, Modal, Row, type ButtonProps } from 'antd';
import { useState } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { applyFieldErrors } from '../../shared/formErrors';
import {
  changedContactFields,
  cleanContactValues,
  CONTACT_FORM_FIELDS,
  CONTACT_RULES,
  type ContactOfficialValues,
} from './contactOfficialForm';

interface ContactOfficialModalProps {
  agencyId: string;
  /** The contact to edit, or null to create one. */
  contact: ContactOfficialDetailsFragment | null;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}

const CONTACT_MESSAGES = {
  CONFLICT: 'Контактное лицо изменено другим пользователем — закройте окно и обновите страницу',
  NOT_FOUND: 'Контактное лицо не найдено',
};

function initialValuesOf(contact: ContactOfficialDetailsFragment): ContactOfficialValues {
  const { surname, firstName, patronymic, position, email, phone } = contact;
  return { surname, firstName, patronymic, position, email, phone };
}

/**
 * Creates a contact official or edits one, sending only the changed fields and the version read.
 * The parent mounts it anew for every opening, so the form starts from the contact's current values.
 */
export function ContactOfficialModal({ agencyId, contact, onClose, onSaved }: ContactOfficialModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactOfficialValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateContactOfficialDocument);
  const [update, updating] = useMutation(UpdateContactOfficialDocument);

  const save = async (values: ContactOfficialValues) => {
    if (contact) {
      const changed = changedContactFields(contact, values);
      if (Object.keys(changed).length === 0) {
        message.info('Изменений нет');
        onClose();
        return;
      }
      await update({ variables: { input: { contactOfficialId: contact.id, expectedVersion: contact.version, ...changed } } });
      message.success('Контактное лицо изменено');
    } else {
      await create({ variables: { input: { agencyId, ...cleanContactValues(values) } } });
      message.success('Контактное лицо добавлено');
    }
  };

  const submit = async () => {
    setFailure(null);
    let values: ContactOfficialValues;
    try {
      values = await form.validateFields();
    } catch {
      // antd already shows the validation messages under the fields.
      return;
    }
    try {
      await save(values);
      await onSaved();
      onClose();
    } catch (error) {
      const info = describeApiError(error, CONTACT_MESSAGES);
      const unmatched = applyFieldErrors(form, info.fieldErrors, CONTACT_FORM_FIELDS);
      if (info.fieldErrors.length === 0 || unmatched.length > 0) {
        setFailure(info.message);
      }
    }
  };

  const field = (name: keyof ContactOfficialValues, label: string, placeholder?: string) => (
    <Form.Item name={name} label={label} rules={CONTACT_RULES[name]}>
      <Input placeholder={placeholder} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={contact ? 'Изменение контактного лица' : 'Новое контактное лицо'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={creating.loading || updating.loading}
      okButtonProps={{ 'data-testid': 'contact-save' } as ButtonProps}
      width={640}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form form={form} name="contactOfficial" layout="vertical" initialValues={contact ? initialValuesOf(contact) : undefined}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            {field('surname', 'Фамилия')}
          </Col>
          <Col xs={24} md={8}>
            {field('firstName', 'Имя')}
          </Col>
          <Col xs={24} md={8}>
            {field('patronymic', 'Отчество')}
          </Col>
          <Col span={24}>{field('position', 'Должность')}</Col>
          <Col xs={24} md={12}>
            {field('email', 'E-mail', 'name@mari-el.gov.ru')}
          </Col>
          <Col xs={24} md={12}>
            {field('phone', 'Телефон', '+7 836 245-12-34')}
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
