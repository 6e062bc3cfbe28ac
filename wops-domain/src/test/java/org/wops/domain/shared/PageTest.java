package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
  private static List<Integer> items(int n) {
    return Collections.nCopies(n, 1);
  }

  @Test
  void anExactTotalSaysHowManyPagesThereAreAndWhetherOneFollows() {
    Page<Integer> first = new Page<>(items(50), 0, 50, 120);
    assertThat(first.exact()).isTrue();
    assertThat(first.pageCount()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(new Page<>(items(20), 2, 50, 120).hasNext()).isFalse();
  }

  @Test
  void aTotalThatIsALowerBoundLetsAFullPageHaveANextOne() {
    Page<Integer> full = new Page<>(items(50), 30, 50, 1_550, false);
    assertThat(full.hasNext()).isTrue();
    assertThat(new Page<>(items(7), 31, 50, 1_557, false).hasNext()).isFalse();
  }

  @Test
  void mappingKeepsTheTotalAndWhetherItIsExact() {
    Page<String> mapped = new Page<>(items(2), 0, 50, 1_000, false).map(String::valueOf);
    assertThat(mapped.items()).containsExactly("1", "1");
    assertThat(mapped.total()).isEqualTo(1_000);
    assertThat(mapped.exact()).isFalse();
  }

  @Test
  void aPageThatWasNotCountedHasNoTotalAndAsManyPagesAsItSays() {
    Page<Integer> uncounted = Page.uncounted(items(50), 3, 50);
    assertThat(uncounted.counted()).isFalse();
    assertThat(uncounted.exact()).isFalse();
    assertThat(uncounted.hasNext()).isTrue();
    assertThat(uncounted.pageCount()).isZero();
    assertThat(uncounted.map(String::valueOf).counted()).isFalse();
    assertThat(new Page<>(items(7), 3, 50, 157).counted()).isTrue();
  }

  @Test
  void aPageRequestIsCountedUnlessAskedOtherwise() {
    assertThat(new PageRequest(2, 50).counted()).isTrue();
    PageRequest uncounted = new PageRequest(2, 50).uncounted();
    assertThat(uncounted.counted()).isFalse();
    assertThat(uncounted.offset()).isEqualTo(100);
  }
}
