package org.wops.web.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * plugins/new-type.sh generates a type module that compiles and passes its own tests: generated
 * here into a temporary folder, compiled against the domain, and its tests run with the JUnit
 * launcher.
 */
class NewTypeGeneratorTest {
  private static final Path GENERATOR = Path.of("..", "plugins", "new-type.sh");

  @TempDir Path work;

  @Test
  void aGeneratedTypeModuleCompilesAndPassesItsOwnTests() throws Exception {
    Path module = work.resolve("wops-type-water-kiosks");
    Process p =
        new ProcessBuilder(
                "bash", GENERATOR.toString(), "water-kiosks", "WaterKioskType", module.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    Path mainSource =
        module.resolve("src/main/java/org/wops/plugins/waterkiosks/WaterKioskType.java");
    Path testSource =
        module.resolve("src/test/java/org/wops/plugins/waterkiosks/WaterKioskTypeTest.java");
    assertThat(Files.readString(mainSource))
        .contains("\"water-kiosks\"")
        .doesNotContain("TemplateTwinning");
    assertThat(Files.readString(module.resolve("pom.xml")))
        .contains("<artifactId>wops-type-water-kiosks</artifactId>");
    assertThat(
            Files.readString(
                module.resolve(
                    "src/main/resources/META-INF/services/org.wops.domain.type.PartnershipType")))
        .contains("org.wops.plugins.waterkiosks.WaterKioskType");

    Path classes = Files.createDirectories(work.resolve("classes"));
    compile(classes, mainSource, testSource);
    copyResources(module.resolve("src/main/resources"), classes);

    TestExecutionSummary summary =
        runTests(classes, "org.wops.plugins.waterkiosks.WaterKioskTypeTest");
    assertThat(summary.getTestsFoundCount()).isGreaterThanOrEqualTo(5);
    assertThat(summary.getTotalFailureCount()).as(() -> summary.getFailures().toString()).isZero();
  }

  @Test
  void anIdReservedForBuiltInTypesIsRefused() throws Exception {
    Process p =
        new ProcessBuilder(
                "bash", GENERATOR.toString(), "wop-fake", "FakeType", work.resolve("x").toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(60, TimeUnit.SECONDS);

    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(out).contains("reserved");
  }

  private static void compile(Path classes, Path... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String[] args =
        Stream.concat(
                Stream.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")),
                Stream.of(sources).map(Path::toString))
            .toArray(String[]::new);
    assertThat(javac.run(null, null, null, args)).as("javac").isZero();
  }

  private static void copyResources(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
  }

  private static TestExecutionSummary runTests(Path classes, String testClass) throws Exception {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, NewTypeGeneratorTest.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      Class<?> test = loader.loadClass(testClass);
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(List.of(DiscoverySelectors.selectClass(test)))
              .build(),
          listener);
      return listener.getSummary();
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
