package org.wops.domain.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A water and/or sanitation service provider that can take part in WOPs. Its name is kept exactly
 * as written, accents and all; its short name (acronym) is only a label, never an identity, because
 * acronyms collide across countries.
 */
@Entity
@Table(name = "operators")
public class Operator {
  public static final int NAME_MAX = 200;
  public static final int SHORT_NAME_MAX = 30;
  public static final int CITY_MAX = 120;

  @Id
  @SequenceGenerator(name = "operator_seq", sequenceName = "operator_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_seq")
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "short_name", length = SHORT_NAME_MAX)
  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private OperatorKind kind;

  @Embedded private CountryCode country;

  @Column(name = "city", nullable = false, length = CITY_MAX)
  private String city;

  @Enumerated(EnumType.STRING)
  @Column(name = "services", nullable = false, length = 32)
  private ServiceScope services;

  @Enumerated(EnumType.STRING)
  @Column(name = "ownership", nullable = false, length = 40)
  private Ownership ownership;

  @Column(name = "registered_at", nullable = false)
  private OffsetDateTime registeredAt;

  protected Operator() {
    // for JPA
  }

  /** Registers an operator with these details at this moment; every detail is checked. */
  public Operator(OperatorDetails details, OffsetDateTime registeredAt) {
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt is required");
    apply(details);
  }

  /**
   * Replaces the operator's details; every detail is checked, and nothing changes when one is
   * refused.
   */
  public void edit(OperatorDetails details) {
    apply(details);
  }

  private void apply(OperatorDetails details) {
    Objects.requireNonNull(details, "details are required");
    String checkedName = requiredText(details.name(), "name", NAME_MAX, "operator.name");
    String checkedShortName = optionalText(details.shortName(), "shortName", SHORT_NAME_MAX);
    String checkedCity = requiredText(details.city(), "city", CITY_MAX, "operator.city");
    OperatorKind checkedKind =
        required(details.kind(), "kind", "The kind of operator is required.");
    CountryCode checkedCountry = required(details.country(), "country", "The country is required.");
    ServiceScope checkedServices =
        required(details.services(), "services", "Say which services the operator provides.");
    Ownership checkedOwnership =
        required(details.ownership(), "ownership", "The ownership of the operator is required.");

    this.name = checkedName;
    this.shortName = checkedShortName;
    this.city = checkedCity;
    this.kind = checkedKind;
    this.country = checkedCountry;
    this.services = checkedServices;
    this.ownership = checkedOwnership;
  }

  private static String requiredText(String value, String field, int max, String codePrefix) {
    if (value == null || value.isBlank()) {
      throw new DomainRuleViolation(
          codePrefix + ".required", field, "The " + field + " is required.");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(
          codePrefix + ".too-long",
          field,
          "The " + field + " can be at most " + max + " characters long.");
    }
    return stripped;
  }

  private static String optionalText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(
          "operator." + field + ".too-long",
          field,
          "The " + field + " can be at most " + max + " characters long.");
    }
    return stripped;
  }

  private static <T> T required(T value, String field, String message) {
    if (value == null) {
      throw new DomainRuleViolation("operator." + field + ".required", field, message);
    }
    return value;
  }

  /** The id, once the operator has been stored. */
  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public Optional<String> shortName() {
    return Optional.ofNullable(shortName);
  }

  public OperatorKind kind() {
    return kind;
  }

  public CountryCode country() {
    return country;
  }

  public String city() {
    return city;
  }

  public ServiceScope services() {
    return services;
  }

  public Ownership ownership() {
    return ownership;
  }

  public OffsetDateTime registeredAt() {
    return registeredAt;
  }

  public OperatorDetails details() {
    return new OperatorDetails(name, shortName, kind, country, city, services, ownership);
  }

  @Override
  public String toString() {
    return "Operator[" + id + ", " + name + ", " + country + "]";
  }
}
