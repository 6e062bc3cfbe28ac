package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void aDateIsReadAndWrittenAtThePrecisionTheSourceGave() {
    assertThat(PartialDate.parse("2012", "plannedStart")).isEqualTo(PartialDate.ofYear(2012));
    assertThat(PartialDate.parse(" 2014-06 ", "plannedStart"))
        .isEqualTo(PartialDate.ofMonth(2014, 6));
    assertThat(PartialDate.parse("2014-06-15", "plannedStart"))
        .isEqualTo(PartialDate.of(LocalDate.of(2014, 6, 15)));
    for (String written : List.of("2012", "2014-06", "2014-06-15", "2024-02-29")) {
      assertThat(PartialDate.parse(written, "x").toString()).isEqualTo(written);
    }
    assertThat(PartialDate.parse("", "x")).isNull();
    assertThat(PartialDate.stored(LocalDate.of(2014, 6, 1), null))
        .as("a date stored before precisions were kept is a day")
        .isEqualTo(PartialDate.of(LocalDate.of(2014, 6, 1)));
  }

  @Test
  void whatIsNotADateIsRefusedNamingTheFieldAndTheFormat() {
    for (String bad :
        List.of("2014-13", "2014-02-30", "12", "999", "3000", "0999-01", "2014/06", "juin 2014")) {
      assertThatThrownBy(() -> PartialDate.parse(bad, "actualStart"))
          .as(bad)
          .isInstanceOfSatisfying(
              DomainRuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("date.invalid");
                assertThat(e.field()).isEqualTo("actualStart");
                assertThat(e.getMessage()).contains(bad.strip()).contains("YYYY-MM");
              });
    }
  }

  @Test
  void aDateIsThePeriodItNames() {
    PartialDate y2014 = PartialDate.ofYear(2014);
    assertThat(y2014.first()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(y2014.last()).isEqualTo(LocalDate.of(2014, 12, 31));
    assertThat(PartialDate.ofMonth(2024, 2).last()).isEqualTo(LocalDate.of(2024, 2, 29));
    PartialDate june15 = PartialDate.of(LocalDate.of(2014, 6, 15));
    assertThat(y2014.endsBefore(june15)).as("2014 does not end before 15 June 2014").isFalse();
    assertThat(PartialDate.ofYear(2013).endsBefore(june15)).isTrue();
    assertThat(PartialDate.ofMonth(2014, 6).endsBefore(june15)).isFalse();
    assertThat(y2014.beginsAfter(LocalDate.of(2014, 3, 1))).isFalse();
    assertThat(PartialDate.ofYear(2027).beginsAfter(LocalDate.of(2026, 12, 3))).isTrue();
    assertThat(y2014.contains(LocalDate.of(2014, 8, 8))).isTrue();
  }

  @Test
  void datesSortByTheirFirstDayTheMorePreciseFirst() {
    List<PartialDate> dates =
        new ArrayList<>(
            List.of(
                PartialDate.ofYear(2014),
                PartialDate.of(LocalDate.of(2013, 12, 31)),
                PartialDate.of(LocalDate.of(2014, 1, 1)),
                PartialDate.ofMonth(2014, 1)));
    dates.sort(null);
    assertThat(dates)
        .extracting(PartialDate::toString)
        .containsExactly("2013-12-31", "2014-01-01", "2014-01", "2014");
  }

  @Test
  void aPartialDateIsTheFirstDayOfItsPeriod() {
    assertThatThrownBy(
            () -> new PartialDate(LocalDate.of(2014, 6, 15), PartialDate.Precision.MONTH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(LocalDate.of(2014, 6, 1), PartialDate.Precision.YEAR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYearNoColumnKeepsIsRefusedNamingTheField() {
    PartialDate.requireKept(PartialDate.ofYear(2999), "plannedEnd");
    assertThatThrownBy(
            () -> PartialDate.requireKept(PartialDate.of(LocalDate.of(99999, 1, 1)), "plannedEnd"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("date.invalid");
              assertThat(e.field()).isEqualTo("plannedEnd");
            });
  }

  @Test
  void aPeriodMovedBySoManyDaysKeepsItsPrecision() {
    PartialDate day = PartialDate.of(LocalDate.of(2027, 3, 15));
    assertThat(day.plusDays(30)).isEqualTo(PartialDate.of(LocalDate.of(2027, 4, 14)));
    assertThat(day.plusDays(-60)).isEqualTo(PartialDate.of(LocalDate.of(2027, 1, 14)));
    PartialDate march = PartialDate.ofMonth(2027, 3);
    assertThat(march.plusDays(30)).as("1 March + 30 days").isEqualTo(march);
    assertThat(march.plusDays(31)).isEqualTo(PartialDate.ofMonth(2027, 4));
    assertThat(march.plusDays(-30)).as("31 March − 30 days").isEqualTo(march);
    assertThat(march.plusDays(-31)).isEqualTo(PartialDate.ofMonth(2027, 2));
    PartialDate year = PartialDate.ofYear(2027);
    assertThat(year.plusDays(30)).isEqualTo(year);
    assertThat(year.plusDays(-60)).as("at the latest that year").isEqualTo(year);
    assertThat(year.plusDays(400)).isEqualTo(PartialDate.ofYear(2028));
    assertThat(year.plusDays(-400)).isEqualTo(PartialDate.ofYear(2026));
  }
}
