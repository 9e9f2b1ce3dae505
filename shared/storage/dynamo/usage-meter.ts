import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailure } from './conditional';

/**
 * DynamoDB on-demand list prices in us-east-1 (aws.amazon.com/dynamodb/pricing/on-demand/, standard
 * table class, as listed 2025–2026 after the November 2024 price cut): US$ per million request units.
 * List price only: no free tier, no reserved capacity, no storage, backups or data transfer.
 */
export const ON_DEMAND_PRICE_USD_PER_MILLION = { writeRequestUnit: 0.625, readRequestUnit: 0.125 } as const;

/** What the meter counted since it was created or last reset. */
export interface DynamoUsage {
  /** Requests sent, by the low-level command name (e.g. `BatchGetItemCommand`). */
  requests: Record<string, number>;
  /** Read request units consumed (ConsumedCapacity of Get, BatchGet, Query, Scan). */
  readUnits: number;
  /** Write request units consumed (ConsumedCapacity of Put, Update, Delete, BatchWrite). */
  writeUnits: number;
}

/** Counts the requests and consumed capacity of one document client. */
export interface DynamoUsageMeter {
  snapshot(): DynamoUsage;
  reset(): void;
}

const READ_COMMANDS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand', 'ScanCommand']);
const WRITE_COMMANDS = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);

/**
 * Meters a client: every item command it sends asks for `ReturnConsumedCapacity: 'TOTAL'`, and the
 * request and the units the table reports are added up (failed conditional writes included: they
 * are billed too: the SDK rejects them without ConsumedCapacity, so each counts one write unit, a lower bound).
 * For the bench and cost estimates; the Lambdas do not meter.
 */
export function meterDynamoUsage(client: DynamoDBDocumentClient): DynamoUsageMeter {
  let usage = emptyUsage();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context as { commandName?: string }).commandName ?? 'unknown';
      const metered = READ_COMMANDS.has(command) || WRITE_COMMANDS.has(command);
      if (metered) (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      usage.requests[command] = (usage.requests[command] ?? 0) + 1;
      try {
        const result = await next(args);
        if (metered) addUnits(usage, command, (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity);
        return result;
      } catch (error) {
        // Billed at least one write unit (more for a large item); the error carries no ConsumedCapacity.
        if (isConditionalCheckFailure(error)) usage.writeUnits += 1;
        throw error;
      }
    },
    { step: 'initialize', name: 'sitrepUsageMeter', override: true },
  );
  return {
    snapshot: () => ({ requests: { ...usage.requests }, readUnits: usage.readUnits, writeUnits: usage.writeUnits }),
    reset: () => {
      usage = emptyUsage();
    },
  };
}

function emptyUsage(): DynamoUsage {
  return { requests: {}, readUnits: 0, writeUnits: 0 };
}

/** ConsumedCapacity is one object for single-item calls and a list (one per table) for batches. */
function addUnits(usage: DynamoUsage, command: string, consumed: unknown): void {
  const entries = (Array.isArray(consumed) ? consumed : [consumed]) as Array<{ CapacityUnits?: number } | undefined>;
  const units = entries.reduce((sum, entry) => sum + (entry?.CapacityUnits ?? 0), 0);
  if (READ_COMMANDS.has(command)) usage.readUnits += units;
  else usage.writeUnits += units;
}

/** The difference between two snapshots of one meter: what happened in between. */
export function subtractUsage(after: DynamoUsage, before: DynamoUsage): DynamoUsage {
  const requests: Record<string, number> = {};
  for (const [command, count] of Object.entries(after.requests)) {
    const delta = count - (before.requests[command] ?? 0);
    if (delta > 0) requests[command] = delta;
  }
  return { requests, readUnits: after.readUnits - before.readUnits, writeUnits: after.writeUnits - before.writeUnits };
}

/** Total requests of a usage. */
export function countRequests(usage: DynamoUsage): number {
  return Object.values(usage.requests).reduce((sum, count) => sum + count, 0);
}

/** Estimated on-demand cost in US$ of `usage` at ON_DEMAND_PRICE_USD_PER_MILLION. */
export function estimateOnDemandCostUsd(usage: Pick<DynamoUsage, 'readUnits' | 'writeUnits'>): number {
  const { readRequestUnit, writeRequestUnit } = ON_DEMAND_PRICE_USD_PER_MILLION;
  return (usage.readUnits * readRequestUnit + usage.writeUnits * writeRequestUnit) / 1_000_000;
}
