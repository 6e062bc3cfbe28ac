package org.wops.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.web.it.support.Http;
import org.wops.web.it.support.PayaraMicroProcess;
import org.wops.web.it.support.RecordingSmtpServer;

/**
 * Mail under faults (issue 14, item 10), on a stock Payara Micro and a PostgreSQL of this test's
 * own (restartable), with an SMTP server that records every message it receives: a {@code kill -9}
 * of Payara mid-dispatch and a PostgreSQL restart mid-dispatch lose nothing and duplicate at most
 * the one message in flight; an SMTP server slower to answer the end of DATA than the (lowered)
 * data termination timeout gets each mail at most twice, marked UNKNOWN, then resolved.
 *
 * <p>The mails are queued as the use cases queue them (rows of {@code outbox_messages}, each with
 * its own Message-ID) so that a few hundred need no few hundred use cases; everything after that is
 * the platform's.
 */
class MailUnderFaultsIT {
  private static final String[] NAMES = {
    "Société Béninoise des Eaux",
    "Stadtentwässerung Dresden",
    "Công ty Cấp nước Đà Nẵng",
    "الشركة الوطنية للمياه",
    "Companhia de Saneamento Básico",
    "Dji’i Water Board"
  };
  private static final Duration DRAIN = Duration.ofMinutes(4);

  @TempDir static Path workDir;

  private static Path pgData;
  private static int pgPort;
  private static int httpPort;
  private static EmbeddedPostgres postgres;
  private static RecordingSmtpServer smtp;
  private static PayaraMicroProcess micro;

  @BeforeAll
  static void start() throws Exception {
    pgData = workDir.resolve("pgdata");
    pgPort = PayaraMicroProcess.freePort();
    httpPort = PayaraMicroProcess.freePort();
    postgres = startPostgres();
    // 6 s to answer the first copy of a "slow" mail's data, 15 ms to accept any other
    smtp = new RecordingSmtpServer("slow-", 6000, 15);
    micro = startPayara();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (micro != null) {
        micro.close();
      }
    } finally {
      try {
        if (smtp != null) {
          smtp.close();
        }
      } finally {
        if (postgres != null) {
          postgres.close();
        }
      }
    }
  }

  @Test
  void aKilledInstanceLosesNothingAndSendsAtMostTheMailInFlightTwice() throws Exception {
    String tag = "kill-" + UUID.randomUUID().toString().substring(0, 8);
    int mails = 240;
    queue(tag, mails);
    await(() -> smtp.copies(tag).size() >= 60, Duration.ofMinutes(3), "a quarter dispatched");
    micro.kill();
    int beforeTheCrash;
    try {
      beforeTheCrash = smtp.copies(tag).size();
    } finally {
      micro = startPayara(); // the next tests need a platform, whatever happens here
    }
    awaitDrained(tag);

    Map<String, Long> copies = smtp.copies(tag);
    System.out.println(
        "kill -9 after " + beforeTheCrash + " of " + mails + " mails; copies: " + summary(copies));
    assertThat(copies).as("every mail arrived").hasSize(mails);
    assertThat(duplicates(copies))
        .as("mails sent twice (the one in flight at most)")
        .isLessThanOrEqualTo(1);
    assertThat(status(tag, "SENT")).isEqualTo(mails);
  }

  @Test
  void aDatabaseRestartLosesNothingAndSendsNothingTwiceThatWasAccepted() throws Exception {
    String tag = "pg-" + UUID.randomUUID().toString().substring(0, 8);
    int mails = 160;
    queue(tag, mails);
    await(() -> smtp.copies(tag).size() >= 40, Duration.ofMinutes(3), "a quarter dispatched");
    postgres.close();
    TimeUnit.SECONDS.sleep(6);
    postgres = startPostgres();
    awaitDrained(tag);

    Map<String, Long> copies = smtp.copies(tag);
    System.out.println("PostgreSQL restarted mid-dispatch; copies: " + summary(copies));
    assertThat(copies).as("every mail arrived").hasSize(mails);
    assertThat(duplicates(copies))
        .as("mails sent twice (the one in flight at most)")
        .isLessThanOrEqualTo(1);
    assertThat(status(tag, "SENT")).isEqualTo(mails);
  }

  @Test
  void aServerSlowerThanTheDataTerminationTimeoutGetsEachMailAtMostTwice() throws Exception {
    String tag = "slow-" + UUID.randomUUID().toString().substring(0, 8);
    int mails = 4;
    queue(tag, mails);
    await(() -> status(tag, "UNKNOWN") > 0, Duration.ofMinutes(2), "an outcome marked UNKNOWN");
    HttpResponse<String> listed =
        Http.get(micro.uri("api/v1/notifications/outbox?status=UNKNOWN&size=100"));
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.body()).contains("\"status\":\"UNKNOWN\"").contains(tag);
    awaitDrained(tag);

    Map<String, Long> copies = smtp.copies(tag);
    System.out.println("slow server; copies: " + summary(copies));
    assertThat(copies).as("every mail arrived").hasSize(mails);
    assertThat(copies.values())
        .as("each mail at most twice: once unanswered in time, once retried late")
        .allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
    assertThat(status(tag, "SENT")).as("resolved by the retry").isEqualTo(mails);
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select max(attempts) from outbox_messages where message_key like ?")) {
      s.setString(1, tag + "%");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("attempts of a mail").isEqualTo(2);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static void queue(String tag, int mails) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into outbox_messages (id, message_key, message_id, kind, recipient_email,"
                    + " recipient_name, language, subject, text_body, html_body, status, attempts,"
                    + " next_attempt_at, created_at) values (nextval('outbox_seq'), ?, ?,"
                    + " 'MILESTONE_DUE_SOON', ?, ?, 'FR', ?, ?, ?, 'PENDING', 0, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (int i = 0; i < mails; i++) {
        String name = NAMES[i % NAMES.length];
        String subject = "Réduction des pertes à Kisumu – phase 2 : jalon " + (i + 1);
        s.setString(1, tag + "-" + i);
        s.setString(2, "<" + tag + "-" + i + "@wops.example.org>");
        s.setString(3, tag + "-" + i + "@example.org");
        s.setString(4, name);
        s.setString(5, subject);
        s.setString(6, name + " — " + subject);
        s.setString(7, "<p>" + name + " — " + subject + "</p>");
        s.setTimestamp(8, now);
        s.setTimestamp(9, now);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void awaitDrained(String tag) throws Exception {
    await(
        () -> status(tag, "PENDING") + status(tag, "UNKNOWN") == 0,
        DRAIN,
        "the outbox of " + tag + " drained");
  }

  private static int status(String tag, String status) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from outbox_messages where message_key like ? and status = ?")) {
      s.setString(1, tag + "-%");
      s.setString(2, status);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (Exception databaseAway) {
      return -1;
    }
  }

  private static void await(BooleanSupplier condition, Duration limit, String what)
      throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + limit + ": " + what + "\n" + micro.tail());
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  private static long duplicates(Map<String, Long> copies) {
    return copies.values().stream().mapToLong(n -> n - 1).sum();
  }

  private static String summary(Map<String, Long> copies) {
    Map<Long, Long> histogram = new java.util.TreeMap<>();
    copies.values().forEach(n -> histogram.merge(n, 1L, Long::sum));
    return copies.size() + " mails, copies → mails " + histogram;
  }

  private static PayaraMicroProcess startPayara() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("WOPS_DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres");
    env.put("WOPS_DB_USER", "postgres");
    env.put("WOPS_DB_PASSWORD", "postgres");
    env.put("WOPS_MAIL_HOST", "127.0.0.1");
    env.put("WOPS_MAIL_PORT", String.valueOf(smtp.port()));
    env.put("WOPS_MAIL_FROM", "WOPs Platform <no-reply@wops.example.org>");
    env.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_RETRY_BASE_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_UNKNOWN_RETRY_SECONDS", "4");
    env.put("WOPS_NOTIFICATIONS_BATCH_SIZE", "10");
    env.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    env.put("WOPS_MAIL_TIMEOUT_CONNECT_SECONDS", "2");
    env.put("WOPS_MAIL_TIMEOUT_GREETING_SECONDS", "2");
    env.put("WOPS_MAIL_TIMEOUT_COMMAND_SECONDS", "2");
    env.put("WOPS_MAIL_TIMEOUT_DATA_INITIATION_SECONDS", "2");
    env.put("WOPS_MAIL_TIMEOUT_DATA_BLOCK_SECONDS", "2");
    env.put("WOPS_MAIL_TIMEOUT_DATA_TERMINATION_SECONDS", "3");
    Path dir = Files.createDirectories(workDir.resolve("micro-" + UUID.randomUUID()));
    return PayaraMicroProcess.start(dir, httpPort, env);
  }

  private static EmbeddedPostgres startPostgres() throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setPort(pgPort)
        .start();
  }
}
