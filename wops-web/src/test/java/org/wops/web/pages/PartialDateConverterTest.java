package org.wops.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.PartialDate;

class PartialDateConverterTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Locale ES = new Locale("es");

  @Test
  void aYearAMonthOrADayIsReadAtItsPrecisionTheReadersWayOrThePlatforms() {
    assertThat(PartialDateConverter.parse("2014", FR)).contains(PartialDate.ofYear(2014));
    assertThat(PartialDateConverter.parse(" 06/2014 ", FR)).contains(PartialDate.ofMonth(2014, 6));
    assertThat(PartialDateConverter.parse("2014-06", ES)).contains(PartialDate.ofMonth(2014, 6));
    assertThat(PartialDateConverter.parse("15/06/2014", ES))
        .contains(PartialDate.of(LocalDate.of(2014, 6, 15)));
    assertThat(PartialDateConverter.parse("2014-06-15", Locale.ENGLISH))
        .contains(PartialDate.of(LocalDate.of(2014, 6, 15)));
    assertThat(PartialDateConverter.parse("06/2014", Locale.ENGLISH))
        .contains(PartialDate.ofMonth(2014, 6));
  }

  @Test
  void whatNoReaderMeansIsNoDate() {
    assertThat(PartialDateConverter.parse("13/2014", FR)).isEmpty();
    assertThat(PartialDateConverter.parse("31/02/2014", FR)).isEmpty();
    assertThat(PartialDateConverter.parse("06/05/2014", Locale.ENGLISH))
        .as("May in French, June in American English: not guessed")
        .isEmpty();
    assertThat(PartialDateConverter.parse("juin 2014", FR)).isEmpty();
    assertThat(PartialDateConverter.parse("99999", FR)).isEmpty();
    assertThat(PartialDateConverter.parse("01/0999", FR)).isEmpty();
  }

  @Test
  void aDateIsShownAsTheReaderTypesItAndReadBackTheSame() {
    for (Locale locale : new Locale[] {FR, ES, Locale.ENGLISH}) {
      for (PartialDate d :
          new PartialDate[] {
            PartialDate.ofYear(2012),
            PartialDate.ofMonth(2014, 6),
            PartialDate.of(LocalDate.of(2019, 6, 15))
          }) {
        String shown = PartialDateConverter.format(d, locale);
        assertThat(PartialDateConverter.parse(shown, locale)).as(shown).contains(d);
      }
    }
    assertThat(PartialDateConverter.format(PartialDate.ofMonth(2014, 6), FR)).isEqualTo("06/2014");
    assertThat(PartialDateConverter.format(PartialDate.ofMonth(2014, 6), Locale.ENGLISH))
        .isEqualTo("2014-06");
  }
}
