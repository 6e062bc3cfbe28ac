package org.wops.domain.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wops.domain.shared.DomainRuleViolation;

class PartnershipTypeRegistryTest {

  static class Simple implements PartnershipType {
    private final String id;

    Simple(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Labels name() {
      return Labels.of("Simple " + id, null, null);
    }

    @Override
    public Labels description() {
      return Labels.of("A test type", null, null);
    }

    @Override
    public List<RoleMix> roleMixes() {
      return List.of(RoleMix.peersOnly(2));
    }

    @Override
    public List<MilestoneTemplate> milestoneTemplate() {
      return List.of();
    }
  }

  @Test
  void typesAreListedSortedById() {
    PartnershipTypeRegistry registry =
        PartnershipTypeRegistry.of(new Simple("zeta"), new Simple("alpha"), new Simple("mid"));

    assertThat(registry.all())
        .extracting(PartnershipType::id)
        .containsExactly("alpha", "mid", "zeta");
  }

  @Test
  void aDuplicateIdIsRefusedAndReportedAndTheFirstTypeStays() {
    Simple first = new Simple("twinning");
    PartnershipTypeRegistry registry = PartnershipTypeRegistry.of(first, new Simple("twinning"));

    assertThat(registry.all()).containsExactly(first);
    assertThat(registry.problems())
        .singleElement()
        .asString()
        .contains("'twinning' is already installed");
  }

  @Test
  void anIdOutsideThePatternIsRefused() {
    PartnershipTypeRegistry registry =
        PartnershipTypeRegistry.of(new Simple("Bad Id"), new Simple("x"), new Simple("ok-id"));

    assertThat(registry.all()).extracting(PartnershipType::id).containsExactly("ok-id");
    assertThat(registry.problems()).hasSize(2).allMatch(p -> p.contains("does not match"));
  }

  @Test
  void anUnknownTypeIsARuleViolationNamingTheInstalledOnes() {
    PartnershipTypeRegistry registry = PartnershipTypeRegistry.of(new Simple("alpha"));

    assertThatThrownBy(() -> registry.require("beta"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("partnership.type.unknown");
              assertThat(v.field()).isEqualTo("typeId");
              assertThat(v.getMessage()).contains("alpha");
            });
  }

  @Test
  void discoveryAlwaysInstallsTheDefaultType() {
    PartnershipTypeRegistry registry =
        PartnershipTypeRegistry.discover(getClass().getClassLoader(), Optional.empty());

    assertThat(registry.find(DefaultWopType.ID)).isPresent();
  }

  @Test
  void aDropInJarAddsItsTypeAndBrokenOrReservedOnesAreReportedWithoutStoppingTheOthers(
      @TempDir Path dir) throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    compileTypeJar(dir, plugins.resolve("a-twinning.jar"), "Twinning", "twinning");
    compileTypeJar(dir, plugins.resolve("b-reserved.jar"), "Reserved", "wop-fake");
    writeJar(plugins.resolve("c-broken.jar"), "org.example.DoesNotExist");
    writeJar(plugins.resolve("d-empty.jar"), null);

    PartnershipTypeRegistry registry =
        PartnershipTypeRegistry.discover(getClass().getClassLoader(), Optional.of(plugins));

    assertThat(registry.find("twinning")).isPresent();
    assertThat(registry.installed())
        .filteredOn(i -> i.type().id().equals("twinning"))
        .singleElement()
        .satisfies(i -> assertThat(i.source()).isEqualTo("a-twinning.jar"));
    assertThat(registry.find("wop-fake")).isEmpty();
    assertThat(registry.find(DefaultWopType.ID)).isPresent();
    assertThat(registry.problems())
        .anySatisfy(
            p -> assertThat(p).contains("b-reserved.jar").contains("reserved for built-in types"))
        .anySatisfy(p -> assertThat(p).contains("c-broken.jar").contains("could not be loaded"))
        .anySatisfy(
            p -> assertThat(p).contains("d-empty.jar").contains("no partnership type found"));
  }

  @Test
  void aMissingPluginsFolderIsReportedNotFatal(@TempDir Path dir) {
    PartnershipTypeRegistry registry =
        PartnershipTypeRegistry.discover(
            getClass().getClassLoader(), Optional.of(dir.resolve("nowhere")));

    assertThat(registry.find(DefaultWopType.ID)).isPresent();
    assertThat(registry.problems()).singleElement().asString().contains("does not exist");
  }

  /**
   * Compiles a one-class partnership type with this id and packs it, with its service file, into a
   * jar.
   */
  static void compileTypeJar(Path work, Path jar, String className, String id) throws IOException {
    Path src = Files.createDirectories(work.resolve("src-" + className).resolve("org/example"));
    Files.writeString(
        src.resolve(className + ".java"),
        """
        package org.example;
        import java.util.List;
        import org.wops.domain.type.*;
        public class %s implements PartnershipType {
          public String id() { return "%s"; }
          public Labels name() { return Labels.of("%s", null, null); }
          public Labels description() { return Labels.of("A drop-in test type", null, null); }
          public List<RoleMix> roleMixes() { return List.of(RoleMix.mentoring(2)); }
          public List<MilestoneTemplate> milestoneTemplate() { return List.of(); }
        }
        """
            .formatted(className, id, className));
    Path classes = Files.createDirectories(work.resolve("classes-" + className));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc =
        javac.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            src.resolve(className + ".java").toString());
    assertThat(rc).as("compiling the test type").isZero();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("org/example/" + className + ".class"));
      out.write(Files.readAllBytes(classes.resolve("org/example/" + className + ".class")));
      out.closeEntry();
      service(out, "org.example." + className);
    }
  }

  private static void writeJar(Path jar, String serviceClass) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      if (serviceClass != null) {
        service(out, serviceClass);
      } else {
        out.putNextEntry(new JarEntry("README.txt"));
        out.write("nothing here".getBytes());
        out.closeEntry();
      }
    }
  }

  private static void service(JarOutputStream out, String className) throws IOException {
    out.putNextEntry(new JarEntry("META-INF/services/" + PartnershipType.class.getName()));
    OutputStream o = out;
    o.write((className + "\n").getBytes());
    out.closeEntry();
  }
}
