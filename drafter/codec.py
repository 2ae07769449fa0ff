"""JSON data ↔ model dataclasses: one generic ``encode`` and one validating ``decode``.

``decode`` is driven by each dataclass's fields and their type hints (``str``, ``int``,
``bool``, ``Decimal``, ``Literal[...]``, ``X | None``, tuples, nested dataclasses); any value
that does not fit — a wrong type, a number written ``三点五``, ``NaN``, an absurd length —
raises ``CorruptData`` naming the field, never another exception. The archive turns that
into its one-line ``已损坏`` message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
    try:
        return _class_reader(cls)(data)  # type: ignore[no-any-return]
    except CorruptData as exc:
        if where:
            raise CorruptData(_join(where, exc.where), exc.why) from None
        raise


# Each type hint is turned once into a reader: a function of the raw JSON value that checks it
# and returns the model value. A reader raises ``CorruptData`` with ``where`` relative to its
# value; the readers of fields and list items put their own step in front as it passes up, so
# the path costs nothing unless something is wrong.
_Reader = Callable[[Any], Any]
_READERS: dict[Any, _Reader] = {}
_CLASS_READERS: dict[type, _Reader] = {}


def _join(head: str, tail: str) -> str:
    if not tail:
        return head
    return f"{head}{tail}" if tail.startswith("[") else f"{head}.{tail}"


def _class_reader(cls: type) -> _Reader:
    reader = _CLASS_READERS.get(cls)
    if reader is None:
        reader = _CLASS_READERS[cls] = _make_class_reader(cls)
    return reader


def _make_class_reader(cls: type) -> _Reader:
    plan: list[tuple[str, _Reader, bool]] = []

    def read(raw: Any) -> Any:
        if not isinstance(raw, dict):
            raise CorruptData("", f"应为对象，实为{_kind(raw)}")
        if not plan:  # built on first use, so that a model type may refer to itself
            hints = get_type_hints(cls)
            plan.extend((f.name, _reader(hints[f.name]), f.default is MISSING and f.default_factory is MISSING)
                        for f in fields(cls))
        values: dict[str, Any] = {}
        for name, field_reader, required in plan:
            if name in raw:
                try:
                    values[name] = field_reader(raw[name])
                except CorruptData as exc:
                    raise CorruptData(_join(name, exc.where), exc.why) from None
            elif required:
                raise CorruptData(name, "缺少该字段")
        return cls(**values)

    return read


def _reader(hint: Any) -> _Reader:
    reader = _READERS.get(hint)
    if reader is None:
        reader = _READERS[hint] = _make_reader(hint)
    return reader


def _make_reader(hint: Any) -> _Reader:  # noqa: C901 - one rule per kind of hint
    origin, args = get_origin(hint), get_args(hint)
    if origin in (UnionType, Union):
        (inner,) = [a for a in args if a is not type(None)]
        inner_reader = _reader(inner)
        if type(None) not in args:
            return inner_reader
        return lambda raw: None if raw is None else inner_reader(raw)
    if origin is Literal:
        allowed = frozenset(a for a in args if isinstance(a, str))
        message = f"应为 {'、'.join(map(str, args))} 之一"

        def read_literal(raw: Any) -> Any:
            if not isinstance(raw, str) or raw not in allowed:
                raise CorruptData("", message)
            return raw

        return read_literal
    if origin is tuple:
        return _tuple_reader(args)
    if hint is str:
        def read_str(raw: Any) -> Any:
            if not isinstance(raw, str) or len(raw) > _MAX_TEXT:
                raise CorruptData("", f"应为文字，实为{_kind(raw)}")
            return raw

        return read_str
    if hint is bool:
        def read_bool(raw: Any) -> Any:
            if not isinstance(raw, bool):
                raise CorruptData("", f"应为 true/false，实为{_kind(raw)}")
            return raw

        return read_bool
    if hint is int:
        def read_int(raw: Any) -> Any:
            if not isinstance(raw, int) or isinstance(raw, bool) or not -(10**9) <= raw <= 10**9:
                raise CorruptData("", f"应为整数，实为{_kind(raw)}")
            return raw

        return read_int
    if hint is Decimal:
        number = _DECIMAL_TEXT.fullmatch

        def read_decimal(raw: Any) -> Any:
            if not isinstance(raw, str) or not number(raw):
                raise CorruptData("", f"应为阿拉伯数字写成的数值，实为{_kind(raw)}")
            return Decimal(raw)

        return read_decimal
    if isinstance(hint, type) and is_dataclass(hint):
        return _class_reader(hint)

    def unknown(raw: Any) -> Any:  # pragma: no cover - a model type without a rule
        raise CorruptData("", "无法识别的字段类型")

    return unknown


def _tuple_reader(args: tuple[Any, ...]) -> _Reader:
    def check(raw: Any) -> None:
        if not isinstance(raw, list) or len(raw) > _MAX_ITEMS:
            raise CorruptData("", f"应为列表，实为{_kind(raw)}")

    def located(i: int, exc: CorruptData) -> CorruptData:
        return CorruptData(_join(f"[{i}]", exc.where), exc.why)

    if len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])
        if args[0] is str:  # the commonest list (tokens, rows): checked in one pass
            def read_strings(raw: Any) -> Any:
                check(raw)
                for i, x in enumerate(raw):
                    if not isinstance(x, str) or len(x) > _MAX_TEXT:
                        raise located(i, CorruptData("", f"应为文字，实为{_kind(x)}"))
                return tuple(raw)

            return read_strings

        def read_items(raw: Any) -> Any:
            check(raw)
            try:
                return tuple([item(x) for x in raw])
            except CorruptData:
                for i, x in enumerate(raw):  # which item: read them again one by one
                    try:
                        item(x)
                    except CorruptData as inner:
                        raise located(i, inner) from None
                raise  # pragma: no cover - the same items read the same way twice

        return read_items
    readers = [_reader(a) for a in args]

    def read_fixed(raw: Any) -> Any:
        check(raw)
        if len(raw) != len(readers):
            raise CorruptData("", f"应有 {len(readers)} 项，实有 {len(raw)} 项")
        out = []
        for i, (r, x) in enumerate(zip(readers, raw, strict=True)):
            try:
                out.append(r(x))
            except CorruptData as exc:
                raise located(i, exc) from None
        return tuple(out)

    return read_fixed


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
