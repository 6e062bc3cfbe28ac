package org.wops.api.partnership;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wops.api.json.JsonTrees;
import org.wops.api.problem.Problem;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipImport;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;

/**
 * Partnerships as the JSON export writes them (an array of full views), read back for the import:
 * the same fields as the CSV's columns ({@code id}, {@code version}, {@code typeId}, {@code
 * status}, {@code published}, the details, {@code participants} and {@code supporters} with their
 * stated contributions; a contribution that is absent or null is unknown). What the CSV does not
 * carry either (milestones, the work plan, the type's extra fields) is read by neither and stays as
 * it is; {@code results} and {@code sources} are read as the view writes them (absent or null: kept
 * as they are). Errors name the item (1 for the array's first) and the field.
 */
final class PartnershipJson {
  private PartnershipJson() {}

  /** The items, or a single error when the body is not a JSON array of objects. */
  static List<PartnershipCsv.Row> read(Reader in) {
    JsonArray array;
    try (var reader = JsonTrees.reader(in)) {
      array = reader.readArray();
    } catch (JsonException | IllegalStateException e) {
      return List.of(
          new PartnershipCsv.Row(
              0,
              null,
              List.of(
                  new Problem.FieldError(
                      "body",
                      "malformed-json",
                      "the body is not a JSON array of partnerships (as export.json writes it)")),
              List.of()));
    }
    List<PartnershipCsv.Row> rows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      rows.add(new Item(i + 1, array.get(i)).row());
    }
    return rows;
  }

  private static final class Item {
    private final long item;
    private final JsonObject o;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    Item(long item, JsonValue value) {
      this.item = item;
      this.o = value instanceof JsonObject object ? object : null;
    }

    PartnershipCsv.Row row() {
      if (o == null) {
        errors.add(error("item", "malformed-json", "is not an object"));
        return new PartnershipCsv.Row(item, null, errors, List.of());
      }
      Long id = whole(o, "id", "id");
      Long version = whole(o, "version", "version");
      PartnershipStatus status = status();
      Boolean published = bool("published");
      PartnershipDetails details =
          PartnershipDetails.builder()
              .title(text(o, "title", "title"))
              .objectives(text(o, "objectives", "objectives"))
              .approach(text(o, "approach", "approach"))
              .expectedOutcomes(text(o, "expectedOutcomes", "expectedOutcomes"))
              .currency(text(o, "currency", "currency"))
              .workingAreas(strings("workingAreas"))
              .workingAreaLabels(areaLabels())
              .countries(strings("countries"))
              .plannedStart(date("plannedStart"))
              .plannedEnd(date("plannedEnd"))
              .actualStart(date("actualStart"))
              .actualEnd(date("actualEnd"))
              .titleLanguage(language("title"))
              .objectivesLanguage(language("objectives"))
              .build();
      List<Participant> participants = new ArrayList<>();
      List<SupportingOrganisation> supporters = new ArrayList<>();
      int n = 0;
      for (JsonObject p : objects("participants")) {
        String at = "participants[" + n++ + "]";
        Long operator = whole(p, "operatorId", at + ".operatorId");
        ParticipantRole role = role(p, ParticipantRole.class, at + ".role");
        BigDecimal cash = amount(p, "cashContribution", at + ".cashContribution");
        BigDecimal inKind = amount(p, "inKindContribution", at + ".inKindContribution");
        if (operator != null && role != null) {
          try {
            participants.add(new Participant(operator, role, cash, inKind, null, null));
          } catch (DomainRuleViolation v) {
            errors.add(error(at + "." + v.field(), v.code(), v.getMessage()));
          }
        }
      }
      n = 0;
      for (JsonObject s : objects("supporters")) {
        String at = "supporters[" + n++ + "]";
        Long organisation = whole(s, "organisationId", at + ".organisationId");
        SupporterRole role = role(s, SupporterRole.class, at + ".role");
        BigDecimal contribution = amount(s, "contribution", at + ".contribution");
        String description = text(s, "roleDescription", at + ".roleDescription");
        if (organisation != null && role != null) {
          try {
            supporters.add(
                new SupportingOrganisation(organisation, role, description, contribution));
          } catch (DomainRuleViolation v) {
            errors.add(error(at + "." + v.field(), v.code(), v.getMessage()));
          }
        }
      }
      org.wops.domain.partnership.Budget budget = budget();
      ResultsAndSources.Errors here =
          (field, rule, message) -> errors.add(error(field, rule, message));
      List<org.wops.domain.partnership.Result> results =
          absent(o, "results") ? null : ResultsAndSources.results(o.get("results"), here);
      List<org.wops.domain.partnership.Source> sources =
          absent(o, "sources") ? null : ResultsAndSources.sources(o.get("sources"), here);
      if (!errors.isEmpty()) {
        return new PartnershipCsv.Row(item, null, errors, List.of());
      }
      return new PartnershipCsv.Row(
          item,
          new PartnershipImport.Row(
              item,
              id,
              version,
              text(o, "typeId", "typeId"),
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
          List.of());
    }

    /** The budget as the export writes it ({@code budget}: absent or null, none stated). */
    private org.wops.domain.partnership.Budget budget() {
      if (absent(o, "budget")) {
        return null;
      }
      if (!(o.get("budget") instanceof JsonObject b)) {
        errors.add(error("budget", "object", "must be an object"));
        return null;
      }
      List<org.wops.domain.partnership.BudgetLine> lines = new ArrayList<>();
      int n = 0;
      for (JsonObject l : objectsOf(b, "lines", "budget.lines")) {
        String at = "budget.lines[" + n++ + "]";
        Long year = whole(l, "year", at + ".year");
        Long organisation = whole(l, "organisationId", at + ".organisationId");
        BigDecimal amount = amount(l, "amount", at + ".amount");
        try {
          lines.add(
              new org.wops.domain.partnership.BudgetLine(
                  year == null ? null : (int) Math.min(year, Integer.MAX_VALUE),
                  organisation,
                  amount,
                  at));
        } catch (DomainRuleViolation v) {
          v.withOthers().forEach(x -> errors.add(error(x.field(), x.code(), x.getMessage())));
        }
      }
      String type = text(b, "fundingType", "budget.fundingType");
      org.wops.domain.partnership.FundingType declared = null;
      if (type != null) {
        try {
          declared = org.wops.domain.partnership.FundingType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          errors.add(
              error(
                  "budget.fundingType",
                  "one-of",
                  "'"
                      + type
                      + "' is not one of "
                      + Arrays.toString(org.wops.domain.partnership.FundingType.values())));
        }
      }
      String currency = text(b, "currency", "budget.currency");
      BigDecimal total = amount(b, "total", "budget.total");
      String description = text(b, "fundingDescription", "budget.fundingDescription");
      if (!errors.isEmpty()) {
        return null;
      }
      try {
        return new org.wops.domain.partnership.Budget(
            currency, total, lines, declared, description);
      } catch (DomainRuleViolation v) {
        v.withOthers().forEach(x -> errors.add(error(x.field(), x.code(), x.getMessage())));
        return null;
      }
    }

    /**
     * The fields the item lacks (kept as they are on an existing partnership); a participant's or
     * supporter's contribution that is missing or null is unknown.
     */
    private Set<String> absent() {
      Set<String> absent = new java.util.HashSet<>();
      for (String field : PartnershipImport.FIELDS) {
        if (!o.containsKey(field)
            && !o.containsKey(field.replace("Language", "Translations"))
            && !List.of("cashContribution", "inKindContribution", "contribution", "roleDescription")
                .contains(field)) {
          absent.add(field);
        }
      }
      return absent;
    }

    private boolean absent(JsonObject from, String key) {
      return !from.containsKey(key) || from.isNull(key);
    }

    private String text(JsonObject from, String key, String field) {
      if (absent(from, key)) {
        return null;
      }
      if (from.get(key) instanceof JsonString s) {
        return s.getString();
      }
      errors.add(error(field, "string", "must be a string"));
      return null;
    }

    /**
     * The language of a text ({@code titleLanguage}) and its translations ({@code
     * titleTranslations}, an object of texts by language), as the view writes them.
     */
    private TextLanguage language(String field) {
      String language = text(o, field + "Language", field + "Language");
      Map<String, String> translations = new TreeMap<>();
      String key = field + "Translations";
      if (!absent(o, key)) {
        if (o.get(key) instanceof JsonObject map) {
          map.forEach(
              (code, v) -> {
                if (v instanceof JsonString s) {
                  translations.put(code, s.getString());
                } else {
                  errors.add(error(key + "." + code, "string", "must be a string"));
                }
              });
        } else {
          errors.add(error(key, "object", "must be an object of texts by language"));
        }
      }
      return new TextLanguage(language, translations);
    }

    private Long whole(JsonObject from, String key, String field) {
      if (absent(from, key)) {
        return null;
      }
      if (from.get(key) instanceof JsonNumber number && number.isIntegral()) {
        try {
          long v = number.bigIntegerValueExact().longValueExact();
          if (v > 0) {
            return v;
          }
        } catch (ArithmeticException tooLarge) {
          // reported below
        }
      }
      errors.add(error(field, "whole-number", "must be a whole number from 1"));
      return null;
    }

    private BigDecimal amount(JsonObject from, String key, String field) {
      if (absent(from, key)) {
        return null;
      }
      if (from.get(key) instanceof JsonNumber number) {
        return number.bigDecimalValue();
      }
      errors.add(error(field, "number", "must be a number, or null when nobody stated it"));
      return null;
    }

    private Boolean bool(String key) {
      if (absent(o, key)) {
        return null;
      }
      JsonValue v = o.get(key);
      if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
        return v == JsonValue.TRUE;
      }
      errors.add(error(key, "boolean", "must be true or false"));
      return null;
    }

    private PartnershipStatus status() {
      String v = text(o, "status", "status");
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

    private <E extends Enum<E>> E role(JsonObject from, Class<E> roles, String field) {
      String v = text(from, "role", field);
      if (v == null) {
        errors.add(error(field, "required", "is required"));
        return null;
      }
      try {
        return Enum.valueOf(roles, v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            error(
                field,
                "one-of",
                "'" + v + "' is not one of " + Arrays.toString(roles.getEnumConstants())));
        return null;
      }
    }

    /** A date at the precision the file gives: a year, a year and month, or a day. */
    private PartialDate date(String key) {
      String v = text(o, key, key);
      if (v == null) {
        return null;
      }
      try {
        return PartialDate.parse(v, key);
      } catch (DomainRuleViolation e) {
        errors.add(error(key, "date", e.getMessage()));
        return null;
      }
    }

    private Set<String> strings(String key) {
      Set<String> items = new LinkedHashSet<>();
      if (absent(o, key)) {
        return items;
      }
      if (!(o.get(key) instanceof JsonArray array)) {
        errors.add(error(key, "array", "must be an array of codes"));
        return items;
      }
      for (JsonValue v : array) {
        if (v instanceof JsonString s) {
          items.add(s.getString().strip());
        } else {
          errors.add(error(key, "string", "must hold codes (strings)"));
        }
      }
      return items;
    }

    /**
     * The sources' labels of the working areas ({@code workingAreaLabels}: objects with {@code
     * code} and {@code sourceLabel}, as the export writes them); absent: kept as they are.
     */
    private List<org.wops.domain.partnership.AreaLabel> areaLabels() {
      if (absent(o, "workingAreaLabels")) {
        return null;
      }
      List<org.wops.domain.partnership.AreaLabel> labels = new ArrayList<>();
      int n = 0;
      for (JsonObject l : objects("workingAreaLabels")) {
        String at = "workingAreaLabels[" + n++ + "]";
        String code = text(l, "code", at + ".code");
        String label = text(l, "sourceLabel", at + ".sourceLabel");
        try {
          labels.add(new org.wops.domain.partnership.AreaLabel(code, label));
        } catch (DomainRuleViolation v) {
          errors.add(error(at + ".sourceLabel", v.code(), v.getMessage()));
        }
      }
      return labels;
    }

    private List<JsonObject> objects(String key) {
      return objectsOf(o, key, key);
    }

    private List<JsonObject> objectsOf(JsonObject from, String key, String field) {
      List<JsonObject> items = new ArrayList<>();
      if (absent(from, key)) {
        return items;
      }
      if (!(from.get(key) instanceof JsonArray array)) {
        errors.add(error(field, "array", "must be an array"));
        return items;
      }
      for (JsonValue v : array) {
        if (v instanceof JsonObject object) {
          items.add(object);
        } else {
          errors.add(error(field, "object", "must hold objects"));
        }
      }
      return items;
    }

    private Problem.FieldError error(String field, String rule, String message) {
      return new Problem.FieldError("item " + item + ": " + field, rule, message);
    }
  }
}
