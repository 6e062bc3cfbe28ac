package org.wops.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.PartialDate;

class MailRendererTest {
  private final MailRenderer renderer = new MailRenderer();

  private String subject(Language language, long days) {
    return renderer
        .render(
            NotificationKind.MILESTONE_DUE_SOON,
            language,
            Map.of(
                "milestone", "Évaluation de référence",
                "partnership", "Reducción del agua no contabilizada en Cochabamba",
                "date", "1 mars 2027",
                "days", days,
                "name", "Dji’i"))
        .subject();
  }

  @Test
  void theDaysUntilAMilestoneReadNaturallyInEachLanguage() {
    assertThat(subject(Language.EN, 0)).startsWith("Due today: ");
    assertThat(subject(Language.EN, 1)).startsWith("Due tomorrow: ");
    assertThat(subject(Language.EN, 3)).startsWith("Due in 3 days: ");
    assertThat(subject(Language.FR, 1)).startsWith("Échéance demain : ");
    assertThat(subject(Language.FR, 0)).startsWith("Échéance aujourd'hui : ");
    assertThat(subject(Language.FR, 14)).startsWith("Échéance dans 14 jours : ");
    assertThat(subject(Language.ES, 1)).startsWith("Vence mañana: ");
    assertThat(subject(Language.ES, 3)).startsWith("Vence dentro de 3 días: ");
  }

  @Test
  void everyMailCarriesItsPreferencesLinkInBothBodies() {
    MailRenderer.Rendered mail =
        renderer.render(
            NotificationKind.STATUS_CHANGED,
            Language.FR,
            Map.of(
                "partnership", "Réduction des pertes à Kisumu – phase 2",
                "from", "identifié",
                "to", "proposé",
                "name", "Bénédicte",
                "link", "https://wops.example.org/wop.xhtml?id=7&lang=fr",
                "preferences",
                    "https://wops.example.org/mail/preferences.xhtml?t=abc.def&lang=fr"));

    assertThat(mail.text())
        .contains("https://wops.example.org/mail/preferences.xhtml?t=abc.def&lang=fr")
        .contains("Choisir les messages que vous recevez");
    assertThat(mail.html())
        .contains(
            "href=\"https://wops.example.org/mail/preferences.xhtml?t&#61;abc.def&amp;lang&#61;fr\"");
  }

  private MailRenderer.Rendered milestoneMail(
      NotificationKind kind, Language language, PartialDate date) {
    return renderer.render(
        kind,
        language,
        Map.of(
            "milestone", "Évaluation de référence",
            "partnership", "Société Béninoise des Eaux – Stadtentwässerung Dresden",
            "date", date,
            "days", 3,
            "name", "Dji’i"));
  }

  @Test
  void aMilestonesDateIsWrittenAtItsPrecisionWithTheLastDayOfAPeriod() {
    PartialDate june = PartialDate.ofMonth(2027, 6);
    assertThat(milestoneMail(NotificationKind.MILESTONE_DUE_SOON, Language.FR, june).text())
        .contains("est prévue en juin 2027 (au plus tard le 30 juin 2027), dans 3 jours.");
    assertThat(milestoneMail(NotificationKind.MILESTONE_DUE_SOON, Language.ES, june).text())
        .contains("vence en junio de 2027 (a más tardar el 30 de junio de 2027)");
    assertThat(
            milestoneMail(NotificationKind.MILESTONE_OVERDUE, Language.EN, PartialDate.ofYear(2027))
                .text())
        .contains("was due in 2027 (by December 31, 2027) and has not been marked reached");
    MailRenderer.Rendered reached =
        milestoneMail(NotificationKind.MILESTONE_REACHED, Language.FR, PartialDate.ofYear(2025));
    assertThat(reached.text()).contains("a été atteinte en 2025.");
    assertThat(reached.calendar()).isEqualTo("Atteinte en 2025");
    MailRenderer.Rendered day =
        milestoneMail(
            NotificationKind.MILESTONE_DUE_SOON,
            Language.FR,
            PartialDate.of(LocalDate.of(2027, 6, 15)));
    assertThat(day.text()).contains("est prévue le 15 juin 2027, dans 3 jours.");
    assertThat(day.calendar()).isEqualTo("Prévue le 15 juin 2027");
  }
}
