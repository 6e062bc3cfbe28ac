package org.wops.api.type;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.type.PartnershipTypeRegistry;

/**
 * The installed partnership types: their participant mixes, extra fields and milestone templates.
 */
@Path("partnership-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnership types", description = "Kinds of WOP installed in this platform (plugins)")
public class PartnershipTypeResource {
  @Inject PartnershipTypeRegistry types;

  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The installed partnership types, in the requested language")
  public List<PartnershipTypeView> list(
      @Parameter(description = "en, fr or es (default: Accept-Language)") @QueryParam("lang")
          String lang) {
    var language = RequestLanguage.of(lang, headers);
    return types.installed().stream().map(i -> PartnershipTypeView.of(i, language)).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One partnership type")
  public PartnershipTypeView get(@PathParam("id") String id, @QueryParam("lang") String lang) {
    var language = RequestLanguage.of(lang, headers);
    return types.installed().stream()
        .filter(i -> i.type().id().equals(id))
        .findFirst()
        .map(i -> PartnershipTypeView.of(i, language))
        .orElseThrow(NotFoundException::new);
  }
}
