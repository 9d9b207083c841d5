"""NLU benchmark: held-out evaluation, cross-validation, training time, model size, REST latency.

Run through `./manage bench` (it sets up the environment first). Figures go to stdout and
to results/bench/. Steps can be chosen: `./manage bench heldout cv train latency`.

- heldout: the current model (trained on data/) on each held-out set in tests/nlu/ (never
  trained on): per-intent precision, recall, F1, macro-F1 over the themes and over all intents,
  confusions. heldout.yml is the set of record; heldout_2.yml (intents only) was written later,
  blind to both data/nlu and heldout.yml, to check that data added since does not just fit the first.
- cv: Rasa's 5-fold cross-validation on data/nlu.
- train: the full training time (NLU and dialogue) and the model's size.
- latency: median and 95th percentile of one message through the REST channel of a running
  assistant (`--url`, default http://127.0.0.1:$RASA_PORT), 200 messages.
Both measure the classifier, not the fallback threshold: `rasa test nlu` undoes the
FallbackClassifier's verdict, and the cross-validation trains config.yml without it.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List

import yaml

from bot.chat import send
from bot.themes import THEMES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "results" / "bench"
HELDOUT_SETS = [ROOT / "tests" / "nlu" / "heldout.yml", ROOT / "tests" / "nlu" / "heldout_2.yml"]
RASA = [sys.executable, "-m", "rasa"]


def _run(args: List[str]) -> float:
    """Run a command quietly; return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def eval_config(directory: Path) -> Path:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    config["pipeline"] = [c for c in config["pipeline"] if c["name"] != "FallbackClassifier"]
    config["pipeline"][0]["model"] = os.environ["SPACY_MODEL"]
    path = directory / "config-eval.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def print_report(report: Dict, title: str) -> None:
    intents = sorted(k for k, v in report.items() if isinstance(v, dict) and "f1-score" in v
                     and k not in ("macro avg", "weighted avg", "micro avg"))
    print(f"\n{title}")
    print(f"{'intent':40} {'prec':>6} {'recall':>6} {'F1':>6} {'n':>4}")
    for intent in intents:
        r = report[intent]
        print(f"{intent:40} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1-score']:6.3f} {r['support']:4d}")
    themes = [report[t]["f1-score"] for t in THEMES if t in report]
    print(f"macro-F1 themes ({len(themes)}): {statistics.mean(themes):.3f}")
    print(f"macro-F1 all intents: {report['macro avg']['f1-score']:.3f}   accuracy: {report.get('accuracy', float('nan')):.3f}")


def print_confusions(errors: List[Dict]) -> None:
    pairs: Dict[tuple, List[str]] = {}
    for error in errors:
        pairs.setdefault((error["intent"], error["intent_prediction"]["name"]), []).append(error["text"])
    print("\nconfusions (true -> predicted: count, one example)")
    for (true, predicted), texts in sorted(pairs.items(), key=lambda item: -len(item[1])):
        print(f"  {true} -> {predicted}: {len(texts)}   e.g. {texts[0][:90]!r}")
    if not pairs:
        print("  none")


def print_evaluation(out: Path, title: str) -> None:
    """The report and confusions Rasa wrote to `out`."""
    print_report(json.loads((out / "intent_report.json").read_text()), title)
    errors = out / "intent_errors.json"
    print_confusions(json.loads(errors.read_text()) if errors.exists() else [])


def heldout(workdir: Path) -> None:
    model = Path(os.environ["MODEL"])  # the current model, trained on data/ by ./manage setup
    for heldout_set in HELDOUT_SETS:
        out = OUT / heldout_set.stem
        _run(RASA + ["test", "nlu", "--model", str(model), "--nlu", str(heldout_set), "--out", str(out), "--quiet"])
        print_evaluation(out, f"held-out set ({heldout_set.name}), model {model.name}")


def cross_validation(workdir: Path) -> None:
    config = eval_config(workdir)
    out = OUT / "cv"
    seconds = _run(RASA + ["test", "nlu", "--nlu", "data/nlu", "--config", str(config), "--cross-validation",
                           "--folds", "5", "--out", str(out), "--quiet"])
    print(f"\n5-fold cross-validation ({seconds:.0f} s)")
    print_evaluation(out, "cross-validation, test folds")


def training(workdir: Path) -> None:
    seconds = _run(RASA + ["train", "--out", str(workdir), "--fixed-model-name", "full", "--force", "--quiet"])
    size = (workdir / "full.tar.gz").stat().st_size
    print(f"\nfull training time (NLU + dialogue): {seconds:.0f} s; model size: {size / 2**20:.1f} MiB")


LATENCY_MESSAGES = [
    "hoi",
    "een leverancier wil me een kerstpakket sturen van ongeveer 40 euro",
    "mag ik naar een etentje van een adviesbureau?",
    "mijn collega zit steeds aan me, ik weet niet wat ik moet doen",
    "wat zijn de kernwaarden van de gedragscode?",
]


def latency(url: str, count: int = 200) -> None:
    timings = []
    for i in range(count):
        if i % len(LATENCY_MESSAGES) == 0:  # a new conversation
            sender = uuid.uuid4().hex
        start = time.perf_counter()
        send(url, sender, LATENCY_MESSAGES[i % len(LATENCY_MESSAGES)])
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * len(timings)) - 1]
    print(f"\nREST latency over {count} messages: median {statistics.median(timings):.0f} ms, "
          f"p95 {p95:.0f} ms, max {timings[-1]:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("steps", nargs="*", default=["heldout", "cv", "train"],
                        choices=["heldout", "cv", "train", "latency"])
    parser.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"spaCy pipeline: {os.environ.get('SPACY_MODEL')}")
    with tempfile.TemporaryDirectory() as workdir:
        for step in args.steps:
            if step == "latency":
                latency(args.url)
            else:
                {"heldout": heldout, "cv": cross_validation, "train": training}[step](Path(workdir))


if __name__ == "__main__":
    main()
