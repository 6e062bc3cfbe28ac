package org.wops.web.pages;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount as people type it in their language: "12500.50", "12 500,50" (French), "12.500,50"
 * (Spanish), "12,500.50" (English). The last of a comma and a dot is the decimal mark; a mark that
 * appears once is decimal, but for the reader's grouping mark before exactly three digits ("1,000"
 * in English, "1.000" in Spanish); spaces (plain, no-break, thin) group digits. Anything else is
 * refused with a message in the reader's language next to the field, never dropped silently. An
 * amount is shown back the reader's way too.
 */
@FacesConverter("wops.amount")
public class AmountConverter implements Converter<BigDecimal> {
  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("-?\\d{1,3}([\\s\\u00a0\\u202f\\u2009.,]\\d{3})+");

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    // looked up, not injected: Faces makes its converters itself (with managed = true, Payara's
    // Mojarra left the field empty: the class is no CDI bean under annotated discovery)
    Localizer labels = CDI.current().select(Localizer.class).get();
    return parse(value, labels.locale())
        .orElseThrow(
            () ->
                new ConverterException(
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, labels.text("amount.invalid"), null)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : format(value, CDI.current().select(Localizer.class).get().locale());
  }

  /**
   * The amount as the reader writes it ("12 500,5" in French, "12.500,5" in Spanish, "12,500.5" in
   * English), every decimal kept: what {@link #parse} reads back as the same amount.
   */
  static String format(BigDecimal value, Locale locale) {
    java.text.DecimalFormat f =
        (java.text.DecimalFormat) java.text.NumberFormat.getNumberInstance(locale);
    f.setGroupingUsed(true);
    int decimals = Math.max(0, value.scale()); // as typed and kept: "12500.50" stays "12 500,50"
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(value);
  }

  /** The amount typed, read as the reader of this locale means it; empty when it is no amount. */
  static Optional<BigDecimal> parse(String typed, Locale locale) {
    String s = typed.strip().replaceAll("[\\s\\u00a0\\u202f\\u2009]", "");
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    String digits;
    Character decimalMark = null;
    if (comma >= 0 && dot >= 0) {
      char decimal = comma > dot ? ',' : '.';
      char grouping = decimal == ',' ? '.' : ',';
      digits = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
      decimalMark = decimal;
    } else if (comma >= 0 || dot >= 0) {
      char mark = comma >= 0 ? ',' : '.';
      long count = s.chars().filter(c -> c == mark).count();
      char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
      boolean groups = count > 1 || (mark == grouping && s.length() - s.lastIndexOf(mark) - 1 == 3);
      digits = groups ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.');
      decimalMark = groups ? null : mark;
    } else {
      digits = s;
    }
    if (!digits.matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
      return Optional.empty();
    }
    // digits grouped by threes only: "1.000.5" or "1,2,3" is no amount (it was read as 10005, 123)
    String t = typed.strip();
    String whole = decimalMark == null ? t : t.substring(0, t.lastIndexOf(decimalMark));
    if (!whole.matches("-?\\d+") && !GROUPED.matcher(whole).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(digits));
  }
}
