package org.wops.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The one cache of reads: what it keeps, and when it asks the database again. */
class KeptTest {
  private final AtomicLong changes = new AtomicLong();
  private final AtomicInteger asked = new AtomicInteger();

  private String ask(String answer) {
    asked.incrementAndGet();
    return answer;
  }

  @Test
  void aSecondReaderOfTheSameQuestionGetsTheKeptAnswer() {
    var kept =
        new KeptPartnershipReads.Kept<String, Integer, String>(
            changes::get, Duration.ofSeconds(30), 10);

    assertThat(kept.get("Société Béninoise des Eaux", 1, () -> ask("page 1"))).isEqualTo("page 1");
    assertThat(kept.get("Société Béninoise des Eaux", 1, () -> ask("other"))).isEqualTo("page 1");
    assertThat(kept.get("Société Béninoise des Eaux", 2, () -> ask("page 2"))).isEqualTo("page 2");

    assertThat(asked).hasValue(2);
  }

  @Test
  void aChangeMakesTheNextReaderAskAgain() {
    var kept =
        new KeptPartnershipReads.Kept<String, Integer, String>(
            changes::get, Duration.ofSeconds(30), 10);
    kept.get("Dji’i", 1, () -> ask("before"));

    changes.incrementAndGet();

    assertThat(kept.get("Dji’i", 1, () -> ask("after"))).isEqualTo("after");
    assertThat(kept.get("Dji’i", 1, () -> ask("again"))).isEqualTo("after");
    assertThat(asked).hasValue(2);
  }

  @Test
  void anAnswerReadWhileAChangeWasMadeIsNotKept() {
    var kept =
        new KeptPartnershipReads.Kept<String, Integer, String>(
            changes::get, Duration.ofSeconds(30), 10);
    kept.get("Gabès", 1, () -> ask("old"));
    changes.incrementAndGet();

    kept.get(
        "Gabès",
        1,
        () -> {
          changes.incrementAndGet(); // another change lands while the database answers
          return ask("in between");
        });

    assertThat(kept.get("Gabès", 1, () -> ask("new"))).isEqualTo("new");
  }

  @Test
  void zeroSecondsKeepsNothing() {
    var kept =
        new KeptPartnershipReads.Kept<String, Integer, String>(changes::get, Duration.ZERO, 10);

    kept.get("Stadtentwässerung Dresden", 1, () -> ask("one"));
    assertThat(kept.get("Stadtentwässerung Dresden", 1, () -> ask("two"))).isEqualTo("two");
    assertThat(asked).hasValue(2);
  }
}
