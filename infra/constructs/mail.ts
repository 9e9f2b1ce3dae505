import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export interface MailProps {
  /** The verified SES identity the From address belongs to: a domain or one address. */
  sesIdentity: string;
  /** Create the identity here; false (the default) when the operator's account already has it. */
  createSesIdentity: boolean;
}

/**
 * Sending mail: the SES identity (referenced by name, created only on request) and the generated
 * HMAC key that signs confirm/unsubscribe links, read by the functions at cold start.
 */
export class MailConstruct extends Construct {
  readonly identityArn: string;
  readonly tokenSecret: Secret;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.identityArn = Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: props.sesIdentity });
    if (props.createSesIdentity) {
      new EmailIdentity(this, 'Identity', {
        identity: props.sesIdentity.includes('@') ? Identity.email(props.sesIdentity) : Identity.domain(props.sesIdentity),
      });
    }

    this.tokenSecret = new Secret(this, 'TokenSecret', {
      description: 'sitrep: HMAC key signing subscription confirm/unsubscribe tokens',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.tokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Rotating the token key would invalidate every unsubscribe link already emailed; rotate by hand if it leaks.',
    });
  }

  /** Lets `grantee` send from the identity and read the token key. */
  grantSendAndSign(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [this.identityArn] }),
    );
    this.tokenSecret.grantRead(grantee);
  }
}
