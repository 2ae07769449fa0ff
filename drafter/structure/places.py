"""Place names as a user names them: word tables, not ``if``s.

A report names its place in many spots (title, the site's name, the 来源 line, the speaker
and meeting lines, the text), often short (``东昌府区``), sometimes with its city
(``聊城市东昌府区``), sometimes as a pronoun (``我区``) or inside an organisation's name
(``东昌府区人大财政经济委员会``). ``places_in`` finds every place chain in a text;
``region_from`` picks the name a user would file the report under.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import lru_cache

#: Provincial-level places by their short names: a level ending in 省 or 自治区 must be one
#: of these, and a page that names its place only so (``新福建``) is filed under the full name.
PROVINCES: dict[str, str] = {
    **{n: n + "省" for n in (
        "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
        "云南 陕西 甘肃 青海 台湾").split()},
    **{n: n + "市" for n in ("北京", "天津", "上海", "重庆")},
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区",
}
_PROVINCE_NAMES = frozenset(PROVINCES.values())
_PROVINCE_SHORT = re.compile("|".join(sorted(PROVINCES, key=len, reverse=True)))


#: How a text speaks of its own level (全省, 我区, 本县 …): the level of the place it is about.
#: An autonomous prefecture's or a league's report speaks so too (全州, 我州, 全盟; 全州县 is a county).
_SCOPE_LEVELS = "省|自治区|市|区|县|旗|州(?!县)|盟"
_SCOPE = re.compile(rf"[全我本]({_SCOPE_LEVELS})")
_SCOPE_WORD = rf"[全我本](?:{_SCOPE_LEVELS})"


#: A scope a rank is taken in (``居全市第二``, ``全省排名``, ``全市前列``): the level above, not the text's own.
_RANK_SCOPE = re.compile(rf"[居列占排]{_SCOPE_WORD}|{_SCOPE_WORD}(?=第|前|首|排|平均|同类|之首|最)")


def own_level(texts: list[str]) -> str:
    """The level the texts speak of themselves at most (全区, 我区 → 区; not 居全市第二), or ""."""
    levels = [m.group(1) for t in texts for m in _SCOPE.finditer(_RANK_SCOPE.sub("，", t))]
    return max(sorted(set(levels)), key=levels.count) if levels else ""


def province_in(texts: list[str]) -> str:
    """The one province the texts name by its short name (``新福建建设``), or "".

    Only where the text speaks of itself at that level (全省 for a province, 全市 for a
    municipality): a district's report that mentions 天津 is not about 天津市.
    """
    found = {PROVINCES[m.group()] for t in texts for m in _PROVINCE_SHORT.finditer(t)}
    if len(found) != 1:
        return ""
    province = found.pop()
    own = own_level(texts)
    return province if own and province.endswith(own) else ""


#: Administrative suffixes, the higher levels first (a chain reads 省 → 市 → 区).
UPPER_SUFFIXES = ("省", "自治区", "市", "自治州", "州", "地区", "盟")
LOWER_SUFFIXES = ("区", "县", "市", "旗", "自治县", "自治旗", "新区", "开发区", "林区", "特区")
#: A place name's own characters: never these, which open or join other words (委 closes 市委, 区委;
#: 级 closes a rank, 国家级, 省级, which a zone's name holds only before its kind: ``LEVEL_QUALIFIERS``;
#: the particles and adverbs closing a clause, 了, 着, 过, 也, 还, 更, 已 …, are in no county's name).
_NOT_IN_NAME = "的在对为与及或是把被年号届第各我该此其之等委级了着过也又还就已更最再并而但却所以因这每些"
#: Places whose name opens with a suffix character (济南市市中区, 枣庄市市中区, 青岛市市南区).
SUFFIX_LED_NAMES = ("市中区", "市北区", "市南区")
#: First characters that make ``X区`` a pronoun or a scope, never a place (我区, 全县, 本市, 该区);
#: only a one-character name is read so (贵阳市, 全州县, 本溪市 are places).
PRONOUN_HEADS = frozenset("我本全该各此辖其贵市区县省")
#: Prepositions and conjunctions that, as a one-character name before a level, make a phrase and not a
#: place (``向市人大常委会报告``, ``从县里``, ``由区政府``, ``经市政府同意``): no place of China is named by
#: one of them alone. The one-character counties written with such a character are listed apart.
FUNCTION_HEADS = frozenset("向从由往朝于给跟同比将按据经以自当沿凭和及对")
#: One-character places whose name is a function word too (和县, 安徽; 随县, 湖北 is not one: 随 is not listed).
ONE_CHARACTER_PLACES = frozenset(("和县",))
#: Characters that make a level's name end in a scope (``增速排名居全市``, ``覆盖我区``): the pronoun
#: heads that are no suffix; no place's name ends so, the words before them are a phrase.
SCOPE_ENDS = PRONOUN_HEADS - frozenset("市区县省")
#: Words that stand between place names and other words: the place is what stands before
#: or after them (``东昌府区人大财政经济委员会关于东昌府区…``, ``现向大会报告河北区…``).
SEPARATORS = (
    "人民代表大会", "人大常委会", "人大", "常委会", "人民政府", "政府", "行政公署", "行署", "管理委员会", "管委会", "委员会", "发展和改革", "发展改革", "发改",
    "经济发展局", "经济发展部", "经发局",
    "统计局", "财政局", "办公室", "党委", "政协", "经济社会", "国民经济", "关于", "报告", "现将", "现向",
    "提请", "审议", "评议", "分组", "询问", "测评", "审查", "批准", "决定", "委托", "下达", "印发", "大会", "会议", "第", "对于", "由于", "属于", "位于", "在于", "受", "发布机构", "机构", "来源", "单位", "主办", "发文",
)
#: The kinds of place (``计划单列市``, ``县级市``): words no place's name holds, read whole (before 计划).
PLACE_KINDS = ("计划单列市", "副省级城市", "直辖市", "地级市", "县级市")
#: A page's labels and menus (``正文``, ``网站首页``, ``政务公开``, ``标题``, ``人大文件``, ``专题专栏``, ``领导讲话``):
#: words of its chrome no place's name holds; a place written after them on one line starts there.
CHROME_WORDS = (
    "首页", "正文", "网站", "门户", "栏目", "导航", "专题", "专栏", "公开", "标题", "名称", "文件", "信息",
    "规划", "计划", "动态", "要闻", "新闻", "公告", "位置", "当前", "欢迎", "访问", "分享",
    # a menu's items and a page's buttons (``领导讲话``, ``重大决策``, ``统计数据``, ``附件下载``, ``打印本页``)
    "讲话", "总结", "工作", "决策", "领域", "数据", "决算", "运行", "关注", "热点", "最新", "发布", "下载", "资料",
    "附件", "原文", "链接", "全文", "内容", "本页", "打印", "查看", "阅读", "浏览", "收藏", "推荐", "评论", "点击",
    "报道", "文章", "快讯", "图片", "视频", "政策", "公示",
)
#: Verbs and prepositions that take a place as their object (``结合长宁区…``, ``助力某县…``,
#: ``对标浦东新区``): a place name starts after them, never with them. Only words that open no
#: place's name (one-character ones such as 向/从/和 do: 向阳区, 从化区, 和平区).
PLACE_LEAD_WORDS = (
    "结合", "推动", "推进", "促进", "对标", "对接", "服务", "支持", "深化", "助力", "加快", "加速", "建设",
    "打造", "融入", "带动", "联动", "携手", "面向", "立足", "围绕", "聚焦", "落户", "来到", "走进", "前往",
    "落实", "实现", "全面", "构建", "引领", "辐射", "覆盖", "包括", "涵盖", "例如", "比如", "以及", "根据",
    "按照", "依据", "依托", "做好", "争创", "创建", "申报", "荣获", "入选", "获评", "评为", "作为", "成为",
    "坚持", "学习", "借鉴", "参观", "考察", "调研", "视察", "走访", "指导", "帮扶", "援助", "对口", "协作",
    "共建", "推广", "召开", "举办", "举行", "签约", "签署", "进驻", "入驻", "加强", "统筹", "协调", "率先",
    "同意", "听取", "通过", "要求", "希望", "确保", "鼓励", "引导", "组织", "参加", "出席", "列席", "代表",
    "号召", "带领", "团结", "动员", "全体",
    # a document passes through an organ (``业经某市人大审议通过``, ``报经某县政府同意``), is put to
    # it (``建议某市人大批准``), or a task from it is done (``完成市下达任务``)
    "业经", "已经", "报经", "经过", "提交", "报请", "呈报", "报送", "呈请", "并请", "敬请", "建议", "完成", "发挥",
    # a time before the place that acts (``一年来南坪区``, ``去年以来某县``)
    "以来", "年来",
    # a chair's and a speaker's verbs in news of a meeting (``主持会议并宣布某旗…会议开幕``, ``宣读某县…决定``):
    # a region never starts with a verb (real_aside66, fxa6566)
    "宣布", "宣读", "主持", "介绍", "表示", "指出", "强调", "祝贺", "庆祝", "慰问", "看望", "会见", "接见",
    "陪同", "抵达", "到达", "回到", "返回", "离开", "出发", "迎来", "见证", "点赞", "称赞", "肯定", "感谢",
)
#: Words that close an adverbial of circumstance or aim before a sentence's subject (``面对复杂严峻形势南坪区``,
#: ``在疫情影响下某县``, ``经受住疫情冲击某县``, ``在区委坚强领导下某区``), and the verbs of facing them
#: (面对, 应对, 抢抓): no place's name holds them, the subject place starts after them.
CIRCUMSTANCE_WORDS = (
    "形势", "态势", "局面", "背景", "挑战", "冲击", "压力", "考验", "困难", "风险", "影响", "机遇", "环境", "疫情",
    "下行", "期间", "时期", "阶段", "征程", "目前", "同时", "大局", "使命", "面前", "领导", "部署", "指引",
    "帮助", "关心", "关怀", "努力", "面对", "应对", "克服", "战胜", "抢抓", "抓住", "把握",
    # what a clause before the subject pursues or follows (``紧紧围绕…目标某区``, ``贯彻…精神某县``)
    "目标", "任务", "精神", "思想", "主线", "方针", "战略", "理念", "主题", "基调", "原则", "方向", "思路", "举措",
    "号召", "指示", "批示", "坚强", "正确", "团结", "奋斗", "拼搏", "紧紧", "紧扣", "紧盯", "贯彻", "遵循", "秉持",
    "锚定", "对照", "坚定",
)
#: One-character verbs that open no place's name (``赴某区调研``, ``促某县发展``, ``并请市政协委员``,
#: ``寄送至某区``): a name starts after them. Not 向/从/和/来/进/驻/让, which do open names (向阳区,
#: 从化区, 和平区, 来宾市, 进贤县, 驻马店市, 让胡路区).
PLACE_LEAD_CHARS = frozenset("赴促使帮到往抵请至")
#: An adverb of degree and the adjective it takes (``发展质量更高南坪区``, ``更加美好某县``): a phrase
#: no place's name holds, the place starts after it (更, 最 are in no name: ``_NOT_IN_NAME``).
DEGREE_PHRASE = re.compile(r"(?:更加|更为|最为)[\u4e00-\u9fff]{2}|[更最][\u4e00-\u9fff]")
#: Adjectives of a development aim in -化 (``国际化现代化城区``, ``现代化大都市``): words no place's name holds,
#: so a phrase they open names a kind of place, never one; the place starts after them.
DEVELOPMENT_AIMS = (
    "国际化", "现代化", "一体化", "城镇化", "城市化", "工业化", "信息化", "数字化", "智能化", "智慧化", "网络化",
    "法治化", "市场化", "便利化", "标准化", "规范化", "品质化", "精细化", "精品化", "生态化", "绿色化", "高端化",
    "特色化", "集约化", "专业化", "多元化", "全球化", "品牌化", "景区化", "园林化",
)
#: The kinds of place an aim's adjective qualifies (``现代化新城区``, ``国际化中心城区``): with the adjective,
#: a phrase naming a kind of place, never one (西安's 新城区 is named by its city, not by an aim).
AIMED_AREAS = ("新城区", "中心城区", "主城区", "城区", "新城", "新区", "大都市", "都市", "城市", "市区")
_DEVELOPMENT_AIM = re.compile("(?:" + "|".join(DEVELOPMENT_AIMS) + ")+(?:" + "|".join(AIMED_AREAS) + ")?")
#: Common nouns of a town's parts written with a level character (``城区``, ``市区``, ``城市``): alone, the
#: words of a descriptive phrase (``一流的国际化现代化城区``), no place; under their city (``某某市城区``) a
#: district may be named so.
#: A city's core districts (``主城区第1``: a rank among them, real_aside62), a common area too.
CORE_AREAS = ("中心城区", "主城区")
COMMON_AREAS = frozenset(("城区", "市区", "郊区", "城市", "都市", "大都市", "县城区", *CORE_AREAS))
#: Nouns that end in a suffix character and are things, not places (小区, 园区, 城区 …).
THING_NOUNS = ("小区", "园区", "社区", "景区", "片区", "街区", "校区", "厂区", "超市", "夜市", "集市",
              "强区", "强县", "强市", "强镇")  # 全国投资潜力百强区第59位, 工业强县: a ranking list or an aim (real_aside62)

_SUFFIXES = tuple(sorted({*UPPER_SUFFIXES, *LOWER_SUFFIXES}, key=len, reverse=True))
_SUFFIX_CHARS = frozenset(s for s in _SUFFIXES if len(s) == 1)
#: A scope written right after a place (``南坪区全区上下``) closes it as a separator does.
#: A circumstance closes its frame with 下 (``在疫情影响下``, ``在区委领导下``): no part of the place after it.
_CIRCUMSTANCE = "(?:" + "|".join(CIRCUMSTANCE_WORDS) + ")下?"
_SEPARATORS = re.compile("|".join((_CIRCUMSTANCE, *SEPARATORS, *PLACE_KINDS, *CHROME_WORDS, *PLACE_LEAD_WORDS, _SCOPE_WORD)))
#: Longest name of one level before its suffix (``黔东南苗族侗族`` + 自治州), or before the words
#: ``LEVEL_QUALIFIERS`` allow between a place's own name and its suffix.
_NAME_MAX = 8
#: Words a level's suffix takes between the place's own name and itself, as (pattern, suffixes): a
#: zone's rank and kind (``天津`` + ``国家级经济技术`` + 开发区, ``某市`` + ``高新技术产业`` + 开发区), the
#: peoples of an autonomous county, prefecture or banner (``双江`` + ``拉祜族佤族布朗族傣族`` + 自治县).
#: They do not count in the own name's length, so a long official name is read whole.
ZONE_RANKS = ("国家级", "国家", "省级", "市级")
ZONE_KINDS = (
    "农业高新技术产业", "高新技术产业", "高新技术", "经济技术", "高新", "经济", "工业", "农业科技",
    "临空经济", "临港经济", "出口加工", "旅游度假", "现代服务业",
)
_PEOPLE = rf"(?:各|(?:(?![{_NOT_IN_NAME}])[\u4e00-\u9fff]){{1,4}}?)族"  # 隆林各族自治县: 各族, all its peoples
_RANK, _KIND = "|".join(ZONE_RANKS), "|".join(ZONE_KINDS)
_ZONE_WORDS = rf"(?:{_RANK})?(?:{_KIND})?"
#: A zone named by its place and kind before 园区 (``苏州工业园区``): a place, though 园区 is a thing.
_ZONE_PARK = re.compile(rf"[\u4e00-\u9fff]{{2,{_NAME_MAX}}}?(?:{_RANK})?(?:{_KIND})园区")
#: A zone's rank or kind alone before its suffix is no place (``国家级新区``, ``经济技术开发区``, ``高新区``,
#: ``新区``: kinds of zone, or a zone's pronoun).
#: A level whose own name opens with the nation (``国家自主创新示范区``, ``国家生态文明试验区``, ``国家级新区``)
#: is a programme's kind of zone, whatever words follow: no place of China opens its name with 国家.
_KIND_ONLY = re.compile(rf"{_ZONE_WORDS}(?:经开|新)?(?:开发区|新区|区)|国家[\u4e00-\u9fff]*")
LEVEL_QUALIFIERS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(_ZONE_WORDS), ("开发区", "新区", "园区")),
    (re.compile(rf"(?:{_PEOPLE}){{1,6}}"), ("自治县", "自治州", "自治旗", "自治区")),
)


def _split(text: str) -> list[str] | None:
    """``聊城市东昌府区`` → ``["聊城市", "东昌府区"]``: levels covering all of ``text``, or None.

    Each level is a name (not opening with a suffix character or a pronoun head, holding
    none of the joining characters) and a suffix; shorter names are tried first, so
    ``杭州市`` is not read as ``杭州`` + ``市…``.
    """
    levels = _levels(text)
    return None if levels is None else list(levels)


@lru_cache(maxsize=1 << 16)
def _levels(text: str) -> tuple[str, ...] | None:
    """``_split`` as a tuple, kept: a text's ends are split again for every place that may
    start in it (``_chain_at_end``), and a report is read for its region more than once."""
    if not text:
        return ()
    named = next((name for name in SUFFIX_LED_NAMES if text.startswith(name)), None)
    if named is not None:  # 济南市市中区
        rest = _levels(text[len(named) :])
        return None if rest is None else (named, *rest)
    head = text[0]
    if head in _SUFFIX_CHARS or head in _NOT_IN_NAME or head in PLACE_LEAD_CHARS:
        return None
    for n in range(1, min(_NAME_MAX, len(text) - 1) + 1):
        if text[n - 1] in _NOT_IN_NAME:
            return None
        if n == 1 and head in PRONOUN_HEADS:
            continue  # 我区, 全县, 本市: a pronoun; 贵阳市, 全州县, 本溪市 are places
        if n == 1 and head in FUNCTION_HEADS and text[:2] not in ONE_CHARACTER_PLACES:
            continue  # 向市人大常委会: a preposition before the level; 向阳区, 和平区, 和县 are places
        if text[n - 1] in SCOPE_ENDS:
            continue  # 排名居全市: a phrase ending in a scope, not a name
        for end, suffix in (*_qualified(text, n), *((n, suffix) for suffix in _SUFFIXES)):  # 南坪 + 省级经济 + 开发区
            if text[: end + len(suffix)] in _SUFFIXES:
                continue  # 落实自治州政府要求: a level word alone (自治州, 地区, 林区) names no place
            if text.startswith(suffix, end) and not _thing(text[: end + len(suffix)]):
                rest = _levels(text[end + len(suffix) :])
                if rest is not None:
                    return (text[: end + len(suffix)], *rest)
    return None


def _qualified(text: str, n: int) -> list[tuple[int, str]]:
    """Where a suffix stands after the own name ``text[:n]`` and the words it allows there
    (``国家级经济技术`` before 开发区), and which suffix."""
    if n < 2:
        return []  # 个 + 省级 + 开发区: an own name of one character is no zone's nor people's place
    found = []
    for pattern, suffixes in LEVEL_QUALIFIERS:
        m = pattern.match(text, n)
        if m and m.end() > n:
            found += [(m.end(), suffix) for suffix in suffixes if text.startswith(suffix, m.end())]
    return found


#: A place as a title writes it after its year (``2023年某国家级经济技术开发区国民经济…``), for a pattern:
#: an own name and a suffix, with the words ``LEVEL_QUALIFIERS`` allow between them.
PLACE_WORDS = (
    rf"[\u4e00-\u9fff]{{2,{_NAME_MAX}}}?(?:"
    + "|".join(rf"{pattern.pattern}(?:{'|'.join(suffixes)})" for pattern, suffixes in LEVEL_QUALIFIERS)
    + "|省|自治区|市|区|县|旗)"
)


#: Labels after which a place opens the text (``通讯地址：青岛西海岸新区长江中路…``).
ADDRESS_WORDS = ("地址", "位于", "地处")
_ADDRESS = re.compile("(?:" + "|".join(ADDRESS_WORDS) + ")[：:]?")
#: Quoted names (``打造“五个示范区”``) are programmes, not the place.
_QUOTED = re.compile(r"“[^“”]{0,30}”|《[^《》]{0,60}》|‘[^‘’]{0,30}’")


def _chain_at_start(piece: str) -> str:
    for end in range(min(len(piece), 24), 1, -1):
        levels = _split(piece[:end])
        if levels and _plausible(levels):
            return "".join(levels[-2:])
    return ""


#: The conjunction joining two organs (``在区人大依法监督和区政协民主监督下``, ``市政府和区委``): the
#: level character after it opens the organ's name (区政协, 区委), so no place ends there.
_ORGAN_JOIN = re.compile(r"(?<=[\u4e00-\u9fff]{2})和(?=[省市区县旗](?:人大|人民代表大会|政协|人民政府|政府|党委|委))")
#: A quoted slogan's ``新`` + the place's short name (``“强富美高”新通州``, ``“两聚一高”新南通``): the place's own
#: rendering of the slogan, no place of its own (``新通州`` is no prefecture); ``quoted_slogan_place`` reads it.
_QUOTED_SLOGAN = re.compile(r"”新(?P<name>[\u4e00-\u9fff]{2})")
#: The unit closing a date's number (``1月``, ``17日``): never a place's first character there.
_DATE_TAIL = re.compile(r"(?<=\d)\s*[月日号]")
#: A news item's lead (``本报讯``, ``白沙网讯``, ``本台讯``) glued to the place opening its text: no part of it.
_NEWS_LEAD = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}?[网报台]讯")


#: A city's core districts as a common area (``中心城区第2``, ``主城区第1``; real_aside62's shape, fxgen11): no name
#: of a place, and ``中`` no separator inside it (``心城区`` was read for a district).
_CORE_AREA = re.compile(r"(?<![\u4e00-\u9fff])(?:" + "|".join(CORE_AREAS) + ")")


#: The years of an anniversary (``1260周年``, ``一千八百周年``).
_YEARS_OF_ANNIVERSARY = r"[\d一二三四五六七八九十百千]{1,6}周年"
#: A place's anniversary (``建县1260周年``, ``建区30周年``): its ``建`` + level is no suffix of a place name.
_ANNIVERSARY = re.compile(r"建[城区县市旗州]" + _YEARS_OF_ANNIVERSARY)


#: A city's standing before a common area (``首都城市战略定位``, ``省会城市``, ``门户城市``): a kind of city,
#: never a name (real_aside56, fx18g; ``晋城市``, ``聊城市`` end in 城市 after their own name).
_CITY_STANDING = re.compile(r"(?:首都|省会|首府|区域中心|节点|门户|枢纽)(?:城市|都市)")


def places_in(text: str) -> list[str]:
    """Every place chain in ``text``: ``天津市河东区人民政府`` → ``["天津市河东区"]``.

    Separator words cut the text into pieces; the longest chain of levels that ends a
    piece is its place (the last two levels: ``聊城市东昌府区``). Pronouns (``我区``) and
    things (``老旧小区``) are no places.
    """
    found: list[str] = []
    for m in _ADDRESS.finditer(text):
        piece = re.split(r"[^\u4e00-\u9fff]", text[m.end() :], maxsplit=1)[0]
        chain = _chain_at_start(piece)
        if chain:
            found.append(chain)
    text = _ORGAN_JOIN.sub("，", text)  # 依法监督和区政协: the 区 is the organ's level, not a suffix
    if "周年" in text:  # 是龙泉建县1260周年: the anniversary's 建县 closes no name (龙泉建县 was read; fxgen15)
        text = _ANNIVERSARY.sub("，", text)
    text = _DATE_TAIL.sub(" ", text)  # 1日上海市: the date's 日 opens no name (日照市 does elsewhere)
    text = _NEWS_LEAD.sub("，", text)  # 本报讯 白沙市: the lead opens no name
    text = DEGREE_PHRASE.sub(" ", text)  # 质量更高南坪区: the adjective of 更 opens no name
    text = _DEVELOPMENT_AIM.sub("，", text)  # 国际化现代化城区: an aim's adjective opens no name
    if "城市" in text or "都市" in text:  # 围绕首都城市战略定位: a city's standing, no name (fx18g)
        text = _CITY_STANDING.sub("，", text)
    text = _CORE_AREA.sub("，", text)  # 、中心城区第2: a city's core districts, no name (its 中 no separator)
    text = _QUOTED_SLOGAN.sub("”，", text)  # “强富美高”新通州: the slogan's 新 + short name is no place
    text = _QUOTED.sub(lambda m: "《" + m.group()[1:-1].replace("“", "").replace("”", "") + "》" if m.group().startswith("《") else "，", text)
    for chunk in _SEPARATORS.split(text):
        for piece in re.sub(r"[^\u4e00-\u9fff]+", " ", chunk).split():
            chain = _chain_at_end(piece)
            if chain:
                found.append(chain)
    return found


#: An enumeration: words joined by the enumeration comma (``经济特区、上海浦东新区、天津滨海新区开发开放``).
_ENUMERATION = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


def listed_places(text: str) -> list[str]:
    """The places ``text`` names as items of an enumeration holding two places or more, or places and
    kinds of area (``经济特区、上海浦东新区、天津滨海新区``, ``东部地区、某某新区``): places a page speaks
    of, not its own (a page names its own place alone)."""
    found: list[str] = []
    for m in _ENUMERATION.finditer(text):
        items = m.group().split("、")
        places = [p for item in items for p in places_in(item) or [_chain_at_start(item)] if p]
        areas = [item for item in items if _BROAD_AREA.fullmatch(item) or _KIND_ONLY.fullmatch(item)]
        if places and len(places) + len(areas) >= 2:
            found += places
    return found


#: Longest own name of an upper level written without its peoples (``呼和浩特``, ``大兴安岭``, ``锡林郭勒``).
_UPPER_NAME_MAX = 4


def is_parent_line(text: str) -> bool:
    """Is ``text`` an upper place and nothing else (``某某市``, ``某某省某某自治州``): the line a title split
    after its parent, above a title naming its own place (``某某县2019年…``) — not a slogan ending in a
    kind of place (``打造共同富裕示范区``, ``建设国家中心城市``: a lower suffix, or a name too long)."""
    levels = _split(re.sub(r"\s+", "", text))
    if not levels or not _plausible(levels):
        return False
    last = levels[-1]
    suffix = next((s for s in sorted(UPPER_SUFFIXES, key=len, reverse=True) if last.endswith(s)), "")
    return bool(suffix) and all(
        "族" in lv or lv.endswith(("自治区", "自治州")) or len(lv) - len(_suffix(lv)) <= _UPPER_NAME_MAX for lv in levels
    )  # 新疆维吾尔自治区: a people named without 族


def _plausible(levels: list[str]) -> bool:
    """No thing nouns (老旧小区) nor kinds of zone (国家级新区); a province-level level is a real
    province (not 按照省), or the placeholder 某省 of an anonymized example."""
    return not _kind_only(levels) and not (levels and levels[0] in COMMON_AREAS) and not any(
        _thing(lv) or lv.endswith(("省", "自治区")) and lv not in _PROVINCE_NAMES and lv[0] != "某"
        for lv in levels
    )


#: A part of the country by its side or kind (``东部地区``, ``东北地区``, ``民族地区``), no prefecture
#: (地区); the kind of zone ``经济特区`` named alone.
_BROAD_AREA = re.compile(r"(?:[东西南北中]?部|[东西]?北|[东西]?南|沿海|内陆|沿边|边境|边远|贫困|民族)地区|经?济特区")


def _thing(level: str) -> bool:
    """A thing named with a suffix character (老旧小区, 科技园区), not a zone's place (苏州工业园区);
    a part of the country (东部地区)."""
    return level.endswith(THING_NOUNS) and not _ZONE_PARK.fullmatch(level) or bool(_BROAD_AREA.fullmatch(level))


def _kind_only(levels: list[str]) -> bool:
    """A chain opening with a kind of zone (``国家级新区``); after a place it is the place's zone
    (``某县`` + ``经济开发区``)."""
    return bool(levels) and _KIND_ONLY.fullmatch(levels[0]) is not None


#: Every cut inside a suffix of several characters (``自`` | ``治区``), as (before, after), by the
#: first character after the cut.
_SUFFIX_CUTS: dict[str, list[tuple[str, str]]] = {}
for _suffix in _SUFFIXES:
    for _k in range(1, len(_suffix)):
        _SUFFIX_CUTS.setdefault(_suffix[_k], []).append((_suffix[:_k], _suffix[_k:]))
del _suffix, _k


def _cuts_suffix(piece: str, start: int) -> bool:
    """Does a chain starting at ``start`` begin inside a suffix of several characters (``自`` +
    ``治区`` of 按照自治区党委): the rest of a cut suffix is no place."""
    return any(
        piece.endswith(before, 0, start) and piece.startswith(after, start)
        for before, after in _SUFFIX_CUTS.get(piece[start : start + 1], ())
    )


#: Cities of China at prefecture level and above, by their own names (a province's line at a time): a
#: place known by name. A chain whose upper level ends in one of them after other words (a spam mirror's
#: ``篮球比分直播宁波市鄞州区``) starts at the known name; the words before it are no part of the place.
#: A known name that another holds at its end (鞍山 in 马鞍山) is read the longest.
KNOWN_CITIES = frozenset(
    (
        "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 "
        "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 "
        "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 "
        "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 "
        "长春 吉林 四平 辽源 通化 白山 松原 白城 "
        "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 "
        "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 "
        "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 "
        "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 "
        "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 "
        "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 "
        "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 "
        "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 "
        "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 "
        "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 "
        "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 "
        "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 "
        "海口 三亚 三沙 儋州 "
        "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
        "贵阳 六盘水 遵义 安顺 毕节 铜仁 "
        "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 "
        "拉萨 日喀则 昌都 林芝 山南 那曲 "
        "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 "
        "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 "
        "西宁 海东 "
        "银川 石嘴山 吴忠 固原 中卫 "
        "乌鲁木齐 克拉玛依 吐鲁番 哈密 "
        "北京 天津 上海 重庆 "
    ).split()
)
_KNOWN_CITY_END = re.compile("(?:" + "|".join(sorted(KNOWN_CITIES, key=len, reverse=True)) + ")市$")


def _known_start(level: str) -> str:
    """``篮球比分直播宁波市`` → ``宁波市``: an upper level that ends in a known city after words no
    known name holds starts at the city; a known city or an unknown place is kept."""
    if level[:-1] in KNOWN_CITIES or not level.endswith("市"):
        return level
    m = _KNOWN_CITY_END.search(level)
    return level[m.start():] if m and m.start() > 0 else level


def _chain_at_end(piece: str) -> str:
    for start in range(max(0, len(piece) - 24), len(piece) - 1):
        if _cuts_suffix(piece, start):
            continue  # 自治区 → 治区: a cut of a suffix
        levels = _split(piece[start:])
        if _kind_only(levels):
            return ""  # 国家级经济技术开发区: no part of a kind of zone is a place (济技术开发区)
        if levels and _plausible(levels):
            last = levels[-2:]
            return "".join((_known_start(last[0]), *last[1:]))
    return ""


#: A level a table's 统计口径 column gives its row (``全市``, ``市级``, ``区本级``, ``本级``).
TABLE_LEVEL = re.compile(r"^(?:全[省市区县州盟旗镇乡]|全口径|[省市区县州盟旗镇乡]?本级|[省市区县州盟旗镇乡]级)$")
#: The level of the whole place: its row is named plainly (the other levels stay in the name).
WHOLE_LEVEL = re.compile(r"^(?:全[省市区县州盟旗镇乡]|全口径)$")


def is_pronoun(name: str) -> bool:
    """``我区``, ``本县``, ``全市``: a scope or pronoun, never a region's name."""
    return len(name) <= 3 and name[:1] in PRONOUN_HEADS


def filed(place: str) -> str:
    """A place as a user files it: a province is never prefixed (``安徽省芜湖市`` → ``芜湖市``,
    a prefecture city stands alone), a municipality is (``上海市长宁区``)."""
    province = next((p for p in _PROVINCE_NAMES if place.startswith(p) and p.endswith(("省", "自治区"))), "")
    return place[len(province):] if province and len(place) > len(province) + 1 else place


def region_from(short: str, sources: list[str], wider: str = "") -> str:
    """The region's name: ``short`` (from the title) completed by the first source naming it
    with its city (``聊城市东昌府区``); without ``short``, the first place any source names."""
    short = filed(short)
    if short and is_pronoun(short):
        short = ""
    listed = {p for source in sources for p in listed_places(source)}
    named = [p for source in sources for p in places_in(source) if p not in listed]
    if not short:  # a place of the level the text speaks of itself at (全区 → 某区), else the first
        texts = [*sources, wider]
        own = own_level(texts)
        above = _above_places(texts)
        short = filed(
            next((p for p in named if own and p.endswith(own) and p not in above), "")
            or granted_place(texts, own)
            or own_quoted_place(texts, own)
            or next((p for p in named if not _below_province(p, own, texts)), "")
            or sentence_place(texts, own)
            or slogan_place(texts, own)
            or township_in(texts)
            or practice_place(texts, own)
            or quoted_slogan_place(texts, own)
            or quoted_aim_place(texts, own)
            or aim_place(texts, own)
            or known_city_place(texts, own)
            or history_place(texts, own)
        )
    short = _trimmed(short, named + places_in(wider))  # the name the page repeats alone
    if not short:
        return province_in([*sources, wider]) or nation_in([*sources, wider])
    for source in sources:
        for place in places_in(source):
            parent = place[: -len(short)] if short and place.endswith(short) else ""
            if parent and (_split(parent) or len(parent) == 2 and parent not in PLACE_LEAD_WORDS):
                return filed(place)  # the parent is a place: 聊城市 + 东昌府区, 青岛 + 西海岸新区
    return short


#: A higher place named as one whose decisions the page carries out, after the centre and the province
#: (``贯彻落实中央、省和某某市的决策部署``): the page's parent, never its own place (round 15, real_aside49).
_ABOVE = re.compile(
    r"(?:中央|国家)[、和及与](?:省|自治区)[、和及与](?P<name>[\u4e00-\u9fff]{2,4}(?:市|自治州|州|盟))(?:委|政府|委市政府)?的?"
    r"(?:决策部署|部署|要求|指示|工作要求)")
#: The page's own place by its short name, as the one a higher level gives a role (``赋予某某“…”的新定位``).
_GRANTED = re.compile(r"赋予(?P<name>[\u4e00-\u9fff]{2})(?=“|新定位|新使命|新任务|新要求)")


def _above_places(texts: list[str]) -> set[str]:
    """The places the texts name as the level above them (``中央、省和某某市的决策部署``)."""
    return {m["name"] for t in texts for m in _ABOVE.finditer(t)}


def granted_place(texts: list[str], own: str | None = None) -> str:
    """The one place a higher level gives a role by its short name (``某某市委…赋予某某“…”的新定位``), with
    the suffix of the level the text speaks of itself at (全市 → 某某市), where the text names a place above
    it (``中央、省和某某市的决策部署``): a county-level city's excerpt naming itself only so; else ""."""
    own = own_level(texts) if own is None else own
    above = _above_places(texts) if own else set()
    if not above:
        return ""
    names = {m["name"] for t in texts for m in _GRANTED.finditer(t)}
    names = {n for n in names if not set(n) & set(_NOT_IN_NAME) and n[0] not in PRONOUN_HEADS and n not in PROVINCES}
    names = {n for n in names if not any(a.startswith(n) for a in above)}
    return names.pop() + own if len(names) == 1 and _split(next(iter(names)) + own) else ""


def _below_province(place: str, own: str, texts: list[str]) -> bool:
    """A city or county a text speaking of itself as a province (``我省各市区…``: 我省, not a rank's 全省) names:
    a place spoken of (``安康市GDP增长10.8%``), never its own (real_aside37 convention 5)."""
    if own != "省" or place.endswith(("省", "自治区")) or not place.endswith(LOWER_SUFFIXES + UPPER_SUFFIXES):
        return False
    return any("我省" in t for t in texts)


def _trimmed(place: str, named: list[str]) -> str:
    """``place`` read with words before it (``政务公开中山市``) cut to the place other lines name
    alone (``中山市``): the words before a place that no line repeats are not its name, unless
    they are a place themselves (``聊城市`` + ``东昌府区``). A line naming the place under its parent
    (``溪口市南坪区``) names it too: the chain's last level counts."""
    levels = {lv for other in named for lv in (_split(other) or [])[1:]}
    for other in sorted(set(named) | levels, key=len, reverse=True):
        rest = place[: -len(other)] if place.endswith(other) and place != other else ""
        suffix = _suffix(other)
        whole = rest and suffix == _suffix(place) and len(other) - len(suffix) >= 2  # not 西藏自 + 治区
        if whole and not _split(rest) and rest not in PROVINCES:
            return other
    return place


def _suffix(place: str) -> str:
    """The longest administrative suffix ``place`` ends with (自治区 for 西藏自治区)."""
    return next((s for s in _SUFFIXES if place.endswith(s)), "")


#: A document's title quoted in the text (``出台了《某区产业扶持政策》``).
_QUOTED_TITLE = re.compile(r"《([^《》]{3,60})》")


def _one_own_place(chains: Iterable[str], own: str) -> str:
    """The one place of the text's own level ``own`` among ``chains`` (each chain's last level: a
    parent written before it does not prefix it), else ""."""
    found = {(_split(chain) or [chain])[-1] for chain in chains if chain and own and chain.endswith(own)}
    return filed(found.pop()) if len(found) == 1 else ""


def own_quoted_place(texts: list[str], own: str | None = None) -> str:
    """The place that opens the titles a text quotes (``《南坪区产业扶持政策》``), when it is of
    the level the text speaks of itself at (全区, 我区; ``own``, read from the texts when not
    given) and the only such place: a page that names its place nowhere else names it in its own
    policies' titles. A parent written in a quoted title (《某市南坪区…方案》) does not prefix the
    place (real_aside9 convention 6)."""
    own = own_level(texts) if own is None else own
    return _one_own_place(
        (_chain_at_start(re.split(r"[^\u4e00-\u9fff]", m.group(1), maxsplit=1)[0]) for t in texts for m in _QUOTED_TITLE.finditer(t)),
        own,
    )


#: A sentence opening on a place's short form (a name of two characters and its suffix, not a word
#: the suffix opens: 区域, 市场, 县级): the subject naming the page's own place (``。某某市经济运行…``).
_SENTENCE_START = re.compile(r"(?:^|[。！？；\n])\s*([\u4e00-\u9fff]{2}(?:市|区|县|旗))(?![域场民级委属直内外])")


def sentence_place(texts: list[str], own: str | None = None) -> str:
    """The place of the level the text speaks of itself at (全市 → 某某市; ``own``, read from the
    texts when not given) that opens its sentences (``…以内。某某市宏观经济面基本平稳``), when it is
    the only such place: a subject naming the page's own place, where no title or line names it."""
    own = own_level(texts) if own is None else own
    chains = (_chain_at_start(m.group(1)) for t in texts for m in _SENTENCE_START.finditer(t))
    return _one_own_place((c for c in chains if c and c[0] not in PRONOUN_HEADS), own)


#: How a place names itself in its slogans and its programmes' quoted names, its short name (two
#: characters) in ``name``: ``幸福某某``, ``新某某新…``, ``“六个某某”``, ``“某某八条”``.
SLOGAN_FRAMES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![\u4e00-\u9fff])幸福(?P<name>[\u4e00-\u9fff]{2})"),
    re.compile(r"新(?P<name>[\u4e00-\u9fff]{2})新"),
    re.compile(r"“[一二三四五六七八九十]个(?P<name>[\u4e00-\u9fff]{2})”"),
    re.compile(r"“(?P<name>[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,2}条”"),
)
#: How many kinds of slogan must name the same place: one may name anything (幸福生活, 新机遇新挑战).
SLOGAN_TIMES = 2


def slogan_place(texts: list[str], own: str | None = None) -> str:
    """The place a text names only in its slogans (``建设京津明珠、幸福某某``, ``“某某八条”``), with
    the suffix of the level it speaks of itself at (全区 → 某某区; ``own``, read from the texts when
    not given), when two kinds of slogan name it and no other name is named so; else ""."""
    own = own_level(texts) if own is None else own
    named = {(m["name"], frame) for t in texts for frame in SLOGAN_FRAMES for m in frame.finditer(t)}
    names = [n for n, _ in named if n[0] not in _NOT_IN_NAME and n[-1] not in _NOT_IN_NAME]
    counted = {n for n in names if names.count(n) >= SLOGAN_TIMES}
    return counted.pop() + own if own and len(counted) == 1 else ""


#: A place's own take on a higher level's quoted programme (``全面深化“六大行动”某某实践``, ``“最多跑一次”某某样板``):
#: its short name (two characters) right after the programme's closing quote and before the word of a
#: local rendering; a page naming its place nowhere else names it there.
_PRACTICE = re.compile(r"”(?P<name>[\u4e00-\u9fff]{2})(?:实践|样板|经验|模式)")


def practice_place(texts: list[str], own: str | None = None) -> str:
    """The one place a text names as its own rendering of a quoted programme (``“六大行动”某某实践``), with
    the suffix of the level it speaks of itself at (全区 → 某某区); else "". A verb, a scope or a
    separator word there (``“两学一做”学习实践``) names none."""
    return _one_short_name(texts, _PRACTICE, own_level(texts) if own is None else own)


def aim_place(texts: list[str], own: str | None = None) -> str:
    """The one place of the level a text speaks of itself at (全旗 → …旗; ``own``, read from the texts when
    not given) that it names right after a development aim's adjective (``奋力开创现代化某某旗建设崭新局面``,
    ``建设现代化某某县``): a page naming its place only in its aim names it there, the adjective no part of
    the name (real_aside44 convention 5). An aimed kind of area (``现代化新城区``) names none; else ""."""
    own = own_level(texts) if own is None else own
    pieces = (re.split(r"[^\u4e00-\u9fff]", t[m.end() : m.end() + 16], maxsplit=1)[0] for t in texts for m in _DEVELOPMENT_AIM.finditer(t))
    chains = (_chain_at_start(piece) for piece in pieces if piece)  # 城市化、财税工作: an item of a list, no aim
    return _one_own_place((c for c in chains if c and c[0] not in PRONOUN_HEADS), own)


def quoted_slogan_place(texts: list[str], own: str | None = None) -> str:
    """The one place a text names as ``新`` + its short name after a quoted slogan (``“强富美高”新通州``),
    with the suffix of the level it speaks of itself at (全区 → 通州区); a province's name there (``新福建``)
    or a common word (``“十四五”新征程``, ``“一带一路”新机遇``) names none."""
    return _one_short_name(texts, _QUOTED_SLOGAN, own_level(texts) if own is None else own, PROVINCES)


#: A place's own quoted aim, built (``聚力建设“五大某某”``, ``打造“幸福某某”``, ``“三个某某”建设``): a count of
#: aspects (``N大``, ``N个``) or a quality word of an aim, then the place's short name (two characters), closing the
#: quotes, after a verb of building or before ``建设``. The quoted aim is the page's own (建设 + the place).
QUALITY_AIMS = (
    "幸福 美丽 平安 健康 数字 智慧 法治 文明 活力 品质 魅力 生态 绿色 人文 宜居 创新 开放 实力 和谐 富裕 "
    "善治 大美 精致 精品 秀美 锦绣 现代 滨水 人民 智造 ").split()
AIM_VERBS = ("建设", "打造", "构建", "创建", "建成", "争创", "共建", "塑造", "书写")
_QUOTED_AIM = re.compile(
    r"(?:(?<=" + "|".join(AIM_VERBS) + r")“(?:[一二三四五六七八九十两]{1,2}[大个型]|" + "|".join(QUALITY_AIMS)
    + r")(?P<name>[\u4e00-\u9fff]{2})”|“(?:[一二三四五六七八九十两]{1,2}[大个型]|" + "|".join(QUALITY_AIMS)
    + r")(?P<after>[\u4e00-\u9fff]{2})”(?=建设))"
)
#: Characters of a kind of area or a level (``美丽乡村``, ``智慧城市``, ``文明城区``): no short name of a place.
_AREA_CHARS = frozenset("省市区县州镇乡村城")
#: A nation's name in a quoted aim (``美丽中国``, ``健康中国``): the country's aim, no page's place.
_NATIONS = frozenset({"中国", "中华", "全国", "祖国"})


def quoted_aim_place(texts: list[str], own: str | None = None) -> str:
    """The one place a text names only in its own quoted aim (``聚力建设“五大某某”``, ``建设“幸福某某”``), with
    the suffix of the level it speaks of itself at (全区 → 某某区); else "". A common word (``“四个全面”``,
    ``“五大发展”``), a kind of area (``“美丽乡村”``, ``“智慧城市”``), the nation (``“健康中国”``), a province
    (``“美丽浙江”``) or, on a page below a city, a known city (its parent's aim: ``“五大合肥”``) names none; a
    city's page names itself so (a known city is a proper name there, whatever jieba's class)."""
    own = own_level(texts) if own is None else own
    if not own:
        return ""
    return _own_short_name({m["name"] or m["after"] for t in texts for m in _QUOTED_AIM.finditer(t)}, own)


def _own_short_name(names: set[str], own: str) -> str:
    """The one short name of ``names`` that can be the page's own place, with the suffix ``own`` of the level the
    text speaks at; "" when none or several. A pronoun, a kind of area, the nation, a province, a separator, a
    common word, or — on a page below a city — a known city (its parent) names none."""
    names = {n for n in names if not set(n) & (set(_NOT_IN_NAME) | _AREA_CHARS) and n[0] not in PRONOUN_HEADS}
    names = {n for n in names if n not in PROVINCES and n not in _NATIONS and not _SEPARATORS.fullmatch(n)}
    names = {n for n in names if own == "市" if n in KNOWN_CITIES} | {n for n in names if n not in KNOWN_CITIES and not _common_word(n)}
    if len(names) != 1:
        return ""
    name = names.pop()
    return name + own if _split(name + own) else ""


def _one_short_name(texts: list[str], pattern: re.Pattern[str], own: str, exclude: Container[str] = ()) -> str:
    """The one two-character short name ``pattern`` finds after a quoted programme or slogan in ``texts``, with
    the suffix ``own`` of the level the text speaks at; "" when none or several, or when what stands there is
    a verb, a scope, a separator word, a common word or in ``exclude``."""
    names = {m["name"] for t in texts for m in pattern.finditer(t)}
    names = {n for n in names if not set(n) & set(_NOT_IN_NAME) and not _SEPARATORS.fullmatch(n) and n[0] not in PRONOUN_HEADS}
    names = {n for n in names if not _common_word(n) and n not in exclude}
    return names.pop() + own if own and len(names) == 1 and _split(next(iter(names)) + own) else ""


#: Words after a city's short name that make it the subject of the city's own affairs (``对湖州发展的要求``,
#: ``湖州经济``, ``湖州人民``): a plan excerpt naming its city only so names it there.
CITY_AFFAIRS = ("发展", "经济", "社会", "人民", "建设", "高质量", "全市", "市委", "市政府")


@lru_cache(maxsize=1)
def _known_city_affairs() -> re.Pattern[str]:
    """~300 cities in one pattern, compiled on first use (a page naming no place at all), not at import."""
    return re.compile("(?P<name>" + "|".join(sorted(KNOWN_CITIES, key=len, reverse=True)) + ")(?=" + "|".join(CITY_AFFAIRS) + ")")


def known_city_place(texts: list[str], own: str | None = None) -> str:
    """The one known city (``KNOWN_CITIES``) a city's text names by its short name before the words of its
    own affairs (``对湖州发展的要求`` → 湖州市), outside quoted names (``“十问湖州”``), when the text speaks of
    itself as a city (全市); else "" (a page naming no place asks for ``--region``)."""
    own = own_level(texts) if own is None else own
    if own != "市":
        return ""
    names = {m["name"] for t in texts for m in _known_city_affairs().finditer(_QUOTED.sub("，", t))}
    names = {n for n in names if n not in PROVINCES}
    return names.pop() + "市" if len(names) == 1 else ""


#: The page's year told as a moment of its place's own course (``也是某某发展进程中极不平凡的一年``,
#: ``是某某发展史上…``): the short name (two characters) before ``发展进程/历程/史`` names the page's place;
#: so does the year told as the place's anniversary (``也是某某建城1800周年``, ``是某某建区30周年``; round 18).
_HISTORY = re.compile(
    r"(?:是|为)(?P<name>[\u4e00-\u9fff]{2})"
    r"(?:(?:经济社会|经济)?发展(?:进程|历程|史)|建(?:城|区|县|市)" + _YEARS_OF_ANNIVERSARY + ")"
)


def history_place(texts: list[str], own: str | None = None) -> str:
    """The one place a text names only as the subject of its own course (``也是某某发展进程中…的一年``), with
    the suffix of the level it speaks of itself at (全区 → 某某区; round 17, real_aside72); else "". A pronoun
    (``我国``, ``全区``), a kind of area (``城市``), the nation (``中国``), a province, a common word (``经济``)
    or, on a page below a city, a known city (its parent: ``洛阳发展史上`` on a district's page) names none."""
    own = own_level(texts) if own is None else own
    if not own:
        return ""
    return _own_short_name({m["name"] for t in texts for m in _HISTORY.finditer(_QUOTED.sub("，", t))}, own)


#: Word classes of jieba's dictionary that a common word carries (``改革`` vn, ``成功`` a, ``试点`` n,
#: ``转化`` v): ``“最多跑一次”改革经验`` names no place. A place's short name is a proper name there
#: (``上城`` ns, ``余杭`` nr) or absent; a page naming its place only so asks for ``--region`` otherwise.
_COMMON_CLASSES = frozenset({"a", "ad", "an", "d", "i", "l", "n", "v", "vd", "vn", "b", "c", "f", "m", "p", "r", "s", "t"})


@lru_cache(maxsize=1)
def _jieba_dictionary() -> str:
    """The text of jieba's dictionary file, read once a process (a cache: each look-up read it
    through, ~0.1 s a word) and only on the last-resort path of ``_common_word``."""
    import jieba  # declared dependency; its dictionary file only, no tokenizer

    with jieba.get_dict_file() as file:
        data = file.read()
    return data.decode("utf-8") if isinstance(data, bytes) else data


@lru_cache(maxsize=64)
def _common_word(word: str) -> bool:
    """``word`` is a common word in jieba's dictionary (read only on this last-resort path, once a
    word: a report is read for its region more than once): the class on the first line of the
    dictionary that opens with the word."""
    text, key = _jieba_dictionary(), word + " "
    if text.startswith(key):
        start = 0
    else:
        start = text.find("\n" + key) + 1
        if not start:
            return False
    end = text.find("\n", start)
    parts = text[start : end if end >= 0 else len(text)].split()
    return len(parts) > 2 and parts[2] in _COMMON_CLASSES


#: A township (乡, 镇) named as its own organ's (``某某乡第二届人民代表大会``, ``某某镇人民政府``): only there
#: is 乡/镇 read as a suffix (城乡, 乡镇, 小镇 are words), opening a line or a clause.
_TOWNSHIP = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff]))(?P<place>[\u4e00-\u9fff]{2,3}[乡镇])"
    r"(?=第[一二三四五六七八九十]{1,3}届人民代表大会|人民代表大会|人民政府|人大|党委)"
)


def township_in(texts: list[str]) -> str:
    """The one township the texts name as their own organs', said at least twice; else ""."""
    found = {m["place"] for t in texts for m in _TOWNSHIP.finditer(t)}
    found = {p for p in found if not set(p[:-1]) & set(_NOT_IN_NAME) and sum(t.count(p) for t in texts) >= 2}
    return found.pop() if len(found) == 1 else ""


#: The whole country as a text's own scope (``全国财政收入``), not an organ or a rank named so.
#: (nor a national list of places, ``全国综合实力百强区第61位``: real_aside62 convention 6)
_NATION = re.compile(
    r"全国(?!人民代表大会|人大|政协|总工会|妇联|工商联|性|第|百强|十强|文明|先进|示范|重点|优秀|卫生)"
    r"(?![^，,。；;、\d第]{0,12}?(?:\d{2,4}|[十百千])[强佳])"
)
#: The country a lower place ranks or measures itself in (``居全国前列``, ``高于全国1.2个百分点``,
#: ``全国平均水平``): the level above the text, never its own (as ``_RANK_SCOPE`` for 全市).
_NATION_RANK = re.compile(
    r"(?:[居列占排比较]|高于|低于|快于|慢于|好于|优于|超过|超出|领先|落后于?)全国|全国(?=第|前|首|排|平均|同类|之首|最|水平|同期)"
)


#: The country's own report by how it is delivered: at a session of the 全国人民代表大会 or its
#: standing committee, on the State Council's behalf, by the national planning commission
#: (``在第十三届全国人民代表大会第四次会议上``, ``受国务院委托``, ``国家发展和改革委员会`` on its own line).
#: A lower place's report is delivered at its own congress on its own government's behalf.
_NATION_OWN = re.compile(
    r"在第[一二三四五六七八九十]{1,3}届全国人民代表大会(?:常务委员会)?第[一二三四五六七八九十]{1,3}次会议上"
    r"|受国务院委托|国务院关于[^。]{0,20}计划执行情况的报告"
    r"|(?:^|\s)国家(?:发展和改革|发展计划|计划)委员会(?:$|\s)"
)


def nation_in(texts: list[str]) -> str:
    """``全国`` where the texts speak of the whole country and never of a lower scope of their
    own (全省, 全市, 我区, 全州 …) nor rank or measure themselves in it (居全国前列, 高于全国): the
    national report names no place but the country."""
    joined = "".join(texts)
    if _NATION_RANK.search(joined):
        return ""  # a text measuring itself against the country is of a lower place
    own = _NATION.search(joined) or any(_NATION_OWN.search(t) for t in texts)
    return "全国" if own and not _SCOPE.search(joined) else ""


def completed_in(short: str, text: str) -> str:
    """``short`` with its city where ``text`` names both and the city is a known place
    (``周村区`` → ``淄博市周村区``), else ``short``."""
    for place in places_in(text):
        parent = place[: -len(short)] if place.endswith(short) else ""
        if parent and _split(parent):
            return filed(place)
    return short


__all__ = [
    "completed_in", "filed", "LOWER_SUFFIXES", "PLACE_WORDS", "PLACE_LEAD_WORDS", "SEPARATORS", "PRONOUN_HEADS", "TABLE_LEVEL", "UPPER_SUFFIXES", "WHOLE_LEVEL",
    "is_pronoun", "nation_in", "own_quoted_place", "places_in", "region_from",
]
