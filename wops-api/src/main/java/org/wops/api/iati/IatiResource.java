package org.wops.api.iati;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.organisation.OrganisationService;
import org.wops.domain.partnership.PartnershipService;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.Language;

/** The IATI 2.03 activity export of published partnerships. */
@Path("partnerships/iati.xml")
@RequestScoped
@Tag(name = "Exports", description = "Open data")
public class IatiResource {
  @Inject PartnershipService partnerships;
  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject ReferenceData reference;

  @Inject
  @ConfigProperty(name = "wops.iati.reporting-org.ref", defaultValue = "XI-WOPS")
  String reportingRef;

  @Inject
  @ConfigProperty(name = "wops.iati.reporting-org.type", defaultValue = "40")
  String reportingType;

  @Inject
  @ConfigProperty(name = "wops.iati.reporting-org.name", defaultValue = "WOPs alliance secretariat")
  String reportingName;

  @GET
  @Produces("application/xml")
  @Operation(
      summary =
          "Published partnerships as IATI 2.03 activities (valid against the IATI activity schema)")
  public Response export() {
    String xml =
        IatiWriter.write(
            partnerships.published(),
            new IatiWriter.ReportingOrg(reportingRef, reportingType, reportingName),
            id -> operators.get(id).name(),
            id -> organisations.get(id).name(),
            code -> reference.kpi(code).map(k -> k.name(Language.EN)).orElse(code));
    return Response.ok(xml, "application/xml; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"wops-iati-activities.xml\"")
        .build();
  }
}
