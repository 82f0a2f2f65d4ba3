"""The preview's banner, read as the doctor reads it (found trying Rounds as a new user).

Another page named a note with its first finding in file order: a privacy WARN on a name,
while the BLOCK on the parent's phone number in the same sentence went unmentioned. And
the list under the banner's heading was in the browser's default serif, smaller than the
heading (`all:initial` on the list reset its font).
"""

from __future__ import annotations

import pytest
from writing.server import Notice, findings_banner

WARN = ('line 9:1 WARN privacy-name "Maria" looks like a person\'s name … Fix: remove or '
        "change the detail.")
BLOCK = 'line 9:31 BLOCK privacy-phone Phone number "217-555-0199" … Fix: remove it.'
NOTE = Notice("content/notes/ears.md", "notes/ears/index.html", (WARN, BLOCK), True)


def test_other_pages_name_a_notes_block_first_and_how_many_more() -> None:
    banner = findings_banner((NOTE,), "index.html")
    assert "content/notes/ears.md: line 9:31 BLOCK privacy-phone" in banner
    assert "(and 1 more: open the note&#x27;s page)" in banner
    assert "privacy-name" not in banner


def test_a_note_with_one_finding_says_just_that_one() -> None:
    alone = Notice("content/notes/ears.md", "notes/ears/index.html", (WARN,), True)
    banner = findings_banner((alone,), "index.html")
    assert "privacy-name" in banner and "more:" not in banner


@pytest.mark.browser
def test_the_banners_list_is_in_the_banners_own_font(chromium) -> None:
    context = chromium.new_context()
    try:
        page = context.new_page()
        for where in ("index.html", "notes/ears/index.html"):
            page.set_content("<!doctype html><html><body>"
                             + findings_banner((NOTE,), where) + "</body></html>")
            fonts = page.evaluate("""() => [...document.querySelectorAll(
                '#rounds-preview-findings strong, #rounds-preview-findings li')].map(e => {
                  const s = getComputedStyle(e); return s.fontFamily + ' ' + s.fontSize; })""")
            assert len(set(fonts)) == 1, (where, fonts)
    finally:
        context.close()
