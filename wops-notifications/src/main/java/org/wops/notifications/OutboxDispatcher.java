package org.wops.notifications;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.notifications.links.MailLinks;
import org.wops.notifications.mail.MailSender;
import org.wops.notifications.outbox.OutboxStore;

/**
 * The notification jobs, each in a container-managed transaction of its own: sending what is due in
 * the outbox, and the milestone scan. An EJB rather than a CDI bean with {@code @Transactional}: on
 * Payara, JDBC connections opened in a CDI transaction outside an HTTP request (the scheduler's
 * threads) are not enlisted in it, so {@code FOR UPDATE SKIP LOCKED} would release its locks at
 * once (see docs/DEVELOPING.md).
 *
 * <p>Sends what is due in the outbox. Each batch is one transaction that claims its rows ({@code
 * FOR UPDATE SKIP LOCKED}), sends them, and records the outcome: sent, or retried later with
 * exponential backoff, or FAILED after the last attempt with the error kept for admins. Several
 * dispatchers (instances) never send the same row.
 */
@Stateless
public class OutboxDispatcher {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  @Inject OutboxStore outbox;
  @Inject Notifier notifier;
  @Inject Clock clock;
  @Inject MailLinks links;

  @Resource(lookup = MailConfiguration.JNDI_NAME)
  Session session;

  @Inject
  @ConfigProperty(name = "wops.mail.enabled", defaultValue = "true")
  boolean mailEnabled;

  @Inject
  @ConfigProperty(name = "wops.notifications.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "wops.notifications.retry-base-seconds", defaultValue = "30")
  long retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "wops.notifications.batch-size", defaultValue = "50")
  int batchSize;

  public boolean mailEnabled() {
    return mailEnabled;
  }

  /** Sends one batch of due messages; returns how many were claimed (sent or not). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int dispatchBatch() {
    if (!mailEnabled) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<OutboxStore.Queued> due = outbox.claimDue(now, batchSize);
    Transport transport = null;
    try {
      for (OutboxStore.Queued m : due) {
        try {
          if (transport == null || !transport.isConnected()) {
            transport = session.getTransport();
            transport.connect();
          }
          MimeMessage message =
              MailSender.compose(
                  session,
                  new MailSender.Mail(
                      m.messageId(),
                      m.email(),
                      m.name(),
                      m.subject(),
                      m.text(),
                      m.html(),
                      m.ics(),
                      m.icsName(),
                      links.unsubscribe(m.email(), m.kind(), m.partnershipId())));
          transport.sendMessage(message, message.getAllRecipients());
          outbox.markSent(m.id(), OffsetDateTime.now(clock));
        } catch (Exception e) {
          close(transport);
          transport = null;
          failed(m, e, now);
        }
      }
    } finally {
      close(transport);
    }
    return due.size();
  }

  private void failed(OutboxStore.Queued m, Exception e, OffsetDateTime now) {
    int attempt = m.attempts() + 1;
    boolean giveUp = attempt >= maxAttempts;
    Duration wait = backoff(attempt);
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    outbox.markAttemptFailed(m.id(), error, now.plus(wait), giveUp);
    LOG.log(
        giveUp ? Level.WARNING : Level.INFO,
        "Mail "
            + m.id()
            + " to "
            + m.email()
            + " not sent (attempt "
            + attempt
            + " of "
            + maxAttempts
            + "): "
            + error
            + (giveUp
                ? "; marked FAILED (re-send it from the admin API)."
                : "; retried in " + wait + "."));
  }

  private static void close(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the connection is gone either way
      }
    }
  }

  /** The milestone scan for this day, in one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int scanMilestones(java.time.LocalDate today) {
    return notifier.scan(today);
  }

  /** Exponential backoff: base, 2×base, 4×base... at most an hour. */
  Duration backoff(int attempt) {
    long seconds = retryBaseSeconds * (1L << Math.min(attempt - 1, 20));
    Duration wait = Duration.ofSeconds(seconds);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
