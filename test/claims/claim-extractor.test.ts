import { describe, expect, it } from 'vitest';
import { createRuleBasedExtractor } from '../../shared/claims/claim-extractor';
import { extractClaims } from '../../shared/claims/extract-claims';
import { ClaimSchema } from '../../shared/model/claim';

describe('createRuleBasedExtractor', () => {
  it('names itself and returns the same valid claims as extractClaims', async () => {
    // Prepare
    const input = {
      sentences: ['Syria and Russia', 'Russia has refused to hand over Bashar al-Assad, the Kremlin said.'],
      headlineIndex: 0,
      publishedAt: '2025-10-20T00:00:00Z',
    };
    const extractor = createRuleBasedExtractor();

    // Act
    const claims = await extractor.extract(input);

    // Assess
    expect(extractor.name).toBe('rule-based');
    expect(claims).toEqual(extractClaims(input));
    expect(claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}`)).toEqual(['extradition/assad/refused']);
    for (const claim of claims) expect(ClaimSchema.parse(claim)).toEqual(claim);
  });
});
