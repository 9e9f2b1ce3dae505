import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
// cdk-nag names a wildcard resource finding by this flattening of the resolved reference; using the
// same function keeps acknowledgements exact (no prefix matching exists in cdk-nag 3).
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';

/** The id cdk-nag reports a rule under: the pack's name, '::', the rule's id. */
function packRuleId(ruleId: string): string {
  const pack = ruleId.startsWith('Serverless-') ? 'Serverless' : 'AwsSolutions';
  return `${pack}::${ruleId}`;
}

/** Acknowledges cdk-nag rules on `scope` and everything under it, each with its one-line reason. */
export function acknowledgeRules(scope: IConstruct, rules: Record<string, string>): void {
  for (const [ruleId, reason] of Object.entries(rules)) {
    Validations.of(scope).acknowledge({ id: packRuleId(ruleId), reason });
  }
}

/**
 * Acknowledges AwsSolutions-IAM5 for one wildcard resource (e.g. `bucket.arnForObjects('*')`),
 * named as cdk-nag names it, so only that wildcard is accepted and any new one still fails synth.
 */
export function acknowledgeWildcardResource(scope: IConstruct, resource: string, reason: string): void {
  // A reference to another stack only becomes its Fn::ImportValue (the name cdk-nag reports) when
  // the app is prepared; construct validations run after that and before the nag plugins do.
  scope.node.addValidation({
    validate: () => {
      const flattened = flattenCfnReference(Stack.of(scope).resolve(resource));
      acknowledgeRules(scope, { [`AwsSolutions-IAM5[Resource::${flattened}]`]: reason });
      return [];
    },
  });
}
