import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretProvider } from '../types';

export class SecretUnavailableError extends Error {
  override readonly name = 'SecretUnavailableError';
}

/**
 * The token secret from AWS Secrets Manager, read once per container (cold start) and cached: the
 * secret changes only on rotation, and a rotated key should invalidate old links anyway.
 */
export class SecretsManagerSecretProvider implements SecretProvider {
  private secret: Promise<Uint8Array> | undefined;

  constructor(
    private readonly client: SecretsManagerClient,
    private readonly secretId: string,
  ) {}

  getSecret(): Promise<Uint8Array> {
    this.secret ??= this.fetch().catch((error: unknown) => {
      this.secret = undefined; // let the next request try again
      throw error;
    });
    return this.secret;
  }

  private async fetch(): Promise<Uint8Array> {
    let response;
    try {
      response = await this.client.send(new GetSecretValueCommand({ SecretId: this.secretId }));
    } catch (cause) {
      throw new SecretUnavailableError(`Cannot read secret ${this.secretId}`, { cause });
    }
    const value = response.SecretString ?? (response.SecretBinary ? Buffer.from(response.SecretBinary).toString('utf8') : '');
    if (value.length < 32) throw new SecretUnavailableError(`Secret ${this.secretId} is shorter than 32 characters`);
    return Buffer.from(value, 'utf8');
  }
}
