package org.wops.api.partnership;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wops.api.json.JsonTrees;
import org.wops.api.validation.ControlCharacters;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.partnership.Source;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;

/**
 * A partnership's results and sources as its exports write them and its import reads them back: the
 * JSON shape of the view ({@code results}: statement, kind, indicator with title, unit and a
 * baseline, target and actual, each a value, a note and a date at its precision; {@code sources}:
 * title, link, dated, note), and the CSV's cells. In the CSV a result is too deep for separators (a
 * statement, a kind, an indicator's title and unit, and three points of a number, words and a date:
 * 13 fields, most of them optional), so the {@code results} cell holds the JSON array as the API
 * takes it; {@code sources} is a list of {@code title|link|dated|note} separated by {@code ;} (a
 * {@code ;}, {@code |} or {@code \} in a text written {@code \;}, {@code \|}, {@code \\}; empty
 * fields at the end left out).
 */
final class ResultsAndSources {
  private ResultsAndSources() {}

  /** Where a reading reports what is wrong: the field's path, the rule and the message. */
  interface Errors {
    void add(String field, String rule, String message);
  }

  // ---------------------------------------------------------------- writing

  /** The results as the CSV's cell: a JSON array, as the API's PUT takes it. */
  static String resultsCell(List<Result> results) {
    if (results.isEmpty()) {
      return "";
    }
    JsonArrayBuilder array = JsonTrees.array();
    for (Result r : results) {
      JsonObjectBuilder o = JsonTrees.object().add("statement", r.statement());
      o.add("kind", r.kind().name());
      r.indicator()
          .ifPresent(
              i -> {
                JsonObjectBuilder in = JsonTrees.object();
                if (i.title() != null) {
                  in.add("title", i.title());
                }
                if (i.unit() != null) {
                  in.add("unit", i.unit());
                }
                point(in, "baseline", i.baseline());
                point(in, "target", i.target());
                point(in, "actual", i.actual());
                o.add("indicator", in);
              });
      array.add(o);
    }
    return array.build().toString();
  }

  private static void point(JsonObjectBuilder in, String name, ResultPoint p) {
    if (p == null) {
      return;
    }
    JsonObjectBuilder o = JsonTrees.object();
    if (p.value() != null) {
      o.add("value", p.value());
    }
    if (p.note() != null) {
      o.add("note", p.note());
    }
    if (p.dated() != null) {
      o.add("dated", p.dated().toString());
    }
    in.add(name, o);
  }

  /** The sources as the CSV's cell: {@code title|link|dated|note;...}. */
  static String sourcesCell(List<Source> sources) {
    List<String> items = new ArrayList<>();
    for (Source s : sources) {
      List<String> fields =
          new ArrayList<>(
              Arrays.asList(
                  escape(s.title()),
                  escape(s.link().orElse("")),
                  s.dated().map(PartialDate::toString).orElse(""),
                  escape(s.note().orElse(""))));
      while (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
        fields.remove(fields.size() - 1);
      }
      items.add(String.join("|", fields));
    }
    return String.join(";", items);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace("|", "\\|");
  }

  // ---------------------------------------------------------------- reading

  /** The CSV's {@code results} cell (a JSON array; empty: no result). */
  static List<Result> resultsOfCell(String cell, Errors errors) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    JsonArray array;
    try (var reader = JsonTrees.reader(new StringReader(cell))) {
      array = reader.readArray();
    } catch (JsonException | IllegalStateException e) {
      errors.add(
          "results",
          "results-cell",
          "is not a JSON array of results, as the export writes it (for example"
              + " [{\"statement\":\"40 agents formés\",\"kind\":\"OUTPUT\"}])");
      return null;
    }
    return results(array, errors);
  }

  /** The results as the JSON export writes them ({@code results[0].indicator.actual.dated}). */
  static List<Result> results(JsonValue value, Errors errors) {
    if (!(value instanceof JsonArray array)) {
      errors.add("results", "array", "must be an array of results");
      return null;
    }
    List<Result> results = new ArrayList<>();
    boolean broken = false;
    for (int i = 0; i < array.size(); i++) {
      String at = "results[" + i + "]";
      if (!(array.get(i) instanceof JsonObject o)) {
        errors.add(at, "object", "must be an object");
        broken = true;
        continue;
      }
      Reading reading = new Reading(errors);
      String statement = reading.text(o, "statement", at + ".statement");
      ResultKind kind = reading.kind(o, at + ".kind");
      ResultIndicator indicator = null;
      if (o.containsKey("indicator") && !o.isNull("indicator")) {
        String in = at + ".indicator";
        if (o.get("indicator") instanceof JsonObject m) {
          ResultPoint baseline = reading.point(m, "baseline", in + ".baseline");
          ResultPoint target = reading.point(m, "target", in + ".target");
          ResultPoint actual = reading.point(m, "actual", in + ".actual");
          String title = reading.text(m, "title", in + ".title");
          String unit = reading.text(m, "unit", in + ".unit");
          if (!reading.broken) {
            indicator =
                reading.made(() -> ResultIndicator.of(title, unit, baseline, target, actual, in));
          }
        } else {
          errors.add(in, "object", "must be an object");
          reading.broken = true;
        }
      }
      if (!reading.broken) {
        ResultIndicator measured = indicator;
        Result r = reading.made(() -> new Result(statement, kind, measured, at));
        if (r != null) {
          results.add(r);
        }
      }
      broken |= reading.broken;
    }
    return broken ? null : results;
  }

  /** The sources as the JSON export writes them ({@code sources[1].link}). */
  static List<Source> sources(JsonValue value, Errors errors) {
    if (!(value instanceof JsonArray array)) {
      errors.add("sources", "array", "must be an array of sources");
      return null;
    }
    List<Source> sources = new ArrayList<>();
    boolean broken = false;
    for (int i = 0; i < array.size(); i++) {
      String at = "sources[" + i + "]";
      if (!(array.get(i) instanceof JsonObject o)) {
        errors.add(at, "object", "must be an object");
        broken = true;
        continue;
      }
      Reading reading = new Reading(errors);
      String title = reading.text(o, "title", at + ".title");
      String link = reading.text(o, "link", at + ".link");
      PartialDate dated = reading.date(reading.text(o, "dated", at + ".dated"), at + ".dated");
      String note = reading.text(o, "note", at + ".note");
      if (!reading.broken) {
        Source s = reading.made(() -> new Source(title, link, dated, note, at));
        if (s != null) {
          sources.add(s);
        }
      }
      broken |= reading.broken;
    }
    return broken ? null : sources;
  }

  /** The CSV's {@code sources} cell: {@code title|link|dated|note;...} (empty: no source). */
  static List<Source> sourcesOfCell(String cell, Errors errors) {
    List<Source> sources = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return sources;
    }
    boolean broken = false;
    List<List<String>> items = items(cell);
    for (int i = 0; i < items.size(); i++) {
      String at = "sources[" + i + "]";
      List<String> f = items.get(i);
      if (f.size() > 4) {
        errors.add(
            at, "source", "has more than title|link|dated|note (write a | inside a text as \\|)");
        broken = true;
        continue;
      }
      Reading reading = new Reading(errors);
      String title = field(f, 0);
      String link = field(f, 1);
      PartialDate dated = reading.date(field(f, 2), at + ".dated");
      String note = field(f, 3);
      if (!reading.broken) {
        Source s = reading.made(() -> new Source(title, link, dated, note, at));
        if (s != null) {
          sources.add(s);
        }
      }
      broken |= reading.broken;
    }
    return broken ? null : sources;
  }

  private static String field(List<String> fields, int i) {
    if (i >= fields.size()) {
      return null;
    }
    String v = fields.get(i).strip();
    return v.isEmpty() ? null : v;
  }

  /** The items of a {@code ;} list, each split at {@code |}, with {@code \} escapes undone. */
  static List<List<String>> items(String cell) {
    List<List<String>> items = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        field.append(cell.charAt(++i));
      } else if (c == '|') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == ';') {
        fields.add(field.toString());
        field.setLength(0);
        items.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    items.add(fields);
    return items.stream().filter(f -> !String.join("", f).isBlank()).toList();
  }

  /** One result or source being read: its broken rules, each reported once. */
  private static final class Reading {
    private final Errors errors;
    private boolean broken;

    Reading(Errors errors) {
      this.errors = errors;
    }

    String text(JsonObject from, String key, String field) {
      if (!from.containsKey(key) || from.isNull(key)) {
        return null;
      }
      if (from.get(key) instanceof JsonString s) {
        String v = s.getString();
        int refused = ControlCharacters.firstRefused(v, false);
        if (refused >= 0) {
          fail(field, ControlCharacters.RULE, ControlCharacters.message(v, refused));
          return null;
        }
        return v;
      }
      fail(field, "string", "must be a string");
      return null;
    }

    ResultKind kind(JsonObject from, String field) {
      String v = text(from, "kind", field);
      if (v == null) {
        return null; // the result says it is required
      }
      try {
        return ResultKind.valueOf(v.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        fail(field, "one-of", "'" + v + "' is not one of " + Arrays.toString(ResultKind.values()));
        return null;
      }
    }

    ResultPoint point(JsonObject from, String key, String field) {
      if (!from.containsKey(key) || from.isNull(key)) {
        return null;
      }
      if (!(from.get(key) instanceof JsonObject p)) {
        fail(field, "object", "must be an object (value, note, dated)");
        return null;
      }
      BigDecimal value = null;
      if (p.containsKey("value") && !p.isNull("value")) {
        if (p.get("value") instanceof JsonNumber n) {
          value = n.bigDecimalValue();
        } else {
          fail(field + ".value", "number", "must be a number");
        }
      }
      String note = text(p, "note", field + ".note");
      PartialDate dated = date(text(p, "dated", field + ".dated"), field + ".dated");
      if (broken) {
        return null;
      }
      BigDecimal v = value;
      return made(() -> ResultPoint.of(v, note, dated, field));
    }

    PartialDate date(String text, String field) {
      if (text == null) {
        return null;
      }
      try {
        return PartialDate.parse(text.strip(), field);
      } catch (DomainRuleViolation e) {
        fail(field, "date", e.getMessage());
        return null;
      }
    }

    <T> T made(java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (DomainRuleViolation v) {
        v.withOthers().forEach(x -> fail(x.field(), x.code(), x.getMessage()));
        return null;
      }
    }

    private void fail(String field, String rule, String message) {
      broken = true;
      errors.add(field, rule, message);
    }
  }
}
