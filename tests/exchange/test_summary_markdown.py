"""The Markdown summary renders what was written as it was written (seen through pandoc)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.pandoc import needs_pandoc, sections, shown_lines, to_html
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.safety_plan import Contact, SafetyPlan
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.thoughts import MoodRating, ThoughtRecord
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.exchange.markdown import block
from wellbeing_tui.exchange.summary import markdown_summary
from wellbeing_tui.storage import Store

HOSTILE = [
    "1986. A year I remember.\n2. and a second line",
    "# not a heading\n## nor this ###",
    "2*3*4 = 24 and _under_ and **bold** and `code` and ~~gone~~ and ^up^ and ~down~",
    "<script>alert('hi')</script> & &amp; &#65; <b>not bold</b> <!-- hidden -->",
    "an escape \x1b[2J that clears, a bell \x07, a DEL \x7f and a lone \ud800 surrogate",
    "RTL: \u05e9\u05dc\u05d5\u05dd and \u0645\u0631\u062d\u0628\u0627 with \u202eevil\u202c",
    "- not a list\n+ nor this\n* nor this\n> not a quote\n| not | a table |",
    "line one\nline two\n    indented four\n\n\nafter blank lines\n\tand a tab",
    'She said "no" -- then --- nothing... $5 and $6, [a link](http://x) ![img](y)',
    "Term\n: not a definition\n---\ntitle: not metadata\n...\n=====",
    "a) not a list\n(b) nor this\niv. nor this\n#. nor this\n@ref and [@cite] and \\\\",
    "ends with a backslash \\\n{#id} and {.class} and [^1] and :::",
    "C# and #hashtag and a closing #",
]


def _journal_store(store: Store) -> dict[str, str]:
    """The hostile entries, one a minute, by the heading the summary gives each."""
    by_heading = {}
    for n, text in enumerate(HOSTILE):
        at = f"2026-11-25T10:{n:02d}:00+00:00"
        store.add(JournalEntry(id=f"j{n}", created_at=at, updated_at=at, text=text))
        by_heading[f"2026-11-25 10:{n:02d}"] = text
    return by_heading


@needs_pandoc
def test_pandoc_shows_every_journal_entry_as_it_was_written(empty_store: Store) -> None:
    entries = _journal_store(empty_store)
    md = markdown_summary(empty_store, date(2026, 11, 20), date(2026, 11, 26), include_journal=True)
    html, warnings = to_html(md)
    assert warnings == ""  # the title block gives the page its title: pandoc has no complaint
    shown, tags = sections(html)
    for heading, text in entries.items():
        assert shown[heading] == shown_lines(visible(text)), text
    # Only the elements the summary writes itself: none from a person's text.
    assert set(tags) <= {"html", "head", "meta", "title", "style", "body", "header", "h1"} | {
        "p", "br", "h2", "h3", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
    }  # fmt: skip
    assert "<script" not in html and "\x1b" not in html and "\x07" not in html


@needs_pandoc
def test_worksheets_plan_and_emotion_words_are_shown_as_written(
    empty_store: Store, clock: FixedClock
) -> None:
    at = "2026-11-24T09:00:00+00:00"
    empty_store.add(
        ThoughtRecord(
            id="t", created_at=at, updated_at=at, situation="# At *work* | <i>late</i> #",
            moods=(MoodRating("sad_ness", 70, None),),
            automatic_thought="1986. I'll never\n- get it right", belief_before=80,
        )
    )  # fmt: skip
    empty_store.add(CheckIn(id="c", at=at, mood=2, emotions=("can't | tell", "<b>flat</b>")))
    plan = SafetyPlan(
        id="p", updated_at=at, reasons_to_live="My cat *Pip*\n2. the sea",
        people_to_ask=(Contact(name="[Mum]", contact="<07700 900123>"),),
    )  # fmt: skip
    empty_store.add(plan)
    md = markdown_summary(
        empty_store, date(2026, 11, 20), date(2026, 11, 26),
        include_journal=False, include_safety_plan=True,
    )  # fmt: skip
    html, warnings = to_html(md)
    shown, _ = sections(html)
    assert warnings == ""
    worksheet = "2026-11-24: # At *work* | <i>late</i> #"
    assert shown[worksheet] == [
        "Hot thought: 1986. I'll never",
        "- get it right (believed 80/100)",
        "sad_ness: 70 before, not re-rated after",
    ]
    assert "Tue 24 Nov 1 2 (low) 2–2 can't | tell, <b>flat</b>" in " ".join(shown["Mood by day"])
    assert shown["What makes life worth living for me"] == ["My cat *Pip*", "2. the sea"]
    assert shown["Step 4: People I can ask for help"] == ["[Mum]: <07700 900123>"]


# What Markdown reads as syntax, and what a terminal or a renderer might trip on.
TRICKY = st.lists(
    st.sampled_from(
        list("\\`*_[]{}<>|$~^&\"'#@-+=:%().!,;/ \t\n\r\x1b\x07\u202e\ud800\u05e9é1aZ\u2028")
        + ["1986.", "--", "...", ". . .", "&amp;", "<br>", "http://x", "a)", "iv.", "\n\n"]
    ),
    max_size=40,
).map("".join)


@needs_pandoc
@settings(max_examples=40, deadline=None)
@given(TRICKY)
def test_pandoc_shows_any_text_as_written(text: str) -> None:
    md = "\n".join(["---", 'title: "t"', "---", "", "## Entry", "", *block(text), ""])
    html, warnings = to_html(md)
    assert warnings == ""
    assert sections(html)[0].get("Entry", []) == shown_lines(visible(text))


def test_the_sleep_tables_fit_a_page(empty_store: Store) -> None:
    # The longest each cell can be: three-digit minutes, two-digit awakenings, the longest
    # quality word, a night of more than ten hours in bed (10:50 in bed; asleep 10:35 - 125 min
    # - 130 min = 6:20; 380 / 650 = 58.5%).
    empty_store.add(
        SleepEntry(
            id="s", date="2026-11-25", in_bed="19:00", lights_out="19:05", sol_min=125,
            awakenings=12, waso_min=130, final_wake="05:40", out_of_bed="05:50", quality=5,
        )
    )  # fmt: skip
    md = markdown_summary(
        empty_store, date(2026, 11, 20), date(2026, 11, 26), include_journal=False
    )
    sleep = md[md.index("## Sleep diary") : md.index("## Mood by day")]
    rows = [line for line in sleep.splitlines() if line.startswith("|")]
    assert len(rows) == 9  # three tables of heading, rule and the night
    assert "| 2026-11-25 | 10:50  | 6:20   | 58.5%      | very good |" in rows
    # pandoc sets a pipe table no wider than its --columns (72 by default) at the width of its
    # contents; 72 characters of text, with the pipes and spaces, are narrower than a portrait
    # A4 or Letter page at pandoc's defaults, and than an 80-column terminal. A longer row
    # would make pandoc spread the table over the page and squeeze the columns.
    assert max(len(row) for row in rows) <= 72
