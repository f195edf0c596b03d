"""Fixtures shared by every test folder."""
import pytest

from tests.services import database_url_for


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The same store tests against both databases the coach supports."""
    return database_url_for(request, tmp_path)
