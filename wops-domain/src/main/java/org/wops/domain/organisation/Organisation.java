package org.wops.domain.organisation;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.shared.ContactList;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.Texts;

/**
 * A body that supports WOPs without providing water or sanitation services: a donor, a development
 * bank, a regional WOP platform, a programme, an association, an NGO or a university. International
 * bodies have no country.
 */
@Entity
@Table(name = "organisations")
public class Organisation {
  /** The most characters its column holds. */
  public static final int NAME_MAX = 200;

  /** The most characters its column holds. */
  public static final int SHORT_NAME_MAX = 30;

  @Id
  @SequenceGenerator(
      name = "organisation_seq",
      sequenceName = "organisation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "short_name", length = SHORT_NAME_MAX)
  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private OrganisationKind kind;

  @Embedded private CountryCode country;

  @ElementCollection
  @CollectionTable(
      name = "organisation_contacts",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "position")
  private List<ContactPerson> contacts = new ArrayList<>();

  @Column(name = "registered_at", nullable = false)
  private OffsetDateTime registeredAt;

  protected Organisation() {
    // for JPA
  }

  public Organisation(
      String name,
      String shortName,
      OrganisationKind kind,
      CountryCode country,
      OffsetDateTime registeredAt) {
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt is required");
    edit(name, shortName, kind, country);
  }

  /** Replaces the details; nothing changes when one is refused. */
  public void edit(String name, String shortName, OrganisationKind kind, CountryCode country) {
    String n = Texts.required(name, "organisation.name", "name", "The name", 200);
    String s =
        Texts.optional(shortName, "organisation.shortName", "shortName", "The short name", 30);
    OrganisationKind k =
        Texts.required(kind, "organisation.kind", "kind", "The kind of organisation is required.");
    this.name = n;
    this.shortName = s;
    this.kind = k;
    this.country = country;
  }

  /** Adds a person to write to; an e-mail address appears once per organisation. */
  public void addContact(ContactPerson contact) {
    replaceContacts(contactList().with(contact, "organisation", name));
  }

  /** The mapped collection stays the same instance: JPA follows its changes. */
  private void replaceContacts(ContactList list) {
    contacts.clear();
    contacts.addAll(list.people());
  }

  public ContactList contactList() {
    return new ContactList(contacts);
  }

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

  public OrganisationKind kind() {
    return kind;
  }

  public Optional<CountryCode> country() {
    return Optional.ofNullable(country);
  }

  public List<ContactPerson> contacts() {
    return contactList().people();
  }

  public OffsetDateTime registeredAt() {
    return registeredAt;
  }
}
