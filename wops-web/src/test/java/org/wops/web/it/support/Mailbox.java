package org.wops.web.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

/** Reading the mail a real SMTP server (GreenMail) received: waiting for it, its parts, links. */
public final class Mailbox {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

  private Mailbox() {}

  /** At least {@code count} messages that match, within 60 s (else the test fails). */
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

  public static Predicate<MimeMessage> to(String email) {
    return m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
      } catch (Exception e) {
        return false;
      }
    };
  }

  public static Predicate<MimeMessage> subject(String contains) {
    return m -> {
      try {
        return m.getSubject() != null && m.getSubject().contains(contains);
      } catch (Exception e) {
        return false;
      }
    };
  }

  /** The mail's text parts, decoded, one after the other. */
  public static String text(MimeMessage m) throws Exception {
    return String.join("\n", parts(m).values());
  }

  /** The mail's parts by content type ({@code text/plain}, {@code text/html}...). */
  public static Map<String, String> parts(MimeMessage m) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    Object content = m.getContent();
    if (content instanceof String s) {
      parts.put(m.getContentType().split(";")[0].trim().toLowerCase(), s);
    } else {
      collect(content, parts);
    }
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
                  : new String(((java.io.InputStream) c).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /**
   * The links of the HTML body, which must be those of the text body, every one on the platform
   * ({@code base}).
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
    assertThat(html).as("the mail's links").isNotEmpty();
    assertThat(html).allSatisfy(l -> assertThat(l).startsWith(base));
    return new ArrayList<>(html);
  }
}
