package org.wops.api.charter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.charter.CharterReading;
import org.wops.domain.charter.CharterService;
import org.wops.domain.charter.CharterText;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.charter.Endorsement;
import org.wops.domain.shared.Language;

/** The WOP Charter: its versions, and operators' endorsements of the current one. */
@Path("charter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charter", description = "The Charter's versions and operators' endorsements")
public class CharterResource {
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @Inject CharterService charter;

  /**
   * A Charter version in the reader's language ({@code language}: the language of the text shown;
   * English, with {@code fallback} true, when the version has no translation into the language
   * asked for), and every language it is published in ({@code texts}).
   */
  public record CharterView(
      int number,
      String title,
      String principles,
      String codeOfConduct,
      String language,
      boolean fallback,
      Map<String, TextView> texts,
      OffsetDateTime publishedAt) {
    static CharterView of(CharterVersion v, Language reader) {
      CharterReading r = v.readIn(reader);
      Map<String, TextView> texts = new LinkedHashMap<>();
      for (Language l : v.languages()) {
        CharterText t = v.text(l).orElseThrow();
        texts.put(
            l.name().toLowerCase(Locale.ROOT),
            new TextView(t.title(), t.principles(), t.codeOfConduct()));
      }
      return new CharterView(
          v.number(),
          r.text().title(),
          r.text().principles(),
          r.text().codeOfConduct(),
          r.language().name().toLowerCase(Locale.ROOT),
          r.isFallback(),
          texts,
          v.publishedAt());
    }
  }

  /** The Charter's text in one language. */
  public record TextView(String title, String principles, String codeOfConduct) {}

  /** An operator's endorsement. */
  public record EndorsementView(
      long operatorId, int charterVersion, String endorsedBy, OffsetDateTime endorsedAt) {
    public static EndorsementView of(Endorsement e) {
      return new EndorsementView(
          e.operatorId(), e.charterVersion(), e.endorsedBy(), e.endorsedAt());
    }
  }

  /** A translation of a new version: all three parts. */
  public static class NewText {
    @NotBlank(message = "is required")
    @Size(max = CharterVersion.TITLE_MAX, message = "can be at most {max} characters")
    public String title;

    @NotBlank(message = "is required")
    @Size(max = CharterVersion.TEXT_MAX, message = "can be at most {max} characters")
    public String principles;

    @NotBlank(message = "is required")
    @Size(max = CharterVersion.TEXT_MAX, message = "can be at most {max} characters")
    public String codeOfConduct;
  }

  /** A new version of the Charter: English, and its French and Spanish texts when published. */
  public static class NewVersion {
    @Valid public NewText fr;

    @Valid public NewText es;

    @NotBlank(message = "is required")
    @Size(max = CharterVersion.TITLE_MAX, message = "can be at most {max} characters")
    public String title;

    @NotBlank(message = "is required")
    @Size(max = CharterVersion.TEXT_MAX, message = "can be at most {max} characters")
    public String principles;

    @NotBlank(message = "is required")
    @Size(max = CharterVersion.TEXT_MAX, message = "can be at most {max} characters")
    public String codeOfConduct;
  }

  /** Who endorses the Charter for the operator. */
  public static class NewEndorsement {
    @NotBlank(message = "is required")
    @Size(max = Endorsement.ENDORSED_BY_MAX, message = "can be at most {max} characters")
    public String endorsedBy;
  }

  private Language language(String lang) {
    return RequestLanguage.of(lang, headers);
  }

  @GET
  @Operation(
      summary =
          "The current Charter version, in the caller's language (?lang= or Accept-Language; English"
              + " with fallback=true when not translated)")
  public CharterView current(@QueryParam("lang") String lang) {
    return CharterView.of(charter.current(), language(lang));
  }

  @GET
  @Path("versions")
  @Operation(summary = "Every published Charter version, oldest first, in the caller's language")
  public List<CharterView> versions(@QueryParam("lang") String lang) {
    Language l = language(lang);
    return charter.versions().stream().map(v -> CharterView.of(v, l)).toList();
  }

  @RolesAllowed({Caller.ADMIN})
  @POST
  @Path("versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Publish a new Charter version (endorsements of older ones become stale for unagreed WOPs)")
  public Response publish(@Valid @NotNull(message = "is required") NewVersion input) {
    CharterVersion v =
        charter.publish(
            CharterText.of(input.title, input.principles, input.codeOfConduct, ""),
            text(input.fr, "fr."),
            text(input.es, "es."),
            Caller.name(security));
    return Response.status(Response.Status.CREATED)
        .entity(CharterView.of(v, language(null)))
        .build();
  }

  private static CharterText text(NewText t, String prefix) {
    return t == null ? null : CharterText.of(t.title, t.principles, t.codeOfConduct, prefix);
  }
}
