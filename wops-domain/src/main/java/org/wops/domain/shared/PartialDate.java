package org.wops.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year ("2012"), to the month ("2014-06") or to the day ("2014-06-15"), as the
 * sources give it — never a 1 January nobody stated. It is the period it names: it {@link #first()
 * begins} on its first day and {@link #last() ends} on its last, and it is compared, sorted and
 * checked as that period ({@link #endsBefore}: an end of "2014" is not before a start of
 * "2014-06-01"). Written at its precision ({@link #toString()}); read by {@link #parse}.
 *
 * @param first the first day of the period
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate first, Precision precision)
    implements Comparable<PartialDate>, java.io.Serializable {
  /** How much of a date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /** The years a date may have: what every database and export of the platform keeps. */
  public static final int MIN_YEAR = 1000;

  public static final int MAX_YEAR = 2999;

  /** What {@link #parse} accepts, for the messages that refuse a value. */
  public static final String FORMAT =
      "YYYY, YYYY-MM or YYYY-MM-DD (for example 2012, 2014-06 or 2014-06-15), years "
          + MIN_YEAR
          + " to "
          + MAX_YEAR;

  private static final Pattern WRITTEN = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    Objects.requireNonNull(first, "first is required");
    Objects.requireNonNull(precision, "precision is required");
    if (precision != Precision.DAY && first.getDayOfMonth() != 1
        || precision == Precision.YEAR && first.getMonthValue() != 1) {
      throw new IllegalArgumentException(first + " is not the first day of its " + precision);
    }
  }

  /** A date known to the day. */
  public static PartialDate of(LocalDate day) {
    return new PartialDate(day, Precision.DAY);
  }

  /** A date known to the day, or null. */
  public static PartialDate ofNullable(LocalDate day) {
    return day == null ? null : of(day);
  }

  /**
   * The period so many days after (or, negative, before) this one, known no better than this one. A
   * day moves by so many days. A month or a year moves from its first day forward, from its last
   * day backward, and stays a month or a year: "2027" plus 30 days is 2027, minus 60 days too (60
   * days before a start known to the year is still that year at the latest), plus 400 days 2028;
   * "2027-03" plus 31 days is "2027-04". A template milestone counted from a start known to the
   * year is due that year, never on an invented day.
   */
  public PartialDate plusDays(long days) {
    LocalDate moved = (days >= 0 ? first : last()).plusDays(days);
    return switch (precision) {
      case DAY -> of(moved);
      case MONTH -> ofMonth(moved.getYear(), moved.getMonthValue());
      case YEAR -> ofYear(moved.getYear());
    };
  }

  /** A year alone. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
  }

  /** A year and a month. */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
  }

  /**
   * The date as stored: its first day and its precision (null: to the day, as every date was before
   * precisions were kept).
   */
  public static PartialDate stored(LocalDate first, Precision precision) {
    return first == null
        ? null
        : new PartialDate(first, precision == null ? Precision.DAY : precision);
  }

  /**
   * Reads a date written {@link #FORMAT}; refused (a {@link DomainRuleViolation} {@code
   * date.invalid} naming the field) otherwise.
   */
  public static PartialDate parse(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = WRITTEN.matcher(text.strip());
    if (m.matches()) {
      try {
        int year = Integer.parseInt(m.group(1));
        if (year >= MIN_YEAR && year <= MAX_YEAR) {
          if (m.group(2) == null) {
            return ofYear(year);
          }
          int month = Integer.parseInt(m.group(2));
          if (m.group(3) == null) {
            return ofMonth(year, month);
          }
          return of(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
        }
      } catch (DateTimeException outOfRange) {
        // refused below
      }
    }
    throw new DomainRuleViolation(
        "date.invalid",
        field,
        "'" + text.strip() + "' is not a date: write " + FORMAT + ".",
        text.strip());
  }

  /**
   * Refuses ({@code date.invalid}, naming the field) a date whose year no column or export of the
   * platform keeps (a form's converter takes year 99999 as readily as 2027).
   */
  public static void requireKept(PartialDate date, String field) {
    if (date != null && (date.first().getYear() < MIN_YEAR || date.first().getYear() > MAX_YEAR)) {
      throw new DomainRuleViolation(
          "date.invalid",
          field,
          "'" + date.first() + "' is not a date the platform keeps: write " + FORMAT + ".",
          date.first().toString());
    }
  }

  /** The last day of the period. */
  public LocalDate last() {
    return switch (precision) {
      case YEAR -> first.withMonth(12).withDayOfMonth(31);
      case MONTH -> YearMonth.from(first).atEndOfMonth();
      case DAY -> first;
    };
  }

  /** Whether the whole period ends before {@code other} begins. */
  public boolean endsBefore(PartialDate other) {
    return last().isBefore(other.first());
  }

  /** Whether the whole period ends before {@code day}. */
  public boolean endsBefore(LocalDate day) {
    return last().isBefore(day);
  }

  /** Whether the period begins after {@code day} (it cannot have happened by then). */
  public boolean beginsAfter(LocalDate day) {
    return first.isAfter(day);
  }

  /** Whether {@code day} falls within the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last());
  }

  public boolean isDay() {
    return precision == Precision.DAY;
  }

  /** Earlier periods first; of two that begin on one day, the more precise first. */
  @Override
  public int compareTo(PartialDate o) {
    int byDay = first.compareTo(o.first);
    return byDay != 0 ? byDay : o.precision.compareTo(precision);
  }

  /**
   * The date at its precision as a reader's language writes it: "2012"; "June 2014", "juin 2014",
   * "junio de 2014"; a whole date in the given style ("15 juin 2014"). Never a 1 January nobody
   * stated.
   */
  public String inWords(Locale locale, FormatStyle dayStyle) {
    return switch (precision) {
      case YEAR -> String.valueOf(first.getYear());
      case MONTH ->
          DateTimeFormatter.ofPattern(
                  locale.getLanguage().equals("es") ? "LLLL 'de' yyyy" : "LLLL yyyy", locale)
              .format(first);
      case DAY -> DateTimeFormatter.ofLocalizedDate(dayStyle).withLocale(locale).format(first);
    };
  }

  /** Written at its precision: {@code 2012}, {@code 2014-06} or {@code 2014-06-15}. */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format("%04d", first.getYear());
      case MONTH -> String.format("%04d-%02d", first.getYear(), first.getMonthValue());
      case DAY -> first.toString();
    };
  }
}
