/**
 * Round 10 readings, each a class of wording: what a clause says is not so. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { claimKeysOf, keyOf, mentionKeysOf as mentionsOf } from '../helpers/claim-keys';

describe('a negation without an opposite', () => {
  it('denies the status it negates, and asserts nothing', () => {
    const sentences = ["The Russian contractor said its contract to modernise Syria's Homs refinery has not been signed."];
    expect(claimKeysOf(sentences)).toEqual([]);
    expect(mentionsOf(sentences)).toEqual(['investment/energy/signed:denied']);
  });

  it('"not yet" denies the status for now', () => {
    expect(mentionsOf(['Moscow has not yet agreed to hand over the former general, Syrian officials said.'])).toContain('extradition/other/agreed:denied');
  });

  it('a negation with a declared opposite asserts the opposite, as before', () => {
    expect(claimKeysOf(['Russia is not leaving Tartus, the Defence Ministry said.'])).toEqual(['bases/tartus/retained']);
  });

  it('a denied clause does not hide what a later clause of the sentence asserts', () => {
    const sentences = ['The refinery contract with the Russian firm has not been signed, but Russian engineers have begun work at the Homs refinery.'];
    expect(claimKeysOf(sentences)).toContain('investment/energy/implemented');
  });
});

describe('a piece of writing named in a sentence', () => {
  it('a quoted title is the name of a piece, not what happened', () => {
    expect(claimKeysOf(['A column under the headline "Russia signs Homs refinery deal" drew hundreds of comments.'])).toEqual([]);
    // The same words outside a title are a report.
    expect(claimKeysOf(['Russia signed the Homs refinery deal, the ministry said.'])).toEqual(['investment/energy/signed']);
  });

  it('in a correction, what the corrected piece said is denied', () => {
    const reading = extractClaims({
      sentences: ['Correction', 'An article published on this site on 27 April stated that Russia had agreed to extradite a former Syrian general.', 'That was incorrect.'],
      headlineIndex: 0,
      publishedAt: '2026-04-30T00:00:00Z',
    }, SYRIA_RUSSIA);
    expect(reading.claims.map(keyOf)).toEqual([]);
    expect(reading.mentions.map((mention) => `${keyOf(mention)}:${mention.reading}`)).toEqual(['extradition/other/agreed:denied']);
  });
});

describe('what someone was asked about', () => {
  it('is the question’s topic, not what the answer asserts', () => {
    expect(claimKeysOf(['Asked about the future of the Russian naval facility at Tartus, the envoy said the committee deals with the economy.'])).toEqual([]);
    // The answer itself is still read.
    expect(claimKeysOf(['Asked about Tartus, the envoy said Russia had reduced its naval presence there.'])).toEqual(['bases/tartus/reduced']);
  });
});

describe('a post', () => {
  it('on a mountain is a military post; on a channel it is a rumour', () => {
    expect(claimKeysOf(['Syrian troops took over the observation post on the mountain after the last Russian servicemen left the site, the Syrian Defence Ministry said.'])).toEqual(['bases/other/withdrawn']);
    expect(claimKeysOf(['In a post on a messaging channel, a blogger said the last Russian servicemen had left the site.'])).toEqual([]);
  });
});

describe('a noun described by its participle, in a clause whose verb is a prospect', () => {
  it('asserts the prospect, not what the participle says', () => {
    expect(claimKeysOf(['A joint protocol listing the Russian projects discussed in Damascus is expected to be published tomorrow.'])).toEqual([]);
    // The participle as the clause's own verb still reports.
    expect(claimKeysOf(['Russian and Syrian officials discussed new energy projects in Damascus on Monday.'])).toEqual(['investment/energy/proposed']);
  });
});
