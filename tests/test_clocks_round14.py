"""Clock answers, round 14 (learner AK, fact-check 22): bare ISO 8601 offsets, a sign and a number apart, rule-outs beside
a clock name, the spellings of Hmeymim, the tz database's names of UTC, and the clock converter reading a text as the
checker does."""
import time as timer
from datetime import timedelta

import pytest

import medialit as ml
from medialit.answers import MAX_READ_CHARS, AnswerError, clock_text_as_meant
from medialit.clocks import ClockError, offset_text, read_clock
from medialit.widgets.clock_converter import ClockConverter


@pytest.mark.parametrize("text, hours, minutes", [
    ("10:00 +02:00", 2, 0), ("10:00+02:00", 2, 0), ("10:00 (+02:00)", 2, 0), ("10:00(+02:00)", 2, 0), ("10:00 +0200", 2, 0),
    ("10:00 +02", 2, 0), ("10:00 +2", 2, 0), ("08:00 +00:00", 0, 0), ("10:00 -02:00", -2, 0), ("10:00 \u221203:00", -3, 0),
    ("10:00-0200", -2, 0), ("10:00 +05:30", 5, 30), ("10:00 Syria (+02:00)", 2, 0),
])
def test_a_bare_offset_after_a_time_is_read_as_iso_8601_writes_it(text, hours, minutes):
    """AK-M1: "10:00 +02:00" was read as two times, while "10:00 UTC+02:00" was read as an offset."""
    reading = read_clock(text)
    size = timedelta(hours=abs(hours), minutes=minutes)
    assert reading.offset == (size if hours >= 0 else -size), text
    assert clock_text_as_meant(text) == text  # no second time in it


@pytest.mark.parametrize("text, says", [("10:00 +15", "no clock uses"), ("10:00 +2.5", "cannot read"),
                                        ("10:00 UTC+2 +02:00", "more than one UTC offset"),
                                        ("10:00 +02:00 -03:00", "more than one UTC offset")])
def test_a_bare_offset_no_clock_uses_or_a_second_one_is_refused(text, says):
    with pytest.raises(ClockError, match=says):
        read_clock(text)


@pytest.mark.parametrize("text, typed", [("08:00 + 3", "+ 3"), ("10:00 - 1", "- 1"), ("08:00 + 03:00", "+ 03:00"),
                                         ("08:00 + 30", "+ 30")])
def test_a_sign_and_a_number_apart_are_told_plainly(text, typed):
    """AK-L2: "08:00 + 3" was read as 08:00, the "+ 3" dropped without a word. Learner AM (L1): the message's example
    was the learner's own (perhaps wrong) time, and it suggested "UTC+3", which a question asking for UTC then refused:
    the example is now neutral (HH:MM) and no offset is suggested."""
    with pytest.raises(ClockError) as refused:
        read_clock(clock_text_as_meant(text))
    message = str(refused.value)
    assert f"has '{typed}' after the time" in message and "give the time alone, as HH:MM" in message
    assert "work out any sum first" in message and message.count(". ") == 0
    assert f"'{text[:5]}'" not in message and "UTC+" not in message and "UTC\u2212" not in message


@pytest.mark.parametrize("text", ["08:00 on 2015-11-03", "08:00 - 3 November", "08:00 UTC on 3 November"])
def test_a_date_after_a_time_is_no_offset(text):
    reading = read_clock(text)
    assert reading.offset is None and f"{reading.clock:%H:%M}" == "08:00"


@pytest.mark.parametrize("text", ["10:00-11:00", "10:00 - 11:00", "10:00 (05:00 UTC)", "12:00 and 13:00"])
def test_a_range_or_a_second_time_is_still_two_answers(text):
    with pytest.raises(AnswerError, match="two answers"):
        clock_text_as_meant(text)


@pytest.mark.parametrize("text", ["neither 11:00 nor 08:00", "not 11:00", "Neither 11 a.m. nor 8 a.m.", "never 11:00"])
def test_a_text_that_only_rules_times_out_is_told_so(text):
    """AK-M2: "neither 11:00 nor 08:00" was told it is two answers."""
    with pytest.raises(AnswerError, match="rules a time out"):
        clock_text_as_meant(text)


@pytest.mark.parametrize("text, meant", [
    ("neither 11:00 nor 08:00, so 10:00", "10:00"), ("not 11:00, so 10:00", "10:00"), ("not 11:00, 10:00", "10:00"),
    ("not 11:00: 10:00 Syria", "10:00 Syria"), ("not 11:00 Moscow time, so 08:00 UTC", "08:00 UTC"),
    ("not 11:00 or 07:00; therefore 08:00", "08:00"), ("not 11:00, not 07:00, it is 08:00", "08:00"),
    ("not 11:00 but 08:00", "08:00"), ("not 11:00, so probably 08:00", "08:00"), ("Not 11 a.m., so 8 a.m.", "8 a.m."),
])
def test_a_time_left_after_times_ruled_out_is_the_answer(text, meant):
    """Learner AM (M1): "neither 11:00 nor 08:00, so 10:00" was told it rules a time out, though it gives the time meant;
    the one time left after "so", "but", a comma or a colon is read, with any clock name after it."""
    assert clock_text_as_meant(text) == meant


@pytest.mark.parametrize("text", ["not 11:00, not 08:00", "neither 11:00 nor 08:00, so", "not 11:00 10:00",
                                  "not 11:00 and not 08:00", "not 11:00, so Moscow"])
def test_rule_outs_with_no_time_left_still_rule_a_time_out(text):
    with pytest.raises(AnswerError, match="rules a time out"):
        clock_text_as_meant(text)


@pytest.mark.parametrize("text, meant", [
    ("10:00 Syria, not 11:00", "10:00 Syria"), ("10:00 Syria (not 11:00)", "10:00 Syria"), ("10:00 not 11:00", "10:00"),
    ("08:00 UTC, not 11:00 Moscow time", "08:00 UTC"), ("08:00 (not 11:00 Moscow time)", "08:00"),
    ("10:00 Asia/Damascus rather than 11:00", "10:00 Asia/Damascus"), ("08:00, not 11:00, UTC", "08:00, UTC"),
    ("08:00 rather than 11:00 because Moscow is ahead", "08:00 because Moscow is ahead"),
])
def test_a_time_ruled_out_after_the_clock_named_is_cut(text, meant):
    """AK-M2: "10:00 Syria, not 11:00" was two answers while "10:00 not 11:00" was read; the clock the ruled-out time names
    goes with it, and a note after it stays (to be refused as a note)."""
    assert clock_text_as_meant(text) == meant


@pytest.mark.parametrize("text", ["10:00 Hmeimim", "10:00 Khmeimim", "10:00 Hmeymim", "10:00 Khmeymim",
                                  "10:00 Khmeimim airbase", "10:00 Hmeimim air base", "10:00 Hmeymim air-base",
                                  "10:00 (Khmeymim airfield)", "10:00 Khmeimim base", "10:00 HMEIMIM AIRBASE"])
def test_every_spelling_of_hmeymim_names_syrias_clock(text):
    """AK-L3, fact-check 22 L1: the course teaches Khmeimim as Hmeymim's other spelling."""
    assert read_clock(text).zone == "Asia/Damascus"


@pytest.mark.parametrize("text", ["08:00 Etc/UTC", "08:00 Etc/GMT", "08:00 Etc/Zulu", "08:00 Etc/Universal", "08:00 Zulu",
                                  "08:00 Z", "08:00Z", "08:00 GMT", "08:00 UTC", "Zulu 08:00"])
def test_the_names_of_utc_are_utc(text):
    """Fact-check 22 L2: "08:00 Etc/UTC" was told it is a time in Etc/UTC, not UTC."""
    assert read_clock(text).zone == "UTC"


@pytest.mark.parametrize("text, hours", [("08:00 Etc/GMT+3", -3), ("10:00 Etc/GMT-2", 2), ("10:00 etc/gmt-14", 14),
                                         ("10:00 (Etc/GMT-2)", 2)])
def test_a_fixed_offset_zone_of_the_tz_database_is_not_read_as_its_name_suggests(text, hours):
    """"Etc/GMT+3" is UTC\u22123 (the database's signs run the other way): never read as UTC+3. Learner AO (L7): it was kept
    as a zone named "Etc/GMT-2", so "10:00 Etc/GMT-2" was told it is a time in Etc/GMT-2 while "10:00 UTC+2" was right: it is
    now read as the offset it is, exactly as "10:00 UTC+2" is."""
    reading = read_clock(text)
    assert (reading.zone, reading.offset) == (None, timedelta(hours=hours))
    assert reading == read_clock(f"{text.split()[0]} UTC{'+' if hours >= 0 else '-'}{abs(hours)}")


@pytest.mark.parametrize("text", ["12:00 and 13:00", "12:00 or 13:00", "08:00 (05:00 UTC)", "neither 11:00 nor 08:00",
                                  "08:00 + 3", "10:00 Khmeimim airbase, because", "25:99", "08:00 - from the table"])
def test_the_clock_converter_says_what_the_checker_says(text):
    """AK-L6: the converter told "12:00 and 13:00" it has a note in it while the checker said two answers; both now read
    the text with clock_text_as_meant."""
    converter = ClockConverter()
    converter.set_clock(text)
    message = ml.check("04.6", text, record=False).message
    assert converter.table is None and converter.error and message.startswith(converter.error.rstrip(".")), (converter.error, message)


@pytest.mark.parametrize("text, headline", [("10:00 Syria, not 11:00", "10:00 in Moscow"), ("not sure, 09:30", "09:30 in Moscow"),
                                            ("10:00 +02:00", "10:00 in Moscow")])
def test_the_clock_converter_reads_what_the_checker_reads(text, headline):
    converter = ClockConverter()
    converter.set_clock(text)
    assert converter.headline().startswith(headline)


def test_the_clock_converter_points_out_a_bare_offset_that_is_not_the_chosen_clocks():
    converter = ClockConverter()  # Moscow, UTC+3 on the briefing date
    converter.set_clock("11:00 +02:00")
    assert "UTC+2" in converter.note and "Clock of:" in converter.note


@pytest.mark.parametrize("text", ["10:00" + " Syria" * 160 + ", not 11:00", "10:00 " + "+" * 900, "10:00 " + "(+2 " * 240,
                                  "neither " * 120, "10:00 - " * 120, "10:00" + " not" * 240,
                                  "not 11:00, " * 90, "not 11:00" + " " * 900 + ", so 10:00", "not 11:00, so " + "so " * 320,
                                  "neither 11:00 nor 08:00, so" + " " * 900 + "probably 10:00"])
def test_long_clock_texts_are_read_in_bounded_time(text):
    assert len(text) <= MAX_READ_CHARS
    start = timer.perf_counter()
    for _ in range(20):
        try:
            read_clock(clock_text_as_meant(text))
        except (AnswerError, ClockError):
            pass
    assert timer.perf_counter() - start < 1.0


def test_offset_text_is_how_feedback_writes_a_bare_offset():
    assert offset_text(read_clock("10:00 -0200").offset) == "UTC\u22122"
