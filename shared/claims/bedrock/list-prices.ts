/**
 * List prices used to turn token counts into money (on-demand, per million tokens, US dollars):
 * Anthropic's list prices for these models as of 2026, as the issue gives them. Not re-checked from
 * the machine this was written on (no network); Bedrock bills per region and may differ — check the
 * Amazon Bedrock pricing page before relying on them.
 */
export const PRICES_AS_OF = '2026 list prices, not re-checked here';

export interface ModelPrice {
  label: string;
  inputPerMillion: number;
  outputPerMillion: number;
}

/** One small model and one stronger one, the two the README prices. */
export const LIST_PRICES: readonly ModelPrice[] = [
  { label: 'Claude Haiku 4.5', inputPerMillion: 1, outputPerMillion: 5 },
  { label: 'Claude Sonnet 4.5', inputPerMillion: 3, outputPerMillion: 15 },
];

/** Dollars for `inputTokens` and `outputTokens` at `price`. */
export function costOf(price: ModelPrice, inputTokens: number, outputTokens: number): number {
  return (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1_000_000;
}
