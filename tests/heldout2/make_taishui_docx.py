"""Build taishui-city-2024.docx, a held-out report of an invented county-level city.

Run from the repository root:  .venv/bin/python tests/heldout2/make_taishui_docx.py
The .docx is committed; this script documents how it was made (Heading 1/2 styles,
bold lead runs, one table of main targets), so it can be rebuilt deterministically.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
OUT = HERE / "taishui-city-2024.docx"

TITLE = "关于泰水市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告"
OPENING = [
    "——2025年1月6日在泰水市第十八届人民代表大会第四次会议上",
    "泰水市发展和改革局局长　陈志远",
    "各位代表：",
    "受市人民政府委托，现将泰水市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请大会审议，并请市政协委员和其他列席人员提出意见。",
]

# (kind, text) — kind: h1, h2, p (plain), lead (bold lead + rest), table
BODY: list[tuple[str, object]] = [
    ("h1", "一、2024年国民经济和社会发展计划执行情况"),
    ("p", "2024年，面对复杂严峻的外部环境，全市坚持以高质量发展为首要任务，扎实推进工业强市、项目为王、城乡融合，全市经济运行稳中有进。预计全年实现地区生产总值1086亿元，增长6.1%；一般公共预算收入42.8亿元，增长4.2%。全市在全国县域经济百强县中位列第36位。"),
    ("h2", "（一）工业经济量质齐升"),
    ("lead", ("制造业根基更加稳固。", "规模以上工业增加值增长8.3%，新增规模以上工业企业62家，总数达到812家；高端装备、新能源电池两大主导产业产值突破600亿元，占规上工业产值比重达到47.5%。")),
    ("lead", ("园区平台能级提升。", "泰水经济开发区实现工业总产值1320亿元，增长9.6%，在全省开发区综合考核中排名第12位；新建标准厂房48万平方米，盘活低效用地3600亩。")),
    ("h2", "（二）项目投资持续发力"),
    ("lead", ("重大项目加快建设。", "全年实施市级重点项目126个，完成投资286亿元，完成年度计划的108.5%；其中10亿元以上项目21个。固定资产投资增长5.3%。")),
    ("lead", ("招商引资成效明显。", "签约亿元以上项目88个，协议总投资达到512亿元；实际使用外资1.36亿美元，增长11.2%。")),
    ("h2", "（三）城乡融合深入推进"),
    ("lead", ("乡村振兴扎实推进。", "粮食总产量稳定在62.4万吨，新建高标准农田3.8万亩；农村居民人均可支配收入达到28650元，增长6.9%。")),
    ("lead", ("城市功能不断完善。", "完成城市更新项目23个，新改建城市道路14.6公里，新增城市绿地32万平方米；城镇化率提高到63.8%。")),
    ("h2", "（四）民生保障更加有力"),
    ("lead", ("民生实事全面完成。", "民生支出占一般公共预算支出比重达到80.2%，15件民生实事全部完成。城镇新增就业9860人，新增城乡学位4200个，建成区域医疗中心1个。")),
    ("p", "在肯定成绩的同时，我们也清醒认识到，全市经济社会发展还存在一些短板和不足：产业层次总体不高，创新能力有待增强；重大项目储备不足，投资增长后劲需要加力；城乡发展不够均衡，公共服务还有欠账。我们将采取有力措施，认真加以解决。"),
    ("h1", "二、2025年国民经济和社会发展主要目标和重点任务"),
    ("p", "2025年是“十四五”规划收官之年。综合考虑发展基础和外部环境，建议2025年全市经济社会发展主要预期目标如下："),
    ("table", [
        ["指标", "单位", "2024年完成", "2025年目标"],
        ["地区生产总值增长", "%", "6.1", "6左右"],
        ["一般公共预算收入", "亿元", "42.8", "45"],
        ["固定资产投资增长", "%", "5.3", "6以上"],
        ["城乡居民人均可支配收入增长", "%", "6.5", "与经济增长同步"],
    ]),
    ("p", "围绕上述目标，重点抓好以下工作："),
    ("h2", "（一）坚持工业强市，加快产业转型升级"),
    ("lead", ("做强主导产业。", "力争规模以上工业增加值增长8%，新增规上工业企业50家以上，两大主导产业产值突破700亿元。")),
    ("lead", ("提升园区能级。", "开发区工业总产值达到1450亿元，新建标准厂房40万平方米，盘活低效用地3000亩以上。")),
    ("h2", "（二）坚持项目为王，扩大有效投资"),
    ("lead", ("抓实重大项目。", "安排市级重点项目130个，年度计划投资300亿元；全年签约亿元以上项目不少于90个，实际使用外资1.5亿美元。")),
    ("h2", "（三）坚持城乡融合，推进共同富裕"),
    ("lead", ("推动乡村全面振兴。", "粮食总产量稳定在62万吨以上，新建高标准农田3万亩，农村居民人均可支配收入增长7%左右。")),
    ("lead", ("办好民生实事。", "城镇新增就业9000人以上，新增学位3000个，城镇化率达到64.5%。")),
    ("p", "各位代表，做好2025年工作意义重大。我们将在市委的坚强领导下，认真落实本次大会决议，主动接受市人大的监督，广泛听取市政协的意见建议，奋力完成全年各项目标任务！"),
]


def build(path: Path) -> None:
    doc = Document()
    core = doc.core_properties
    core.title = TITLE
    core.author = "泰水市发展和改革局"
    fixed = datetime.datetime(2025, 1, 6, 9, 0, 0)
    core.created = fixed
    core.modified = fixed
    core.last_modified_by = "泰水市发展和改革局"
    core.revision = 1
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    for line in OPENING:
        doc.add_paragraph(line)
    for kind, content in BODY:
        if kind == "h1":
            doc.add_heading(str(content), level=1)
        elif kind == "h2":
            doc.add_heading(str(content), level=2)
        elif kind == "p":
            doc.add_paragraph(str(content))
        elif kind == "lead":
            lead, rest = content  # type: ignore[misc]
            para = doc.add_paragraph()
            para.add_run(lead).bold = True
            para.add_run(rest)
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    doc.save(str(path))


if __name__ == "__main__":
    build(OUT)
    print(OUT)
