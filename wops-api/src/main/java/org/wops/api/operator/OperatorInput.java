package org.wops.api.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wops.api.validation.OneOf;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorDetails;
import org.wops.domain.operator.OperatorKind;
import org.wops.domain.operator.OtherName;
import org.wops.domain.operator.Ownership;
import org.wops.domain.operator.ServiceScope;

/**
 * An operator as a client registers it.
 *
 * <p>A class with annotated fields, not a record: Payara's OpenAPI generator (6.2025.10) fails with
 * a NullPointerException on Bean Validation annotations that reach a record's constructor
 * parameters (see docs/DEVELOPING.md).
 */
public class OperatorInput {
  @NotBlank(message = "is required")
  @Size(max = Operator.NAME_MAX, message = "can be at most {max} characters")
  public String name;

  @Size(max = Operator.SHORT_NAME_MAX, message = "can be at most {max} characters")
  public String shortName;

  @NotNull(message = "is required (UTILITY, MUNICIPAL_SERVICE or PUBLIC_AUTHORITY)")
  @OneOf(OperatorKind.class)
  public String kind;

  @NotBlank(message = "is required")
  @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KE or FR")
  public String country;

  @NotBlank(message = "is required")
  @Size(max = Operator.CITY_MAX, message = "can be at most {max} characters")
  public String city;

  @NotNull(message = "is required (WATER, SANITATION or WATER_AND_SANITATION)")
  @OneOf(ServiceScope.class)
  public String services;

  @NotNull(message = "is required")
  @OneOf(Ownership.class)
  public String ownership;

  @jakarta.validation.constraints.DecimalMin(value = "-90", message = "must be from -90 to 90")
  @jakarta.validation.constraints.DecimalMax(value = "90", message = "must be from -90 to 90")
  public java.math.BigDecimal latitude;

  @jakarta.validation.constraints.DecimalMin(value = "-180", message = "must be from -180 to 180")
  @jakarta.validation.constraints.DecimalMax(value = "180", message = "must be from -180 to 180")
  public java.math.BigDecimal longitude;

  @jakarta.validation.constraints.PositiveOrZero(message = "must not be negative")
  public Long populationServed;

  @jakarta.validation.constraints.PositiveOrZero(message = "must not be negative")
  public Long connections;

  public boolean allianceMember;

  @Size(max = Operator.OTHER_NAMES_MAX, message = "can list at most {max} names")
  @jakarta.validation.Valid
  public java.util.List<NameInput> otherNames;

  /** A former or alternative name: the name, FORMER or ALTERNATIVE, and its language (optional). */
  public static class NameInput {
    @NotBlank(message = "is required")
    @Size(max = Operator.NAME_MAX, message = "can be at most {max} characters")
    public String name;

    @NotNull(message = "is required (FORMER or ALTERNATIVE)")
    @OneOf(OtherName.Kind.class)
    public String kind;

    @Pattern(
        regexp = "[A-Za-z]{2,3}",
        message = "must be an ISO 639 language code of two or three letters, such as fr or vi")
    public String language;

    OtherName toName() {
      return new OtherName(name, OtherName.Kind.valueOf(kind), language);
    }
  }

  OperatorDetails toDetails() {
    return new OperatorDetails(
        name,
        shortName,
        OperatorKind.valueOf(kind),
        CountryCode.of(country),
        city,
        ServiceScope.valueOf(services),
        Ownership.valueOf(ownership),
        latitude,
        longitude,
        populationServed,
        connections,
        allianceMember,
        otherNames == null
            ? java.util.List.of()
            : otherNames.stream().map(NameInput::toName).toList());
  }
}
