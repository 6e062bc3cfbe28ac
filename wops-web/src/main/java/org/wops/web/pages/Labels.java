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
@Named
@RequestScoped
public class Labels {
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

  public String number(Number n) {
    return n == null ? "" : NumberFormat.getNumberInstance(locale()).format(n);
  }

  public String money(java.math.BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale());
    f.setMaximumFractionDigits(0);
    return f.format(amount) + " " + currency;
  }

  /** The current Faces view's locale is set from here (see the layout's f:view). */
  public static Locale current() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
