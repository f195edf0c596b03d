"""Tests that need a service skip with a reason on a laptop without it, and fail in CI.

CI sets COACH_REQUIRE_SERVICES=1, which turns every such skip into a failure.
"""
import os

import pytest


def require(what: str, available: bool, how: str) -> None:
    if available:
        return
    message = f"{what} is not available: {how}"
    if os.environ.get("COACH_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " (COACH_REQUIRE_SERVICES=1: every test must run)")
    pytest.skip(message)
