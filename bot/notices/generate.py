"""The Rasa side of the notice forms, generated from `bot.notices.form` (one place to change a field).

From the fields defined there this writes:
- in `domain.yml`, between the `# >>> generated: <part>` and `# <<< generated: <part>` lines: the
  `melding_*` slots with their mappings, the six `<type>_melding_form` forms, their validation
  actions, the action that asks for a story told before (`STORY_ASK_ACTION`) and the questions (`utter_ask_*`);
- `data/rules/meldingen_formulieren.yml`: the rules every notice form needs (Rasa rules take no
  parameters, so each form has its own copy).

A question asked the same way by several forms is one response `utter_ask_<slot>`; otherwise
each form has its own `utter_ask_<form>_<slot>` (Rasa asks with the latter first).

Usage: python -m bot.notices.generate          rewrite the files
       python -m bot.notices.generate --check  exit 1 if they are not what this writes
A test checks that the committed files equal this output.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Dict, List, Tuple

from bot.notices.form import ALL_SLOTS, FORMS, STORY_ASK_ACTION, YES_NO, Field, form_name
from bot.payloads import in_domain

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = ROOT / "domain.yml"
RULES = ROOT / "data" / "rules" / "meldingen_formulieren.yml"

# Intents that never fill a field from the text: they are handled by the rules for interruptions.
INTERRUPTIONS = ["stop", "gesprek_wissen", "human_handoff", "crisis", "faq", "bot_challenge", "dont_know"]
UNKNOWN_VALUE = "onbekend"


def _q(value: str) -> str:
    """A YAML scalar: JSON's double-quoted strings are valid YAML."""
    return json.dumps(value, ensure_ascii=False)


def _uses(slot: str) -> List[Tuple[str, Field]]:
    return [(notice_type, f) for notice_type, fields in FORMS.items() for f in fields if f.slot == slot]


def _mapping(kind: str, conditions: List[str], **items: str) -> List[str]:
    lines = [f"    - type: {kind}"] + [f"      {key}: {value}" for key, value in items.items()]
    return lines + ["      conditions:"] + conditions


def slots_part() -> List[str]:
    lines = []
    for slot in ALL_SLOTS:
        uses = _uses(slot)
        conditions = [f"      - {{active_loop: {form_name(t)}, requested_slot: {slot}}}" for t, _ in uses]
        f = uses[0][1]
        lines += [f"  {slot}:", "    type: any", "    influence_conversation: false", "    mappings:"]
        if f.entity:
            lines += _mapping("from_entity", conditions, entity=f.entity)
        not_intent = INTERRUPTIONS
        if f.kind == YES_NO:
            lines += _mapping("from_intent", conditions, intent="affirm", value="true")
            lines += _mapping("from_intent", conditions, intent="deny", value="false")
            not_intent = INTERRUPTIONS + ["affirm", "deny"]
        lines += _mapping("from_intent", conditions, intent="dont_know", value=UNKNOWN_VALUE)
        lines += _mapping("from_text", conditions, not_intent=f"[{', '.join(not_intent)}]")
    return lines


def forms_part() -> List[str]:
    lines = []
    for notice_type, fields in FORMS.items():
        lines += [f"  {form_name(notice_type)}:", f"    required_slots: [{', '.join(f.slot for f in fields)}]"]
    return lines


def actions_part() -> List[str]:
    return [f"  - validate_{form_name(notice_type)}" for notice_type in FORMS] + [f"  - {STORY_ASK_ACTION}"]


def questions() -> Dict[str, Field]:
    """Response name -> the field whose question it asks."""
    shared, own = {}, {}
    for slot in ALL_SLOTS:
        uses = _uses(slot)
        asked = {(f.question, f.buttons) for _, f in uses}
        if len(uses) > 1 and len(asked) == 1:
            shared[f"utter_ask_{slot}"] = uses[0][1]
        else:
            for notice_type, f in uses:
                own[f"utter_ask_{form_name(notice_type)}_{slot}"] = f
    # shared questions first, then per form in the order the form asks them
    order = {f"utter_ask_{form_name(t)}_{f.slot}": i for i, (t, f) in
             enumerate((t, f) for t, fields in FORMS.items() for f in fields)}
    return {**shared, **dict(sorted(own.items(), key=lambda item: order[item[0]]))}


def responses_part() -> List[str]:
    lines = []
    for name, f in questions().items():
        if not f.question:
            raise ValueError(f"field {f.slot} has no question")
        lines += [f"  {name}:", f"  - text: {_q(f.question)}"]
        if f.buttons:
            lines += ["    buttons:"] + [f"    - {{title: {_q(t)}, payload: {_q(in_domain(p))}}}" for t, p in f.buttons]
    return lines


PARTS = {"slots": slots_part, "forms": forms_part, "actions": actions_part, "responses": responses_part}
_REGION = re.compile(r"(?P<begin>^[ ]*# >>> generated: (?P<part>\w+)[^\n]*\n)(?P<body>.*?)(?P<end>^[ ]*# <<< generated: (?P=part)\n)",
                     re.M | re.S)


def render_domain(text: str) -> str:
    """`text` (domain.yml) with every generated region written anew."""
    found = set()

    def replace(match: re.Match) -> str:
        found.add(match["part"])
        return match["begin"] + "\n".join(PARTS[match["part"]]()) + "\n" + match["end"]

    result = _REGION.sub(replace, text)
    if found != set(PARTS):
        raise ValueError(f"domain.yml lacks the generated regions {sorted(set(PARTS) - found)}")
    return result


def render_rules() -> str:
    lines = [
        "# Generated from bot/notices/form.py by `python -m bot.notices.generate`: do not edit by hand.",
        "# The rules every notice form needs; they differ only in the form's name.",
        'version: "3.1"',
        "rules:",
    ]
    for notice_type in FORMS:
        form = form_name(notice_type)
        lines += [
            f"- rule: {notice_type} melding invullen",
            "  steps:",
            "  - action: action_melding_start",
            "  - slot_was_set:",
            f"    - melding_type: {notice_type}",
            f"  - action: {form}",
            f"  - active_loop: {form}",
            f"- rule: {notice_type} melding compleet, samenvatting",
            "  condition:",
            f"  - active_loop: {form}",
            "  steps:",
            f"  - action: {form}",
            "  - active_loop: null",
            "  - slot_was_set:",
            "    - requested_slot: null",
            "  - action: action_melding_samenvatting",
        ]
        for intent, answers in (("faq", ["utter_faq"]), ("human_handoff", ["utter_contact_persoon"]),
                                ("crisis", ["utter_crisis", "utter_na_crisis"]), ("bot_challenge", ["utter_ben_bot"])):
            lines += [
                f"- rule: {intent} tijdens {form}",
                "  condition:",
                f"  - active_loop: {form}",
                "  steps:",
                f"  - intent: {intent}",
                *(f"  - action: {answer}" for answer in answers),
                f"  - action: {form}",
                f"  - active_loop: {form}",
            ]
        lines += [
            f"- rule: stoppen tijdens {form}",
            "  condition:",
            f"  - active_loop: {form}",
            "  steps:",
            "  - intent: stop",
            "  - action: action_deactivate_loop",
            "  - active_loop: null",
            "  - action: utter_gestopt",
            f"- rule: gesprek wissen tijdens {form}",
            "  condition:",
            f"  - active_loop: {form}",
            "  steps:",
            "  - intent: gesprek_wissen",
            "  - action: action_deactivate_loop",
            "  - active_loop: null",
            "  - action: utter_gesprek_gewist",
        ]
    return "\n".join(lines) + "\n"


def outputs() -> Dict[Path, str]:
    return {DOMAIN: render_domain(DOMAIN.read_text(encoding="utf-8")), RULES: render_rules()}


def main(argv: List[str]) -> int:
    stale = [path for path, text in outputs().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is not what bot/notices/form.py generates: "
                  "run python -m bot.notices.generate", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs().items():
        if path in stale:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
