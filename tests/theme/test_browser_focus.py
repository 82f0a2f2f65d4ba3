"""Keyboard focus is shown the same strong way on everything Tab reaches.

Found trying the site on a phone-sized window: the "More" menu's `<summary>` got only
Chromium's thin default ring (1 px, black on white), unlike every link and button (3 px,
the theme's focus colour), because the focus rule named only a, button and input.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const a = document.activeElement, s = getComputedStyle(a);
  return {tag: a.tagName, text: (a.textContent || '').trim().slice(0, 30),
          outline: s.outlineStyle + ' ' + s.outlineWidth};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_everything_tab_reaches_on_a_phone_has_the_themes_focus_outline(
    chromium, served_site, scheme: str
) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844},
                                   color_scheme=scheme)
    reached = []
    try:
        page = context.new_page()
        page.goto(served_site.base + "/notes/when-to-worry-about-a-cough/")
        for _ in range(12):
            page.keyboard.press("Tab")
            reached.append(page.evaluate(FOCUSED))
    finally:
        context.close()
    assert "SUMMARY" in {element["tag"] for element in reached}  # the phone's "More" menu
    weak = [element for element in reached if element["outline"] != "solid 3px"]
    assert weak == []
