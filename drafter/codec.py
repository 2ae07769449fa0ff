"""JSON data ↔ model dataclasses: one generic ``encode`` and one validating ``decode``.

``decode`` is driven by each dataclass's fields and their type hints (``str``, ``int``,
``bool``, ``Decimal``, ``Literal[...]``, ``X | None``, tuples, nested dataclasses); any value
that does not fit — a wrong type, a number written ``三点五``, ``NaN``, an absurd length —
raises ``CorruptData`` naming the field, never another exception. The archive turns that
into its one-line ``已损坏`` message.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, fields, is_dataclass
from decimal import Decimal
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

_T = TypeVar("_T")


def decimal_text(number: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros (``3.42E+9`` → ``3420000000``)."""
    return format(number.normalize(), "f")


class CorruptData(ValueError):
    """Archive data that does not fit the model: ``where`` is the field path (``parts[0].title``)."""

    def __init__(self, where: str, why: str) -> None:
        self.where = where
        self.why = why
        super().__init__(f"{where or '顶层'}：{why}")


#: Largest string and list drafter accepts from an archive file (a whole report is ~40 KB).
_MAX_TEXT = 1_000_000
_MAX_ITEMS = 200_000
_DECIMAL_TEXT = re.compile(r"-?\d{1,40}(?:\.\d{1,40})?")
_HINTS: dict[type, dict[str, Any]] = {}


def encode(obj: Any) -> Any:
    """A model object as JSON data: dataclasses as dicts (a field marked ``omit_empty`` left
    out when empty), tuples as lists, Decimals as plain decimal text. ``decode`` reverses it."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in fields(obj)
                if not (f.metadata.get("omit_empty") and not getattr(obj, f.name))}
    if isinstance(obj, tuple):
        return [encode(item) for item in obj]
    if isinstance(obj, Decimal):
        return decimal_text(obj)
    return obj


def decode(cls: type[_T], data: Any, where: str = "") -> _T:
    """Build dataclass ``cls`` from JSON ``data``, checking every field against its type.

    Unknown keys are ignored; a missing key takes the field's default, or is an error when
    the field has none. Any mismatch raises ``CorruptData`` naming the field.
    """
    if not isinstance(data, dict):
        raise CorruptData(where, f"应为对象，实为{_kind(data)}")
    hints = _HINTS.get(cls) or _HINTS.setdefault(cls, get_type_hints(cls))
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        here = f"{where}.{f.name}" if where else f.name
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                raise CorruptData(here, "缺少该字段")
            continue
        values[f.name] = _value(hints[f.name], data[f.name], here)
    return cls(**values)


def _value(hint: Any, raw: Any, where: str) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (UnionType, Union):
        if raw is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _value(inner, raw, where)
    if origin is Literal:
        if raw not in args or not isinstance(raw, str):
            raise CorruptData(where, f"应为 {'、'.join(map(str, args))} 之一")
        return raw
    if origin is tuple:
        if not isinstance(raw, list) or len(raw) > _MAX_ITEMS:
            raise CorruptData(where, f"应为列表，实为{_kind(raw)}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], item, f"{where}[{i}]") for i, item in enumerate(raw))
        if len(raw) != len(args):
            raise CorruptData(where, f"应有 {len(args)} 项，实有 {len(raw)} 项")
        return tuple(_value(a, item, f"{where}[{i}]") for i, (a, item) in enumerate(zip(args, raw, strict=True)))
    if hint is str:
        if not isinstance(raw, str) or len(raw) > _MAX_TEXT:
            raise CorruptData(where, f"应为文字，实为{_kind(raw)}")
        return raw
    if hint is bool:
        if not isinstance(raw, bool):
            raise CorruptData(where, f"应为 true/false，实为{_kind(raw)}")
        return raw
    if hint is int:
        if not isinstance(raw, int) or isinstance(raw, bool) or not -(10**9) <= raw <= 10**9:
            raise CorruptData(where, f"应为整数，实为{_kind(raw)}")
        return raw
    if hint is Decimal:
        if not isinstance(raw, str) or not _DECIMAL_TEXT.fullmatch(raw):
            raise CorruptData(where, f"应为阿拉伯数字写成的数值，实为{_kind(raw)}")
        return Decimal(raw)
    if isinstance(hint, type) and is_dataclass(hint):
        return decode(hint, raw, where)
    raise CorruptData(where, "无法识别的字段类型")  # pragma: no cover - a model type without a rule


def _kind(raw: Any) -> str:
    if raw is None:
        return "空值 null"
    if isinstance(raw, bool):
        return "true/false"
    if isinstance(raw, (int, float)):
        return f"数字 {str(raw)[:20]}"
    if isinstance(raw, str):
        return f"文字“{raw[:20]}”" if len(raw) <= _MAX_TEXT else "过长的文字"
    if isinstance(raw, list):
        return "列表"
    return "对象"



__all__ = ["CorruptData", "decimal_text", "decode", "encode"]
