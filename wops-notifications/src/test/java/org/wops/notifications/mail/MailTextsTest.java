package org.wops.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.partnership.PartnershipStatus;

/**
 * The mail texts ({@code mail/texts*.properties}) in EN, FR and ES: the same keys in each, the same
 * placeholders in each text, a subject and a body for every kind of mail, and no key the renderer
 * never reads.
 */
class MailTextsTest {
  private static final String[] LANGUAGES = {"", "_fr", "_es"};
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}|\\{(\\d)");

  private static Properties texts(String suffix) {
    Properties p = new Properties();
    String name = "mail/texts" + suffix + ".properties";
    try (InputStream in = MailTextsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Test
  void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
    Properties en = texts("");
    for (String language : LANGUAGES) {
      Properties other = texts(language);
      assertThat(other.stringPropertyNames())
          .as("the keys of texts" + language)
          .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
      for (String key : en.stringPropertyNames()) {
        assertThat(other.getProperty(key)).as(key + " in texts" + language).isNotBlank();
        assertThat(placeholders(other.getProperty(key)))
            .as("the placeholders of " + key + " in texts" + language)
            .isEqualTo(placeholders(en.getProperty(key)));
      }
    }
  }

  @Test
  void everyKindOfMailHasItsTextsAndNothingElseIsLeftOver() {
    Set<String> read = new TreeSet<>(Set.of("greeting", "footer", "open", "manage", "dueIn"));
    // a milestone's date at its precision, and what its calendar attachment says of it
    read.addAll(Set.of("dueBy", "calendar.due", "calendar.reached"));
    for (org.wops.domain.shared.PartialDate.Precision precision :
        org.wops.domain.shared.PartialDate.Precision.values()) {
      read.add("onDate." + precision);
    }
    for (NotificationKind kind : NotificationKind.values()) {
      read.add(kind + ".subject");
      read.add(kind + ".body");
    }
    for (PartnershipStatus status : PartnershipStatus.values()) {
      read.add("status." + status);
    }
    Set<String> keys = texts("").stringPropertyNames();
    assertThat(keys).as("texts every mail needs").containsAll(read);
    Set<String> leftOver = new TreeSet<>(keys);
    leftOver.removeAll(read);
    // a kind may name its own link ("Confirm the subscription" instead of "Open the partnership")
    // and its own footer (an account's own mail cannot be switched off in the preferences)
    leftOver.removeIf(
        k ->
            java.util.Arrays.stream(NotificationKind.values())
                .anyMatch(kind -> k.equals(kind + ".open") || k.equals(kind + ".footer")));
    assertThat(leftOver).as("texts nothing reads").isEmpty();
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return found;
  }
}
