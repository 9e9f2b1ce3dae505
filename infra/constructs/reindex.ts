import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE_NAMES } from '../../shared/observability/metrics';
import { acknowledgeRules } from '../nag';
import { buildRuntimeEnvironment } from '../runtime-environment';
import { SitrepFunction } from './sitrep-function';

export interface ReindexProps {
  table: ITable;
  /** Only to satisfy the runtime configuration; the function is granted nothing on the bucket. */
  bucketName: string;
  timeZone: string;
  logRetention: RetentionDays;
}

/**
 * The near-duplicate re-index an operator invokes once after upgrading a table indexed before
 * issue 17 (README, Upgrading). No schedule, no trigger: it runs when invoked. Its table rights are
 * what reindexFingerprints sends: Scan, BatchGetItem, BatchWriteItem (puts, and deletes with
 * deleteOld) and UpdateItem (conditional bucket appends).
 */
export class ReindexConstruct extends Construct {
  readonly function: SitrepFunction;

  constructor(scope: Construct, id: string, props: ReindexProps) {
    super(scope, id);
    this.function = new SitrepFunction(this, 'Reindex', {
      handler: 'reindex',
      description: 'sitrep: rebuild the near-duplicate index in the current layout (invoke once after an upgrade)',
      environment: buildRuntimeEnvironment({
        tableName: props.table.tableName,
        bucketName: props.bucketName,
        timeZone: props.timeZone,
        serviceName: SERVICE_NAMES.reindex,
      }),
      logRetention: props.logRetention,
    });
    props.table.grant(this.function, 'dynamodb:Scan', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:UpdateItem');
    acknowledgeRules(this.function, {
      'Serverless-LambdaDLQ': 'Invoked synchronously by an operator (aws lambda invoke), who sees a failure; idempotent, so it is simply run again.',
    });
  }
}
