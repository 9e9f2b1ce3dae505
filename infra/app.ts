import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ConfigError } from '../shared/config/config';
import { buildSitrepApp } from './build-app';

// `npx cdk synth|deploy` runs this file (cdk.json "app"). cdk-nag's two packs check every
// resource; findings fail the synth unless acknowledged with a reason next to the resource.
const app = new App();
try {
  buildSitrepApp(app);
} catch (error) {
  // A settings mistake is the operator's to fix: the message says which key and why, no stack.
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
app.synth();
