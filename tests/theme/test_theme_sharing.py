"""Sharing metadata as data: Open Graph, Twitter Card and JSON-LD (no build)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from trust.sharing import Image, Page, absolute, script_safe_json, sharing_for

SETTINGS = {
    "SITEURL": "https://maple.example", "SITENAME": "Maple Street Pediatrics",
    "AUTHOR": "Ana Rivera", "AUTHOR_CREDENTIALS": "MD, FAAP", "AUTHOR_JOB_TITLE": "Pediatrician",
    "PRACTICE_NAME": "Maple Street Pediatrics", "PRACTICE_ADDRESS": "120 Maple Street",
    "PRACTICE_PHONE": "+1 217-555-0134", "PRACTICE_HOURS": [("Mon", "8–6")],
    "DEFAULT_LANG": "en",
}
WHEN = datetime(2026, 11, 2, 8, 30, tzinfo=timezone(timedelta(hours=-6)))


def page(**changes: object) -> Page:
    values: dict[str, object] = dict(
        title="Fever", url="notes/fever/", description="About fever", published=WHEN,
        reviewed=date(2026, 11, 3), tags=("fever",),
        image=Image("cards/fever-1.jpg", 1200, 630, "Fever — Maple Street Pediatrics"),
        sources=("AAP",),
    )
    values.update(changes)
    return Page(**values)  # type: ignore[arg-type]


def test_absolute_urls() -> None:
    assert absolute("https://a.example", "notes/x/") == "https://a.example/notes/x/"
    assert absolute("https://a.example/", "/x") == "https://a.example/x"
    assert absolute("", "notes/x/") == "/notes/x/"
    assert absolute("https://a.example", "https://cdn.example/i.jpg") == "https://cdn.example/i.jpg"


def test_script_safe_json_cannot_close_its_script_element() -> None:
    text = script_safe_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_note_sharing_has_every_field() -> None:
    sharing = sharing_for(page(), SETTINGS)
    meta = {key: value for _, key, value in sharing.meta}
    assert sharing.canonical == "https://maple.example/notes/fever/"
    assert meta["og:type"] == "article"
    assert meta["og:image"] == "https://maple.example/cards/fever-1.jpg"
    assert meta["og:image:secure_url"] == meta["og:image"]
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["article:published_time"] == "2026-11-02T08:30:00-06:00"
    assert meta["article:modified_time"] == "2026-11-02T08:30:00-06:00"
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["twitter:image:alt"] == "Fever — Maple Street Pediatrics"
    attributes = {key: attribute for attribute, key, _ in sharing.meta}
    assert attributes["og:title"] == "property" and attributes["twitter:card"] == "name"
    data = json.loads(sharing.jsonld)
    assert data["@type"] == "MedicalWebPage" and data["lastReviewed"] == "2026-11-03"
    assert data["publisher"]["medicalSpecialty"] == "Pediatric"
    assert data["author"] == {"@type": "Person", "name": "Ana Rivera",
                              "honorificSuffix": "MD, FAAP", "jobTitle": "Pediatrician"}
    assert data["citation"] == ["AAP"]


def test_no_review_date_means_no_last_reviewed() -> None:
    data = json.loads(sharing_for(page(reviewed=None), SETTINGS).jsonld)
    assert "lastReviewed" not in data and "reviewedBy" not in data


def test_pages_that_are_not_notes_have_no_article_fields() -> None:
    sharing = sharing_for(page(kind="website", published=None), SETTINGS)
    keys = [key for _, key, _ in sharing.meta]
    assert "article:published_time" not in keys and sharing.jsonld is None
    assert ("property", "og:type", "website") in sharing.meta


def test_without_an_image_the_card_is_a_summary() -> None:
    meta = {key: value for _, key, value in sharing_for(page(image=None), SETTINGS).meta}
    assert meta["twitter:card"] == "summary" and "og:image" not in meta


def test_a_note_in_another_language_says_so_to_search_engines_and_cards() -> None:
    """A `Lang: es` note: og:locale and the JSON-LD's inLanguage are Spanish (the page's
    `<html lang>` is set by the theme)."""
    spanish = sharing_for(page(lang="es"), SETTINGS)
    assert ("property", "og:locale", "es") in spanish.meta
    assert json.loads(str(spanish.jsonld))["inLanguage"] == "es"
    brazil = sharing_for(page(lang="pt-BR"), SETTINGS)
    assert ("property", "og:locale", "pt_BR") in brazil.meta
    site = sharing_for(page(lang="en"), SETTINGS)
    assert ("property", "og:locale", SETTINGS.get("OG_LOCALE", "en_US")) in site.meta
