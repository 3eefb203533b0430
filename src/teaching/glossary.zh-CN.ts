/**
 * The glossary in Simplified Chinese: every term of src/teaching/glossary.ts by id, with the same fields. The
 * rules' terms follow docs/TERMINOLOGY.zh-CN.md; numbers, rule citations, chip and model names, and company names
 * without a Chinese name in the data stay as in English. Loaded only when the page is in Chinese.
 */
import type { GlossaryTranslation } from './glossary-locale';

export const GLOSSARY_ZH_CN: GlossaryTranslation = {
  flop: {
    term: 'FLOP 与 FLOP/s',
    definition:
      '训练算力是一个总量，而不是速度。这里的 FLOP 指训练一个模型在整个训练过程中所用的算术运算次数；1e25 即 1 后面跟 25 个零。FLOP/s（每秒浮点运算次数）则是一块芯片或一个集群的速度。速度 × 芯片数量 × 训练秒数 = 训练算力。',
    inYardstick:
      '美国对外投资规则和报道中的中国规则都以运算总次数（FLOP）划线；芯片规则考察的是速度（总处理性能，TPP）。美国 2024 年提出的一项报告义务提案两者兼用：训练运算超过 1e26 次的训练任务，以及每秒运算超过 1e20 次的集群。',
    source:
      'domain-facts A4.1（31 CFR 850.217(d)(3)：“计算运算（整数或浮点运算）”）及 B2（BIS 报告义务提案，2024年9月）',
  },
  'compute-line': {
    term: '算力线（阈值）',
    definition:
      '训练算力的一个水平，超过它规则即适用。美国对外投资规则有三条：超过 1e25 次运算（禁止）；主要以生物序列数据训练的模型超过 1e24 次（禁止）；超过 1e23 次（须申报）。“超过”是严格的：恰好为 1e25 的模型不在 1e25 线之上。',
    inYardstick: '这些线画在模型图表上，可以拖动。由于训练算力逐年增长，一条固定的线每年会圈住更多企业。',
    source: 'domain-facts A4.1（31 CFR 850.217、850.224）',
  },
  prohibited: {
    term: '禁止',
    definition:
      '在美国对外投资规则下，美国人士不得进行的交易：对象为训练过超过 1e25 次运算模型（生物模型为 1e24 次）的中国 AI 开发者，或专为军事、情报或大规模监控用途开发 AI 的企业，或从事所列芯片和量子活动的企业。美国财政部可宣布该交易无效或强制撤资。',
    inYardstick: '一种“被阻止”的结果：被禁止的交易既计为被捕获，也计为被阻止。',
    source: 'domain-facts A4（31 CFR 850.224）及 A6（850.701）',
  },
  notifiable: {
    term: '须申报',
    definition:
      '在美国对外投资规则下，允许进行但须在交易完成后 30 个自然日内向美国财政部申报的交易：例如对象为训练运算超过 1e23 次的中国 AI 开发者，或开发专用于军事、情报、监控、网络安全、数字取证、渗透测试或机器人用途的 AI 的企业。美国财政部不审查也不批准这类交易：由当事方自行评估并申报。',
    inYardstick: '一种“受审查”的结果：被捕获，但未被阻止。',
    source: 'domain-facts A4.1（31 CFR 850.217）及 A6',
  },
  'us-person': {
    term: '美国人士',
    definition:
      '美国公民、合法永久居民、依美国法律组建的实体（包括其境外分支机构），以及身处美国境内的任何人。美国对外投资规则约束的是美国人士。',
    inYardstick: '只要至少有一名投资者来自该措施所设的投资者国家（默认为美国），该交易即受覆盖。',
    source: 'domain-facts A2（31 CFR 850.229）',
  },
  'country-of-concern': {
    term: '受关注国家',
    definition:
      '美国对外投资规则所针对的企业所在国：中华人民共和国，包括香港和澳门特别行政区（唯一被认定的受关注国家）。《全面对外投资国家安全法》（COINS 法案，2025年12月）规定，在美国财政部制定实施条例后，名单将扩大至古巴、伊朗、朝鲜、俄罗斯和马杜罗治下的委内瑞拉。',
    source: 'domain-facts A1–A2（第14105号行政令附件）及 A7（COINS 法案）',
  },
  'person-of-concern': {
    term: '受关注国家主体',
    definition:
      '包括但不限于：在中国内地、香港或澳门注册成立、设立总部或主要营业地的企业，或此类主体合计持有 50% 或以上表决权、董事会席位或股权的企业。',
    inYardstick:
      '若一家企业在交易日（计入任何迁址之后）的总部位于受关注国家，或此类主体的持股至少达到持股阈值（默认 50%），该企业即计入。',
    source: 'domain-facts A2（31 CFR 850.221，凭记忆转述，未重新核对原文）',
  },
  'covered-foreign-person': {
    term: '受覆盖外国主体',
    definition:
      '美国对外投资交易不得投向（或投向时须申报）的一类企业：从事 AI、半导体或量子领域受覆盖活动的受关注国家主体。它还包括一些从此类主体获得一半以上收入、净利润、资本支出或运营支出的控股方，以及从事受覆盖活动的合资企业中的中方合作伙伴。',
    inYardstick:
      'Yardstick 对这三种情形都建模：总部或股权加上受覆盖活动；母公司测试（来自受覆盖子公司的收入或支出记录占比超过 50% 的企业）；以及交易中记录了自身受覆盖活动的合资企业。',
    source: 'domain-facts A2（31 CFR 850.209，凭记忆转述）',
  },
  'covered-transaction': {
    term: '受覆盖交易',
    definition:
      '美国人士在知悉对方为受覆盖外国主体的情况下进行的交易：取得股权或或有股权（期权、认股权证、可转换证券），可转换或类股权贷款，此类权益的转换，绿地投资或棕地投资，合资企业，以及在将投资于此类企业的非美国基金中持有的有限合伙人（LP）权益。普通债务不受覆盖。',
    inYardstick:
      '普通债务完全不在规则范围内（没有结果，也不算“例外”）。或有股权的转换本身就是一笔受覆盖交易。由美国人士控制或知情指示的基金所做的交易，计为美国交易（850.302–850.303）。',
    source: 'domain-facts A3（31 CFR 850.210）',
  },
  excepted: {
    term: '例外交易',
    definition:
      '本应受美国对外投资规则覆盖、但属于例外情形的交易：公开交易的证券、小额被动有限合伙人出资（200 万美元或以下）、履行 2025年1月2日之前作出的具有约束力且尚未催缴的出资承诺，以及其他情形。此外，还可以个案方式给予国家利益豁免（850.502）。',
    inYardstick: '会显示（灰色），但从不计为被捕获。',
    source: 'domain-facts A5（31 CFR 850.501）',
  },
  'lp-exception': {
    term: '有限合伙人（LP）小额例外',
    definition:
      '当美国人士在一只基金各投资载体中的认缴出资合计不超过 2,000,000 美元时，其作为有限合伙人对该基金的被动投资属于例外；或者（第二种情形，凭记忆转述）该有限合伙人持有具有约束力的合同保证，确保其资金不会用于受覆盖交易。',
    source: 'domain-facts A5（31 CFR 850.501；ILPA 信函）；合同保证情形的可信度为中',
  },
  'listed-persons': {
    term: '列名主体条款',
    definition:
      '据记忆，最终规则还禁止与列入某些美国清单（实体清单、军事最终用户清单、OFAC 特别指定国民清单、非 SDN 中国军事综合体企业（NS-CMIC）清单）的企业进行受覆盖交易。该企业仍须是从事受覆盖活动的受覆盖外国主体（就 AI 而言：模型超过须申报线，或 AI 专为所列最终用途设计）；仅凭列名，并不会使一所开发通用 AI 的大学受覆盖。在所检索的 31 CFR 850.224 文本中未能确认这一措辞。',
    inYardstick:
      '这是一项假设：默认关闭，在“现行美国对外投资规则”预设中也关闭；在“更严格的美国规则”预设中开启。开启时，至少须申报的列名企业变为禁止。Zhipu AI（自 2025年1月起列入实体清单）就属于这种情况。',
    source: 'domain-facts A4.4（未确认）',
  },
  'knowledge-standard': {
    term: '知悉标准',
    definition:
      '美国对外投资规则约束的是知道、意识到很可能或有理由知道某笔交易受覆盖的美国人士；判断标准是合理而勤勉的调查本应发现的情况。',
    inYardstick:
      '“知悉”设置是投资者识别出的受覆盖交易所占比例（每笔交易按固定种子随机抽取）；默认值 1 表示每笔受覆盖交易都被识别。',
    source: 'domain-facts A2（31 CFR 850.216）',
  },
  'controlled-foreign-entity': {
    term: '受控外国实体',
    definition:
      '美国人士持有 50% 以上表决权或董事会席位的非美国实体，或由其担任普通合伙人、管理成员或基金顾问的非美国实体。美国人士必须采取一切合理措施，使其不进行被禁止的交易，并须为其须申报的交易进行申报；美国人士也不得知情地指示一笔对美国人士而言被禁止的交易（850.303）。',
    inYardstick: '数据中记录了受谁控制（controlledBy）或受谁指示（directedBy）的投资者，计为来自该国。',
    source: 'domain-facts A2（Deacons；Debevoise）',
  },
  'national-interest-exemption': {
    term: '国家利益豁免',
    definition:
      '美国财政部长可会同商务部和国务院，基于国家利益豁免某笔交易适用美国对外投资规则，“仅限于特殊情况”（31 CFR 850.502）。目前尚未公布任何豁免。',
    inYardstick: '一份被豁免交易编号的列表；其中每笔交易的结果均为例外。',
    source: 'domain-facts A5',
  },
  'coins-act': {
    term: '《全面对外投资国家安全法》（COINS 法案）',
    definition:
      '《全面对外投资国家安全法》收录于《2026财年国防授权法案》（2025年12月18日）：它将对外投资计划写入法律，把古巴、伊朗、朝鲜、俄罗斯和马杜罗治下的委内瑞拉增列为受关注国家，增加高超音速和高性能计算领域，覆盖处于受覆盖主体“指示或控制”之下的实体（而不以持股比例为准），并保持申报为强制性，而禁止改为酌情决定。美国财政部有 450 天（至约 2027年3月）发布实施条例。',
    inYardstick: '一个自 2027年3月13日起生效的预设，开启“指示或控制”和“覆盖高超音速”两个开关。',
    source: 'domain-facts A7（Arnold & Porter；Akin；Latham；Pillsbury）',
  },
  'is-informed-letter': {
    term: '“告知函”（is-informed letter）',
    definition:
      '美国商务部工业与安全局（BIS）在已公布的规则之外或之前，通知出口商某一指定物项或客户需要许可证的信函：2022年8月针对 A100、H100 和 MI250，2025年4月针对 H20。',
    inYardstick: '出口管制措施中的“告知函”列表：列名芯片自其日期起被拒绝。',
    source: 'domain-facts B1（英伟达 8-K 文件；2022年8月的信函可信度为中）',
  },
  'affiliates-rule': {
    term: '关联方规则（50% 规则）',
    definition:
      'BIS 的一项规则，于 2025年9月29日生效，将实体清单的限制扩展至由列名方持股至少 50% 的企业。根据釜山协议，该规则自 2025年11月10日起暂停实施一年。',
    inYardstick: '出口管制措施的一项设置；在该规则有效期间，记录的母公司被列名的企业计为被列名。',
    source: 'domain-facts B1（临时最终规则 IFR 2025-19001；Freshfields；Fenwick）',
  },
  'effective-date': {
    term: '生效日期',
    definition:
      '一项措施开始适用的日期。美国对外投资规则于 2025年1月2日生效，适用于当日或之后完成的交易；2022年10月芯片规则自 2022年10月7日起施行，取代它的 2023年规则自 2023年10月17日起施行。',
    inYardstick: '每项措施的卡片上都有其生效日期；在此之前的交易不会被捕获。',
    source: 'domain-facts A1（美国财政部常见问题解答）及 B1',
  },
  'eccn-3a090': {
    term: 'ECCN 3A090',
    definition:
      '美国出口管制中针对先进 AI 芯片的条目，由 2022年10月规则设立（4A090 涵盖含有这类芯片的计算机和服务器）。2023年10月规则将其拆分为 3A090.a（受管制）和 3A090.b（较低的一档，可适用通知例外）。',
    source: 'domain-facts B1 及 B2（Thompson Hine；lenzo.ai 的 ECCN 3A090 文本）',
  },
  tpp: {
    term: '总处理性能（TPP）',
    definition:
      '出口管制衡量芯片速度的指标：2 × MacTOPS × 运算的位长，取各精度中的最高值（大致为稠密 TOPS 或 TFLOPS × 位长）。自 4,800 起受管制（两项规则皆然）；性能密度高时自 1,600 起受管制（2023年规则）。',
    inYardstick: '芯片图表的横轴。具体芯片的 TPP 值由我们根据公开规格推算（可信度低）。',
    source: 'domain-facts B2（BIS 定义，经由 Fudzilla、pulsestacks、Tom’s Hardware）及 B3',
  },
  'performance-density': {
    term: '性能密度',
    definition:
      'TPP 除以芯片的裸片面积（mm²）。2023年10月规则管制 TPP 至少为 1,600 且性能密度至少为 5.92 的数据中心芯片，使一块相对其尺寸性能强大的芯片无法靠削减某一项特性而绕过管制。消费级芯片只受 TPP 4,800 这一标准约束。',
    source: 'domain-facts B2（lenzo.ai 的 ECCN 3A090；Mondaq；消费级芯片据 Fudzilla，可信度中）',
  },
  interconnect: {
    term: '互连带宽（I/O 带宽）',
    definition:
      '芯片与其他芯片交换数据的速度（双向总传输速率）。2022年10月规则仅在 TPP 至少为 4,800 且互连带宽至少为 600 GB/s 时才管制一块芯片。2023年规则取消了这一标准。',
    source: 'domain-facts B2（pulsestacks.com，2024年4月）',
  },
  'a800-h800': {
    term: 'A800 与 H800',
    definition:
      '英伟达在 2022年10月规则之后为中国市场推出的芯片：算力与 A100 和 H100 相同，但互连带宽被削减到该规则同时要求的 600 GB/s 以下（A800 降至 400 GB/s；H800 降至约为 H100 的一半）。它们避开了 2022年规则，后被取消互连条件的 2023年10月规则管制：仅凭其 TPP（约 4,992 和 15,830）就已超过 4,800。捕获它们并不需要新的性能密度标准；该标准针对的是 4,800 以下的芯片。',
    source: 'domain-facts B2–B3（pulsestacks；moomoo；sherwood.news）',
  },
  h20: {
    term: 'H20',
    definition:
      '英伟达为中国市场设计、意在低于 2023年各条线的芯片（TPP 约 2,368，性能密度约 2.9；由我们推算）。自 2025年4月起，向中国销售该芯片需要许可证；约自 2025年8月起开始发放许可证，条件是将对华销售收入的 15% 交给美国政府。',
    inYardstick:
      '自 2025年4月9日起列入“告知函”列表（拒绝：未发放许可证），自 2025年8月8日起列入“凭许可证销售的芯片”列表（需要许可证）。',
    source: 'domain-facts B1（英伟达 8-K，经由 Tom’s Hardware）及 B3（规格：可信度低）',
  },
  'entity-list': {
    term: '实体清单',
    definition:
      '美国商务部（BIS）的一份清单，列出受出口限制的外国企业和机构。华为于 2019年5月被列入；SenseTime、Megvii、iFlytek 等于 2019年10月被列入；Zhipu AI 和 Sophgo 于 2025年1月15日被列入。',
    inYardstick:
      '开启出口管制措施中的实体清单开关后，在购买日已列入清单的企业不能购买任何美国供应的芯片。蒸馏措施可以将其发现的实验室列入清单。',
    source: 'domain-facts B1 及 B4（EAR 第744部分，补编4）',
  },
  'licence-required': {
    term: '需要许可证',
    definition:
      '需要美国出口许可证、而非被直接禁止的销售：开始发放许可证后的 H20（约 2025年8月起；在此之前自 4月起未发放任何许可证），以及 H200 级芯片——2026年1月15日起改为个案审查，条件包括在美国进行第三方测试、数量上限为美国客户采购量的 50%、了解客户核查，以及不得用于军事用途。',
    inYardstick: '一种“受审查”的结果：被捕获，但未被阻止。',
    source: 'domain-facts B1',
  },
  denied: {
    term: '拒绝',
    definition:
      '一种“被阻止”的结果：出口管制禁止的芯片采购（受管制芯片，或被列入实体清单的企业购买的任何美国芯片），或在报道中的审批要求下北京未予批准的、有美国资本参与的交易。',
    source: 'Yardstick 的结果分类（DESIGN §3）；规则见 domain-facts B 及 C3',
  },
  blocked: {
    term: '封堵',
    definition: '一种“被阻止”的结果：美国开发者在打击蒸馏行动中发现并切断的模型访问流量（蒸馏）。',
    inYardstick: '哪些访问流被发现，由每条访问流的带种子哈希值决定，因此结果稳定，并随检测率平稳上升。',
    source: 'Yardstick 的结果分类（DESIGN §3.3）；备忘录见 domain-facts C1',
  },
  'stopped-vs-reviewed': {
    term: '被阻止与受审查',
    definition:
      'Yardstick 把结果分为两档。被阻止：禁止、拒绝、封堵——交易不会进行。受审查：须申报、需要审批、需要许可证——交易会进行或可能进行，但处于政府的关注之下。须申报的交易只需申报（美国财政部不审查也不批准）；审批或许可证则逐案决定。例外交易会显示，但不计入。',
    inYardstick: '一笔交易的综合结果，取各项生效措施下最严重的结果。',
    source: 'Yardstick 的结果分类（DESIGN §3）',
  },
  distillation: {
    term: '蒸馏',
    definition:
      '用另一个模型的回答来训练一个模型。2026年2月23日，Anthropic 报告了针对 Claude 的“工业规模”蒸馏：约 24,000 个欺诈账户、超过 1,600 万次对话，主要来自 MiniMax（超过 1,300 万次）、Moonshot AI（约 340 万次）和 DeepSeek（超过 150,000 次）。',
    inYardstick:
      '从美国模型流向中国实验室的模型访问流量；打击行动会封堵对话量达 100,000 次或以上的闭源 API 访问流中的一部分（比例即检测率，为一项假设）。',
    source: 'domain-facts C1 及 C2（Anthropic，经由 fintool，2026年2月23日）',
  },
  'nstm-4': {
    term: 'NSTM-4',
    definition:
      '白宫科技政策办公室（OSTP）主任 Michael Kratsios 于 2026年4月23日签署的备忘录：称“主要位于中国”的实体进行工业规模的蒸馏；政府承诺与美国 AI 企业共享威胁信息、协调防御、制定最佳实践，并探索问责措施。备忘录未点名任何企业，也未规定任何执法措施。',
    source: 'domain-facts C1（Just Security；aiwire）',
  },
  'hr-8283': {
    term: 'H.R. 8283',
    definition:
      '《2026年遏制美国 AI 模型窃取法案》，于 2026年4月15日提出，众议院外交事务委员会于 4月22日一致同意推进。该法案将要求国务院和商务部识别并列出提取美国闭源模型特征的外国行为者，并允许将其列入实体清单和实施制裁。尚未成为法律。',
    inYardstick: '蒸馏措施的“将发现的实验室列入实体清单”开关，模拟的就是这项列名权力。',
    source: 'domain-facts C1（govinfo BILLS-119hr8283ih；Just Security）',
  },
  'closed-api': {
    term: '闭源 API 与开放权重',
    definition:
      '使用其他开发者模型的两种方式：通过其付费接口（闭源 API），使用受提供方条款约束；或下载已公开的权重（开放权重），其许可证通常允许在其基础上开发。NSTM-4 针对的是闭源模型。',
    inYardstick: '蒸馏措施默认覆盖闭源 API 访问流；也可以将开放权重的使用纳入。',
    source: 'domain-facts C1（NSTM-4）及蒸馏措施的参数说明',
  },
  'cn-approval-rule': {
    term: '中国对美国资本的审批要求',
    definition:
      '2026年4月24日，彭博社报道称，中国将要求领先科技企业（包括顶尖 AI 初创企业）在接受美国资本之前获得政府批准。2026年5月22日，国家发展和改革委员会（发改委）表示，中国“从未要求”企业拒绝外国投资。没有公布任何阈值。',
    inYardstick:
      '建模为一项措施，针对投向以下企业、有美国资本参与的交易：领先企业、估值 10 亿美元或以上的企业，或训练运算超过 1e24 次的企业；假设其中 30% 获得批准。',
    source: 'domain-facts C3（报道：可信度中；发改委声明：可信度高）',
  },
  'approval-required': {
    term: '需要审批',
    definition:
      '报道中的中国规则下的一种“受审查”结果：有美国资本参与的交易需要北京批准。未获批准的部分即为拒绝。',
    source: 'Yardstick 的结果分类（DESIGN §3.4）；domain-facts C3',
  },
  'leading-firm': {
    term: '领先企业',
    definition:
      '报道中中国审批要求的适用范围：“领先科技企业，包括顶尖 AI 初创企业”，据报道 ByteDance 在其列。',
    inYardstick: '一个标记，加在资料来源称为领先企业或国家冠军企业的公司上。',
    source: 'domain-facts C3（彭博社报道，经由摘要转述）',
  },
  'in-scope-vs-captured': {
    term: '在范围内与被捕获',
    definition:
      '在范围内：一旦有交易发生，措施就会对其起作用的企业，无论交易是否真的发生（例如训练运算超过 1e23 次的中国开发者）。被捕获：至少有一笔交易被措施实际捕获的企业，或被如此捕获的交易。如果流向这些企业的资金或芯片很少，一项措施可能有许多企业在范围内，却只捕获很少。',
    source: 'Yardstick 的定义（DESIGN §4）',
  },
  'small-yard': {
    term: '小院高墙',
    definition:
      '对少数技术严格管控，而不是对大量技术宽松管控。“小院”是一项措施覆盖的范围；“高墙”是它在院内所做的事（阻止或审查）。',
    inYardstick: 'Yardstick 衡量的是“小院”：每项措施逐季度覆盖多少企业和交易。',
    source: 'Yardstick 的框架（DESIGN，开篇）',
  },
  'modeled-vs-sourced': {
    term: '模型推算与有来源',
    definition:
      '有来源的记录来自有出处的资料（Epoch AI 的模型数据、企业公告、报道）。中国 AI 融资的逐笔交易数据属于专有数据，因此长尾部分由模型推算：一个带种子的合成群体，按公开的总量校准（例如 CSET：2015–2021 年的 2,299 笔交易中有 401 笔有美国参与）。模型推算的记录在各处都有标注。',
    inYardstick: '切换到“仅有来源”，即可查看仅凭有来源的记录能显示什么。',
    source: 'Yardstick 的数据方法（DESIGN §2.2；docs/DATA.md）；校准数字见 domain-facts D1–D7',
  },
  projection: {
    term: '外推',
    definition:
      '数据截止日期之后的记录，根据情景的假设延伸至外推期末：每年的算力增长（默认 3 倍，即 Epoch AI 对 2021年末以来中国顶尖模型的估计）、交易量和美国份额的趋势。一律为模型推算；以虚线或阴影绘制。',
    source: 'domain-facts D5（Epoch AI，中国算力趋势，2025年1月22日）及 D7（我们的假设）',
  },
  'as-of': {
    term: '数据截止日期',
    definition: '数据所涵盖的最后日期。截至该日期的季度为历史；之后的季度为外推。',
    source: 'Yardstick 的数据集格式（DESIGN §2.1）',
  },
  'epoch-estimate': {
    term: 'Epoch AI 算力估计',
    definition:
      '来自 Epoch AI《AI 模型数据》（CC BY 4.0）的训练算力估计，每项都有可信度评级（可信 Confident、较可能 Likely、推测 Speculative）。许多中国模型的估计为较可能或推测；2026年快照中有些估计（其中包括按基准测试推算的估计）只写在备注里，算力一栏留空。',
    inYardstick: 'Epoch 只在备注中给出的估计会作为推算估计导入，并如此标注（见“插补的算力估计”）。',
    source: 'domain-facts D5–D6（Epoch AI 数据集）',
  },
  'imputed-compute': {
    term: '插补的算力估计',
    definition:
      'Epoch AI 只在备注中给出、算力一栏留空的训练算力数字：GLM-4-Plus 为 3.6e25 FLOP，由基准测试推算（根据基准测试分数推断算力；可信度为推测）；GLM-4 (0116) 为 1.2e25 FLOP，依据 10 万亿个词元和猜测的 2,000 亿个参数（较可能，± 1 个数量级），这一数字在 Epoch 2025年6月的快照中曾位于算力一栏。Epoch 公布的超过 1e25 的模型数量包含推算估计，而 Epoch 称按基准测试推算的估计是其最具推测性的估计。',
    inYardstick:
      '有五个模型带有这种估计（GLM-4-Plus、GLM-4 (0116) 和 (0520)、GLM-4V-9B、Aquila2 34B），在模型图表上画为空心方块，在解释中标为“推算估计”。假设“计入插补的算力估计”（默认开启）决定它们是否计入；关闭时，它们计为未知。',
    source:
      'Epoch AI 算力备注（CC BY 4.0）；domain-facts D5（数量含推算估计，2025年6月快照）及 D6（GLM-4-Plus、GLM-4 (0116)）；Epoch AI 关于可信度等级的数据文档',
  },
  'hardware-in-use': {
    term: '已知在用的芯片',
    definition:
      '某企业使用过某些芯片的证据，例如模型论文或 Epoch AI 列出的某模型训练硬件。它表明这些芯片在该日期已在该企业手中，但不能说明何时、如何或从谁那里购得：例如 H800 在 2023年10月规则之前是合法销售的。',
    inYardstick:
      '作为“在用硬件”记录保存，与采购记录分开：任何措施都不会将其计为允许或拒绝。它们作为证据保留在芯片图表上（已知使用每种芯片的企业）和企业的解释中。',
    source:
      'Yardstick 的数据方法（docs/DATA.md §1.2；transactions.SOURCE.md §4.6“使用的证据，而非采购的证据”）',
  },
  confidence: {
    term: '可信度标签',
    definition:
      '参考资料对某一事实的把握程度。高：读自原始文本或多份可靠报道。中：一份可靠的二手来源，或凭记忆转述。低：单一薄弱来源，或由我们推算。未确认：占位值。',
    source: 'domain-facts（可信度标签表）',
  },
  taxed: {
    term: '被征税',
    definition:
      '根据《爱国投资法案》（S.5188，2024年9月提出，未获通过），美国投资者从中国企业证券获得的收益将按普通所得税率征税，而不是按较低的资本利得税率征税。交易不受审查，也不会被阻止；只是投资者要付出更多成本。',
    inYardstick:
      '一种高于“须申报”、低于“需要审批”的结果：计为被捕获，但从不被阻止。每一笔被征税的融资轮还报告其收益预期需多缴的税款（一个以美元计的金额）。',
    source: 'domain-facts A7（S.5188 文本）',
  },
  'disqualified-prc-security': {
    term: '不合格中华人民共和国证券',
    definition:
      '《爱国投资法案》中指直接或间接持有的、对中华人民共和国政府、中国共产党或中华人民共和国公民、国民、居民或实体的任何权益。此类证券的收益将作为普通所得征税；持有人在规则适用前有六个月时间出售，且只影响未来的收益。',
    inYardstick:
      '交易当日总部位于中国内地、香港或澳门的企业；也可选择只计入美国对外投资规则作为 AI 开发者所覆盖的企业。',
    source: 'domain-facts A7（S.5188 第2节，新增 IRC §1261(b)）',
  },
  'ordinary-income': {
    term: '普通所得',
    definition:
      '按联邦普通税率征税的所得（如工资、利息），最高税率为 37%。持有超过一年的资产所获收益通常属于长期资本利得，最高按 20% 征税。',
    source: 'domain-facts A7（S.5188）；税率见 26 U.S.C. 1(j) 与 1(h)（凭记忆引用）',
  },
  'capital-gains-rate': {
    term: '资本利得税率',
    definition:
      '出售持有超过一年的资产所获收益适用的联邦税率：最高 20%，而普通所得最高为 37%。持有一年或以下的收益本就属于普通所得。',
    source: 'domain-facts A7（S.5188）；26 U.S.C. 1(h) 与 1222（凭记忆引用）',
  },
  'gain-multiple': {
    term: '收益倍数',
    definition: '一项投资出售时的价值相当于投入金额的倍数：在 2 倍时，收益等于投资金额。',
    inYardstick: '投资税措施的一项假设，背后没有公开数据：预期多缴的税款与“倍数减一”成正比。',
    source: 'Yardstick 的建模假设',
  },
};
