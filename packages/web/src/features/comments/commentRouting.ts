interface RoutingRule {
  topic: { code: string };
}

/**
 * Returns the prefix that the codes of a topic's subtopics start with: the code without its
 * trailing all-zero blocks, and a dot. «0003.0009.0000.0000» gives «0003.0009.».
 */
export function subtopicPrefix(code: string): string {
  const blocks = code.split('.');
  while (blocks.length > 1 && /^0+$/.test(blocks.at(-1) ?? '')) {
    blocks.pop();
  }
  return `${blocks.join('.')}.`;
}

/**
 * Finds the rule the server would route a topic by: the rule on the topic itself or on its nearest
 * ancestor, or null when none covers it. It only previews the choice; detectInformationRisk makes it.
 */
export function ruleForTopic<Rule extends RoutingRule>(rules: readonly Rule[], topicCode: string): Rule | null {
  let best: Rule | null = null;
  for (const rule of rules) {
    const prefix = subtopicPrefix(rule.topic.code);
    const covers = rule.topic.code === topicCode || topicCode.startsWith(prefix);
    if (covers && (!best || prefix.length > subtopicPrefix(best.topic.code).length)) {
      best = rule;
    }
  }
  return best;
}
