package org.wops.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses of every operation in {@code /openapi} (MicroProfile OpenAPI
 * filter, named by {@code mp.openapi.filter}): each is an RFC 9457 problem, described once as the
 * {@code Problem} schema. Which errors an operation can answer follows from its shape: input gives
 * 400, a body 413/415, an id in the path 404, a write 401/403 and, on a partnership, 409/412.
 */
public class ProblemResponsesFilter implements OASFilter {
  private static final String PROBLEM = "application/problem+json";
  private static final String REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    // every input field and parameter, typed from the resource classes (the generator misses some)
    try {
      org.wops.api.openapi.InputDocumentation.complete(openAPI);
    } catch (RuntimeException e) {
      // the generator's document is still served; ExportImportIT fails on what is missing
      java.util.logging.Logger.getLogger(ProblemResponsesFilter.class.getName())
          .log(java.util.logging.Level.SEVERE, "Could not complete the OpenAPI document", e);
    }
    openAPI.getComponents().addSchema("Problem", problemSchema());
    openAPI
        .getComponents()
        .addSecurityScheme(
            "bearer",
            OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description(
                    "A personal API token (POST /api/v1/users/me/tokens), sent as"
                        + " 'Authorization: Bearer wops_...'"));
    // signing in is optional for public reads, needed for writes (see each operation's 401/403)
    openAPI.setSecurity(
        java.util.List.of(
            OASFactory.createSecurityRequirement(),
            OASFactory.createSecurityRequirement().addScheme("basic"),
            OASFactory.createSecurityRequirement().addScheme("bearer")));
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().getOperations().entrySet()) {
        document(path.getKey(), op.getKey(), op.getValue());
      }
    }
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean restricted =
        write
            || path.contains("/users")
            || path.contains("/notifications")
            || path.endsWith("/audit");
    if (hasInput) {
      add(responses, "400", "Invalid input: the problem's errors name each field and rule");
    }
    if (restricted) {
      add(responses, "401", "Not signed in, or wrong credentials or token");
      add(responses, "403", "Signed in, but this role or user may not do this");
    }
    if (path.contains("{")) {
      add(responses, "404", "No such record, or not visible to the caller");
    }
    if (write && path.startsWith("/api/v1/partnerships/{id}")) {
      add(responses, "409", "Someone else changed the partnership at the same time");
      add(responses, "412", "If-Match names an older version than the current one");
    }
    if (operation.getRequestBody() != null) {
      add(responses, "413", "The body is larger than 5 MB");
      add(responses, "415", "The body is not in a media type this operation reads");
    }
  }

  private static void add(APIResponses responses, String code, String description) {
    if (responses.hasAPIResponse(code)) {
      APIResponse existing = responses.getAPIResponse(code);
      if (existing.getContent() == null) {
        existing.setContent(problemContent());
      }
      return;
    }
    responses.addAPIResponse(
        code, OASFactory.createAPIResponse().description(description).content(problemContent()));
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            PROBLEM, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
  }

  private static Schema problemSchema() {
    Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem document")
        .addProperty(
            "type",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("A stable URI per kind of error, e.g. urn:wops:problem:invalid-input"))
        .addProperty("title", string)
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", string)
        .addProperty("instance", string)
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .items(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .addProperty("field", string)
                        .addProperty("rule", string)
                        .addProperty("message", string)));
  }
}
