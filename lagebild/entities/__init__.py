"""Entity linking: one identity per real person, organisation and place.

Public API::

    state = link(articles, previous=None, corrections=())   # LinkState
    export_entities(state)                                   # lagebild/1 "entities"
    merge(state, a, b) / split(state, id, alias) / rename(state, id, name)  -> Correction
    apply(state, corrections)                                # apply right away
    find_entities(state.entities, "Ushakov")
"""
from .corrections import apply, merge, rename, split, split_id
from .export import export_entities, find_entities
from .linker import article_from_document, link
from .records import (STAGE, ActsAs, ArticleInput, Correction, Entity, EntityLink, LinkState,
                      MentionInput)
from .stage import EntityStage

__all__ = [
    "STAGE", "ActsAs", "ArticleInput", "Correction", "Entity", "EntityLink", "EntityStage", "LinkState",
    "MentionInput", "apply", "article_from_document", "export_entities", "find_entities", "link", "merge",
    "rename", "split", "split_id",
]
