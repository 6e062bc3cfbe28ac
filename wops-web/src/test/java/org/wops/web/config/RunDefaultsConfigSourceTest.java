package org.wops.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDefaultsConfigSourceTest {
  /** MicroProfile Config's ordinals of the environment and of the WAR's properties file. */
  private static final int ENVIRONMENT = 300;

  private static final int APPLICATION_PROPERTIES = 100;

  @Test
  void theRunProfilesDefaultsRankBelowTheEnvironmentAndAboveTheWarsOwnDefaults() {
    RunDefaultsConfigSource source =
        new RunDefaultsConfigSource(Path.of("src/run/run-defaults.properties").toString());

    assertThat(source.getOrdinal()).isLessThan(ENVIRONMENT).isGreaterThan(APPLICATION_PROPERTIES);
    assertThat(source.getValue("wops.mail.enabled")).isEqualTo("false");
    assertThat(source.getValue("wops.demo-data")).isEqualTo("true");
    assertThat(source.getPropertyNames()).doesNotContain("config_ordinal");
  }

  @Test
  void withoutAFileItHasNoValuesAndAnUnreadableFileFailsTheStart(@TempDir Path dir)
      throws Exception {
    assertThat(new RunDefaultsConfigSource((String) null).getProperties()).isEmpty();
    assertThatThrownBy(() -> new RunDefaultsConfigSource(dir.resolve("missing").toString()))
        .hasMessageContaining("cannot be read");
    Path file =
        Files.writeString(dir.resolve("d.properties"), "config_ordinal=120\nwops.x=Dji’i\n");
    assertThat(new RunDefaultsConfigSource(file.toString()).getOrdinal()).isEqualTo(120);
    assertThat(new RunDefaultsConfigSource(file.toString()).getValue("wops.x")).isEqualTo("Dji’i");
  }

  @Test
  void theRunsPortMakesTheDefaultBaseUrlSoThatMailLinksReachTheRunningPlatform(@TempDir Path dir)
      throws Exception {
    String run = "http://localhost:8181/";
    assertThat(
            new RunDefaultsConfigSource(Path.of("src/run/run-defaults.properties").toString(), run)
                .getValue("wops.base-url"))
        .isEqualTo(run);
    Path file =
        Files.writeString(dir.resolve("b.properties"), "wops.base-url=https://wops.example.org/\n");
    assertThat(new RunDefaultsConfigSource(file.toString(), run).getValue("wops.base-url"))
        .isEqualTo("https://wops.example.org/");
    assertThat(new RunDefaultsConfigSource((String) null, null).getValue("wops.base-url")).isNull();
  }
}
