import { Duration } from 'aws-cdk-lib';
import {
  AllowedMethods,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeRules } from '../nag';

export interface SiteDistributionProps {
  bucket: IBucket;
}

/**
 * The optional public face of the reader's archive: a CloudFront distribution that serves only the
 * bucket's site/ prefix through origin access control (the bucket stays private, public access
 * blocked). The pages carry inline styles only, so the policy allows nothing else to load.
 */
export class SiteDistribution extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteDistributionProps) {
    super(scope, id);
    const headers = new ResponseHeadersPolicy(this, 'Headers', {
      comment: 'sitrep archive: no scripts, no frames, inline styles only',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'sitrep reader archive (site/ in the digest bucket)',
      defaultRootObject: 'index.html',
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(props.bucket, { originPath: '/site' }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        responseHeadersPolicy: headers,
      },
    });
    acknowledgeRules(this.distribution, {
      'AwsSolutions-CFR1': 'A public news archive for any reader: no country is to be kept out.',
      'AwsSolutions-CFR2': 'Static pages from a private bucket, GET/HEAD only: nothing for a WAF to protect beyond what CloudFront absorbs; attach a web ACL if the operator wants rate limits.',
      'AwsSolutions-CFR3': 'Access logs need a separate ACL-enabled log bucket; off by default for a small static archive (enable standard logging if the operator wants reader statistics).',
      'AwsSolutions-CFR4': 'The default *.cloudfront.net certificate fixes the viewer TLS policy; operators who attach their own domain and certificate get TLSv1.2_2021.',
    });
  }
}
