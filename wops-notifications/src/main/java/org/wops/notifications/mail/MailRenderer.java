package org.wops.notifications.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.PartialDate;

/**
 * Renders a mail from templates (Mustache): the subject and the sentences come from {@code
 * mail/texts*.properties} in the recipient's language, each itself a template over the mail's
 * model; they are laid out in {@code mail/layout.txt.mustache} (plain text) and {@code
 * mail/layout.html.mustache} (HTML, escaped). Thread-safe.
 */
public class MailRenderer {
  /**
   * A rendered mail; {@code calendar}: what its calendar attachment says of the date ("Due in June
   * 2027 (by 30 June 2027)"), null when the mail has no milestone date.
   */
  public record Rendered(String subject, String text, String html, String calendar) {
    public Rendered(String subject, String text, String html) {
      this(subject, text, html, null);
    }
  }

  private final MustacheFactory html = new DefaultMustacheFactory("mail");
  private final MustacheFactory plain =
      new DefaultMustacheFactory("mail") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
  private final Mustache textLayout = plain.compile("layout.txt.mustache");
  private final Mustache htmlLayout = html.compile("layout.html.mustache");
  private final Map<String, Mustache> sentences = new ConcurrentHashMap<>();

  /**
   * The mail of this kind, in this language, over this model (partnership, link, milestone, date,
   * ...).
   */
  public Rendered render(NotificationKind kind, Language language, Map<String, Object> model) {
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "mail.texts", language.locale(), MailRenderer.class.getClassLoader());
    Map<String, Object> m = new HashMap<>(model);
    m.put("lang", language.name().toLowerCase(Locale.ROOT));
    if (m.get("days") instanceof Number days) {
      m.put("dueIn", dueIn(texts, days.longValue(), language));
    }
    String calendar = null;
    if (m.get("date") instanceof PartialDate date) {
      dated(texts, date, language, m);
      calendar =
          sentence(
              texts,
              kind == NotificationKind.MILESTONE_REACHED ? "calendar.reached" : "calendar.due",
              m);
    }
    String subject = sentence(texts, kind.name() + ".subject", m);
    m.put("subject", subject);
    m.put("greeting", sentence(texts, "greeting", m));
    m.put("body", sentence(texts, kind.name() + ".body", m));
    m.put(
        "open",
        sentence(
            texts, texts.containsKey(kind.name() + ".open") ? kind.name() + ".open" : "open", m));
    m.put(
        "footer",
        sentence(
            texts,
            texts.containsKey(kind.name() + ".footer") ? kind.name() + ".footer" : "footer",
            m));
    m.put("manage", sentence(texts, "manage", m));
    return new Rendered(subject, execute(textLayout, m), execute(htmlLayout, m), calendar);
  }

  /**
   * A milestone's date at its precision in the model: {@code date} ("15 juin 2027", "juin 2027",
   * "2027"), {@code onDate} ("le 15 juin 2027", "en juin 2027") and {@code dueOn}, which adds the
   * period's last day to a month or a year ("en juin 2027 (au plus tard le 30 juin 2027)").
   */
  private void dated(
      ResourceBundle texts, PartialDate date, Language language, Map<String, Object> m) {
    m.put("date", date.inWords(language.locale(), FormatStyle.LONG));
    m.put("last", PartialDate.of(date.last()).inWords(language.locale(), FormatStyle.LONG));
    String on = sentence(texts, "onDate." + date.precision(), m);
    m.put("onDate", on);
    m.put("dueOn", date.isDay() ? on : on + " (" + sentence(texts, "dueBy", m) + ")");
  }

  /**
   * "today", "tomorrow", "in 3 days" in the language: an ICU-style choice over the number of days
   * ({@code dueIn} of the texts), so that no mail says "in 1 days" or "in 0 days".
   */
  static String dueIn(ResourceBundle texts, long days, Language language) {
    return new MessageFormat(texts.getString("dueIn"), language.locale())
        .format(new Object[] {days});
  }

  /** A status's name in the language. */
  public String status(String status, Language language) {
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "mail.texts", language.locale(), MailRenderer.class.getClassLoader());
    return texts.containsKey("status." + status) ? texts.getString("status." + status) : status;
  }

  private String sentence(ResourceBundle texts, String key, Map<String, Object> model) {
    String source = texts.getString(key);
    Mustache template =
        sentences.computeIfAbsent(
            texts.getLocale() + ":" + key, k -> plain.compile(new StringReader(source), k));
    return execute(template, model);
  }

  private static String execute(Mustache template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    template.execute(out, model);
    return out.toString();
  }
}
