"""Armored age files (``age -a``): read strictly, as the age format asks, with a message
that says what is wrong and where; never a crash, whatever the bytes."""

from __future__ import annotations

import base64
import shutil
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_tui.storage.armor import (
    AGE_MAGIC,
    BEGIN,
    END,
    ArmorError,
    binary,
    dearmor,
    is_armored,
    looks_like_age,
)

SAMPLE = AGE_MAGIC + b"-> X25519 abc\n" + bytes(range(256)) * 3


def armored(data: bytes, eol: bytes = b"\n") -> bytes:
    """``data`` armored as ``age -a`` writes it: padded base64 in lines of 64 columns."""
    text = base64.b64encode(data)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return eol.join([BEGIN, *lines, END]) + eol


def reason(raw: bytes) -> str:
    with pytest.raises(ArmorError) as caught:
        dearmor(raw)
    return caught.value.reason


@given(st.binary(min_size=1, max_size=2000), st.sampled_from([b"\n", b"\r\n"]))
def test_what_is_armored_as_age_writes_it_comes_back_byte_for_byte(data: bytes, eol: bytes) -> None:
    text = armored(data, eol)
    assert is_armored(text) and looks_like_age(text)
    assert dearmor(text) == data
    assert binary(text) == data


@given(st.binary(max_size=3000))
def test_any_bytes_are_read_or_refused_with_a_reason_never_a_crash(raw: bytes) -> None:
    for candidate in (raw, BEGIN + b"\n" + raw, armored(SAMPLE)[:100] + raw):
        try:
            dearmor(candidate)
        except ArmorError as err:
            assert err.reason and "\n" not in err.reason
        else:
            assert armored(dearmor(candidate)) == canonical(candidate)


def canonical(text: bytes) -> bytes:
    """The text without blank space around the block and with LF line endings."""
    return text.replace(b"\r\n", b"\n").strip(b" \t\r\n\v\f") + b"\n"


@given(st.integers(min_value=0, max_value=len(armored(SAMPLE)) - 1), st.integers(0, 255))
def test_one_file_has_one_armor_so_a_changed_byte_is_never_taken_as_the_same(
    where: int, byte: int
) -> None:
    """Armor that is not canonical is refused (no change to the text goes unnoticed, as
    the format asks): whatever is read is exactly the armor of what it was read as."""
    text = bytearray(armored(SAMPLE))
    text[where] = byte
    try:
        inside = dearmor(bytes(text))
    except ArmorError:
        return
    assert armored(inside) == canonical(bytes(text))
    assert (inside == SAMPLE) == (bytes(text) == armored(SAMPLE))


def test_blank_space_around_the_block_is_allowed_but_not_inside_or_without_limit() -> None:
    text = armored(SAMPLE)
    assert dearmor(b"\n  \n\t\n" + text + b"\n \n") == SAMPLE
    assert "blank space come before" in reason(b"\n" * 1100 + text)
    assert "blank space follow" in reason(text + b" " * 1100)
    assert "first line" in reason(b"  " + text)  # on the BEGIN line itself: not the format's
    assert "first line" in reason(text.replace(BEGIN, BEGIN + b" "))


def test_each_break_of_the_format_is_named_with_its_line() -> None:
    text = armored(SAMPLE)
    lines = text.split(b"\n")
    assert reason(b"\n".join(lines[:3])) == (
        "it is cut short: no -----END AGE ENCRYPTED FILE----- line follows"
    )
    long = b"\n".join([lines[0], lines[1] + lines[2][:4], *lines[3:]])
    assert reason(long) == "line 2 is longer than 64 columns"
    short = b"\n".join([lines[0], lines[1][:60], *lines[2:]])
    assert reason(short) == "line 2 is shorter than 64 columns but is not the last"
    blank = b"\n".join([*lines[:3], b"", *lines[3:]])
    assert reason(blank) == "line 4 is shorter than 64 columns but is not the last"
    bad = b"\n".join([lines[0], lines[1][:63] + b"*", *lines[2:]])
    assert reason(bad) == "line 2 is not base64"
    assert reason(BEGIN + b"\n" + END + b"\n") == "nothing comes between its BEGIN and END lines"
    assert "follows its END line" in reason(text + b"hello\n")
    assert "first line" in reason(text.replace(b"AGE ENCRYPTED", b"AGE ENCRYPTED-"))


def test_base64_that_is_not_canonical_is_refused() -> None:
    # "QQ==" is the letter A; "QR==" decodes to it too, but with bits age never sets.
    assert dearmor(BEGIN + b"\nQQ==\n" + END) == b"A"
    assert "last bits" in reason(BEGIN + b"\nQR==\n" + END)
    assert reason(BEGIN + b"\nQQ\n" + END) == "line 2 is not base64"  # padding left out
    padded = base64.b64encode(b"x" * 46)  # 64 columns, padding in mid-file
    assert "padding but is not the last" in reason(BEGIN + b"\n" + padded + b"\nQQ==\n" + END)


def test_a_binary_file_and_plain_json_are_left_as_they_are() -> None:
    assert binary(SAMPLE) == SAMPLE and looks_like_age(SAMPLE) and not is_armored(SAMPLE)
    plain = b'{"_meta": {"1": {"schema_version": 1}}}'
    assert not looks_like_age(plain) and binary(plain) == plain


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
@pytest.mark.parametrize("size", [0, 1, 31, 32, 33, 200, 64 * 1024 + 5])
def test_what_age_armors_is_read_as_the_binary_age_writes(size: int) -> None:
    """The same plain text encrypted by the age tool, armored and not, to a passphrase-less
    recipient: the armor decoded is a whole age file the tool itself decrypts."""
    key = subprocess.run(["age-keygen"], capture_output=True, check=True).stdout
    recipient = subprocess.run(
        ["age-keygen", "-y"], input=key, capture_output=True, check=True
    ).stdout.strip()
    plain = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    text = subprocess.run(
        ["age", "-a", "-r", recipient.decode()], input=plain, capture_output=True, check=True
    ).stdout
    assert is_armored(text) and all(len(line) <= 64 for line in text.splitlines())
    inside = dearmor(text)
    assert inside.startswith(AGE_MAGIC)
    assert armored(inside) == text  # the tool's armor is the canonical one written here
