"""Draft slots (drafter.slots) and what ``drafter diff`` makes of a draft full of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BUNDLED

from drafter.compare.unfilled import slot_edit
from drafter.slots import find_slots, has_slot, inside_slots, strip_slots


def test_draft_slots_with_label_and_value():
    text = "实现北京项目投资额【待更新：30亿元】。【待填：北京项目投资额，目标值30亿元】。"
    slots = find_slots(text)
    assert [s.word for s in slots] == ["待更新", "待填"]
    assert slots[0].value == "30亿元" and slots[0].subject == "30亿元"
    assert slots[1].subject == "北京项目投资额" and slots[1].value == "30亿元"
    assert text[slots[1].start : slots[1].end] == slots[1].text


def test_hand_typed_slots_and_crosses():
    text = "增长××%，〔待核实〕，[待补充：数据]，——2025年×月×日，7×24小时服务，天津·DX年轻力中心。"
    found = [s.text for s in find_slots(text)]
    assert found == ["××", "〔待核实〕", "[待补充：数据]", "×", "×"]
    assert strip_slots("完成【待填：执行情况】。") == "完成。"


@pytest.mark.parametrize(
    "text",
    ["【重点】推进项目建设", "7×24小时", "PM 2.5", "天津·DX年轻力中心", "“十四五”规划", "第十八届人民代表大会第五次会议"],
)
def test_report_text_has_no_slot(text):
    assert not has_slot(text)


def test_completion_subject_drops_its_tail():
    (slot,) = find_slots("【待填：固定资产投资实现正增长的完成情况】")
    assert slot.subject == "固定资产投资实现正增长" and slot.value == ""
    (generic,) = find_slots("【待填：执行情况】")
    assert generic.subject == ""


def test_slot_edit_is_not_a_change():
    b = "实现【待更新：300P】算力上线"
    start = b.index("【")
    assert inside_slots(b, start, b.index("】") + 1)
    assert slot_edit("300P", b, start, b.index("】") + 1)  # 300P → 【待更新：300P】
    assert slot_edit("", b, start, start + 5)  # the mark's opening alone
    assert not slot_edit("200P", b, start, b.index("】") + 1)  # another figure: a real change
    assert not slot_edit("", b, 0, 2)  # 实现 is text


@pytest.fixture(scope="module")
def draft_diff(tmp_path_factory) -> dict:
    """``drafter draft 2024`` from the bundled archive, then ``drafter diff 2023 draft-2024.docx``."""
    from click.testing import CliRunner

    from drafter.cli import cli

    folder: Path = tmp_path_factory.mktemp("draft")
    out = folder / "draft-2024.docx"
    runner = CliRunner()
    made = runner.invoke(cli, ["draft", "2024", "-o", str(out), "--archive", str(BUNDLED)])
    assert made.exit_code == 0, made.output
    result = runner.invoke(cli, ["diff", "2023", str(out), "--format", "json", "--archive", str(BUNDLED)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_diff_of_a_draft_shows_its_slots_as_unfilled(draft_diff):
    statuses = {t["status"] for t in draft_diff["targets"]}
    assert statuses == {"unfilled"}
    beijing = next(t for t in draft_diff["targets"] if t["indicator"] == "北京项目投资额")
    assert beijing["outcome"] is None
    assert "【待填：北京项目投资额，目标值30亿元】" in beijing["evidence"]["note"]
    assert beijing["evidence"]["outcome_paragraph"].startswith("p1c1")


def test_diff_of_a_draft_counts_no_slot_as_a_text_change(draft_diff):
    for change in draft_diff["changes"]:
        if change["kind"] in ("added", "removed"):
            continue
        assert "待更新" not in change["new"], change
    figures = [(c["old"], c["new"]) for c in draft_diff["changes"] if c["kind"] == "figure_changed"]
    assert figures == [("75周年", "76周年")]  # the anniversary the draft rolled with the year, no slot


def test_diff_fails_on_unfilled(tmp_path):
    from click.testing import CliRunner

    from drafter.cli import cli

    out = tmp_path / "draft-2024.docx"
    runner = CliRunner()
    assert runner.invoke(cli, ["draft", "2024", "-o", str(out), "--archive", str(BUNDLED)]).exit_code == 0
    result = runner.invoke(cli, ["diff", "2023", str(out), "--fail-on", "unfilled", "--archive", str(BUNDLED)])
    assert result.exit_code == 1
    assert "未填写 61" in result.stdout


def test_unfilled_has_a_label():
    from drafter.compare.result import STATUS_LABELS, STATUSES

    assert "unfilled" in STATUSES and STATUS_LABELS["unfilled"] == "未填写"
