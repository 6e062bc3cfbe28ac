package org.wops.api.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorDetails;
import org.wops.domain.operator.OperatorKind;
import org.wops.domain.operator.Ownership;
import org.wops.domain.operator.ServiceScope;

/** An operator as a client registers it. */
public record OperatorInput(
    @NotBlank(message = "is required") @Size(max = Operator.NAME_MAX, message = "can be at most {max} characters")
        String name,
    @Size(max = Operator.SHORT_NAME_MAX, message = "can be at most {max} characters") String shortName,
    @NotNull(message = "is required (UTILITY, MUNICIPAL_SERVICE or PUBLIC_AUTHORITY)") OperatorKind kind,
    @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KE or FR")
        String country,
    @NotBlank(message = "is required") @Size(max = Operator.CITY_MAX, message = "can be at most {max} characters")
        String city,
    @NotNull(message = "is required (WATER, SANITATION or WATER_AND_SANITATION)") ServiceScope services,
    @NotNull(message = "is required") Ownership ownership) {

  OperatorDetails toDetails() {
    return new OperatorDetails(
        name, shortName, kind, CountryCode.of(country), city, services, ownership);
  }
}
