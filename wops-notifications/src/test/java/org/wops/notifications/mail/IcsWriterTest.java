package org.wops.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.PartialDate;

class IcsWriterTest {
  private static final String TITLE =
      "Đánh giá giữa kỳ – Công ty Cấp nước Đà Nẵng et Société Béninoise des Eaux (Dji’i)";

  private static String ics(int sequence, boolean reached) {
    return IcsWriter.milestone(
        new IcsWriter.Event(
            "milestone-42@wops-platform",
            sequence,
            TITLE,
            PartialDate.of(LocalDate.of(2027, 3, 1)),
            "Échéance dans 3 jours : " + TITLE + " — Réduction des pertes à Kisumu – phase 2",
            "https://wops.example.org/wop.xhtml?id=7&lang=fr#milestone-42",
            reached));
  }

  @Test
  void everyLineHasAtMost75OctetsAndTheTextSurvivesUnfolding() throws Exception {
    String ics = ics(5, false);

    assertThat(Arrays.stream(ics.split("\r\n")))
        .allSatisfy(
            l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(ics).contains("\r\n ");
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    assertThat(event.getSummary().getValue()).isEqualTo(TITLE);
    assertThat(event.getDescription().getValue()).endsWith("Kisumu – phase 2");
  }

  @Test
  void theMailsOfOneMilestoneShareTheUidAndLaterOnesCarryAHigherSequence() throws Exception {
    int due = IcsWriter.sequence(Instant.parse("2027-02-15T06:00:00Z"));
    int reached = IcsWriter.sequence(Instant.parse("2027-03-01T09:30:00Z"));
    VEvent first = event(ics(due, false));
    VEvent last = event(ics(reached, true));

    assertThat(first.getUid().orElseThrow().getValue())
        .isEqualTo(last.getUid().orElseThrow().getValue());
    assertThat(reached).isGreaterThan(due);
    assertThat(last.getSequence().getSequenceNo()).isEqualTo(reached);
    assertThat(last.getStatus().getValue()).isEqualTo("CONFIRMED");
  }

  private static VEvent event(String ics) throws Exception {
    return new CalendarBuilder()
        .build(new StringReader(ics))
        .getComponent("VEVENT")
        .map(VEvent.class::cast)
        .orElseThrow();
  }

  @Test
  void aMonthOrAYearIsAnAllDayEventSpanningThePeriod() throws Exception {
    VEvent june =
        event(
            IcsWriter.milestone(
                new IcsWriter.Event(
                    "milestone-43@wops-platform",
                    7,
                    TITLE,
                    PartialDate.ofMonth(2027, 6),
                    "Échéance dans 3 jours\nPrévue en juin 2027 (au plus tard le 30 juin 2027)",
                    null,
                    false)));
    assertThat(june.getDateTimeStart().getValue()).isEqualTo("20270601");
    assertThat(june.getDateTimeEnd().getValue()).isEqualTo("20270701");
    assertThat(june.getDescription().getValue()).contains("juin 2027");
    String year =
        IcsWriter.milestone(
            new IcsWriter.Event(
                "milestone-44@wops-platform",
                7,
                TITLE,
                PartialDate.ofYear(2027),
                "Due in 2027 (by December 31, 2027)",
                null,
                false));
    assertThat(year).contains("DTSTART;VALUE=DATE:20270101").contains("DTEND;VALUE=DATE:20280101");
    assertThat(ics(1, false)).contains("DTSTART;VALUE=DATE:20270301").doesNotContain("DTEND");
  }
}
