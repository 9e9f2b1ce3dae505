import { describe, expect, it } from 'vitest';
import { createRuleBasedExtractor } from '../../shared/claims/claim-extractor';
import { extractClaims } from '../../shared/claims/extract-claims';
import { ClaimSchema, MentionSchema } from '../../shared/model/claim';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

describe('createRuleBasedExtractor', () => {
  it('names itself and returns the same valid claims and mentions as extractClaims over its storyline', async () => {
    // Prepare
    const input = {
      sentences: ['Syria and Russia', 'Russia has refused to hand over Bashar al-Assad, the Kremlin said.', 'Moscow may also pull its last warships out of Tartus.'],
      headlineIndex: 0,
      publishedAt: '2025-10-20T00:00:00Z',
    };
    const extractor = createRuleBasedExtractor(SYRIA_RUSSIA);

    // Act
    const reading = await extractor.extract(input);

    // Assess
    expect(extractor.name).toBe('rules');
    expect(reading).toEqual(extractClaims(input, SYRIA_RUSSIA));
    expect(reading.claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}/${claim.assertion}`)).toEqual(['extradition/assad/refused/stated']);
    expect(reading.mentions.map((mention) => `${mention.thread}/${mention.subject}/${mention.status}/${mention.reading}`)).toEqual(['bases/tartus/withdrawn/hedged']);
    for (const claim of reading.claims) expect(ClaimSchema.parse(claim)).toEqual(claim);
    for (const mention of reading.mentions) expect(MentionSchema.parse(mention)).toEqual(mention);
  });
});
