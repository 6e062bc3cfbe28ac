package org.wops.api.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;

/**
 * The API's JSON binding: JSON-B's defaults, except that numbers, dates and texts are read
 * strictly. Out of the box Yasson wraps a whole number that does not fit ({@code 4294967371} became
 * 75), reads {@code 1e1000000000} as 0 and takes dates that no database stores; here each of these
 * is an {@link InvalidValueException}, a 400 naming the field and what it must be.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {
  /** Digits an amount may have before the decimal point (the columns are numeric(17, 2)). */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** Decimals a number may have. */
  public static final int MAX_DECIMALS = 6;

  private static final Pattern DATE = Pattern.compile("[12]\\d{3}-\\d{2}-\\d{2}");

  /**
   * The one JSON-B of the API: the JAX-RS provider's, and the one that encodes kept answers ({@code
   * JsonBytes}), so that a kept answer reads like a fresh one.
   */
  public static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(
                  new IntegerReader(),
                  new LongReader(),
                  new DecimalReader(),
                  new DateReader(),
                  new PartialDateReader(),
                  new WorkingAreaReader(),
                  new TextReader())
              .withSerializers(new PartialDateWriter()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The value as an exact decimal number, or null; anything else is refused with the rule. */
  static BigDecimal decimal(JsonParser parser, String rule, String requirement) {
    JsonValue value = parser.getValue();
    try {
      return switch (value.getValueType()) {
        case NULL -> null;
        case NUMBER -> ((JsonNumber) value).bigDecimalValue();
        case STRING -> new BigDecimal(((JsonString) value).getString().strip());
        default -> throw new InvalidValueException(rule, requirement);
      };
    } catch (NumberFormatException e) {
      throw new InvalidValueException(rule, requirement);
    }
  }

  static BigDecimal wholeNumber(JsonParser parser, long min, long max) {
    String requirement = "must be a whole number from " + min + " to " + max;
    BigDecimal d = decimal(parser, "whole-number", requirement);
    if (d == null) {
      return null;
    }
    // reject before stripTrailingZeros can take long on an exponent like 1e1000000000
    if (d.precision() - d.scale() > 20
        || d.scale() > 20
        || d.stripTrailingZeros().scale() > 0
        || d.compareTo(BigDecimal.valueOf(min)) < 0
        || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidValueException("whole-number", requirement);
    }
    return d;
  }

  /**
   * Texts: a JSON string, or a number or {@code true}/{@code false} kept exactly as written (a
   * plugin type's NUMBER and BOOLEAN extra fields are sent so); an array or an object is refused.
   * Out of the box Yasson read {@code ["a","b"]} as {@code "b"} (the last element): a value
   * silently changed.
   */
  public static final class TextReader implements JsonbDeserializer<String> {
    private static final String REQUIREMENT =
        "must be a text (a JSON string; a number or true/false is kept as written), not a list or"
            + " an object";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case NULL -> null;
        case STRING -> ((JsonString) value).getString();
        case NUMBER, TRUE, FALSE -> value.toString();
        default -> throw new InvalidValueException("string", REQUIREMENT);
      };
    }
  }

  /** Integers: exactly, or refused. */
  public static final class IntegerReader implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      BigDecimal d = wholeNumber(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return d == null ? null : d.intValueExact();
    }
  }

  /** Longs (ids, counts): exactly, or refused. */
  public static final class LongReader implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      BigDecimal d = wholeNumber(parser, Long.MIN_VALUE, Long.MAX_VALUE);
      return d == null ? null : d.longValueExact();
    }
  }

  /** Decimals (amounts, values, coordinates): what a column of the platform can keep. */
  public static final class DecimalReader implements JsonbDeserializer<BigDecimal> {
    private static final String REQUIREMENT =
        "must be a number with at most "
            + MAX_INTEGER_DIGITS
            + " digits before the decimal point and "
            + MAX_DECIMALS
            + " after it";

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      BigDecimal d = decimal(parser, "number", REQUIREMENT);
      if (d != null
          && (d.precision() - d.scale() > MAX_INTEGER_DIGITS
              || (d.scale() > MAX_DECIMALS
                  && (d.scale() > 100 || d.stripTrailingZeros().scale() > MAX_DECIMALS)))) {
        throw new InvalidValueException("number", REQUIREMENT);
      }
      return d;
    }
  }

  /** Dates: written YYYY-MM-DD, years 1000 to 2999. */
  public static final class DateReader implements JsonbDeserializer<LocalDate> {
    private static final String REQUIREMENT =
        "must be a date written YYYY-MM-DD (for example 2022-01-01; for a year alone, write its"
            + " first day), from 1000-01-01 to 2999-12-31";

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (!(value instanceof JsonString s) || !DATE.matcher(s.getString()).matches()) {
        throw new InvalidValueException("date", REQUIREMENT);
      }
      try {
        return LocalDate.parse(s.getString());
      } catch (DateTimeParseException e) {
        throw new InvalidValueException("date", REQUIREMENT);
      }
    }
  }

  /** Dates at their precision: a year, a year and month, or a day (PartialDate.FORMAT). */
  public static final class PartialDateReader implements JsonbDeserializer<PartialDate> {
    private static final String REQUIREMENT = "must be a date written " + PartialDate.FORMAT;

    @Override
    public PartialDate deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (!(value instanceof JsonString s) || s.getString().isBlank()) {
        throw new InvalidValueException("date", REQUIREMENT);
      }
      try {
        return PartialDate.parse(s.getString(), "date");
      } catch (DomainRuleViolation e) {
        throw new InvalidValueException("date", REQUIREMENT);
      }
    }
  }

  /**
   * Dates at their precision, as a string: {@code "2012"}, {@code "2014-06"}, {@code "2014-06-15"}.
   */
  public static final class PartialDateWriter implements JsonbSerializer<PartialDate> {
    @Override
    public void serialize(PartialDate date, JsonGenerator generator, SerializationContext ctx) {
      generator.write(date.toString());
    }
  }

  /**
   * An entry of {@code workingAreas}: a code ({@code "NRW"}) or an object with the source's label
   * ({@code {"code":"NRW","sourceLabel":"réduction des pertes en eau"}}, or the label alone).
   */
  public static final class WorkingAreaReader
      implements JsonbDeserializer<org.wops.api.partnership.WorkingAreaInput> {
    private static final String REQUIREMENT =
        "must be a working area's code (\"NRW\") or {\"code\":\"NRW\",\"sourceLabel\":\"the"
            + " source's label\"} (code or sourceLabel, or both)";

    @Override
    public org.wops.api.partnership.WorkingAreaInput deserialize(
        JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue value = parser.getValue();
      if (value instanceof JsonString s) {
        return new org.wops.api.partnership.WorkingAreaInput(s.getString(), null);
      }
      if (value instanceof jakarta.json.JsonObject o
          && o.keySet().stream().allMatch(k -> k.equals("code") || k.equals("sourceLabel"))) {
        String code = text(o.get("code"));
        String label = text(o.get("sourceLabel"));
        if (code != null || label != null) {
          return new org.wops.api.partnership.WorkingAreaInput(code, label);
        }
      }
      throw new InvalidValueException("working-area", REQUIREMENT);
    }

    private static String text(JsonValue v) {
      if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (v instanceof JsonString s) {
        return s.getString().isBlank() ? null : s.getString();
      }
      throw new InvalidValueException("working-area", REQUIREMENT);
    }
  }
}
