package org.wops.domain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/** Use cases on supporting organisations. */
@ApplicationScoped
@Transactional
public class OrganisationService {
  @Inject OrganisationRepository organisations;
  @Inject Clock clock;

  public Organisation register(
      String name, String shortName, OrganisationKind kind, CountryCode country) {
    return organisations.store(
        new Organisation(name, shortName, kind, country, OffsetDateTime.now(clock)));
  }

  /**
   * Adds a contact person: only the organisation's own coordinators and the secretariat name them
   * (contacts receive mail about the partnerships it supports, unpublished ones too).
   */
  public Organisation addContact(Viewer by, long id, ContactPerson contact) {
    Organisation organisation = get(id);
    if (!by.isAdmin() && !(by.has(Role.COORDINATOR) && by.organisationIds().contains(id))) {
      throw new AccessDenied(
          "access.organisation.contacts",
          "Only the organisation's own coordinators and the secretariat maintain its contacts.");
    }
    organisation.addContact(contact);
    return organisations.store(organisation);
  }

  public Organisation get(long id) {
    return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
  }

  public Page<Organisation> list(PageRequest page) {
    return organisations.list(page);
  }
}
