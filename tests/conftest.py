"""Shared fixtures: the ``../shared`` corpora and datasets, found or loudly skipped.

``LOCALEKIT_SHARED`` points at the shared folder; default ``<repo>/../shared``. When
``LOCALEKIT_REQUIRE_SHARED=1`` (set by ``.ci/run``) a missing folder fails instead of skipping.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _shared_root() -> Path:
    return Path(os.environ.get("LOCALEKIT_SHARED", REPO.parent / "shared"))


def require_shared(*parts: str) -> Path:
    """Return ``shared/<parts>``; skip (or fail under CI's flag) with a visible reason if absent."""
    path = _shared_root().joinpath(*parts)
    if not path.exists():
        reason = f"shared data not found: {path} (set LOCALEKIT_SHARED)"
        if os.environ.get("LOCALEKIT_REQUIRE_SHARED") == "1":
            pytest.fail(reason + " and LOCALEKIT_REQUIRE_SHARED=1 forbids skipping")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def www_l10n() -> Path:
    """Mozilla's mozilla.org Fluent strings: ``en/`` reference and 56 locales (read-only)."""
    return require_shared("corpora", "mozilla-www-l10n")


@pytest.fixture(scope="session")
def firefox_en() -> Path:
    return require_shared("corpora", "firefox-en-US")


@pytest.fixture(scope="session")
def fluent_fixtures() -> Path:
    return require_shared("corpora", "fluent-spec-fixtures")


@pytest.fixture(scope="session")
def formality_data() -> Path:
    return require_shared("datasets", "formality")


@pytest.fixture(scope="session")
def massive_data() -> Path:
    return require_shared("datasets", "massive")


def pytest_collection_modifyitems(config, items):
    """Mark tests that are slow on 2 cores; they still run in CI."""
