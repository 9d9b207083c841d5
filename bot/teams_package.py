"""The Microsoft Teams app package: manifest.json and two icons, zipped, to upload in Teams.

Usage: python -m bot.teams_package var/teams-app.zip   (./manage teams-package does this)

The bot id is $TEAMS_APP_ID, the app registration's id, which also serves as the app's id. The
developer links are $TEAMS_WEBSITE_URL, $TEAMS_PRIVACY_URL and $TEAMS_TERMS_URL, each by default
the integrity folder on the intranet from the organisation profile. The bot works only in
personal chats: a dilemma does not belong in a team's channel or a group chat.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import Dict
from urllib.parse import urlsplit

from PIL import Image, ImageDraw

from bot.advice import with_article
from bot.profile import ProfileError, load_profile

MANIFEST_VERSION = "1.17"
SCHEMA = f"https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
ACCENT = "#0B4F8A"
GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class PackageError(Exception):
    pass


def manifest(env: Dict[str, str]) -> Dict:
    app_id = env.get("TEAMS_APP_ID", "").strip()
    if not GUID.fullmatch(app_id):
        raise PackageError("Zet TEAMS_APP_ID op de app-id (een GUID) van de botregistratie in Azure.")
    profile = load_profile()
    links = {name: env.get(f"TEAMS_{name.upper()}_URL", "").strip() or profile.links.folder_integriteit
             for name in ("website", "privacy", "terms")}
    for name, url in links.items():
        if urlsplit(url).scheme != "https":
            raise PackageError(f"TEAMS_{name.upper()}_URL moet een https-adres zijn, niet {url!r}.")
    webchat = env.get("IA_WEBCHAT_URL", "").strip()
    organisation = with_article(profile.organisatie)
    return {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": env.get("TEAMS_PACKAGE_VERSION", "1.0.0"),
        "id": app_id,
        "localizationInfo": {"defaultLanguageTag": "nl-nl"},
        "developer": {"name": profile.organisatie[:32], "websiteUrl": links["website"],
                      "privacyUrl": links["privacy"], "termsOfUseUrl": links["terms"]},
        "name": {"short": "Integriteitsassistent", "full": f"Integriteitsassistent van {organisation}"[:100]},
        "description": {
            "short": "Hulp bij twijfel over integriteit: cadeaus, nevenwerk, belangen en meer.",
            "full": (f"Een chatbot van {organisation} voor medewerkers met een integriteitsvraag. Hij zegt wat de "
                     "gedragscode zegt en wie je kunt spreken. In Teams ben je niet anoniem: je account gaat mee. "
                     "Anoniem vragen of melden kan in de chat op het intranet."),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": ACCENT,
        "bots": [{"botId": app_id, "scopes": ["personal"], "supportsFiles": False, "isNotificationOnly": False}],
        "validDomains": [urlsplit(webchat).hostname] if webchat else [],
    }


def icon(size: int, outline: bool) -> bytes:
    """A speech bubble with a check mark: white on the accent colour (color), or white lines on
    transparency (outline, as Teams requires)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0) if outline else ACCENT)
    draw = ImageDraw.Draw(image)
    s = size / 32
    width = max(1, round(2 * s))
    white = (255, 255, 255, 255)
    bubble = [4 * s, 5 * s, 28 * s, 23 * s]
    tail = [(9 * s, 22 * s), (9 * s, 28 * s), (15 * s, 22 * s)]
    if outline:
        draw.rounded_rectangle(bubble, radius=4 * s, outline=white, width=width)
        draw.line(tail, fill=white, width=width)
    else:
        draw.rounded_rectangle(bubble, radius=4 * s, fill=white)
        draw.polygon(tail, fill=white)
    draw.line([(10 * s, 14 * s), (14 * s, 18 * s), (22 * s, 10 * s)], fill=white if outline else ACCENT,
              width=max(1, round(2.5 * s)))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def build(target: Path, env: Dict[str, str]) -> Path:
    data = json.dumps(manifest(env), ensure_ascii=False, indent=2)
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", data)
        package.writestr("color.png", icon(192, outline=False))
        package.writestr("outline.png", icon(32, outline=True))
    return target


def main(argv) -> int:
    if len(argv) != 1:
        print("Gebruik: python -m bot.teams_package var/teams-app.zip", file=sys.stderr)
        return 2
    try:
        target = build(Path(argv[0]), dict(os.environ))
    except (PackageError, ProfileError) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Teams-app: {target} (upload in Teams: Apps > Apps beheren > Een app uploaden)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
