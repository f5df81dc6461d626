import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { AppellantKind } from '@cur/schema';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { APPELLANT_KIND_LABELS, optionsOf } from '../../shared/labels';
import { emailRule, innControlDigitsRule, innPattern, legalEntityInnRule, maxLength, phoneRule, required } from '../appeals/appealFormRules';

/** Edits the co-appellants of a collective appeal (`coAppellants` of RegisterAppealInput) with the appellant's fields. */
export function CoAppellantsField() {
  return (
    <Form.List name="coAppellants">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={`Соавтор ${index + 1}`}
              style={{ marginBottom: 12 }}
              extra={<Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={`Удалить соавтора ${index + 1}`} />}
              data-testid={`co-appellant-${index}`}
            >
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'kind']} label="Категория" initialValue="RUSSIAN_CITIZEN">
                    <Select<AppellantKind> options={optionsOf(APPELLANT_KIND_LABELS)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'name']} label="ФИО или наименование" rules={[required('Укажите соавтора'), maxLength(300)]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'email']} label="E-mail" rules={[emailRule]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'phone']} label="Телефон" rules={[phoneRule]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'inn']}
                    label="ИНН"
                    dependencies={[['coAppellants', field.name, 'kind']]}
                    rules={[innPattern, innControlDigitsRule, legalEntityInnRule(['coAppellants', field.name, 'kind'])]}
                  >
                    <Input inputMode="numeric" maxLength={12} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name={[field.name, 'address']} label="Почтовый адрес" rules={[maxLength(500)]}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} data-testid="co-appellant-add">
            Добавить соавтора (коллективное обращение)
          </Button>
        </>
      )}
    </Form.List>
  );
}
