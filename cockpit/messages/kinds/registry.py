"""Every message kind, found by discovery: each module of this package with a ``SPEC``.

``spec.py``, ``shared.py``, ``samples.py`` and this module hold no kind. The bundle collects the
package's submodules (installer.spec), so discovery finds the same kinds there.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.abc import Traversable
from importlib.resources import files

from cockpit.domain.enums import Language, MessageKind
from cockpit.messages.kinds.spec import KindSpec

NOT_KINDS = frozenset({"registry", "spec", "shared", "samples"})
_extra: dict[str, KindSpec] = {}  # kinds registered at run time (tests)


@cache
def _discovered() -> dict[str, KindSpec]:
    from cockpit.messages import kinds

    found: dict[str, KindSpec] = {}
    for info in pkgutil.iter_modules(kinds.__path__):
        if info.name in NOT_KINDS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{kinds.__name__}.{info.name}")
        spec = getattr(module, "SPEC", None)
        if isinstance(spec, KindSpec):
            if spec.value in found:
                raise RuntimeError(f"message kind {spec.value!r} is declared twice")
            found[spec.value] = spec
    return found


def specs() -> list[KindSpec]:
    """Every kind, in the order it is listed (templates, menus, report columns)."""
    return sorted({**_discovered(), **_extra}.values(), key=lambda s: (s.order, s.value))


def spec_of(kind: str) -> KindSpec:
    """The spec of ``kind``; a free message's for a value no module declares."""
    found = _extra.get(kind) or _discovered().get(kind)
    return found if found is not None else _discovered()[MessageKind.OTHER]


def declares(value: str) -> bool:
    """Whether a kind module (or a kind registered for a while) declares ``value``."""
    return value in _extra or value in _discovered()


def report_kinds() -> list[MessageKind]:
    """The communication map's report columns, in order."""
    return [MessageKind(s.value) for s in specs() if s.audience.report]


def new_menu_kinds() -> list[KindSpec]:
    return [s for s in specs() if s.new_menu]


def tasks_kinds() -> list[KindSpec]:
    return [s for s in specs() if s.tasks is not None]


@contextmanager
def registered(spec: KindSpec) -> Iterator[KindSpec]:
    """``spec`` is a kind while the block runs (a kind module not in this package)."""
    _extra[spec.value] = spec
    try:
        yield spec
    finally:
        _extra.pop(spec.value, None)
        if spec.value not in MessageKind.__members__.values():  # a member made for it goes
            MessageKind._value2member_map_.pop(spec.value, None)


def shipped_root(language: Language) -> Traversable:
    """resources/templates/<language>/: the shipped default templates."""
    return files("resources").joinpath("templates", language.value)


def default_template(spec: KindSpec, language: Language) -> tuple[str, str] | None:
    """(subject, body) of the kind's shipped template in ``language``; None without one."""
    if not spec.has_template:
        return None
    folder = (spec.template_dir.joinpath(language.value) if spec.template_dir is not None
              else shipped_root(language).joinpath("messages"))
    subject = folder.joinpath(f"{spec.value}.subject.j2").read_text(encoding="utf-8")
    body = folder.joinpath(f"{spec.value}.md.j2").read_text(encoding="utf-8")
    return subject.strip("\n"), body
