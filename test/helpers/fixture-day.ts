/**
 * A busy fixture day for the browser test and `npm run screenshot`: a status change on two sources,
 * a figure revision, a conflict, a copy, a long URL and a long headline.
 */
import { computeDigest } from '../../shared/digest/compute-digest';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { knownSubject, makeClaim, makeRecord, makeState, money } from '../digest/factories';

export function fixtureDayHtml(): string {
  const before = makeState([
    knownSubject('bases', 'tartus', 'retained', ['SANA', 'TASS']),
    knownSubject('extradition', 'assad', 'requested', ['SANA']),
    knownSubject('investment', 'finance', 'proposed', ['TASS'], [money('$2.5 billion', 2.5e9, 'credit line')]),
  ]);
  const longUrl = `https://news.example.com/2025/11/02/${'syria-russia-tartus-'.repeat(8)}talks?utm_source=feed`;
  const records = [
    makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Russian and Syrian officials began talks on the future of the Tartus naval base, two sources said.')], {
      title: 'Russia and Syria open talks on the future of the Tartus naval base after months of uncertainty',
      url: longUrl,
    }),
    makeRecord('r2', 'Associated Press', [makeClaim('bases', 'tartus', 'negotiating', 'Negotiations over Tartus have started, a Syrian official told AP.')]),
    makeRecord('r3', 'TASS', [makeClaim('extradition', 'assad', 'refused', 'The Kremlin said it would not hand over Bashar al-Assad.')]),
    makeRecord('r4', 'Al Arabiya', [makeClaim('extradition', 'assad', 'under_consideration', 'Moscow is considering the request, a diplomat said.')]),
    makeRecord('r5', 'Interfax', [makeClaim('investment', 'finance', 'signed', 'Russia and Syria signed a $3 billion credit line.', { facts: [money('$3 billion', 3e9, 'credit line')] })]),
    makeRecord('r6', 'Copy Daily', [], { duplicateOf: { id: 'r2', url: 'https://associated-press.example/r2' } }),
  ];
  return renderDigestHtml(computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: '2025-11-03T06:00:00Z' }).digest);
}
