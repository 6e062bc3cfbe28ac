package org.wops.api.operator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.wops.api.problem.Problem;
import org.wops.api.support.CsvCells;
import org.wops.api.support.CsvText;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorChange;
import org.wops.domain.operator.OperatorDetails;
import org.wops.domain.operator.OperatorKind;
import org.wops.domain.operator.OtherName;
import org.wops.domain.operator.Ownership;
import org.wops.domain.operator.ServiceScope;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * Operators as CSV (Commons CSV): the columns of export and import, and the check of each imported
 * row. The first column is the operator's id: an exported file imported again updates the operators
 * it came from. Cells a spreadsheet would run as a formula are written as text ({@link CsvCells})
 * and read back as they were.
 */
public final class OperatorCsv {
  /**
   * Another name's kind inside a name ("…; FORMER: …"): two names written with the wrong separator.
   */
  private static final java.util.regex.Pattern NEXT_NAME =
      java.util.regex.Pattern.compile("[;,]\\s*(?i:FORMER|ALTERNATIVE)(?:/[A-Za-z]{2,3})?\\s*:");

  static final String[] COLUMNS = {
    "id",
    "name",
    "shortName",
    "kind",
    "country",
    "city",
    "services",
    "ownership",
    "latitude",
    "longitude",
    "populationServed",
    "connections",
    "allianceMember",
    "otherNames"
  };

  /**
   * How the otherNames cell lists an operator's former and alternative names: {@code KIND: name} or
   * {@code KIND/language: name}, separated by " | " ({@code FORMER/fr: Société Béninoise
   * d'Électricité et d'Eau | ALTERNATIVE: SONEB}).
   */
  static final String NAMES_SEPARATOR = " | ";

  private OperatorCsv() {}

  static String write(List<Operator> operators) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
      for (Operator o : operators) {
        csv.printRecord(
            CsvCells.row(
                o.id(),
                o.name(),
                o.shortName().orElse(""),
                o.kind(),
                o.country().code(),
                o.city(),
                o.services(),
                o.ownership(),
                o.latitude().map(BigDecimal::toPlainString).orElse(""),
                o.longitude().map(BigDecimal::toPlainString).orElse(""),
                o.populationServed().map(String::valueOf).orElse(""),
                o.connections().map(String::valueOf).orElse(""),
                o.allianceMember(),
                names(o.otherNames())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A row that could be read (with the id it names, if any), or the reasons it could not; {@code
   * asText} names the cells a spreadsheet would take for a formula, which are stored as text.
   */
  public record Row(
      long line,
      Long id,
      OperatorDetails details,
      List<Problem.FieldError> errors,
      List<Problem.FieldError> asText) {

    /** The row as a change for the domain (only for a row without errors). */
    public OperatorChange change() {
      return new OperatorChange(id, details);
    }
  }

  /**
   * The rows of a file's text, separated by {@code ,} or {@code ;} ({@link CsvText#records}); a
   * file that cannot be read at all is {@link CsvText.Refused}.
   */
  public static List<Row> read(String text) throws CsvText.Refused {
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : CsvText.records(text, COLUMNS).list()) {
      rows.add(check(r));
    }
    return rows;
  }

  /** {@link #read(String)} of the reader's text. */
  public static List<Row> read(Reader in) throws IOException, CsvText.Refused {
    StringWriter text = new StringWriter();
    in.transferTo(text);
    return read(text.toString());
  }

  private static Row check(CSVRecord r) {
    long line = r.getRecordNumber() + 1;
    List<Problem.FieldError> errors = new ArrayList<>();
    List<Problem.FieldError> asText = new ArrayList<>();
    for (String column : COLUMNS) {
      String raw = r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
      // the one rule for control characters, as for JSON bodies and forms (no cell is multi-line)
      int refused = org.wops.api.validation.ControlCharacters.firstRefused(raw, false);
      if (refused >= 0) {
        errors.add(
            error(
                line,
                column,
                org.wops.api.validation.ControlCharacters.RULE,
                org.wops.api.validation.ControlCharacters.message(raw, refused)));
      }
      if (CsvCells.formulaLike(CsvCells.unescape(raw))) {
        asText.add(
            error(
                line,
                column,
                "stored-as-text",
                CsvCells.escaped(raw)
                    ? "stored as text without the leading ' that marked it as text"
                    : "starts like a spreadsheet formula; stored as text"));
      }
    }
    Long id = id(r, line, errors);
    OperatorDetails details = null;
    try {
      details =
          new OperatorDetails(
              get(r, "name"),
              get(r, "shortName"),
              enumValue(OperatorKind.class, r, "kind", line, errors),
              country(r, line, errors),
              get(r, "city"),
              enumValue(ServiceScope.class, r, "services", line, errors),
              enumValue(Ownership.class, r, "ownership", line, errors),
              decimal(r, "latitude", line, errors),
              decimal(r, "longitude", line, errors),
              number(r, "populationServed", line, errors),
              number(r, "connections", line, errors),
              yesOrNo(r, "allianceMember", line, errors),
              otherNames(r, line, errors));
      // the domain's own rules, row by row: every cell at fault, those the format refused aside
      new Operator(details, OffsetDateTime.now(ZoneOffset.UTC));
    } catch (DomainRuleViolation refused) {
      for (DomainRuleViolation v : refused.withOthers()) {
        String field = v.field() == null ? "row" : v.field();
        if (errors.stream().noneMatch(e -> e.field().equals("line " + line + ": " + field))) {
          errors.add(error(line, field, v.code(), v.getMessage()));
        }
      }
    }
    return new Row(line, id, errors.isEmpty() ? details : null, errors, asText);
  }

  static String names(List<OtherName> names) {
    return String.join(
        NAMES_SEPARATOR,
        names.stream()
            .map(n -> n.kind() + n.language().map(l -> "/" + l).orElse("") + ": " + n.name())
            .toList());
  }

  private static List<OtherName> otherNames(
      CSVRecord r, long line, List<Problem.FieldError> errors) {
    String v = get(r, "otherNames");
    List<OtherName> names = new ArrayList<>();
    if (v == null) {
      return names;
    }
    for (String entry : v.split("\\|")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String[] kindAndLanguage =
          colon < 0 ? new String[0] : entry.substring(0, colon).strip().split("/", 2);
      try {
        OtherName.Kind kind =
            kindAndLanguage.length == 0
                ? null
                : OtherName.Kind.valueOf(kindAndLanguage[0].strip().toUpperCase(Locale.ROOT));
        if (kind == null || NEXT_NAME.matcher(entry.substring(colon + 1)).find()) {
          // none, or two names run into one ("…; FORMER: …"): the names are separated by |
          throw new IllegalArgumentException();
        }
        names.add(
            new OtherName(
                entry.substring(colon + 1).strip(),
                kind,
                kindAndLanguage.length > 1 ? kindAndLanguage[1] : null));
      } catch (IllegalArgumentException e) {
        errors.add(
            error(
                line,
                "otherNames",
                "other-name",
                "'"
                    + entry.strip()
                    + "' is not FORMER: name, ALTERNATIVE: name or KIND/language: name"
                    + " (several names separated by |)"));
      } catch (DomainRuleViolation e) {
        errors.add(error(line, e.field(), e.code(), e.getMessage()));
      }
    }
    return names;
  }

  private static Long id(CSVRecord r, long line, List<Problem.FieldError> errors) {
    String v = get(r, "id");
    if (v == null) {
      return null;
    }
    if (!v.matches("[1-9]\\d{0,17}")) {
      errors.add(
          error(
              line,
              "id",
              "id",
              "'" + v + "' is not an operator id (leave it empty for a new operator)"));
      return null;
    }
    return Long.valueOf(v);
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column)
        ? emptyToNull(CsvCells.unescape(r.get(column)))
        : null;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, CSVRecord r, String column, long line, List<Problem.FieldError> errors) {
    String v = get(r, column);
    if (v == null) {
      return null; // the domain says it is required
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          error(
              line,
              column,
              "one-of",
              "'" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  private static CountryCode country(CSVRecord r, long line, List<Problem.FieldError> errors) {
    String v = get(r, "country");
    try {
      return CountryCode.of(v);
    } catch (DomainRuleViolation e) {
      errors.add(error(line, "country", e.code(), e.getMessage()));
      return null;
    }
  }

  private static BigDecimal decimal(
      CSVRecord r, String column, long line, List<Problem.FieldError> errors) {
    String v = get(r, column);
    try {
      BigDecimal d = v == null ? null : new BigDecimal(v);
      if (d != null && (d.scale() > 12 || d.precision() - d.scale() > 6)) {
        errors.add(error(line, column, "number", "'" + v + "' is out of range"));
        return null;
      }
      return d;
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(
          CsvText.separated(v)
              ? error(line, column, CsvText.NUMBER_FORMAT, CsvText.numberFormat(v))
              : error(line, column, "number", "'" + v + "' is not a number"));
      return null;
    }
  }

  private static Long number(
      CSVRecord r, String column, long line, List<Problem.FieldError> errors) {
    String v = get(r, column);
    try {
      return v == null ? null : Long.valueOf(v);
    } catch (NumberFormatException e) {
      errors.add(
          CsvText.separated(v)
              ? error(line, column, CsvText.NUMBER_FORMAT, CsvText.numberFormat(v))
              : error(
                  line,
                  column,
                  "whole-number",
                  "'" + v + "' is not a whole number from 0 to " + Long.MAX_VALUE));
      return null;
    }
  }

  /**
   * A yes-or-no cell: true or false (as the export writes it), yes or no, 1 or 0, any case; empty
   * is no. Anything else is refused, not read as no.
   */
  private static boolean yesOrNo(
      CSVRecord r, String column, long line, List<Problem.FieldError> errors) {
    String v = get(r, column);
    if (v == null) {
      return false;
    }
    switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1" -> {
        return true;
      }
      case "false", "no", "0" -> {
        return false;
      }
      default -> {
        errors.add(error(line, column, "yes-or-no", "'" + v + "' is neither true nor false"));
        return false;
      }
    }
  }

  private static Problem.FieldError error(long line, String field, String rule, String message) {
    return new Problem.FieldError("line " + line + ": " + field, rule, message);
  }
}
