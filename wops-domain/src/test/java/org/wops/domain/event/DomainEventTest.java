package org.wops.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DomainEventTest {
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneOffset.UTC);

  @Test
  void anOccurrenceIsKnownByWhatItSaysNotByWhichObjectCarriesIt() {
    UpdateReturned first = new UpdateReturned(7, 70, "Chiffres à préciser", AT, "coordination");
    UpdateReturned again = new UpdateReturned(7, 70, "Chiffres à préciser", AT, "coordination");

    assertThat(again.occurrenceId()).isEqualTo(first.occurrenceId()).hasSize(24);
  }

  @Test
  void anotherMomentSubjectOrKindIsAnotherOccurrence() {
    PublicationApproved approved = new PublicationApproved(7, AT, "secrétariat");

    assertThat(new PublicationApproved(7, AT.plusNanos(1000), "secrétariat").occurrenceId())
        .isNotEqualTo(approved.occurrenceId());
    assertThat(new PublicationApproved(8, AT, "secrétariat").occurrenceId())
        .isNotEqualTo(approved.occurrenceId());
    assertThat(new PublicationRequested(7, AT, "secrétariat").occurrenceId())
        .isNotEqualTo(approved.occurrenceId());
  }
}
