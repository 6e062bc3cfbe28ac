package org.wops.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root: every resource is under {@value #PATH}. */
@ApplicationPath(ApiApplication.PATH)
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "HTTP Basic with a platform user name and password")
@OpenAPIDefinition(
    info =
        @Info(
            title = "WOPs Platform API",
            version = "1",
            description =
                "Set up, run and report Water Operators' Partnerships: operators, partnerships, the Charter,"
                    + " agreements, milestones and results. Errors are RFC 9457 problem+json documents."))
public class ApiApplication extends Application {
  public static final String PATH = "api/v1";

  /**
   * Jersey checks {@code @RolesAllowed} on resources (a string, so that no Jersey class is compiled
   * against).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
        // keep our problem+json body on 401/403 instead of the container's HTML error page
        "jersey.config.server.response.setStatusOverSendError",
        true);
  }
}
