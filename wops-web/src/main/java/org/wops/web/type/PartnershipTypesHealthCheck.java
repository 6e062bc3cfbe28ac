package org.wops.web.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;

/**
 * Shows on /health which partnership types are installed, and every drop-in jar that was refused or
 * broken. Stays UP when some are: the other types work, and the platform must not stop serving for
 * one bad plugin.
 */
@Readiness
@ApplicationScoped
public class PartnershipTypesHealthCheck implements HealthCheck {
  @Inject PartnershipTypeRegistry types;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("partnership-types")
            .up()
            .withData(
                "installed",
                String.join(", ", types.all().stream().map(PartnershipType::id).toList()));
    List<String> problems = types.problems();
    response.withData("problemCount", problems.size());
    for (int i = 0; i < problems.size(); i++) {
      response.withData("problem." + (i + 1), problems.get(i));
    }
    return response.build();
  }
}
