package org.wops.api.partnership;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.wops.api.problem.Problem;
import org.wops.api.support.CsvCells;
import org.wops.api.support.CsvText;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipImport;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;

/**
 * Partnerships as CSV (Commons CSV, RFC 4180, UTF-8, a header row): one row a partnership, lists
 * joined with {@code ;}, participants as {@code operatorId:ROLE}, supporters as {@code
 * organisationId:ROLE}, each party's stated contribution as {@code id:amount} (a party nobody
 * stated a contribution for is left out: unknown is not zero), and supporters' role descriptions as
 * {@code id:text} (a {@code ;} or {@code \} in the text written {@code \;} or {@code \\}). Cells a
 * spreadsheet would run as a formula are written as text ({@link CsvCells}) and read back as they
 * were.
 *
 * <p>The same columns go back in through the import ({@link #read}); the columns the platform
 * derives ({@link #DERIVED}: compliance, funding type, sums, milestone counts) are written for
 * readers and ignored when read.
 */
public final class PartnershipCsv {
  static final String[] COLUMNS = {
    "id",
    "title",
    "type",
    "status",
    "published",
    "charterCompliant",
    "fundingType",
    "currency",
    "plannedStart",
    "plannedEnd",
    "actualStart",
    "actualEnd",
    "countries",
    "workingAreas",
    "participants",
    "supporters",
    "operatorsCash",
    "operatorsInKind",
    "supportersContribution",
    "milestones",
    "milestonesReached",
    // added for the import (after the columns existing readers know)
    "version",
    "objectives",
    "approach",
    "expectedOutcomes",
    "cashByOperator",
    "inKindByOperator",
    "contributionByOrganisation",
    "roleDescriptionByOrganisation",
    // the budget as the sources state it (issue 16, item 4)
    "budgetCurrency",
    "budgetTotal",
    "budgetLines",
    "fundingDeclared",
    "fundingDescription",
    // languages of content (issue 16, item 10)
    "titleLanguage",
    "titleTranslations",
    "objectivesLanguage",
    "objectivesTranslations",
    // the sources' own labels of the working areas (issue 16, item 6): CODE:label;:label alone
    "workingAreaLabels",
    // what the partnership reports and where its facts come from (issue 16, item 12b): the results
    // as the API's JSON array, the sources as title|link|dated|note;... (ResultsAndSources)
    "results",
    "sources"
  };

  /** The most characters a number's cell may have (13 digits, a point, 2 decimals, some slack). */
  static final int NUMBER_MAX = 32;

  /** Written for readers, computed by the platform, ignored by the import. */
  static final Set<String> DERIVED =
      Set.of(
          "charterCompliant",
          "fundingType",
          "operatorsCash",
          "operatorsInKind",
          "supportersContribution",
          "milestones",
          "milestonesReached");

  private PartnershipCsv() {}

  /**
   * The partnerships as CSV rows; {@code compliant}: the ids of those that are Charter-compliant.
   */
  static String write(List<Partnership> partnerships, java.util.Set<Long> compliant) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
      for (Partnership p : partnerships) {
        csv.printRecord(
            CsvCells.row(
                p.id(),
                p.title(),
                p.typeId(),
                p.status(),
                p.published(),
                compliant.contains(p.id()),
                p.fundingType().map(Enum::name).orElse(""),
                p.currency(),
                date(p.plannedStart().orElse(null)),
                date(p.plannedEnd().orElse(null)),
                date(p.actualStart().orElse(null)),
                date(p.actualEnd().orElse(null)),
                String.join(";", new TreeSet<>(p.countries())),
                String.join(";", new TreeSet<>(p.workingAreas())),
                p.participants().stream()
                    .map(x -> x.operatorId() + ":" + x.role())
                    .collect(Collectors.joining(";")),
                p.supporters().stream()
                    .map(s -> s.organisationId() + ":" + s.role())
                    .collect(Collectors.joining(";")),
                sum(p.participants().stream().map(x -> x.cashContribution().orElse(null)).toList()),
                sum(
                    p.participants().stream()
                        .map(x -> x.inKindContribution().orElse(null))
                        .toList()),
                sum(p.supporters().stream().map(s -> s.contribution().orElse(null)).toList()),
                p.milestones().size(),
                p.milestones().stream().filter(m -> m.actualDate().isPresent()).count(),
                p.version(),
                p.objectives(),
                p.approach().orElse(""),
                p.expectedOutcomes().orElse(""),
                amounts(
                    p.participants(),
                    Participant::operatorId,
                    x -> x.cashContribution().orElse(null)),
                amounts(
                    p.participants(),
                    Participant::operatorId,
                    x -> x.inKindContribution().orElse(null)),
                amounts(
                    p.supporters(),
                    SupportingOrganisation::organisationId,
                    s -> s.contribution().orElse(null)),
                p.supporters().stream()
                    .filter(s -> s.roleDescription().isPresent())
                    .map(s -> s.organisationId() + ":" + escapeItem(s.roleDescription().get()))
                    .collect(Collectors.joining(";")),
                p.budget().currency().orElse(""),
                p.budget().total().map(BigDecimal::toPlainString).orElse(""),
                p.budget().lines().stream()
                    .map(org.wops.domain.partnership.BudgetLine::toString)
                    .collect(Collectors.joining(";")),
                p.budget().fundingType().map(Enum::name).orElse(""),
                p.budget().fundingDescription().orElse(""),
                p.titleText().language().declared().orElse(""),
                translations(p.titleText().language()),
                p.objectivesText().language().declared().orElse(""),
                translations(p.objectivesText().language()),
                areaLabels(p.workingAreaLabels()),
                ResultsAndSources.resultsCell(p.results()),
                ResultsAndSources.sourcesCell(p.sources())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code es:text;fr:text}: a text's translations, each text escaped ({@link #escapeItem}). */
  static String translations(TextLanguage language) {
    return language.translations().entrySet().stream()
        .map(e -> e.getKey() + ":" + escapeItem(e.getValue()))
        .collect(Collectors.joining(";"));
  }

  /**
   * {@code NRW:réduction des pertes en eau;:gouvernance locale}: each source's label after the code
   * it maps to, or after nothing when it maps to none; each label escaped ({@link #escapeItem}).
   */
  static String areaLabels(List<org.wops.domain.partnership.AreaLabel> labels) {
    return labels.stream()
        .map(l -> l.code().orElse("") + ":" + escapeItem(l.label()))
        .collect(Collectors.joining(";"));
  }

  /** A text inside a {@code ;} list: {@code \} and {@code ;} escaped with a {@code \}. */
  static String escapeItem(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;");
  }

  /** The items of a {@code ;} list whose texts were escaped by {@link #escapeItem}. */
  static List<String> escapedItems(String cell) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        item.append(cell.charAt(++i));
      } else if (c == ';') {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items.stream().filter(x -> !x.isBlank()).toList();
  }

  /** At its precision: {@code 2012}, {@code 2014-06} or {@code 2014-06-15}. */
  private static String date(PartialDate d) {
    return d == null ? "" : d.toString();
  }

  /** The sum of the stated amounts; empty when nobody stated any (unknown is not zero). */
  private static String sum(List<BigDecimal> amounts) {
    return amounts.stream()
        .filter(a -> a != null)
        .reduce(BigDecimal::add)
        .map(BigDecimal::toPlainString)
        .orElse("");
  }

  private static <T> String amounts(
      List<T> parties, Function<T, Long> id, Function<T, BigDecimal> amount) {
    return parties.stream()
        .filter(x -> amount.apply(x) != null)
        .map(x -> id.apply(x) + ":" + amount.apply(x).toPlainString())
        .collect(Collectors.joining(";"));
  }

  // ---------------------------------------------------------------- reading

  /**
   * A row that could be read, or the reasons it could not; {@code asText} names the cells a
   * spreadsheet would take for a formula, which are stored as text.
   */
  public record Row(
      long line,
      PartnershipImport.Row row,
      List<Problem.FieldError> errors,
      List<Problem.FieldError> asText) {}

  /**
   * The rows of a file's text, separated by {@code ,} or {@code ;} ({@link CsvText#records}); a
   * file that cannot be read at all is {@link CsvText.Refused}.
   */
  public static List<Row> read(String text) throws CsvText.Refused {
    List<Row> rows = new ArrayList<>();
    CsvText.Records records = CsvText.records(text, COLUMNS);
    for (CSVRecord r : records.list()) {
      rows.add(new Reading(r, records.semicolons()).row());
    }
    return rows;
  }

  /** {@link #read(String)} of the reader's text. */
  public static List<Row> read(Reader in) throws IOException, CsvText.Refused {
    StringWriter text = new StringWriter();
    in.transferTo(text);
    return read(text.toString());
  }

  /** The column of the file that a domain rule's field stands for. */
  static String column(String field) {
    if (field == null) {
      return "row";
    }
    if (field.startsWith("titleTranslations.") || field.startsWith("objectivesTranslations.")) {
      return field.substring(0, field.indexOf('.'));
    }
    return switch (field) {
      case "typeId" -> "type";
      case "role", "operatorId" -> "participants";
      case "organisationId" -> "supporters";
      case "cashContribution" -> "cashByOperator";
      case "inKindContribution" -> "inKindByOperator";
      case "contribution" -> "contributionByOrganisation";
      case "roleDescription" -> "roleDescriptionByOrganisation";
      case "budget", "budget.currency" -> "budgetCurrency";
      case "budget.total" -> "budgetTotal";
      case "budget.fundingDescription" -> "fundingDescription";
      case "fundingType" -> "fundingDeclared";
      default ->
          field.startsWith("budget.lines")
              ? "budgetLines"
              : field.startsWith("results")
                  ? "results"
                  : field.startsWith("sources") ? "sources" : field;
    };
  }

  /** One record being read: its cells, checked one column at a time. */
  private static final class Reading {
    private final CSVRecord r;
    private final long line;

    /** Read with {@code ;}: a point in an amount may be a thousands separator. */
    private final boolean semicolons;

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final List<Problem.FieldError> asText = new ArrayList<>();

    Reading(CSVRecord r, boolean semicolons) {
      this.r = r;
      this.line = r.getRecordNumber() + 1;
      this.semicolons = semicolons;
    }

    Row row() {
      for (String column : r.toMap().keySet()) {
        String raw = r.isSet(column) ? r.get(column) : null;
        // the one rule for control characters, as for JSON bodies and forms
        int refused =
            org.wops.api.validation.ControlCharacters.firstRefused(
                raw,
                org.wops.api.validation.ControlCharacters.MULTI_LINE.contains(column)
                    // a JSON array may span lines; the texts inside are checked as it is read
                    || column.equals("results"));
        if (refused >= 0) {
          errors.add(
              error(
                  column,
                  org.wops.api.validation.ControlCharacters.RULE,
                  org.wops.api.validation.ControlCharacters.message(raw, refused)));
        }
        if (CsvCells.formulaLike(CsvCells.unescape(raw))) {
          asText.add(
              error(
                  column,
                  "stored-as-text",
                  CsvCells.escaped(raw)
                      ? "stored as text without the leading ' that marked it as text"
                      : "starts like a spreadsheet formula; stored as text"));
        }
      }
      Long id = whole("id");
      Long version = whole("version");
      PartnershipStatus status = status();
      Boolean published = bool("published");
      PartnershipDetails details =
          PartnershipDetails.builder()
              .title(get("title"))
              .objectives(get("objectives"))
              .approach(get("approach"))
              .expectedOutcomes(get("expectedOutcomes"))
              .currency(get("currency"))
              .workingAreas(list("workingAreas"))
              .workingAreaLabels(areaLabels())
              .countries(
                  list("countries").stream()
                      .map(c -> c.toUpperCase(Locale.ROOT))
                      .collect(Collectors.toCollection(LinkedHashSet::new)))
              .plannedStart(date("plannedStart"))
              .plannedEnd(date("plannedEnd"))
              .actualStart(date("actualStart"))
              .actualEnd(date("actualEnd"))
              .titleLanguage(language("title"))
              .objectivesLanguage(language("objectives"))
              .build();
      Map<Long, ParticipantRole> roles = parties("participants", ParticipantRole.class);
      Map<Long, SupporterRole> supporterRoles = parties("supporters", SupporterRole.class);
      Map<Long, BigDecimal> cash = amounts("cashByOperator", roles.keySet(), "participants");
      Map<Long, BigDecimal> inKind = amounts("inKindByOperator", roles.keySet(), "participants");
      Map<Long, BigDecimal> given =
          amounts("contributionByOrganisation", supporterRoles.keySet(), "supporters");
      Map<Long, String> described = descriptions(supporterRoles.keySet());
      org.wops.domain.partnership.Budget budget = budget();
      List<org.wops.domain.partnership.Result> results =
          r.isMapped("results")
              ? ResultsAndSources.resultsOfCell(get("results"), inCell("results"))
              : null;
      List<org.wops.domain.partnership.Source> sources =
          r.isMapped("sources")
              ? ResultsAndSources.sourcesOfCell(get("sources"), inCell("sources"))
              : null;
      if (!errors.isEmpty()) {
        return new Row(line, null, errors, asText);
      }
      List<Participant> participants = new ArrayList<>();
      List<SupportingOrganisation> supporters = new ArrayList<>();
      try {
        roles.forEach(
            (operator, role) ->
                participants.add(
                    new Participant(
                        operator, role, cash.get(operator), inKind.get(operator), null, null)));
        supporterRoles.forEach(
            (organisation, role) ->
                supporters.add(
                    new SupportingOrganisation(
                        organisation, role, described.get(organisation), given.get(organisation))));
      } catch (org.wops.domain.shared.DomainRuleViolation v) {
        errors.add(error(column(v.field()), v.code(), v.getMessage()));
        return new Row(line, null, errors, asText);
      }
      return new Row(
          line,
          new PartnershipImport.Row(
              line,
              id,
              version,
              get("type"),
              status,
              published,
              details,
              participants,
              supporters,
              budget,
              absent(),
              results,
              sources),
          errors,
          asText);
    }

    /**
     * The budget's columns: a currency, a total, lines written {@code 2013@7=120000.00} (a year, a
     * funder's organisation id, or both, then the amount) and separated by {@code ;}, the declared
     * funding type and the funding in the sources' words. None if the file lacks the columns.
     */
    private org.wops.domain.partnership.Budget budget() {
      List<String> columns =
          List.of(
              "budgetCurrency",
              "budgetTotal",
              "budgetLines",
              "fundingDeclared",
              "fundingDescription");
      List<String> present = columns.stream().filter(r::isMapped).toList();
      if (present.isEmpty()) {
        return null;
      }
      if (present.size() < columns.size()) {
        // a part of the budget left out would be emptied: the columns go together
        errors.add(
            error(
                columns.stream().filter(c -> !r.isMapped(c)).findFirst().orElseThrow(),
                "import.budget-columns",
                "The budget's columns go together ("
                    + String.join(", ", columns)
                    + "): keep all of them, or leave all of them out to keep the budget as it is."));
        return null;
      }
      List<org.wops.domain.partnership.BudgetLine> lines = new ArrayList<>();
      // not list(): two identical lines are two lines (refused as such), never one silently
      List<String> items = new ArrayList<>();
      String cell = get("budgetLines");
      for (String item : cell == null ? new String[0] : cell.split(";")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      for (int i = 0; i < items.size(); i++) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("(\\d{1,9})?(?:@([1-9]\\d{0,17}))?=(.+)")
                .matcher(items.get(i));
        if (!m.matches() || m.group(1) == null && m.group(2) == null) {
          errors.add(
              error(
                  "budgetLines",
                  "budget-line",
                  "'"
                      + items.get(i)
                      + "' is not year=amount, @organisationId=amount or"
                      + " year@organisationId=amount (for example 2013@7=120000)"));
          continue;
        }
        try {
          lines.add(
              new org.wops.domain.partnership.BudgetLine(
                  m.group(1) == null ? null : Integer.valueOf(m.group(1)),
                  m.group(2) == null ? null : Long.valueOf(m.group(2)),
                  decimal(m.group(3).strip()),
                  "budget.lines[" + i + "]"));
        } catch (NumberFormatException e) {
          notANumber("budgetLines", m.group(3).strip());
        } catch (org.wops.domain.shared.DomainRuleViolation v) {
          v.withOthers().forEach(x -> errors.add(error("budgetLines", x.code(), x.getMessage())));
        }
      }
      BigDecimal total = null;
      String givenTotal = get("budgetTotal");
      if (givenTotal != null) {
        try {
          total = decimal(givenTotal.strip());
        } catch (NumberFormatException e) {
          notANumber("budgetTotal", givenTotal.strip());
        }
      }
      org.wops.domain.partnership.FundingType type = null;
      String declared = get("fundingDeclared");
      if (declared != null) {
        try {
          type =
              org.wops.domain.partnership.FundingType.valueOf(
                  declared.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          errors.add(
              error(
                  "fundingDeclared",
                  "one-of",
                  "'"
                      + declared
                      + "' is not one of "
                      + java.util.Arrays.toString(
                          org.wops.domain.partnership.FundingType.values())));
        }
      }
      if (!errors.isEmpty()) {
        return null;
      }
      try {
        return new org.wops.domain.partnership.Budget(
            get("budgetCurrency"), total, lines, type, get("fundingDescription"));
      } catch (org.wops.domain.shared.DomainRuleViolation v) {
        v.withOthers().forEach(x -> errors.add(error(column(x.field()), x.code(), x.getMessage())));
        return null;
      }
    }

    /**
     * An amount as a cell writes it; refused (NumberFormatException) when longer than any amount
     * can be (parsing a million digits takes the server seconds, and grows with the square), and in
     * a file separated by {@code ;} when its points may be thousands separators ({@code 120.000}).
     */
    private BigDecimal decimal(String text) {
      if (text.length() > NUMBER_MAX) {
        throw new NumberFormatException("longer than " + NUMBER_MAX + " characters");
      }
      if (semicolons && CsvText.groupedByPoints(text)) {
        throw new NumberFormatException("thousands grouped by points");
      }
      return new BigDecimal(text);
    }

    /**
     * A number refused: written as a spreadsheet in another language writes it ({@code 1 234,50},
     * or {@code 120.000} in a file separated by {@code ;}), or no number at all.
     */
    private void notANumber(String column, String text) {
      if (CsvText.separated(text)) {
        errors.add(error(column, CsvText.NUMBER_FORMAT, CsvText.numberFormat(text)));
      } else {
        errors.add(error(column, "number", "'" + text + "' is not a number"));
      }
    }

    /** The fields whose column the file lacks (kept as they are on an existing partnership). */
    private Set<String> absent() {
      Set<String> absent = new java.util.HashSet<>();
      for (String field : PartnershipImport.FIELDS) {
        if (!r.isMapped(column(field))
            && !(field.endsWith("Language")
                && r.isMapped(field.replace("Language", "Translations")))) {
          absent.add(field);
        }
      }
      return absent;
    }

    private String get(String column) {
      if (!r.isMapped(column) || !r.isSet(column)) {
        return null;
      }
      String v = CsvCells.unescape(r.get(column));
      return v == null || v.isBlank() ? null : v;
    }

    private Set<String> list(String column) {
      String v = get(column);
      Set<String> items = new LinkedHashSet<>();
      if (v != null) {
        for (String item : v.split(";")) {
          if (!item.isBlank()) {
            items.add(item.strip());
          }
        }
      }
      return items;
    }

    private Long whole(String column) {
      String v = get(column);
      if (v == null) {
        return null;
      }
      if (!v.matches("[1-9]\\d{0,17}|0")) {
        errors.add(
            error(
                column,
                column,
                "'" + v + "' is not a " + column + " (leave the id empty for a new partnership)"));
        return null;
      }
      return Long.valueOf(v);
    }

    private Boolean bool(String column) {
      String v = get(column);
      if (v == null) {
        return null;
      }
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return Boolean.valueOf(v.toLowerCase(Locale.ROOT));
      }
      errors.add(error(column, "boolean", "'" + v + "' is neither true nor false"));
      return null;
    }

    private PartnershipStatus status() {
      String v = get("status");
      if (v == null) {
        return null;
      }
      try {
        return PartnershipStatus.valueOf(v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            error(
                "status",
                "one-of",
                "'" + v + "' is not one of " + Arrays.toString(PartnershipStatus.values())));
        return null;
      }
    }

    /** A date at the precision the cell gives: a year, a year and month, or a day. */
    private PartialDate date(String column) {
      String v = get(column);
      if (v == null) {
        return null;
      }
      try {
        return PartialDate.parse(v, column);
      } catch (DomainRuleViolation e) {
        errors.add(error(column, "date", e.getMessage()));
        return null;
      }
    }

    /** {@code id:ROLE;id:ROLE}, in the file's order. */
    private <E extends Enum<E>> Map<Long, E> parties(String column, Class<E> roles) {
      Map<Long, E> parties = new LinkedHashMap<>();
      for (String item : list(column)) {
        String[] parts = item.split(":", -1);
        if (parts.length != 2 || !parts[0].strip().matches("[1-9]\\d{0,17}")) {
          errors.add(
              error(
                  column,
                  "party",
                  "'"
                      + item
                      + "' is not id:ROLE (for example 12:"
                      + roles.getEnumConstants()[0]
                      + ")"));
          continue;
        }
        long id = Long.parseLong(parts[0].strip());
        E role;
        try {
          role = Enum.valueOf(roles, parts[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          errors.add(
              error(
                  column,
                  "one-of",
                  "'"
                      + parts[1].strip()
                      + "' is not one of "
                      + Arrays.toString(roles.getEnumConstants())));
          continue;
        }
        if (parties.put(id, role) != null) {
          errors.add(error(column, "party-twice", id + " is named twice"));
        }
      }
      return parties;
    }

    /**
     * A text's language ({@code titleLanguage}) and translations ({@code titleTranslations}, {@code
     * es:text;fr:text}); the domain checks the codes and the texts.
     */
    private TextLanguage language(String field) {
      String column = field + "Translations";
      Map<String, String> translations = new LinkedHashMap<>();
      String cell = get(column);
      for (String item : cell == null ? List.<String>of() : escapedItems(cell)) {
        String[] parts = item.split(":", 2);
        if (parts.length != 2 || parts[0].isBlank()) {
          errors.add(
              error(
                  column,
                  "translation",
                  "'" + item + "' is not language:text (for example es:Reducción de pérdidas)"));
          continue;
        }
        if (translations.put(parts[0].strip(), parts[1].strip()) != null) {
          errors.add(error(column, "translation", parts[0].strip() + " is given twice"));
        }
      }
      return new TextLanguage(get(field + "Language"), translations);
    }

    /**
     * The sources' labels of the working areas ({@code workingAreaLabels}, {@code CODE:label;:label
     * alone}); a file without the column keeps them as they are (null).
     */
    private List<org.wops.domain.partnership.AreaLabel> areaLabels() {
      String column = "workingAreaLabels";
      if (!r.isMapped(column)) {
        return null;
      }
      List<org.wops.domain.partnership.AreaLabel> labels = new ArrayList<>();
      String cell = get(column);
      for (String item : cell == null ? List.<String>of() : escapedItems(cell)) {
        String[] parts = item.split(":", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
          errors.add(
              error(
                  column,
                  "working-area-label",
                  "'"
                      + item
                      + "' is not CODE:label or :label (for example NRW:réduction des pertes en"
                      + " eau)"));
          continue;
        }
        try {
          labels.add(
              new org.wops.domain.partnership.AreaLabel(
                  parts[0].isBlank() ? null : parts[0].strip(), parts[1]));
        } catch (DomainRuleViolation v) {
          errors.add(error(column, v.code(), v.getMessage()));
        }
      }
      return labels;
    }

    /** {@code id:text;id:text}: the role descriptions of supporters named in the same row. */
    private Map<Long, String> descriptions(Set<Long> supporters) {
      String column = "roleDescriptionByOrganisation";
      Map<Long, String> descriptions = new LinkedHashMap<>();
      String cell = get(column);
      for (String item : cell == null ? List.<String>of() : escapedItems(cell)) {
        String[] parts = item.split(":", 2);
        if (parts.length != 2 || !parts[0].strip().matches("[1-9]\\d{0,17}")) {
          errors.add(
              error(
                  column,
                  "description",
                  "'" + item + "' is not id:text (for example 12:partenaire technique)"));
          continue;
        }
        long id = Long.parseLong(parts[0].strip());
        if (!supporters.contains(id)) {
          errors.add(
              error(
                  column, "description", id + " is not in the supporters column of the same row"));
          continue;
        }
        descriptions.put(id, parts[1].strip());
      }
      return descriptions;
    }

    /** {@code id:amount;id:amount}: the stated contributions of parties named in {@code of}. */
    private Map<Long, BigDecimal> amounts(String column, Set<Long> parties, String of) {
      Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
      for (String item : list(column)) {
        String[] parts = item.split(":", -1);
        if (parts.length != 2 || !parts[0].strip().matches("[1-9]\\d{0,17}")) {
          errors.add(
              error(column, "amount", "'" + item + "' is not id:amount (for example 12:5000)"));
          continue;
        }
        long id = Long.parseLong(parts[0].strip());
        if (!parties.contains(id)) {
          errors.add(
              error(column, "amount", id + " is not in the " + of + " column of the same row"));
          continue;
        }
        try {
          amounts.put(id, decimal(parts[1].strip()));
        } catch (NumberFormatException e) {
          notANumber(column, parts[1].strip());
        }
      }
      return amounts;
    }

    private Problem.FieldError error(String column, String rule, String message) {
      return new Problem.FieldError("line " + line + ": " + column, rule, message);
    }

    /** Errors inside a cell: the column, the message naming the item ({@code results[0].kind}). */
    private ResultsAndSources.Errors inCell(String column) {
      return (field, rule, message) ->
          errors.add(error(column, rule, field.equals(column) ? message : field + ": " + message));
    }
  }
}
