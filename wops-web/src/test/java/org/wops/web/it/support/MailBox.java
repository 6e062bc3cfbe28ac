package org.wops.web.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A real SMTP server for a test (GreenMail, in the test's JVM, on a free loopback port), the
 * environment that sends the platform's mail to it, and what a test reads of the mail it receives:
 * who it is to, its subject, its parts, its links (the HTML body's, which must be the text body's).
 */
public final class MailBox implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

  private final int port;
  private final GreenMail smtp;

  private MailBox(int port) {
    this.port = port;
    this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  /** A started SMTP server on a free port. */
  public static MailBox start() throws java.io.IOException {
    return new MailBox(PayaraMicroProcess.freePort());
  }

  public int port() {
    return port;
  }

  /**
   * The environment of a platform that mails this box at once (a dispatch every second), with links
   * to {@code baseUrl}; the daily milestone scan runs only when a test asks for it.
   */
  public Map<String, String> environment(String baseUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("WOPS_MAIL_ENABLED", "true");
    env.put("WOPS_MAIL_HOST", "127.0.0.1");
    env.put("WOPS_MAIL_PORT", String.valueOf(port));
    env.put("WOPS_MAIL_FROM", "WOPs Platform <no-reply@wops.example.org>");
    env.put("WOPS_BASE_URL", baseUrl);
    env.put("WOPS_NOTIFICATIONS_DISPATCH_INTERVAL_SECONDS", "1");
    env.put("WOPS_NOTIFICATIONS_SCAN_INTERVAL_MINUTES", "600");
    return env;
  }

  public MimeMessage[] received() {
    return smtp.getReceivedMessages();
  }

  /** The mails that match, once there are {@code count} of them (or what came in 60 seconds). */
  public List<MimeMessage> await(Predicate<MimeMessage> which, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    List<MimeMessage> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = Arrays.stream(received()).filter(which).toList();
      if (found.size() >= count) {
        return found;
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    return found;
  }

  /** The first mail that matches (within 60 seconds); fails when none comes. */
  public MimeMessage one(Predicate<MimeMessage> which) throws Exception {
    List<MimeMessage> found = await(which, 1);
    assertThat(found).as("the mail").isNotEmpty();
    return found.get(0);
  }

  /**
   * At least {@code count} messages that match on a GreenMail the caller runs itself, within 60 s
   * (else the test fails).
   */
  public static List<MimeMessage> await(GreenMail smtp, Predicate<MimeMessage> which, int count)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(which).toList();
      if (found.size() >= count) {
        return found;
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new AssertionError(count + " such mail(s) did not arrive within 60 s");
  }

  /** The mail's text parts, decoded, one after the other. */
  public static String text(MimeMessage m) throws Exception {
    return String.join("\n", parts(m).values());
  }

  public static Predicate<MimeMessage> to(String email) {
    return m -> {
      try {
        return m.getAllRecipients()[0].toString().contains(email);
      } catch (Exception e) {
        return false;
      }
    };
  }

  public static Predicate<MimeMessage> subject(String contains) {
    return m -> {
      try {
        return m.getSubject().contains(contains);
      } catch (Exception e) {
        return false;
      }
    };
  }

  /** The mail's parts by content type (text/plain, text/html, text/calendar). */
  public static Map<String, String> parts(MimeMessage m) throws Exception {
    Map<String, String> parts = new HashMap<>();
    collect(m.getContent(), parts);
    return parts;
  }

  private static void collect(Object content, Map<String, String> parts) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        Object c = part.getContent();
        if (c instanceof Multipart) {
          collect(c, parts);
        } else {
          parts.put(
              part.getContentType().split(";")[0].trim().toLowerCase(),
              c instanceof String str
                  ? str
                  : new String(((InputStream) c).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /**
   * The links of the HTML body, which must be the links of the text body: at least the page and the
   * preferences, each on the platform ({@code base}).
   */
  public static List<String> links(MimeMessage m, String base) throws Exception {
    Map<String, String> parts = parts(m);
    Set<String> html = new LinkedHashSet<>();
    for (Element a : Jsoup.parse(parts.get("text/html")).select("a[href]")) {
      html.add(a.attr("href"));
    }
    Set<String> text = new LinkedHashSet<>();
    Matcher matcher = URL.matcher(parts.get("text/plain"));
    while (matcher.find()) {
      text.add(matcher.group());
    }
    assertThat(text).as("the text body's links").containsExactlyInAnyOrderElementsOf(html);
    assertThat(html).as("a link to the page and one to the preferences").hasSizeGreaterThan(1);
    assertThat(html).allSatisfy(l -> assertThat(l).startsWith(base));
    return new ArrayList<>(html);
  }

  /** The first value of a header, as sent (encoded words and all). */
  public static String header(MimeMessage m, String name) throws Exception {
    String[] values = m.getHeader(name);
    return values == null ? null : values[0];
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
