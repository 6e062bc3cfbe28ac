package org.wops.api.iati;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.problem.Problem;
import org.wops.domain.partnership.PartnershipReads;

/** The IATI 2.03 activity export of published partnerships. */
@Path("partnerships/iati.xml")
@RequestScoped
@Tag(name = "Exports", description = "Open data")
public class IatiResource {
  @Inject PartnershipReads partnerships;
  @Inject IatiExport export;
  @Context UriInfo uriInfo;

  @GET
  @Produces("application/xml")
  @Operation(
      summary =
          "Published partnerships as IATI 2.03 activities (valid against the IATI activity schema)")
  @APIResponse(responseCode = "200", description = "The IATI activity file")
  @APIResponse(
      responseCode = "404",
      description =
          "No partnership is published yet: an IATI activity file needs at least one activity, so"
              + " there is no file to fetch (problem+json, type urn:wops:problem:iati.no-activities)")
  public Response export() {
    var published = partnerships.published();
    if (published.isEmpty()) {
      return Problem.of(
              "iati.no-activities",
              Response.Status.NOT_FOUND,
              "No partnership is published yet. An IATI activity file must hold at least one"
                  + " iati-activity, so there is no file yet; it appears here with the first"
                  + " published partnership.")
          .at(uriInfo.getRequestUri().getRawPath())
          .toResponse();
    }
    String xml = export.write(published);
    return Response.ok(xml, "application/xml; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"wops-iati-activities.xml\"")
        .build();
  }
}
