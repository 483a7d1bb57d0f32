"""Lesson 00's exercises: the answer keys come from data/, and the hints read answers as the checker does."""
import pytest

import medialit as ml


@pytest.mark.parametrize("every_line", [62, 62.0, "62", " 62 ", "\uff16\uff12", "6 2"])
def test_counting_every_line_gets_its_own_message_however_it_is_typed(every_line):
    """The trap once re-implemented number reading (float(str(a))), so spellings the checker reads missed it."""
    assert len(ml.load_segments()) == 62
    feedback = ml.check("00.2", every_line)
    assert feedback.correct is False and "every line of the page" in feedback.message

