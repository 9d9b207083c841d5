"""A change to what the models are built from must give a new model, never one from cache."""
import shutil
import subprocess
from pathlib import Path

import pytest
from rasa.engine.training.fingerprinting import calculate_fingerprint_key

from bot.nlp import intent_model, pipeline
from components.intent_classifier import IntentModelClassifier

ROOT = Path(__file__).resolve().parent.parent


def cache_key() -> str:
    """The key under which Rasa's training cache stores (and finds) the trained classifier."""
    return calculate_fingerprint_key(IntentModelClassifier, {"c": 100.0}, {"featurizer": "same inputs"})


def test_a_change_to_the_model_code_yields_a_retrained_classifier(tmp_path, monkeypatch):
    before = cache_key()
    changed = tmp_path / "intent_model.py"
    changed.write_text(intent_model.SOURCE.read_text(encoding="utf-8").replace("max_iter=5000", "max_iter=6000"))
    monkeypatch.setattr(intent_model, "SOURCE", changed)
    assert cache_key() != before


@pytest.mark.parametrize("package", intent_model.PACKAGES)
def test_another_version_of_a_library_yields_a_retrained_classifier(monkeypatch, package):
    before = cache_key()
    real = intent_model.version
    monkeypatch.setattr(intent_model, "version", lambda name: "99.0" if name == package else real(name))
    assert cache_key() != before


def test_a_changed_spacy_pipeline_yields_a_retrained_classifier(tmp_path, monkeypatch):
    package = tmp_path / "nl_proef"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "meta.json").write_text('{"name": "proef"}')
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("SPACY_MODEL", "nl_proef")
    before = cache_key()
    (package / "meta.json").write_text('{"name": "proef", "version": "2"}')
    assert cache_key() != before


def test_the_offline_pipeline_is_rebuilt_when_its_code_changed(monkeypatch):
    """The rebuild itself is replaced by a stand-in: it would install into the virtualenv."""
    monkeypatch.delenv("SPACY_MODEL", raising=False)
    monkeypatch.setattr(pipeline, "is_installed", lambda name: name == pipeline.OFFLINE)
    rebuilt = []
    monkeypatch.setattr(pipeline, "install_offline", lambda: rebuilt.append(True))
    monkeypatch.setattr(pipeline, "installed_code_hash", lambda name=pipeline.OFFLINE: pipeline.code_hash())
    assert pipeline.ensure(try_download=False) == pipeline.OFFLINE and rebuilt == []
    assert pipeline.up_to_date(pipeline.OFFLINE)
    monkeypatch.setattr(pipeline, "installed_code_hash", lambda name=pipeline.OFFLINE: "gebouwd-met-oude-code")
    assert not pipeline.up_to_date(pipeline.OFFLINE)  # ./manage then calls ensure, which rebuilds
    assert pipeline.ensure(try_download=False) == pipeline.OFFLINE and rebuilt == [True]


def test_the_built_pipeline_carries_the_hash_of_its_code(tmp_path):
    package = pipeline.build_offline(tmp_path)  # built and packaged, not installed
    assert f'"code_hash":"{pipeline.code_hash()}"' in (package / "meta.json").read_text().replace(" ", "")


def manage_fingerprint(tree: Path) -> str:
    """./manage's model_fingerprint, run in a copy of the repository."""
    script = f"set -e; cd {tree}; eval \"$(sed -n '/^model_fingerprint()/,/^}}/p' manage)\"; SPACY_MODEL=x model_fingerprint"
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True).stdout.strip()


def test_manage_retrains_when_the_pipeline_components_change(tmp_path):
    tree = tmp_path / "repo"
    for name in ("manage", "config.yml", "domain.yml"):
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tree / name)
    for folder in ("data", "components", "bot/nlp"):
        shutil.copytree(ROOT / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__"))
    before = manage_fingerprint(tree)
    with (tree / "bot/nlp/components.py").open("a") as handle:
        handle.write("\n# a change\n")
    assert manage_fingerprint(tree) != before
