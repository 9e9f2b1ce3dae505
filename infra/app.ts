import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { buildSitrepApp } from './build-app';

// `npx cdk synth|deploy` runs this file (cdk.json "app"). cdk-nag's two packs check every
// resource; findings fail the synth unless acknowledged with a reason next to the resource.
const app = new App();
buildSitrepApp(app);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
app.synth();
