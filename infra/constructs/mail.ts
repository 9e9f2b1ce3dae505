import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { ConfigurationSet, EmailIdentity, EmailSendingEvent, EventDestination, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface MailProps {
  /** The verified SES identity the From address belongs to: a domain or one address. */
  sesIdentity: string;
  /** Create the identity here; false (the default) when the operator's account already has it. */
  createSesIdentity: boolean;
}

/**
 * Sending mail: the SES identity (referenced by name, created only on request), the generated
 * HMAC key that signs confirm/unsubscribe links, read by the functions at cold start, and the
 * configuration set every send goes through, whose bounces and complaints reach `feedbackTopic`.
 */
export class MailConstruct extends Construct {
  readonly identityArn: string;
  readonly tokenSecret: Secret;
  readonly configurationSet: ConfigurationSet;
  /** SES bounce and complaint events for mail sent through `configurationSet`. */
  readonly feedbackTopic: Topic;

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

    // SES's account suppression list also refuses these addresses, should a record ever be missed.
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', { suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS });
    this.feedbackTopic = this.createFeedbackTopic();
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
  }

  /**
   * The notices name subscribers' addresses, so the topic is encrypted with its own key: the
   * AWS-managed SNS key's policy cannot admit SES, which must encrypt what it publishes.
   */
  private createFeedbackTopic(): Topic {
    const key = new Key(this, 'FeedbackTopicKey', {
      description: 'sitrep: encrypts SES bounce and complaint notices on their SNS topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // As AWS documents it for service publishers, without conditions: the topic policy (publish only
    // from this account's configuration set) is the gate, and a condition SES did not send would drop
    // every notice silently. Naming the topic here instead would make the key and topic a cycle.
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
      }),
    );
    return new Topic(this, 'FeedbackTopic', { displayName: 'sitrep SES feedback', enforceSSL: true, masterKey: key });
  }

  /**
   * Lets `grantee` send from the identity through the configuration set (SES authorises a send
   * against both) and read the token key.
   */
  grantSendAndSign(grantee: IGrantable): void {
    const configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [this.identityArn, configurationSetArn] }),
    );
    this.tokenSecret.grantRead(grantee);
  }
}
