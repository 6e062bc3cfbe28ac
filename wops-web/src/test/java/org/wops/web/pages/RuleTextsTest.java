package org.wops.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule the main code can break has its words in the pages' three languages: each {@code new
 * DomainRuleViolation(code, field, message, arguments…)} of the project's main sources (domain,
 * plugins, API, pages) has a text {@code rule.<code>} in EN, FR and ES whose placeholders the
 * arguments of every throw site fill ({@code {0}} … {@code {n-1}} for n arguments), and no text has
 * a lone single quote (MessageFormat would swallow it and what follows it).
 *
 * <p>A code built at run time is listed below with the codes it builds; a required text or a text
 * too long ({@code Texts}: {@code <code>.required}, {@code <code>.too-long}) without its own words
 * is said by the generic {@code rule.required} and {@code rule.too-long}; the administration's
 * unknown or ambiguous user ({@code AdminView}) is worded from the bundle already; the import page
 * rewraps a row's reason that was thrown (and is checked) elsewhere.
 */
class RuleTextsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern THROW = Pattern.compile("new DomainRuleViolation\\(");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9.-]*)\"");
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

  /** The codes built at run time: the expression as written, and the codes it builds. */
  private static final Map<String, List<String>> BUILT =
      Map.of(
          "\"operator.\" + field + \".negative\"",
          List.of("operator.populationServed.negative", "operator.connections.negative"),
          "\"operator.\" + field + \".out-of-range\"",
          List.of("operator.latitude.out-of-range", "operator.longitude.out-of-range"),
          "\"partnership.too-many-\" + field",
          List.of(
              "partnership.too-many-milestones",
              "partnership.too-many-activities",
              "partnership.too-many-outputs",
              "partnership.too-many-costs",
              "partnership.too-many-indicators"),
          "ID + \".same-country\"",
          List.of("example-twinning.same-country"),
          "ownerKind + \".contact.duplicate\"",
          List.of("operator.contact.duplicate", "organisation.contact.duplicate"),
          "code + \".required\"",
          List.of(),
          "code + \".too-long\"",
          List.of(),
          "e.rule()", // the import page saying a row's reason: the rule was thrown elsewhere
          List.of(),
          "matches.isEmpty() ? \"user.\" + field + \".unknown\" : \"user.\" + field + \".ambiguous\"",
          List.of());

  /** A throw site: the code's expression, the number of arguments after the message, where. */
  record Site(String code, int arguments, Path file) {}

  @Test
  void everyRuleThrownHasItsTextInEveryLanguageWithThePlaceholdersItsArgumentsFill() {
    List<Site> sites = sites();
    assertThat(sites).as("the scan finds the throw sites").hasSizeGreaterThan(100);
    Map<String, Integer> fewest = new TreeMap<>();
    for (Site s : sites) {
      Matcher literal = LITERAL.matcher(s.code());
      List<String> codes;
      if (literal.matches()) {
        codes = List.of(literal.group(1));
      } else {
        assertThat(BUILT).as("a code built at run time in %s", s.file()).containsKey(s.code());
        codes = BUILT.get(s.code());
      }
      codes.forEach(c -> fewest.merge(c, s.arguments(), Math::min));
    }
    List<String> wrong = new ArrayList<>();
    for (String suffix : List.of(".properties", "_fr.properties", "_es.properties")) {
      Properties bundle = BundleKeysTest.bundle(suffix);
      fewest.forEach(
          (code, arguments) -> {
            String text = bundle.getProperty("rule." + code);
            if (text == null) {
              wrong.add(suffix + ": no rule." + code);
            } else if (new MessageFormat(text).getFormatsByArgumentIndex().length > arguments) {
              wrong.add(suffix + ": rule." + code + " names more than " + arguments + " values");
            }
          });
      for (String generic : List.of("rule.required", "rule.too-long")) {
        if (bundle.getProperty(generic) == null) {
          wrong.add(suffix + ": no " + generic);
        }
      }
      for (String key : bundle.stringPropertyNames()) {
        if (key.startsWith("rule.") && LONE_QUOTE.matcher(bundle.getProperty(key)).find()) {
          wrong.add(suffix + ": " + key + " has a lone ' (write '' in a MessageFormat text)");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theFrenchAndSpanishTextsFillInTheReadersLanguage() {
    String fr = BundleKeysTest.bundle("_fr.properties").getProperty("rule.country.invalid");
    String es = BundleKeysTest.bundle("_es.properties").getProperty("rule.dates.start-after-end");
    assertThat(new MessageFormat(fr, java.util.Locale.FRENCH).format(new Object[] {"ZZ"}))
        .isEqualTo(
            "\u00ab\u00a0ZZ\u00a0\u00bb n'est pas un code pays ISO 3166-1 alpha-2 (par exemple KE, FR ou BO).");
    assertThat(
            new MessageFormat(es, java.util.Locale.forLanguageTag("es"))
                .format(new Object[] {"30 jun 2024", "1 ene 2025"}))
        .isEqualTo(
            "La fecha de fin (30 jun 2024) no puede ser anterior a la fecha de inicio (1 ene 2025).");
  }

  /** Every throw site of the project's main sources (the demo data and the tests left out). */
  static List<Site> sites() {
    List<Site> sites = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .filter(p -> !p.toString().contains("/target/"))
              .toList()) {
        String source = Files.readString(f);
        Matcher m = THROW.matcher(source);
        while (m.find()) {
          List<String> arguments = arguments(source, m.end());
          sites.add(new Site(arguments.get(0), arguments.size() - 3, f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sites;
  }

  /** The arguments of the call whose parenthesis opens just before {@code from}, as written. */
  static List<String> arguments(String source, int from) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(source, i, end + 1);
        i = end;
        continue;
      }
      if (c == ')' && depth == 0 || c == ',' && depth == 0) {
        arguments.add(current.toString().strip().replaceAll("\\s+", " "));
        current.setLength(0);
        if (c == ')') {
          return arguments;
        }
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      current.append(c);
    }
    throw new IllegalStateException("unclosed call at " + from);
  }
}
