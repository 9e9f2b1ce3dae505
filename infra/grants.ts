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
