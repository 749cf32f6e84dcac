/**
 * A small thesaurus of the themes these materials are written about.
 *
 * Character bigrams only see shared wording. A problem and the measure that
 * answers it often share the theme but not the words: "理论学习被动多，主动少"
 * is answered by "坚持读原著、学原文、悟原理…学懂、弄通、做实". Each theme
 * lists the set phrases that signal it (drawn from central notices and the
 * keyword lists of the aspect profiles), so a passage can be described by the
 * themes it touches as well as by its bigrams; similarity then counts a shared
 * theme as evidence even when the phrasing differs.
 *
 * Matching is by substring: entries are set phrases, at least two characters,
 * specific enough not to occur by accident. A phrase may belong to several
 * themes (政治纪律 is both political and disciplinary).
 */
import { LiteralMatcher } from "../rules/text";
import { normalizeText } from "./terms";

export interface Theme {
  id: string;
  /** Chinese name, for explanations. */
  name: string;
  phrases: readonly string[];
}

/** A whitespace-separated list of phrases. */
function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

export const THEMES: readonly Theme[] = [
  {
    id: "theory",
    name: "理论学习",
    phrases: words(`
      理论学习 理论武装 学懂弄通 学思用贯通 知信行 凝心铸魂 创新理论 学用脱节
      两张皮 学深悟透 入脑入心 第一议题 中心组学习 读原著 学原文 悟原理
      浅尝辄止 不深不透 学以致用 融会贯通 理论素养 学习教育 自学 原著 学思践悟
      知行合一 理论成果 科学理论 学习纲要 理论 新思想 学习不够 学习不深
      学得不深 系统学习 学习的系统性
    `),
  },
  {
    id: "political",
    name: "政治能力",
    phrases: words(`
      两个确立 两个维护 四个意识 四个自信 政治站位 政治判断力 政治领悟力
      政治执行力 政治三力 政治敏锐性 政治鉴别力 政治忠诚 政治能力 政治素质
      对标对表 政治立场 政治方向 政治原则 对党忠诚 党中央权威 高度一致 打折扣
      搞变通 令行禁止 意识形态 错误言论 错误思想 政治谣言 政治纪律 政治规矩
      思想政治 政治建设 忠诚核心 维护核心
    `),
  },
  {
    id: "leadership",
    name: "党的领导与班子",
    phrases: words(`
      党的全面领导 党的领导 全面领导 民主集中制 议事规则 三重一大 集体领导
      一言堂 请示报告 班子建设 党建引领 基层党建 党组织 统领 把方向 管大局
      科学决策 民主决策 依法决策 党政联席会 集思广益 议题 领导核心 集体决议
      班子运行 党的建设
    `),
  },
  {
    id: "initiative",
    name: "担当作为",
    phrases: words(`
      担当作为 干事创业 攻坚克难 主动性 创造性 闯劲 拼劲 畏难 躺平 不作为
      慢作为 求稳怕乱 敢于创新 勇于担责 履职尽责 迎难而上 怕担责任 开拓进取
      积极性 钉钉子 担当 担责 履责 一抓到底 敢闯 敢干
    `),
  },
  {
    id: "people",
    name: "群众与宗旨",
    phrases: words(`
      以人民为中心 人民群众 群众 宗旨意识 为民服务 急难愁盼 民生 深入基层
      群众路线 获得感 信访 上访 办实事 为民 人民至上 民生福祉 便民 利民
      基层一线 解难题 宗旨
    `),
  },
  {
    id: "development",
    name: "发展",
    phrases: words(`
      高质量发展 经济发展 改革发展稳定 新发展理念 新发展格局 产业 招商 营商环境
      新质生产力 创新驱动 经济增长 市场主体 数字化 项目建设 转型升级 发展成效
      发展水平 扩内需 科技创新 经济工作 十四五 十五五
    `),
  },
  {
    id: "struggle",
    name: "斗争精神与风险",
    phrases: words(`
      斗争精神 斗争本领 敢于斗争 善于斗争 防范化解 风险挑战 风险隐患 风险点
      底线思维 安全生产 舆情 矛盾纠纷 不敢碰硬 好人主义 老好人 亮剑 化解风险
      重大风险 风险防范 斗争 风险
    `),
  },
  {
    id: "governance",
    name: "全面从严治党",
    phrases: words(`
      全面从严治党 从严治党 管党治党 主体责任 监督责任 一岗双责 两个责任
      监督执纪 四种形态 失之于宽 失之于软 宽松软 问责 党风廉政建设 政治责任
      第一责任人 反腐败 警示教育 执纪 监督
    `),
  },
  {
    id: "integrity",
    name: "清正廉洁",
    phrases: words(`
      廉洁 清正 廉政 八项规定 四风 家风 亲属 身边工作人员 红包 礼金 拒腐防变
      特权 艰苦奋斗 勤俭节约 奢靡 享乐 以权谋私 权力寻租 用权 吃喝 操守 自律
      律己 廉洁奉公 制度的笼子 权力运行
    `),
  },
  {
    id: "partySpirit",
    name: "党性与理想信念",
    phrases: words(`
      党性 初心 使命 理想信念 自我革命 党员意识 组织观念 固本培元 精神之钙
      世界观 人生观 价值观 总开关 政绩观 入党誓词 信仰 信念 党员身份 修养
    `),
  },
  {
    id: "discipline",
    name: "纪律规矩",
    phrases: words(`
      纪律 规矩 遵规守纪 党纪 纪律处分条例 守纪 敬畏 底线 红线 戒惧 法纪
      违规违纪 违纪 高压线
    `),
  },
  {
    id: "workStyle",
    name: "工作作风",
    phrases: words(`
      工作作风 作风 形式主义 官僚主义 文山会海 痕迹管理 基层减负 求真务实
      真抓实干 浮于表面 作风漂浮 以会议落实会议 以文件落实文件 以会议传达会议
      调查研究 务实 一阵风 走过场 走形式
    `),
  },
  {
    id: "ability",
    name: "能力本领",
    phrases: words(`
      能力 本领 本领恐慌 专业素养 业务能力 统筹协调 创新思维 系统思维 战略思维
      履职能力 素质 新思路 新举措 新办法
    `),
  },
  {
    id: "exemplary",
    name: "先锋模范",
    phrases: words(`
      先锋模范 模范作用 立足岗位 作用发挥 奉献 榜样 先进典型 革命先辈
    `),
  },
];

/** A phrase of one group, with its place in that group's longest-first list. */
interface GroupPhrase {
  group: number;
  order: number;
  length: number;
}

/** Groups of set phrases, each with an id: the themes here, pairing's synonym groups. */
export interface PhraseGroup {
  id: string;
  phrases: readonly string[];
}

/**
 * Counts the phrases of `groups` in a normalised text (normalizeText), group by group:
 * within a group, phrases are taken longest first and each phrase's occurrences left
 * to right; an occurrence counts unless its first character lies in one counted before
 * (so overlapping phrases of one group count once per position). Group id → count, in
 * the groups' order, groups with none left out. Every phrase of every group sits in one
 * matcher, made on first use (or by `prepare`): the text is read once, not per phrase.
 */
export class PhraseGroupCounter {
  private readonly ids: string[];
  private readonly entries: { text: string; value: GroupPhrase }[];
  private matcher: LiteralMatcher<GroupPhrase> | null = null;

  constructor(groups: readonly PhraseGroup[]) {
    this.ids = groups.map((g) => g.id);
    // Normalised phrases, longest first (a longer phrase claims its span before a shorter one inside it).
    this.entries = groups.flatMap((g, group) =>
      g.phrases
        .map((p) => normalizeText(p))
        .sort((a, b) => b.length - a.length)
        .map((text, order) => ({ text, value: { group, order, length: text.length } })),
    );
  }

  /** Builds the matcher now rather than on first use (see prepareEngine). */
  prepare(): void {
    this.matcher ??= new LiteralMatcher(this.entries);
  }

  count(t: string): Map<string, number> {
    this.prepare();
    const out = new Map<string, number>();
    const hits = this.matcher!.findAll(t);
    if (hits.length === 0) return out;
    // Group by group, each group's phrases longest first, each phrase's occurrences left
    // to right: one sort of the hits, one array of stamps for all groups.
    hits.sort((a, b) => a.value.group - b.value.group || a.value.order - b.value.order || a.start - b.start);
    const covered = coveredStamps(t.length);
    let group = -1;
    let stamp = 0;
    let count = 0;
    for (const h of hits) {
      if (h.value.group !== group) {
        if (count > 0) out.set(this.ids[group]!, count);
        group = h.value.group;
        stamp = nextStamp++;
        count = 0;
      }
      if (covered[h.start] === stamp) continue;
      const end = Math.min(h.start + h.value.length, t.length);
      for (let x = h.start; x < end; x++) covered[x] = stamp;
      count++;
    }
    if (count > 0) out.set(this.ids[group]!, count);
    return out;
  }
}

const THEME_COUNTER = new PhraseGroupCounter(THEMES);

/** Builds the phrase matcher now rather than on first use (see prepareEngine). */
export function prepareThemes(): void {
  THEME_COUNTER.prepare();
}

/**
 * Theme id → number of phrase occurrences of that theme in `text`. Overlapping
 * phrases of one theme count once per position (the longest wins), so
 * "全面从严治党" is one occurrence of governance, not two.
 */
export function themeCounts(text: string): Map<string, number> {
  return themeCountsOfNormalized(normalizeText(text));
}

/** themeCounts of a text already normalised (normalizeText): PhraseGroupCounter.count. */
export function themeCountsOfNormalized(t: string): Map<string, number> {
  return THEME_COUNTER.count(t);
}

/**
 * Per position of the text being counted: the stamp of the theme that covers it
 * (a position is covered for the theme whose stamp it holds; stamps are never
 * reused, so nothing needs clearing between themes or texts).
 */
let stamps = new Float64Array(1024);
let nextStamp = 1;

function coveredStamps(length: number): Float64Array {
  if (stamps.length < length) stamps = new Float64Array(Math.max(length, stamps.length * 2));
  return stamps;
}
