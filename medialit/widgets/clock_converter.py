"""Clock converter: one clock time, in one zone, on one date, as every place the article names would read it.

It starts on the article's "11 a.m. Moscow time" (line 46) on the briefing date the ledger gives (3 November
2015, from the course's facts.md). Change the date to see the tz database's history at work: Moscow's offset
before 26 October 2014, Syria's daylight saving until 30 October 2015.
"""
from __future__ import annotations

import html
from datetime import date, datetime

from ..answers import AnswerError, clock_text_as_meant
from ..clocks import PLACES, ClockError, convert_clock, offset_text, read_clock, zone
from ..dating import day_label
from ..stats import calendar_day, campaign_dates, claims_with_lines
from . import CourseWidget, labelled

__all__ = ["ClockConverter"]

_CELL = "style='padding:0.2em 0.9em;text-align:left'"
ZONE_OPTIONS = tuple((f"{place} ({zone})" if place != zone else zone, zone) for place, zone in PLACES.items())


class ClockConverter(CourseWidget):
    """Converts ``clock_text`` in ``zone`` on ``on``: drive it with ``set_clock``, ``set_zone``, ``set_date``."""

    title = "Clock converter"

    def __init__(self):
        claims = claims_with_lines()
        article_clock = claims[claims["claim_type"] == "time"].iloc[0]
        reading = read_clock(str(article_clock["text"]))
        self.article_line = int(article_clock["line"])
        self.clock_text = f"{reading.clock:%H:%M}"
        self.zone = reading.zone or "UTC"
        self.on = campaign_dates()[1]
        self._recompute()

    def set_clock(self, text: str) -> None:
        self.clock_text = text if isinstance(text, str) else ""
        self._changed()

    def set_zone(self, zone: str) -> None:
        if zone in PLACES.values():
            self.zone = zone
            self._changed()

    def set_date(self, on: date | None) -> None:
        """Convert on another date: a ``date``, a ``datetime`` or a pandas ``Timestamp`` (its day is used)."""
        self.on = calendar_day(on)
        self._changed()

    def _recompute(self) -> None:
        self.table, self.error, self.note = None, "", ""
        if self.on is None:
            self.error = "Pick a date: the same clock time means different instants on different dates."
            return
        try:  # the text read as the exercises read a clock answer, so both say the same of it (learner AK, AK-L6)
            meant = clock_text_as_meant(self.clock_text)
            self.table = convert_clock(meant, self.zone, self.on)
            reading = read_clock(meant)
        except (ClockError, AnswerError) as err:
            self.error = str(err)
            return
        self.reading = reading
        instant = datetime.combine(self.on, reading.clock, tzinfo=zone(self.zone))
        offsets = [offset_text(instant.astimezone(zone(name)).utcoffset()) for name in self.table["time_zone"]]
        self.table = self.table.assign(utc_offset=offsets)
        if any(offset.count(":") == 2 for offset in offsets):
            self.note = ("Before time zones were standardised, a clock kept its town's local mean time, offset from UTC to the "
                         "second: the offsets here give those seconds, and the local times are cut to the minute.")
        if reading.on is not None and not reading.on.fits(self.on):  # "2014-10-03 11:00": the date typed is not the one chosen
            self.note = (f"Your text is dated {reading.on}, but the converter uses the date chosen under 'Date:' "
                         f"({day_label(self.on)}); change it there if you meant {reading.on}.")
        elif reading.zone and reading.zone != self.zone:
            self.note = (f"Your text names the zone {reading.zone}, but the converter uses the one chosen under "
                         f"'Clock of:' ({self.zone}); change it there if you meant {reading.zone}.")
        elif reading.offset is not None and offset_text(reading.offset) != self._offset_of_chosen_zone():
            written = offset_text(reading.offset)
            self.note = (f"Your text gives the offset {written}, but on that date {self.zone} was at "
                         f"{self._offset_of_chosen_zone()}; the converter uses the clock chosen under 'Clock of:', so "
                         f"pick the place whose clock was at {written} if you meant it.")

    def _offset_of_chosen_zone(self) -> str:
        return str(self.table.set_index("time_zone").loc[self.zone, "utc_offset"])

    def _changed(self) -> None:
        self._recompute()
        if self._view is not None:
            self._result.value = self.result_html()

    def headline(self) -> str:
        """The conversion in one sentence, e.g. "11:00 in Moscow on Tuesday 3 November 2015 was 08:00 UTC"."""
        if self.table is None:
            return self.error
        utc = self.table.set_index("time_zone").loc["UTC"]
        place = self.table.set_index("time_zone").loc[self.zone, "place"]
        when = day_label(self.on)
        utc_date = date.fromisoformat(utc["local_date"])
        day_shift = "" if utc_date == self.on else f" on {day_label(utc_date)}"
        return f"{self.reading.clock:%H:%M} in {place} on {when} was {utc['local_time']} UTC{day_shift}."

    def result_html(self) -> str:
        if self.table is None:
            return f"<p><strong>{html.escape(self.error)}</strong></p>"
        header = "".join(f"<th scope='col' {_CELL}>{name}</th>" for name in
                         ("Place", "Time zone", "Local time", "Local date", "UTC offset", "Daylight saving?"))
        rows = "".join(
            "<tr>" + "".join(f"<td {_CELL}>{cell}</td>" for cell in (
                html.escape(row.place), html.escape(row.time_zone), f"<strong>{row.local_time}</strong>", row.local_date,
                row.utc_offset, "yes" if row.daylight_saving else "no")) + "</tr>"
            for row in self.table.itertuples(index=False))
        note = f"<p><em>{html.escape(self.note)}</em></p>" if self.note else ""
        return (f"<p>{html.escape(self.headline())}</p>{note}<table><caption>The same instant on every clock the article "
                f"involves (tz database)</caption><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>")

    def snapshot_html(self) -> str:
        return self.result_html()

    def _build_view(self):
        import ipywidgets as w

        clock = labelled(w.Text(value=self.clock_text, continuous_update=False, layout=w.Layout(width="16em")), "Clock time:")
        zone = labelled(w.Dropdown(options=ZONE_OPTIONS, value=self.zone, layout=w.Layout(width="26em")), "Clock of:")
        on = labelled(w.DatePicker(value=self.on), "Date:")
        clock.observe(lambda change: self.set_clock(change["new"]), names="value")
        zone.observe(lambda change: self.set_zone(change["new"]), names="value")
        on.observe(lambda change: self.set_date(change["new"]), names="value")
        self._result = w.HTML(self.result_html())
        return w.VBox([w.HBox([clock, zone, on], layout=w.Layout(flex_flow="row wrap")), self._result])
