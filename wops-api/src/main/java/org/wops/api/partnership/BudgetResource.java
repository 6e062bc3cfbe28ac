package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IfMatch;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.partnership.PartnershipReads;

/** A partnership's budget as its sources state it (issue 16, item 4). */
@Path("partnerships/{id}/budget")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class BudgetResource {
  @Inject PartnershipEditing editing;
  @Inject PartnershipReads partnerships;
  @Inject CurrentViewer viewer;
  @Inject MilestoneTitles titles;

  @Context HttpHeaders headers;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the partnership's budget (as its sources state it)",
      description =
          "A fact of its own, apart from each party's contributions: a currency of its own (ISO"
              + " 4217, required with any amount), a total, lines by year and/or by funder (an"
              + " organisation's id) that may not add up to more than the total, the funding type"
              + " (SELF_FUNDED, EXTERNALLY_SUPPORTED, MIXED) and the funding in the sources' words."
              + " Every field is optional: what nobody stated stays unknown, never zero; {} states"
              + " no budget. Lines by year and lines by funder alone each add up to at most the"
              + " total. Refusals name the body's fields (total, lines[1].amount). Accepted in every"
              + " status. The budget does not count in the public"
              + " statistics' funds, which count confirmed contributions only."
              + PartnershipResource.WRITERS_NOTE)
  public Response replace(
      @BeanParam PartnershipAtVersion target,
      @Valid @NotNull(message = "is required") BudgetInput input) {
    Partnership p =
        editing.replaceBudget(
            viewer.get(),
            new PartnershipEditing.ReplaceBudget(target.id, target.expected(), input.toBudget("")));
    return IfMatch.changed(
        PartnershipView.of(
            p, partnerships.compliance(p), titles, RequestLanguage.of(null, headers)),
        p.version());
  }
}
