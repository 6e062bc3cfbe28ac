package org.wops.notifications.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wops.notifications.mail.MailSender;

/**
 * Each phase of the SMTP conversation waits for its own timeout, against a real (tiny) SMTP server
 * on a loopback port: a server slow to answer the end of the data leaves the outcome unknown; one
 * slow to answer DATA fails before any data went out, after the data initiation timeout, not the
 * (longer) command timeout.
 */
class SmtpConnectionTest {

  @Test
  void noAnswerToTheEndOfTheDataInTimeLeavesTheOutcomeUnknown() throws Exception {
    try (Server server = new Server(".", 4000)) {
      SmtpConnection smtp = SmtpConnection.open(session(server.port()), timeouts(10, 10, 1));
      Instant start = Instant.now();
      assertThatThrownBy(() -> smtp.send(message(smtp))).isInstanceOf(MessagingException.class);
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
      assertThat(smtp.dataSent()).as("the data went out: outcome unknown").isTrue();
      assertThat(server.messages.get()).isEqualTo(1);
      smtp.close();
    }
  }

  @Test
  void noAnswerToDataInTimeFailsBeforeAnyDataWentOut() throws Exception {
    try (Server server = new Server("DATA", 4000)) {
      SmtpConnection smtp = SmtpConnection.open(session(server.port()), timeouts(10, 1, 10));
      Instant start = Instant.now();
      assertThatThrownBy(() -> smtp.send(message(smtp))).isInstanceOf(MessagingException.class);
      assertThat(Duration.between(start, Instant.now()))
          .as("the data initiation timeout, not the command timeout")
          .isLessThan(Duration.ofSeconds(3));
      assertThat(smtp.dataSent()).isFalse();
      assertThat(server.messages.get()).isZero();
      smtp.close();
    }
  }

  @Test
  void aPromptServerAcceptsTheMessage() throws Exception {
    try (Server server = new Server("none", 0)) {
      SmtpConnection smtp = SmtpConnection.open(session(server.port()), timeouts(1, 1, 1));
      smtp.send(message(smtp));
      assertThat(smtp.dataSent()).isTrue();
      assertThat(server.messages.get()).isEqualTo(1);
      smtp.close();
    }
  }

  private static MimeMessage message(SmtpConnection smtp) throws MessagingException {
    return MailSender.compose(
        Session.getInstance(new Properties()),
        new MailSender.Mail(
            "<t-1@wops.example.org>",
            "contact@sbee.example.bj",
            "Société Béninoise des Eaux",
            "Réduction des pertes à Kisumu – phase 2",
            "Texte",
            "<p>Texte</p>",
            null,
            null,
            null),
        smtp.progress());
  }

  private static Session session(int port) {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "127.0.0.1");
    p.setProperty("mail.smtp.port", String.valueOf(port));
    p.setProperty("mail.from", "no-reply@wops.example.org");
    return Session.getInstance(p);
  }

  private static SmtpTimeouts timeouts(long command, long dataInitiation, long termination) {
    SmtpTimeouts t = new SmtpTimeouts();
    t.connect = 5;
    t.greeting = 5;
    t.command = command;
    t.dataInitiation = dataInitiation;
    t.dataBlock = 5;
    t.dataTermination = termination;
    return t;
  }

  /** Answers everything at once, except {@code slowOn} ("DATA" or the final "."), answered late. */
  private static final class Server implements AutoCloseable {
    final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    final AtomicInteger messages = new AtomicInteger();
    final Thread thread;

    Server(String slowOn, long delayMillis) throws Exception {
      thread =
          new Thread(
              () -> {
                try (Socket client = socket.accept();
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(
                                client.getInputStream(), StandardCharsets.ISO_8859_1))) {
                  OutputStream out = client.getOutputStream();
                  answer(out, "220 ready");
                  String line;
                  while ((line = in.readLine()) != null) {
                    if (line.equals("DATA")) {
                      if (slowOn.equals("DATA")) {
                        Thread.sleep(delayMillis);
                      }
                      answer(out, "354 go ahead");
                      while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the data
                      }
                      messages.incrementAndGet();
                      if (slowOn.equals(".")) {
                        Thread.sleep(delayMillis);
                      }
                      answer(out, "250 accepted");
                    } else if (line.startsWith("QUIT")) {
                      answer(out, "221 bye");
                      return;
                    } else {
                      answer(out, "250 ok");
                    }
                  }
                } catch (Exception gone) {
                  // the client gave up
                }
              });
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    static void answer(OutputStream out, String line) throws Exception {
      out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    @Override
    public void close() throws Exception {
      socket.close();
      thread.join(10_000);
    }
  }
}
