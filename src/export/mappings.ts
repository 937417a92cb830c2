// How each export maps our fields: documented here once, printed into the CODEBOOK, and used by the
// exporters' tests.
export interface ExportMapping { summary: string; columns: Array<{ column: string; from: string; notes?: string }>; lost: string }

export const EXPORT_MAPPINGS: Record<string, ExportMapping> = {
  acled: {
    summary: 'One row per document with incident claims (ACLED codes events; a news report here stands for one event). Follows ACLED conventions where they apply: the most conservative fatality figure, vague words coded as ACLED does, time precision codes.',
    columns: [
      { column: 'event_id_cnty', from: 'documents.doc_id' },
      { column: 'event_date', from: 'the event_date of the first incident claim (its sentence gave a date), else published_at' },
      { column: 'time_precision', from: 'date_precision', notes: '1 day, 2 week, 3 month or coarser; publication-date stand-ins are 2' },
      { column: 'event_type', from: 'keywords of the incident claims', notes: 'Explosions/Remote violence (strikes, shelling, bombs), Violence against civilians (only civilians harmed, no clash), else Battles: a heuristic to check' },
      { column: 'sub_event_type', from: 'keywords of the incident claims', notes: 'Air/drone strike, Shelling/artillery/missile attack, Suicide bomb, Remote explosive/landmine/IED, Attack, Armed clash' },
      { column: 'actor1', from: 'most frequent actor of the incident claims' },
      { column: 'location', from: 'most frequent location of the incident claims' },
      { column: 'fatalities', from: 'documents.killed_low (0 when empty)', notes: "ACLED's most conservative estimate; vague words enter with ACLED's codings (dozens 12, several 3)" },
      { column: 'notes', from: 'killed/wounded low-best-high, sources and uncertainty', notes: 'free text' },
      { column: 'source', from: 'distinct attributed_to of the incident claims, then the publisher' },
    ],
    lost: 'wounded and other categories (in notes only), bounds other than the low figure, the split by victim group, per-claim quotes and offsets.',
  },
  ucdp: {
    summary: 'One row per document with incident killed claims, in the columns of UCDP GED (low / best / high, deaths of civilians, provenance and precision codes).',
    columns: [
      { column: 'id', from: 'documents.doc_id' },
      { column: 'date_start, date_end', from: 'earliest and latest event_date of the incident killed claims' },
      { column: 'best, low, high', from: 'documents.killed_best / killed_low / killed_high', notes: 'an open high (at least N) is written as best, with event_clarity 2' },
      { column: 'deaths_civilians', from: 'incident killed claims of civilians, children and women (not parts)' },
      { column: 'deaths_unknown', from: 'best minus deaths_civilians minus killed_perpetrators' },
      { column: 'deaths_a', from: 'killed_perpetrators', notes: 'side A taken as the attackers; side B is not coded' },
      { column: 'source_article', from: 'documents.url' },
      { column: 'source_office', from: 'documents.publisher' },
      { column: 'source_date', from: 'documents.published_at' },
      { column: 'source_headline', from: 'documents.title' },
      { column: 'source_original', from: 'distinct attributed_to of the incident killed claims' },
      { column: 'where_coordinates', from: 'most frequent location of the killed claims', notes: "GED's place name column (no coordinates: we do not geocode)" },
      { column: 'where_prec', from: 'location', notes: '1 a named place that is not a country, 6 a country, 7 none' },
      { column: 'date_prec', from: 'date_precision', notes: '1 day, 3 week, 4 month, 5 year' },
      { column: 'event_clarity', from: 'uncertainty', notes: '1 when the figures agree and are closed, else 2' },
    ],
    lost: 'wounded and other categories, dyad and side coding, coordinates.',
  },
  'csv --excel': {
    summary: 'claims.csv for spreadsheets: UTF-8 with a byte order mark, CRLF line ends, and text cells that start with =, +, -, @, tab or carriage return prefixed with an apostrophe so spreadsheets do not run them as formulas.',
    columns: [{ column: 'all', from: 'claims.csv', notes: 'numbers and dates are never prefixed' }],
    lost: 'nothing, but prefixed cells are changed: keep the canonical CSV for analysis.',
  },
  parquet: {
    summary: 'claims as Apache Parquet (hyparquet-writer), one column per schema field, same order and types: integers INT32, dates DATE, text UTF8, empty as null.',
    columns: [{ column: 'all', from: 'claims.csv' }],
    lost: 'nothing.',
  },
  claimreview: {
    summary: 'schema.org ClaimReview JSON-LD (an array), one review per checked claim that matched a reference record (checks.csv verdicts consistent, within_range, overstated, understated).',
    columns: [
      { column: 'claimReviewed', from: 'the claim: count_text, subject_text and category, with its quote' },
      { column: 'itemReviewed', from: 'a Claim: author = attributed_to (else the publisher), datePublished = published_at, appearance = source_url and title' },
      { column: 'reviewRating', from: 'verdict', notes: 'ratingValue consistent 5, within_range 4, understated 2, overstated 1 (bestRating 5, worstRating 1); alternateName = the verdict; the explanation as reviewBody' },
      { column: 'datePublished', from: '--review-date, else the latest published_at in the dataset', notes: 'never the clock: exports stay reproducible' },
      { column: 'author', from: 'casualty-claims (or --reviewer)' },
    ],
    lost: 'no_reference and ambiguous checks (nothing was reviewed); claim offsets.',
  },
  jsonl: {
    summary: 'claims as JSON Lines, one claim object a line, keys in schema order, null for empty.',
    columns: [{ column: 'all', from: 'claims.csv' }],
    lost: 'nothing.',
  },
};
