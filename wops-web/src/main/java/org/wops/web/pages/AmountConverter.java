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
 * An amount as people type it in their language, read only as the reader's language reads it: "12
 * 500,50" or "12.500,50" (French; "12500.50" too, a point being no French grouping mark),
 * "12.500,50" (Spanish), "12,500.50" (English); spaces (plain, no-break, thin) group digits by
 * threes everywhere. An entry the reader's language could read two ways is refused with a message
 * saying how to write it, never guessed: "1.250" on the French page (a thousand and more, or one
 * and a quarter?), and on the Spanish one (a thousands point in Spain, a decimal point in Mexico
 * and Central America; "1.250,5", "12.500.000" and "1250" are read one way only, and an amount is
 * shown back on the Spanish page so: 1250 as "1250", never "1.250"); and so is one written the
 * other way round for the page ("1,5" on the English page, "1,250,000.50" on the French one): the
 * message shows it as the page writes it. More than 15 digits before the decimal mark or 4 after it
 * get the limit's message. An amount is shown back the reader's way, its decimals as typed.
 */
@FacesConverter("wops.amount")
public class AmountConverter implements Converter<BigDecimal> {
  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("-?\\d{1,3}([\\s\\u00a0\\u202f\\u2009.,]\\d{3})+");
  private static final java.util.regex.Pattern WRITTEN =
      java.util.regex.Pattern.compile("-?[\\d\\s\\u00a0\\u202f\\u2009.,]+");

  /** How an entry was read: its value, or why it was refused (a key) with what to write instead. */
  record Reading(BigDecimal value, String refusal, java.util.List<String> instead) {
    static Reading of(BigDecimal value) {
      return new Reading(value, null, java.util.List.of());
    }

    static Reading refused(String refusal) {
      return new Reading(null, refusal, java.util.List.of());
    }
  }

  /** The bundle's words for an entry that is no amount at all (a number's, in a subclass). */
  String invalid() {
    return "amount.invalid";
  }

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    // looked up, not injected: Faces makes its converters itself (with managed = true, Payara's
    // Mojarra left the field empty: the class is no CDI bean under annotated discovery)
    Localizer labels = CDI.current().select(Localizer.class).get();
    Reading r = read(value, labels.locale());
    if (r.value() != null) {
      return r.value();
    }
    String key =
        switch (r.refusal()) {
          case "ambiguous" -> "number.ambiguous";
          case "other-way" -> "number.other-way";
          case "too-large" -> "number.too-large";
          default -> invalid();
        };
    java.util.List<Object> values = new java.util.ArrayList<>(r.instead());
    values.add(0, value.strip());
    String text =
        new java.text.MessageFormat(labels.text(key), labels.locale()).format(values.toArray());
    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
    String shown = f.format(value);
    if (f.getDecimalFormatSymbols().getGroupingSeparator() == '.'
        && decimals == 0
        && shown.indexOf('.') == shown.lastIndexOf('.')) {
      // "1.250" would be asked when it comes back (one point, three digits): "1250", as typed
      f.setGroupingUsed(false);
      shown = f.format(value);
    }
    return shown;
  }

  /** The amount typed, read as the reader of this locale means it; empty when it is refused. */
  static Optional<BigDecimal> parse(String typed, Locale locale) {
    return Optional.ofNullable(read(typed, locale).value());
  }

  /** The entry read as the reader of this locale means it, or why not. */
  static Reading read(String typed, Locale locale) {
    String t = typed.strip();
    if (!WRITTEN.matcher(t).matches()) {
      return Reading.refused("invalid");
    }
    String s = t.replaceAll("[\\s\\u00a0\\u202f\\u2009]", "");
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char decimal = symbols.getDecimalSeparator();
    char grouping = symbols.getGroupingSeparator(); // a space in French: neither mark
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    String digits;
    Character decimalMark = null;
    if (comma >= 0 && dot >= 0) {
      char last = comma > dot ? ',' : '.';
      char other = last == ',' ? '.' : ',';
      digits = s.replace(String.valueOf(other), "").replace(last, '.');
      decimalMark = last;
      if (last != decimal && grouped(t, last)) { // "1,250,000.50" on the French page
        return wrongWay(digits, locale);
      }
    } else if (comma >= 0 || dot >= 0) {
      char mark = comma >= 0 ? ',' : '.';
      long count = s.chars().filter(c -> c == mark).count();
      int after = s.length() - s.lastIndexOf(mark) - 1;
      if (count > 1) {
        if (leadingZeroGroup(s, mark)) {
          return Reading.refused("invalid"); // "0.495.000": no amount groups a leading zero
        }
        digits = s.replace(String.valueOf(mark), ""); // grouping, whatever the language
      } else if (mark == decimal) {
        digits = s.replace(mark, '.');
        decimalMark = mark;
      } else if (mark == grouping) {
        // "1,5" on the English page, "0.495" on the Spanish one: a decimal written the other way
        // (a leading zero is never a group of thousands: "0.495" was read as 495)
        if (after != 3 || leadingZeroGroup(s, mark)) {
          return wrongWay(s.replace(mark, '.'), locale);
        }
        if (mark == '.') {
          // "1.250" on the Spanish page: a thousands point in Spain, a decimal point in Mexico
          // and Central America; asked, never guessed
          return ambiguous(s.replace(String.valueOf(mark), ""), s.replace(mark, '.'), locale);
        }
        digits = s.replace(String.valueOf(mark), "");
      } else if (after == 3 && !leadingZeroGroup(s, mark)) { // "1.250" in French: 1 250 or 1,25?
        return ambiguous(s.replace(String.valueOf(mark), ""), s.replace(mark, '.'), locale);
      } else {
        digits = s.replace(mark, '.'); // "12500.75" on the French page: a decimal point
        decimalMark = mark;
      }
    } else {
      digits = s;
    }
    if (!digits.matches("-?\\d+(\\.\\d+)?")) {
      return Reading.refused("invalid");
    }
    // digits grouped by threes only: "1.000.5" or "1,2,3" is no amount (it was read as 10005, 123)
    String whole = decimalMark == null ? t : t.substring(0, t.lastIndexOf(decimalMark));
    if (!whole.matches("-?\\d+") && !GROUPED.matcher(whole).matches()) {
      return Reading.refused("invalid");
    }
    if (!digits.matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
      return Reading.refused("too-large");
    }
    return Reading.of(new BigDecimal(digits));
  }

  /** Whether the digits before the first {@code mark} start with a zero ("0.495", "00.495"). */
  private static boolean leadingZeroGroup(String s, char mark) {
    String first = s.substring(s.startsWith("-") ? 1 : 0, s.indexOf(mark));
    return first.startsWith("0");
  }

  /** Whether the part before the last {@code mark} groups its digits by threes. */
  private static boolean grouped(String typed, char mark) {
    String whole = typed.substring(0, typed.lastIndexOf(mark));
    return GROUPED.matcher(whole).matches();
  }

  private static Reading wrongWay(String digits, Locale locale) {
    if (!digits.matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
      return Reading.refused("invalid");
    }
    return new Reading(
        null, "other-way", java.util.List.of(format(new BigDecimal(digits), locale)));
  }

  private static Reading ambiguous(String whole, String fraction, Locale locale) {
    return new Reading(
        null,
        "ambiguous",
        java.util.List.of(
            format(new BigDecimal(whole), locale),
            format(new BigDecimal(fraction).stripTrailingZeros(), locale)));
  }
}
