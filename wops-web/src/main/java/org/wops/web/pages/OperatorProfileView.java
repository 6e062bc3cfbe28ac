package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wops.domain.charter.CharterService;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorMerge;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipReads;

/** An operator's profile: who it is, and its partnerships as mentor, as mentee and as peer. */
@Named
@RequestScoped
public class OperatorProfileView {
  static final int MAX = 200;

  @Inject OperatorRepository operators;
  @Inject PartnershipReads partnerships;
  @Inject PartnershipAccess access;
  @Inject CharterService charter;
  @Inject Session session;
  @Inject OperatorMerge merges;

  private Operator operator;
  private List<Partnership> all;

  @PostConstruct
  void load() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    operator =
        id == null || !id.matches("\\d{1,18}")
            ? null
            : operators.findById(Long.parseLong(id)).orElse(null);
    if (operator == null) {
      java.util.Optional<Operator> kept =
          id == null || !id.matches("\\d{1,18}")
              ? java.util.Optional.empty()
              : merges.keptInsteadOf(Long.parseLong(id));
      if (kept.isPresent()) {
        movedTo(kept.get().id());
      } else {
        PageActions.notFound();
      }
      return;
    }
    all =
        partnerships.list(
            PartnershipCriteria.builder()
                .operator(operator.id())
                .visibility(access.visibility(session.viewer()))
                .sort(PartnershipCriteria.Sort.NEWEST)
                .build(),
            MAX);
  }

  /**
   * Answers a merged operator's old address with a permanent redirect to the operator it was merged
   * into (on the platform: a path, never a host the request named).
   */
  private static void movedTo(long keptId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    jakarta.faces.context.ExternalContext external = faces.getExternalContext();
    // the reader's other parameters (lang) go along: only the id changes
    StringBuilder location =
        new StringBuilder(external.getRequestContextPath() + "/operator.xhtml?id=" + keptId);
    external
        .getRequestParameterValuesMap()
        .forEach(
            (name, values) -> {
              if (!"id".equals(name)) {
                for (String value : values) {
                  location
                      .append('&')
                      .append(
                          java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                      .append('=')
                      .append(
                          java.net.URLEncoder.encode(
                              value, java.nio.charset.StandardCharsets.UTF_8));
                }
              }
            });
    external.setResponseStatus(301);
    external.setResponseHeader("Location", location.toString());
    faces.responseComplete();
  }

  public Operator getO() {
    return operator;
  }

  /** Its former and alternative names, each with its kind and language (empty: none given). */
  public List<NameRow> getOtherNames() {
    return operator.otherNames().stream()
        .map(n -> new NameRow(n.name(), n.kind().name(), n.language().orElse("")))
        .toList();
  }

  /** A former or alternative name (a class with getters: EL reads JavaBean properties only). */
  public static final class NameRow {
    private final String name;
    private final String kind;
    private final String language;

    NameRow(String name, String kind, String language) {
      this.name = name;
      this.kind = kind;
      this.language = language;
    }

    public String getName() {
      return name;
    }

    public String getKind() {
      return kind;
    }

    public String getLanguage() {
      return language;
    }
  }

  /** Whether the viewer may change the operator's names: its own editors and the secretariat. */
  public boolean isMayEdit() {
    return OperatorNamesForm.mayEdit(session.viewer(), operator.id());
  }

  public boolean isEndorsed() {
    return charter.endorsementOf(operator.id()).isPresent();
  }

  public List<Partnership> getAsMentor() {
    return as(ParticipantRole.MENTOR);
  }

  public List<Partnership> getAsMentee() {
    return as(ParticipantRole.MENTEE);
  }

  public List<Partnership> getAsPeer() {
    return as(ParticipantRole.PEER);
  }

  /** The partnerships it supports without being a mentor, a mentee or a peer. */
  public List<Partnership> getAsSupporting() {
    return as(ParticipantRole.SUPPORTING);
  }

  private List<Partnership> as(ParticipantRole role) {
    return all.stream()
        .filter(
            p ->
                p.participants().stream()
                    .anyMatch(x -> x.operatorId() == operator.id() && x.role() == role))
        .toList();
  }
}
