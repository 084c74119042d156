"""The team as chat tools, calendars, directories and signatures show it (a speaker's name, a
meeting's attendees, a colleague's family, a job or a team in the next cell, an office's line)
passes; a patient's identifier in a field typed a little off (a star too few in an X12 segment,
a field too many in HL7, a FHIR identifier typed by its text or its path, a name in quotes, an
MBI split into cells or cut by an ellipsis, an SSN in slashes after "soc", a house number OCR
misread, a surname in no list before the case's paperwork) is refused."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from flows.content import default_content_dir
from flows.phi import scan, use_rules


@pytest.mark.parametrize(
    "text",
    [
        "[Microsoft Teams] Sunniva Berg 9:05 AM\nis the Noridian portal down for anyone else?",
        "Zoom chat (AR huddle): Ingrid Solheim: remits posted through Friday",
        "[8:12 AM] Sunniva Berg\nis the Noridian portal down for anyone else?",
        "Google Chat - Arvo Lindahl: remits posted through Friday",
        "From Arvo Lindahl to Everyone 09:14 AM: fee schedule is posted",
        "Outlook invite 'Month-end close' - attendees: Sigrid Haugen; Arvo Lindahl; ar@dme.example",
        "calendar: fee schedule review · Organizer: Sigrid Haugen",
        "Sunniva's husband Per is driving the van today",
        "Lindahl, Arvo · Billing · Ely office",
        "Haugen, Sigrid, CHC — Compliance",
        "Haugen, Sigrid · AR · shaugen@lakeviewhme.example",
        "Thanks,\nArvo\nBilling Specialist · Lakeview HME · 218-555-0144",
        "the county's case management line 218-555-0147",
        "Interpreter Kalkidan Tesfaye (staff) covers Tuesdays",
        "Sigrid Haugen is out of office until Monday",
        "the Somali family who called wants the brochure in Somali",
        "the bus's van ramp is stuck again",
        "the Medicaid provider call center rep, Mr. Lindqvist, was great",
        "loaner sheet: B4 1EG4TE5MK73 | back in stock",
        "routing 041000124, acct ending 2231 - our operating account",
        "Medicaid ICN 2226163110044 came back denied",
        "part 4K07Q... is backordered until June",
        "Okonkwo's CMNs always come back unsigned",
        "Noridian ADR due Friday",
        "O2 at 2l via NC, 12l tank in the van",
        '{"name": [{"family": "Berg", "given": ["Sunniva"], "prefix": ["Dr."]}], "npi": "18216"}',
    ],
)
@pytest.mark.sweep(n=3)
def test_the_team_and_businesses_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("NM1*IL*1*****MI*WQX44018273~", "member_id"),
        ("NM1*IL*1*******MI*ZKP77120449~", "member_id"),
        ("PER*IC*PATIENT*TE*6125550143~", "phone"),
        ("PER*IC*SON*TE*6125550158~", "phone"),
        ("IN1|1|HP01||HEALTHPARTNERS||||||||||||||||||||||||||||||||||||HP77104422|", "member_id"),
        ('{"identifier": [{"type": {"text": "MRN"}, "value": "B77120334"}]}', "mrn"),
        ('"address": [{"line": ["88 Birch Hollow Rd"], "city": "Ely"}]', "address"),
        ('pt "Ingrid Solheim" on the AOB, is that her legal name?', "name"),
        ("client ~ Ingrid Solheim ~ tray delivered", "name"),
        ('web form: "my father Arvo Heikkinen still needs a new cushion"', "name"),
        ("Zoom chat (intake): Sigrid Haugen: pt is Ingrid Solheim, DOB 02/11/1941", "name"),
        ("[8:12 AM] Sunniva Berg\nIngrid Solheim called about her cushion", "name"),
        ("Google Chat - new pt Ingrid Solheim: DOB 02/11/1941", "name"),
        ("medicare|1EG4|TE5|MK73| from their export", "mbi"),
        ("soc 512/48/3391 per the guardian", "ssn"),
        ("MRN ending 4471 on the voicemail", "mrn"),
        ("Haugen, Sigrid · Medica 448102277", "member_id"),
        ("pt addr: 1500 ᴇ 2ɴᴅ ꜱᴛ, Ely", "address"),
        ("pt address (OCR): 3l8 Aspen Way, Apt 2", "address"),
        ('Coverage.subscriberId = "UCM44018822"', "member_id"),
        ("numero di cartella clinica 551203348", "mrn"),
        ("broj kartona: 3310-5521", "mrn"),
        ("pt read the first 5 off her card: 1EG4T...", "mbi"),
        ("the faxed card shows only the end: ...5MK73", "mbi"),
        ("Oyelaran SWO expired, need a new one", "name"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_patients_field_typed_a_little_off_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.slow  # compiles the guard's rules twice (for the copy, then content/ again)
def test_the_patient_and_visit_words_are_content_a_lead_can_change(tmp_path: Path) -> None:
    """The words that make a message a patient's case (no team talk) and a chat line a visit
    (no colleague's header) are read from content/rules/phi.yaml."""
    content = tmp_path / "content"
    shutil.copytree(default_content_dir(), content)
    rules_file = content / "rules" / "phi.yaml"
    text = rules_file.read_text(encoding="utf-8")
    # A reviewer takes "walker" out of the patient words and "mrs" out of the visit words.
    text = re.sub(r"(?m)^team_talk_patient_words: \[", "team_talk_patient_words: [zzz, ", text)
    text = text.replace(" claim, walker,", " claim,", 1)
    text = text.replace("member, mr, mrs, ms,", "member, mr, ms,", 1)
    rules_file.write_text(text, encoding="utf-8")
    listed = yaml.safe_load(text)
    assert "walker" not in listed["team_talk_patient_words"]
    assert "mrs" not in listed["chat_header_visit_words"]
    notice = "Out of office: Clark, Amanda returns Monday, walker orders to Tom"
    schedule = "Mrs. Ophelia Vantongeren  10:15 AM\nwalker delivery"
    assert scan(notice).kinds and scan(schedule).kinds
    try:
        use_rules(content)
        assert scan(notice).kinds == ()  # no patient word left: a colleague's notice
        assert scan(schedule).kinds == ()  # the line now reads as a colleague's chat header
    finally:
        use_rules(default_content_dir())
