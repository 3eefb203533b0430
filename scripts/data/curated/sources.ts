/** Citation strings shared by the curated tables, so the same source is spelt the same way everywhere. */

/** Epoch AI's credit line (CC BY 4.0), as its README asks. */
export const EPOCH = "Epoch AI, 'Data on AI Models' (CC BY 4.0), https://epoch.ai/data/ai-models";
/** The project's own fact file, copied in as docs for reviewers; cited by section. */
export const DOMAIN_FACTS = 'Yardstick domain-facts reference (Nov 2026)';
/** The curated source tables in data/sources/. */
export const COMPANIES_CSV = 'data/sources/companies.csv (Yardstick research table, Nov 2026)';
export const TRANSACTIONS_CSV = 'data/sources/transactions.csv (Yardstick research table, Nov 2026)';
