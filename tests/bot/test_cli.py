"""The command line as scripts use it: JSON shapes of the contract, exit codes, claim files."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest
import yaml

from bot.settings import Settings
from flows.engine import Engine
from flows.models import Turn
from tests.bot.conftest import Cli
from tests.e2e.slack_fakes import SIGNING_SECRET

CLAIMS = Path(__file__).parent.parent / "fixtures" / "claims"


def test_ask_json_has_the_contract_shape_and_cites_sources(cli: Cli) -> None:
    result = cli("ask", "got CO-16 N350 on an e1399 line, now what?", "--json")
    assert result.returncode == 0
    answer = json.loads(result.stdout)
    assert {"answered", "entry_id", "title", "text", "sources", "related", "score"} <= set(answer)
    assert answer["answered"] and answer["entry_id"] == "denial-co16-n350"
    assert "new claim" in answer["text"] and answer["sources"][0].startswith("https://")
    assert all({"entry_id", "title"} <= set(topic) for topic in answer["related"])


def test_codes_code_says_when_a_code_was_terminated(cli: Cli) -> None:
    text = cli("codes", "--code", "E2300").stdout
    assert "terminated 03/31/2024" in text and "Pricing indicator 32" in text


@pytest.mark.parametrize(
    ("typed", "meant"), [("EO240", "E0240"), ("eo24o", "E0240"), ("XO999", None)]
)
def test_codes_code_suggests_the_code_with_a_zero_for_a_letter_o(
    cli: Cli, typed: str, meant: str | None
) -> None:
    result = cli("codes", "--code", typed)
    assert result.returncode == 1 and "is not a HCPCS code" in result.stderr
    if meant is None:  # no real code reads so: no suggestion
        assert "did you mean" not in result.stderr
    else:
        assert f"did you mean {meant}, Bath/shower chair" in result.stderr


@pytest.mark.parametrize("typed", ["e 1399", "E-1399", " e1399 "])
def test_codes_code_reads_a_code_typed_with_a_space_or_hyphen(cli: Cli, typed: str) -> None:
    result = cli("codes", "--code", typed, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["code"] == "E1399"


@pytest.mark.parametrize(
    ("typed", "offered", "noc"),
    [("e0627", ["E0627"], "E1399"), ("K 0108", [], "K0108"), ("E0628", ["E0627"], "E1399")],
)
def test_codes_given_a_code_as_the_item_says_what_the_code_is(
    cli: Cli, typed: str, offered: list[str], noc: str
) -> None:
    result = json.loads(cli("codes", typed, "--json").stdout)
    codes = [c["code"] for c in result["candidates"]]
    assert codes[: len(offered)] == offered and "E0628" not in codes  # terminated: never offered
    assert result["noc"]["code"] == noc
    assert result["code_lookup"]["code"] == typed.replace(" ", "").upper()
    if typed == "E0628":
        assert "terminated 12/31/2016" in cli("codes", typed).stdout


def test_ask_json_says_an_answer_came_from_the_code_table(cli: Cli) -> None:
    answer = json.loads(cli("ask", "what is E0118?", "--json").stdout)
    assert {"answered", "entry_id", "title", "text", "sources", "related", "score"} <= set(answer)
    assert answer["answered"] is True and answer["entry_id"] is None
    assert answer["answered_from"] == "code_table" and answer["codes"][0]["code"] == "E0118"
    assert answer["sources"][0].startswith("https://")


def test_ask_json_abstains_on_questions_it_cannot_answer(cli: Cli) -> None:
    answer = json.loads(cli("ask", "what's the cpt for a level 4 office visit", "--json").stdout)
    assert answer["answered"] is False and answer["entry_id"] is None


def test_codes_json_has_candidates_noc_and_data_version(cli: Cli) -> None:
    result = cli("codes", "knee scooter", "--json", "--limit", "3")
    assert result.returncode == 0
    found = json.loads(result.stdout)
    assert found["query"] == "knee scooter" and found["data_version"] == "2026-01"
    assert found["candidates"][0]["code"] == "E0118" and len(found["candidates"]) <= 3
    assert found["candidates"][0]["medicare_coverage"] == "carrier_judgement"
    assert found["candidates"][0]["coverage_code"] == "C"
    assert set(found["noc"]) == {"code", "description", "why"}


@pytest.mark.parametrize(
    "typed", ["replacement sling for hoyer lift", "bath safety lift", "stander", "bed rail pads"]
)
def test_codes_json_scores_never_rise_down_the_list(cli: Cli, typed: str) -> None:
    """A script reading candidates[0] gets the best-ranked code, and no score below it says a
    code further down is surer."""
    found = json.loads(cli("codes", typed, "--json", "--limit", "5").stdout)["candidates"]
    scores = [c["score"] for c in found]
    assert scores and scores == sorted(scores, reverse=True)


def test_codes_says_what_its_percentage_measures(cli: Cli) -> None:
    # Ranked best first, the share of the item's words each descriptor covers need not fall
    # in order, so the line says what the figure is rather than calling it a "match".
    text = cli("codes", "bariatric shower chair, heavy duty, 600 lb capacity").stdout
    first = next(line for line in text.splitlines() if line.startswith("  E0240"))
    assert first.endswith("% of your description)") and "match" not in first


def test_codes_code_json_reports_termination(cli: Cli) -> None:
    found = json.loads(cli("codes", "--code", "E2300", "--json").stdout)
    assert found == {"code": "E2300", "description": found["description"], "valid": False,
                     "termination_date": "2024-03-31", "noc": False, "coverage_code": "C",
                     "medicare_coverage": "carrier_judgement",
                     "pricing_indicator": "32"}  # fmt: skip
    assert json.loads(cli("codes", "--code", "e1399", "--json").stdout)["noc"] is True


def test_codes_code_says_medicare_never_covers_a_bath_chair(cli: Cli) -> None:
    found = json.loads(cli("codes", "--code", "E0240", "--json").stdout)
    assert (found["coverage_code"], found["medicare_coverage"]) == ("M", "not_covered")
    text = cli("codes", "--code", "E0240").stdout
    assert "Medicare never covers this item" in text and "with GY" in text


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [(("ask", " "), 1, "question is empty"),
     (("codes", "--code", "Q1234"), 1, "not in the HCPCS table"),
     (("codes", "--code", "walker"), 1, "one letter and four digits"),
     (("codes", ""), 2, "needs an item description"),
     (("codes", "walker", "--limit", "0"), 2, "--limit"),
     (("frobnicate",), 2, "invalid choice")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="code")
def test_bad_input_exits_with_a_one_line_reason(cli: Cli, args: tuple[str, ...], code: int,
                                                message: str) -> None:  # fmt: skip
    result = cli(*args)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr


def checklist(cli: Cli, claim: str, *extra: str):
    return cli("checklist", "--claim", str(CLAIMS / claim), "--today", "2026-06-15", *extra)


def test_checklist_command_prints_the_contract_json(cli: Cli) -> None:
    result = checklist(cli, "medicare_denied_not_necessary.json", "--json")
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert {"code", "modifiers", "narrative", "checklist", "missing", "deadlines", "follow_up",
            "warnings"} <= set(outcome)  # fmt: skip
    assert outcome["deadlines"] == [
        {
            "id": "redetermination",
            "date": "2026-08-08",  # counted strictly from the 04/10/2026 decision
            "passed": False,
            "why": outcome["deadlines"][0]["why"],
        }
    ]
    # The legal last day (5 mail days, then the next workday) is offered only as a fallback.
    assert "presumed 5 days" in outcome["deadlines"][0]["why"]
    assert "allows until 08/13/2026" in outcome["deadlines"][0]["why"]


def test_checklist_markdown_is_readable_for_a_ticket(cli: Cli) -> None:
    result = checklist(cli, "medicare_ready_to_submit.json", "--markdown")
    assert result.returncode == 0
    assert (
        "**Narrative**" in result.stdout and "```\nBariatric shower commode chair" in result.stdout
    )
    assert "- ✅ Standard Written Order (SWO) (required): have" in result.stdout


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("invalid_wrong_enum", "payer.type"),
        ("invalid_bad_date", "date_of_service"),
        ("invalid_negative_price", "item.unit_price"),
        ("invalid_not_json", "not valid JSON"),
    ],
)
def test_invalid_claim_files_exit_1_naming_the_field(cli: Cli, name: str, field: str) -> None:
    result = checklist(cli, f"{name}.json.bad")
    assert result.returncode == 1
    assert field in result.stderr and "Traceback" not in result.stderr
    if field == "date_of_service":
        assert "YYYY-MM-DD" in result.stderr


def test_a_claim_file_saved_by_windows_notepad_with_a_bom_is_read(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "notepad.json"
    saved.write_bytes(b"\xef\xbb\xbf" + (CLAIMS / "medicare_ready_to_submit.json").read_bytes())
    result = cli("checklist", "--claim", str(saved), "--today", "2026-06-15", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["code"]


def test_a_claim_whose_description_carries_pasted_notes_is_read(cli: Cli, tmp_path: Path) -> None:
    claim = json.loads((CLAIMS / "medicare_ready_to_submit.json").read_text())
    claim["item"]["description"] += ". Notes: " + "pt uses it twice a day at home; " * 25
    saved = tmp_path / "long.json"
    saved.write_text(json.dumps(claim))
    result = cli("checklist", "--claim", str(saved), "--today", "2026-06-15", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["narrative"]) <= 80


def test_a_misspelt_claim_file_key_is_pointed_out_not_silently_dropped(
    cli: Cli, tmp_path: Path
) -> None:
    claim = json.loads((CLAIMS / "medicare_ready_to_submit.json").read_text(encoding="utf-8"))
    claim["date_of_servce"] = claim.pop("date_of_service")
    claim["documents"]["ordr"] = claim["documents"].pop("order")
    claim["notes"] = "extra keys are welcome"
    typo = tmp_path / "typo.json"
    typo.write_text(json.dumps(claim), encoding="utf-8")
    result = cli("checklist", "--claim", str(typo), "--today", "2026-06-15", "--json")
    assert result.returncode == 0
    warnings = "\n".join(json.loads(result.stdout)["warnings"])
    assert "'date_of_servce'" in warnings and "Did you mean 'date_of_service'?" in warnings
    assert "'documents.ordr'" in warnings and "'documents.order'" in warnings
    assert "notes" not in result.stderr and result.stderr.count("warning:") == 2


@pytest.mark.parametrize("price", ["12,50", "1,2"])
def test_a_decimal_comma_price_is_refused_not_billed_as_100_times_the_amount(
    cli: Cli, tmp_path: Path, price: str
) -> None:
    claim = json.loads((CLAIMS / "medicare_ready_to_submit.json").read_text(encoding="utf-8"))
    claim["item"]["unit_price"] = price
    path = tmp_path / "comma.json"
    path.write_text(json.dumps(claim), encoding="utf-8")
    result = cli("checklist", "--claim", str(path), "--today", "2026-06-15", "--json")
    assert result.returncode == 1 and "item.unit_price" in result.stderr
    assert "1,250.00" in result.stderr  # says what a valid comma looks like


def test_serve_without_a_token_exits_1_with_a_reason(
    cli: Cli, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = cli("serve", "--http", "--host", "127.0.0.1", "--port", "0")
    assert result.returncode == 1 and "SLACK_BOT_TOKEN is not set" in result.stderr


def test_serve_socket_without_either_token_names_both(
    cli: Cli, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    result = cli("serve", "--socket")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "SLACK_BOT_TOKEN" in line and "SLACK_APP_TOKEN" in line
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")  # then only the one still missing
    (line,) = cli("serve", "--socket").stderr.strip().splitlines()
    assert "SLACK_APP_TOKEN" in line and "SLACK_BOT_TOKEN" not in line


def test_ask_about_an_items_code_runs_the_code_search_like_the_chat(
    cli: Cli, engine: Engine
) -> None:
    question = "is there a code for a bariatric shower chair?"
    asked = cli("ask", question)
    chatted = engine.handle(Turn(conversation_key="t:ask", user_id="U1", text=question))
    assert asked.returncode == 0 and "E0240" in asked.stdout
    assert "E0240" in chatted[0].text and "K0108" not in asked.stdout
    answer = json.loads(cli("ask", question, "--json").stdout)
    assert answer["answered"] and answer["code_search"]["candidates"][0]["code"] == "E0240"


def test_codes_for_home_dialysis_says_it_is_not_a_dme_mac_claim_and_flags_mixed_usage(
    cli: Cli,
) -> None:
    result = cli("codes", "home dialysis machine")
    assert "E1699" in result.stdout and "ESRD payment" in result.stdout
    both = cli("codes", "wheelchair armrest", "--code", "E1399")
    assert both.returncode == 2 and "not both" in both.stderr


def test_codes_for_a_sterile_single_use_instrument_names_the_surgical_supply_noc(cli: Cli) -> None:
    assert "A4649" in cli("codes", "sterile single-use staple remover for the home nurse").stdout


def test_codes_item_works_in_the_terminal_chat(cli: Cli) -> None:
    result = cli("chat", stdin="codes knee walker\nquit\n")
    assert 'Specific HCPCS codes that may fit "knee walker"' in result.stdout
    assert "E0118" in result.stdout


def test_chat_export_writes_a_real_markdown_file_in_the_users_data_folder(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clone = tmp_path / "clone"  # where `make chat` runs: a clone of the repository
    clone.mkdir()
    monkeypatch.chdir(clone)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    answers = "\n".join(["intake", "medicaid", "skip", "OH", "bariatric bath bench", "none",
                         "equipment", "skip", "skip", "1", "skip", "skip", "standalone", "skip",
                         *["have"] * 8, "skip", "not submitted", "confirm", "export",
                             "quit"])  # fmt: skip
    result = cli("chat", stdin=answers + "\n")
    saved = list((tmp_path / "data" / "e1399-bot" / "exports").glob("e1399-outcome-*.md"))
    assert f"(saved as Markdown: {saved[0]})" in result.stdout and len(saved) == 1
    assert list(clone.iterdir()) == []  # nothing with claim details left in the clone
    text = saved[0].read_text()
    assert "**Code**" in text and "*Code*:" not in text
    store = tmp_path / "data" / "e1399-bot" / "e1399-bot.db"  # the default store
    private = {path: oct(path.stat().st_mode & 0o777) for path in (saved[0], store)}
    assert private == {saved[0]: "0o600", store: "0o600"}  # nobody else on the machine reads them


MEDICAID_BATH_BENCH = ["intake", "medicaid", "skip", "OH", "bariatric bath bench", "none",
                       "equipment", "skip", "skip", "1", "skip", "skip", "standalone", "skip",
                       *["have"] * 8, "skip", "not submitted", "confirm"]  # fmt: skip


def test_chat_history_outlives_a_new_intake_and_a_restart_of_the_chat(
    cli: Cli, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("E1399_EXPORT_DIR", str(tmp_path))
    first = cli("chat", stdin="\n".join([*MEDICAID_BATH_BENCH, "intake", "medicare", "quit"]))
    assert "Claim check for bariatric bath bench" in first.stdout
    again = cli("chat", stdin="history\nexport 1\nquit\n")
    assert "1. bariatric bath bench: Medicaid, finished" in again.stdout
    saved = list(tmp_path.glob("e1399-outcome-*.md"))
    assert len(saved) == 1 and f"(saved as Markdown: {saved[0]})" in again.stdout
    assert "**Claim check for bariatric bath bench**" in saved[0].read_text()


def test_chat_export_into_a_folder_it_cannot_write_says_so_and_carries_on(
    engine: Engine, tmp_path: Path
) -> None:
    from bot.terminal import run_chat

    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("")
    shown = io.StringIO()
    typed = "\n".join([*MEDICAID_BATH_BENCH, "export", "history", "quit"]) + "\n"
    code = run_chat(engine, io.StringIO(typed), shown, user="biller", export_dir=not_a_folder)
    assert code == 0 and "(not saved as a file:" in shown.getvalue()
    assert "1. bariatric bath bench: Medicaid" in shown.getvalue()


@pytest.mark.parametrize(
    "given",
    ["https://bot.example.org", "https://bot.example.org/", "https://bot.example.org/slack/events",
     "https://bot.example.org/slack/events/"],
)  # fmt: skip
def test_manifest_points_slack_at_the_events_path_once(cli: Cli, given: str) -> None:
    result = cli("manifest", "--url", given)
    assert result.returncode == 0
    urls = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if "url:" in line]
    assert urls and set(urls) == {"https://bot.example.org/slack/events"}


@pytest.mark.parametrize("mode", [("--url", "https://bot.example.org"), ("--socket",)])
def test_manifest_subscribes_to_the_events_the_bot_answers_and_logs(
    cli: Cli, mode: tuple[str, ...]
) -> None:
    """Slack sends only subscribed events: without app_uninstalled and tokens_revoked the log
    line docs/security.md promises when the app is removed would never be written."""
    manifest = yaml.safe_load(cli("manifest", *mode).stdout)
    events = manifest["settings"]["event_subscriptions"]["bot_events"]
    assert {"app_home_opened", "app_mention", "message.im"} <= set(events)
    assert {"app_uninstalled", "tokens_revoked"} <= set(events)


@pytest.mark.parametrize("given", ["http://bot.example.org", "bot.example.org", "https://"])
def test_manifest_refuses_an_address_slack_cannot_post_to(cli: Cli, given: str) -> None:
    result = cli("manifest", "--url", given)
    assert result.returncode == 1 and result.stdout == ""
    assert "https://" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_ask_json_answers_which_code_an_item_takes_from_the_code_search(cli: Cli) -> None:
    answer = json.loads(cli("ask", "bed exit alarm, NOC so E1399?", "--json").stdout)
    assert {"answered", "entry_id", "title", "text", "sources", "related", "score"} <= set(answer)
    assert answer["answered"] is True and answer["entry_id"] is None
    assert answer["answered_from"] == "code_table" and "*A9280*" in answer["text"]
    assert answer["code_search"]["query"] == "bed exit alarm"
    assert answer["code_search"]["noc"]["code"] == "A9280"
    rule = json.loads(cli("ask", "do I need an ABN for a bed exit alarm", "--json").stdout)
    assert rule["answered_from"] != "code_table" and rule["code_search"] is None


def test_an_item_question_in_the_terminal_chat_names_the_specific_code(cli: Cli) -> None:
    result = cli("chat", stdin="can we bill a bariatric commode as E1399\nquit\n")
    assert 'A specific HCPCS code likely fits "bariatric commode"' in result.stdout
    assert "E0168" in result.stdout and "will not recode it" in result.stdout


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("E1399_ALLOWED_CHANNELS", "#billing, CBILLING", "'#billing' is not a Slack channel id"),
        ("E1399_EXPERTS_CHANNEL", "experts", "'experts' is not a Slack channel id"),
        ("E1399_ALLOWED_USERGROUPS", "billing-team", "'billing-team' is not a Slack group id"),
        ("E1399_KB_LEADS", "U0LEAD1,jane@example.org", "'jane@example.org' is not a Slack user"),
        ("LOG_LEVEL", "verbose", "must be one of DEBUG, INFO, WARNING"),
        ("DATABASE_URL", "admin:hunter22@db/e1399", "must start with sqlite:/// or postgresql"),
        ("SLACK_API_TIMEOUT", "abc", "a valid number"),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_setting_the_bot_cannot_use_is_named_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    """A name where an id belongs, a level or URL the bot cannot read: one line naming the
    variable (and the id it could not use), exit 1, never a traceback or a password."""
    monkeypatch.setenv(variable, value)
    result = cli("serve", "--http", "--host", "127.0.0.1", "--port", "0")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"e1399-bot: {variable}: ") and said in line
    assert "hunter22" not in line and "abc" not in line


def test_serve_with_a_token_slack_cannot_check_says_so_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    """Slack cannot be reached to check the token (here nothing listens at SLACK_API_URL)."""
    # The port stays bound (and refuses connections, not listening) for the whole test: closed,
    # another test's server could take it and answer the token check.
    with socket.socket() as refusing:
        refusing.bind(("127.0.0.1", 0))
        closed = refusing.getsockname()[1]
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-not-a-real-token")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
        monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{closed}/api/")
        monkeypatch.setenv("DATABASE_URL", database_url)
        result = cli("serve", "--http", "--host", "127.0.0.1", "--port", "0")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()  # one line, no traceback
    assert line.startswith("e1399-bot: could not check SLACK_BOT_TOKEN")


@pytest.mark.parametrize(
    "secret", ["q", "changeme", "xoxb-1234-5678-abcdefabcdefabcdefabcdef", "8f14e45fceea167a5a36"]
)
def test_serve_refuses_a_signing_secret_that_cannot_be_slacks_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, database_url: str, secret: str
) -> None:
    """Every request would be refused as unsigned: say so at start, never echoing the value."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", secret)
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = cli("serve", "--http", "--host", "127.0.0.1", "--port", "0")
    assert result.returncode == 1 and "Serving" not in result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert "SLACK_SIGNING_SECRET does not look like a Slack signing secret" in line
    assert secret not in line


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_serve_on_a_port_that_cannot_exist_is_a_usage_error(cli: Cli, port: str) -> None:
    result = cli("serve", "--http", "--port", port)
    assert result.returncode == 2 and "--port must be a whole number from 0 to 65535" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_serve_on_a_port_already_in_use_says_so_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    """Another program (or a second `serve`) holds the port: one line and exit 1, not a
    "Serving ..." banner followed by a log line and exit code 3."""
    from tests.e2e.slack_fakes import FakeSlack

    fake = FakeSlack()  # the token checks out, so only the port is wrong
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.setenv("SLACK_API_URL", fake.url)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("E1399_SLACK_WORKERS", "0")
    try:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = str(taken.getsockname()[1])
            result = cli("serve", "--http", "--host", "127.0.0.1", "--port", port)
    finally:
        fake.close()
    assert result.returncode == 1 and "Serving" not in result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"e1399-bot: cannot listen on 127.0.0.1:{port}: ")


def test_a_database_folder_that_cannot_be_made_is_said_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'a-file' / 'bot.db'}")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    result = cli("serve", "--http", "--host", "127.0.0.1", "--port", "0")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()  # one line, no traceback
    assert line.startswith("e1399-bot: cannot create the database file: ")


def test_a_heroku_style_postgres_url_is_read_as_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://bot@db.internal/e1399")
    assert Settings().database_url == "postgresql+psycopg://bot@db.internal/e1399"


@pytest.mark.parametrize(
    ("today", "said"),
    [
        ("2026-08-03", "transmit by 5 p.m. ET on Friday 08/07/2026, the last business day"),
        ("2026-08-07", "today, Friday 08/07/2026, is the last business day before it"),
        ("2026-08-08", "Friday 08/07/2026, has passed: send it now"),
        ("2026-08-10", None),  # the safe date itself has gone by
    ],
)
def test_checklist_names_the_workday_before_a_saturday_deadline(
    cli: Cli, today: str, said: str | None
) -> None:
    # the redetermination's safe date is Saturday 08/08/2026: Friday 08/07 is the last business day
    result = cli("checklist", "--claim", str(CLAIMS / "medicare_denied_not_necessary.json"),
                 "--today", today)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "08/08/2026" in result.stdout
    if said is None:
        assert "08/07/2026" not in result.stdout
    else:
        assert said in result.stdout


def test_serve_over_http_listens_on_this_host_only_unless_told_otherwise() -> None:
    """A cautious admin's default: only a reverse proxy on the same host reaches the bot."""
    from bot.cli import build_parser

    assert build_parser().parse_args(["serve", "--http"]).host == "127.0.0.1"
    told = build_parser().parse_args(["serve", "--http", "--host", "0.0.0.0"])
    assert told.host == "0.0.0.0"
