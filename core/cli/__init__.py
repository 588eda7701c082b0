"""The ``renewals`` command: operators' and regional teams' view of the platform."""

from core.cli.main import main

__all__ = ["main"]
