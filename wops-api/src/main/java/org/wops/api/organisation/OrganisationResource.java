package org.wops.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.ContactInput;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.PageLinks;
import org.wops.api.support.Paging;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.organisation.Organisation;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.organisation.OrganisationService;

/**
 * Supporting organisations: donors, banks, platforms, programmes, associations, NGOs, universities.
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Organisations that support WOPs")
public class OrganisationResource {
  @Inject OrganisationService organisations;
  @Inject CurrentViewer viewer;

  @Context UriInfo uriInfo;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a supporting organisation")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "400", description = "Invalid input")
  public Response register(@Valid @NotNull(message = "is required") OrganisationInput input) {
    Organisation o =
        organisations.register(
            input.name,
            input.shortName,
            OrganisationKind.valueOf(input.kind),
            input.country == null ? null : CountryCode.of(input.country));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(o.id())).build())
        .entity(OrganisationView.of(o))
        .build();
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @POST
  @Path("{id}/contacts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a contact person")
  public OrganisationView addContact(
      @PathParam("id") long id, @Valid @NotNull(message = "is required") ContactInput input) {
    return OrganisationView.of(organisations.addContact(viewer.get(), id, input.toContact()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One organisation")
  @APIResponse(responseCode = "404", description = "No organisation with this id")
  public OrganisationView get(@PathParam("id") long id) {
    return OrganisationView.of(organisations.get(id));
  }

  @GET
  @Operation(summary = "Organisations, sorted by name; X-Total-Count and Link headers")
  public Response list(@Valid @BeanParam Paging paging) {
    return PageLinks.respond(
        organisations.list(paging.request()).map(OrganisationView::of), uriInfo);
  }
}
