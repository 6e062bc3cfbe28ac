import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Notification throughput: how long until N milestone mails queued by the platform's scan are accepted by a local
 * SMTP server, against a baseline in the same run: a plain Jakarta Mail loop (one connection) sending N messages of the
 * same shape to the same server. Everything on loopback; every process it starts, it stops.
 *
 * <p>Run by bench/notification-throughput.sh, which builds the class path. Arguments: N, the WAR, the Payara Micro jar.
 */
public class NotificationThroughput {
  static final String ADMIN_PASSWORD = "bench-admin-password";

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    String war = new File(args[1]).getAbsolutePath();
    String microJar = new File(args[2]).getAbsolutePath();
    int smtpPort = freePort();
    int httpPort = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Process micro = null;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      // ---- baseline: a plain Jakarta Mail loop over one connection
      double baseline = baseline(smtpPort, n);
      smtp.purgeEmailFromAllMailboxes();

      // ---- the platform: scan + outbox + dispatcher
      String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      Path work = Files.createTempDirectory("wops-bench");
      ProcessBuilder pb =
          new ProcessBuilder(
                  javaBin(), "-Xmx768m", "-jar", microJar, "--deploy", war, "--port", String.valueOf(httpPort),
                  "--nohazelcast")
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("payara-micro.log").toFile());
      pb.environment().put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
      pb.environment().put("WOPS_DB_URL", url);
      pb.environment().put("WOPS_DB_USER", "postgres");
      pb.environment().put("WOPS_DB_PASSWORD", "postgres");
      pb.environment().put("WOPS_ADMIN_PASSWORD", ADMIN_PASSWORD);
      pb.environment().put("WOPS_MAIL_HOST", "127.0.0.1");
      pb.environment().put("WOPS_MAIL_PORT", String.valueOf(smtpPort));
      pb.environment().put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
      pb.environment().put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "6000");
      pb.environment().put("WOPS_NOTIFICATIONS_BATCH_SIZE", "200");
      micro = pb.start();
      awaitReady(httpPort, micro);
      seed(url, n);

      long start = System.nanoTime();
      post(httpPort, "api/v1/notifications/scan");
      long scanned = System.nanoTime();
      while (smtp.getReceivedMessages().length < n) {
        if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(20)) {
          throw new IllegalStateException("Only " + smtp.getReceivedMessages().length + " of " + n + " mails arrived");
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double platform = n / seconds;
      System.out.printf(
          "messages=%d%nbaseline_msgs_per_s=%.1f%nplatform_msgs_per_s=%.1f%nplatform_seconds=%.2f (scan and queue %.2f s)%nratio=%.2f%n",
          n, baseline, platform, seconds, (scanned - start) / 1e9, platform / baseline);
    } finally {
      if (micro != null) {
        micro.destroy();
        if (!micro.waitFor(60, TimeUnit.SECONDS)) {
          micro.destroyForcibly();
        }
      }
      smtp.stop();
    }
  }

  static double baseline(int smtpPort, int n) throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(smtpPort));
    Session session = Session.getInstance(props);
    long start = System.nanoTime();
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (int i = 0; i < n; i++) {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("no-reply@localhost"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("contact" + i + "@example.org"));
        m.setSubject("Due in 3 days: Milestone " + i, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Dear contact,\n\nThe milestone " + i + " is due in 3 days.\n", "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Dear contact,</p><p>The milestone " + i + " is due in 3 days.</p>", "UTF-8", "html");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(new MimeMultipart("alternative", text, html));
        MimeBodyPart ics = new MimeBodyPart();
        ics.setText("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "UTF-8", "calendar");
        m.setContent(new MimeMultipart("mixed", body, ics));
        m.saveChanges();
        transport.sendMessage(m, m.getAllRecipients());
      }
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  /** One open partnership with N milestones due in 3 days; each operator has one contact (one mail per milestone). */
  static void seed(String url, int n) throws Exception {
    try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute(
          "insert into operators (id, version, name, kind, country_code, city, services, ownership, registered_at,"
              + " alliance_member) values"
              + " (900001, 1, 'Bench mentor', 'UTILITY', 'KE', 'Kisumu', 'WATER', 'PUBLIC', now(), false),"
              + " (900002, 1, 'Bench mentee', 'UTILITY', 'UG', 'Jinja', 'WATER', 'PUBLIC', now(), false)");
      s.execute(
          "insert into operator_contacts (operator_id, position, name, email, language, role)"
              + " values (900001, 0, 'Bench contact', 'bench@example.org', 'EN', null)");
      s.execute(
          "insert into partnerships (id, version, type_id, title, objectives, currency, status, published, created_at)"
              + " values (900001, 1, 'wop', 'Benchmark WOP', 'Throughput', 'USD', 'IDENTIFIED', false, now())");
      s.execute(
          "insert into partnership_participants (partnership_id, position, operator_id, role, cash_contribution,"
              + " in_kind_contribution) values (900001, 0, 900001, 'MENTOR', 0, 0), (900001, 1, 900002, 'MENTEE', 0, 0)");
      c.setAutoCommit(false);
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into milestones (id, partnership_id, title, planned_date, planned_precision, due_by, status)"
                  + " values (?, 900001, ?, ?, 'DAY', ?, 'PLANNED')")) {
        LocalDate due = LocalDate.now().plusDays(3);
        for (int i = 0; i < n; i++) {
          p.setLong(1, 90_000_000L + i);
          p.setString(2, "Milestone " + i);
          p.setObject(3, due);
          p.setObject(4, due); // a day's milestone is due by that day (V36)
          p.addBatch();
          if (i % 1000 == 999) {
            p.executeBatch();
          }
        }
        p.executeBatch();
      }
      c.commit();
      try (ResultSet rs = s.executeQuery("select count(*) from milestones where partnership_id = 900001")) {
        rs.next();
        if (rs.getLong(1) != n) {
          throw new IllegalStateException("seeded " + rs.getLong(1));
        }
      }
    }
  }

  static void awaitReady(int port, Process micro) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 360; i++) {
      if (!micro.isAlive()) {
        throw new IllegalStateException("Payara Micro exited");
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // starting
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new IllegalStateException("Payara Micro not ready");
  }

  static void post(int port, String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                    .timeout(java.time.Duration.ofMinutes(10))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes()))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
