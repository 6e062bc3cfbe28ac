package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LostRaceTest {
  @Test
  void anOptimisticLockOrAUniqueKeyTakenMeanwhileIsALostRace() {
    assertThat(LostRace.in(new PersistenceException(new OptimisticLockException("moved"))))
        .isTrue();
    SQLException taken =
        new SQLException(
            "duplicate key value violates unique constraint \"partnerships_iati_identifier\"",
            "23505");
    assertThat(LostRace.in(new PersistenceException("flush", new RuntimeException(taken))))
        .as("the same IATI activity imported twice at once")
        .isTrue();
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertThat(LostRace.in(new PersistenceException(new SQLException("check", "23514")))).isFalse();
    assertThat(LostRace.in(new IllegalStateException("no"))).isFalse();
  }
}
