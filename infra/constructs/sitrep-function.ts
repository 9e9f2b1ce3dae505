import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  BUNDLE_TARGET,
  ESM_REQUIRE_BANNER,
  EXTERNAL_MODULES,
  HANDLERS,
  REPOSITORY_ROOT,
  type HandlerName,
} from '../bundling';
import { acknowledgeRules } from '../nag';

/** The newest Node.js Lambda runtime aws-cdk-lib 2.276 knows; BUNDLE_TARGET follows it. */
export const SITREP_RUNTIME = Runtime.NODEJS_24_X;

export interface SitrepFunctionProps {
  handler: HandlerName;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  /** For functions invoked asynchronously (schedules): where failed events go after Lambda's retries. */
  deadLetterQueue?: IQueue;
  description: string;
  /** Executions reserved for (and the most allowed to) this function. */
  reservedConcurrentExecutions?: number;
}

/**
 * A sitrep Lambda: one place fixes the runtime, arm64 (cheaper per GB-second), X-Ray tracing,
 * a log group with retention, and bundling (ESM, minified, source maps, AWS SDK left to the
 * runtime, jsdom installed beside the bundle where needed). Sizes come from infra/bundling.ts.
 */
export class SitrepFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: SitrepFunctionProps) {
    const spec = HANDLERS[props.handler];
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    super(scope, id, {
      description: props.description,
      entry: join(REPOSITORY_ROOT, spec.entry),
      handler: 'handler',
      projectRoot: REPOSITORY_ROOT,
      depsLockFilePath: join(REPOSITORY_ROOT, 'package-lock.json'),
      runtime: SITREP_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: spec.memorySizeMb,
      timeout: Duration.seconds(spec.timeoutSeconds),
      tracing: Tracing.ACTIVE,
      logGroup,
      deadLetterQueue: props.deadLetterQueue,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: {
        ...props.environment,
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLE_TARGET,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        externalModules: EXTERNAL_MODULES,
        nodeModules: spec.nodeModules,
        commandHooks: copyFoldersHooks(spec.copyFolders),
      },
    });
    acknowledgeRules(this, {
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        'The AWS-maintained basic execution role only allows writing to the function\'s own logs.',
      'AwsSolutions-IAM5[Resource::*]': 'X-Ray PutTraceSegments/PutTelemetryRecords accept no resource narrower than *.',
    });
  }
}

/** Copies repository folders (the seed corpus) next to the bundle after esbuild has run. */
function copyFoldersHooks(folders: string[]) {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) =>
      folders.map((folder) => `cp -R "${join(inputDir, folder)}" "${join(outputDir, folder)}"`),
  };
}
