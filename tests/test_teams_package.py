"""The Teams app package holds a manifest with the required fields of the schema version it
declares, and the two icons in the sizes Teams asks for."""
import io
import json
import re
import zipfile

import pytest
from PIL import Image

from bot.teams_package import main

APP_ID = "5c1f4b5e-0c3d-4e55-9d6b-3a2f8f1e7a10"
GUID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
# The required fields of Microsoft's manifest schema, per version we may declare
# (https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json).
REQUIRED = {
    "1.17": {
        "": ["manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor"],
        "developer": ["name", "websiteUrl", "privacyUrl", "termsOfUseUrl"],
        "name": ["short", "full"],
        "description": ["short", "full"],
        "icons": ["outline", "color"],
    },
}
MAX_LENGTH = {("name", "short"): 30, ("name", "full"): 100, ("description", "short"): 80,
              ("description", "full"): 4000, ("developer", "name"): 32}


@pytest.fixture
def package(tmp_path, monkeypatch):
    monkeypatch.setenv("TEAMS_APP_ID", APP_ID)
    monkeypatch.setenv("IA_WEBCHAT_URL", "https://intranet.huizen.example/chat")
    assert main([str(tmp_path / "teams-app.zip")]) == 0
    return zipfile.ZipFile(tmp_path / "teams-app.zip")


def test_the_manifest_holds_the_required_fields_of_its_schema_version(package):
    manifest = json.loads(package.read("manifest.json"))
    version = manifest["manifestVersion"]
    assert manifest["$schema"].endswith(f"/v{version}/MicrosoftTeams.schema.json")
    for part, fields in REQUIRED[version].items():
        section = manifest[part] if part else manifest
        assert all(section.get(field) for field in fields), (part, fields)
    for (part, field), limit in MAX_LENGTH.items():
        assert len(manifest[part][field]) <= limit
    assert GUID.fullmatch(manifest["id"]) and re.fullmatch(r"#[0-9a-fA-F]{6}", manifest["accentColor"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", manifest["version"])
    assert all(manifest["developer"][f].startswith("https://") for f in ("websiteUrl", "privacyUrl", "termsOfUseUrl"))
    assert manifest["bots"] == [{"botId": APP_ID, "scopes": ["personal"], "supportsFiles": False,
                                 "isNotificationOnly": False}]
    assert manifest["validDomains"] == ["intranet.huizen.example"]


def test_the_icons_are_pngs_of_the_sizes_teams_asks(package):
    manifest = json.loads(package.read("manifest.json"))
    color = Image.open(io.BytesIO(package.read(manifest["icons"]["color"])))
    outline = Image.open(io.BytesIO(package.read(manifest["icons"]["outline"])))
    assert (color.format, color.size) == ("PNG", (192, 192))
    assert (outline.format, outline.size) == ("PNG", (32, 32))
    # the outline icon: white on transparency, nothing else
    colours = {pixel[:3] for pixel in outline.convert("RGBA").get_flattened_data() if pixel[3] > 0}
    assert colours == {(255, 255, 255)} and outline.convert("RGBA").getpixel((0, 0))[3] == 0


@pytest.mark.parametrize("env, message", [
    ({}, "TEAMS_APP_ID"),
    ({"TEAMS_APP_ID": "mijn-bot"}, "TEAMS_APP_ID"),
    ({"TEAMS_APP_ID": APP_ID, "TEAMS_PRIVACY_URL": "http://intranet/privacy"}, "https"),
])
def test_a_missing_or_bad_setting_gets_a_clear_answer_and_no_package(tmp_path, monkeypatch, capsys, env, message):
    monkeypatch.delenv("TEAMS_APP_ID", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main([str(tmp_path / "teams-app.zip")]) == 1
    assert message in capsys.readouterr().err and not (tmp_path / "teams-app.zip").exists()
