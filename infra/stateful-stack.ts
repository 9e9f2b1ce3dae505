import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { ResolvedDeployConfig } from '../shared/config/deploy-config';
import { SiteDistribution } from './constructs/site-distribution';
import { StorageConstruct } from './constructs/storage';

export interface StatefulStackProps extends StackProps {
  config: ResolvedDeployConfig;
}

/** The data that outlives deployments: bucket and table, apart from the compute that uses them. */
export class StatefulStack extends Stack {
  readonly bucket: IBucket;
  readonly table: ITable;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const storage = new StorageConstruct(this, 'Storage', {
      rawRetentionDays: props.config.rawRetentionDays,
      noncurrentVersionRetentionDays: props.config.noncurrentVersionRetentionDays,
      removalPolicy: props.config.removalPolicy,
    });
    this.bucket = storage.bucket;
    this.table = storage.table;
    new CfnOutput(this, 'BucketName', { value: storage.bucket.bucketName, description: 'Digests at digests/YYYY-MM-DD/' });
    if (props.config.publishSite) {
      // Beside the bucket: origin access control adds a statement to this stack's bucket policy.
      const site = new SiteDistribution(this, 'Site', { bucket: storage.bucket });
      new CfnOutput(this, 'SiteUrl', { value: `https://${site.distribution.distributionDomainName}/`, description: 'The reader archive: index, digests, timelines, feed.atom' });
    }
  }
}
