package org.wops.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The people to write to at an operator or an organisation, in the order they were added: each
 * e-mail address (whatever its case) at most once. Operator and Organisation keep theirs through
 * it, so both follow the same rule.
 */
public record ContactList(List<ContactPerson> people) {
  public ContactList {
    people = List.copyOf(people);
  }

  /** Whether someone of the list has this e-mail address (case does not matter). */
  public boolean has(String email) {
    return people.stream().anyMatch(c -> c.email().equalsIgnoreCase(email));
  }

  /**
   * The list with one more person, at the end; an address already in it is refused ({@code
   * <ownerKind>.contact.duplicate}, field {@code email}).
   *
   * @param ownerKind "operator" or "organisation": the rule's code starts with it
   * @param ownerName whose list this is, for the message
   */
  public ContactList with(ContactPerson contact, String ownerKind, String ownerName) {
    Objects.requireNonNull(contact, "contact is required");
    if (has(contact.email())) {
      throw new DomainRuleViolation(
          ownerKind + ".contact.duplicate",
          "email",
          contact.email() + " is already a contact of " + ownerName + ".",
          contact.email(),
          ownerName);
    }
    List<ContactPerson> more = new ArrayList<>(people);
    more.add(contact);
    return new ContactList(more);
  }

  /** The list without whoever has this e-mail address (case does not matter). */
  public ContactList without(String email) {
    return new ContactList(
        people.stream().filter(c -> !c.email().equalsIgnoreCase(email)).toList());
  }
}
