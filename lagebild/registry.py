"""Stages registered by versioned name.

Registration is explicit: :func:`default_registry` lists every built-in stage.
Nothing registers itself as an import side effect, so pipeline order never
depends on import order. Factories are imported lazily, so an optional heavy
dependency (torch, spaCy) is only imported by the variant that uses it.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable

from .errors import LagebildError


@dataclass(frozen=True)
class StageSpec:
    """How to rebuild a stage anywhere (e.g. in a worker process): name + config."""

    name: str
    config: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, name: str, **config: Any) -> "StageSpec":
        return cls(name, tuple(sorted(config.items())))

    def kwargs(self) -> dict[str, Any]:
        return dict(self.config)


class Registry:
    def __init__(self) -> None:
        self._factories: dict[str, str | Callable[..., Any]] = {}

    def register(self, name: str, factory: str | Callable[..., Any]) -> None:
        """Register ``factory`` (a callable or a "module:attr" path) under ``name``."""
        if name in self._factories:
            raise LagebildError("E001", f"stage {name!r} is already registered")
        self._factories[name] = factory

    def names(self) -> list[str]:
        return sorted(self._factories)

    def factory(self, name: str) -> Callable[..., Any]:
        try:
            f = self._factories[name]
        except KeyError:
            raise LagebildError(
                "E002", f"unknown stage {name!r}; registered: {', '.join(self.names())}"
            ) from None
        if isinstance(f, str):
            module, attr = f.split(":")
            f = getattr(importlib.import_module(module), attr)
        return f

    def build(self, spec: StageSpec) -> Any:
        stage = self.factory(spec.name)(**spec.kwargs())
        if getattr(stage, "name", None) != spec.name:
            raise LagebildError("E003", f"stage built for {spec.name!r} calls itself {getattr(stage, 'name', None)!r}")
        return stage


def default_registry() -> Registry:
    """Every built-in stage, by versioned name."""
    r = Registry()
    # document stages
    r.register("clean.rules.v1", "lagebild.clean.stage:CleanStage")
    r.register("langid.lingua.v1", "lagebild.langid.stage:LinguaLangId")
    r.register("segment.rules.v1", "lagebild.segment.stage:SegmentStage")
    r.register("ner.fast.v1", "lagebild.ner.stage:FastNer")
    r.register("ner.accurate.v1", "lagebild.ner.stage:AccurateNer")
    r.register("temporal.rules.v1", "lagebild.temporal.stage:TemporalStage")
    r.register("quotes.rules.v1", "lagebild.quotes.stage:QuoteStage")
    r.register("claims.rules.v1", "lagebild.claims.stage:ClaimStage")
    # corpus stages
    r.register("dedup.minhash.v1", "lagebild.dedup.stage:DedupStage")
    r.register("temporal.siblings.v1", "lagebild.temporal.siblings:SiblingDates")
    r.register("claims.groups.v1", "lagebild.claims.corpus:ClaimGroups")
    r.register("entities.rules.v1", "lagebild.entities.stage:EntityStage")
    return r
