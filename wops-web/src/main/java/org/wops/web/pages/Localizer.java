package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.wops.domain.shared.Language;

/** Words, dates and numbers in the visitor's language (the bundle org.wops.web.messages). */
@Named("labels")
@RequestScoped
public class Localizer {
  @Inject Session session;

  public Locale locale() {
    return session.getLocale();
  }

  public Language language() {
    return switch (locale().getLanguage()) {
      case "fr" -> Language.FR;
      case "es" -> Language.ES;
      default -> Language.EN;
    };
  }

  public String text(String key) {
    try {
      return ResourceBundle.getBundle("org.wops.web.messages", locale()).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public String region(String region) {
    return text("region." + region);
  }

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
  }

  /**
   * A date at its precision, as the reader's language writes it: "2012"; "June 2014", "juin 2014",
   * "junio de 2014"; a whole date as {@link #date} does. Never a 1 January nobody stated.
   */
  public String partialDate(org.wops.domain.shared.PartialDate date) {
    return date == null ? "" : date.inWords(locale(), FormatStyle.MEDIUM);
  }

  /** A moment, as the reader's language writes a date and a time (in the server's time zone). */
  public String dateTime(java.time.OffsetDateTime moment) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(moment.atZoneSameInstant(java.time.ZoneId.systemDefault()));
  }

  public String number(Number n) {
    return n == null ? "" : NumberFormat.getNumberInstance(locale()).format(n);
  }

  /**
   * An amount with its currency, as the reader's language writes money ("US$12,000", "12 000 $US",
   * "12.000 US$"); cents only when there are some. Empty for no amount.
   */
  public String money(java.math.BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    NumberFormat f = NumberFormat.getCurrencyInstance(locale());
    try {
      f.setCurrency(java.util.Currency.getInstance(currency));
    } catch (RuntimeException notACurrency) {
      NumberFormat n = NumberFormat.getNumberInstance(locale());
      return n.format(amount) + " " + currency;
    }
    if (amount.stripTrailingZeros().scale() <= 0) {
      f.setMinimumFractionDigits(0);
      f.setMaximumFractionDigits(0);
    }
    return f.format(amount);
  }

  /**
   * A contribution that may be unknown: "not stated" (unknown is not zero), else {@link #money}.
   */
  public String contribution(java.util.Optional<java.math.BigDecimal> amount, String currency) {
    return amount.map(a -> money(a, currency)).orElse(text("amount.not-stated"));
  }

  /** The currency's symbol or code as the reader's language writes it beside an amount. */
  public String currency(String code) {
    try {
      return java.util.Currency.getInstance(code).getSymbol(locale());
    } catch (RuntimeException notACurrency) {
      return code == null ? "" : code;
    }
  }

  /** A country's name in the reader's language ("Kenya", "Bénin", "Alemania"), from its code. */
  public String country(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = new Locale("", code).getDisplayCountry(locale());
    return name.isBlank() ? code : name;
  }

  /** Names as a list in running text ("A, B, C"). */
  public String joined(java.util.Collection<String> names) {
    return String.join(", ", names);
  }

  /** Countries' names in the reader's language, sorted as that language sorts them. */
  public String countries(java.util.Collection<String> codes) {
    java.text.Collator order = java.text.Collator.getInstance(locale());
    return codes.stream()
        .map(this::country)
        .sorted(order)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * A KPI unit in the reader's language: the reference list stores each unit once, in English
   * ("hours/day", "people"); the bundle translates the known ones (key {@code unit.} and the unit's
   * letters and digits joined by '_'), any other is shown as stored.
   */
  public String unit(String unit) {
    if (unit == null) {
      return "";
    }
    String key = "unit." + unit.replaceAll("[^A-Za-z0-9]+", "_");
    String t = text(key);
    return t.equals(key) ? unit : t;
  }

  /**
   * A message of the bundle with one number, in the reader's language: its plural choices ({@code
   * {0,choice,0#...|1#...|1<...}}) pick the grammatical number.
   */
  public String plural(String key, Object n) {
    return new java.text.MessageFormat(text(key), locale()).format(new Object[] {n});
  }

  /** A message of the bundle with two arguments (plural choices too), in the reader's language. */
  public String format(String key, Object first, Object second) {
    return new java.text.MessageFormat(text(key), locale()).format(new Object[] {first, second});
  }

  /** A text of the content as this reader is shown it: their translation, else the original. */
  public org.wops.domain.shared.WrittenText.Shown shown(org.wops.domain.shared.WrittenText text) {
    return text.shownTo(language());
  }

  /** The name of a language in the reader's language: "portugais", "Portuguese". */
  public String languageName(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale());
    return name.isEmpty() ? code : name;
  }

  /** The mark of a text in another language than the reader's: "(en français)", "(in French)". */
  public String inLanguage(String code) {
    return new java.text.MessageFormat(text("content.in-language"), locale())
        .format(new Object[] {languageName(code)});
  }

  /**
   * The languages a text may be written in (every ISO 639-1 language), named in the reader's
   * language and sorted by name: the platform's own first.
   */
  /**
   * The withdrawn ISO 639 codes the JDK still lists beside their modern ones (he, id, yi): one
   * language offered once, by its modern code.
   */
  private static final java.util.Set<String> OLD_CODES = java.util.Set.of("iw", "in", "ji");

  public java.util.List<Option> contentLanguages() {
    java.text.Collator order = java.text.Collator.getInstance(locale());
    java.util.List<Option> platform = new java.util.ArrayList<>();
    for (Language l : Language.values()) {
      platform.add(new Option(l.locale().getLanguage(), languageName(l.locale().getLanguage())));
    }
    java.util.List<Option> others =
        java.util.Arrays.stream(Locale.getISOLanguages())
            .filter(c -> !OLD_CODES.contains(c)) // the same language as its modern code
            .filter(c -> platform.stream().noneMatch(o -> o.value().equals(c)))
            .map(c -> new Option(c, languageName(c)))
            .sorted((a, b) -> order.compare(a.label(), b.label()))
            .toList();
    platform.sort((a, b) -> order.compare(a.label(), b.label()));
    platform.addAll(others);
    return platform;
  }

  /** The current Faces view's locale is set from here (see the layout's f:view). */
  public static Locale current() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
