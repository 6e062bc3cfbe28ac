package org.wops.api.organisation;

import org.wops.domain.operator.CountryCode;
import org.wops.domain.organisation.Organisation;

/** A supporting organisation as the API shows it. */
public record OrganisationView(
    long id, long version, String name, String shortName, String kind, String country) {
  static OrganisationView of(Organisation o) {
    return new OrganisationView(
        o.id(),
        o.version(),
        o.name(),
        o.shortName().orElse(null),
        o.kind().name(),
        o.country().map(CountryCode::code).orElse(null));
  }
}
