package org.wops.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PageLinksTest {
  @Test
  void theLinksKeepEveryFilterAndReplaceThePageAndSize() {
    assertThat(
            PageLinks.base(
                URI.create(
                    "http://wops.example.org:8080/api/v1/partnerships?q=leak%20detection&page=2"
                        + "&status=ACTIVE&size=50&pageant=1")))
        .isEqualTo(
            "http://wops.example.org:8080/api/v1/partnerships?q=leak%20detection&status=ACTIVE"
                + "&pageant=1&");
  }

  @Test
  void aRequestWithoutParametersGetsOnlyThePageAndSize() {
    assertThat(PageLinks.base(URI.create("http://localhost/api/v1/operators")))
        .isEqualTo("http://localhost/api/v1/operators?");
  }
}
