import { useMutation } from '@apollo/client';
import { ReviewAppealAnswerDocument, type AppealReviewDetailsFragment, type AppealReviewStage } from '@cur/schema';
import { Alert, App, Button, Checkbox, Empty, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { applyFieldErrors } from '../../shared/formErrors';
import { formatDateTime } from '../../shared/format';
import { REVIEW_STAGE_LABELS } from '../../shared/labels';
import { maxLength } from './appealFormRules';
import { CHECKLIST_ITEMS, MIN_PASSING_SCORE, reviewPasses, type ReviewChecklist } from './appealQuality';
import { StepFailure, useStepFailure } from './stepFailure';

const SCORE_OPTIONS = [1, 2, 3, 4, 5].map((score) => ({ value: score, label: String(score) }));

interface ReviewValues extends ReviewChecklist {
  remarks?: string;
}

const INITIAL_VALUES: ReviewValues = {
  answeredOnSubstance: false,
  allQuestionsAnswered: false,
  deadlineMet: false,
  rightsExplained: false,
  score: null,
};

export interface AppealReviewFormProps {
  appealId: string;
  version: number;
  stage: AppealReviewStage;
  /** The text under review, shown above the checklist; null where the card already shows it beside the form. */
  reviewedText: string | null | undefined;
  onChanged: () => Promise<unknown>;
}

/** Renders the center's review checklist with the score and remarks, which a failing review requires. */
export function AppealReviewForm({ appealId, version, stage, reviewedText, onChanged }: AppealReviewFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewValues>();
  const [review, { loading }] = useMutation(ReviewAppealAnswerDocument);
  const { failure, clear, report } = useStepFailure();
  const values = Form.useWatch([], form) ?? INITIAL_VALUES;
  const scored = values.score != null;
  const passes = reviewPasses(values);

  const submit = async (submitted: ReviewValues) => {
    clear();
    try {
      const result = await review({
        variables: {
          input: {
            appealId,
            stage,
            answeredOnSubstance: submitted.answeredOnSubstance,
            allQuestionsAnswered: submitted.allQuestionsAnswered,
            deadlineMet: submitted.deadlineMet,
            rightsExplained: submitted.rightsExplained,
            score: submitted.score ?? 0,
            remarks: submitted.remarks?.trim() || null,
            expectedVersion: version,
          },
        },
      });
      const passed = result.data?.reviewAppealAnswer.review.passed;
      message.success(passed ? 'Проверка пройдена' : 'Ответ возвращён органу на доработку');
      form.resetFields();
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['score', 'remarks']).length);
    }
  };

  return (
    <Form form={form} name="review" layout="vertical" onFinish={submit} initialValues={INITIAL_VALUES} data-testid="review-form">
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Typography.Paragraph type="secondary">
        Проверяется: {stage === 'BEFORE_SENDING' ? 'черновик ответа до отправки заявителю' : 'ответ, отправленный заявителю'}
      </Typography.Paragraph>
      {reviewedText && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 4, expandable: true, symbol: 'показать полностью' }}>
          {reviewedText}
        </Typography.Paragraph>
      )}
      {CHECKLIST_ITEMS.map((item) => (
        <Form.Item key={item.name} name={item.name} valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox data-testid={`review-${item.name}`}>{item.label}</Checkbox>
        </Form.Item>
      ))}
      <Form.Item name="score" label="Оценка" rules={[{ required: true, message: 'Поставьте оценку от 1 до 5' }]} style={{ marginTop: 12 }}>
        <Radio.Group options={SCORE_OPTIONS} optionType="button" data-testid="review-score" />
      </Form.Item>
      <Form.Item
        name="remarks"
        label="Замечания"
        rules={[
          maxLength(4000),
          { required: scored && !passes, whitespace: true, message: 'Укажите, что органу нужно исправить' },
        ]}
      >
        <Input.TextArea rows={3} data-testid="review-remarks" />
      </Form.Item>
      {scored && (
        <Alert
          style={{ marginBottom: 12 }}
          type={passes ? 'success' : 'warning'}
          data-testid="review-verdict"
          message={
            passes
              ? 'Проверка будет пройдена'
              : `Проверка не будет пройдена: нужны все отметки и оценка не ниже ${MIN_PASSING_SCORE}. Обращение вернётся органу на доработку с новым сроком.`
          }
        />
      )}
      <Button type="primary" htmlType="submit" loading={loading} data-testid="review-submit">
        Сохранить проверку
      </Button>
    </Form>
  );
}

/** Renders the reviews of the appeal's answer, newest first, with the checklist, score and remarks. */
export function AppealReviewList({ reviews }: { reviews: AppealReviewDetailsFragment[] }) {
  if (reviews.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Проверок ещё не было" />;
  }
  return (
    <List
      size="small"
      dataSource={[...reviews].reverse()}
      data-testid="review-list"
      renderItem={(review) => (
        <List.Item key={review.id}>
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={review.passed ? 'green' : 'red'}>{review.passed ? 'Пройдена' : 'Не пройдена'}</Tag>
              <Typography.Text strong>Оценка {review.score} из 5</Typography.Text>
              <Typography.Text type="secondary">
                {REVIEW_STAGE_LABELS[review.stage]}, {formatDateTime(review.reviewedAt)}
                {review.reviewer ? `, ${review.reviewer.fullName}` : ''}
              </Typography.Text>
            </Space>
            <Space wrap size={[4, 4]}>
              {CHECKLIST_ITEMS.map((item) => (
                <Tag key={item.name} color={review[item.name] ? 'success' : 'error'}>
                  {review[item.name] ? '✓' : '✗'} {item.label}
                </Tag>
              ))}
            </Space>
            {review.remarks && <Typography.Text>Замечания: {review.remarks}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}
