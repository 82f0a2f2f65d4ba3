"""The planner: what goes out now, what is held back, and why (pure: no I/O)."""

from __future__ import annotations

from datetime import timedelta

from support.syn_fakes import NOW, post
from syndication import model, planner
from syndication.ledger import EXISTING_BEFORE, HELD, PENDING, POSTED, QUEUED, Ledger, timestamp
from syndication.planner import PlanRules
from syndication.report import held_detail

ACCOUNT = "42 @maple"
SETTINGS = PlanRules(max_age=timedelta(days=14))


def connected(*records: dict) -> Ledger:
    ledger = Ledger()
    ledger.connect("x", ACCOUNT, NOW - timedelta(days=30))
    for record in records:
        ledger.put({"network": "x", "account": ACCOUNT, **record})
    return ledger


def plan(posts, ledger=None, account=ACCOUNT, settings=SETTINGS, chosen=None, now=NOW):
    """One X channel (the ledger's account ACCOUNT); `account=None`: in preview mode."""
    preview = () if account else (ACCOUNT,)
    return planner.plan(posts, ledger if ledger is not None else connected(),
                        [model.Channel(ACCOUNT, "x", "X")], now, settings, chosen, preview)


def detail(result: model.Plan, index: int = 0, reason: str | None = None) -> str:
    """The words `report.py` gives a held-back note (the planner itself only gives codes)."""
    held = result.held_for(reason) if reason else result.held
    return held_detail(held[index], result.now)


def reasons(result: model.Plan) -> dict[str, str]:
    return {held.post.post_id: held.reason for held in result.held}


def test_a_new_note_is_posted_once_planned():
    result = plan([post("a")])
    assert [(i.post.post_id, i.action) for i in result.to_send] == [("notes/a.md", "post")]
    assert result.new_records == []


def test_first_connection_records_every_existing_note_and_posts_none():
    posts = [post(f"n{i}") for i in range(50)]
    result = plan(posts, ledger=Ledger())
    assert result.to_send == []
    assert result.first_connections == [("x", ACCOUNT)]
    assert {r["state"] for r in result.new_records} == {EXISTING_BEFORE}
    assert len(result.new_records) == 50
    assert "was already published when X" in detail(result)


def test_drafts_hidden_future_and_opted_out_are_held_with_reasons():
    posts = [
        post("draft", status="draft"),
        post("hidden", status="hidden"),
        post("future", days_old=-2),
        post("no", networks=()),
        post("elsewhere", networks=("bluesky",)),
        post("xok", networks=("x", "bluesky")),
    ]
    result = plan(posts)
    assert [i.post.post_id for i in result.to_send] == ["notes/xok.md"]
    assert reasons(result) == {
        "notes/draft.md": model.DRAFT, "notes/hidden.md": model.HIDDEN,
        "notes/future.md": model.FUTURE, "notes/no.md": model.OPTED_OUT,
        "notes/elsewhere.md": model.OPTED_OUT,
    }
    future = detail(result, reason=model.FUTURE)
    assert "2026-11-22" in future and "first publish after" in future
    assert "syndicate: no" in detail(result, reason=model.OPTED_OUT)


def test_a_future_note_goes_out_once_its_date_has_passed():
    note = post("future", days_old=-2)
    assert plan([note]).to_send == []
    later = plan([note], now=NOW + timedelta(days=3))
    assert [i.post.post_id for i in later.to_send] == ["notes/future.md"]


def test_a_note_older_than_max_age_when_it_first_appears_is_held_and_recorded():
    result = plan([post("old", days_old=60), post("fresh", days_old=13)])
    assert [i.post.post_id for i in result.to_send] == ["notes/fresh.md"]
    assert reasons(result) == {"notes/old.md": model.TOO_OLD}
    assert [(r["post_id"], r["state"], r["reason"]) for r in result.new_records] == [
        ("notes/old.md", HELD, model.TOO_OLD)]
    assert "invoke syndicate --post content/notes/old.md" in detail(result)


def test_max_age_is_a_setting():
    result = plan([post("a", days_old=3)], settings=PlanRules(max_age=timedelta(days=2)))
    assert result.to_send == [] and reasons(result) == {"notes/a.md": model.TOO_OLD}


def test_posted_and_settled_records_are_not_sent_again():
    ledger = connected(
        {"post_id": "notes/a.md", "state": POSTED, "remote_id": "1"},
        {"post_id": "notes/b.md", "state": EXISTING_BEFORE},
        {"post_id": "notes/c.md", "state": HELD, "reason": model.TOO_OLD},
    )
    result = plan([post("a"), post("b"), post("c", days_old=60)], ledger)
    assert result.to_send == [] and result.new_records == []
    assert result.already_posted == 1
    assert all(held.settled for held in result.held)


def test_pending_is_reconciled_and_queued_waits_for_its_time():
    due = timestamp(NOW - timedelta(minutes=1))
    later = timestamp(NOW + timedelta(hours=1))
    ledger = connected(
        {"post_id": "notes/p.md", "state": PENDING},
        {"post_id": "notes/q.md", "state": QUEUED, "next_attempt_at": due},
        {"post_id": "notes/u.md", "state": QUEUED, "next_attempt_at": due, "uncertain": True},
        {"post_id": "notes/w.md", "state": QUEUED, "next_attempt_at": later,
         "reason": "X rate limit"},
    )
    result = plan([post("p"), post("q"), post("u"), post("w")], ledger)
    assert {i.post.post_id: i.action for i in result.to_send} == {
        "notes/p.md": model.RECONCILE, "notes/q.md": model.RETRY,
        "notes/u.md": model.RECONCILE}
    assert reasons(result) == {"notes/w.md": model.WAITING}
    assert "X rate limit" in detail(result)


def test_a_chosen_note_goes_out_even_when_old_or_existing_before_but_never_twice():
    ledger = connected(
        {"post_id": "notes/old.md", "state": HELD, "reason": model.TOO_OLD},
        {"post_id": "notes/done.md", "state": POSTED, "remote_url": "https://x.com/s/1"},
    )
    posts = [post("old", days_old=60), post("done"), post("other")]
    result = plan(posts, ledger, chosen="notes/old.md")
    assert [(i.post.post_id, i.chosen) for i in result.to_send] == [("notes/old.md", True)]
    again = plan(posts, ledger, chosen="notes/done.md")
    assert again.to_send == [] and reasons(again) == {"notes/done.md": model.ALREADY_POSTED}
    first = plan([post("new", days_old=90)], Ledger(), chosen="notes/new.md")
    assert [i.post.post_id for i in first.to_send] == ["notes/new.md"]
    # Choosing one note does not connect the account: the archive is still protected.
    assert first.first_connections == []


def test_budgets_queue_what_is_over_the_daily_or_monthly_limit():
    ledger = connected(*[
        {"post_id": f"notes/old{i}.md", "state": POSTED,
         "posted_at": timestamp(NOW - timedelta(hours=i + 1))} for i in range(2)
    ])
    settings = PlanRules(budgets={"x": {"daily": 3, "monthly": 500}})
    result = plan([post("a"), post("b"), post("c")], ledger, settings=settings)
    assert len(result.to_send) == 1
    assert len(result.held_for(model.BUDGET)) == 2
    queued = [r for r in result.new_records if r["state"] == QUEUED]
    assert len(queued) == 2
    assert queued[0]["next_attempt_at"] == "2026-11-21T00:00:00Z"
    assert "daily budget of 3" in queued[0]["reason"]
    monthly = PlanRules(budgets={"x": {"monthly": 2}})
    result = plan([post("a")], ledger, settings=monthly)
    assert result.to_send == []
    assert result.new_records[0]["next_attempt_at"] == "2026-12-01T00:00:00Z"


def test_preview_mode_records_nothing():
    result = plan([post("a"), post("old", days_old=60)], ledger=Ledger(), account=None)
    assert [i.post.post_id for i in result.to_send] == ["notes/a.md"]
    assert result.new_records == [] and result.first_connections == []


def test_a_note_that_opts_in_later_is_judged_by_when_it_first_appeared():
    seen = timestamp(NOW - timedelta(days=2))
    ledger = connected({"post_id": "notes/a.md", "state": HELD, "reason": model.OPTED_OUT,
                        "first_seen": seen})
    assert len(plan([post("a", days_old=5)], ledger).to_send) == 1
    assert plan([post("a", days_old=20)], ledger).to_send == []


def test_apply_new_records_never_overwrites_a_record():
    ledger = connected({"post_id": "notes/a.md", "state": POSTED, "remote_id": "9"})
    result = plan([post("a"), post("b", days_old=60)], Ledger())
    assert planner.apply_new_records(result, ledger)
    assert ledger.get("notes/a.md", "x", ACCOUNT)["state"] == POSTED
    assert ledger.get("notes/b.md", "x", ACCOUNT)["state"] == EXISTING_BEFORE


def test_a_renamed_note_whose_page_was_posted_is_not_posted_again():
    ledger = connected({"post_id": "notes/old-name.md", "state": POSTED,
                        "url": "https://maple.test/notes/a/"})
    result = plan([post("a")], ledger)
    assert result.to_send == []
    assert reasons(result) == {"notes/a.md": model.ALREADY_POSTED}
    assert "syndication_id: notes/old-name.md" in detail(result)


# --- Channels: several accounts, on one network or several ---------------------------------

OFFICE = model.Channel("x", "x", "X")
DRLEE = model.Channel("drlee", "x", "X_DRLEE", author="Dr. Lee")
MASTODON = model.Channel("mastodon", "mastodon", "MASTODON")
ONLY_NAMED = model.Channel("clinic", "mastodon", "MASTODON_CLINIC", default_on=False)


def channels_ledger(*channels: model.Channel) -> Ledger:
    ledger = Ledger()
    for channel in channels:
        ledger.connect(channel.network, channel.id, NOW - timedelta(days=30))
    return ledger


def targets(result: model.Plan) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for item in result.to_send:
        found.setdefault(item.post.post_id, set()).add(item.channel)
    return found


def test_a_doctors_own_account_carries_only_that_doctors_notes():
    everyone = [OFFICE, DRLEE, MASTODON, ONLY_NAMED]
    posts = [post("lee", author="Dr. Lee"), post("kim", author="Dr. Kim"),
             post("named", networks=("clinic", "x"), author="Dr. Kim")]
    result = planner.plan(posts, channels_ledger(*everyone), everyone, NOW, SETTINGS)
    assert targets(result) == {"notes/lee.md": {"x", "drlee", "mastodon"},
                               "notes/kim.md": {"x", "mastodon"},
                               "notes/named.md": {"clinic", "x"}}
    # Each planned post is for one (network, account): the ledger key of its record.
    assert {(i.network, i.account) for i in result.to_send if i.post.post_id == "notes/lee.md"} \
        == {("x", "x"), ("x", "drlee"), ("mastodon", "mastodon")}
    kim = {h.channel: h.reason for h in result.held if h.post.post_id == "notes/kim.md"}
    assert kim == {"drlee": model.OTHER_AUTHOR, "clinic": model.NOT_DEFAULT}
    words = [held_detail(h, NOW) for h in result.held if h.post.post_id == "notes/kim.md"]
    assert any("X (drlee) carries only its own author's notes" in w for w in words)
    # Recorded as held: if the note changes its mind, it is judged from when it appeared.
    held = {(r["post_id"], r["account"]): r["reason"] for r in result.new_records}
    assert held[("notes/kim.md", "drlee")] == model.OTHER_AUTHOR


def test_budgets_are_per_channel():
    ledger = channels_ledger(OFFICE, DRLEE)
    for i in range(2):
        ledger.put({"post_id": f"notes/old{i}.md", "network": "x", "account": "x",
                    "state": POSTED, "posted_at": timestamp(NOW - timedelta(hours=1))})
    rules = PlanRules(budgets={"x": {"daily": 2}})
    own = model.Channel("drlee", "x", "X_DRLEE", budget={"daily": 1})
    result = planner.plan([post("a", author="Dr. Lee"), post("b", author="Dr. Lee")], ledger,
                          [OFFICE, own], NOW, rules)
    assert [(i.post.post_id, i.channel) for i in result.to_send] == [("notes/a.md", "drlee")]
    assert {h.channel for h in result.held_for(model.BUDGET)} == {"x", "drlee"}
    words = {h.channel: h.note for h in result.held_for(model.BUDGET)}
    assert words["drlee"] == ("over the daily budget of 1 posts for X (drlee) "
                              "(SYNDICATION_ACCOUNTS)")
    assert words["x"].endswith("for X (SYNDICATION_BUDGETS)")


def test_a_new_channel_is_connected_on_its_own():
    ledger = channels_ledger(OFFICE)
    result = planner.plan([post("a")], ledger, [OFFICE, MASTODON], NOW, SETTINGS)
    assert result.first_connections == [("mastodon", "mastodon")]
    assert targets(result) == {"notes/a.md": {"x"}}
    assert reasons(result) == {"notes/a.md": EXISTING_BEFORE}
