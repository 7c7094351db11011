"""Export the store in the ``lagebild/1`` format: JSON, JSONL or CSV."""
from .records import SCHEMA, TABLE_ORDER, iter_records
from .writers import export

__all__ = ["SCHEMA", "TABLE_ORDER", "iter_records", "export"]
