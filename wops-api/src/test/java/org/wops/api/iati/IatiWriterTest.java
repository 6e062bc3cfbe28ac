package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IatiWriterTest {
  @Test
  void aDateTimeAtAWholeMinuteKeepsItsSecondsAsTheSchemaWants() {
    OffsetDateTime wholeMinute = OffsetDateTime.of(2026, 11, 27, 4, 6, 0, 0, ZoneOffset.UTC);
    assertThat(wholeMinute.toString()).isEqualTo("2026-11-27T04:06Z");
    assertThat(IatiWriter.XSD_DATE_TIME.format(wholeMinute)).isEqualTo("2026-11-27T04:06:00Z");
    assertThat(IatiWriter.XSD_DATE_TIME.format(wholeMinute.plusSeconds(7).plusNanos(5)))
        .isEqualTo("2026-11-27T04:06:07Z");
  }
}
