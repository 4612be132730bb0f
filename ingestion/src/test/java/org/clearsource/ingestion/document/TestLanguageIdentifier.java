package org.clearsource.ingestion.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestLanguageIdentifier {

  @Test
  void identifiesCommonLanguagesAndAbstainsOnShortText() {
    assertThat(LanguageIdentifier.identify(
        "The committee published its annual report on the state of the rivers and the forests."))
        .isEqualTo("en");
    assertThat(LanguageIdentifier.identify(
        "Der Ausschuss hat seinen jährlichen Bericht über den Zustand der Flüsse und Wälder veröffentlicht."))
        .isEqualTo("de");
    assertThat(LanguageIdentifier.identify(
        "Le comité a publié son rapport annuel sur l'état des rivières et des forêts du pays."))
        .isEqualTo("fr");
    assertThat(LanguageIdentifier.identify(
        "El comité publicó su informe anual sobre el estado de los ríos y de los bosques del país."))
        .isEqualTo("es");
    assertThat(LanguageIdentifier.identify("ok")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(LanguageIdentifier.identify(null)).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }
}
