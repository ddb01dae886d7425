// Which understander the graph uses: the offline rules, or an LLM (with the rules as its fallback) when one is configured.
import type { AgentWorkerConfig } from '@atrevete/config';
import type { Logger } from '@atrevete/observability';
import {
  LlmUnderstander,
  RulesUnderstander,
  type Understander,
} from '@atrevete/understanding';

export function understanderOf(
  config: Pick<
    AgentWorkerConfig,
    'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'
  >,
  logger: Logger,
): Understander {
  const rules = new RulesUnderstander();
  if (!config.LLM_BASE_URL || !config.LLM_API_KEY || !config.LLM_MODEL) {
    logger.info('understanding: offline rules');
    return rules;
  }
  logger.info(
    { model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS },
    'understanding: LLM, with the offline rules as fallback',
  );
  return new LlmUnderstander({
    baseUrl: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    fallback: rules,
    logger,
  });
}
