package org.wops.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wops.api.validation.OneOf;
import org.wops.domain.organisation.Organisation;
import org.wops.domain.organisation.OrganisationKind;

/** A supporting organisation as a client registers it (no country for an international body). */
public class OrganisationInput {
  @NotBlank(message = "is required")
  @Size(max = Organisation.NAME_MAX, message = "can be at most {max} characters")
  public String name;

  @Size(max = Organisation.SHORT_NAME_MAX, message = "can be at most {max} characters")
  public String shortName;

  @NotNull(message = "is required")
  @OneOf(OrganisationKind.class)
  public String kind;

  @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KE or FR")
  public String country;
}
