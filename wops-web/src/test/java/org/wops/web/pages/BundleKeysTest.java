package org.wops.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' bundle ({@code org/wops/web/messages*.properties}) in EN, FR and ES: every key in all
 * three languages, every key a page or a view uses in the bundle, and no key that nothing uses.
 *
 * <p>A key is used when a page names it, {@code #{msg['x.y']}} or {@code labels.plural('x.y', …)} /
 * {@code labels.format('x.y', …)}, or a Java source of the module writes it as a string literal
 * whose first part is one of the bundle's ({@code "wop.sign.done"}; {@code "wops.map.tiles"} is a
 * setting, not a text). A key built at run time ({@code msg['status.'.concat(…)]}, {@code "rule." +
 * code}) counts for every key under its prefix. The demo data's sources are left out: they write
 * records, not texts.
 */
class BundleKeysTest {
  private static final Path RESOURCES = Path.of("src/main/resources/org/wops/web");
  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Pattern PAGE_KEY =
      Pattern.compile(
          "(?:msg\\[|labels\\.(?:text|plural|format)\\()'([a-z][A-Za-z0-9_.-]*[A-Za-z0-9_-])'");
  private static final Pattern PAGE_PREFIX =
      Pattern.compile("(?:msg\\[|labels\\.(?:text|plural|format)\\()'([a-z][A-Za-z0-9_.-]*\\.)'");
  private static final Pattern JAVA_KEY =
      Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");
  private static final Pattern JAVA_PREFIX =
      Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)*\\.)\"\\s*\\+");

  static Properties bundle(String suffix) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(RESOURCES.resolve("messages" + suffix))) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Set<String> keys(String suffix) {
    return new TreeSet<>(bundle(suffix).stringPropertyNames());
  }

  /**
   * No key written twice in one file: Properties keeps the last silently, so the first is a text
   * nobody reads (a merge of two branches that both changed a line leaves both).
   */
  @Test
  void noKeyIsWrittenTwice() throws IOException {
    Pattern entry = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");
    for (String suffix : new String[] {".properties", "_fr.properties", "_es.properties"}) {
      java.util.Map<String, Long> count =
          Files.readAllLines(RESOURCES.resolve("messages" + suffix), StandardCharsets.UTF_8)
              .stream()
              .map(entry::matcher)
              .filter(Matcher::find)
              .collect(Collectors.groupingBy(m -> m.group(1), Collectors.counting()));
      assertThat(count.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey()))
          .as("keys written twice in messages" + suffix)
          .isEmpty();
    }
  }

  @Test
  void everyKeyIsInEnglishFrenchAndSpanish() {
    Set<String> en = keys(".properties");
    for (String language : new String[] {"_fr.properties", "_es.properties"}) {
      Set<String> other = keys(language);
      assertThat(difference(en, other)).as("keys missing in messages" + language).isEmpty();
      assertThat(difference(other, en)).as("keys only in messages" + language).isEmpty();
      assertThat(bundle(language).entrySet())
          .as("empty texts in messages" + language)
          .noneMatch(e -> e.getValue().toString().isBlank());
    }
  }

  @Test
  void everyKeyAPageOrAViewNamesIsInTheBundle() {
    Set<String> bundle = keys(".properties");
    Set<String> namespaces =
        bundle.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (String key : found(PAGES, ".xhtml", PAGE_KEY)) {
      if (!bundle.contains(key)) {
        missing.add(key);
      }
    }
    for (String key : found(JAVA, ".java", JAVA_KEY)) {
      if (namespaces.contains(key.substring(0, key.indexOf('.') + 1)) && !bundle.contains(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("keys used but missing in messages.properties").isEmpty();
  }

  @Test
  void everyKeyOfTheBundleIsUsed() {
    Set<String> used = new TreeSet<>(found(PAGES, ".xhtml", PAGE_KEY));
    used.addAll(found(JAVA, ".java", JAVA_KEY));
    Set<String> prefixes = new TreeSet<>(found(PAGES, ".xhtml", PAGE_PREFIX));
    prefixes.addAll(found(JAVA, ".java", JAVA_PREFIX));
    Set<String> unused = new TreeSet<>();
    for (String key : keys(".properties")) {
      if (!used.contains(key) && prefixes.stream().noneMatch(key::startsWith)) {
        unused.add(key);
      }
    }
    assertThat(unused).as("keys of messages.properties nothing uses").isEmpty();
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<String> found(Path root, String extension, Pattern pattern) {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(extension))
              // the demo data writes records ("wop." + acronym + "@example.org"), not texts
              .filter(f -> !f.toString().contains("/demo/"))
              // the pages' field limits are named by field ("user.username"), not texts
              .filter(f -> !f.getFileName().toString().equals("Limits.java"))
              .toList()) {
        Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
