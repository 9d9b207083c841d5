"""Both routes to a Dutch spaCy pipeline, loaded by name the way Rasa's SpacyNLP loads it."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from bot.nlp import pipeline

ROOT = Path(__file__).resolve().parent.parent

LOAD_AS_RASA_DOES = (
    "from rasa.nlu.utils.spacy_utils import SpacyNLP; import sys; "
    "nlp = SpacyNLP.load_model(sys.argv[1]).model; print(nlp.meta['name'])"
)


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    """The offline pipeline built from the code as it is, installed in a folder of its own (never
    into the virtualenv): (the unpackaged pipeline's folder, the folder to put on PYTHONPATH)."""
    workdir = tmp_path_factory.mktemp("offline")
    package = pipeline.build_offline(workdir)
    site = workdir / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(package)],
                   check=True, capture_output=True)
    return workdir / "model", site


def test_offline_pipeline_lemmatises_and_finds_amounts(offline):
    nlp = spacy.load(offline[0])
    doc = nlp("Ik kreeg van de leveranciers ongeveer 20 euro en een cadeaubon van vijftig euro")
    assert [t.lemma_ for t in doc][1] == "krijgen"
    assert [t.lemma_ for t in doc if t.text == "leveranciers"] == ["leverancier"]
    assert [(e.text, e.label_) for e in doc.ents] == [("ongeveer 20 euro", "MONEY"), ("vijftig euro", "MONEY")]


def test_rasa_loads_the_offline_pipeline_by_name(offline):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(offline[1]), str(ROOT)])}
    result = subprocess.run([sys.executable, "-c", LOAD_AS_RASA_DOES, pipeline.OFFLINE],
                            capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    assert result.stdout.strip().endswith(pipeline.OFFLINE_NAME)


def test_nl_core_news_sm_is_preferred_where_it_is_installed(tmp_path):
    """A small stand-in, installed under that name for this test only, in a folder of its own."""
    stand_in = spacy.blank("nl")
    stand_in.meta.update(name="core_news_sm", version=pipeline.OFFICIAL_VERSION)
    stand_in.to_disk(tmp_path / "model")
    (tmp_path / "dist").mkdir()
    subprocess.run([sys.executable, "-m", "spacy", "package", str(tmp_path / "model"), str(tmp_path / "dist"), "--force"],
                   check=True, capture_output=True)
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
                    str(tmp_path / "dist" / f"nl_core_news_sm-{pipeline.OFFICIAL_VERSION}")],
                   check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k != "SPACY_MODEL"}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])

    chosen = subprocess.run([sys.executable, "-m", "bot.nlp.pipeline", "ensure", "--no-download"],
                            capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    assert chosen.stdout.strip() == "nl_core_news_sm"
    assert "spaCy's trained Dutch pipeline" in chosen.stderr

    loaded = subprocess.run([sys.executable, "-c", LOAD_AS_RASA_DOES, "nl_core_news_sm"],
                            capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    assert loaded.stdout.strip() == "core_news_sm"


def test_the_environment_setting_wins(monkeypatch):
    monkeypatch.setenv("SPACY_MODEL", "nl_iets_anders")
    assert pipeline.ensure(try_download=False) == "nl_iets_anders"


def test_bot_imports_nothing_from_rasa():
    import ast

    for path in (ROOT / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] in ("rasa", "rasa_sdk") for n in names), path
