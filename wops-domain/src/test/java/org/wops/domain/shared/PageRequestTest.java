package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aPageSizeAboveTheMaximumIsRefused() {
    assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> assertThat(v.code()).isEqualTo("page.size.out-of-range"));
  }

  @Test
  void theOffsetSkipsTheEarlierPages() {
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
  }

  @Test
  void thePageCountRoundsUp() {
    assertThat(new Page<>(List.of("a"), 0, 20, 41).pageCount()).isEqualTo(3);
    assertThat(new Page<>(List.of(), 0, 20, 0).pageCount()).isZero();
  }
}
