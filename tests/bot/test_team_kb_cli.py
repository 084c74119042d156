"""The team knowledge base loop through the command line, as a team would run it (in process;
tests/e2e/test_team_kb_slack.py runs the server)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from tests.bot.conftest import Cli, CliResult
from tests.conftest import REPO

UNANSWERED = "how do we bill hospice patients for a nebulizer"
SIMILAR = "billing a nebulizer for a hospice patient?"
SOURCE = "https://www.cms.gov/medicare/payment/fee-for-service-providers/hospice"
SHORT = (
    "Hospice covers equipment related to the terminal illness: bill the hospice, not Part B, "
    "unless the item is unrelated to it."
)


@pytest.fixture
def kb_cli(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The command line in this process, on a fresh database; `content=` points at a folder."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'kb.db'}")

    def run(*args: str, content: Path | None = None) -> CliResult:
        if content:
            monkeypatch.setenv("E1399_CONTENT_DIR", str(content))
        else:
            monkeypatch.delenv("E1399_CONTENT_DIR", raising=False)
        return cli(*args)

    return run


def ask(kb_cli: Cli, question: str) -> dict:
    result = kb_cli("ask", question, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_declined_question_is_answered_by_the_team_once_a_lead_approves(kb_cli: Cli) -> None:
    assert ask(kb_cli, UNANSWERED)["answered"] is False
    assert ask(kb_cli, SIMILAR)["answered"] is False
    groups = json.loads(kb_cli("kb", "unanswered", "--json").stdout)
    assert [(g["question"], g["count"]) for g in groups] == [(UNANSWERED, 2)]
    assert set(groups[0]) == {"id", "question", "count", "last_asked"}

    drafted = kb_cli("kb", "answer", str(groups[0]["id"]), "--title", "Hospice patients and DME",
                  "--short", SHORT, "--source", SOURCE, "--by", "Ann")  # fmt: skip
    assert drafted.returncode == 0, drafted.stderr
    entry_id = drafted.stdout.strip()
    assert ask(kb_cli, UNANSWERED)["answered"] is False  # a draft is never served

    assert kb_cli("kb", "approve", entry_id, "--by", "Lead Lee").returncode == 0
    answer = ask(kb_cli, UNANSWERED)
    assert answer["answered"] and answer["entry_id"] == entry_id
    assert answer["origin"] == "team" and answer["reviewed_by"] == "Lead Lee"
    assert SHORT in answer["text"] and answer["sources"] == [SOURCE]
    assert json.loads(kb_cli("kb", "unanswered", "--json").stdout) == []
    assert ask(kb_cli, "got CO-16 N350 on an e1399 line, now what?")["origin"] == "content"

    assert kb_cli("kb", "retire", entry_id, "--by", "Lead Lee").returncode == 0
    assert ask(kb_cli, UNANSWERED)["answered"] is False


def test_questions_and_answers_with_identifiers_are_never_recorded(kb_cli: Cli) -> None:
    ask(
        kb_cli,
        "patient John Smith MBI 1EG4-TE5-MK73 needs a shower chair for hospice, how to bill?",
    )
    assert json.loads(kb_cli("kb", "unanswered", "--json").stdout) == []
    report = json.loads(kb_cli("kb", "report", "--json").stdout)
    assert sum(week["asked"] for week in report["weeks"]) == 0
    assert "1EG4" not in json.dumps(report)

    ask(kb_cli, UNANSWERED)
    for field, text in (("--short", SHORT + " Call Mrs. Jones back at 614-555-0199."),
                        ("--title", "DOB 01/02/1950 hospice")):  # fmt: skip
        args = {"--title": "Hospice patients and DME", "--short": SHORT, field: text}
        result = kb_cli("kb", "answer", "1", *[x for kv in args.items() for x in kv],
                     "--source", SOURCE, "--by", "Ann")  # fmt: skip
        assert result.returncode == 1 and "patient" in result.stderr.lower()
        assert "Traceback" not in result.stderr
    assert kb_cli("kb", "export").returncode == 1  # nothing approved, nothing written


def test_a_question_too_long_for_the_chat_is_refused_and_not_recorded(kb_cli: Cli) -> None:
    long = kb_cli("ask", "how do I bill a nebulizer for hospice? " * 130, "--json")
    assert long.returncode == 1 and "the limit is 2000 characters" in long.stderr
    assert "Traceback" not in long.stderr
    assert json.loads(kb_cli("kb", "unanswered", "--json").stdout) == []


def test_bad_answers_get_a_clear_reason(kb_cli: Cli) -> None:
    ask(kb_cli, UNANSWERED)
    short = kb_cli("kb", "answer", "1", "--title", "Hospice", "--short", "too short",
                "--source", SOURCE, "--by", "Ann")  # fmt: skip
    assert short.returncode == 1 and "short" in short.stderr
    untitled = kb_cli("kb", "answer", "1", "--title", "  ", "--short", SHORT,
                   "--source", SOURCE, "--by", "Ann")  # fmt: skip
    assert untitled.returncode == 1
    assert untitled.stderr.strip() == "e1399-bot: title: String should have at least 3 characters"
    url = kb_cli("kb", "answer", "1", "--title", "Hospice", "--short", SHORT,
              "--source", "not a url", "--by", "Ann")  # fmt: skip
    assert url.returncode == 1 and "sources" in url.stderr
    unknown = kb_cli("kb", "answer", "99", "--title", "Hospice", "--short", SHORT,
                  "--source", SOURCE, "--by", "Ann")  # fmt: skip
    assert unknown.returncode == 1 and "no unanswered question 99" in unknown.stderr
    assert kb_cli("kb", "approve", "team-7", "--by", "Lee").returncode == 1
    assert kb_cli("kb", "approve", "banana", "--by", "Lee").returncode == 1


def test_the_author_of_an_answer_cannot_approve_it(kb_cli: Cli) -> None:
    ask(kb_cli, UNANSWERED)
    kb_cli("kb", "answer", "1", "--title", "Hospice patients and DME", "--short", SHORT,
        "--source", SOURCE, "--by", "Zed")  # fmt: skip
    own = kb_cli("kb", "approve", "team-1", "--by", "zed ")
    assert own.returncode == 1 and "another lead" in own.stderr
    assert ask(kb_cli, UNANSWERED)["answered"] is False  # still a draft
    assert kb_cli("kb", "approve", "team-1", "--by", "Lee").returncode == 0
    again = kb_cli("kb", "approve", "team-1", "--by", "Zed")  # nor re-verify it later
    assert again.returncode == 1 and "another lead" in again.stderr
    reverified = kb_cli("kb", "approve", "team-1", "--by", "Lee")
    assert reverified.returncode == 0 and "was already approved: re-verified by Lee" in (
        reverified.stdout
    )


def test_an_answer_or_approval_by_nobody_is_refused(kb_cli: Cli) -> None:
    """A blank --by would record a draft with no author and an approval by no lead (and so
    slip past the check that the author cannot approve their own answer)."""
    ask(kb_cli, UNANSWERED)
    for blank in ("", "   "):
        drafted = kb_cli("kb", "answer", "1", "--title", "Hospice patients and DME",
                      "--short", SHORT, "--source", SOURCE, "--by", blank)  # fmt: skip
        assert drafted.returncode == 2 and "--by" in drafted.stderr
        assert "Traceback" not in drafted.stderr
    assert kb_cli("kb", "answer", "1", "--title", "Hospice patients and DME", "--short", SHORT,
                  "--source", SOURCE, "--by", "Zed").returncode == 0  # fmt: skip
    for command in ("approve", "retire"):
        by_nobody = kb_cli("kb", command, "team-1", "--by", " ")
        assert by_nobody.returncode == 2 and "--by" in by_nobody.stderr
    assert ask(kb_cli, UNANSWERED)["answered"] is False  # still a draft


def test_every_source_given_is_kept_however_the_flag_is_repeated(kb_cli: Cli) -> None:
    ask(kb_cli, UNANSWERED)
    other = "https://www.cms.gov/medicare/coverage/hospice"
    third = "https://med.noridianmedicare.com/web/jddme/topics/hospice"
    drafted = kb_cli("kb", "answer", "1", "--title", "Hospice patients and DME", "--short", SHORT,
                  "--source", SOURCE, "--source", other, third, "--by", "Ann")  # fmt: skip
    assert drafted.returncode == 0, drafted.stderr
    assert kb_cli("kb", "approve", drafted.stdout.strip(), "--by", "Lee").returncode == 0
    assert ask(kb_cli, UNANSWERED)["sources"] == [SOURCE, other, third]


@pytest.mark.slow  # checks the whole exported content, then answers from it
def test_export_writes_content_that_passes_content_check(kb_cli: Cli, tmp_path: Path) -> None:
    ask(kb_cli, UNANSWERED)
    kb_cli("kb", "answer", "1", "--title", "Hospice patients and DME", "--short", SHORT,
        "--source", SOURCE, "--confidence", "low", "--by", "Ann")  # fmt: skip
    kb_cli("kb", "approve", "team-1", "--by", "Lee")
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    exported = kb_cli("kb", "export", content=content)
    assert exported.returncode == 0, exported.stderr
    written = (content / "faq" / "team.yaml").read_text()
    assert "id: team-1" in written and "reviewed_by: Lee" in written
    assert "confidence: low" in written  # the confidence the writer chose
    check = kb_cli("content", "check", content=content)
    assert check.returncode == 0, check.stderr
    # The exported entry is served from content now, labelled as the team's, once: the
    # database's copy neither answers beside it nor shows up as its related topic.
    answer = json.loads(kb_cli("ask", UNANSWERED, "--json", content=content).stdout)
    assert answer["entry_id"] == "team-1" and answer["origin"] == "team"
    assert "team-1" not in [topic["entry_id"] for topic in answer["related"]]
    assert kb_cli("ask", UNANSWERED, content=content).stdout.count("Hospice patients and DME") == 1


def approve_one_answer(kb_cli: Cli) -> None:
    """One declined question answered by the team (no confidence chosen) and approved."""
    ask(kb_cli, UNANSWERED)
    kb_cli("kb", "answer", "1", "--title", "Hospice patients and DME", "--short", SHORT,
        "--source", SOURCE, "--by", "Ann")  # fmt: skip
    kb_cli("kb", "approve", "team-1", "--by", "Lee")


def test_an_answer_whose_writer_chose_no_confidence_is_exported_as_medium(
    kb_cli: Cli, tmp_path: Path
) -> None:
    approve_one_answer(kb_cli)
    target = tmp_path / "team.yaml"
    assert kb_cli("kb", "export", "--to", str(target)).returncode == 0
    written = target.read_text()
    assert "confidence: medium" in written and "confidence: high" not in written


def stamped_at(monkeypatch: pytest.MonkeyPatch, asked: dt.datetime, reported: dt.datetime) -> None:
    """The clock questions are stamped by, and the one `kb report` reads today from (UTC)."""
    monkeypatch.setattr("bot.kb_store.utcnow", lambda: asked)
    monkeypatch.setattr("bot.kb_cli.utcnow", lambda: reported)


SUNDAY_NIGHT = dt.datetime(2026, 12, 6, 23, 59, 59)  # in UTC; the week began Monday 11/30


def test_report_counts_per_week_and_entry_and_lists_top_unanswered(
    kb_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamped_at(monkeypatch, SUNDAY_NIGHT, SUNDAY_NIGHT)
    ask(kb_cli, UNANSWERED)
    ask(kb_cli, SIMILAR)
    ask(kb_cli, "who approves overtime for billers")
    ask(kb_cli, "got CO-16 N350 on an e1399 line, now what?")
    report = json.loads(kb_cli("kb", "report", "--json").stdout)
    week = report["weeks"][-1]
    assert week["week_of"] == "2026-11-30"
    assert (week["asked"], week["answered"], week["declined"]) == (4, 1, 3)
    assert report["entries"][0]["entry_id"] == "denial-co16-n350"
    assert [g["count"] for g in report["top_unanswered"]] == [2, 1]
    text = kb_cli("kb", "report").stdout
    assert "Top unanswered" in text and UNANSWERED in text


def test_a_question_stamped_after_the_reports_week_is_counted_in_it(
    kb_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another server's clock a little ahead stamped it Monday: the report still runs."""
    stamped_at(monkeypatch, SUNDAY_NIGHT + dt.timedelta(minutes=2), SUNDAY_NIGHT)
    ask(kb_cli, UNANSWERED)
    result = kb_cli("kb", "report", "--json")
    assert result.returncode == 0, result.stderr
    week = json.loads(result.stdout)["weeks"][-1]
    assert (week["week_of"], week["asked"]) == ("2026-11-30", 1)


def test_a_question_about_the_team_itself_is_answered_once_the_team_answers_it(
    kb_cli: Cli,
) -> None:
    question = "who on our team does appeals"
    assert ask(kb_cli, question)["answered"] is False  # the content never answers team questions
    group = json.loads(kb_cli("kb", "unanswered", "--json").stdout)[0]
    drafted = kb_cli("kb", "answer", str(group["id"]), "--title", "Who handles appeals here",
                  "--short", "Dana files our DME appeals; send her the remittance and records.",
                  "--source", SOURCE, "--by", "Ann")  # fmt: skip
    entry_id = drafted.stdout.strip()
    assert kb_cli("kb", "approve", entry_id, "--by", "Lead Lee").returncode == 0
    answer = ask(kb_cli, question)
    assert answer["answered"] and answer["entry_id"] == entry_id
    assert ask(kb_cli, "who on our team handles the coffee order")["entry_id"] != entry_id


def test_ask_answers_chit_chat_kindly_and_records_nothing(kb_cli: Cli) -> None:
    for said in ("thanks", "ok", "yes", "no", "hi", "?", "lol", "ok, thank you!"):
        answer = ask(kb_cli, said)
        assert answer["answered"] is False and answer["small_talk"] is True
        assert "Happy to help" in answer["text"]
    assert "Happy to help" in kb_cli("ask", "thx").stdout
    assert json.loads(kb_cli("kb", "unanswered", "--json").stdout) == []
    assert "small_talk" not in ask(kb_cli, f"thanks, {UNANSWERED}")  # a question is a question


def test_an_export_to_a_folder_that_does_not_exist_is_refused_not_made(
    kb_cli: Cli, tmp_path: Path
) -> None:
    approve_one_answer(kb_cli)
    typo = tmp_path / "contnet" / "faq" / "team.yaml"
    exported = kb_cli("kb", "export", "--to", str(typo))
    assert exported.returncode == 1
    assert len(exported.stderr.strip().splitlines()) == 1 and "contnet" in exported.stderr
    assert not (tmp_path / "contnet").exists()  # a typo makes no folder
