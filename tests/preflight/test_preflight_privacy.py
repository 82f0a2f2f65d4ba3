"""The privacy guard, rule by rule: what it blocks, what it warns about, what it leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.findings import Level
from preflight.privacy import policy_from_settings, scan
from support.preflight_helpers import check_one, codes, site_settings

POLICY = policy_from_settings(site_settings())


def found(text: str) -> set[tuple[str, str]]:
    return {(hit.code, hit.level.value) for hit in scan(text, POLICY)}


@pytest.mark.parametrize(
    "text",
    [
        "Call us for a fever of 100.4°F (38 °C) or higher, or 38.5 C in older kids.",
        "Give 5 mL, or 10 mg/kg, or 2.5 mL every 6 hours; the liquid has 160 mg/5 mL.",
        "Kids 6 months to 17 years can have it; a 4-year-old or an 89-year-old grandpa.",
        "In 2026 we expect an early flu season, like 2024-2025.",
        "Most 22 lb toddlers are 12 months old; 90 percent of kids and 10% of babies.",
        "Call 217-555-0134, fax 217-555-0135, or visit 120 Maple Street, Springfield, IL 62701.",
        "Call 911. Call or text 988. Poison Control: 1-800-222-1222.",
        "May is sunscreen month. Will your child need a booster? Grace and Hope matter.",
        "Mark your calendar. Faith in vaccines is earned. Travel to Jordan needs shots.",
        "In May the pollen peaks; by June it is lower. See you in April.",
        "Dr. Ana Rivera and Dr. Rivera answer questions.",
        "Babies born between October 1 and March 31 get the shot; born after October 1, 2025.",
        "Flu clinics run every Saturday in October; our office is closed on December 25.",
        "Follow @AmerAcadPeds for news, or read https://www.healthychildren.org/English/.",
        "Take into account 2 things. Page 3 of the form. Room 12 is on the left.",
        "Give 1/2 teaspoon with a 10-12 lb baby; ages 2-5 need 3/4 of a dose.",
        "Kawasaki disease and Reye's syndrome; Down syndrome; St. Louis Children's Hospital.",
        "Read Curious George Goes to the Hospital; Sophie the Giraffe is a teether.",
        "Call 217-555-0134 ext. 2 for the nurse. The Mayo Clinic has a fever guide.",
        "Washington state had a measles outbreak in 2019. Lyme disease comes from ticks.",
        "Flu shots for the whole family; the same kids get colds all winter.",
    ],
)
def test_ordinary_health_text_is_never_flagged(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("Write to sara.k@gmail.com for tips.", "privacy-email", "BLOCK"),
        ("Her cell is 555-0187.", "privacy-phone", "BLOCK"),
        ("Call the dad at (312) 555-7788.", "privacy-phone", "BLOCK"),
        ("The fax went to 217.555.0199 today.", "privacy-fax", "BLOCK"),
        ("SSN 123-45-6789 was on the form.", "privacy-ssn", "BLOCK"),
        ("The result for MRN: 00457812 is back.", "privacy-record-number", "BLOCK"),
        ("Policy number 88123-44 was denied.", "privacy-health-plan", "BLOCK"),
        ("DOB 04/02/2021, shots up to date.", "privacy-dob", "BLOCK"),
        ("She was born on June 3, 2024 at 30 weeks.", "privacy-dob", "BLOCK"),
        ("They live at 77 W. Elm Street in town.", "privacy-address", "BLOCK"),
        ("He lives in Peoria, Illinois 61602.", "privacy-zip", "BLOCK"),
        ("Her 96-year-old great-grandma held the baby.", "privacy-age", "BLOCK"),
        ("He is ninety-three years old and still hugs the baby.", "privacy-age", "BLOCK"),
        ("See https://www.instagram.com/baby.jonah.story/ for updates.", "privacy-social", "BLOCK"),
        ("Follow her at @twinmama_ilinois on TikTok.", "privacy-social", "BLOCK"),
        ("Ava had a fever of 103 all weekend.", "privacy-name", "WARN"),
        ("We treated little Grace for croup.", "privacy-name", "WARN"),
        ("Thanks to the Okafor family for sharing.", "privacy-name", "BLOCK"),
        ("A.B., age 6, had strep twice.", "privacy-name", "WARN"),
        ("My patient had a bad rash.", "privacy-anecdote", "WARN"),
        ("A dad brought in his son with a cut.", "privacy-anecdote", "WARN"),
        ("In clinic today a baby had pink eye.", "privacy-anecdote", "WARN"),
        ("She came in on March 3 with a rash.", "privacy-date", "WARN"),
    ],
)
def test_each_rule_catches_its_kind_of_leak(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text)


def test_a_phrase_split_over_two_lines_is_found_and_placed_on_its_first_line(
    tmp_path: Path,
) -> None:
    report = check_one(tmp_path, "Title: Croup\n\nCroup is common. Last week my\npatient had it.\n")
    [finding] = [f for f in report.findings if f.code == "privacy-anecdote"]
    assert (finding.line, finding.col) == (3, 28)


def test_published_metadata_is_checked_too(tmp_path: Path) -> None:
    note = "Title: Call Jen at 312-555-7788\nX: Emma's fever finally broke today\n\nA note.\n"
    report = check_one(tmp_path, note)
    by_code = {f.code: f for f in report.findings}
    assert (by_code["privacy-phone"].line, by_code["privacy-phone"].col) == (1, 20)
    assert (by_code["privacy-name"].line, by_code["privacy-name"].col) == (2, 4)


def test_a_warn_blocks_until_the_doctor_attests(tmp_path: Path) -> None:
    text = "Title: Ear pain\n{attest}\nSophia had five ear infections before she was 2.\n"
    warned = check_one(tmp_path / "a", text.format(attest=""))
    [finding] = [f for f in warned.findings if f.code == "privacy-name"]
    assert finding.level is Level.WARN and finding.blocking and not warned.ok
    assert "run `.venv/bin/invoke attest content/notes/note.md`" in finding.message
    assert "run `.venv/bin/invoke attest <path of the note>`" in warned.summary()

    attest = f"Deidentified: yes {finding.fingerprint}\n"
    attested = check_one(tmp_path / "b", text.format(attest=attest))
    [finding] = [f for f in attested.findings if f.code == "privacy-name"]
    assert finding.level is Level.INFO and not finding.blocking and attested.ok


def test_attestation_never_lets_a_block_through(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Title: T\nDeidentified: yes\n\nText her at 312-555-7788.\n")
    assert ("privacy-phone", "BLOCK") in codes(report)
    assert not report.ok


def test_drafts_are_checked_because_pelican_publishes_them_at_drafts(tmp_path: Path) -> None:
    text = "Title: T\nStatus: draft\n\nText her at 312-555-7788.\n"
    report = check_one(tmp_path / "a", text)
    assert ("privacy-phone", "BLOCK") in codes(report)
    unpublished = check_one(tmp_path / "b", text, DRAFT_SAVE_AS="")
    [finding] = [f for f in unpublished.findings if f.code == "privacy-phone"]
    assert finding.level is Level.INFO and finding.message.startswith("(draft")
    assert unpublished.ok


def test_the_allowlists_come_from_the_settings(tmp_path: Path) -> None:
    # (Introduced by a role, "our nurse Jessica", a name is the team's and passes without
    # the setting; said bare, only STAFF_NAMES tells it apart from a patient's.)
    note = "Title: T\n\nCall 217-555-0134. Jessica will check the fever again tomorrow.\n"
    assert codes(check_one(tmp_path / "a", note)) == {("privacy-name", "WARN")}
    moved = check_one(
        tmp_path / "b", note, PRACTICE_PHONE="+1 217-555-0100", STAFF_NAMES=["Jessica Lopez"]
    )
    assert codes(moved) == {("privacy-phone", "BLOCK")}


def test_a_social_link_on_the_allowlist_passes(tmp_path: Path) -> None:
    # (not the practice's own: a handle spelled from its name passes, see round 18)
    url = "https://www.instagram.com/sunnyside_kids_clinic"
    note = f"Title: T\n\nFollow us at {url} for reminders.\n"
    assert ("privacy-social", "BLOCK") in codes(check_one(tmp_path / "a", note))
    allowed = check_one(tmp_path / "b", note, PRIVACY_SOCIAL_ALLOWLIST=[url])
    assert ("privacy-social", "BLOCK") not in codes(allowed)


def test_a_notes_own_author_is_not_a_patient(tmp_path) -> None:
    """A group practice's doctors sign their notes (`Author:`); their name in the note, its
    file name or its address is theirs, not a patient's."""
    from preflight.context import CheckContext
    from preflight.runner import check_content

    notes = tmp_path / "content" / "notes"
    notes.mkdir(parents=True)
    (notes / "kim-note.md").write_text(
        "Title: Fevers\nAuthor: Dr. Kim\n\nDr. Kim on fevers: fluids and rest.\n",
        encoding="utf-8")
    (notes / "kim-nguyen.md").write_text(
        "Title: Fevers\n\nKim Nguyen came in with a fever and an ear infection.\n",
        encoding="utf-8")
    report = check_content(CheckContext(tmp_path, tmp_path / "content", {}))
    flagged = {f.path for f in report.findings if f.code == "privacy-name" and f.blocking}
    assert flagged == {"content/notes/kim-nguyen.md"}


def test_us_states_and_cities_by_their_spanish_names_are_not_people(tmp_path) -> None:
    """Found trying it as a new user: "Nueva York" read as a person named York."""
    from preflight.context import CheckContext
    from preflight.runner import check_content

    notes = tmp_path / "content" / "notes"
    notes.mkdir(parents=True)
    (notes / "viajes.md").write_text(
        "Title: Viajes\nLang: es\n\nLos Ángeles y Nueva York tienen clínicas para la fiebre. "
        "En Carolina del Norte y Pensilvania también.\n", encoding="utf-8")
    (notes / "leak.md").write_text(
        "Title: Fiebre\nLang: es\n\nYork Ramírez vino a la clínica con fiebre.\n",
        encoding="utf-8")
    report = check_content(CheckContext(tmp_path, tmp_path / "content", {}))
    flagged = {f.path for f in report.findings if f.code == "privacy-name" and f.blocking}
    assert flagged == {"content/notes/leak.md"}


def test_a_person_from_a_big_place_is_still_a_person(tmp_path) -> None:
    from preflight.context import CheckContext
    from preflight.runner import check_content

    notes = tmp_path / "content" / "notes"
    notes.mkdir(parents=True)
    (notes / "visita.md").write_text(
        "Title: Visita\nLang: es\n\nAna López de Nueva York vino a la clínica con fiebre.\n",
        encoding="utf-8")
    report = check_content(CheckContext(tmp_path, tmp_path / "content", {}))
    assert any(f.code == "privacy-name" and f.blocking for f in report.findings)
