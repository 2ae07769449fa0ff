"""Build songxi-2023-autonum.docx: a county report whose 一、 and （一） headings are
automatic list numbers (numbering.xml, chineseCounting), as LibreOffice writes them
when it converts an .odt outline-numbered document to .docx.  No heading text holds
a literal 一、 or （一）; a table lists the main targets.

Run: .venv/bin/python tests/heldout6/make_songxi_docx.py
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
OUT = HERE / "songxi-2023-autonum.docx"

TITLE = "关于松溪县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
SUBTITLE = "——2024年1月11日在松溪县第十八届人民代表大会第三次会议上"
SPEAKER = "松溪县发展和改革局局长  林晓东"

# (level, text) ; level 0 = part heading, 1 = chapter heading, None = body, "T" = table
BODY = [
    (None, "各位代表："),
    (None, "受县人民政府委托，现将全县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请大会审议。"),
    (0, "2023年国民经济和社会发展计划执行情况"),
    (None, "2023年，全县经济持续回升，全年地区生产总值完成186.7亿元，同比增长6.3%；一般公共预算收入完成9.82亿元，增长8.4%。"),
    (1, "农业基础更加稳固"),
    (None, "粮食生产保持稳定。粮食播种面积稳定在32.6万亩，总产量达到14.2万吨。"),
    (None, "特色产业提质增效。新增茶园面积1.5万亩，茶产业综合产值突破60亿元。"),
    (1, "工业经济加快发展"),
    (None, "工业运行稳中向好。规模以上工业增加值同比增长7.9%，新增规模以上工业企业12家。"),
    (None, "园区平台不断完善。工业园区新建标准厂房8.6万平方米，新入驻企业17家。"),
    (1, "民生福祉持续增进"),
    (None, "就业和收入稳步增长。城镇新增就业3150人，城镇居民人均可支配收入达到4.36万元，增长5.1%。"),
    (None, "社会事业全面发展。新建农村公路42.5公里，改造农村危房136户。"),
    (None, "当前，全县发展仍面临一些困难和问题：产业结构不优，县域经济总量偏小，财政收支矛盾突出。"),
    (0, "2024年国民经济和社会发展主要目标和重点任务"),
    (None, "2024年全县经济社会发展主要预期目标见下表。"),
    ("T", None),
    (1, "巩固农业基础地位"),
    (None, "稳定粮食生产。粮食播种面积稳定在32万亩以上，总产量保持在14万吨左右。"),
    (None, "做强茶产业。新增茶园面积1万亩，茶产业综合产值达到68亿元。"),
    (1, "推动工业提质增效"),
    (None, "壮大工业规模。新增规模以上工业企业10家以上，新建标准厂房不少于5万平方米。"),
    (1, "着力保障改善民生"),
    (None, "促进就业增收。城镇新增就业3000人，城镇登记失业率控制在4%以内。"),
    (None, "补齐基础设施短板。新建农村公路30公里，完成市下达的农村危房改造任务。"),
    (None, "各位代表，让我们在县委的坚强领导下，砥砺奋进，为完成2024年各项目标任务而努力奋斗！"),
]

TABLE = [
    ("指标", "单位", "2024年目标"),
    ("地区生产总值增长", "%", "6.5左右"),
    ("一般公共预算收入增长", "%", "7"),
    ("固定资产投资增长", "%", "8以上"),
    ("社会消费品零售总额增长", "%", "6"),
    ("城镇居民人均可支配收入增长", "%", "6"),
    ("农村居民人均可支配收入增长", "%", "7.5"),
]

NUMBERING = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="10">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:lvlRestart w:val="1"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    '</w:abstractNum>'
)


def _numbering(doc: Document) -> int:
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(NUMBERING)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="10"><w:abstractNumId w:val="10"/></w:num>')
    numbering.append(num)
    return 10


def _number(paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))


def build(out: Path = OUT) -> Path:
    doc = Document()
    num_id = _numbering(doc)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE)
    doc.add_paragraph(SPEAKER)
    for level, text in BODY:
        if level == "T":
            table = doc.add_table(rows=len(TABLE), cols=3)
            for r, row in enumerate(TABLE):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        if level is None:
            doc.add_paragraph(text)
            continue
        p = doc.add_paragraph(text, style="Heading 1" if level == 0 else "Heading 2")
        _number(p, num_id, level)
    doc.core_properties.author = "LibreOffice"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())
