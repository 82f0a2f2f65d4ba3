"""Reading level: grade and hardest words on plain text, never blocking, and never online."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from preflight.findings import Level
from preflight.readability import hardest_words, plain_text
from support.preflight_helpers import REPO, check_one

HARD = (
    "Title: Antipyretics\n\n"
    "Administration of antipyretic medications should be individualized according to "
    "the physiological characteristics, comorbidities and developmental considerations of "
    "each pediatric patient, particularly regarding hepatotoxicity and nephrotoxicity.\n"
)
EASY = (
    "Title: Fever\n\n"
    "A fever is the body fighting germs. Give your child lots to drink. Let them rest. "
    "Call us if the fever lasts more than three days or your baby is under three months.\n"
)


def test_a_hard_note_gets_a_warn_that_names_the_hardest_words(tmp_path: Path) -> None:
    report = check_one(tmp_path, HARD)
    [finding] = [f for f in report.findings if f.code == "reading-level"]
    assert finding.level is Level.WARN and not finding.blocking
    assert (finding.line, finding.col) == (3, 1)
    assert "hepatotoxicity" in finding.message and "grade 8" in finding.message
    assert report.ok
    assert "1 advice (reading level), which does not stop it" in report.summary()


def test_an_easy_note_passes_and_the_limit_is_a_setting(tmp_path: Path) -> None:
    assert not check_one(tmp_path / "a", EASY).findings
    strict = check_one(tmp_path / "b", EASY, READING_GRADE_MAX=1)
    assert [f.code for f in strict.findings] == ["reading-level"]


def test_markdown_is_stripped_and_only_sentences_are_read() -> None:
    text = plain_text(
        "# Doses\n\n- Give [acetaminophen](https://example.org/a) now\n"
        "![alt text](x.png)\n<!-- note to self -->\n| Weight | Dose |\n|---|---|\n"
        "| 12 lb | 2.5 mL |\nGive it with [food](https://example.org/f).\n**Call** us at `911`"
    )
    assert text == "Give it with food. Call us at 911."


def test_a_list_or_a_table_never_reads_as_a_high_grade(tmp_path: Path) -> None:
    note = ("Give the dose that matches your child's weight. Use the syringe that comes with "
            "the medicine. Call us if the fever lasts more than three days.\n\n"
            "| Weight | Acetaminophen 160 mg per 5 mL | Ibuprofen 100 mg per 5 mL |\n"
            "|---|---|---|\n| 12 to 17 lb | 2.5 mL every 4 to 6 hours | ask us first |\n"
            "| 18 to 23 lb | 3.75 mL every 4 to 6 hours | 3.75 mL every 6 to 8 hours |\n\n"
            "- acetaminophen, ibuprofen, electrolyte solutions, antipyretic combinations\n"
            "- thermometers: rectal, temporal artery, tympanic, axillary measurements\n")
    assert not check_one(tmp_path / "t", note).findings


def test_the_warning_says_it_in_a_parents_words(tmp_path: Path) -> None:
    strict = check_one(tmp_path / "b", EASY, READING_GRADE_MAX=1)
    message = strict.findings[0].message
    assert "harder than most parents read comfortably (grade " in message
    assert "Flesch" not in message


def test_hardest_words_come_first_by_syllables() -> None:
    assert hardest_words("The ibuprofen and acetaminophen and the cat.")[:2] == [
        "acetaminophen", "ibuprofen",
    ]


OFFLINE_PRELUDE = """
import socket, sys
def refuse(*args, **kwargs):
    raise RuntimeError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import nltk
nltk.download = refuse
sys.path.insert(0, {plugins!r})
"""


def run_offline(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter with no NLTK data and every network call refused."""
    script = OFFLINE_PRELUDE.format(plugins=str(REPO / "plugins")) + textwrap.dedent(code)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk")}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.slow
def test_grading_works_with_no_network_and_no_nltk_data(tmp_path: Path) -> None:
    done = run_offline(
        """
        from preflight.readability import grades
        fk, smog = grades("Acetaminophen helps a fever. Give it every six hours.")
        print(round(fk, 1), round(smog, 1))
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    fk, smog = map(float, done.stdout.split())
    assert 0 < fk < 12 and smog > 3


def test_plain_textstat_would_have_gone_online(tmp_path: Path) -> None:
    """The control: the same setup makes unpatched textstat fail, so the test above can fail."""
    done = run_offline(
        """
        import textstat
        textstat.flesch_kincaid_grade("Acetaminophen helps a fever.")
        """,
        tmp_path,
    )
    assert done.returncode != 0
    assert "network used" in done.stderr
