"""The practice's own texts (DISCLAIMER, PRACTICE_HOURS) for a page in a given language.

The theme's words follow a note's `Lang:` (words.py), but the practice's texts are settings
written in the site's language: a `Lang: es` note showed the English disclaimer and office
hours to the Spanish-reading parent it was written for. PRACTICE_TRANSLATIONS gives them in
other languages (declared and checked in `common.settings`); this is the one place that
picks, for a page, its language's translation or else the site's text, and says which
`lang` each text must be marked with (WCAG 3.1.2): none when it is in the page's language.
The footer, the JSON-LD and anything else that prints these texts read them from here.

Pure: settings in, values out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from common.settings import setting_of

#: Office hours as (days, hours) pairs, in the order they are shown.
Hours = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PracticeTexts:
    """The practice's texts for one page, each with the `lang` to mark it with: "" when it
    is in the page's language, else the site's language (no translation for this one)."""

    disclaimer: str
    disclaimer_lang: str
    hours: Hours
    hours_lang: str


def _tag(lang: object) -> str:
    """A language code compared as written by anyone: "es_MX", "ES-mx" → "es-mx"."""
    return str(lang or "").strip().lower().replace("_", "-")


def _primary(lang: object) -> str:
    return _tag(lang).split("-")[0]


def translation_for(translations: Mapping[str, Mapping[str, Any]],
                    lang: object) -> Mapping[str, Any]:
    """The translated texts for a page in `lang`: its own code's ("es-MX"), else its
    language's ("es"); {} when there is none. A regional translation ("es-MX") is never
    given to a page of another region or none: its wording may not fit them."""
    by_tag = {_tag(code): texts for code, texts in translations.items()}
    return by_tag.get(_tag(lang)) or by_tag.get(_primary(lang)) or {}


def _hours(value: Any) -> Hours:
    return tuple((str(days), str(time)) for days, time in value or ())


def practice_texts(settings: Mapping[str, Any], lang: object = None) -> PracticeTexts:
    """The disclaimer and office hours a page in `lang` (its `Lang:`; None: the site's
    language) shows: the translation for its language where PRACTICE_TRANSLATIONS has one,
    unmarked; else the site's own text, marked with the site's language (DEFAULT_LANG) when
    the page is in another language. Each text is chosen by itself, so a translation that
    gives only the disclaimer still shows the site's hours, marked."""
    site = str(settings.get("DEFAULT_LANG") or "en")
    page = str(lang or "") or site
    translation = translation_for(setting_of(settings, "PRACTICE_TRANSLATIONS") or {}, page)
    mark = "" if _primary(page) == _primary(site) else site
    if "DISCLAIMER" in translation:
        disclaimer, disclaimer_lang = str(translation["DISCLAIMER"]), ""
    else:
        disclaimer, disclaimer_lang = str(settings.get("DISCLAIMER") or ""), mark
    if "PRACTICE_HOURS" in translation:
        hours, hours_lang = _hours(translation["PRACTICE_HOURS"]), ""
    else:
        hours, hours_lang = _hours(settings.get("PRACTICE_HOURS")), mark
    return PracticeTexts(disclaimer=disclaimer, disclaimer_lang=disclaimer_lang, hours=hours,
                         hours_lang=hours_lang)
