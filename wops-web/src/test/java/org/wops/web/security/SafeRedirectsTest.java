package org.wops.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectsTest {
  @Test
  void pathsOnThePlatformAreKept() {
    assertThat(SafeRedirects.localPath("/my/dashboard.xhtml")).contains("/my/dashboard.xhtml");
    assertThat(SafeRedirects.localPath("/wop.xhtml?id=5&lang=fr"))
        .contains("/wop.xhtml?id=5&lang=fr");
    assertThat(SafeRedirects.localPath("/")).contains("/");
  }

  @Test
  void anythingThatLeavesThePlatformIsRefused() {
    for (String target :
        new String[] {
          "//evil.example/x",
          "/\\evil.example",
          "\\\\evil.example",
          "https://evil.example/x",
          "http:evil.example",
          "/\t/evil.example",
          "/\n/evil.example",
          " //evil.example",
          "evil.example",
          "",
          null
        }) {
      assertThat(SafeRedirects.localPath(target)).as(String.valueOf(target)).isEmpty();
    }
  }
}
