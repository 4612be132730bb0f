package org.clearsource.ingestion.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestLanguageIdentifier {

  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("en", "The committee published its annual report on the state of the rivers and the"
          + " forests, and described the work that remains to be done before winter."),
      Map.entry("de", "Der Ausschuss hat seinen jährlichen Bericht über den Zustand der Flüsse und"
          + " Wälder veröffentlicht und die Arbeit beschrieben, die vor dem Winter bleibt."),
      Map.entry("fr", "Le comité a publié son rapport annuel sur l'état des rivières et des forêts,"
          + " et il a décrit le travail qui reste à faire avant l'hiver."),
      Map.entry("es", "El comité publicó su informe anual sobre el estado de los ríos y de los"
          + " bosques, y describió el trabajo que queda por hacer antes del invierno."),
      Map.entry("it", "Il comitato ha pubblicato la sua relazione annuale sullo stato dei fiumi e"
          + " delle foreste, e ha descritto il lavoro che resta da fare prima dell'inverno."),
      Map.entry("pt", "O comité publicou o seu relatório anual sobre o estado dos rios e das"
          + " florestas, e descreveu o trabalho que falta fazer antes do inverno."),
      Map.entry("nl", "De commissie heeft haar jaarverslag over de toestand van de rivieren en de"
          + " bossen gepubliceerd en het werk beschreven dat voor de winter nog moet gebeuren."),
      Map.entry("sv", "Kommittén publicerade sin årliga rapport om tillståndet i floderna och"
          + " skogarna och beskrev det arbete som återstår före vintern."),
      Map.entry("pl", "Komisja opublikowała swoje roczne sprawozdanie o stanie rzek i lasów oraz"
          + " opisała pracę, która pozostaje do wykonania przed zimą."),
      Map.entry("ru", "Комитет опубликовал свой ежегодный доклад о состоянии рек и лесов и описал"
          + " работу, которую предстоит сделать до зимы."),
      Map.entry("el", "Η επιτροπή δημοσίευσε την ετήσια έκθεσή της για την κατάσταση των ποταμών"
          + " και των δασών και περιέγραψε το έργο που απομένει πριν από τον χειμώνα."),
      Map.entry("tr", "Komite, nehirlerin ve ormanların durumu hakkındaki yıllık raporunu yayımladı"
          + " ve kıştan önce yapılması gereken işleri anlattı."),
      Map.entry("fi", "Valiokunta julkaisi vuosikertomuksensa jokien ja metsien tilasta ja kuvasi"
          + " työn, joka on vielä tehtävä ennen talvea."),
      Map.entry("ja", "委員会は川と森林の状態に関する年次報告書を発表し、冬の前に残っている作業について説明した。"
          + "調査は春から秋まで続けられた。"));

  @Test
  void identifiesLanguagesAndAbstainsOnTooLittleText() {
    SAMPLES.forEach((language, text) ->
        assertThat(LanguageIdentifier.identify(text)).as(text).isEqualTo(language));
    assertThat(LanguageIdentifier.identify("ok")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(LanguageIdentifier.identify("12345 67890 !!! ???")).isEqualTo(
        LanguageIdentifier.UNDETERMINED);
    assertThat(LanguageIdentifier.identify(null)).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }

  @Test
  void agreesWithTheLibrarysOwnDetector() throws Exception {
    LanguageDetector library = LanguageDetectorBuilder.create(NgramExtractors.standard())
        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
        .build();
    for (String text : SAMPLES.values()) {
      List<DetectedLanguage> guesses = library.getProbabilities(text);
      assertThat(guesses).isNotEmpty();
      assertThat(LanguageIdentifier.identify(text)).as(text)
          .isEqualTo(guesses.get(0).getLocale().getLanguage());
    }
  }
}
