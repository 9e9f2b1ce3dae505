import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../shared/digest/compute-digest';
import { summariseChanges } from '../../shared/digest/summarise-changes';
import { knownSubject, makeClaim, makeRecord, makeState } from './factories';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const DATE = '2025-11-02';

describe('summariseChanges', () => {
  it('puts the status change first and counts the other changes', () => {
    // Prepare: a new subject (investment), a conflict (extradition) and a status change (Tartus), which ranks first.
    const before = makeState([knownSubject('bases', 'tartus', 'retained', ['SANA']), knownSubject('bases', 'hmeimim', 'retained', ['SANA'])]);
    const records = [
      makeRecord('r1', 'TASS', [makeClaim('investment', 'port', 'signed', 'A port deal was signed.')]),
      makeRecord('r2', 'TASS', [makeClaim('extradition', 'assad', 'refused', 'Refused.')]),
      makeRecord('r3', 'Reuters', [makeClaim('extradition', 'assad', 'agreed', 'Agreed.'), makeClaim('bases', 'tartus', 'negotiating', 'Tartus talks.')]),
      makeRecord('r4', 'AFP', [makeClaim('bases', 'tartus', 'negotiating', 'Tartus talks go on.'), makeClaim('bases', 'hmeimim', 'retained', 'Hmeimim stays.')]),
    ];
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: DATE, stateBefore: before, records, generatedAt: 'g' });

    // Act
    const summary = summariseChanges(digest);

    // Assess: the Hmeimim reaffirmation is not news and is not counted.
    expect(summary).toEqual({ headline: 'Tartus: retained → negotiating (2 sources) · 2 more changes', changeCount: 3 });
  });

  it('says "No changes" on a quiet day, reaffirmations included', () => {
    // Prepare
    const before = makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]);
    const records = [makeRecord('r1', 'AFP', [makeClaim('bases', 'tartus', 'retained', 'Tartus stays.')])];
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: DATE, stateBefore: before, records, generatedAt: 'g' });

    // Act
    const summary = summariseChanges(digest);

    // Assess
    expect(summary).toEqual({ headline: 'No changes', changeCount: 0 });
  });

  it('never lets CR or LF from a publisher name into the headline, and stays short', () => {
    // Prepare
    const publisher = `Evil\r\nBcc: victim@example.com\r\n${'x'.repeat(300)}`;
    const records = [
      makeRecord('r1', publisher, [makeClaim('extradition', 'assad', 'refused', 'Refused.')]),
      makeRecord('r2', 'Reuters', [makeClaim('extradition', 'assad', 'agreed', 'Agreed.')]),
    ];
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: DATE, stateBefore: null, records, generatedAt: 'g' });

    // Act
    const { headline } = summariseChanges(digest);

    // Assess
    expect(headline).not.toMatch(/[\r\n]/);
    expect(headline.startsWith('Assad: conflicting reports — refused (Evil Bcc: victim@example.com xxx')).toBe(true);
    expect(headline.endsWith('…')).toBe(true);
    expect(headline.length).toBeLessThanOrEqual(140);
  });
});
