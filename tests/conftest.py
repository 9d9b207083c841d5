import os
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


class ProfileFile:
    """A copy of the organisation profile that a test may change."""

    def __init__(self, path: Path):
        self.path = path

    def edit(self, **changes) -> None:
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        data.update(changes)
        self.write(yaml.safe_dump(data, allow_unicode=True))

    def write(self, text: str) -> None:
        before = self.path.stat().st_mtime_ns
        self.path.write_text(text, encoding="utf-8")
        # the bot re-reads the profile when its modification time moves; make sure it does
        os.utime(self.path, ns=(before + 1_000_000, before + 1_000_000))


@pytest.fixture
def profile_file(tmp_path, monkeypatch) -> ProfileFile:
    """The bot reads this copy via $IA_PROFIEL."""
    path = tmp_path / "organisatie.yml"
    shutil.copy(ROOT / "organisatie.yml", path)
    monkeypatch.setenv("IA_PROFIEL", str(path))
    return ProfileFile(path)
