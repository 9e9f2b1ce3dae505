import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One Powertools logger per job. The level comes from POWERTOOLS_LOG_LEVEL (the Lambdas set INFO;
 * the replay sets WARN so that its output stays one line per digest).
 */
export function createLogger(serviceName: string): Logger {
  return new Logger({ serviceName });
}

export type { Logger };
