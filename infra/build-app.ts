import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { loadDeployConfig, type ResolvedDeployConfig } from '../shared/config/deploy-config';
import { REPOSITORY_ROOT } from './bundling';
import { StatefulStack } from './stateful-stack';
import { StatelessStack } from './stateless-stack';

/** The context key in cdk.json that holds the operator's settings. */
export const CONTEXT_KEY = 'sitrep';

/** Reads and validates `sitrep` context; the OPML path is relative to the repository root. */
export function readDeployConfig(app: App): ResolvedDeployConfig {
  return loadDeployConfig(app.node.tryGetContext(CONTEXT_KEY), (path) => readFileSync(join(REPOSITORY_ROOT, path), 'utf8'));
}

/**
 * Adds sitrep's two stacks to `app`. Environment-agnostic (no account/region, no lookups), so
 * `cdk synth` needs no credentials; `cdk deploy` takes them from the operator's profile.
 */
export function buildSitrepApp(app: App, config: ResolvedDeployConfig = readDeployConfig(app)) {
  const stateful = new StatefulStack(app, 'SitrepData', {
    config,
    description: 'sitrep: digest bucket and state table (retained)',
  });
  const stateless = new StatelessStack(app, 'SitrepPipeline', {
    config,
    bucket: stateful.bucket,
    table: stateful.table,
    description: 'sitrep: feed polling, article processing, digests, email and alarms',
  });
  return { stateful, stateless };
}
