"""The held-out figures: strict and right-help accuracy, fallback rate, and the reader they rest on."""
from bot.nlp.evaluation import Prediction, score, trained_baseline, writer_folds
from bot.nlp.nludata import Example, read

HELDOUT = """version: "3.1"
nlu:
- intent: dilemma_geschenk
  examples: |
    - een [leverancier](gever) wil me [50 euro](bedrag) geven
- intent: dilemma_vermoeden_misstand
  examples:
  - text: |
      Een teamleider huurt het bedrijf van zijn zoon in.
    metadata:
      ook_goed: [dilemma_belangenverstrengeling]
  - text: Een collega neemt dozen papier mee naar huis.
    metadata:
      thema: dilemma_gemeentelijke_voorzieningen
- intent: faq/geschenk_grens
  examples: |
    - tot welk bedrag mag ik iets aannemen?
"""


def test_both_example_forms_are_read_with_markup_removed_and_metadata_kept(tmp_path):
    path = tmp_path / "set.yml"
    path.write_text(HELDOUT, encoding="utf-8")
    assert read(path) == [
        Example("een leverancier wil me 50 euro geven", "dilemma_geschenk"),
        Example("Een teamleider huurt het bedrijf van zijn zoon in.", "dilemma_vermoeden_misstand",
                ("dilemma_belangenverstrengeling",)),
        Example("Een collega neemt dozen papier mee naar huis.", "dilemma_vermoeden_misstand",
                theme="dilemma_gemeentelijke_voorzieningen"),
        Example("tot welk bedrag mag ik iets aannemen?", "faq"),
    ]


def test_an_intent_marked_also_right_counts_for_right_help_not_for_strict():
    examples = [Example("a", "dilemma_vermoeden_misstand", ("dilemma_belangenverstrengeling",)),
                Example("b", "dilemma_geschenk"), Example("c", "greet"), Example("d", "dilemma_uitnodiging")]
    predictions = [Prediction("dilemma_belangenverstrengeling"), Prediction("dilemma_geschenk", fell_back=True),
                   Prediction("greet", fell_back=True), Prediction("dilemma_geschenk")]
    scores = score(examples, predictions)
    assert scores.strict == 0.5
    assert scores.right_help == 0.75
    assert abs(scores.fallback_on_dilemmas - 1 / 3) < 1e-9  # greet is no dilemma
    assert [(labelled, predicted) for labelled, predicted, _ in scores.errors] == [
        ("dilemma_vermoeden_misstand", "dilemma_belangenverstrengeling"), ("dilemma_uitnodiging", "dilemma_geschenk")]


def test_the_baseline_learns_from_its_training_examples():
    training = [Example(t, "dilemma_geschenk") for t in ("fles wijn gekregen", "cadeaubon van leverancier",
                                                          "kerstpakket aangeboden")]
    training += [Example(t, "dilemma_uitnodiging") for t in ("uitnodiging voor een etentje", "gratis reis naar barcelona",
                                                              "vip-kaarten voor het concert")]
    predicted = trained_baseline(training)([Example("mag ik die fles wijn houden", ""),
                                            Example("een etentje bij de aannemer", "")])
    assert [p.intent for p in predicted] == ["dilemma_geschenk", "dilemma_uitnodiging"]


def test_each_group_of_writers_is_left_out_once_and_never_trains_on_itself(tmp_path):
    def nlu_file(name: str, *texts: str):
        examples = "".join(f"    - {text}\n" for text in texts)
        (tmp_path / name).write_text(f"nlu:\n- intent: greet\n  examples: |\n{examples}", encoding="utf-8")

    nlu_file("gesprek.yml", "hoi")
    nlu_file("stemmen_a.yml", "hallo")
    nlu_file("stemmen_b.yml", "goeiemorgen")
    nlu_file("stemmen5_kort.yml", "hey")
    folds = {group: ([e.text for e in training], [e.text for e in test])
             for group, training, test in writer_folds(list(tmp_path.glob("*.yml")))}
    assert folds == {"stemmen": (["hoi", "hey"], ["hallo", "goeiemorgen"]),
                     "stemmen5": (["hoi", "hallo", "goeiemorgen"], ["hey"])}
