/**
 * Who does what to whom on the bases thread. A departure verb asserts a withdrawal only when the
 * Russian presence is what moves: "a Russian delegation left without an agreement" is about
 * visitors, "Syria asked Russia to leave" is a demand about the bases' future, and "a base near
 * Qamishli that they left in January" describes the base, not today's news.
 */
import type { Status } from '../model/vocabulary';
import { isNegatedAt } from './negation';

/** Verbs of going and staying whose subject decides whether they are about the presence. */
const AGENT_VERB = /^(?:left|leave|leaving|leaves|departed|quit|exit\w*|stay\w*|remain\w*)\b/;
/** People and events that come, go and stay without the presence moving ("Assad stays"). */
const VISITING_AGENT =
  /\b(?:delegation|team|minister|envoy|officials?|diplomats?|he|she|president|assad|journalists?|civilians|residents|families|refugees|inspectors|talks|visit|meeting)\b/;
/** "left without an agreement", "left empty-handed": the talks ended, nobody moved. */
const LEFT_EMPTY_HANDED = /^(?:left|leaving|departed) (?:without|empty-handed)\b/;
/** How many words before a departure verb its subject may sit. */
const AGENT_WINDOW_WORDS = 4;

/** False when a going or staying verb's subject is a visitor or a person, or a visit ended without a result. */
export function isPresenceMoving(status: Status<'bases'>, clause: string, cueStart: number): boolean {
  const cue = clause.slice(cueStart);
  if (!AGENT_VERB.test(cue) || status === 'negotiating') return true;
  if (LEFT_EMPTY_HANDED.test(cue)) return false;
  const agent = clause.slice(0, cueStart).trim().split(/\s+/).slice(-AGENT_WINDOW_WORDS).join(' ');
  return !VISITING_AGENT.test(agent);
}

/** "asked Russia to leave", "urged Moscow to set a date for withdrawal": a demand, not a departure. */
const DEMANDED_DEPARTURE =
  /\b(?:ask\w*|urg\w*|demand\w*|call\w* on|press\w*|told)\b(?:\s+\S+){0,4}?\s+to (?:leave|withdraw\w*|vacate|quit|pull out|close|set a date)\b/;

/**
 * The statuses a clause asserts once departures demanded of Russia are read as what they are:
 * terms under discussion (or nothing, when the demand is denied: "has not asked us to leave").
 */
export function readDemandedDeparture(clause: string, statuses: Status<'bases'>[]): Status<'bases'>[] {
  const demand = DEMANDED_DEPARTURE.exec(clause);
  if (!demand) return statuses;
  const kept = statuses.filter((status) => status !== 'withdrawn' && status !== 'reduced');
  if (isNegatedAt(clause, demand.index)) return kept;
  return kept.includes('negotiating') ? kept : ['negotiating', ...kept];
}

/** "a base near Qamishli that they left in January": a relative clause describing a place. */
const PLACE_HISTORY =
  /\b((?:base|airport|airfield|post|outpost|site|facility|position|town|village|city|area|port)s?(?: near \w+)?) (?:that|which|where) (?:\w+ ){0,3}?(?:had )?(?:left|vacated|abandoned|evacuated|withdrew from|pulled out of|handed over)\b[^,;]*/g;

/** The clause without relative clauses that only describe a place's past (the place itself stays). */
export function dropPlaceHistory(clause: string): string {
  return clause.replace(PLACE_HISTORY, '$1');
}
