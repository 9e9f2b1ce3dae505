import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FunctionUrlAuthType, InvokeMode, type FunctionUrl } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE_NAMES } from '../../shared/observability/metrics';
import { buildRuntimeEnvironment } from '../runtime-environment';
import type { MailConstruct } from './mail';
import { acknowledgeRules } from '../nag';
import { SitrepFunction } from './sitrep-function';

export interface SubscriptionsProps {
  table: ITable;
  bucketName: string;
  timeZone: string;
  senderEmail: string;
  mail: MailConstruct;
  logRetention: RetentionDays;
  /** Confirmation emails per hour, overall and per client (enforced in the function, state in the table). */
  confirmationLimits: { perHour: number; perClientPerHour: number };
  /** The function's reserved concurrency: the most requests a flood can have in flight. */
  reservedConcurrency: number;
}

/**
 * The public subscribe / confirm / unsubscribe endpoint: a Lambda Function URL without IAM auth
 * (people click it from an email). Requests are authorised by the HMAC-signed tokens instead.
 */
export class SubscriptionsConstruct extends Construct {
  readonly function: SitrepFunction;
  readonly url: FunctionUrl;

  constructor(scope: Construct, id: string, props: SubscriptionsProps) {
    super(scope, id);
    this.function = new SitrepFunction(this, 'Subscribe', {
      handler: 'subscribe',
      description: 'sitrep: subscribe, confirm and one-click unsubscribe (double opt-in)',
      environment: buildRuntimeEnvironment({
        tableName: props.table.tableName,
        bucketName: props.bucketName,
        timeZone: props.timeZone,
        serviceName: SERVICE_NAMES.subscribe,
        senderEmail: props.senderEmail,
        tokenSecretArn: props.mail.tokenSecret.secretArn,
        sesConfigurationSet: props.mail.configurationSet.configurationSetName,
        confirmationLimits: props.confirmationLimits,
      }),
      logRetention: props.logRetention,
      reservedConcurrentExecutions: props.reservedConcurrency,
    });
    this.url = this.function.addFunctionUrl({ authType: FunctionUrlAuthType.NONE, invokeMode: InvokeMode.BUFFERED });
    props.table.grantReadWriteData(this.function);
    props.mail.grantSendAndSign(this.function);
    acknowledgeRules(this.function, {
      'Serverless-LambdaDLQ': 'Invoked synchronously through its Function URL; the caller sees any error.',
    });
  }
}
