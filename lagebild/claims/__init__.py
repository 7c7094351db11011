"""Claims: attributed statements with stance, attribution chain and grouping.

Public API:

* :class:`ClaimStage` – the ``claims.rules.v1`` document stage;
* :func:`claims_from` – claims from a token view and its attributions;
* :func:`group_claims` – corpus level: group the same statement of the same
  origin across articles (:class:`ClaimGroup`), and :func:`group_index`.
"""
from .group import ClaimGroup, group_claims, group_index, similarity
from .modality import MODALITIES
from .stage import STAGE, ClaimStage, claims_from

__all__ = ["STAGE", "ClaimStage", "claims_from", "ClaimGroup", "group_claims", "group_index",
           "similarity", "MODALITIES"]
