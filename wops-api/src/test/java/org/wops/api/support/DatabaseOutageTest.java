package org.wops.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aTerminatedConnectionDeepInTheCausesIsAnOutage() {
    SQLException terminated =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    assertThat(
            DatabaseOutage.causedBy(
                new RuntimeException(new PersistenceException("query failed", terminated))))
        .isTrue();
  }

  @Test
  void aRefusedConnectionAndThePoolThatCannotAllocateAreOutages() {
    assertThat(
            DatabaseOutage.causedBy(
                new SQLException("Connection to localhost:5432 refused", "08001")))
        .isTrue();
    assertThat(
            DatabaseOutage.causedBy(
                new SQLException(
                    "Error in allocating a connection. Cause: Connection could not be allocated")))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("refused"))))
        .isTrue();
  }

  @Test
  void aConstraintViolationOrABugIsNotAnOutage() {
    assertThat(
            DatabaseOutage.causedBy(
                new PersistenceException(new SQLException("duplicate key value", "23505"))))
        .isFalse();
    assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
  }

  @Test
  void aChainedNextExceptionCounts() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "42P01");
    batch.setNextException(new SQLException("An I/O error occurred", "08006"));
    assertThat(DatabaseOutage.causedBy(batch)).isTrue();
  }

  @Test
  void anOutageFoundIsRememberedForItsAftermath() {
    assertThat(DatabaseOutage.causedBy(new SQLException("Connection refused", "08001"))).isTrue();
    assertThat(DatabaseOutage.inAftermath())
        .as("a commit that fails a moment later saying only 'rolled back' is the outage's too")
        .isTrue();
    assertThat(DatabaseOutage.AFTERMATH).isLessThanOrEqualTo(java.time.Duration.ofMinutes(1));
  }
}
