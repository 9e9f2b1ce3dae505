import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../shared/storage/dynamo/client';
import { acknowledgeRules } from '../nag';

export interface StorageProps {
  /** Days raw article pages (`raw/`) are kept; digests and records are kept. */
  rawRetentionDays: number;
  /** Days an overwritten or deleted object's old version is kept (versioning's undo window). */
  noncurrentVersionRetentionDays: number;
  removalPolicy: 'retain' | 'destroy';
}

/**
 * sitrep's state: one S3 bucket (digests, article records, raw pages) and one DynamoDB table
 * (DESIGN.md, Storage). The table's keys are the ones shared/storage/dynamo/client.ts uses.
 */
export class StorageConstruct extends Construct {
  readonly bucket: Bucket;
  readonly table: Table;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const destroy = props.removalPolicy === 'destroy';
    const removalPolicy = destroy ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.bucket = new Bucket(this, 'Bucket', {
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      lifecycleRules: [
        { id: 'ExpireRawPages', prefix: 'raw/', expiration: Duration.days(props.rawRetentionDays) },
        {
          id: 'ExpireOldVersions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionRetentionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
          expiredObjectDeleteMarker: true,
        },
      ],
      removalPolicy,
      autoDeleteObjects: destroy,
    });
    acknowledgeRules(this.bucket, {
      'AwsSolutions-S1': 'Only sitrep\'s own functions write here and nothing is public; enable CloudTrail S3 data events if an audit trail is needed.',
    });

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_SCHEMA.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_SCHEMA.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_SCHEMA.ttlAttribute,
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: !destroy,
      removalPolicy,
    });
  }
}
