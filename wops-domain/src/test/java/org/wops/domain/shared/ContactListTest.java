package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An operator's or organisation's contacts: each address once, whatever its case. */
class ContactListTest {
  private static final ContactPerson AMINATA =
      new ContactPerson("Aminata Dji’i", "a.djii@soneb.bj", Language.FR, "Coordinatrice WOP");
  private static final ContactPerson JOCHEN =
      new ContactPerson("Jochen Müller", "j.mueller@se-dresden.de", Language.EN, null);

  @Test
  void peopleAreAddedAtTheEndInTheOrderGiven() {
    ContactList list = new ContactList(List.of(AMINATA)).with(JOCHEN, "operator", "SONEB");

    assertThat(list.people()).containsExactly(AMINATA, JOCHEN);
  }

  @Test
  void anAddressAlreadyInTheListIsRefusedWhateverItsCaseUnderTheOwnersRule() {
    ContactList list = new ContactList(List.of(AMINATA));
    ContactPerson again =
        new ContactPerson("Aminata Djii", "A.DJII@soneb.bj", Language.FR, "Directrice");

    assertThatThrownBy(() -> list.with(again, "organisation", "Société Béninoise des Eaux"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("organisation.contact.duplicate");
              assertThat(v.field()).isEqualTo("email");
              assertThat(v.getMessage()).contains("Société Béninoise des Eaux");
            });
  }

  @Test
  void removingAnAddressIgnoresItsCaseAndLeavesTheOthers() {
    ContactList list = new ContactList(List.of(AMINATA, JOCHEN)).without("J.Mueller@SE-Dresden.de");

    assertThat(list.people()).containsExactly(AMINATA);
    assertThat(list.has("a.djii@SONEB.bj")).isTrue();
  }
}
