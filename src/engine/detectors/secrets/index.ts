import type { Detector } from '../../types';
import { anthropicKey } from './anthropic-key';
import { awsAccessKey } from './aws-access-key';
import { awsSecretKey } from './aws-secret-key';
import { azureConnectionString } from './azure-connection-string';
import { azureStorageKey } from './azure-storage-key';
import { dbConnectionString, dbConnectionStringAdo } from './db-connection-string';
import { genericSecret } from './generic-secret';
import { githubClassicToken, githubFineGrainedPat } from './github-token';
import { gitlabToken } from './gitlab-token';
import { googleApiKey } from './google-api-key';
import { jwt } from './jwt';
import { openaiKey } from './openai-key';
import { passwordAssignment } from './password-assignment';
import { privateKey } from './private-key';
import { slackToken } from './slack-token';
import { slackWebhook } from './slack-webhook';
import { stripeKey } from './stripe-key';

/**
 * The core secret detectors (the product's named secret types). Specific formats come first and the
 * keyword-driven ones (password, generic) last: on an exact overlap tie the earlier detector wins.
 */
export const SECRET_DETECTORS: readonly Detector[] = [
  awsAccessKey,
  awsSecretKey,
  githubClassicToken,
  githubFineGrainedPat,
  gitlabToken,
  slackToken,
  slackWebhook,
  stripeKey,
  openaiKey,
  anthropicKey,
  googleApiKey,
  azureConnectionString,
  azureStorageKey,
  jwt,
  privateKey,
  dbConnectionString,
  dbConnectionStringAdo,
  passwordAssignment,
  genericSecret,
];
