package org.wops.notifications;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.OutboxStatus;
import org.wops.notifications.links.MailLinks;
import org.wops.notifications.mail.MailSender;
import org.wops.notifications.smtp.MailProgress;
import org.wops.notifications.smtp.SmtpConnection;
import org.wops.notifications.smtp.SmtpTimeouts;

/**
 * The notification jobs: sending what is due in the outbox, and the milestone scan (in a
 * container-managed transaction of its own). An EJB rather than a CDI bean with
 * {@code @Transactional}: on Payara, JDBC connections opened in a CDI transaction outside an HTTP
 * request (the scheduler's threads) are not enlisted in it, so {@code FOR UPDATE SKIP LOCKED} would
 * release its locks at once (see docs/DEVELOPING.md).
 *
 * <p>Sending runs outside any transaction; each of its steps commits on its own ({@link
 * OutboxSteps}): the claim of a batch (a lease of {@link SmtpTimeouts#longestSend()}, exclusive
 * between dispatchers), the start of each attempt (counted before the mail goes out), and each
 * outcome as soon as it is known. A crash duplicates at most the message on the wire. The outcome:
 *
 * <ul>
 *   <li>accepted: SENT, committed at once; when the database cannot take it, kept in memory ({@link
 *       UnrecordedAcceptances}) and recorded when it is back, never sent again;
 *   <li>refused or not delivered (no connection, a timeout before the end of the data, a 4xx/5xx
 *       answer): retried with exponential backoff and jitter, FAILED after the last attempt;
 *   <li>no answer to the end of the data in time (or the connection lost then): UNKNOWN, as the
 *       server may have it; retried once, late ({@code wops.notifications.unknown-retry-seconds});
 *       a second unknown outcome is FAILED, so that no mail goes out a third time.
 * </ul>
 */
@Stateless
public class OutboxDispatcher {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  @Inject OutboxSteps steps;
  @Inject UnrecordedAcceptances unrecorded;
  @Inject SmtpTimeouts timeouts;
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
  @ConfigProperty(name = "wops.notifications.unknown-retry-seconds", defaultValue = "3600")
  long unknownRetrySeconds;

  @Inject
  @ConfigProperty(name = "wops.notifications.batch-size", defaultValue = "50")
  int batchSize;

  public boolean mailEnabled() {
    return mailEnabled;
  }

  /**
   * Sends one batch of due messages; returns how many were claimed (sent or not), 0 when the
   * database is away or the SMTP server cannot be reached (the caller waits for its next round).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int dispatchBatch() {
    if (!mailEnabled || !unrecorded.record(steps)) {
      return 0;
    }
    String token = UUID.randomUUID().toString();
    List<Outbox.Queued> due =
        steps.claim(now(), batchSize, token, now().plus(timeouts.longestSend()));
    Deque<Outbox.Queued> left = new ArrayDeque<>(due);
    SmtpConnection smtp = null;
    boolean goOn = true;
    try {
      while (goOn && !left.isEmpty()) {
        Outbox.Queued m = left.poll();
        if (!steps.begin(m.id(), token, now().plus(timeouts.longestSend()))) {
          continue;
        }
        try {
          if (smtp == null || !smtp.isConnected()) {
            close(smtp);
            smtp = null;
            smtp = SmtpConnection.open(session, timeouts);
          }
          smtp.send(compose(m, smtp.progress()));
        } catch (MessagingException | RuntimeException e) {
          boolean connected = smtp != null;
          boolean unknown = connected && smtp.dataSent() && !(e instanceof SendFailedException);
          close(smtp);
          smtp = null;
          goOn = failed(m, e, unknown) && connected;
          continue;
        }
        goOn = sent(m);
      }
    } catch (RuntimeException databaseAway) {
      LOG.log(Level.WARNING, "Outbox dispatch stopped: " + databaseAway.getMessage());
      goOn = false;
    } finally {
      close(smtp);
      release(left, token, goOn);
    }
    return goOn ? due.size() : 0;
  }

  private MimeMessage compose(Outbox.Queued m, MailProgress progress) throws MessagingException {
    return MailSender.compose(
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
            // an account's own mails (a reset link) cannot be switched off: no unsubscribe header
            m.kind().isOptional()
                ? links.unsubscribe(m.email(), m.kind(), m.partnershipId(), m.language())
                : null),
        progress);
  }

  /** Records the acceptance; false when it had to be kept in memory (the database is away). */
  private boolean sent(Outbox.Queued m) {
    OffsetDateTime at = now();
    try {
      steps.sent(m.id(), at);
      return true;
    } catch (RuntimeException e) {
      unrecorded.keep(m.id(), at, e);
      return false;
    }
  }

  /** Records the failed attempt; false when it cannot be recorded (the database is away). */
  private boolean failed(Outbox.Queued m, Exception e, boolean unknown) {
    int attempt = m.attempts() + 1;
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    OutboxStatus status;
    Duration wait;
    String next;
    if (unknown && m.status() == OutboxStatus.UNKNOWN) {
      status = OutboxStatus.FAILED;
      wait = Duration.ZERO;
      error = "Outcome unknown a second time, not tried again (" + error + ")";
      next = "; marked FAILED so that it is not sent a third time (re-send it from the admin API).";
    } else if (unknown) {
      status = OutboxStatus.UNKNOWN;
      wait = spread(Duration.ofSeconds(unknownRetrySeconds), 1.0, 1.5);
      error = "Outcome unknown: no answer to the end of the data (" + error + ")";
      next = "; the server may have it: tried once more in " + wait + ".";
    } else if (attempt >= maxAttempts) {
      status = OutboxStatus.FAILED;
      wait = Duration.ZERO;
      next = "; marked FAILED (re-send it from the admin API).";
    } else {
      // an UNKNOWN message keeps its state: its next unknown outcome is its last
      status = m.status();
      wait = backoff(attempt);
      next = "; retried in " + wait + ".";
    }
    LOG.log(
        status == OutboxStatus.FAILED ? Level.WARNING : Level.INFO,
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
            + next);
    try {
      steps.failed(m.id(), error, now().plus(wait), status);
      return true;
    } catch (RuntimeException away) {
      // its claim lapses and it is tried again then; its attempt is counted already
      LOG.warning("The failed attempt of mail " + m.id() + " cannot be recorded: " + away);
      return false;
    }
  }

  /** Gives back what this batch did not attempt: at once, or spread over the next retry wait. */
  private void release(Deque<Outbox.Queued> left, String token, boolean wentOn) {
    for (Outbox.Queued m : left) {
      try {
        steps.release(
            m.id(),
            token,
            now()
                .plus(
                    wentOn
                        ? Duration.ZERO
                        : spread(Duration.ofSeconds(retryBaseSeconds), 0.5, 1.0)));
      } catch (RuntimeException away) {
        return; // their claims lapse instead
      }
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static void close(SmtpConnection smtp) {
    if (smtp != null) {
      smtp.close();
    }
  }

  /** The milestone scan for this day, in one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int scanMilestones(java.time.LocalDate today) {
    return notifier.scan(today);
  }

  /**
   * Exponential backoff with jitter: base, 2×base, 4×base... at most an hour, each drawn between
   * half and all of it, so that a backlog that failed together does not wake up together.
   */
  Duration backoff(int attempt) {
    long seconds = retryBaseSeconds * (1L << Math.min(attempt - 1, 20));
    Duration wait = Duration.ofSeconds(seconds);
    return spread(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait, 0.5, 1.0);
  }

  /** A random duration between {@code from} and {@code to} times {@code wait}. */
  static Duration spread(Duration wait, double from, double to) {
    double factor = from + ThreadLocalRandom.current().nextDouble() * (to - from);
    return Duration.ofMillis((long) (wait.toMillis() * factor));
  }
}
