"""Build linjiang-2021.docx: a district report as WPS saves it.

WPS-like traits on purpose: custom paragraph styles named 正文 / 标题 1 / 标题 2 that
are NOT based on Word's built-in heading styles and carry no outline level; lead
sentences in bold runs; the title split by a soft line break (w:br) inside one
paragraph; a table of main indicators followed by a ※ note.

Run: .venv/bin/python tests/heldout4/make_linjiang_docx.py  (writes next to this file;
the core properties are fixed so the bytes only depend on this script).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "linjiang-2021.docx"

TITLE = ("关于临江区2021年国民经济和社会发展计划执行情况", "与2022年国民经济和社会发展计划草案的报告")
HEAD = [
    "——2022年1月12日在临江区第三届人民代表大会第一次会议上",
    "临江区发展和改革局局长　陈思远",
    "各位代表：",
    "受区人民政府委托，现将临江区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案提请区三届人大一次会议审议，并请区政协委员和其他列席人员提出意见。",
]
# ("h1", text) part heading; ("h2", text) chapter heading; ("p", lead, rest) body; ("t", rows) table; ("n", text) note
BODY = [
    ("h1", "一、2021年国民经济和社会发展计划执行情况"),
    ("p", "", "2021年是“十四五”开局之年。面对复杂严峻的外部环境，全区上下认真落实区委决策部署，统筹疫情防控和经济社会发展，较好完成了区三届人大一次会议确定的目标任务。主要指标完成情况如下表："),
    ("t", [
        ["指标", "2021年计划目标", "2021年完成情况"],
        ["地区生产总值增长（%）", "6.5", "7.3"],
        ["一般公共预算收入增长（%）", "5", "8.6"],
        ["固定资产投资增长（%）", "8", "10.4"],
        ["社会消费品零售总额增长（%）", "10", "13.2"],
    ]),
    ("n", "※注：地区生产总值增速按可比价格计算，其余指标按现价计算；数据为快报数，以统计年鉴为准。"),
    ("h2", "（一）产业转型升级步伐加快"),
    ("p", "先进制造业提质扩量。", "全区规模以上工业增加值增长9.1%，智能装备、生物医药两大产业集群产值达到318亿元，新增高新技术企业46家。"),
    ("p", "现代服务业加快发展。", "服务业增加值占地区生产总值比重达到58.6%，临江湾文旅街区接待游客320万人次，实现旅游收入27.5亿元。"),
    ("p", "数字经济蓬勃兴起。", "数字经济核心产业营业收入增长18.4%，建成5G基站1150个，滨江数字港入驻企业达到210家。"),
    ("h2", "（二）重大项目建设有力推进"),
    ("p", "项目投资持续扩大。", "全年实施区级重点项目112个，完成投资235.6亿元，完成年度计划的108.2%。"),
    ("p", "招商引资成效明显。", "引进亿元以上项目41个，实际到位内资186.3亿元，增长12.7%。"),
    ("p", "营商环境持续优化。", "新登记市场主体1.08万户，总数达到6.7万户；企业开办时间压缩至1个工作日以内。"),
    ("h2", "（三）城市功能品质不断提升"),
    ("p", "城市更新有序推进。", "完成城中村改造征收1860户，改造老旧小区34个、惠及居民1.2万户，新增城市绿地42公顷。"),
    ("p", "生态环境持续改善。", "空气质量优良天数比率达到88.5%，细颗粒物（PM2.5）平均浓度降至31微克/立方米，地表水国控断面水质优良比例达到100%。"),
    ("p", "基础设施加快完善。", "新建改造市政道路23.5公里，新增停车泊位3200个。"),
    ("h2", "（四）民生福祉持续增进"),
    ("p", "就业和社会保障有力。", "城镇新增就业1.26万人，城镇调查失业率控制在5.5%以内，发放各类救助资金8630万元。"),
    ("p", "公共服务更加均衡。", "新建中小学和幼儿园9所，新增学位8100个；区人民医院新院区建成投用，新增床位600张。"),
    ("p", "社会事业全面发展。", "建成社区养老服务中心12个，新增托位480个。"),
    ("p", "", "在看到成绩的同时，我们也清醒地认识到，经济社会发展中还存在一些不容忽视的问题：经济增长新动能支撑不足，产业链条偏短；重大项目储备不够，投资增长后劲有待增强；教育、医疗等公共服务供给与群众期盼还有差距。我们将高度重视，认真加以解决。"),
    ("h1", "二、2022年国民经济和社会发展计划草案"),
    ("p", "", "2022年经济社会发展的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，坚持稳中求进工作总基调，推动高质量发展，以优异成绩迎接党的二十大胜利召开。"),
    ("p", "", "2022年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；一般公共预算收入增长5%以上；固定资产投资增长8%；社会消费品零售总额增长9%；城镇新增就业1.2万人以上；居民人均可支配收入增长与经济增长基本同步；完成市下达的节能减排任务。"),
    ("h2", "（一）着力壮大实体经济"),
    ("p", "培育先进制造业集群。", "规模以上工业增加值增长8%以上，两大产业集群产值突破360亿元，新增高新技术企业40家以上。"),
    ("p", "推动服务业提质增效。", "服务业增加值占地区生产总值比重提高到59%，临江湾文旅街区接待游客350万人次。"),
    ("p", "做强数字经济。", "数字经济核心产业营业收入增长15%左右，新建5G基站800个，滨江数字港入驻企业达到260家。"),
    ("h2", "（二）着力扩大有效投资"),
    ("p", "抓实重点项目。", "安排区级重点项目120个，年度计划投资250亿元以上。"),
    ("p", "精准招商引资。", "力争引进亿元以上项目45个，实际到位内资增长10%。"),
    ("p", "优化营商环境。", "新登记市场主体1万户以上，市场主体总数突破7.5万户。"),
    ("h2", "（三）着力提升城市品质"),
    ("p", "深化城市更新。", "完成城中村改造征收1500户，改造老旧小区30个，新增城市绿地40公顷。"),
    ("p", "守护碧水蓝天。", "空气质量优良天数比率保持在88%以上，细颗粒物（PM2.5）平均浓度控制在32微克/立方米以下。"),
    ("p", "完善基础设施。", "新建改造市政道路20公里，新增停车泊位3000个。"),
    ("h2", "（四）着力保障改善民生"),
    ("p", "稳定扩大就业。", "城镇调查失业率控制在5.5%以内，开展职业技能培训1.5万人次。"),
    ("p", "补齐公共服务短板。", "新建中小学和幼儿园6所，新增学位5400个，每千人口医疗卫生机构床位数达到6.2张。"),
    ("p", "发展养老托育。", "新建社区养老服务中心10个，每千人口拥有3岁以下婴幼儿托位数达到3.5个。"),
    ("p", "", "各位代表，新的一年，我们将在区委的坚强领导下，在区人大的依法监督和区政协的民主监督下，锐意进取、扎实工作，努力完成全年目标任务，以优异成绩迎接党的二十大胜利召开！"),
]


def _style(doc, name: str, size: float, bold: bool = False):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = None  # not based on Normal nor on any built-in heading
    style.font.size = Pt(size)
    style.font.bold = bold
    return style


def build(path: Path = OUT) -> Path:
    doc = Document()
    body = _style(doc, "正文", 16)
    h1 = _style(doc, "标题 1", 16, bold=True)
    h2 = _style(doc, "标题 2", 16)
    title = doc.add_paragraph(style=body)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE[0])
    run.bold = True
    run.add_break()  # soft line break (w:br) inside the title paragraph
    title.add_run(TITLE[1]).bold = True
    for text in HEAD:
        doc.add_paragraph(text, style=body)
    for item in BODY:
        if item[0] == "h1":
            doc.add_paragraph(item[1], style=h1)
        elif item[0] == "h2":
            doc.add_paragraph(item[1], style=h2)
        elif item[0] == "t":
            rows = item[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif item[0] == "n":
            doc.add_paragraph(item[1], style=body)
        else:
            para = doc.add_paragraph(style=body)
            if item[1]:
                para.add_run(item[1]).bold = True
            para.add_run(item[2])
    props = doc.core_properties
    props.author = "临江区发展和改革局"
    props.title = TITLE[0] + TITLE[1]
    props.created = props.modified = dt.datetime(2022, 1, 5, 9, 0, 0)
    props.last_modified_by = "WPS"
    props.revision = 1
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
