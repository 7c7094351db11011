"""Plain records of the entity-linking stage.

Inputs (:class:`ArticleInput`, :class:`MentionInput`) are what the linker reads;
outputs (:class:`Entity`, :class:`EntityLink`, :class:`ActsAs`) and user
corrections (:class:`Correction`) are what the store keeps, one table each.
Field names are meant to be the store's column names; tuples of strings can be
stored as JSON arrays. Offsets are character offsets into the article's clean
text, as everywhere in Lagebild.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

__all__ = [
    "STAGE", "MentionInput", "ArticleInput", "Entity", "EntityLink", "ActsAs",
    "Correction", "LinkState",
]

#: Versioned name of this implementation (goes into every output record).
STAGE = "entities.rules.v1"


@dataclass(frozen=True)
class MentionInput:
    """One NER mention of an article (same fields as :class:`lagebild.model.Mention`)."""

    start: int
    end: int
    text: str
    label: str                       # PER | ORG | LOC | MISC
    score: float = 1.0


@dataclass(frozen=True)
class ArticleInput:
    """Everything the linker needs to know about one article.

    ``text`` is the clean text (the role-noun and metonymy detectors read the
    words around mentions); ``sentences`` are ``(start, end)`` pairs and may be
    empty (a simple splitter is used then). ``story`` is an optional story or
    group id: articles of one story share context.
    """

    id: str
    text: str
    mentions: tuple[MentionInput, ...]
    published: Optional[str] = None  # ISO date or datetime
    story: Optional[str] = None
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Entity:
    """One real person, organisation, place or thing across all articles."""

    id: str
    type: str                        # PER | ORG | LOC | MISC
    name: str                        # canonical name (fullest, most frequent proper form)
    key: str                         # normalised key the id was derived from; used to re-find it
    aliases: tuple[str, ...]         # every distinct name form seen (incl. ``name``)
    roles: tuple[str, ...]           # titles, roles and descriptors seen, most frequent first
    mention_count: int               # name and role-noun mentions linked to it
    articles: tuple[str, ...]        # article ids, sorted
    first_seen: Optional[str]        # earliest ``published`` of those articles
    last_seen: Optional[str]
    country: Optional[str] = None    # ISO 3166 code for countries and governments
    stage: str = STAGE


@dataclass(frozen=True)
class EntityLink:
    """A mention assigned to an entity.

    ``kind`` is ``"name"`` for NER mentions and ``"role"`` for role nouns found
    by this stage ("der russische Präsident", "Kremlchef"); role links carry a
    lower confidence and their evidence. ``form`` is the mention's name with
    titles peeled and inflection removed ("Putins" -> "Putin"); ``roles`` are
    the titles found on or next to this mention. ``antecedent`` is the start
    offset of the fuller mention in the same article that a short form was
    resolved to.
    """

    article: str
    start: int
    end: int
    text: str
    entity: str
    kind: str                        # name | role
    label: str                       # PER | ORG | LOC | MISC (after correction of metonymy)
    form: str
    confidence: float
    method: str                      # rule that linked it, e.g. "exact", "short-form", "translit"
    evidence: str                    # human-readable reason
    roles: tuple[str, ...] = ()
    antecedent: Optional[int] = None
    published: Optional[str] = None
    stage: str = STAGE


@dataclass(frozen=True)
class ActsAs:
    """A place mention that stands for a government ("Washington behauptete").

    The mention stays linked to the place (``entity``); ``target`` is the
    government entity it acts as.
    """

    article: str
    start: int
    end: int
    text: str
    entity: str                      # the place, e.g. Washington
    target: str                      # the government entity, e.g. Regierung (Vereinigte Staaten)
    relation: str                    # "government"
    country: str                     # ISO code
    confidence: float
    evidence: str
    stage: str = STAGE


@dataclass(frozen=True)
class Correction:
    """A user's correction, stored as such and re-applied on every run.

    ``op`` is ``merge`` (``other`` is folded into ``entity``), ``split``
    (mentions whose name form is ``value`` leave ``entity``) or ``rename``
    (``value`` becomes the canonical name). ``entity_key``/``other_key`` are the
    entities' keys when the correction was made: they re-find the entities if a
    rebuild without the previous state gave them new ids.
    """

    seq: int                         # order of application
    op: str                          # merge | split | rename
    entity: str
    other: Optional[str] = None
    value: Optional[str] = None
    entity_key: Optional[str] = None
    other_key: Optional[str] = None
    created: Optional[str] = None


@dataclass(frozen=True)
class LinkState:
    """The result of one linking run, and the previous state of the next one."""

    entities: tuple[Entity, ...]
    links: tuple[EntityLink, ...]
    acts_as: tuple[ActsAs, ...] = ()
    notes: tuple[str, ...] = ()      # e.g. corrections that no longer apply

    def entity(self, entity_id: str) -> Optional[Entity]:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None
