import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthesiseStacks, TEST_CONTEXT } from './synth-stacks';

describe('the site distribution', () => {
  it('is off by default: no CloudFront resources', () => {
    // Act
    const { data, pipeline } = synthesiseStacks();

    // Assess
    data.resourceCountIs('AWS::CloudFront::Distribution', 0);
    pipeline.resourceCountIs('AWS::CloudFront::Distribution', 0);
  });

  it('serves only site/ of the private bucket through origin access control, HTTPS only, with a strict content policy', () => {
    // Act
    const { data } = synthesiseStacks({ ...TEST_CONTEXT, publishSite: true });

    // Assess
    data.resourceCountIs('AWS::CloudFront::Distribution', 1);
    data.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    data.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: [Match.objectLike({ OriginPath: '/site', OriginAccessControlId: Match.anyValue() })],
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] }),
      }),
    });
    data.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    const policies = data.findResources('AWS::CloudFront::ResponseHeadersPolicy');
    const csp = JSON.stringify(policies);
    expect(csp).toContain("default-src 'none'; style-src 'unsafe-inline'");
    data.hasOutput('SiteUrl', {});
  });
});
