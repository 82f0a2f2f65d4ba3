"""Round 20, from the misses of session 20's first six private sets (Miami, the Central
Valley, Houston, Montana, Chicago, Maine; dev sets once read). Each rule is tested both ways:
the leak stops, and the public word of the same shape passes.
"""

from __future__ import annotations

import pytest
from support.preflight_helpers import stopping_codes

# --- a capitalised word owning a relative, a body part or a symptom ------------------------

@pytest.mark.parametrize("text", [
    "Deja's dad does a fake sneeze every time and she laughs so hard she forgets to cry.",
    "P.S. Big thank-you to our little friend for letting us show how to brush. Junior's "
    "molars are a work in progress.",
    "Kaysen's mom called twice about the rash.",
])
def test_a_word_or_unknown_name_with_a_dad_or_molars_is_a_person(text: str) -> None:
    assert "privacy-name" in stopping_codes(text)


@pytest.mark.parametrize("text", [
    "In Disney's Encanto, Mirabel's sister Luisa carries everything.",
    "The Ford's engine was loud, so cover little ears at the car show.",
    "New York's kids need two doses of MMR before kindergarten.",
    "Kawasaki's disease is rare, but a fever for five days needs a visit.",
    "Tylenol's dose depends on weight, not age.",
])
def test_a_show_a_thing_or_a_place_owning_something_is_no_one(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)


# --- a tag that is a pediatric acronym ----------------------------------------------------------

def test_a_sids_tag_is_sids_and_a_childs_tag_still_stops(tmp_path) -> None:
    from support.preflight_helpers import check_one

    def privacy(text: str) -> set[str]:
        return {f.code for f in check_one(tmp_path, text).findings
                if f.code.startswith("privacy-") and f.blocking}

    advice = ("Title: Safe sleep by the numbers\nTags: safe sleep, sids\n\nAbout 3,500 babies "
              "die suddenly in their sleep each year. Back to sleep, in a crib, every time.\n")
    assert privacy(advice) == set()
    assert "privacy-name" in privacy(advice.replace("sids", "noor"))


@pytest.mark.parametrize("text", [
    "Swimmer's ear hurts when you tug the earlobe.",
    "Children's ears are more sensitive than adults'.",
    "Today's shots stand on the shoulders of the polio pioneers.",
])
def test_a_word_owning_an_ear_is_a_word(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)
