"""Choosing, and where needed building, the Dutch spaCy pipeline.

Route 1: `nl_core_news_sm` 3.4.x (POS, lemmas and NER), where spaCy's model releases can be
reached. Route 2, offline: a pipeline built from what PyPI carries (spaCy's Dutch language
data, simplemma lemmas, rules for amounts), packaged with `spacy package` and installed by
name, because Rasa resolves a pipeline given by path against the working directory and
does not pack it into its model.

The offline pipeline carries a hash of the code that builds it (`code_hash`, in its meta);
`ensure` rebuilds it when that code changed, so a fix to the components reaches the model.

Usage: python -m bot.nlp.pipeline ensure      -> prints the name of the pipeline to use
       python -m bot.nlp.pipeline check NAME  -> exit 0 if NAME is installed and up to date
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

logger = logging.getLogger(__name__)

OFFICIAL = "nl_core_news_sm"
OFFICIAL_VERSION = "3.4.0"
OFFLINE_NAME = "integriteit"  # spaCy packages it as nl_integriteit
OFFLINE = f"nl_{OFFLINE_NAME}"
OFFLINE_VERSION = "1.0.0"
DOWNLOAD_TIMEOUT_S = 90


def is_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def code_hash() -> str:
    """A hash of the code the offline pipeline is built from: its components and this builder."""
    from bot.nlp import components

    digest = hashlib.sha256()
    for path in (components.__file__, __file__):
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]


def package_dir(name: str) -> Optional[Path]:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def installed_code_hash(name: str = OFFLINE) -> Optional[str]:
    """The code hash in an installed offline pipeline's meta; None if absent or unreadable."""
    folder = package_dir(name)
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("code_hash")
    except (TypeError, OSError, ValueError):
        return None


def content_hash(name: str) -> str:
    """A hash of every file of an installed pipeline package (what the NLU model was trained with)."""
    folder = package_dir(name)
    if folder is None:
        return "not installed"
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(folder)).encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_offline(workdir: Path) -> Path:
    """Build the offline pipeline and package it; returns the package's source folder."""
    import spacy

    from bot.nlp import components

    nlp = spacy.blank("nl")
    nlp.add_pipe("simplemma_lemmatizer")
    nlp.add_pipe("entity_ruler").add_patterns(components.MONEY_PATTERNS)
    nlp.meta.update(
        name=OFFLINE_NAME,
        version=OFFLINE_VERSION,
        description="Dutch tokenizer and stop words (spaCy), simplemma lemmas, rules for amounts",
        license="MIT",
        code_hash=code_hash(),
    )
    model_dir, dist_dir = workdir / "model", workdir / "dist"
    nlp.to_disk(model_dir)
    dist_dir.mkdir()
    subprocess.run(
        [sys.executable, "-m", "spacy", "package", str(model_dir), str(dist_dir),
         "--code", components.__file__, "--force"],
        check=True, stdout=subprocess.DEVNULL,
    )
    return dist_dir / f"{OFFLINE}-{OFFLINE_VERSION}"


def _pip_install(*args: str, timeout: float | None = None) -> bool:
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", *args],
            timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0


def try_official() -> bool:
    """Install nl_core_news_sm where spaCy's model releases can be reached."""
    logger.info("trying to install %s %s", OFFICIAL, OFFICIAL_VERSION)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "spacy", "download", f"{OFFICIAL}-{OFFICIAL_VERSION}", "--direct"],
            timeout=DOWNLOAD_TIMEOUT_S, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0


def install_offline() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        package = build_offline(Path(workdir))
        if not _pip_install("--no-deps", str(package)):
            raise RuntimeError(f"could not install the offline pipeline from {package}")


def ensure(try_download: bool = True) -> str:
    """The name of the Dutch pipeline to use, installing one if none is there yet.

    $SPACY_MODEL wins; then nl_core_news_sm if installed (or installable); else the
    offline pipeline, built on first use.
    """
    if os.environ.get("SPACY_MODEL"):
        return os.environ["SPACY_MODEL"]
    if is_installed(OFFICIAL) or (try_download and try_official()):
        return OFFICIAL
    if not is_installed(OFFLINE):
        install_offline()
    elif installed_code_hash() != code_hash():
        logger.info("the code of %s changed: rebuilding it", OFFLINE)
        install_offline()
    return OFFLINE


def up_to_date(name: str) -> bool:
    """Installed, and for the offline pipeline built from the code as it is now."""
    return is_installed(name) and (name != OFFLINE or installed_code_hash(name) == code_hash())


def describe(name: str) -> str:
    if name == OFFICIAL:
        return f"{OFFICIAL}: spaCy's trained Dutch pipeline (POS, lemmas, NER)"
    return f"{name}: offline Dutch pipeline (spaCy tokenizer and stop words, simplemma lemmas, amount rules)"


if __name__ == "__main__":
    if sys.argv[1:2] == ["check"] and len(sys.argv) == 3:
        sys.exit(0 if up_to_date(sys.argv[2]) else 1)
    if sys.argv[1:] != ["ensure"] and sys.argv[1:] != ["ensure", "--no-download"]:
        sys.exit("usage: python -m bot.nlp.pipeline ensure [--no-download]")
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    chosen = ensure(try_download="--no-download" not in sys.argv)
    logger.info("Dutch spaCy pipeline in use: %s", describe(chosen))
    print(chosen)
