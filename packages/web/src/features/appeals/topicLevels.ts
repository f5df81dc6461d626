/** The ТОТКО level of a question. Level 5 contains the refinements of a question, and levels 1–3 are headings. */
export const QUESTION_TOPIC_LEVEL = 4;

/** Returns whether a topic is a question or a refinement, which an appeal may have, rather than a heading. */
export function isQuestionTopic(topic: { level: number }): boolean {
  return topic.level >= QUESTION_TOPIC_LEVEL;
}
