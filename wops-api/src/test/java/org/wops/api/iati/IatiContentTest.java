package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wops.api.partnership.SupportedWop;
import org.wops.domain.partnership.Partnership;

/** What the IATI export says of a WOP is true (issue 16, item 11). */
class IatiContentTest {
  private static final Map<Long, String> COUNTRIES = Map.of(11L, "DE", 12L, "BJ");

  private static String xml(Partnership p) {
    return IatiWriter.write(
        List.of(p),
        new IatiWriter.ReportingOrg("XM-DAC-41120", "40", "GWOPA"),
        id -> "operator " + id,
        COUNTRIES::get,
        id -> "organisation " + id,
        k -> k);
  }

  @Test
  void theRecipientIsWhereTheMenteeWorksNotTheMentorsCountry() {
    String xml = xml(SupportedWop.ouagadougou());
    assertThat(xml).contains("<recipient-country code=\"BJ\"/>").doesNotContain("code=\"DE\"");
  }

  @Test
  void severalRecipientsShareOneHundredPercent() {
    assertThat(List.of(IatiWriter.share(3, 0), IatiWriter.share(3, 1), IatiWriter.share(3, 2)))
        .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    assertThat(IatiWriter.share(2, 1)).isEqualByComparingTo("50");
  }

  @Test
  void aWopWithoutAnyKnownDateSaysThatItsOnlyDateIsTheDayItWasRecorded() {
    String xml = xml(SupportedWop.ouagadougou());
    assertThat(xml)
        .contains(
            "<activity-date type=\"1\" iso-date=\"2026-12-02\"><narrative xml:lang=\"en\">No date"
                + " is known: this is the day the partnership was recorded on the"
                + " platform.</narrative></activity-date>");
  }
}
