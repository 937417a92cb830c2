// schema.org ClaimReview JSON-LD for each checked claim that matched a reference record.
import type { Claim } from '../records/claim-schema.js';
import type { CheckRow } from '../records/checks-table.js';

const RATING: Record<string, number> = { consistent: 5, within_range: 4, understated: 2, overstated: 1 };

export function claimReviews(checks: CheckRow[], claims: Map<string, Claim>, opts: { reviewDate: string | null; reviewer: string }): Array<Record<string, unknown>> {
  return checks.filter((k) => RATING[k.verdict] !== undefined).map((k) => {
    const c = claims.get(k.claim_id)!;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: `${c.count_text}${c.subject_text ? ` ${c.subject_text}` : ''} ${c.category}: "${c.quote}"`,
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: c.attributed_to ?? c.publisher ?? 'unattributed' },
        ...(c.published_at ? { datePublished: c.published_at } : {}),
        appearance: { '@type': 'CreativeWork', ...(c.source_url ? { url: c.source_url } : {}), ...(c.title ? { headline: c.title } : {}), ...(c.publisher ? { publisher: { '@type': 'Organization', name: c.publisher } } : {}) },
      },
      author: { '@type': 'Organization', name: opts.reviewer },
      ...(opts.reviewDate ? { datePublished: opts.reviewDate } : {}),
      reviewRating: { '@type': 'Rating', ratingValue: RATING[k.verdict], bestRating: 5, worstRating: 1, alternateName: k.verdict },
      reviewBody: k.explanation,
      identifier: k.check_id,
    };
  });
}
