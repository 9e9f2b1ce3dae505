import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { InvocationType, Trigger } from 'aws-cdk-lib/triggers';
import { Construct } from 'constructs';
import { SERVICE_NAMES } from '../../shared/observability/metrics';
import { HANDLERS } from '../bundling';
import { buildRuntimeEnvironment } from '../runtime-environment';
import { grantModelInvocation, grantObjectAccess } from '../grants';
import type { ClaimExtractorConfig } from '../../shared/claims/bedrock/extractor-config';
import { acknowledgeRules } from '../nag';
import { SitrepFunction } from './sitrep-function';

export interface SeedIngestProps {
  table: ITable;
  bucket: IBucket;
  timeZone: string;
  logRetention: RetentionDays;
  /** The seeds are read by the same extractor as every article, so the baseline and the news agree. */
  claimExtractor: ClaimExtractorConfig;
}

/**
 * Ingests the seed corpus (shipped inside the function's bundle) during deployment, as the
 * baseline the first digest compares against. Runs again whenever the function changes, e.g. new
 * seeds; ingest is idempotent (a seed already recorded is skipped), so re-runs change nothing.
 */
export class SeedIngestConstruct extends Construct {
  readonly function: SitrepFunction;

  constructor(scope: Construct, id: string, props: SeedIngestProps) {
    super(scope, id);
    this.function = new SitrepFunction(this, 'Seed', {
      handler: 'seed',
      description: 'sitrep: ingest the seed corpus (runs on deploy)',
      environment: buildRuntimeEnvironment({
        tableName: props.table.tableName,
        bucketName: props.bucket.bucketName,
        timeZone: props.timeZone,
        serviceName: SERVICE_NAMES.seed,
        claimExtractor: props.claimExtractor,
      }),
      logRetention: props.logRetention,
    });
    props.table.grantReadWriteData(this.function);
    grantObjectAccess(props.bucket, this.function, ['read', 'write']);
    if (props.claimExtractor.kind === 'bedrock') grantModelInvocation(this.function, props.claimExtractor.modelId);
    acknowledgeRules(this.function, {
      'Serverless-LambdaDLQ': 'Invoked synchronously by the deploy trigger; a failure fails the deployment.',
    });
    new Trigger(this, 'OnDeploy', {
      handler: this.function,
      invocationType: InvocationType.REQUEST_RESPONSE,
      timeout: Duration.seconds(HANDLERS.seed.timeoutSeconds),
      executeOnHandlerChange: true,
    });
  }
}
