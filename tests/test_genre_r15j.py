"""Page-reading rule tests of round 15 (fixer fxa52): a page whose title names no place, filed from a
来源 line or an opening that writes the district alone, takes its city from a delivery line naming both
(real_aside52's 白云区 2008). Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_reading

_HEAD = """当前位置:首页 > 政府信息公开目录 > 其他  > 规划计划

2016年国民经济和社会发展计划执行情况与2017年计划

  • 2017-03-08
  • 来源:青溪区
  • 分享到
  • -

--2017年3月8日在韶关市青溪区第九届人民代表大会

第二次会议上

区长 某某某

各位代表:

  我代表青溪区人民政府,向大会作工作报告,请予审议,并请政协委员和列席人员提出意见。

  一、2016年工作回顾

  2016年,在市委、市政府和区委的正确领导下,区政府稳步推进经济社会发展的各项工作。

  (一)经济平稳发展。

  全年完成地区生产总值310.5亿元,增长8.1%;一般公共预算收入20.3亿元,比上年增收1.7亿元,增长9%。
"""


def test_a_district_written_alone_takes_its_city_from_the_delivery_line(tmp_path: Path) -> None:
    kind, region, year, plan_year = page_reading(tmp_path, _HEAD)
    assert region == "韶关市青溪区"
    assert (year, plan_year) == (2016, 2017)

