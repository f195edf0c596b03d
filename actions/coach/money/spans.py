"""Where a thing was found in the text a candidate typed."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class Spanned:
    span: Tuple[int, int]  # text[start:end]

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]
