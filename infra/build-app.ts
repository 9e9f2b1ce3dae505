import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, type App } from 'aws-cdk-lib';
import { ConfigError } from '../shared/config/config';
import { isPlaceholderEmail, loadDeployConfig, type ResolvedDeployConfig } from '../shared/config/deploy-config';
import { REPOSITORY_ROOT } from './bundling';
import { StatefulStack } from './stateful-stack';
import { StatelessStack } from './stateless-stack';
import { readClaimExtractorConfig } from './claim-extractor-context';
import type { ClaimExtractorConfig } from '../shared/claims/bedrock/extractor-config';

/** The context key in cdk.json that holds the operator's settings. */
export const CONTEXT_KEY = 'sitrep';

/** Context flag set by `npm run synth`: synthesise for inspection, where a placeholder sender only warns. */
export const INSPECT_ONLY_KEY = 'sitrep:inspectOnly';

/**
 * Reads and validates `sitrep` context; the OPML path is relative to the repository root. A
 * placeholder sender (cdk.json ships digest@example.com) is refused, since the CDK app cannot tell
 * a deploy from a synth: every deploy goes through here. `npm run synth` passes INSPECT_ONLY_KEY,
 * and then buildSitrepApp only warns.
 */
export function readDeployConfig(app: App): ResolvedDeployConfig {
  const config = loadDeployConfig(app.node.tryGetContext(CONTEXT_KEY), (path) => readFileSync(join(REPOSITORY_ROOT, path), 'utf8'));
  const problem = describePlaceholderSender(config);
  if (problem && !isInspectOnly(app)) {
    throw new ConfigError(`${problem}. To synthesise for inspection only, run npm run synth (or pass -c ${INSPECT_ONLY_KEY}=true).`);
  }
  return config;
}

/** What is wrong with a placeholder sender, or null for a real one. */
function describePlaceholderSender(config: ResolvedDeployConfig): string | null {
  if (!isPlaceholderEmail(config.senderEmail)) return null;
  return `sitrep.senderEmail is the placeholder ${config.senderEmail}: set it in cdk.json (or -c sitrep='{…}') to an address of your verified SES identity before deploying`;
}

function isInspectOnly(app: App): boolean {
  const value: unknown = app.node.tryGetContext(INSPECT_ONLY_KEY);
  return value === true || value === 'true';
}

/**
 * Adds sitrep's two stacks to `app`. Environment-agnostic (no account/region, no lookups), so
 * `cdk synth` needs no credentials; `cdk deploy` takes them from the operator's profile.
 */
export function buildSitrepApp(app: App, config: ResolvedDeployConfig = readDeployConfig(app), claimExtractor: ClaimExtractorConfig = readClaimExtractorConfig(app)) {
  const stateful = new StatefulStack(app, 'SitrepData', {
    config,
    description: 'sitrep: digest bucket and state table (retained)',
  });
  const stateless = new StatelessStack(app, 'SitrepPipeline', {
    config,
    bucket: stateful.bucket,
    table: stateful.table,
    claimExtractor,
    description: 'sitrep: feed polling, article processing, digests, email and alarms',
  });
  // On the stacks, not the App: the CDK CLI prints the warnings of the stacks' metadata only.
  const placeholder = describePlaceholderSender(config);
  if (placeholder) for (const stack of [stateful, stateless]) Annotations.of(stack).addWarningV2('sitrep:placeholder-sender', placeholder);
  return { stateful, stateless };
}
