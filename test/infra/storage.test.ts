import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesiseStacks } from './synth-stacks';

describe('StatefulStack (SitrepData)', () => {
  let data: ReturnType<typeof synthesiseStacks>['data'];
  beforeAll(() => {
    ({ data } = synthesiseStacks());
  });

  it('keeps one versioned, encrypted, private bucket that refuses plain HTTP', () => {
    // Assess
    data.resourceCountIs('AWS::S3::Bucket', 1);
    data.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('expires raw pages after the configured days and old versions after theirs', () => {
    // Assess
    data.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'raw/', ExpirationInDays: 45, Status: 'Enabled' }),
          Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 14 }, Status: 'Enabled' }),
        ]),
      },
    });
  });

  it('keeps the bucket and the table when the stack is deleted', () => {
    // Assess
    data.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });

  it('declares the single table with the keys and TTL attribute the storage code uses', () => {
    // Assess
    data.resourceCountIs('AWS::DynamoDB::Table', 1);
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('lets a trial deployment delete its data with the stack', () => {
    // Act
    const { data: trial } = synthesiseStacks({ feeds: [{ url: 'https://a.example/feed' }], senderEmail: 'a@b.example', removalPolicy: 'destroy' });

    // Assess
    trial.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    trial.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    expect(trial.findResources('Custom::S3AutoDeleteObjects')).not.toEqual({});
  });
});
