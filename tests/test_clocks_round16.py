"""Clock answers, round 16 (learner AO): dates written with a clock time, neutral examples in clock messages, the tz
database's Etc/GMT names and an ISO time with seconds and an offset, and the clock converter reading them as the checker
does. The dates here are the lesson's own (stats.campaign_dates(), lesson 04's worked example), never a right answer."""
import time as timer
from datetime import date, time, timedelta

import pytest

import medialit as ml
from medialit.answers import MAX_READ_CHARS, AnswerError, clock_text_as_meant
from medialit.clocks import MAX_CLOCK_CHARS, ClockError, WrittenDate, read_clock
from medialit.stats import campaign_dates
from medialit.widgets.clock_converter import ClockConverter

BRIEFING = campaign_dates()[1]


@pytest.mark.parametrize("text, on", [
    ("2015-11-03T08:00:00Z", WrittenDate(2015, 11, 3)), ("2015-11-03 08:00 UTC", WrittenDate(2015, 11, 3)),
    ("2015/11/03 08:00", WrittenDate(2015, 11, 3)), ("3.11.2015 08:00", WrittenDate(2015, 11, 3)),
    ("3 Nov 08:00 UTC", WrittenDate(None, 11, 3)), ("3 November 2015, 08:00 UTC", WrittenDate(2015, 11, 3)),
    ("08:00 UTC on 3 November", WrittenDate(None, 11, 3)), ("November 3, 2015, 08:00", WrittenDate(2015, 11, 3)),
    ("Nov. 3 08:00", WrittenDate(None, 11, 3)), ("the 3rd of November 2015 at 08:00", WrittenDate(2015, 11, 3)),
    ("Tuesday 3 November 2015, 08:00", WrittenDate(2015, 11, 3, 1)), ("08:00 UTC on Tuesday", WrittenDate(weekday=1)),
    ("08:00 UTC, 3 Nov, Tuesday", WrittenDate(None, 11, 3, 1)), ("08:00 - 3 November", WrittenDate(None, 11, 3)),
    ("08:00 UTC \u2013 4 Nov 2015", WrittenDate(2015, 11, 4)), ("3 Nov, UTC 08:00", WrittenDate(None, 11, 3)),
])
def test_a_date_before_or_after_the_time_is_read_as_a_date(text, on):
    """AO-H1: the date's hyphens were read as two offsets, a written day as the hour."""
    reading = read_clock(text)
    assert f"{reading.clock:%H:%M}" == "08:00" and reading.on == on, text
    assert reading.offset in (None, timedelta(0)) and reading.zone in (None, "UTC"), text


def test_an_iso_datetime_with_an_offset_keeps_the_offset():
    reading = read_clock("2015-11-03T10:00:00+02:00")
    assert (reading.clock, reading.offset, reading.on) == (time(10), timedelta(hours=2), WrittenDate(2015, 11, 3))


@pytest.mark.parametrize("written, fits", [(WrittenDate(2015, 11, 3), True), (WrittenDate(None, 11, 3), True),
                                           (WrittenDate(weekday=BRIEFING.weekday()), True), (WrittenDate(2014, 11, 3), False),
                                           (WrittenDate(None, 11, 4), False), (WrittenDate(weekday=(BRIEFING.weekday() + 1) % 7), False)])
def test_a_written_date_fits_the_days_it_names(written, fits):
    assert written.fits(date(2015, 11, 3)) is fits


@pytest.mark.parametrize("text, says", [
    ("2015-13-03 08:00", "a date no calendar has"), ("31 November 08:00", "a date no calendar has"),
    ("Wednesday 3 November 2015 08:00", "does not fall on its date"), ("2015-11-03", "is a date, with no time of day"),
    ("3 November", "is a date, with no time of day"), ("3 Nov 2015 08:00 on 4 Nov", "more than one date"),
    ("08:00 UTC 3 Nov 2015, Wednesday", "more than one date"),
])
def test_a_date_that_cannot_be_one_or_a_second_date_is_refused_in_one_sentence(text, says):
    with pytest.raises(ClockError, match=says) as refused:
        read_clock(text)
    assert str(refused.value).count(". ") == 0 and "08:00" not in str(refused.value).replace(text, "")


@pytest.mark.parametrize("text", ["2015-11-03T08:00:00Z", "2015-11-03 08:00", "3 Nov 08:00 UTC", "3.11.2015 08:00",
                                  "2015-11-03T10:00:00+02:00", "November 3, 2015, 08:00", "08:00 on 3 November 2015"])
def test_a_date_is_no_second_time(text):
    assert clock_text_as_meant(text) == text


@pytest.mark.parametrize("text", ["8", "11", "2015-11-03 08:00 +00:00 +03:00", "08:00 EEST (UTC+2)", "08:00 Syria Moscow",
                                  "10:00 UTC+2.5", "10:00 UTC+0002", "nonsense", 11, "x" * (MAX_CLOCK_CHARS + 1)])
def test_no_clock_message_gives_a_time_any_clock_read_at_the_articles_instant(text):
    """AO-H1: "such as '08:00 UTC+0'" (04.6's answer) and an hour alone echoed as '08:00' or '8 a.m.'. Every example in a
    clock message is neutral: the clock readings of the article's instant, on the briefing date and the 2014 example's, are
    derived from lesson 04's tables, never typed here."""
    from medialit.clocks import PLACES
    from medialit.exercises.lesson04 import MOSCOW_BEFORE_2014_CHANGE, _article_clock_in

    readings = {_article_clock_in(zone, on) for zone in PLACES.values() for on in (None, MOSCOW_BEFORE_2014_CHANGE)}
    with pytest.raises(ClockError) as refused:
        read_clock(text)
    message = str(refused.value).replace(str(text), "")
    hour = readings | {f"{int(clock[:2]) % 12 or 12} a.m." for clock in readings}
    assert not [clock for clock in hour if clock in message], message


@pytest.mark.parametrize("text, offset", [("10:00 Etc/GMT-2", 2), ("08:00 Etc/GMT+3", -3), ("08:00:00+00:00", 0),
                                          ("10:00:00+02:00", 2), ("10:00:00-0200", -2)])
def test_etc_gmt_and_seconds_with_an_offset_read_as_their_neighbours(text, offset):
    """AO-L7: "10:00 Etc/GMT-2" was a time in a zone the course does not know, "08:00:00+00:00" could not be read."""
    reading = read_clock(text)
    assert reading.offset == timedelta(hours=offset) and reading.zone is None


@pytest.mark.parametrize("text, headline, note", [
    ("2015-11-03T11:00:00+03:00", "11:00 in Moscow", ""), ("3 Nov 11:00", "11:00 in Moscow", ""),
    ("2014-10-03 11:00", "11:00 in Moscow", "Your text is dated 3 October 2014"),
    ("11:00 on 4 November", "11:00 in Moscow", "Your text is dated 4 November"),
    ("11:00 Etc/GMT-3", "11:00 in Moscow", ""), ("11:00 Etc/GMT-2", "11:00 in Moscow", "Your text gives the offset UTC+2"),
    ("11:00:00+03:00", "11:00 in Moscow", ""),
])
def test_the_clock_converter_reads_dates_and_offsets_as_the_checker_does(text, headline, note):
    """Item 3 of round 16: the converter (clock_text_as_meant, read_clock) reads the new forms; a date other than the one
    chosen under 'Date:' gets a note, as a zone other than the chosen clock does; the conversion uses the chosen date."""
    converter = ClockConverter()  # Moscow, the briefing date
    converter.set_clock(text)
    assert converter.headline().startswith(headline) and converter.on == BRIEFING
    assert (note in converter.note) if note else not converter.note, converter.note
    if "dated" in note:
        assert "'Date:'" in converter.note


@pytest.mark.parametrize("text", ["2015-11-03", "3 November", "2015-13-03 11:00"])
def test_the_clock_converter_says_what_the_checker_says_of_a_date(text):
    converter = ClockConverter()
    converter.set_clock(text)
    message = ml.check("04.6", text, record=False).message
    assert converter.table is None and message.startswith(converter.error.rstrip(".")), (converter.error, message)


@pytest.mark.parametrize("text", ["3 " * 50, "2015-11-03 " * 9, "3 Nov " * 16, "November 3, " * 8, "Tuesday " * 12,
                                  "1.1.2000 " * 11, "08:00 " + "3 nov 2015 " * 9, "on " * 33, "-3 " * 33])
def test_long_date_like_texts_are_read_in_bounded_time(text):
    text = text[:MAX_CLOCK_CHARS]
    start = timer.perf_counter()
    for _ in range(50):
        try:
            read_clock(clock_text_as_meant(text))
        except (AnswerError, ClockError):
            pass
    assert timer.perf_counter() - start < 1.0
    assert len(text) <= MAX_READ_CHARS
