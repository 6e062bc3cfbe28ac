package org.wops.web.pages;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;

/**
 * A date at the precision its source gives, as people type it: a year ("2014"), a month or a day
 * written the platform's way ("2014-06", "2014-06-15") or, in French and Spanish, the reader's way
 * ("06/2014", "15/06/2014"). Shown back as the reader's language writes it in a field (French and
 * Spanish: "06/2014", "15/06/2014"; English: "2014-06", "2014-06-15"), which it reads again as the
 * same date. Anything else is refused beside the field in the reader's language.
 */
@FacesConverter("wops.partialDate")
public class PartialDateConverter implements Converter<PartialDate> {
  private static final Pattern SLASHED =
      Pattern.compile("(?:(\\d{1,2})[/.])?(\\d{1,2})[/.](\\d{4})");

  @Override
  public PartialDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Localizer labels = CDI.current().select(Localizer.class).get();
    return parse(value, labels.locale())
        .orElseThrow(
            () ->
                new ConverterException(
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, labels.text("partial-date.invalid"), null)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PartialDate value) {
    return value == null ? "" : format(value, CDI.current().select(Localizer.class).get().locale());
  }

  /** The date as the reader types it: what {@link #parse} reads back as the same date. */
  static String format(PartialDate date, Locale locale) {
    if (!daysFirst(locale) || date.precision() == PartialDate.Precision.YEAR) {
      return date.toString();
    }
    LocalDate d = date.first();
    String month = String.format("%02d/%04d", d.getMonthValue(), d.getYear());
    return date.precision() == PartialDate.Precision.MONTH
        ? month
        : String.format("%02d/", d.getDayOfMonth()) + month;
  }

  /** The date typed, as the reader of this locale means it; empty when it is none. */
  static Optional<PartialDate> parse(String typed, Locale locale) {
    String s = typed.strip();
    Matcher m = SLASHED.matcher(s);
    if (m.matches()) {
      if (!daysFirst(locale) && m.group(1) != null) {
        return Optional.empty(); // 06/05/2014 is May in French, June in American English
      }
      try {
        int year = Integer.parseInt(m.group(3));
        int month = Integer.parseInt(m.group(2));
        PartialDate date =
            m.group(1) == null
                ? PartialDate.ofMonth(year, month)
                : PartialDate.of(LocalDate.of(year, month, Integer.parseInt(m.group(1))));
        PartialDate.requireKept(date, "date");
        return Optional.of(date);
      } catch (DateTimeException | IllegalArgumentException | DomainRuleViolation invalid) {
        return Optional.empty();
      }
    }
    try {
      return Optional.ofNullable(PartialDate.parse(s, "date"));
    } catch (DomainRuleViolation | IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  private static boolean daysFirst(Locale locale) {
    return "fr".equals(locale.getLanguage()) || "es".equals(locale.getLanguage());
  }
}
