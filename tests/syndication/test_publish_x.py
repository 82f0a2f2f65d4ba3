"""`invoke publish` end to end, in a subprocess, against the X emulator (DESIGN.md rules).

Each test connects X first (that publish records the sample note as existing-before), then
writes notes the way a doctor would and publishes again.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from support.syn_e2e import Site, e2e_site, url_of

# End to end: `invoke publish` in subprocesses against the X emulator.
pytestmark = pytest.mark.slow


@pytest.fixture
def site(project_dir, x_emulator):
    with e2e_site(project_dir, x_emulator) as site:
        yield site


def connect(site: Site) -> None:
    run = site.publish()
    assert run.code == 0, run.output
    assert "connected for the first time" in run.output
    assert site.emulator.posts == []


def test_a_new_note_is_posted_once_with_its_url_and_its_page_links_to_it(site):
    connect(site)
    site.note("rsv-season", "RSV season is here. Call us if breathing looks hard 🫁.")
    run = site.publish()
    assert run.code == 0, run.output
    posts = site.emulator.posts
    assert len(posts) == 1
    assert url_of("rsv-season") in posts[0].sent_text
    assert [u["expanded_url"] for u in posts[0].urls] == [url_of("rsv-season")]
    record = site.record("rsv-season")
    assert record["state"] == "posted" and record["remote_id"] == posts[0].id
    remote_url = f"https://x.com/{site.emulator.username}/status/{posts[0].id}"
    assert record["remote_url"] == remote_url
    page = site.page("rsv-season")
    assert f'href="{remote_url}"' in page and 'rel="syndication"' in page
    assert "pages rebuilt and redeployed" in run.output
    again = site.publish()
    assert again.code == 0, again.output
    assert len(site.emulator.posts) == 1 and site.emulator.create_calls == 1
    assert "nothing new to announce" in again.output


def test_an_archive_of_fifty_notes_is_never_flooded(site):
    start = datetime.now(UTC) - timedelta(days=10)
    for number in range(50):
        site.note(f"archive-{number:02d}", f"Archive note number {number} about colds.",
                  start + timedelta(hours=number))
    connect(site)
    every_note = list((site.root / "content" / "notes").glob("*.md"))  # archive + samples
    assert len(every_note) > 50
    assert len(site.records("existing-before")) == len(every_note)
    site.note("brand-new", "A brand new note about handwashing.")
    run = site.publish()
    assert run.code == 0, run.output
    assert [url_of("brand-new") in p.sent_text for p in site.emulator.posts] == [True]


def test_an_imported_old_note_waits_for_syndicate_post_then_goes_out_once(site):
    connect(site)
    site.note("imported", "An older note from the previous blog.",
              datetime.now(UTC) - timedelta(days=60))
    run = site.publish()
    assert run.code == 0, run.output
    assert site.emulator.posts == []
    assert "content/notes/imported.md is dated" in run.output
    assert ".venv/bin/invoke syndicate --post content/notes/imported.md" in run.output
    assert site.record("imported")["state"] == "held"
    chosen = site.invoke("syndicate", "--post", "content/notes/imported.md")
    assert chosen.code == 0, chosen.output
    assert len(site.emulator.posts) == 1
    assert url_of("imported") in site.emulator.posts[0].sent_text
    assert 'rel="syndication"' in site.page("imported")
    twice = site.invoke("syndicate", "--post", "content/notes/imported.md")
    assert twice.code == 0, twice.output
    assert "already on X" in twice.output and len(site.emulator.posts) == 1
    site.note("not-ready", "Still writing this one.", Status="draft")
    assert site.invoke("preview").code == 0
    draft = site.invoke("syndicate", "--post", "content/notes/not-ready.md")
    assert draft.code != 0 and "content/notes/not-ready.md is a draft" in draft.output
    missing = site.invoke("syndicate", "--post", "content/notes/nope.md")
    assert missing.code != 0 and "is not a note of the last published build" in missing.output
    assert len(site.emulator.posts) == 1


def test_drafts_hidden_opted_out_and_future_notes_are_held_until_due(site):
    connect(site)
    site.note("draft", "Not ready yet.", Status="draft")
    site.note("hidden", "Only for those with the link.", Status="hidden")
    site.note("opted-out", "Not for social media.", syndicate="no")
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=6)
    site.note("scheduled", "Flu shots start next week.", due)
    run = site.invoke("publish", "--verbose")  # the doctor's own choices: only when asked
    assert run.code == 0, run.output
    assert site.emulator.posts == []
    for words in ("content/notes/draft.md is a draft", "content/notes/hidden.md is hidden",
                  "content/notes/opted-out.md says `syndicate: no`",
                  "content/notes/scheduled.md is dated", "first publish after that"):
        assert words in run.output
    time.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()) + 1)
    later = site.publish()
    assert later.code == 0, later.output
    assert [url_of("scheduled") in p.sent_text for p in site.emulator.posts] == [True]
    assert site.publish().code == 0
    assert len(site.emulator.posts) == 1


def test_rate_limited_post_is_queued_until_the_reset_then_sent(site):
    connect(site)
    site.note("queued", "Sleep tips for toddlers.")
    reset = int(time.time()) + 600
    site.emulator.rate_limit_next(reset_at=reset)
    run = site.publish()
    assert run.code == 0, run.output
    assert "queued content/notes/queued.md for X" in run.output
    record = site.record("queued")
    assert record["state"] == "queued"
    assert record["next_attempt_at"] == datetime.fromtimestamp(reset, UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    early = site.invoke("syndicate")
    assert early.code == 0 and "queued for X until" in early.output
    assert site.emulator.posts == []
    after = (datetime.now(UTC) + timedelta(minutes=11)).isoformat()
    retry = site.invoke("syndicate", ROUNDS_NOW=after)
    assert retry.code == 0, retry.output
    assert len(site.emulator.posts) == 1 and site.record("queued")["state"] == "posted"


def test_server_errors_are_retried_then_queued_and_never_doubled(site):
    connect(site)
    site.note("retry", "Ear infections often clear up by themselves.")
    site.emulator.server_error_next(503, times=2)
    run = site.publish()
    assert run.code == 0, run.output
    assert site.emulator.create_calls == 3 and len(site.emulator.posts) == 1
    site.note("later", "Hydration in hot weather.")
    site.emulator.server_error_next(500, times=3)
    queued = site.publish()
    assert queued.code == 0, queued.output
    assert site.record("later")["state"] == "queued"
    after = (datetime.now(UTC) + timedelta(minutes=20)).isoformat()
    assert site.invoke("syndicate", ROUNDS_NOW=after).code == 0
    assert len(site.emulator.posts) == 2 and site.record("later")["state"] == "posted"


def test_a_post_accepted_but_never_answered_is_found_not_resent(site):
    connect(site)
    site.note("dropped", "Teething does not cause a high fever.")
    site.emulator.accept_then_drop()
    run = site.publish()
    assert run.code == 0, run.output
    assert len(site.emulator.posts) == 1 and site.emulator.create_calls == 1
    record = site.record("dropped")
    assert record["state"] == "posted" and record["remote_id"] == site.emulator.posts[0].id


def test_unauthorized_fails_with_the_fix_and_a_later_run_posts(site):
    connect(site)
    site.note("refused", "Car seats: rear-facing as long as possible.")
    site.emulator.unauthorized_next()
    run = site.publish()
    assert run.code != 0
    assert "X_API_KEY" in run.output and "Fix:" in run.output
    assert "Traceback" not in run.output
    assert site.record("refused")["state"] == "failed"
    assert site.invoke("syndicate").code == 0
    assert len(site.emulator.posts) == 1 and site.record("refused")["state"] == "posted"


def test_duplicate_content_counts_as_already_posted(site):
    connect(site)
    site.note("dupe", "Fever in babies under 3 months: call us.")
    preview = site.invoke("preview")
    assert preview.code == 0, preview.output
    text = next(line.split("│ ", 1)[1] for line in preview.output.splitlines() if "│" in line)
    existing = site.emulator.add_existing(text)
    run = site.publish()
    assert run.code == 0, run.output
    assert len(site.emulator.posts) == 1
    assert site.record("dupe")["remote_id"] == existing.id


def test_preview_mode_prints_the_message_and_records_nothing(site):
    site.note("preview", "Sunscreen for babies over 6 months.")
    run = site.invoke("publish", connected=False)
    assert run.code == 0, run.output
    assert "would post to X (" in run.output and "/280)" in run.output  # one line per note
    full = site.invoke("publish", "--verbose", connected=False)  # the exact text
    assert full.code == 0 and url_of("preview") in full.output, full.output
    assert not site.ledger_path.exists() and site.emulator.requests == []


def test_a_local_site_address_is_refused_when_x_is_connected(site):
    connect(site)
    site.note("local", "A note on a laptop.")
    run = site.publish(SITEURL="http://localhost:8000")
    assert run.code != 0
    assert "set SITEURL" in run.output and site.emulator.posts == []


def test_a_note_that_is_not_live_is_never_announced(site):
    connect(site)
    site.note("unpublished", "Built but never deployed.")
    assert site.invoke("preview").code == 0  # builds it, does not deploy it
    run = site.invoke("syndicate")
    assert run.code != 0
    assert "content/notes/unpublished.md" in run.output and "HTTP 404" in run.output
    assert site.emulator.posts == []


def test_a_read_only_app_fails_with_the_permissions_fix(site):
    connect(site)
    site.note("forbidden", "Sunburn: shade, hats and water.")
    site.emulator.forbidden_next("oauth1-permissions")
    run = site.publish()
    assert run.code != 0 and "Read and write" in run.output
    record = site.record("forbidden")
    assert record["state"] == "failed" and "Read and write" in record["fix"]
    assert site.emulator.posts == []


def test_dry_run_with_credentials_shows_the_message_and_records_nothing(site):
    connect(site)
    site.note("dry", "Vitamin D drops for breastfed babies.")
    assert site.invoke("publish", connected=False).code == 0  # deployed, not posted
    before = site.ledger_path.read_text()
    run = site.invoke("syndicate", "--dry-run")
    assert run.code == 0, run.output
    assert "would post to X (" in run.output and url_of("dry") in run.output
    assert site.ledger_path.read_text() == before and site.emulator.posts == []


def test_over_the_daily_budget_is_queued_and_said_plainly(site):
    with (site.root / "pelicanconf.py").open("a") as settings:
        settings.write('\nSYNDICATION_BUDGETS = {"x": {"daily": 1, "monthly": 500}}\n')
    connect(site)
    site.note("first", "Handwashing songs that last twenty seconds.")
    site.note("second", "Why we ask about sleep at every visit.")
    run = site.publish()
    assert run.code == 0, run.output
    assert len(site.emulator.posts) == 1
    assert "over the daily budget of 1 posts for X" in run.output
    queued = site.records("queued")
    assert len(queued) == 1 and "daily budget" in queued[0]["reason"]
    tomorrow = (datetime.now(UTC) + timedelta(days=1, hours=1)).isoformat()
    assert site.invoke("syndicate", ROUNDS_NOW=tomorrow).code == 0
    assert len(site.emulator.posts) == 2


def test_long_notes_in_any_language_fit_x_and_280_exactly_goes_out_whole(site):
    connect(site)
    long_english = ("When your child has a cold, the mucus may turn yellow or green after a "
                    "few days. That is normal and does not mean antibiotics are needed. ") * 4
    long_spanish = ("Cuando su hijo tiene un resfriado, la mucosidad puede volverse amarilla o "
                    "verde después de unos días. Es normal y no significa que necesite "
                    "antibióticos. ") * 4
    emoji = "Fiebre 🤒, tos 😷 y mocos 🤧: beba agua 💧 y descanse 😴. " * 12
    chinese = "孩子感冒时，鼻涕在几天后可能变成黄色或绿色。这是正常的，并不意味着需要抗生素。" * 6
    exact = ("Wash hands before meals and after the bathroom. " * 6)[:255] + "."
    assert len(exact) == 256  # + one space + a 23-character link = 280
    for name, body in [("english", long_english), ("spanish", long_spanish),
                       ("emoji", emoji), ("chinese", chinese), ("exact", exact)]:
        # (the Spanish ones say so, or the check stops them: their pages would say English)
        site.note(name, body.strip() if name != "exact" else body,
                  **({"Lang": "es"} if name in ("spanish", "emoji") else {}))
    run = site.publish()
    assert run.code == 0, run.output
    sent = {post.sent_text for post in site.emulator.posts}
    assert len(sent) == 5 and site.emulator.create_calls == 5  # none refused as too long
    for name in ("english", "spanish", "emoji", "chinese", "exact"):
        assert any(text.endswith(url_of(name)) for text in sent), name
    assert f"{exact} {url_of('exact')}" in sent


def test_credentials_refused_when_identifying_the_account_say_what_to_fix(site):
    site.note("first", "Our office is closed on Thanksgiving.")
    site.emulator.unauthorized_next(method="GET", path="/2/users/me")
    run = site.publish()
    assert run.code != 0
    assert "X refused the account's credentials" in run.output
    assert "X_ACCESS_TOKEN_SECRET" in run.output and "Traceback" not in run.output
    assert site.emulator.posts == [] and not site.ledger_path.exists()


def test_invoke_syndicate_checks_the_notes_first_so_an_edit_since_the_build_is_never_posted(
        site):
    """`invoke syndicate` posts from the last build's description: a per-network text edited
    since then must not slip out unchecked (the check runs first, as in a publish)."""
    connect(site)
    site.note("imported", "An older note from the previous blog.",
              datetime.now(UTC) - timedelta(days=60))
    assert site.publish().code == 0
    site.note("imported", "An older note from the previous blog.",
              datetime.now(UTC) - timedelta(days=60), x="Call Maya's mom at 217-555-0199")
    run = site.invoke("syndicate", "--post", "content/notes/imported.md")
    assert run.code != 0, run.output
    assert "privacy-phone" in run.output and "stopped before: verify" in run.output
    assert site.emulator.posts == []
