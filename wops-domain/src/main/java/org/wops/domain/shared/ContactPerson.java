package org.wops.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person to write to at an operator or an organisation: name, e-mail address, preferred language
 * (for mails) and role (for example "WOP coordinator").
 */
@Embeddable
public class ContactPerson {
  /** The most characters its column holds. */
  public static final int NAME_MAX = 200;

  /** The most characters its column holds. */
  public static final int EMAIL_MAX = 254;

  /** The most characters its column holds. */
  public static final int ROLE_MAX = 120;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "email", nullable = false, length = EMAIL_MAX)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false, length = 2)
  private Language language;

  @Column(name = "role", length = ROLE_MAX)
  private String role;

  protected ContactPerson() {
    // for JPA
  }

  public ContactPerson(String name, String email, Language language, String role) {
    this.name = Texts.required(name, "contact.name", "name", "The contact's name", 200);
    String e = Texts.required(email, "contact.email", "email", "The contact's e-mail address", 254);
    if (!EMAIL.matcher(e).matches()) {
      throw new DomainRuleViolation(
          "contact.email.invalid", "email", "'" + email + "' is not an e-mail address.", email);
    }
    this.email = e;
    this.language = language == null ? Language.EN : language;
    this.role = Texts.optional(role, "contact.role", "role", "The contact's role", 120);
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public Language language() {
    return language;
  }

  public String role() {
    return role;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactPerson c && email.equalsIgnoreCase(c.email) && name.equals(c.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email.toLowerCase(java.util.Locale.ROOT));
  }
}
