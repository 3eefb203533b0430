/**
 * The glossary: the terms of the measures and of Yardstick's method, each in plain words with its source. Facts
 * come from the domain-facts reference (section and confidence tag, as there); terms Yardstick defines itself
 * (in scope, captured, modeled…) say so. Plain text only: the interface renders it as text nodes.
 */

/** How sure the source is: the domain-facts tags, or `method` for a term Yardstick itself defines. */
export type TermBasis = 'high' | 'medium' | 'low' | 'unconfirmed' | 'method';

export interface GlossaryTerm {
  /** Stable id, kebab-case: linked from parameters, lessons and other terms. */
  readonly id: string;
  readonly term: string;
  /** What it means, in plain words. */
  readonly definition: string;
  /** How Yardstick uses or models it, when that needs saying. */
  readonly inYardstick?: string;
  /** Where the definition comes from: a domain-facts section and the primary text it cites. */
  readonly source: string;
  readonly basis: TermBasis;
  readonly related?: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'flop',
    term: 'FLOP vs FLOP/s',
    definition:
      'Training compute is a total count, not a speed. FLOP here means the number of arithmetic operations used to train a model over its whole training run; 1e25 means 1 followed by 25 zeros. FLOP/s (operations per second) is the speed of a chip or a cluster. Speed × number of chips × seconds of training = training compute.',
    inYardstick:
      'The outbound rule and China’s reported rule draw lines in total operations (FLOP). Chip rules test speed (TPP). A 2024 US reporting proposal used both: training runs above 1e26 operations and clusters above 1e20 operations per second.',
    source:
      'domain-facts A4.1 (31 CFR 850.217(d)(3): “computational operations (integer or floating-point)”) and B2 (BIS reporting proposal, Sep 2024)',
    basis: 'high',
    related: ['compute-line', 'tpp', 'epoch-estimate'],
  },
  {
    id: 'compute-line',
    term: 'Compute line (threshold)',
    definition:
      'A level of training compute above which a rule applies. The US outbound rule has three: more than 1e25 operations (prohibited), more than 1e24 for a model trained mainly on biological sequence data (prohibited), and more than 1e23 (notifiable). “More than” is strict: a model at exactly 1e25 is not above the 1e25 line.',
    inYardstick:
      'Lines are drawn on the models chart and can be dragged. A fixed line catches more companies each year as training compute grows.',
    source: 'domain-facts A4.1 (31 CFR 850.217, 850.224)',
    basis: 'high',
    related: ['flop', 'prohibited', 'notifiable'],
  },
  {
    id: 'prohibited',
    term: 'Prohibited',
    definition:
      'Under the US outbound rule, a transaction US persons may not make: with a Chinese AI developer that trained a model above 1e25 operations (1e24 for biological models) or builds AI only for military, intelligence or mass-surveillance use, or with firms in listed chip and quantum activities. Treasury may nullify it or compel divestment.',
    inYardstick: 'A stopped outcome: prohibited deals count as captured and as stopped.',
    source: 'domain-facts A4 (31 CFR 850.224) and A6 (850.701)',
    basis: 'high',
    related: ['notifiable', 'stopped-vs-reviewed', 'compute-line'],
  },
  {
    id: 'notifiable',
    term: 'Notifiable',
    definition:
      'Under the US outbound rule, a transaction that is allowed but must be reported to the Treasury no later than 30 calendar days after it completes: for example with a Chinese AI developer above 1e23 operations, or one building AI designed for military, intelligence, surveillance, cybersecurity, forensics, penetration-testing or robotics uses. Treasury does not review or clear it: parties assess themselves and report.',
    inYardstick: 'A reviewed outcome: captured, but not stopped.',
    source: 'domain-facts A4.1 (31 CFR 850.217) and A6',
    basis: 'high',
    related: ['prohibited', 'stopped-vs-reviewed'],
  },
  {
    id: 'taxed',
    term: 'Taxed',
    definition:
      'Under the Patriotic Investment Act (S.5188, introduced September 2024, not enacted), a US investor’s gain on a security of a Chinese company would be taxed as ordinary income instead of at the lower capital-gains rates. The deal is not reviewed or stopped; it costs its investors more.',
    inYardstick:
      'An outcome above notifiable and below approval required: captured, never stopped. Each taxed round also reports the expected extra tax on its gain (an amount, in USD).',
    source: 'domain-facts A7 (S.5188 text)',
    basis: 'high',
    related: ['disqualified-prc-security', 'ordinary-income', 'stopped-vs-reviewed'],
  },
  {
    id: 'disqualified-prc-security',
    term: 'Disqualified PRC security',
    definition:
      'In the Patriotic Investment Act, any interest held directly or indirectly in the government of the People’s Republic of China, the Chinese Communist Party, or a PRC citizen, national, resident or entity. Gains on such securities would be ordinary income; holders would have six months to sell before the rule applies, and only future gains are affected.',
    inYardstick:
      'A company headquartered in China, Hong Kong or Macau on the deal date; optionally only those the outbound rule covers as AI developers.',
    source: 'domain-facts A7 (S.5188 §2, new IRC §1261(b))',
    basis: 'high',
    related: ['taxed', 'covered-foreign-person'],
  },
  {
    id: 'ordinary-income',
    term: 'Ordinary income',
    definition:
      'Income taxed at the ordinary federal rates (wages, interest), whose top rate is 37 %. A gain on an asset held more than a year is normally a long-term capital gain, taxed at up to 20 % instead.',
    source: 'domain-facts A7 (S.5188); 26 U.S.C. 1(j) and 1(h) for the rates (recalled)',
    basis: 'medium',
    related: ['capital-gains-rate', 'taxed'],
  },
  {
    id: 'capital-gains-rate',
    term: 'Capital-gains rate',
    definition:
      'The federal tax rate on a gain from selling an asset held more than one year: up to 20 %, against up to 37 % for ordinary income. A gain on a holding of a year or less is ordinary income already.',
    source: 'domain-facts A7 (S.5188); 26 U.S.C. 1(h) and 1222 (recalled)',
    basis: 'medium',
    related: ['ordinary-income'],
  },
  {
    id: 'gain-multiple',
    term: 'Gain multiple',
    definition:
      'What an investment is worth when sold, as a multiple of what was put in: at 2× the gain equals the amount invested.',
    inYardstick:
      'An assumption of the investment-tax measure, with no published figure behind it: the expected extra tax scales with the multiple minus one.',
    source: 'Yardstick’s modeling assumption',
    basis: 'method',
    related: ['taxed'],
  },
  {
    id: 'us-person',
    term: 'U.S. person',
    definition:
      'US citizens, lawful permanent residents, entities organised under US law (including their foreign branches), and anyone physically in the United States. The outbound rule binds U.S. persons.',
    inYardstick:
      'A deal is covered when at least one investor is from the measure’s investor countries (US by default).',
    source: 'domain-facts A2 (31 CFR 850.229)',
    basis: 'high',
    related: ['covered-foreign-person'],
  },
  {
    id: 'country-of-concern',
    term: 'Country of concern',
    definition:
      'The country whose companies the US outbound rule targets: the People’s Republic of China, including the Hong Kong and Macau special administrative regions (the only one designated). The COINS Act (Dec 2025) extends the list to Cuba, Iran, North Korea, Russia and Maduro’s Venezuela once Treasury writes its regulations.',
    source: 'domain-facts A1–A2 (EO 14105 Annex) and A7 (COINS Act)',
    basis: 'high',
    related: ['covered-foreign-person', 'person-of-concern'],
  },
  {
    id: 'person-of-concern',
    term: 'Person of a country of concern',
    definition:
      'Among others, a company incorporated, headquartered or with its principal place of business in China, Hong Kong or Macau, or one in which such persons together hold 50 % or more of the votes, board seats or equity.',
    inYardstick:
      'A company counts if its headquarters on the deal date (after any relocation) is in a country of concern, or if such persons own at least the ownership threshold (50 % by default).',
    source: 'domain-facts A2 (31 CFR 850.221, recalled, not re-read)',
    basis: 'medium',
    related: ['covered-foreign-person', 'country-of-concern'],
  },
  {
    id: 'covered-foreign-person',
    term: 'Covered foreign person',
    definition:
      'The kind of company a US outbound deal must not (or must report) go into: a person of a country of concern that engages in a covered activity in AI, semiconductors or quantum. It also includes some holders that draw more than half their revenue, income, capital spending or operating costs from such persons, and Chinese partners in a joint venture doing a covered activity.',
    inYardstick:
      'Yardstick models all three: headquarters or ownership plus a covered activity; the parent test (a company with a recorded share of its revenue or spending from covered subsidiaries above 50 %); and joint ventures whose own covered activity is recorded on the deal.',
    source: 'domain-facts A2 (31 CFR 850.209, recalled)',
    basis: 'medium',
    related: ['person-of-concern', 'covered-transaction', 'us-person'],
  },
  {
    id: 'covered-transaction',
    term: 'Covered transaction',
    definition:
      'A US person’s deal, made knowing the other side is a covered foreign person: buying equity or contingent equity (options, warrants, convertibles), convertible or equity-like loans, converting such interests, greenfield or brownfield investment, joint ventures, and LP interests in non-US funds that will invest in such companies. Plain debt is not covered.',
    inYardstick:
      'Plain debt is outside the rule altogether (no outcome, not “excepted”). A conversion of contingent equity is its own covered deal. Deals by funds a US person controls or knowingly directs count as US deals (850.302–850.303).',
    source: 'domain-facts A3 (31 CFR 850.210)',
    basis: 'high',
    related: ['covered-foreign-person', 'excepted'],
  },
  {
    id: 'excepted',
    term: 'Excepted',
    definition:
      'A deal the outbound rule would otherwise cover but that falls under an exception: publicly traded securities, small passive LP commitments (USD 2 million or less), fulfilling binding, uncalled capital commitments made before 2 January 2025, and others. A national-interest exemption (850.502) can also be granted case by case.',
    inYardstick: 'Shown (grey) but never counted as captured.',
    source: 'domain-facts A5 (31 CFR 850.501)',
    basis: 'high',
    related: ['lp-exception', 'covered-transaction'],
  },
  {
    id: 'lp-exception',
    term: 'LP de minimis exception',
    definition:
      'A passive limited-partner investment in a fund is excepted when the US person’s committed capital, added up across the fund’s vehicles, is USD 2,000,000 or less, or (a second limb, recalled) when the LP holds a binding contractual assurance that its capital will not fund covered deals.',
    source: 'domain-facts A5 (31 CFR 850.501; ILPA letter); assurance limb medium',
    basis: 'high',
    related: ['excepted'],
  },
  {
    id: 'listed-persons',
    term: 'Listed-persons prong',
    definition:
      'The final outbound rule is recalled to also prohibit covered deals with companies on certain US lists (Entity List, Military End-User List, OFAC SDN list, NS-CMIC list). The company must still be a covered foreign person, engaged in a covered activity (for AI: a model above the notifiable line, or AI designed for a listed end use); a listing alone does not make a university with general-purpose AI covered. The wording could not be confirmed in the copies of 31 CFR 850.224 searched.',
    inYardstick:
      'An assumption, off by default and in the rule as enacted; on in the tougher-rule preset. When on, a listed company at least notifiable becomes prohibited. Zhipu AI (Entity List since Jan 2025) would fall here.',
    source: 'domain-facts A4.4 (unconfirmed)',
    basis: 'unconfirmed',
    related: ['entity-list', 'prohibited'],
  },
  {
    id: 'knowledge-standard',
    term: 'Knowledge standard',
    definition:
      'The outbound rule binds a US person who knows, is aware of a high probability, or has reason to know that a deal is covered, judged by what a reasonable and diligent inquiry would have revealed.',
    inYardstick:
      'The “Knowledge” setting is the share of covered deals investors identify (a seeded draw per deal); 1, the default, means every covered deal is identified.',
    source: 'domain-facts A2 (31 CFR 850.216)',
    basis: 'high',
    related: ['covered-transaction'],
  },
  {
    id: 'controlled-foreign-entity',
    term: 'Controlled foreign entity',
    definition:
      'A non-US entity in which a US person holds more than 50 % of the votes or board, or which it runs as general partner, managing member or fund adviser. The US person must take all reasonable steps to keep it out of prohibited deals and must notify its notifiable ones; a US person also may not knowingly direct a deal that would be prohibited for a US person (850.303).',
    inYardstick: 'An investor recorded with controlledBy or directedBy counts as from that country.',
    source: 'domain-facts A2 (Deacons; Debevoise)',
    basis: 'high',
    related: ['us-person', 'covered-transaction'],
  },
  {
    id: 'national-interest-exemption',
    term: 'National-interest exemption',
    definition:
      'The Treasury Secretary, with Commerce and State, may exempt a deal from the outbound rule in the national interest, “only in exceptional circumstances” (31 CFR 850.502). None has been published.',
    inYardstick: 'A list of exempted deal ids; each comes out excepted.',
    source: 'domain-facts A5',
    basis: 'high',
    related: ['excepted'],
  },
  {
    id: 'coins-act',
    term: 'COINS Act',
    definition:
      'The Comprehensive Outbound Investment National Security Act, in the FY2026 NDAA (18 Dec 2025): it writes the outbound programme into law, adds Cuba, Iran, North Korea, Russia and Maduro’s Venezuela as countries of concern, adds hypersonics and high-performance computing, reaches entities “subject to the direction or control” of covered persons (not an equity share), and keeps notification mandatory while prohibition becomes discretionary. Treasury has 450 days (to about March 2027) to issue regulations.',
    inYardstick:
      'A preset from 13 March 2027, with the “Direction or control” and “Cover hypersonics” switches on.',
    source: 'domain-facts A7 (Arnold & Porter; Akin; Latham; Pillsbury)',
    basis: 'high',
    related: ['country-of-concern', 'person-of-concern'],
  },
  {
    id: 'is-informed-letter',
    term: 'Is-informed letter',
    definition:
      'A letter from BIS telling an exporter that a licence is needed for a named item or customer, ahead of or outside a published rule: for the A100, H100 and MI250 in August 2022, and for the H20 in April 2025.',
    inYardstick:
      'The export-control measure’s “is-informed letters” list: a named chip is denied from its date.',
    source: 'domain-facts B1 (NVIDIA 8-K filings; Aug 2022 letters medium)',
    basis: 'medium',
    related: ['h20', 'licence-required'],
  },
  {
    id: 'affiliates-rule',
    term: 'Affiliates rule',
    definition:
      'A BIS rule, effective 29 September 2025, that extended Entity List restrictions to companies at least 50 % owned by listed parties. It was suspended for one year from 10 November 2025 under the Busan deal.',
    inYardstick:
      'A setting of the export-control measure; a company whose recorded parent is listed counts as listed while the rule is in force.',
    source: 'domain-facts B1 (IFR 2025-19001; Freshfields; Fenwick)',
    basis: 'high',
    related: ['entity-list'],
  },
  {
    id: 'effective-date',
    term: 'Effective date',
    definition:
      'The day a measure starts to apply. The US outbound rule took effect on 2 January 2025 and applies to transactions completed on or after that day; the October 2022 chip rule dates from 7 October 2022 and its 2023 replacement from 17 October 2023.',
    inYardstick: 'Each measure’s card has its effective date; deals before it are not captured.',
    source: 'domain-facts A1 (Treasury FAQ) and B1',
    basis: 'high',
    related: ['excepted'],
  },
  {
    id: 'eccn-3a090',
    term: 'ECCN 3A090',
    definition:
      'The US export-control entry for advanced AI chips, created by the October 2022 rule (4A090 covers computers and servers that contain them). The October 2023 rule split it into 3A090.a (controlled) and 3A090.b (a lower band eligible for a notification exception).',
    source: 'domain-facts B1 and B2 (Thompson Hine; lenzo.ai ECCN 3A090 text)',
    basis: 'high',
    related: ['tpp', 'performance-density', 'interconnect'],
  },
  {
    id: 'tpp',
    term: 'TPP (total processing performance)',
    definition:
      'The export-control measure of a chip’s speed: 2 × MacTOPS × the bit length of the operation, taking the highest value over precisions (roughly dense TOPS or TFLOPS × bit length). Controlled from 4,800 (both rules); from 1,600 with high performance density (2023 rule).',
    inYardstick:
      'The x axis of the chips chart. TPP values of specific chips are derived by us from published specs (low confidence).',
    source: 'domain-facts B2 (BIS definitions, via Fudzilla, pulsestacks, Tom’s Hardware) and B3',
    basis: 'high',
    related: ['performance-density', 'eccn-3a090', 'flop'],
  },
  {
    id: 'performance-density',
    term: 'Performance density',
    definition:
      'TPP divided by the chip’s die area in mm². The October 2023 rule controls data-centre chips with TPP of at least 1,600 and performance density of at least 5.92, so a chip that is powerful for its size cannot slip under by trimming one feature. Consumer chips face the TPP 4,800 test only.',
    source: 'domain-facts B2 (lenzo.ai ECCN 3A090; Mondaq; Fudzilla for consumer chips, medium)',
    basis: 'high',
    related: ['tpp', 'eccn-3a090'],
  },
  {
    id: 'interconnect',
    term: 'Interconnect (I/O bandwidth)',
    definition:
      'How fast a chip exchanges data with other chips (aggregate bidirectional transfer rate). The October 2022 rule controlled a chip only if TPP was at least 4,800 and the interconnect at least 600 GB/s. The 2023 rule dropped this test.',
    source: 'domain-facts B2 (pulsestacks.com, Apr 2024)',
    basis: 'high',
    related: ['a800-h800', 'tpp'],
  },
  {
    id: 'a800-h800',
    term: 'A800 and H800',
    definition:
      'NVIDIA chips made for China after the October 2022 rule: the A100 and H100 with the same computing power but their interconnect cut below the 600 GB/s the rule also required (the A800 to 400 GB/s; the H800 to about half the H100’s). They escaped the 2022 rule and were controlled by the October 2023 rule, which dropped the interconnect condition: their TPP (about 4,992 and 15,830) alone is over 4,800. The new density test was not needed to catch them; it reaches chips below 4,800.',
    source: 'domain-facts B2–B3 (pulsestacks; moomoo; sherwood.news)',
    basis: 'high',
    related: ['interconnect', 'tpp', 'h20'],
  },
  {
    id: 'h20',
    term: 'H20',
    definition:
      'An NVIDIA chip for China designed to sit below the 2023 lines (TPP about 2,368, density about 2.9; derived by us). A licence has been required to sell it to China since April 2025; licences were issued from about August 2025 in exchange for 15 % of China revenue to the US government.',
    inYardstick:
      'On the “is-informed letters” list from 9 April 2025 (denied: no licence granted) and the “Chips sold under licence” list from 8 August 2025 (a licence is needed).',
    source: 'domain-facts B1 (Nvidia 8-K via Tom’s Hardware) and B3 (specs: low)',
    basis: 'high',
    related: ['licence-required', 'a800-h800'],
  },
  {
    id: 'entity-list',
    term: 'Entity List',
    definition:
      'A US Commerce Department (BIS) list of foreign companies and institutions subject to export restrictions. Huawei was added in May 2019; SenseTime, Megvii, iFlytek and others in October 2019; Zhipu AI and Sophgo on 15 January 2025.',
    inYardstick:
      'With the export-control measure’s switch on, a company listed on the purchase date cannot buy any US-supplied chip. The distillation measure can add labs it detects.',
    source: 'domain-facts B1 and B4 (EAR Part 744, Supp. 4)',
    basis: 'high',
    related: ['listed-persons', 'denied'],
  },
  {
    id: 'licence-required',
    term: 'Licence required',
    definition:
      'A sale that needs a US export licence instead of being barred outright: the H20 once licences were issued (about August 2025; from April until then none was granted), and H200-class chips, moved to case-by-case review on 15 January 2026 with third-party testing in the US, a cap of 50 % of US-customer volume, know-your-customer checks and no military use.',
    inYardstick: 'A reviewed outcome: captured, not stopped.',
    source: 'domain-facts B1',
    basis: 'high',
    related: ['h20', 'stopped-vs-reviewed'],
  },
  {
    id: 'denied',
    term: 'Denied',
    definition:
      'A stopped outcome: a chip purchase the export controls bar (a controlled chip, or any US chip bought by an Entity-Listed company), or a US-backed deal Beijing does not approve under the reported approval requirement.',
    source: 'Yardstick’s outcome vocabulary (DESIGN §3); rules in domain-facts B and C3',
    basis: 'method',
    related: ['stopped-vs-reviewed', 'entity-list', 'approval-required'],
  },
  {
    id: 'blocked',
    term: 'Blocked',
    definition:
      'A stopped outcome: a model-access flow (distillation) that US developers detect and cut off under the distillation crackdown.',
    inYardstick:
      'Which flows are detected is decided by a seeded hash of each flow, so results are stable and rise steadily with the detection rate.',
    source: 'Yardstick’s outcome vocabulary (DESIGN §3.3); memo in domain-facts C1',
    basis: 'method',
    related: ['distillation', 'stopped-vs-reviewed'],
  },
  {
    id: 'stopped-vs-reviewed',
    term: 'Stopped vs reviewed',
    definition:
      'Yardstick sorts outcomes into two bands. Stopped: prohibited, denied, blocked — the deal does not go ahead. Reviewed: notifiable, approval required, licence required — it goes ahead, or may, under a government’s eye. A notifiable deal is only reported (Treasury does not review or clear it); an approval or a licence is decided case by case. Excepted deals are shown but not counted.',
    inYardstick: 'A deal’s combined outcome is the most severe across the measures in force.',
    source: 'Yardstick’s outcome vocabulary (DESIGN §3)',
    basis: 'method',
    related: ['prohibited', 'notifiable', 'denied', 'blocked', 'excepted'],
  },
  {
    id: 'distillation',
    term: 'Distillation',
    definition:
      'Training one model on the answers of another. On 23 February 2026 Anthropic reported “industrial-scale” distillation of Claude: about 24,000 fraudulent accounts and more than 16 million exchanges, led by MiniMax (over 13 million), Moonshot AI (about 3.4 million) and DeepSeek (over 150,000).',
    inYardstick:
      'Model-access flows from US models to Chinese labs; the crackdown blocks a share (the detection rate, an assumption) of closed-API flows of 100,000 exchanges or more.',
    source: 'domain-facts C1 and C2 (Anthropic, via fintool, 23 Feb 2026)',
    basis: 'high',
    related: ['nstm-4', 'closed-api', 'blocked'],
  },
  {
    id: 'nstm-4',
    term: 'NSTM-4',
    definition:
      'A memo signed on 23 April 2026 by OSTP Director Michael Kratsios: entities “principally based in China” run industrial-scale distillation; the government commits to share threat information with US AI firms, coordinate defences, set best practices and explore accountability measures. It names no companies and specifies no enforcement.',
    source: 'domain-facts C1 (Just Security; aiwire)',
    basis: 'high',
    related: ['distillation', 'hr-8283'],
  },
  {
    id: 'hr-8283',
    term: 'H.R. 8283',
    definition:
      'The Deterring American AI Model Theft Act of 2026, introduced on 15 April 2026 and advanced unanimously by the House Foreign Affairs Committee on 22 April. It would have State and Commerce identify and list foreign actors that extract features of closed US models, and allow Entity List additions and sanctions. Not enacted.',
    inYardstick: 'The distillation measure’s “Entity-List detected labs” switch models its listing power.',
    source: 'domain-facts C1 (govinfo BILLS-119hr8283ih; Just Security)',
    basis: 'high',
    related: ['nstm-4', 'entity-list'],
  },
  {
    id: 'closed-api',
    term: 'Closed API vs open weights',
    definition:
      'Two ways to use another developer’s model: through its paid interface (closed API), where use is governed by the provider’s terms, or by downloading published weights (open weights), whose licence usually allows building on them. NSTM-4 concerns closed models.',
    inYardstick:
      'The distillation measure covers closed-API flows by default; open-weights use can be switched in.',
    source: 'domain-facts C1 (NSTM-4) and the distillation measure’s parameter notes',
    basis: 'medium',
    related: ['distillation'],
  },
  {
    id: 'cn-approval-rule',
    term: 'China’s approval requirement',
    definition:
      'On 24 April 2026 Bloomberg reported that China would require leading tech firms, including top AI start-ups, to get government approval before accepting US capital. On 22 May 2026 the NDRC said China “has never required” firms to refuse foreign investment. No thresholds were published.',
    inYardstick:
      'Modeled as a measure on US-backed deals into firms that are leading, valued at USD 1 bn or more, or above 1e24 operations; an assumed 30 % are approved.',
    source: 'domain-facts C3 (report: medium; NDRC statement: high)',
    basis: 'medium',
    related: ['approval-required', 'leading-firm'],
  },
  {
    id: 'approval-required',
    term: 'Approval required',
    definition:
      'A reviewed outcome under China’s reported rule: the US-backed deal needs Beijing’s approval. The share not approved is denied.',
    source: 'Yardstick’s outcome vocabulary (DESIGN §3.4); domain-facts C3',
    basis: 'method',
    related: ['cn-approval-rule', 'denied'],
  },
  {
    id: 'leading-firm',
    term: 'Leading firm',
    definition:
      'The reported scope of China’s approval requirement: “leading tech firms, including top AI start-ups”, with ByteDance reportedly in view.',
    inYardstick: 'A flag on companies named as leading or national-champion firms in the sources.',
    source: 'domain-facts C3 (Bloomberg report via summaries)',
    basis: 'medium',
    related: ['cn-approval-rule'],
  },
  {
    id: 'in-scope-vs-captured',
    term: 'In scope vs captured',
    definition:
      'In scope: a company the measure would act on if a deal came, whether or not one does (for example a Chinese developer above 1e23). Captured: a company with at least one deal the measure actually caught, or a deal so caught. A measure can have many companies in scope and capture few if little money or few chips flow to them.',
    source: 'Yardstick’s definitions (DESIGN §4)',
    basis: 'method',
    related: ['stopped-vs-reviewed', 'small-yard'],
  },
  {
    id: 'small-yard',
    term: 'Small yard, high fence',
    definition:
      'Controlling a narrow set of technologies strictly rather than a broad set loosely. The yard is what a measure covers; the fence is what it does there (stop or review).',
    inYardstick:
      'Yardstick measures the yard: how many companies and deals each measure covers, quarter by quarter.',
    source: 'Yardstick’s framing (DESIGN, opening)',
    basis: 'method',
    related: ['in-scope-vs-captured'],
  },
  {
    id: 'modeled-vs-sourced',
    term: 'Modeled vs sourced',
    definition:
      'Sourced records come from a cited source (Epoch AI’s model data, company filings, reports). Deal-level data on Chinese AI financing is proprietary, so the long tail is modeled: a seeded, synthetic population calibrated to published totals (for example CSET: 401 of 2,299 transactions in 2015–2021 had US participation). Modeled records are labelled everywhere.',
    inYardstick: 'Switch “sourced only” to see what the sourced records alone show.',
    source: 'Yardstick’s data method (DESIGN §2.2; docs/DATA.md); calibration figures in domain-facts D1–D7',
    basis: 'method',
    related: ['projection', 'confidence'],
  },
  {
    id: 'projection',
    term: 'Projection',
    definition:
      'Records after the data’s as-of date, extended to the horizon from the scenario’s assumptions: compute growth per year (default 3×, Epoch AI’s estimate for China’s top models since late 2021), deal volume and US share trends. Always modeled; drawn dashed or shaded.',
    source: 'domain-facts D5 (Epoch AI, China compute trends, 22 Jan 2025) and D7 (our assumptions)',
    basis: 'method',
    related: ['modeled-vs-sourced', 'as-of'],
  },
  {
    id: 'as-of',
    term: 'As-of date',
    definition:
      'The last date the data speaks for. Quarters up to it are history; later quarters are projection.',
    source: 'Yardstick’s dataset format (DESIGN §2.1)',
    basis: 'method',
    related: ['projection'],
  },
  {
    id: 'epoch-estimate',
    term: 'Epoch AI compute estimate',
    definition:
      'Training-compute estimates from Epoch AI’s “Data on AI Models” (CC BY 4.0), each with a confidence rating (Confident, Likely, Speculative). Many Chinese estimates are Likely or Speculative, and the 2026 snapshot leaves some estimates, benchmark-imputed ones among them, in its notes with the compute column blank.',
    inYardstick:
      'Estimates Epoch states only in its notes are imported as imputed estimates, marked as such (see “Imputed compute estimate”).',
    source: 'domain-facts D5–D6 (Epoch AI datasets)',
    basis: 'medium',
    related: ['flop', 'confidence', 'imputed-compute'],
  },
  {
    id: 'imputed-compute',
    term: 'Imputed compute estimate',
    definition:
      'A training-compute figure Epoch AI gives only in its notes, its compute column left blank: for GLM-4-Plus, 3.6e25 FLOP by benchmark imputation (compute inferred from benchmark scores; confidence Speculative); for GLM-4 (0116), 1.2e25 FLOP from 10 trillion tokens and a guessed 200 billion parameters (Likely, ± 1 order of magnitude), a figure that sat in the compute column in Epoch’s June 2025 snapshot. Epoch’s published counts of models above 1e25 include imputed estimates, and Epoch calls benchmark-imputed ones its most speculative.',
    inYardstick:
      'Five models carry one (GLM-4-Plus, GLM-4 (0116) and (0520), GLM-4V-9B, Aquila2 34B), drawn as outlined squares on the models chart and “imputed estimate” in explanations. The assumption “Count imputed compute estimates” (on by default) decides whether they count; off, they count as unknown.',
    source:
      'Epoch AI compute notes (CC BY 4.0); domain-facts D5 (counts incl. imputed, June 2025 snapshot) and D6 (GLM-4-Plus, GLM-4 (0116)); Epoch AI data documentation on confidence levels',
    basis: 'medium',
    related: ['epoch-estimate', 'confidence', 'compute-line'],
  },
  {
    id: 'hardware-in-use',
    term: 'Chips seen in use',
    definition:
      'Evidence that a company used chips, such as a model paper or Epoch AI naming a model’s training hardware. It shows the chips were in the company’s hands by that date, not when, how or from whom they were bought: H800s, for one, were sold legally until the October 2023 rule.',
    inYardstick:
      'Kept as “hardware in use” records, apart from purchases: no measure counts them as allowed or denied. They stay on the chips chart (companies seen using each chip) and in a company’s explanation, as evidence.',
    source:
      'Yardstick’s data method (docs/DATA.md §1.2; transactions.SOURCE.md §4.6 “evidence of use, not of purchase”)',
    basis: 'method',
    related: ['a800-h800', 'modeled-vs-sourced'],
  },
  {
    id: 'confidence',
    term: 'Confidence tags',
    definition:
      'How sure the reference is of a fact. High: read in primary text or several reputable reports. Medium: one reputable secondary source, or recalled. Low: a single weak source, or derived by us. Unconfirmed: a placeholder.',
    source: 'domain-facts (confidence tags table)',
    basis: 'method',
    related: ['modeled-vs-sourced'],
  },
];

const BY_ID = new Map(GLOSSARY.map((t) => [t.id, t]));

/** Return the term with this id, or undefined. */
export function termById(id: string): GlossaryTerm | undefined {
  return BY_ID.get(id);
}

/** The ids of every glossary term. */
export const GLOSSARY_IDS: ReadonlySet<string> = new Set(BY_ID.keys());
