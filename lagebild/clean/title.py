"""Headlines: strip the outlet suffix ("… | Nordkurier") and odd spacing."""
from __future__ import annotations

import re
from typing import Optional


def clean_title(title: Optional[str], outlet: Optional[str]) -> Optional[str]:
    if not title:
        return title
    t = re.sub(r"\s+", " ", title.replace("\u00ad", "")).strip()
    if outlet:
        t = re.sub(rf"\s*[|–—-]\s*{re.escape(outlet)}\s*$", "", t, flags=re.I) or t
    return t
