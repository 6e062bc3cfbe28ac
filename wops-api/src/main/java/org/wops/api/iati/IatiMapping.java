package org.wops.api.iati;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wops.api.iati.IatiActivity.KnownOperator;
import org.wops.api.iati.IatiActivity.KnownOrganisation;
import org.wops.api.iati.IatiActivity.Narrative;
import org.wops.api.iati.IatiActivity.Registry;
import org.wops.domain.operator.LikelySameOperator;
import org.wops.domain.operator.OperatorNames;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.BudgetLine;
import org.wops.domain.partnership.IatiImports;
import org.wops.domain.partnership.IatiOrigin;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.partnership.RecordedHistory;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.partnership.Source;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;

/**
 * One IATI 2.03 activity mapped to a recorded partnership, saying what maps to what and what does
 * not (never dropped silently):
 *
 * <ul>
 *   <li>{@code title}, {@code description} (type 2 objectives, else type 1 general) → title and
 *       objectives: the narrative in the activity's (else the file's) language is the original, the
 *       others in English, French or Spanish its translations; other languages are listed.
 *   <li>{@code activity-status} 1 → IDENTIFIED, 2 → ACTIVE, 3 and 4 → COMPLETED (closed says
 *       nothing of an evaluation), 5 → CANCELLED, 6 (suspended; a recorded partnership cannot be)
 *       and none → UNKNOWN, last reported on the activity's last update.
 *   <li>{@code activity-date} 1–4 → planned/actual start/end, to the day (or at the precision the
 *       platform's own export marks, "Known to the year: 2012").
 *   <li>{@code participating-org}: an organisation that is a registered operator (the secretariat's
 *       choice, else its name or another name folded as for likely duplicates; a match through a
 *       short name alone, or with several operators, is only a likely duplicate) takes part: with
 *       the role the platform's export kept, the secretariat's, else — implementing — MENTEE when
 *       its country is a recipient country and MENTOR otherwise (PEER when all or none are), and
 *       SUPPORTING for a utility that funds, is accountable or extends. Other organisations are
 *       supporters (1 FUNDER, 2 ACCOUNTABLE, 3 FACILITATOR, 4 IMPLEMENTING_AGENCY), matched by name
 *       or registered with the record. An organisation that may be an operator but matches none for
 *       sure (likely duplicates only, or an implementing public body or company that matches no
 *       operator nor organisation) is listed and refuses the activity ({@code
 *       iati.operator.unresolved}) until the secretariat chooses its operator, its organisation, or
 *       says it is no operator (then a supporter in its IATI role): never left out.
 *   <li>{@code recipient-country} → countries; {@code sector} (DAC 5) → working areas where one
 *       says one ({@link #WORKING_AREAS}); {@code budget} → the budget by year (revised over
 *       original; a period over several years adds to the total); commitments (transaction 2, 11)
 *       from a funder → its stated contribution; {@code result}/{@code indicator} → results (the
 *       latest target and actual); {@code reporting-org} and {@code document-link} → sources (the
 *       link's description as the note); the document link the platform's export marks {@code
 *       wops:agreement} → the agreement's evidence, signed, on its date.
 * </ul>
 */
final class IatiMapping {
  /** DAC 5 sector codes that name a working area. */
  static final Map<String, String> WORKING_AREAS =
      Map.of(
          "14010", "GOVERNANCE",
          "14015", "IWRM",
          "14022", "WASTEWATER",
          "14032", "WASTEWATER",
          "14040", "IWRM");

  /** Why the other water sectors name no working area. */
  static final Map<String, String> SECTORS_WITHOUT_AREA =
      Map.of(
          "14020", "water supply and sanitation in general: a service, not a working area",
          "14021", "water supply in general: a service, not a working area",
          "14030", "basic drinking water and sanitation in general: a service, not a working area",
          "14031", "basic drinking water supply in general: a service, not a working area",
          "14050", "solid waste management: no working area of a WOP",
          "14081",
              "education and training in water supply and sanitation: what every WOP is, not one"
                  + " working area");

  static final Set<String> PLATFORM_LANGUAGES = Set.of("en", "fr", "es");
  static final String WOPS_NS = IatiWriter.WOPS_NS;
  private static final Pattern KNOWN_TO =
      Pattern.compile("Known to the (year|month): (\\d{4}(?:-\\d{2})?)");
  private static final Pattern UNIT = Pattern.compile("^(.*\\S)\\s+\\(([^()]{1,40})\\)$");
  private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");

  /** Elements of an activity the mapping reads. */
  private static final Set<String> READ =
      Set.of(
          "iati-identifier",
          "reporting-org",
          "title",
          "description",
          "participating-org",
          "activity-status",
          "activity-date",
          "recipient-country",
          "sector",
          "budget",
          "transaction",
          "result",
          "document-link");

  /** An activity as mapped: what the preview shows and what the import records. */
  record Mapped(
      String identifier,
      int line,
      Map<String, Object> maps,
      List<Map<String, Object>> likelyDuplicates,
      List<Map<String, Object>> notMapped,
      List<Map<String, Object>> errors,
      String digest,
      IatiImports.Item item) {}

  private final IatiNode a;
  private final String fileLanguage;
  private final Registry registry;
  private final String source;
  private final Map<String, Object> maps = new LinkedHashMap<>();
  private final List<Map<String, Object>> duplicates = new ArrayList<>();
  private final List<Map<String, Object>> notMapped = new ArrayList<>();
  private final List<Map<String, Object>> errors = new ArrayList<>();

  private IatiMapping(IatiNode activity, String fileLanguage, Registry registry, String source) {
    this.a = activity;
    this.fileLanguage = fileLanguage;
    this.registry = registry;
    this.source = source;
  }

  /** Maps one activity ({@code source}: the URL the file was fetched from, null for an upload). */
  static Mapped map(IatiNode activity, String fileLanguage, Registry registry, String source) {
    return new IatiMapping(activity, fileLanguage, registry, source).mapped();
  }

  private Mapped mapped() {
    String identifier = a.first("iati-identifier").map(IatiNode::text).orElse(null);
    if (identifier == null) {
      error("iati-identifier", "iati.identifier.required", "The activity has no iati-identifier.");
      return new Mapped(null, a.line, maps, duplicates, notMapped, errors, digest(a), null);
    }
    for (IatiNode child : a.children) {
      if (!child.iati() && !WOPS_NS.equals(child.namespace)) {
        unmapped(
            child, child.name, "extension", "an extension the platform does not read", child.name);
      } else if (child.iati() && !READ.contains(child.name)) {
        unmapped(child, child.text(), "not-kept", "not kept by the platform", child.name);
      }
    }
    String currency = a.attr("default-currency");
    Texts texts = texts();
    Agreement agreement = agreement();
    PartnershipStatus status = status(agreement != null && agreement.signed());
    List<String> countries = countries();
    Set<String> areas = workingAreas();
    PartialDate plannedStart = date("1");
    PartialDate actualStart = date("2");
    PartialDate plannedEnd = date("3");
    PartialDate actualEnd = date("4");
    Parties parties = parties(countries);
    currency = currency != null ? currency : moneyCurrency();
    if (currency == null) {
      error(
          "default-currency",
          "iati.currency.required",
          "The activity states no currency (default-currency, or a budget's or transaction's).");
    }
    Budget budget = currency == null ? Budget.none() : budget(currency);
    contributions(parties, currency);
    List<Result> results = results();
    List<Source> sources = sources(identifier, agreement);
    PartialDate lastReported = status == PartnershipStatus.UNKNOWN ? lastUpdated() : null;

    maps.put("typeId", parties.typeId());
    maps.put("title", texts.titleView());
    maps.put("objectives", texts.objectivesView());
    maps.put("plannedStart", plannedStart == null ? null : plannedStart.toString());
    maps.put("actualStart", actualStart == null ? null : actualStart.toString());
    maps.put("plannedEnd", plannedEnd == null ? null : plannedEnd.toString());
    maps.put("actualEnd", actualEnd == null ? null : actualEnd.toString());
    maps.put("countries", countries);
    maps.put("currency", currency);
    maps.put("participants", parties.participantViews);
    maps.put("supporters", parties.supporterViews);
    // the participating organisations the secretariat is asked to choose an operator for
    maps.put("unresolved", List.copyOf(parties.unresolved));
    maps.put("compliance", RecordedHistory.ComplianceAssessment.NOT_ASSESSED.name());
    if (lastReported != null) {
      maps.put("lastReported", lastReported.toString());
    }

    IatiImports.Item item = null;
    if (errors.isEmpty()) {
      try {
        PartnershipDetails details =
            PartnershipDetails.builder()
                .title(texts.title)
                .objectives(texts.objectives)
                .approach(texts.approach)
                .currency(currency)
                .workingAreas(areas)
                .countries(new LinkedHashSet<>(countries))
                .plannedStart(plannedStart)
                .plannedEnd(plannedEnd)
                .actualStart(actualStart)
                .actualEnd(actualEnd)
                .titleLanguage(texts.titleLanguage)
                .objectivesLanguage(texts.objectivesLanguage)
                .build();
        Proposals.Record record =
            new Proposals.Record(
                new Proposals.Identify(
                    parties.typeId(), details, parties.participants, parties.supporters, Map.of()),
                status,
                new RecordedHistory.Facts(
                    agreement != null && agreement.signed(),
                    // a date is a signing only when the agreement says it was signed
                    agreement == null || !agreement.signed() ? null : agreement.signedOn(),
                    agreement == null ? null : agreement.link(),
                    lastReported,
                    RecordedHistory.ComplianceAssessment.NOT_ASSESSED),
                sources,
                results,
                budget);
        item =
            new IatiImports.Item(
                new IatiOrigin(identifier, digest(a)), record, parties.newSupporters);
      } catch (DomainRuleViolation v) {
        for (DomainRuleViolation each : v.withOthers()) {
          error(each.field(), each.code(), each.getMessage(), each.arguments());
        }
      }
    }
    return new Mapped(identifier, a.line, maps, duplicates, notMapped, errors, digest(a), item);
  }

  // ----- texts

  private final class Texts {
    String title;
    TextLanguage titleLanguage = TextLanguage.undeclared();
    String objectives;
    TextLanguage objectivesLanguage = TextLanguage.undeclared();
    String approach;

    Map<String, Object> titleView() {
      return view(title, titleLanguage);
    }

    Map<String, Object> objectivesView() {
      return view(objectives, objectivesLanguage);
    }

    private Map<String, Object> view(String text, TextLanguage language) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("text", text);
      v.put("language", language.language());
      v.put("translations", language.translations());
      return v;
    }
  }

  private Texts texts() {
    Texts t = new Texts();
    Optional<IatiNode> title = a.first("title");
    if (title.isPresent()) {
      Text text = text(title.get(), "title");
      t.title = text.text;
      t.titleLanguage = text.language;
    }
    if (t.title == null) {
      error("title", "iati.title.required", "The activity has no title narrative.");
    }
    IatiNode general = null;
    IatiNode objectives = null;
    for (IatiNode d : a.all("description")) {
      String type = d.attr("type") == null ? "1" : d.attr("type");
      if (type.equals("1") && general == null) {
        general = d;
      } else if (type.equals("2") && objectives == null) {
        objectives = d;
      } else {
        unmapped(
            d,
            join(d.narratives()),
            "description-type",
            "a description of type " + type + " (" + descriptionType(type) + "): not kept",
            type);
      }
    }
    IatiNode main = objectives != null ? objectives : general;
    if (main != null) {
      Text text = text(main, main == objectives ? "objectives" : "description");
      t.objectives = text.text;
      t.objectivesLanguage = text.language;
    }
    if (objectives != null && general != null) {
      // the objectives are the objectives; the general description says how
      t.approach = join(general.narratives());
    }
    if (t.objectives == null) {
      error(
          "description",
          "iati.objectives.required",
          "The activity has no description (type 1 or 2): a WOP's objectives are required.");
    }
    return t;
  }

  private static String descriptionType(String type) {
    return switch (type) {
      case "3" -> "target groups";
      case "4" -> "other";
      default -> "unknown type";
    };
  }

  private record Text(String text, TextLanguage language) {}

  /**
   * The original (the first narrative in the activity's or file's default language, else the first)
   * and its translations into the platform's other languages.
   */
  private Text text(IatiNode element, String what) {
    List<Narrative> narratives = element.narratives();
    if (narratives.isEmpty()) {
      return new Text(null, TextLanguage.undeclared());
    }
    // the original: the first narrative in the activity's (or file's) default language, i.e.
    // without a language of its own; else the first (the platform's export writes it first)
    Narrative original =
        narratives.stream().filter(n -> !n.ownLanguage()).findFirst().orElse(narratives.get(0));
    Map<String, String> translations = new TreeMap<>();
    String originalLanguage = language(original);
    for (Narrative n : narratives) {
      if (n == original) {
        continue;
      }
      String l = language(n);
      if (l != null && PLATFORM_LANGUAGES.contains(l) && !l.equals(originalLanguage)) {
        if (translations.putIfAbsent(l, n.text()) != null) {
          unmapped(
              element,
              n.text(),
              "narrative-second",
              "a second " + what + " narrative in " + l + ": not kept",
              what,
              l);
        }
      } else {
        unmapped(
            element,
            n.text(),
            l == null ? "narrative-undeclared" : "narrative-language",
            "a "
                + what
                + " narrative in "
                + (l == null ? "no declared language" : l)
                + ": translations are kept in English, French and Spanish",
            what,
            l == null ? "" : l);
      }
    }
    return new Text(original.text(), new TextLanguage(originalLanguage, translations));
  }

  private String language(Narrative n) {
    String l = n.language() != null ? n.language() : fileLanguage;
    if (l == null) {
      return null;
    }
    int dash = l.indexOf('-');
    return dash > 0 ? l.substring(0, dash) : l;
  }

  // ----- status and dates

  /**
   * The status the activity-status says; pipeline (1) is IDENTIFIED, or AGREED when the file says
   * the agreement is signed (the platform's export writes 1 for an agreed WOP too).
   */
  private PartnershipStatus status(boolean signed) {
    Optional<IatiNode> s = a.first("activity-status");
    String code = s.map(n -> n.attr("code")).orElse(null);
    PartnershipStatus status =
        code == null
            ? PartnershipStatus.UNKNOWN
            : switch (code) {
              case "1" -> signed ? PartnershipStatus.AGREED : PartnershipStatus.IDENTIFIED;
              case "2" -> PartnershipStatus.ACTIVE;
              case "3", "4" -> PartnershipStatus.COMPLETED;
              case "5" -> PartnershipStatus.CANCELLED;
              default -> PartnershipStatus.UNKNOWN;
            };
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("iati", code);
    v.put("status", status.name());
    v.put(
        "noteCode",
        code == null
            ? "iati.status.none"
            : code.equals("6")
                ? "iati.status.suspended"
                : code.equals("4")
                    ? "iati.status.closed"
                    : status == PartnershipStatus.AGREED
                        ? "iati.status.agreed"
                        : status == PartnershipStatus.UNKNOWN ? "iati.status.unknown" : null);
    if (code == null) {
      v.put("note", "The file gives no activity-status: recorded as UNKNOWN.");
    } else if (code.equals("6")) {
      v.put(
          "note",
          "Suspended (6): a recorded partnership cannot be suspended; recorded as UNKNOWN, last"
              + " reported on the activity's last update.");
    } else if (code.equals("4")) {
      v.put("note", "Closed (4): recorded as COMPLETED; the file says nothing of an evaluation.");
    } else if (status == PartnershipStatus.AGREED) {
      v.put(
          "note", "Pipeline (1) with its agreement signed (a document-link): recorded as AGREED.");
    } else if (status == PartnershipStatus.UNKNOWN) {
      v.put("note", "Code " + code + " is not an IATI activity status: recorded as UNKNOWN.");
    }
    maps.put("status", v);
    return status;
  }

  private PartialDate lastUpdated() {
    String at = a.attr("last-updated-datetime");
    if (at == null || at.length() < 10) {
      return null;
    }
    try {
      return PartialDate.of(LocalDate.parse(at.substring(0, 10)));
    } catch (java.time.DateTimeException e) {
      unmapped(a, at, "not-a-date", "last-updated-datetime is not a date");
      return null;
    }
  }

  private PartialDate date(String type) {
    PartialDate found = null;
    for (IatiNode d : a.all("activity-date")) {
      if (!type.equals(d.attr("type"))) {
        if (d.attr("type") == null || !Set.of("1", "2", "3", "4").contains(d.attr("type"))) {
          if (type.equals("1")) {
            unmapped(
                d,
                d.attr("iso-date"),
                "date-type",
                "an activity-date of unknown type " + d.attr("type"),
                String.valueOf(d.attr("type")));
          }
        }
        continue;
      }
      if (found != null) {
        unmapped(
            d,
            d.attr("iso-date"),
            "date-second",
            "a second activity-date of type " + type + ": not kept",
            type);
        continue;
      }
      found = partial(d, d.attr("iso-date"), "activity-date");
    }
    return found;
  }

  /**
   * A date at its precision: a full date is a day, unless the platform's own export marked it
   * ("Known to the year: 2012"); a year or a year and month written in the file stays so.
   */
  private PartialDate partial(IatiNode at, String iso, String element) {
    if (iso == null) {
      return null;
    }
    for (Narrative n : at.narratives()) {
      if (n.text().startsWith("No date is known")) {
        // the platform's own export writes the day a partnership was recorded when none is known
        unmapped(at, iso, "no-date-known", "the file says no date is known: " + n.text(), n.text());
        return null;
      }
      Matcher m = KNOWN_TO.matcher(n.text());
      if (m.find()) {
        return PartialDate.parse(m.group(2), element);
      }
    }
    for (IatiNode c : at.all("comment")) {
      for (Narrative n : c.narratives()) {
        Matcher m = KNOWN_TO.matcher(n.text());
        if (m.find()) {
          return PartialDate.parse(m.group(2), element);
        }
      }
    }
    try {
      String day = iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso;
      return PartialDate.parse(day, element);
    } catch (DomainRuleViolation v) {
      unmapped(at, iso, "not-a-date", "not a date");
      return null;
    }
  }

  // ----- countries, sectors

  private List<String> countries() {
    List<String> countries = new ArrayList<>();
    for (IatiNode c : a.all("recipient-country")) {
      String code = c.attr("code");
      if (code != null && code.matches("[A-Za-z]{2}")) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (!countries.contains(upper)) {
          countries.add(upper);
        }
      } else {
        unmapped(c, code, "country", "not an ISO 3166-1 alpha-2 country code");
      }
    }
    return countries;
  }

  private Set<String> workingAreas() {
    Set<String> areas = new TreeSet<>();
    List<Map<String, Object>> views = new ArrayList<>();
    for (IatiNode s : a.all("sector")) {
      String vocabulary = s.attr("vocabulary") == null ? "1" : s.attr("vocabulary");
      String code = s.attr("code");
      String area = vocabulary.equals("1") ? WORKING_AREAS.get(code) : null;
      if (area != null && registry.workingAreas().contains(area)) {
        areas.add(area);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sector", code);
        v.put("workingArea", area);
        views.add(v);
      } else if (!vocabulary.equals("1")) {
        unmapped(
            s,
            code,
            "sector-vocabulary",
            "a sector of vocabulary " + vocabulary + " (the platform reads DAC 5, 1)",
            vocabulary);
      } else {
        unmapped(
            s,
            code,
            SECTORS_WITHOUT_AREA.containsKey(code) ? "sector." + code : "sector-other",
            SECTORS_WITHOUT_AREA.getOrDefault(
                code, "a DAC sector outside water and sanitation: no working area"));
      }
    }
    maps.put("workingAreas", views);
    return areas;
  }

  // ----- parties

  private final class Parties {
    final List<Participant> participants = new ArrayList<>();
    final List<SupportingOrganisation> supporters = new ArrayList<>();
    final List<IatiImports.NewSupporter> newSupporters = new ArrayList<>();
    final List<Map<String, Object>> participantViews = new ArrayList<>();
    final List<Map<String, Object>> supporterViews = new ArrayList<>();
    final Map<String, SupporterRole> funders = new HashMap<>();
    final Map<Long, Integer> supporterIndex = new HashMap<>();
    final Map<String, Integer> newSupporterIndex = new HashMap<>();
    final Set<String> unresolved = new LinkedHashSet<>();

    String typeId() {
      boolean mentoring =
          participants.stream().anyMatch(p -> p.role() == ParticipantRole.MENTOR)
              || participants.stream().anyMatch(p -> p.role() == ParticipantRole.MENTEE);
      boolean onlyPeers =
          !participants.isEmpty()
              && participants.stream()
                  .allMatch(
                      p ->
                          p.role() == ParticipantRole.PEER
                              || p.role() == ParticipantRole.SUPPORTING);
      return onlyPeers && !mentoring ? "wop-peer-exchange" : "wop";
    }
  }

  private record Pending(
      IatiNode org, String name, KnownOperator operator, String matchedBy, String roleGiven) {}

  private Parties parties(List<String> recipientCountries) {
    Parties parties = new Parties();
    List<Pending> implementing = new ArrayList<>();
    Set<Long> taking = new LinkedHashSet<>();
    for (IatiNode org : a.all("participating-org")) {
      String role = org.attr("role");
      String name = org.narratives().isEmpty() ? null : org.narratives().get(0).text();
      String ref = org.attr("ref");
      if (name == null && ref == null) {
        unmapped(org, null, "org-nameless", "a participating-org without a name or ref");
        continue;
      }
      String label = name != null ? name : ref;
      String wopsRole = org.extension(WOPS_NS, "role").map(IatiNode::text).orElse(null);
      Match<KnownOperator> operator = operator(name, ref);
      if (operator.found != null) {
        if (!taking.add(operator.found.id())) {
          unmapped(org, label, "operator-again", "the operator appears again: it takes part once");
          continue;
        }
        implementing.add(new Pending(org, label, operator.found, operator.by, wopsRole));
        continue;
      }
      if (!operator.candidates.isEmpty()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", label);
        d.put("ref", ref);
        d.put("line", org.line);
        d.put(
            "operators",
            operator.candidates.stream()
                .map(
                    o -> {
                      Map<String, Object> c = new LinkedHashMap<>();
                      c.put("id", o.id());
                      c.put("name", o.name());
                      c.put("shortName", o.shortName());
                      c.put("country", o.country());
                      c.put("city", o.city());
                      return c;
                    })
                .toList());
        duplicates.add(d);
      }
      String type = org.attr("type");
      boolean mayBeOperator =
          type == null || Set.of("10", "11", "15", "30", "70", "71", "72", "73").contains(type);
      boolean utilityRole =
          wopsRole != null && Set.of("MENTOR", "MENTEE", "PEER", "SUPPORTING").contains(wopsRole);
      boolean mayImplement = "4".equals(role) && (mayBeOperator || utilityRole);
      boolean settled = isOrganisation(name, ref) || notOperator(name, ref);
      if ((mayImplement || !operator.candidates.isEmpty()) && !settled) {
        // an organisation that may be an operator is never dropped nor recorded as a supporter
        // unseen: the activity waits for the secretariat's choice
        unresolved(parties, org, label, operator.candidates);
        continue;
      }
      supporter(parties, org, label, name, ref, role, type, wopsRole);
    }
    // roles: the export's, the secretariat's, else by the recipient countries
    long inRecipient =
        implementing.stream()
            .filter(
                p -> p.roleGiven == null && isImplementing(p) && in(recipientCountries, p.operator))
            .count();
    long inferable =
        implementing.stream().filter(p -> p.roleGiven == null && isImplementing(p)).count();
    for (Pending p : implementing) {
      ParticipantRole role;
      String basis;
      String basisCode;
      String chosen = choice(registry.roleChoices(), p.name, p.org.attr("ref"));
      if (chosen != null && isRole(chosen)) {
        role = ParticipantRole.valueOf(chosen);
        basis = "chosen by the secretariat";
        basisCode = "iati.role.chosen";
      } else if (p.roleGiven != null && isRole(p.roleGiven)) {
        role = ParticipantRole.valueOf(p.roleGiven);
        basis = "the file's WOP role (" + WOPS_NS + ")";
        basisCode = "iati.role.file";
      } else if (isRole(choice(registry.rememberedRoles(), p.name, p.org.attr("ref")))) {
        role =
            ParticipantRole.valueOf(choice(registry.rememberedRoles(), p.name, p.org.attr("ref")));
        basis = "as the partnership imported from this activity records it";
        basisCode = "iati.role.remembered";
      } else if (!isImplementing(p)) {
        role = ParticipantRole.SUPPORTING;
        basisCode = "iati.role.inferred-supporting";
        basis =
            "an operator with IATI role "
                + p.org.attr("role")
                + " ("
                + iatiRole(p.org.attr("role"))
                + "): supporting; confirm";
      } else if (inRecipient > 0 && inRecipient < inferable) {
        boolean learner = in(recipientCountries, p.operator);
        role = learner ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
        basisCode = learner ? "iati.role.inferred-mentee" : "iati.role.inferred-mentor";
        basis =
            learner
                ? "inferred: its country is a recipient country; confirm"
                : "inferred: its country is not a recipient country; confirm";
      } else {
        role = ParticipantRole.PEER;
        basis = "inferred: IATI does not tell mentor from mentee; confirm";
        basisCode = "iati.role.inferred-peer";
      }
      parties.participants.add(new Participant(p.operator.id(), role));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", p.name);
      v.put("ref", p.org.attr("ref"));
      v.put("iatiRole", p.org.attr("role"));
      v.put("operatorId", p.operator.id());
      v.put("operator", p.operator.name());
      v.put("matchedBy", p.matchedBy);
      v.put("matchedByCode", "iati.matched." + matchedCode(p.matchedBy));
      v.put("role", role.name());
      v.put("roleBasis", basis);
      v.put("roleBasisCode", basisCode);
      v.put("roleToConfirm", basisCode.startsWith("iati.role.inferred"));
      parties.participantViews.add(v);
    }
    if (parties.participants.size() < 2) {
      error(
          "participating-org",
          "iati.participants",
          "A WOP needs at least two operators; the activity names "
              + parties.participants.size()
              + " registered one(s). Register the others or choose them under operators.",
          parties.participants.size());
    }
    return parties;
  }

  /**
   * A participating organisation that may be an operator but matches none for sure (likely
   * duplicates only, or an implementing organisation that matches no operator or organisation):
   * listed for the secretariat, and the activity refused ({@code iati.operator.unresolved}, naming
   * it) until it is chosen as an operator, as a registered organisation, or as no operator.
   */
  private void unresolved(
      Parties parties, IatiNode org, String label, List<KnownOperator> candidates) {
    parties.unresolved.add(label);
    unmapped(
        org,
        label,
        candidates.isEmpty() ? "operator-unknown" : "operator-likely",
        candidates.isEmpty()
            ? "an implementing organisation that is no registered operator: register the"
                + " operator (or choose one under operators) and import again"
            : "likely the same as a registered operator (see likelyDuplicates): choose it under"
                + " operators and import again");
    List<String> likely = candidates.stream().map(KnownOperator::name).toList();
    error(
        "participating-org",
        "iati.operator.unresolved",
        "\""
            + label
            + "\" (line "
            + org.line
            + ") "
            + (likely.isEmpty()
                ? "matches no registered operator or organisation"
                : "is likely the same as the registered operator(s) " + String.join("; ", likely))
            + ": choose its operator under operators (or its organisation under organisations, or"
            + " name it under notOperators if it is no operator); the activity is not imported"
            + " until then.",
        label,
        likely);
  }

  /** Whether the secretariat said the organisation is no operator (a supporting organisation). */
  private boolean notOperator(String name, String ref) {
    return (name != null && registry.notOperators().contains(name))
        || (ref != null && registry.notOperators().contains(ref));
  }

  private static boolean isImplementing(Pending p) {
    return "4".equals(p.org.attr("role"));
  }

  private static boolean isRole(String role) {
    if (role == null) {
      return false;
    }
    try {
      ParticipantRole.valueOf(role);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean in(List<String> countries, KnownOperator o) {
    return o.country() != null && countries.contains(o.country());
  }

  private boolean isOrganisation(String name, String ref) {
    return organisation(name, ref).found != null;
  }

  private void supporter(
      Parties parties,
      IatiNode org,
      String label,
      String name,
      String ref,
      String role,
      String type,
      String wopsRole) {
    SupporterRole r = null;
    if (wopsRole != null) {
      try {
        r = SupporterRole.valueOf(wopsRole);
      } catch (IllegalArgumentException e) {
        r = null;
      }
    }
    if (r == null) {
      r =
          role == null
              ? null
              : switch (role) {
                case "1" -> SupporterRole.FUNDER;
                case "2" -> SupporterRole.ACCOUNTABLE;
                case "3" -> SupporterRole.FACILITATOR;
                case "4" -> SupporterRole.IMPLEMENTING_AGENCY;
                default -> null;
              };
    }
    if (r == null) {
      unmapped(
          org,
          label,
          "org-role",
          "a participating-org of unknown role " + role,
          String.valueOf(role));
      return;
    }
    String description =
        org.extension(WOPS_NS, "role-description").map(IatiNode::text).orElse(null);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", label);
    v.put("ref", ref);
    v.put("iatiRole", role);
    v.put("role", r.name());
    Match<KnownOrganisation> found = organisation(name, ref);
    if (found.found != null) {
      if (parties.supporterIndex.containsKey(found.found.id())) {
        unmapped(
            org, label, "organisation-again", "the organisation appears again: it supports once");
        return;
      }
      parties.supporterIndex.put(found.found.id(), parties.supporters.size());
      parties.supporters.add(new SupportingOrganisation(found.found.id(), r, description, null));
      v.put("organisationId", found.found.id());
      v.put("organisation", found.found.name());
      v.put("matchedBy", found.by);
      v.put("matchedByCode", "iati.matched." + (found.by.equals("name") ? "name" : "chosen"));
    } else {
      if (name == null) {
        unmapped(
            org,
            ref,
            "organisation-ref",
            "an organisation named only by its ref, registered nowhere");
        return;
      }
      if (parties.newSupporterIndex.containsKey(name)) {
        unmapped(
            org, label, "organisation-again", "the organisation appears again: it supports once");
        return;
      }
      OrganisationKind kind = kind(type, role, name);
      parties.newSupporterIndex.put(name, parties.newSupporters.size());
      parties.newSupporters.add(new IatiImports.NewSupporter(name, kind, r, description, null));
      v.put("organisationId", null);
      v.put("organisation", name);
      v.put("matchedBy", "registered with the import (" + kind + ")");
      v.put("matchedByCode", "iati.matched.registered");
      v.put("kind", kind.name());
    }
    if (r == SupporterRole.FUNDER) {
      parties.funders.put(fold(label), r);
    }
    parties.supporterViews.add(v);
  }

  private static OrganisationKind kind(String type, String role, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("bank") || n.contains("banque") || n.contains("banco")) {
      return OrganisationKind.DEVELOPMENT_BANK;
    }
    if (type == null) {
      return "1".equals(role) ? OrganisationKind.DONOR : OrganisationKind.OTHER;
    }
    return switch (type) {
      case "10", "60" -> OrganisationKind.DONOR;
      case "40" -> "1".equals(role) ? OrganisationKind.DONOR : OrganisationKind.OTHER;
      case "21", "22", "23", "24" -> OrganisationKind.NGO;
      case "80" -> OrganisationKind.UNIVERSITY;
      default -> OrganisationKind.OTHER;
    };
  }

  private static String iatiRole(String role) {
    return role == null
        ? "none"
        : switch (role) {
          case "1" -> "funding";
          case "2" -> "accountable";
          case "3" -> "extending";
          case "4" -> "implementing";
          default -> "unknown";
        };
  }

  private record Match<T>(T found, String by, List<T> candidates) {}

  /** How a participant was matched, as the report's code says it. */
  private static String matchedCode(String by) {
    return switch (by) {
      case "name" -> "name";
      case "remembered" -> "remembered";
      default -> "chosen";
    };
  }

  private static String choice(Map<String, ?> choices, String name, String ref) {
    Object c = name == null ? null : choices.get(name);
    if (c == null && ref != null) {
      c = choices.get(ref);
    }
    return c == null ? null : c.toString();
  }

  private Match<KnownOperator> operator(String name, String ref) {
    String chosen = choice(registry.operatorChoices(), name, ref);
    if (chosen == null) {
      String remembered = choice(registry.rememberedOperators(), name, ref);
      for (KnownOperator o : registry.operators()) {
        if (remembered != null && o.id() == Long.parseLong(remembered)) {
          return new Match<>(o, "remembered", List.of());
        }
      }
    }
    if (chosen != null) {
      long id = Long.parseLong(chosen);
      for (KnownOperator o : registry.operators()) {
        if (o.id() == id) {
          return new Match<>(o, "chosen by the secretariat", List.of());
        }
      }
      error(
          "operators",
          "iati.operator.unknown",
          "The operator " + id + " chosen for \"" + (name != null ? name : ref) + "\" is unknown.",
          id,
          name != null ? name : ref);
      return new Match<>(null, null, List.of());
    }
    if (name == null) {
      return new Match<>(null, null, List.of());
    }
    Set<String> strong = strongKeys(name);
    Set<String> all = allKeys(name);
    LikelySameOperator alike = LikelySameOperator.ofNames(name);
    List<KnownOperator> byName = new ArrayList<>();
    List<KnownOperator> likely = new ArrayList<>();
    for (KnownOperator o : registry.operators()) {
      if (o.names().stream().anyMatch(strong::contains)) {
        byName.add(o);
      } else if (o.names().stream().anyMatch(all::contains)
          || o.shortNames().stream().anyMatch(all::contains)
          || alike.namesAlike(o.alike())) {
        likely.add(o);
      }
    }
    if (byName.size() == 1) {
      return new Match<>(byName.get(0), "name", List.of());
    }
    byName.addAll(likely);
    return new Match<>(null, null, byName);
  }

  private Match<KnownOrganisation> organisation(String name, String ref) {
    String chosen = choice(registry.organisationChoices(), name, ref);
    if (chosen != null) {
      long id = Long.parseLong(chosen);
      for (KnownOrganisation o : registry.organisations()) {
        if (o.id() == id) {
          return new Match<>(o, "chosen by the secretariat", List.of());
        }
      }
      return new Match<>(null, null, List.of());
    }
    if (name == null) {
      return new Match<>(null, null, List.of());
    }
    Set<String> keys = allKeys(name);
    List<KnownOrganisation> found =
        registry.organisations().stream()
            .filter(o -> o.names().stream().anyMatch(keys::contains))
            .toList();
    return found.size() == 1
        ? new Match<>(found.get(0), "name", List.of())
        : new Match<>(null, null, found);
  }

  /** A name folded as for likely duplicates, without a country. */
  static String fold(String name) {
    String key = OperatorNames.key(name, null);
    return key.substring(0, key.length() - 1);
  }

  /** The name itself and the name without its bracketed parts. */
  static Set<String> strongKeys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    if (name == null || name.isBlank()) {
      return keys;
    }
    keys.add(fold(name));
    String outside = BRACKETS.matcher(name).replaceAll(" ");
    if (!outside.isBlank()) {
      keys.add(fold(outside));
    }
    return keys;
  }

  /** Every key of a name: also each part in brackets ("ONEA"). */
  static Set<String> allKeys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    for (String k : OperatorNames.keys(name, null)) {
      keys.add(k.substring(0, k.length() - 1));
    }
    return keys;
  }

  // ----- money

  private String moneyCurrency() {
    for (IatiNode b : a.all("budget")) {
      String c = b.first("value").map(v -> v.attr("currency")).orElse(null);
      if (c != null) {
        return c;
      }
    }
    for (IatiNode t : a.all("transaction")) {
      String c = t.first("value").map(v -> v.attr("currency")).orElse(null);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** The number a text states, null when it is none. */
  private static BigDecimal number(String text) {
    if (text == null || text.length() > 40) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private BigDecimal amount(IatiNode at, String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() > 40) {
        throw new NumberFormatException();
      }
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      unmapped(at, text, "amount", "not an amount");
      return null;
    }
  }

  private Budget budget(String activityCurrency) {
    List<IatiNode> budgets = a.all("budget");
    // the budget's own currency (a WOP's budget may be in another currency than its accounts)
    String currency =
        budgets.stream()
            .map(b -> b.first("value").map(v -> v.attr("currency")).orElse(null))
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(activityCurrency);
    boolean revised = budgets.stream().anyMatch(b -> "2".equals(b.attr("type")));
    SortedMap<Integer, BigDecimal> years = new TreeMap<>();
    BigDecimal total = null;
    boolean allYearly = true;
    for (IatiNode b : budgets) {
      if (revised && !"2".equals(b.attr("type"))) {
        unmapped(
            b,
            b.first("value").map(IatiNode::text).orElse(null),
            "budget-superseded",
            "superseded by a revised budget");
        continue;
      }
      Optional<IatiNode> value = b.first("value");
      String c = value.map(v -> v.attr("currency")).orElse(currency);
      BigDecimal amount = value.map(v -> amount(v, v.text())).orElse(null);
      if (amount == null) {
        continue;
      }
      if (!currency.equalsIgnoreCase(c)) {
        unmapped(
            b,
            c + " " + amount.toPlainString(),
            "budget-currency",
            "a budget in another currency than " + currency,
            currency);
        continue;
      }
      String start = b.first("period-start").map(p -> p.attr("iso-date")).orElse(null);
      String end = b.first("period-end").map(p -> p.attr("iso-date")).orElse(null);
      total = total == null ? amount : total.add(amount);
      if (start != null
          && end != null
          && start.length() >= 4
          && end.length() >= 4
          && start.substring(0, 4).equals(end.substring(0, 4))) {
        years.merge(Integer.parseInt(start.substring(0, 4)), amount, BigDecimal::add);
      } else {
        allYearly = false;
      }
    }
    if (total == null) {
      return Budget.none();
    }
    List<BudgetLine> lines = new ArrayList<>();
    List<Map<String, Object>> lineViews = new ArrayList<>();
    for (Map.Entry<Integer, BigDecimal> y : years.entrySet()) {
      lines.add(
          new BudgetLine(y.getKey(), null, y.getValue(), "budget.lines[" + lines.size() + "]"));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("year", y.getKey());
      v.put("amount", y.getValue());
      lineViews.add(v);
    }
    // a file whose budgets are all yearly states no total apart from them: none is invented (the
    // budget's amount is what its years add up to); a budget over several years adds to a total
    BigDecimal stated = allYearly ? null : total;
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("currency", currency.toUpperCase(Locale.ROOT));
    v.put("total", stated);
    v.put("amount", total);
    v.put("lines", lineViews);
    maps.put("budget", v);
    try {
      return new Budget(currency.toUpperCase(Locale.ROOT), stated, lines, null, null);
    } catch (DomainRuleViolation e) {
      unmapped(a, total.toPlainString(), "budget", "the budget: " + e.getMessage(), rule(e));
      maps.remove("budget");
      return Budget.none();
    }
  }

  /** Commitments (2 outgoing, 11 incoming) from a funder: its stated contribution. */
  private void contributions(Parties parties, String currency) {
    Map<String, BigDecimal> byFunder = new LinkedHashMap<>();
    for (IatiNode t : a.all("transaction")) {
      String type = t.first("transaction-type").map(n -> n.attr("code")).orElse(null);
      Optional<IatiNode> value = t.first("value");
      String c = value.map(v -> v.attr("currency")).orElse(currency);
      BigDecimal amount = value.map(v -> amount(v, v.text())).orElse(null);
      String provider =
          t.first("provider-org")
              .map(p -> p.narratives().isEmpty() ? p.attr("ref") : p.narratives().get(0).text())
              .orElse(null);
      String said = (c == null ? "" : c + " ") + (amount == null ? "" : amount.toPlainString());
      if (!"2".equals(type) && !"11".equals(type)) {
        unmapped(
            t,
            said,
            "transaction-type",
            "a transaction of type " + type + ": only commitments are kept",
            String.valueOf(type));
      } else if (amount == null || currency == null || !currency.equalsIgnoreCase(c)) {
        unmapped(
            t,
            said,
            "commitment-amount",
            "a commitment without an amount in " + currency,
            String.valueOf(currency));
      } else if (provider == null || !parties.funders.containsKey(fold(provider))) {
        unmapped(
            t,
            said,
            "commitment-funder",
            "a commitment from no funder of the activity (" + provider + ")",
            String.valueOf(provider));
      } else {
        byFunder.merge(fold(provider), amount, BigDecimal::add);
      }
    }
    if (byFunder.isEmpty()) {
      return;
    }
    for (int i = 0; i < parties.supporterViews.size(); i++) {
      Map<String, Object> v = parties.supporterViews.get(i);
      BigDecimal amount = byFunder.get(fold((String) v.get("name")));
      if (amount == null || !"FUNDER".equals(v.get("role"))) {
        continue;
      }
      v.put("contribution", amount);
      v.put(
          "contributionNote",
          "stated from its commitments; confirming it is the funder's or the secretariat's");
      Object id = v.get("organisationId");
      if (id != null) {
        int at = parties.supporterIndex.get((Long) id);
        SupportingOrganisation s = parties.supporters.get(at);
        parties.supporters.set(
            at,
            new SupportingOrganisation(
                s.organisationId(), s.role(), s.roleDescription().orElse(null), amount));
      } else {
        String name = (String) v.get("organisation");
        int at = parties.newSupporterIndex.get(name);
        IatiImports.NewSupporter n = parties.newSupporters.get(at);
        parties.newSupporters.set(
            at,
            new IatiImports.NewSupporter(
                n.name(), n.kind(), n.role(), n.roleDescription(), amount));
      }
    }
  }

  // ----- results

  private List<Result> results() {
    List<Result> results = new ArrayList<>();
    List<Map<String, Object>> views = new ArrayList<>();
    for (IatiNode r : a.all("result")) {
      String statement =
          r.narrativesOf("title").stream().findFirst().map(Narrative::text).orElse(null);
      if (statement == null) {
        unmapped(r, null, "result-title", "a result without a title");
        continue;
      }
      ResultKind kind =
          r.extension(WOPS_NS, "kind")
              .map(IatiNode::text)
              .flatMap(IatiMapping::kindOf)
              .orElse("1".equals(r.attr("type")) ? ResultKind.OUTPUT : ResultKind.OUTCOME);
      List<IatiNode> indicators = r.all("indicator");
      if (indicators.isEmpty()) {
        add(results, views, r, statement, kind, null);
      }
      for (IatiNode i : indicators) {
        add(results, views, r, statement, kind, i);
      }
    }
    maps.put("results", views);
    return results;
  }

  private static Optional<ResultKind> kindOf(String name) {
    try {
      return Optional.of(ResultKind.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void add(
      List<Result> results,
      List<Map<String, Object>> views,
      IatiNode r,
      String statement,
      ResultKind kind,
      IatiNode i) {
    String field = "results[" + results.size() + "]";
    try {
      ResultIndicator indicator = i == null ? null : indicator(i, field + ".indicator");
      Result result = new Result(statement, kind, indicator, field);
      results.add(result);
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("statement", statement);
      v.put("kind", kind.name());
      if (indicator != null) {
        Map<String, Object> iv = new LinkedHashMap<>();
        iv.put("title", indicator.title());
        iv.put("unit", indicator.unit());
        iv.put("baseline", point(indicator.baseline()));
        iv.put("target", point(indicator.target()));
        iv.put("actual", point(indicator.actual()));
        v.put("indicator", iv);
      }
      views.add(v);
    } catch (DomainRuleViolation e) {
      unmapped(i == null ? r : i, statement, "result", "the result: " + e.getMessage(), rule(e));
    }
  }

  private static Map<String, Object> point(ResultPoint p) {
    if (p == null) {
      return null;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("value", p.value());
    v.put("note", p.note());
    v.put("dated", p.dated() == null ? null : p.dated().toString());
    return v;
  }

  private ResultIndicator indicator(IatiNode i, String field) {
    String measure = i.attr("measure");
    boolean qualitative = "5".equals(measure) || "4".equals(measure);
    String title = i.narrativesOf("title").stream().findFirst().map(Narrative::text).orElse(null);
    String unit = null;
    if (!qualitative && title != null) {
      Matcher m = UNIT.matcher(title);
      if (m.matches()) {
        title = m.group(1);
        unit = m.group(2);
      }
    }
    if ("2".equals(measure) && unit == null) {
      unit = "%";
    }
    ResultPoint baseline = null;
    Optional<IatiNode> b = i.first("baseline");
    if (b.isPresent()) {
      IatiNode n = b.get();
      PartialDate dated =
          n.attr("iso-date") != null
              ? partial(n, n.attr("iso-date"), field + ".baseline")
              : n.attr("year") != null ? partial(n, n.attr("year"), field + ".baseline") : null;
      baseline = pointOf(n, qualitative, dated, field + ".baseline");
    }
    if (i.all("baseline").size() > 1) {
      unmapped(i, title, "baseline-second", "more than one baseline: the first is kept");
    }
    ResultPoint target = null;
    ResultPoint actual = null;
    int periods = 0;
    for (IatiNode p : i.all("period")) {
      periods++;
      String start = p.first("period-start").map(n -> n.attr("iso-date")).orElse(null);
      String end = p.first("period-end").map(n -> n.attr("iso-date")).orElse(null);
      PartialDate dated = period(start, end);
      Optional<IatiNode> t = p.first("target");
      if (t.isPresent()) {
        PartialDate d = marked(t.get(), dated);
        if (target != null) {
          unmapped(
              p,
              target.dated() == null ? null : target.dated().toString(),
              "target-earlier",
              "an earlier target: the latest is kept");
        }
        target = pointOf(t.get(), qualitative, d, field + ".target");
      }
      Optional<IatiNode> ac = p.first("actual");
      if (ac.isPresent()) {
        PartialDate d = marked(ac.get(), dated);
        if (actual != null) {
          unmapped(
              p,
              actual.dated() == null ? null : actual.dated().toString(),
              "actual-earlier",
              "an earlier actual: the latest is kept");
        }
        actual = pointOf(ac.get(), qualitative, d, field + ".actual");
      }
    }
    if (periods == 0 && baseline == null) {
      // a statement with an indicator title only
      return ResultIndicator.of(title, unit, null, null, null, field);
    }
    return ResultIndicator.of(title, unit, baseline, target, actual, field);
  }

  /** A period's date: a whole year or month at that precision, else its last day. */
  private static PartialDate period(String start, String end) {
    try {
      if (end == null) {
        return start == null ? null : PartialDate.of(LocalDate.parse(start.substring(0, 10)));
      }
      LocalDate e = LocalDate.parse(end.substring(0, 10));
      if (start != null) {
        LocalDate s = LocalDate.parse(start.substring(0, 10));
        if (s.getDayOfYear() == 1 && e.equals(s.withDayOfYear(s.lengthOfYear()))) {
          return PartialDate.ofYear(s.getYear());
        }
        if (s.getDayOfMonth() == 1 && e.equals(s.withDayOfMonth(s.lengthOfMonth()))) {
          return PartialDate.ofMonth(s.getYear(), s.getMonthValue());
        }
      }
      return PartialDate.of(e);
    } catch (java.time.DateTimeException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }

  /** A date the platform's export marked in the point's comment, else the period's. */
  private static PartialDate marked(IatiNode point, PartialDate dated) {
    for (IatiNode c : point.all("comment")) {
      for (Narrative n : c.narratives()) {
        Matcher m = KNOWN_TO.matcher(n.text());
        if (m.find()) {
          return PartialDate.parse(m.group(2), "period");
        }
      }
    }
    return dated;
  }

  private ResultPoint pointOf(IatiNode n, boolean qualitative, PartialDate dated, String field) {
    if (!qualitative && n.attr("value") != null && number(n.attr("value")) == null) {
      // one unreadable number leaves out its point only: the result keeps its other points
      // ("79,5": a decimal comma is not guessed, as "1,250" could be either)
      unmapped(
          n,
          n.attr("value"),
          "point-number",
          "not a number (IATI writes 79.5): this "
              + n.name
              + " is left out, the rest of the result is kept",
          n.name);
      return null;
    }
    BigDecimal value = qualitative ? null : amount(n, n.attr("value"));
    String note = null;
    List<String> words = new ArrayList<>();
    for (IatiNode c : n.all("comment")) {
      for (Narrative w : c.narratives()) {
        String text =
            KNOWN_TO.matcher(w.text()).replaceAll("").replaceAll("\\s*\\(\\s*\\)\\s*$", "").strip();
        if (!text.isEmpty()) {
          words.add(text);
        }
      }
    }
    if (!words.isEmpty()) {
      note = String.join(" ", words);
    }
    if (qualitative && n.attr("value") != null) {
      unmapped(
          n, n.attr("value"), "qualitative-value", "a value of a qualitative indicator: not kept");
    }
    if (value == null && note == null) {
      note = null;
    }
    return ResultPoint.of(value, note, dated, field);
  }

  // ----- sources

  /**
   * The agreement the platform's own export marks ({@code wops:agreement} on a document-link): its
   * link is the agreement's evidence, "signed" says it was signed, its date when.
   */
  private record Agreement(IatiNode node, String link, boolean signed, PartialDate signedOn) {}

  private Agreement agreement() {
    for (IatiNode d : a.all("document-link")) {
      String about = d.attr("wops:agreement");
      if (about != null && d.attr("url") != null) {
        Agreement found = new Agreement(d, d.attr("url"), "signed".equals(about), documentDate(d));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("evidence", found.link());
        v.put("signed", found.signed());
        v.put("signedOn", found.signedOn() == null ? null : found.signedOn().toString());
        maps.put("agreement", v);
        return found;
      }
    }
    return null;
  }

  /**
   * A document's date: at the precision the platform's export marks ({@code wops:dated="2016-11"}
   * beside the period's first day), else the day the file writes.
   */
  private PartialDate documentDate(IatiNode d) {
    Optional<IatiNode> date = d.first("document-date");
    if (date.isEmpty()) {
      return null;
    }
    IatiNode n = date.get();
    String iso = n.attr("iso-date");
    String dated = n.attr("wops:dated");
    if (dated != null) {
      try {
        PartialDate marked = PartialDate.parse(dated, "document-date");
        if (iso != null && iso.equals(marked.first().toString())) {
          return marked;
        }
      } catch (DomainRuleViolation e) {
        // not a date: the file's day is read instead
      }
    }
    return partial(n, iso, "document-date");
  }

  private List<Source> sources(String identifier, Agreement agreement) {
    List<Source> sources = new ArrayList<>();
    List<Map<String, Object>> views = new ArrayList<>();
    PartialDate updated = lastUpdated();
    Optional<IatiNode> reporting = a.first("reporting-org");
    String reporter =
        reporting
            .map(r -> r.narratives().isEmpty() ? r.attr("ref") : r.narratives().get(0).text())
            .orElse(null);
    // language-neutral data, not English words: the profile says "according to" in the reader's
    // language, and the same file makes the same source whoever imports it
    String ref = reporting.map(r -> r.attr("ref")).orElse(null);
    String title =
        "IATI "
            + identifier
            + (reporter == null ? "" : " — " + reporter)
            + (ref == null || ref.equals(reporter) ? "" : " (" + ref + ")");
    add(sources, views, title, source, updated, "IATI 2.03");
    for (IatiNode d : a.all("document-link")) {
      if (agreement != null && d == agreement.node()) {
        continue;
      }
      String url = d.attr("url");
      String t = d.narrativesOf("title").stream().findFirst().map(Narrative::text).orElse(url);
      if (t == null) {
        unmapped(d, null, "document-empty", "a document-link without a URL or title");
        continue;
      }
      PartialDate on = documentDate(d);
      // what the source says: the document's description (its format is no note: the link's)
      String note = join(d.narrativesOf("description"));
      if (note != null && note.length() > Source.NOTE_MAX) {
        unmapped(
            d,
            t,
            "document-description",
            "the document's description is longer than a source's note ("
                + Source.NOTE_MAX
                + " characters): the source is kept without it",
            Source.NOTE_MAX);
        note = null;
      }
      if (sources.size() >= org.wops.domain.partnership.Partnership.LIST_MAX) {
        unmapped(d, t, "sources-max", "more sources than a partnership keeps");
        continue;
      }
      try {
        add(sources, views, t, url, on, note);
      } catch (DomainRuleViolation e) {
        unmapped(d, url, "document", "the document link: " + e.getMessage(), rule(e));
      }
    }
    maps.put("sources", views);
    return sources;
  }

  private static void add(
      List<Source> sources,
      List<Map<String, Object>> views,
      String title,
      String link,
      PartialDate dated,
      String note) {
    String t = title.length() > Source.TITLE_MAX ? title.substring(0, Source.TITLE_MAX) : title;
    sources.add(new Source(t, link, dated, note, "sources[" + sources.size() + "]"));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", t);
    v.put("link", link);
    v.put("dated", dated == null ? null : dated.toString());
    v.put("note", note);
    views.add(v);
  }

  // ----- what does not map, errors, digest

  /**
   * What does not map: the element, its line and value, why in English ({@code reason}), and why as
   * a code ({@code iati.not-mapped.<code>}) with its values ({@code args}), which the page words in
   * the reader's language.
   */
  private void unmapped(IatiNode at, String value, String code, String reason, Object... args) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("element", at.name);
    v.put("line", at.line);
    v.put("value", value);
    v.put("reason", reason);
    v.put("code", "iati.not-mapped." + code);
    v.put("args", List.of(args));
    notMapped.add(v);
  }

  /** A broken rule as the report carries it: its code and its values, as JSON writes them. */
  static Map<String, Object> rule(DomainRuleViolation e) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("rule", e.code());
    v.put("args", jsonArgs(e.arguments()));
    return v;
  }

  /** Values as JSON writes them: numbers stay numbers, dates ISO, codes their names. */
  static List<Object> jsonArgs(Object[] values) {
    List<Object> out = new ArrayList<>();
    for (Object o : values) {
      if (o == null || o instanceof Number || o instanceof Boolean || o instanceof String) {
        out.add(o);
      } else if (o instanceof Enum<?> e) {
        out.add(e.name());
      } else if (o instanceof org.wops.domain.reference.LocalizedName n) {
        // a name in the platform's languages: the page picks the reader's
        Map<String, Object> names = new LinkedHashMap<>();
        for (org.wops.domain.shared.Language l : org.wops.domain.shared.Language.values()) {
          names.put(l.name().toLowerCase(Locale.ROOT), n.in(l));
        }
        out.add(names);
      } else if (o instanceof java.util.Collection<?> c) {
        out.add(jsonArgs(c.toArray()));
      } else {
        out.add(o.toString());
      }
    }
    return out;
  }

  private void error(String field, String rule, String message, Object... args) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("field", field);
    v.put("rule", rule);
    v.put("message", message);
    v.put("args", jsonArgs(args));
    errors.add(v);
  }

  private static String join(List<Narrative> narratives) {
    return narratives.isEmpty() ? null : narratives.get(0).text();
  }

  /**
   * A digest of what the activity says (names, attributes in order, texts): the same activity in a
   * file written again, with other white space, gives the same digest.
   */
  static String digest(IatiNode activity) {
    StringBuilder b = new StringBuilder();
    canonical(activity, b);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void canonical(IatiNode n, StringBuilder b) {
    b.append('<').append(n.namespace).append('|').append(n.name);
    new TreeMap<>(n.attributes)
        .forEach(
            (k, v) -> {
              if (!k.equals("last-updated-datetime")) {
                b.append(' ').append(k).append('=').append(v.strip());
              }
            });
    b.append('>');
    if (n.text() != null) {
      b.append(n.text().replaceAll("\\s+", " "));
    }
    for (IatiNode c : n.children) {
      canonical(c, b);
    }
    b.append("</>");
  }
}
