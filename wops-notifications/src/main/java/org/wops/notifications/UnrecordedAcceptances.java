package org.wops.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Logger;

/**
 * Messages the SMTP server accepted while their SENT could not be recorded (the database was away),
 * kept in memory until it can: such a message is not sent again. The dispatcher records them before
 * it claims anything new, and claims nothing while one is left. (Kept across the restart of the
 * database, not of this instance: a crash of the instance during a database outage can send these
 * again.)
 */
@ApplicationScoped
public class UnrecordedAcceptances {
  private static final Logger LOG = Logger.getLogger(UnrecordedAcceptances.class.getName());

  private final Map<Long, OffsetDateTime> accepted = new ConcurrentSkipListMap<>();

  void keep(long id, OffsetDateTime at, RuntimeException why) {
    accepted.put(id, at);
    LOG.warning(
        () ->
            "Mail "
                + id
                + " was accepted by the SMTP server but its SENT cannot be recorded ("
                + why.getMessage()
                + "); kept until the database answers, not sent again.");
  }

  /** Records what is kept; true when nothing is left (false: the database is still away). */
  boolean record(OutboxSteps steps) {
    for (Map.Entry<Long, OffsetDateTime> e : accepted.entrySet()) {
      try {
        steps.sent(e.getKey(), e.getValue());
      } catch (RuntimeException stillAway) {
        return false;
      }
      accepted.remove(e.getKey());
      LOG.info(() -> "Mail " + e.getKey() + " recorded as SENT after the database came back.");
    }
    return true;
  }
}
