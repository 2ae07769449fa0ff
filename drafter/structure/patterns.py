"""Patterns and word lists of the genre: titles, headings, chrome, set phrases, leads."""

from __future__ import annotations

import re

from drafter.structure.places import PLACE_WORDS

#: A press item's dateline (``某某新闻网1月30日讯``, ``新华社北京3月5日电 ``), or a paper's or site's own with no
#: date, its byline written (``本报讯（记者…）``, ``某某网消息（记者…）``): read by the page's head (a digest's lead)
#: and by the figure scan (no part of the first figure's name).
DATED_DATELINE = r"(?<![\d年])\d{1,2}月\d{1,2}日(?:电|讯)"
UNDATED_DATELINE = r"[网报台](?:消息|讯)(?=\s*[（(][^（）()\n]{0,30}?记者)"
#: Either, the dated one before a blank, a bracket or a colon (a paragraph's words run on after it).
DATELINE_CORE = DATED_DATELINE + r"(?=[\s\u3000（(：:])|" + UNDATED_DATELINE
#: Bullet glyphs opening an item of a list (``●全市…``, ``◆新增…``). Those of ``BULLETS`` mark an item wherever they
#: stand; those of ``BULLETS_AT_START`` are also a zero (``二○二三``), a lost character (``□``), a name's dot (``•``)
#: or a rating (``★``), so they mark one only opening a line or a sentence (round 17). One set for the page's lines
#: (``blocks.BULLET_LINE``) and for the figure scan (``figures.extract._BULLET``).
BULLETS = "●◆■▲►▶▷◎❖➢➤✦◉"
BULLETS_AT_START = "○◇□△•★☆※"

CN_NUM = "一二三四五六七八九十"


_YEAR = r"(?:19|20)\d{2}"


#: What the plan is of: 国民经济和社会发展 in full, 经济社会发展, or nothing (某县2023年计划执行情况…).
_PLAN_OF = r"(?:全[省市区县旗]|本[省市区县])?(?:国民经济[和与]社会(?:事业)?发展|经济[和与]社会(?:事业)?发展|经济社会(?:事业)?发展)?"
#: A place may follow each year (2021年某某区国民经济和社会发展计划执行情况及2022年某某区…计划草案).
_PLACE_AFTER_YEAR = rf"(?:{PLACE_WORDS})?"
#: The words a title holds before its first year: its place, an issuer and 关于, read up to 16 characters
#: back (a longer head, ``某国家级经济技术开发区管理委员会关于``, is read for its place in the whole line).
#: The first part of a two-part title: the plan's execution, or — the plan left unsaid before the
#: second part names it — the economy's (…2023年国民经济和社会发展执行情况与2024年…计划草案).
_FIRST_PART_OF = rf"(?:{_PLAN_OF}计划|(?:国民经济[和与]社会|经济[和与]?社会)发展)"
#: The execution may be the year's expected one (``…计划预计执行情况与2023年…计划草案的报告``).
TITLE_HEAD = r"(?P<region>[\u4e00-\u9fff]{0,16}?)"
TITLE_RE = re.compile(
    rf"{TITLE_HEAD}(?P<y1>{_YEAR})年(?:度)?(?P<place>{_PLACE_AFTER_YEAR}){_FIRST_PART_OF}"
    rf"(?:预计)?(?:执行|完成)情况(?:与|和|及|暨|以及)(?P<y2>{_YEAR})年(?:度)?{_PLACE_AFTER_YEAR}{_PLAN_OF}计划(?:[（(]?草案[）)]?)?"
)


PART_RE = re.compile(rf"^(?P<di>第)?(?P<num>[{CN_NUM}]{{1,3}})(?(di)部分[\s、：:，．.]*|[、.．])\s*(?P<title>.+)$")


CHAPTER_RE = re.compile(rf"^[（(](?P<num>[{CN_NUM}]{{1,3}})[）)]\s*(?P<title>.+)$")


CHAPTER_SPACED_RE = re.compile(
    rf"^(?P<head>[（(][{CN_NUM}]{{1,3}}[）)]\s*[^\s。]{{4,40}}?)[ \u3000\xa0\t]+(?P<rest>\S.*)$"
)


NUMBERED_RE = re.compile(r"^(?:(?P<a>\d{1,2})[.．、](?!\d)|[（(](?P<b>\d{1,2})[）)])\s*(?P<rest>.+)$")


SPACED_LEAD_RE = re.compile(r"^(?P<lead>[\u4e00-\u9fff“”]{4,24})[ \u3000\xa0]+(?=[\u4e00-\u9fff\d“])")


SUBTITLE_RE = re.compile(r"^[—–\-－]{1,4}")


#: A delivery line in brackets instead of after a dash (``（2019年8月28日在…会议上）``, or the
#: date alone with the meeting on the next line), read on its text with dates in Arabic digits
#: and no spaces.
DELIVERY_RE = re.compile(rf"^[（(]{_YEAR}年\d{{1,2}}月\d{{1,2}}日(?:在[^（）()]{{2,60}}?会(?:议)?上)?[）)]$")


SPEAKER_RE = re.compile(
    r"^(?P<title>[\u4e00-\u9fff（）()、]{2,40}?(?:主任|局长|区长|县长|市长|旗长|书记|主席|部长|委员|负责人|副主任))"
    r"\s*(?P<name>[\u4e00-\u9fff·]{2,4})$"
)


#: How a report greets its hearers: a congress (各位代表), its standing committee (尊敬的主任、各位副主任、
#: 各位委员, 尊敬的常委会各位组成人员).
SALUTATION_RE = re.compile(r"^(?:尊敬的[\u4e00-\u9fff、，,]{0,20}?|(?:[\u4e00-\u9fff]{0,3}主任|秘书长)[、，,][\u4e00-\u9fff、，,]{0,20}?)?各位(?:代表|委员|组成人员)[，、：:！!]?")


DATE_RE = re.compile(rf"(?P<y>{_YEAR})[年\-/.](?P<m>\d{{1,2}})[月\-/.](?P<d>\d{{1,2}})日?")


# Site chrome: whole lines that are navigation, accessibility or footer text of a page.
CHROME_RE = re.compile(
    r"(无障碍|长者模式|简体\s*[|｜]?\s*繁体|^繁体|星期[一二三四五六日天]|^来源[：:]|发布(?:时间|日期)[：:]|"
    r"^附件[：:]?$|^附件\s*\d?[：:][^。，]{1,30}$|^【?\s*打印|关闭窗口|^【?关闭】?$|^分享到|^【?\s*字号|【\s*大\s*中\s*小\s*】|^字[大中小]$|^[大中小]$|^字体[：:]?\s*大\s*中\s*小|扫一扫|网站标识码|ICP[备证]|"
    r"公网安备|当前位置|所在位置|您[\u4e00-\u9fff]{0,4}位置|首页\s*[>＞»›]|^浏览次数|^阅读次数|^点击[数量]|^责任编辑|^【字体|^索引号|"
    r"^信息来源|^发布机构[：:]?|^时间[：:]\s*\d|^发文(?:单位|机构)[：:]?|^(?:执行|生效|实施|施行)日期[：:]|^文号[：:]|^主题分类|^成文日期|^发文机关|^有效性|^公开方式|^组配分类|^失效日期|^废止日期|^分享$|"
    r"^索\s*引\s*号|^面包屑|^发布时期|^发布(?:日期?|时间?)$|^日期[：:]|^字体大小|版权所有|主办单位|^(?:网站)?主办[：:]|承办单位|技术支持|^返回顶部|"
    r"^上一篇|^下一篇|^相关(?:链接|文章|阅读)|^网站地图|^联系我们|^(?:政策)?解读[：:]|^视力保护色|"
    # a paid-document site's paywall (``试读已结束，如需继续阅读，敬请充值下载``, ``该作品售价：10元``,
    # ``该用户其他文档``): the document stops there, its price is no figure
    # a news app's read-aloud widget (``听全文约21分钟文章较长试试听``): its minutes are no figure
    r"^听全文|文章较长试试听|"
    r"试读(?:已)?结束|(?:充值|付费)(?:后)?(?:下载|阅读)|^(?:该|本)?(?:作品|文档|资料|文章)售价[：:]|^该用户(?:的)?其他文档)"
)


#: The issuer a page's source line or file field names (``来源：某区发改委``, ``| 发布机构: | 某市发展和改革委员会 |``:
#: a web copy's table cells keep their bars).
#: A file field written without its colon (``发文机构 某市发展和改革委员会``) counts only when its value ends in an
#: organisation's word, so a sentence beginning with the field's word is not taken for one.
ISSUER_RE = re.compile(
    r"(?:来源|信息来源|发布机构|发文机关)[：:]\s*(?:\|\s*)?(?P<v>[^\s|]+?)(?:\s|\||发布|浏览|点击|阅读|作者|字号|$)"
    r"|^(?:发布机构|发文机关|发文机构|发文单位)[ \t\u3000]*(?P<w>[\u4e00-\u9fff（）()]{2,30}?(?:人民政府|委员会|发改委|办公室|办公厅|局))(?=\s|$|成文|发布|生成|文\s?号|索\s?引|主题)",
    re.M,
)


#: A site's footer naming who runs it (``主办：某区人民政府``, ``某区人民政府 版权所有``).
FOOTER_RE = re.compile(r"主办(?:单位)?[：:]|版权所有")


PUBLISHED_RE = re.compile(rf"发布(?:时间|日期)[：:]\s*(?P<d>{_YEAR}[\-/.年]\d{{1,2}}[\-/.月]\d{{1,2}})")


#: The organ governing a place: its government, or a zone's committee (``某经济技术开发区管委会``).
GOVERNMENT = "(?:人民政府|政府|管理委员会|管委会)"
#: A site's name: the place's governing organ running it.
SITE_REGION_RE = re.compile(rf"^(?P<r>[\u4e00-\u9fff]{{2,16}}?(?:区|县|市|旗)){GOVERNMENT}")


FULL_REGION_RE = re.compile(
    r"(?P<r>[\u4e00-\u9fff]{2,8}?(?:省|自治区|市)[\u4e00-\u9fff]{1,8}?(?:市|区|县|旗))"
)


EXECUTION_WORDS = ("执行情况", "完成情况", "基本情况", "工作回顾", "回顾", "发展情况", "运行情况", "主要成效", "工作成效", "工作情况")


#: The rest of the report's own year (下半年, 四季度, 后几个月): a half-year (or three-quarter) report's
#: second part plans it. Its tasks are for the same year Y, not the plan of Y+1 that a report keys its
#: targets by (those targets of Y were set by report Y-1, which the half-year report restates): the
#: part reads as role ``other`` and gives no targets.
REST_OF_YEAR = r"(?:下半年|第?四季度|后(?:[两三四五六]|几)个月|今后几个月)"
REST_OF_YEAR_RE = re.compile(REST_OF_YEAR)
#: A half-year report's title naming its second part (…执行情况和下半年工作安排, …及下半年重点工作).
REST_TASKS = rf"(?:与|和|及|暨|以及){REST_OF_YEAR}[\u4e00-\u9fff]{{0,12}}?(?:工作|安排|打算|任务|措施|思路|建议|意见)"
REST_TASKS_RE = re.compile(REST_TASKS + "$")


PLAN_WORDS = ("目标", "任务", "计划草案", "计划（草案）", "计划安排", "工作安排", "安排", "主要工作", "重点工作", "总体要求", "建议")


SHORTCOMINGS_RE = re.compile(
    r"(在总结成绩的同时|清醒(?:地)?(?:认识|看到)|(?<!目标)存在(?:的)?(?:一些)?(?:差距|问题|困难)|"
    r"(?:差距|问题|困难)和(?:不足|挑战|问题)|不足之处|面临的(?:困难|挑战|问题))"
)


REQUIREMENTS_RE = re.compile(r"(?:总(?:的|体)?要求是|指导思想是|总体思路是|总体要求为)")


MAIN_TARGETS_RE = re.compile(r"(?:主要(?:预期)?目标(?:是|为|如下|[：:](?=\S{4})|(?:见|如)[下附]表)|预期目标(?:是|为|如下)|主要指标(?:是|为|如下))")


#: A digest's paragraph that turns to the plan: the report (or the plan draft) proposes, then names
#: the plan's year (``报告建议：2008年全市…``, ``报告提出，2024年…``, ``计划草案安排明年…``); the
#: ``{plan}`` slot is the plan year (``2008年``, ``明年``, ``今年`` in a report dated in its plan year).
#: The report may be named through its speaker (``周某在报告中提出了2021年…``, round 15 fxa50).
DIGEST_PROPOSES = (
    r"^(?:[\u4e00-\u9fff]{{2,12}}在(?:其|该)?报告中|报告|计划(?:草案)?|草案)(?:还|并|同时)?"
    r"(?:建议|提出|安排|确定|要求)了?[：:，,]?(?:{plan})"
)
#: A digest's paragraph that turns from the plan to another report's account of the year (the budget
#: report after the plan's targets: ``市财政局在报告中提到，2007年本市地方财政收入…``); ``{year}`` the
#: report year: its figures are outcomes again (real5 convention 3).
DIGEST_RECOUNTS = r"^[\u4e00-\u9fff]{{2,12}}在(?:其|该)?报告中(?:提到|指出|说|称|介绍)[：:，,]?(?:{year})"


# Lead sentences are short; a first sentence longer than this is not one.
LEAD_MAX = 32


# Predicates a lead sentence typically ends with, for pages that dropped its full stop.
LEAD_ENDINGS = (
    "深化", "提升", "有力", "加劲", "加力", "拓展", "显现", "显著", "提高", "完善", "繁荣", "美化",
    "加大", "优化", "增强", "推进", "见效", "突破", "落地", "向好", "走实", "巩固", "释放", "加快", "有进", "恢复", "回暖", "回升",
    "加速", "扩大", "成效明显", "明显", "持续", "有序", "稳定", "稳固", "凸显", "彰显", "活跃", "壮大",
    "升级", "深入", "全覆盖", "实施", "发展", "集聚", "提质", "增效", "领先", "落实", "坚实", "扎实",
)


CLAUSE_OPENERS = (
    "与", "在", "以", "围绕", "坚持", "全年", "实施", "积极", "推动", "加快", "持续", "深入", "着力",
    "聚焦", "全力", "落实", "强化", "完成", "新增", "累计", "组织", "建成", "开展", "制定", "出台",
    "成功", "依托", "通过", "按照", "全区", "我区", "截至", "举办", "引进", "推进", "签署", "落地",
    "打造", "建立", "发布", "深化", "对", "将", "为", "把", "由", "共", "全市", "各", "区", "加强",
    "健全", "完善", "提升", "优化", "创新", "大力", "不断", "进一步", "认真", "扎实", "有效", "稳步",
    "率先", "首次", "全面", "实现", "争取", "新建", "启动", "召开", "主动", "编制", "社会", "规模以上",
)


# A body line that ends on a character or a comma (not a stop, not a figure) was wrapped by
# the page; a line that ends on a figure lost its full stop (``…增长6.2%``) and stands alone.
_WRAPPED_END = re.compile(r"(?<![\d.%])[\u4e00-\u9fff“”]$|[，、]$")


_FIGURE_END = re.compile(r"\d[\u4e00-\u9fff]{0,4}$")


def part_role(title: str, year: int | None = None) -> str:
    """A part's role from its words, else from its year (``一、2023年经济社会发展``)."""
    if any(w in title for w in EXECUTION_WORDS):
        return "execution"
    if REST_OF_YEAR_RE.search(title):
        return "other"  # 二、下半年工作安排: the rest of the report's own year, no plan of Y+1
    if any(w in title for w in PLAN_WORDS):
        return "plan"
    if year and title.startswith(f"{year}年"):
        return "execution"
    if year and title.startswith(f"{year + 1}年"):
        return "plan"
    return "other"
