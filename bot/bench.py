"""NLU benchmark: held-out evaluation, cross-validation, training time, model size, REST latency.

Run through `./manage bench` (it sets up the environment first). Figures go to stdout and
to results/bench/. Steps can be chosen: `./manage bench heldout cv train latency webchat`.

- heldout: the current model (trained on data/) and a plain TF-IDF + logistic-regression baseline
  (trained on data/nlu in the same run) on each held-out set in tests/nlu/ (never trained on):
  strict accuracy, "right help" accuracy (an intent the set marks as also right counts), the
  fallback rate on messages that describe a dilemma, F1 over the themes; per-intent figures and
  confusions except for the sealed set, whose errors nobody reads while tuning (totals only).
  The sets: heldout.yml, the first; heldout_2.yml, written blind to it and to data/nlu;
  heldout_3.yml, third-person and formal cases written blind; heldout_4.yml, situations without the
  theme's words, two themes in one message and half-remembered rules, written blind;
  heldout_sealed.yml, sealed.
- cv: Rasa's 5-fold cross-validation on data/nlu.
- writers: leave one group of writers out: the intent model (its settings in use) and the
  baseline trained on data/nlu without one group of files written blind by other writers
  (data/nlu/stemmen*_), tested on that group; accuracy per group and pooled. Text written
  elsewhere, unlike random folds of one writer's data. Not a default step
  (about 18 minutes with seven groups).
- train: the full training time (NLU and dialogue) and the model's size.
- latency: median and 95th percentile of one message through the REST channel of a running
  assistant (`--url`, default http://127.0.0.1:$RASA_PORT), 200 messages.
- webchat: the same from a message sent on the chat page of a running web app (`--web`, default
  http://127.0.0.1:$WEB_PORT) in headless chromium to its reply shown, 50 messages; a screenshot
  goes to results/bench/webchat.png.
Accuracy and F1 measure the classifier's best intent; the fallback's verdict is counted apart.
The cross-validation trains config.yml without the FallbackClassifier.
- deidentify: recall and precision per kind of personal data of bot.deidentify on each
  marked set in tests/deidentify/ (bot.deidentify_eval); not a default step.
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
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List

import yaml

from bot import deidentify_eval
from bot.chat import send
from bot.nlp.evaluation import Prediction, Scores, baseline, score, trained_baseline, writer_folds
from bot.nlp.intent_model import SETTINGS, IntentModel
from bot.nlp.nludata import read, read_all
from bot.servers import free_port, wait_until_up
from bot.themes import THEMES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "results" / "bench"
HELDOUT_SETS = [ROOT / "tests" / "nlu" / name
                for name in ("heldout.yml", "heldout_2.yml", "heldout_3.yml", "heldout_4.yml", "heldout_sealed.yml")]
SEALED = {"heldout_sealed.yml"}
BASELINE = "TF-IDF word 1-2 and char 2-5 n-grams, logistic regression C=10"
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


def print_confusions(errors: List[tuple]) -> None:
    pairs: Dict[tuple, List[str]] = {}
    for labelled, predicted, text in errors:
        pairs.setdefault((labelled, predicted), []).append(text)
    print("\nconfusions (true -> predicted: count, one example)")
    for (true, predicted), texts in sorted(pairs.items(), key=lambda item: -len(item[1])):
        print(f"  {true} -> {predicted}: {len(texts)}   e.g. {texts[0][:90]!r}")
    if not pairs:
        print("  none")


def print_evaluation(out: Path, title: str) -> None:
    """The report and confusions Rasa wrote to `out`."""
    print_report(json.loads((out / "intent_report.json").read_text()), title)
    errors = out / "intent_errors.json"
    print_confusions([(e["intent"], e["intent_prediction"]["name"], e["text"])
                      for e in json.loads(errors.read_text())] if errors.exists() else [])


@contextmanager
def nlu_server(model: Path) -> Iterator[str]:
    """A Rasa server with the HTTP API on a free loopback port, for /model/parse."""
    port, log, endpoints = free_port(), OUT / "nlu_server.log", OUT / "no_endpoints.yml"
    endpoints.write_text("# parsing only: no tracker store, no action server\n")
    process = subprocess.Popen(RASA + ["run", "--enable-api", "--model", str(model), "--interface", "127.0.0.1",
                                       "--port", str(port), "--endpoints", str(endpoints)],
                               cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def parse(url: str, text: str) -> Prediction:
    """The classifier's best intent for a text, and whether the fallback took over."""
    request = urllib.request.Request(f"{url}/model/parse", data=json.dumps({"text": text}).encode("utf-8"),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        result = json.loads(response.read().decode("utf-8"))
    ranking = [i["name"] for i in result.get("intent_ranking", []) if i["name"] != "nlu_fallback"]
    return Prediction(ranking[0] if ranking else "nlu_fallback", result["intent"]["name"] == "nlu_fallback")


def print_scores(name: str, rows: Dict[str, Scores], sealed: bool) -> None:
    print(f"\n{name}{' (sealed: totals only)' if sealed else ''}")
    print(f"{'':12} {'strict':>7} {'right help':>11} {'fallback on dilemmas':>21} {'F1 themes':>10}")
    for model, s in rows.items():  # only the assistant has a fallback
        fallback = f"{s.fallback_on_dilemmas:21.3f}" if model == "assistant" else f"{'-':>21}"
        print(f"{model:12} {s.strict:7.3f} {s.right_help:11.3f} {fallback} {s.themes_f1:10.3f}")
    if not sealed:
        print_report(rows["assistant"].report, f"per intent, assistant ({name})")
        print_confusions(rows["assistant"].errors)


def heldout(workdir: Path) -> None:
    """The current model (trained on data/ by ./manage setup) and the baseline on every held-out set."""
    model = Path(os.environ["MODEL"])
    baseline = trained_baseline(read_all((ROOT / "data" / "nlu").glob("*.yml")))
    print(f"\nheld-out sets, model {model.name}; baseline: {BASELINE}")
    results = {}
    with nlu_server(model) as url:
        for heldout_set in HELDOUT_SETS:
            examples = read(heldout_set)
            rows = {"assistant": score(examples, [parse(url, e.text) for e in examples]),
                    "baseline": score(examples, baseline(examples))}
            sealed = heldout_set.name in SEALED
            print_scores(f"{heldout_set.name} ({len(examples)} examples)", rows, sealed)
            results[heldout_set.name] = {m: {k: getattr(s, k) for k in ("strict", "right_help",
                                                                       "fallback_on_dilemmas", "themes_f1")}
                                         for m, s in rows.items()}
    (OUT / "heldout.json").write_text(json.dumps(results, indent=2))


def cross_validation(workdir: Path) -> None:
    config = eval_config(workdir)
    out = OUT / "cv"
    seconds = _run(RASA + ["test", "nlu", "--nlu", "data/nlu", "--config", str(config), "--cross-validation",
                           "--folds", "5", "--out", str(out), "--quiet"])
    print(f"\n5-fold cross-validation ({seconds:.0f} s)")
    print_evaluation(out, "cross-validation, test folds")


def writers(workdir: Path) -> None:
    print(f"\nleave one group of writers out, accuracy; model {SETTINGS}; baseline: {BASELINE}")
    print(f"{'group':10} {'n':>5} {'assistant':>10} {'baseline':>9}")
    correct = {"assistant": 0, "baseline": 0}
    total = 0
    for group, training, test in writer_folds(list((ROOT / "data" / "nlu").glob("*.yml"))):
        row = {}
        texts, intents = [e.text for e in training], [e.intent for e in training]
        for name, model in (("assistant", IntentModel(**SETTINGS).fit(texts, intents, [e.theme for e in training])),
                            ("baseline", baseline().fit(texts, intents))):
            row[name] = sum(p == e.intent for p, e in zip(model.predict([e.text for e in test]), test))
            correct[name] += row[name]
        total += len(test)
        print(f"{group:10} {len(test):5} {row['assistant'] / len(test):10.3f} {row['baseline'] / len(test):9.3f}")
    print(f"{'pooled':10} {total:5} {correct['assistant'] / total:10.3f} {correct['baseline'] / total:9.3f}")


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


def print_timings(title: str, timings: List[float]) -> None:
    timings = sorted(timings)
    p95 = timings[int(0.95 * len(timings)) - 1]
    print(f"\n{title} over {len(timings)} messages: median {statistics.median(timings):.0f} ms, "
          f"p95 {p95:.0f} ms, max {timings[-1]:.0f} ms")


def latency(url: str, count: int = 200) -> None:
    timings = []
    for i in range(count):
        if i % len(LATENCY_MESSAGES) == 0:  # a new conversation
            sender = uuid.uuid4().hex
        start = time.perf_counter()
        send(url, sender, LATENCY_MESSAGES[i % len(LATENCY_MESSAGES)])
        timings.append((time.perf_counter() - start) * 1000)
    print_timings("REST latency", timings)


def webchat(site: str, count: int = 50) -> None:
    """From Enter on the chat page of the running web app to the reply shown, in headless chromium."""
    from playwright.sync_api import sync_playwright

    from bot.web.browser import launch, say, wait_for_reply

    timings = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 420, "height": 760})
        page.goto(site)
        wait_for_reply(page, 0)
        for i in range(count):
            if i and i % len(LATENCY_MESSAGES) == 0:  # a new conversation
                page.click("#nieuw")
                wait_for_reply(page, 0)
            start = time.perf_counter()
            say(page, LATENCY_MESSAGES[i % len(LATENCY_MESSAGES)])
            timings.append((time.perf_counter() - start) * 1000)
        page.screenshot(path=str(OUT / "webchat.png"))
        browser.close()
    print_timings("Web chat, message sent to reply shown", timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("steps", nargs="*", default=["heldout", "cv", "train"],
                        choices=["heldout", "cv", "train", "writers", "latency", "webchat", "deidentify"])
    parser.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}")
    parser.add_argument("--web", default=f"http://127.0.0.1:{os.environ.get('WEB_PORT', '8000')}")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"spaCy pipeline: {os.environ.get('SPACY_MODEL')}")
    with tempfile.TemporaryDirectory() as workdir:
        for step in args.steps:
            if step == "latency":
                latency(args.url)
            elif step == "webchat":
                webchat(args.web)
            elif step == "deidentify":
                deidentify_eval.main()
            else:
                {"heldout": heldout, "cv": cross_validation, "train": training, "writers": writers}[step](Path(workdir))


if __name__ == "__main__":
    main()
