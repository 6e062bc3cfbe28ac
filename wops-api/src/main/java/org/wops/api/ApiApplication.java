package org.wops.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API's root: every resource is under {@value #PATH}. */
@ApplicationPath(ApiApplication.PATH)
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
}
