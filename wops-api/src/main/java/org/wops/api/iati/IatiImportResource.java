package org.wops.api.iati;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.problem.Problem;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;

/**
 * The IATI 2.03 activity import (issue 16, item 12a): donors' and programmes' IATI files, where
 * WOPs live today, previewed activity by activity (what maps to what, likely duplicate operators,
 * what does not map, whether it is new, unchanged or changed since it was imported) and imported as
 * recorded WOPs, idempotent by IATI identifier. The secretariat only.
 */
@Path("iati/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Open data")
public class IatiImportResource {
  @Inject IatiImporter importer;
  @Inject IatiFetch fetch;
  @Inject CurrentViewer viewer;
  @Context UriInfo uriInfo;

  @POST
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @RolesAllowed(Caller.ADMIN)
  @Operation(
      summary = "Import an IATI 2.03 activity file (the file as the body)",
      description =
          "Each activity is mapped to a recorded WOP and checked with the domain's rules:"
              + " participating organisations to operators (by name, with the likely-duplicate"
              + " rule) and supporting organisations, title and description narratives with their"
              + " languages, status, dates, recipient countries, DAC sectors to working areas,"
              + " budgets by year, funders' commitments, results, the reporting organisation and"
              + " document links as sources; what does not map is listed. dryRun=true previews"
              + " and stores nothing. An activity already imported (same iati-identifier) is never"
              + " recorded again: unchanged, or changed (reported, not written over). A file with"
              + " a refused activity stores nothing (400) unless skipInvalid=true. No DTD or"
              + " entity is read; 5 MB at most.")
  @APIResponse(responseCode = "200", description = "The preview, or what was imported")
  @APIResponse(
      responseCode = "400",
      description = "Malformed or refused file (line and column), or a refused activity")
  @APIResponse(responseCode = "403", description = "Not the secretariat")
  @APIResponse(responseCode = "413", description = "The file is larger than 5 MB")
  public Response importFile(
      @Parameter(description = "Preview only; store nothing")
          @QueryParam("dryRun")
          @DefaultValue("false")
          boolean dryRun,
      @Parameter(description = "Store the activities that can be, report the others")
          @QueryParam("skipInvalid")
          @DefaultValue("false")
          boolean skipInvalid,
      InputStream body) {
    return run(
        () -> IatiActivityReader.read(body, "file"),
        null,
        new IatiImportInput(),
        dryRun,
        skipInvalid);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Caller.ADMIN)
  @Operation(
      summary = "Import an IATI 2.03 activity file from a URL (or inline), with choices",
      description =
          "{\"url\":\"https://…\"} fetches the file (https only; never an address inside a"
              + " network: loopback, private, link-local; redirects checked at every hop; 5 MB at"
              + " most; time-outs), or {\"xml\":\"<iati-activities…>\"} carries it. operators,"
              + " roles and organisations hold the secretariat's choices by the organisation's"
              + " name or ref as the file writes it, notOperators the organisations it says are"
              + " no operator. An activity naming an organisation that may be an operator but"
              + " matches none for sure is refused (iati.operator.unresolved) until one of these"
              + " choices settles it. Otherwise as for an application/xml body.")
  @APIResponse(responseCode = "200", description = "The preview, or what was imported")
  @APIResponse(
      responseCode = "400",
      description = "A URL the platform does not fetch, a malformed file, or a refused activity")
  @APIResponse(responseCode = "403", description = "Not the secretariat")
  public Response importFrom(
      @Parameter(description = "Preview only; store nothing")
          @QueryParam("dryRun")
          @DefaultValue("false")
          boolean dryRun,
      @Parameter(description = "Store the activities that can be, report the others")
          @QueryParam("skipInvalid")
          @DefaultValue("false")
          boolean skipInvalid,
      @Valid @NotNull(message = "is required") IatiImportInput input) {
    if ((input.url == null || input.url.isBlank()) == (input.xml == null || input.xml.isBlank())) {
      return refusal(
          new IatiFileRefused("url", "iati.source.required", "Give either a url or the xml."));
    }
    if (input.url != null && !input.url.isBlank()) {
      return run(() -> fetch.fetch(input.url), input.url.strip(), input, dryRun, skipInvalid);
    }
    byte[] xml = input.xml.getBytes(StandardCharsets.UTF_8);
    return run(
        () -> IatiActivityReader.read(new ByteArrayInputStream(xml), "xml"),
        null,
        input,
        dryRun,
        skipInvalid);
  }

  private interface Reading {
    IatiActivityReader.File read();
  }

  private Response run(
      Reading reading,
      String source,
      IatiImportInput choices,
      boolean dryRun,
      boolean skipInvalid) {
    IatiActivityReader.File file;
    try {
      file = reading.read();
    } catch (IatiFileRefused refused) {
      return refusal(refused);
    }
    IatiImporter.Report report =
        importer.run(viewer.get(), file, source, choices, dryRun, skipInvalid);
    if (report.refused()) {
      List<Problem.FieldError> errors = new ArrayList<>();
      for (Map<String, Object> a : report.activities()) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> e = (List<Map<String, Object>>) a.get("errors");
        for (Map<String, Object> each : e) {
          errors.add(
              new Problem.FieldError(
                  "activity " + a.get("identifier") + ": " + each.get("field"),
                  (String) each.get("rule"),
                  (String) each.get("message")));
        }
      }
      return Problem.of(
              "invalid-input",
              Response.Status.BAD_REQUEST,
              errors.size() + " error(s) in the file; nothing was imported.")
          .withErrors(errors)
          .at(uriInfo.getRequestUri().getRawPath())
          .toResponse();
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("dryRun", dryRun);
    answer.putAll(report.counts());
    answer.put("activities", report.activities());
    return Response.ok(answer).build();
  }

  private Response refusal(IatiFileRefused refused) {
    boolean large = refused.rule().equals("iati.file.too-large") && refused.field().equals("file");
    return Problem.of(
            large ? "payload-too-large" : refused.rule(),
            large ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST,
            refused.getMessage())
        .withErrors(
            List.of(new Problem.FieldError(refused.field(), refused.rule(), refused.getMessage())))
        .at(uriInfo.getRequestUri().getRawPath())
        .toResponse();
  }
}
