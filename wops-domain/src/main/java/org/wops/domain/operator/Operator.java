package org.wops.domain.operator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.ContactList;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.Texts;

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

  /** How many former and alternative names an operator keeps. */
  public static final int OTHER_NAMES_MAX = 20;

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

  @Column(name = "latitude", precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(name = "longitude", precision = 9, scale = 6)
  private BigDecimal longitude;

  @Column(name = "population_served")
  private Long populationServed;

  @Column(name = "connections")
  private Long connections;

  @Column(name = "alliance_member", nullable = false)
  private boolean allianceMember;

  @ElementCollection
  @CollectionTable(name = "operator_contacts", joinColumns = @JoinColumn(name = "operator_id"))
  @OrderColumn(name = "position")
  private List<ContactPerson> contacts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "operator_names", joinColumns = @JoinColumn(name = "operator_id"))
  @OrderColumn(name = "position")
  private List<OtherName> otherNames = new ArrayList<>();

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
    RuleChecks checks = new RuleChecks();
    String checkedName =
        checks.check(
            () -> Texts.required(details.name(), "operator.name", "name", "The name", NAME_MAX));
    String checkedShortName =
        checks.check(
            () ->
                Texts.optional(
                    details.shortName(),
                    "operator.shortName",
                    "shortName",
                    "The short name",
                    SHORT_NAME_MAX));
    String checkedCity =
        checks.check(
            () -> Texts.required(details.city(), "operator.city", "city", "The city", CITY_MAX));
    OperatorKind checkedKind =
        checks.check(
            () ->
                Texts.required(
                    details.kind(), "operator.kind", "kind", "The kind of operator is required."));
    CountryCode checkedCountry =
        checks.check(
            () ->
                Texts.required(
                    details.country(), "operator.country", "country", "The country is required."));
    ServiceScope checkedServices =
        checks.check(
            () ->
                Texts.required(
                    details.services(),
                    "operator.services",
                    "services",
                    "Say which services the operator provides."));
    Ownership checkedOwnership =
        checks.check(
            () ->
                Texts.required(
                    details.ownership(),
                    "operator.ownership",
                    "ownership",
                    "The ownership of the operator is required."));
    BigDecimal checkedLatitude = checks.check(() -> coordinate(details.latitude(), "latitude", 90));
    BigDecimal checkedLongitude =
        checks.check(() -> coordinate(details.longitude(), "longitude", 180));
    if (!checks.refused("latitude")
        && !checks.refused("longitude")
        && (checkedLatitude == null) != (checkedLongitude == null)) {
      checks.check(
          () -> {
            throw new DomainRuleViolation(
                "operator.coordinates.incomplete",
                checkedLatitude == null ? "latitude" : "longitude",
                "Give both the latitude and the longitude, or neither.");
          });
    }
    Long checkedPopulation =
        checks.check(() -> count(details.populationServed(), "populationServed"));
    Long checkedConnections = checks.check(() -> count(details.connections(), "connections"));
    List<OtherName> checkedNames =
        checks.check(() -> checkedOtherNames(checkedName, details.otherNames()));
    checks.done();

    this.name = checkedName;
    this.shortName = checkedShortName;
    this.city = checkedCity;
    this.kind = checkedKind;
    this.country = checkedCountry;
    this.services = checkedServices;
    this.ownership = checkedOwnership;
    this.latitude = checkedLatitude;
    this.longitude = checkedLongitude;
    this.populationServed = checkedPopulation;
    this.connections = checkedConnections;
    this.allianceMember = details.allianceMember();
    this.otherNames.clear();
    this.otherNames.addAll(checkedNames);
  }

  /**
   * At most {@link #OTHER_NAMES_MAX}, each once and none the operator's own name (accents, case and
   * the forms {@link OperatorNames} sets aside, aside).
   */
  private static List<OtherName> checkedOtherNames(String name, List<OtherName> given) {
    List<OtherName> names = given == null ? List.of() : given;
    if (names.size() > OTHER_NAMES_MAX) {
      throw new DomainRuleViolation(
          "operator.otherNames.too-many",
          "otherNames",
          "An operator keeps at most " + OTHER_NAMES_MAX + " former and alternative names.",
          OTHER_NAMES_MAX);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    if (name != null) {
      seen.add(written(name));
    }
    for (OtherName n : names) {
      Objects.requireNonNull(n, "a name is required");
      if (!seen.add(written(n.name()))) {
        throw new DomainRuleViolation(
            "operator.otherNames.duplicate",
            "otherNames",
            "'" + n.name() + "' is already one of the operator's names.",
            n.name());
      }
    }
    return List.copyOf(names);
  }

  private static String written(String name) {
    return OperatorNames.written(name);
  }

  /**
   * Keeps another name (a merge keeps the absorbed operator's name so); returns false, changing
   * nothing, when it is already one of its names or the operator has as many as it keeps.
   */
  public boolean addOtherName(OtherName other) {
    List<OtherName> more = new ArrayList<>(otherNames);
    more.add(other);
    try {
      checkedOtherNames(name, more);
    } catch (DomainRuleViolation alreadyOrFull) {
      return false;
    }
    otherNames.add(other);
    return true;
  }

  /** Its former and alternative names, in the order given. */
  public List<OtherName> otherNames() {
    return List.copyOf(otherNames);
  }

  private static BigDecimal coordinate(BigDecimal value, String field, int limit) {
    if (value == null) {
      return null;
    }
    if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      throw new DomainRuleViolation(
          "operator." + field + ".out-of-range",
          field,
          "The " + field + " must be between -" + limit + " and " + limit + ".",
          limit);
    }
    return value.setScale(6, RoundingMode.HALF_UP);
  }

  private static Long count(Long value, String field) {
    if (value != null && value < 0) {
      throw new DomainRuleViolation(
          "operator." + field + ".negative", field, "The " + field + " cannot be negative.");
    }
    return value;
  }

  /** Adds a person to write to; an e-mail address appears once per operator. */
  public void addContact(ContactPerson contact) {
    replaceContacts(contactList().with(contact, "operator", name));
  }

  public void removeContact(String email) {
    replaceContacts(contactList().without(email));
  }

  public ContactList contactList() {
    return new ContactList(contacts);
  }

  public List<ContactPerson> contacts() {
    return contactList().people();
  }

  /** The mapped collection stays the same instance: JPA follows its changes. */
  private void replaceContacts(ContactList list) {
    contacts.clear();
    contacts.addAll(list.people());
  }

  public Optional<BigDecimal> latitude() {
    return Optional.ofNullable(latitude);
  }

  public Optional<BigDecimal> longitude() {
    return Optional.ofNullable(longitude);
  }

  public Optional<Long> populationServed() {
    return Optional.ofNullable(populationServed);
  }

  public Optional<Long> connections() {
    return Optional.ofNullable(connections);
  }

  public boolean allianceMember() {
    return allianceMember;
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
    return new OperatorDetails(
        name,
        shortName,
        kind,
        country,
        city,
        services,
        ownership,
        latitude,
        longitude,
        populationServed,
        connections,
        allianceMember,
        List.copyOf(otherNames));
  }

  @Override
  public String toString() {
    return "Operator[" + id + ", " + name + ", " + country + "]";
  }
}
