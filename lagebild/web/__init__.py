"""Local web UI and JSON API over a Lagebild database."""
from .app import create_app, serve

__all__ = ["create_app", "serve"]
