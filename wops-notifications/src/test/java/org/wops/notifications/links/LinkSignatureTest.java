package org.wops.notifications.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkSignatureTest {
  private final LinkSignature one =
      new LinkSignature("a secret of the platform, 32+ bytes".getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenCarriesItsValuesAndVerifiesWithTheSameKeyOnAnyInstance() {
    String token = one.sign("recipient", "bénédicte.dji’i@example.org");
    LinkSignature otherInstance =
        new LinkSignature("a secret of the platform, 32+ bytes".getBytes(StandardCharsets.UTF_8));

    assertThat(otherInstance.verify("recipient", token))
        .contains(List.of("bénédicte.dji’i@example.org"));
    assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void aChangedValueAnotherPurposeOrAnotherKeyIsRefused() {
    String token = one.sign("recipient", "ann@example.org");
    String otherAddress = one.sign("recipient", "eve@example.org");
    String forged =
        otherAddress.substring(0, otherAddress.indexOf('.')) + token.substring(token.indexOf('.'));

    assertThat(one.verify("recipient", forged)).isEmpty();
    assertThat(one.verify("confirm-subscription", token)).isEmpty();
    assertThat(
            new LinkSignature(
                    "another platform's secret, 32 bytes".getBytes(StandardCharsets.UTF_8))
                .verify("recipient", token))
        .isEmpty();
    assertThat(one.verify("recipient", token.substring(0, token.length() - 2) + "AA")).isEmpty();
    assertThat(one.verify("recipient", "no-dot")).isEmpty();
    assertThat(one.verify("recipient", "%%%.###")).isEmpty();
    assertThat(one.verify("recipient", null)).isEmpty();
  }
}
