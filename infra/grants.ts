import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { acknowledgeWildcardResource } from './nag';

export type ObjectAccess = 'read' | 'write';

const OBJECT_ACTIONS: Record<ObjectAccess, string[]> = {
  read: ['s3:GetObject'],
  write: ['s3:PutObject'],
};

/**
 * Grants exactly the object actions a function uses (no `s3:*Object*` wildcards, unlike
 * `bucket.grantReadWrite`), plus listing. Objects are named per article and per day, so the
 * object resource is necessarily `bucket/*`; that one wildcard is acknowledged here.
 */
export function grantObjectAccess(bucket: IBucket, grantee: IGrantable & IConstruct, access: ObjectAccess[]): void {
  const objects = bucket.arnForObjects('*');
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: access.flatMap((kind) => OBJECT_ACTIONS[kind]), resources: [objects] }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  acknowledgeWildcardResource(grantee, objects, 'Objects are keyed by article id and digest date, unknown at deploy time.');
}

/**
 * Cross-region inference-profile ids carry a geography prefix before the provider
 * (`eu.anthropic.…`, `global.anthropic.…`); foundation-model ids start with the provider.
 */
const INFERENCE_PROFILE_PREFIX = /^(us|eu|apac|us-gov|jp|au|ca|global)\.(?=[a-z0-9-]+\.)/;

/**
 * Grants `bedrock:InvokeModel` (what Converse needs) on exactly the configured model: its
 * foundation model in the stack's region, or, for an inference-profile id, the profile in this
 * account and region plus the foundation model it routes to. A cross-region profile sends a call to
 * whichever of its regions has capacity, so the foundation model's region is necessarily `*`; that
 * one wildcard is acknowledged here.
 */
export function grantModelInvocation(grantee: IGrantable & IConstruct, modelId: string): void {
  const stack = Stack.of(grantee);
  const profile = INFERENCE_PROFILE_PREFIX.exec(modelId);
  if (!profile) {
    const model = `arn:${stack.partition}:bedrock:${stack.region}::foundation-model/${modelId}`;
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [model] }));
    return;
  }
  const foundationModel = `arn:${stack.partition}:bedrock:*::foundation-model/${modelId.slice(profile[0].length)}`;
  const inferenceProfile = `arn:${stack.partition}:bedrock:${stack.region}:${stack.account}:inference-profile/${modelId}`;
  grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [inferenceProfile, foundationModel] }));
  acknowledgeWildcardResource(grantee, foundationModel, 'A cross-region inference profile routes each call to the foundation model in any of its regions.');
}
