"""Held-out made-up French, Spanish and German articles (see ``articles_intl.py``).

Written after the rules and never used to tune them; bench-enrich reports them apart.
"""

from __future__ import annotations

from typing import Any

INTL_HELDOUT: list[dict[str, Any]] = []
