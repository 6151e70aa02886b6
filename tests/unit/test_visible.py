"""Text shown by the app and the commands: every character visible, none a command, and
markup built around it never reads it as markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.content import Content

from wellbeing_tui.domain.visible import REPLACEMENT, visible
from wellbeing_tui.ui.format import ZERO_WIDTH_SPACE, escape

# What is never shown as it is: C0 and C1 controls but newline and tab, and the
# bidirectional marks, embeddings, overrides and isolates.
BIDI = {chr(c) for c in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
CONTROLS = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | BIDI
tricky = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("[]/\\$@=#:.ab \n\t\r\x1b\x07\x9b\x00\x7f\u202e\u2067\u200f")),
        st.characters(codec=None),
    ),
    max_size=40,
)


@given(tricky)
def test_nothing_but_newline_and_tab_is_left_as_a_control_character(text: str) -> None:
    shown = visible(text)
    assert not CONTROLS & set(shown)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in shown)


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters=BIDI),
        max_size=40,
    )
)
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert visible(text) == text


def test_right_to_left_text_and_joiners_are_left_as_they_are() -> None:
    hebrew, arabic = "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627"
    text = f"{hebrew} {arabic} \U0001f469\u200d\U0001f467 a\u200bb"
    assert visible(text) == text


def test_each_bidirectional_control_has_a_placeholder() -> None:
    for char in BIDI:
        assert visible(f"txt{char}exe.") == f"txt{REPLACEMENT}exe."
    # A file name that an override would show as "invoice.pdf" is shown as stored.
    assert visible("invoice\u202efdp.exe") == "invoice\ufffdfdp.exe"


def test_each_control_character_has_a_placeholder() -> None:
    assert visible("a\x1b[2Jb") == "a\u241b[2Jb"  # ␛
    assert visible("\x07") == "\u2407"  # ␇
    assert visible("\x7f") == "\u2421"  # ␡
    assert visible("\x9b31m") == REPLACEMENT + "31m"
    assert visible("\ud800") == REPLACEMENT
    assert visible("one\r\ntwo\tthree\rfour") == "one\ntwo\tthree\u240dfour"


@settings(max_examples=400)
@given(tricky)
def test_escaped_text_inside_markup_shows_exactly_what_visible_says(text: str) -> None:
    for template in ("{}", "[b]{}[/b]", "[dim]Last: {}[/], today", "{}[dim]x[/] and {}"):
        markup = template.replace("{}", escape(text))
        plain_template = template
        for tag in ("[b]", "[/b]", "[dim]", "[/]"):
            plain_template = plain_template.replace(tag, "")
        expected = plain_template.replace("{}", visible(text))
        shown = Content.from_markup(markup).plain.replace(ZERO_WIDTH_SPACE, "")
        assert shown == expected
