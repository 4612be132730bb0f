package org.clearsource.cluster.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Source {@code encyclopedia}: Dolma-style {@code .jsonl.gz} articles in English, German, French
 * and Spanish, with CC BY-SA footers, planted exact and near duplicates, and three bad lines.
 */
final class Encyclopedia {

  /** An article as written, for the sources that copy or quote it. */
  record Article(String id, String language, String title, String url, String text) {}

  static final int ENGLISH_ARTICLES = 150;
  static final int ARTICLES_PER_OTHER_LANGUAGE = 15;
  /** English articles copied verbatim under a second id. */
  static final List<Integer> EXACT_COPY_OF = List.of(10, 30, 50, 70, 90);
  /** English articles copied as an older revision, a few words apart. */
  static final List<Integer> EDITED_COPY_OF = List.of(5, 15, 25, 35, 45, 55, 65, 75, 85, 95);
  /** English articles that wiki-mirror.example republishes in the news crawl. */
  static final List<Integer> MIRRORED = List.of(100, 110, 120, 130, 140);
  /** English articles that the evaluation set quotes from. */
  static final List<Integer> QUOTED_BY_EVAL = List.of(7, 77);

  private static final String FOOTER_EN =
      "This article incorporates text from the Demo Encyclopedia article \"%s\", released under"
          + " the Creative Commons Attribution-ShareAlike 4.0 International License (CC BY-SA 4.0,"
          + " https://creativecommons.org/licenses/by-sa/4.0/).";

  private static final String[] TOWN = {
    "{title} is a {size} town in {region}, about {num} kilometres from {town}.",
    "The settlement was first recorded in {year} as a {trade} village on the {river}.",
    "By {recent} its population had grown to roughly {big}, many of them working in {trade}.",
    "The town hall, built of {material} in {year}, now also houses a museum of {trade}.",
    "{title} holds a {festival} every {season}, which draws visitors from across {country}.",
    "Its economy today rests on {crop} farming, light engineering and {trade} workshops.",
    "A railway line reached {title} in {recent}, linking it with {town} and {town2}.",
    "The parish church of Saint {saint} dates from the {century} century and has a {adj} tower.",
    "People born in {title} include the {occupation} {person} and the {occupation2} {person2}.",
    "The climate is {climate}, with {winter} winters and about {num} days of frost each {season}.",
    "Older residents of {title} still speak the {dialect} dialect at home.",
    "During the floods of {recent} the old quarter was damaged and later rebuilt in {material}.",
  };

  private static final String[] RIVER = {
    "The {title} is a river of {region}, {num} kilometres long, that flows into the {river}.",
    "Its source lies in the hills above {town}, at an altitude of about {num}0 metres.",
    "On its way to the plain the {title} passes {town}, {town2} and several {trade} villages.",
    "Mills along its banks produced {product} from the {century} century onwards.",
    "The valley of the {title} is known for {crop} orchards and a trail opened in {recent}.",
    "A {adj} bridge at {town} was built of {material} in {year} and repaired in {recent}.",
    "The water supports {fish} and {fish2}, and anglers in {town} need a permit.",
    "Works carried out in {recent} shortened the lower course by about {num} kilometres.",
  };

  private static final String[] SPECIES = {
    "The {title} ({genus} {epithet}) is a species of {animal} native to {region}.",
    "Adults reach {num} millimetres and have {color} markings on the {bodypart}.",
    "The {occupation} {person} described the species in {year} from specimens found near {town}.",
    "It feeds mainly on {food} and {food2}, which it finds at {timeofday}.",
    "Breeding takes place in {season}, when pairs gather {nestmaterial} near {habitat}.",
    "Since {recent} the species has been listed as {status} in {country}.",
    "Country people call the {title} the '{nickname}' or the '{nickname2}'.",
    "A count made in {recent} found about {big} individuals at {num} sites in {region}.",
    "Its call, a {sound} repeated {num} times, is most often heard over {habitat}.",
    "The young stay close to {habitat} for some {num} days before dispersing.",
  };

  private static final String[] PERSON = {
    "{title} ({year}–{recent}) was a {nationality} {occupation} known for {work}.",
    "Born in {town}, {title} studied {subject} in {town2} under {person}.",
    "In {recent} {title} published a study of {topic} that was reviewed across {country}.",
    "Lectures on {topic} given by {title} in {town} drew audiences of several hundred.",
    "{title} received the {prize} in {recent} for contributions to {subject}.",
    "Critics have compared {title} with the {occupation} {person}, though the two never met.",
    "The papers of {title}, some {big} letters and notebooks, are kept in {town}.",
    "A street in {town} and a {season} school in {town2} are named after {title}.",
  };

  private static final String[] DEVICE = {
    "The {title} is a {device} used to {purpose}.",
    "The engineer {person} built the first one in {year} at a {trade} works in {town}.",
    "Early models were made of {material} and weighed about {num} kilograms.",
    "Its design relies on a {mechanism} that turns {input} into {output}.",
    "Production began in {recent}, and {big} units were sold within a decade.",
    "Later versions of the {title} used {material} parts and needed only one operator.",
    "Workshops in {region} still use the {title}, especially for {trade}.",
    "Museums in {town} and {town2} keep working examples of the {title}.",
  };

  private static final String[] GENERIC = {
    "A survey published in {recent} by the {institution} describes it in some detail.",
    "Records kept in {town} mention it between {year} and {recent}.",
    "The {institution} holds photographs of it from the {decade}.",
    "It appears in {genre} of the {century} century, usually in passing.",
    "The historian {person} has written about its place in the history of {region}.",
    "An exhibition about it was shown in {town} in {recent}.",
    "Older sources give figures from {num} to {big}, none of which can be checked today.",
    "The name is thought to come from an old word meaning '{meaning}'.",
    "In {recent} volunteers in {town} began recording what older residents remember of it.",
    "Maps drawn by {person} in {year} already show it clearly.",
    "A small park in {town} takes its name from it.",
    "Interest revived in the {decade}, when {person} published a short guide.",
    "The annual reports of the {institution} give further details.",
    "A dispute over it was settled in {year} after a long hearing in {town}.",
    "It was the subject of a radio documentary made in {town} in {recent}.",
  };

  private static final String[][] ENGLISH_TYPES = {TOWN, RIVER, SPECIES, PERSON, DEVICE};
  private static final String[] HEADINGS = {"History", "Description", "Legacy", "See also"};

  private final Synth synth = new Synth(0x5EED_0001L);
  private final Set<String> titles = new HashSet<>();
  private final List<Article> english = new ArrayList<>();

  List<Article> english() {
    return english;
  }

  /** Writes {@code encyclopedia-en-0000.jsonl.gz} and {@code encyclopedia-xx-0001.jsonl.gz}. */
  void write(Path dir) throws IOException {
    for (int i = 0; i < ENGLISH_ARTICLES; i++) {
      english.add(englishArticle(i));
    }
    List<byte[]> lines = new ArrayList<>();
    for (Article article : english) {
      lines.add(line(article));
    }
    int next = ENGLISH_ARTICLES + 1;
    for (int index : EXACT_COPY_OF) {
      Article original = english.get(index);
      lines.add(line(new Article(id("en", next++), "en", original.title(),
          "https://en.encyclopedia.example/wiki/" + original.title().replace(' ', '_')
              + "_(disambiguation)", original.text())));
    }
    for (int index : EDITED_COPY_OF) {
      Article original = english.get(index);
      String revision =
          synth.perturb(original.text(), synth.between(2, 3), "also", "notably", "still", "later");
      lines.add(line(new Article(id("en", next++), "en", original.title(),
          "https://en.encyclopedia.example/w/index.php?title=" + original.title().replace(' ', '_')
              + "&oldid=" + synth.between(100000, 999999), revision)));
    }
    lines = synth.shuffled(lines);
    // A line cut off mid-record, as a crashed writer leaves it.
    lines.add(synth.between(20, 140), Outputs.utf8(
        "{\"id\": \"enc-en-broken-1\", \"text\": \"The article was cut off in the middle"
            + " of a wo\n"));
    try (OutputStream out = Outputs.gzip(dir.resolve("encyclopedia-en-0000.jsonl.gz"))) {
      for (byte[] line : lines) {
        out.write(line);
      }
    }

    List<byte[]> other = new ArrayList<>();
    for (Language language : Language.values()) {
      for (int i = 0; i < ARTICLES_PER_OTHER_LANGUAGE; i++) {
        other.add(line(otherArticle(language, i)));
      }
    }
    other = synth.shuffled(other);
    // A missing comma between two fields.
    other.add(12, Outputs.utf8("{\"id\": \"enc-fr-broken-2\" \"text\": \"Il manque une virgule"
        + " entre les champs.\", \"source\": \"demo-encyclopedia\"}\n"));
    // A German article written out as ISO-8859-1: its umlauts are not valid UTF-8.
    Article latin1 = otherArticle(Language.DE, ARTICLES_PER_OTHER_LANGUAGE);
    String latin1Line = new String(line(latin1), StandardCharsets.UTF_8);
    other.add(30, latin1Line.getBytes(StandardCharsets.ISO_8859_1));
    try (OutputStream out = Outputs.gzip(dir.resolve("encyclopedia-xx-0001.jsonl.gz"))) {
      for (byte[] line : other) {
        out.write(line);
      }
    }
  }

  private Article englishArticle(int index) {
    String[] type = ENGLISH_TYPES[index % ENGLISH_TYPES.length];
    Map<String, String[]> pools = Words.englishWith(synth);
    pools.put("river", new String[] {Words.placeName(synth) + " River"});
    // A species or device title names its kind, so the text must keep to that kind.
    String kind = index % ENGLISH_TYPES.length == 2 ? pool(pools, "animal") : pool(pools, "device");
    String title = switch (index % ENGLISH_TYPES.length) {
      case 0 -> Words.placeName(synth, titles);
      case 1 -> Words.placeName(synth, titles) + " River";
      case 2 -> unique(Words.placeName(synth) + " " + kind);
      case 3 -> unique(Words.personName(synth));
      default -> unique(synth.pick(Words.LAST_NAMES) + " " + kind);
    };
    List<String> body = new ArrayList<>(List.of(type).subList(1, type.length));
    body.addAll(List.of(GENERIC));
    List<String> chosen = synth.sample(body, synth.between(12, 16));
    Map<String, String> fixed = Map.of("title", title, "animal", kind, "device", kind);
    StringBuilder text = new StringBuilder(synth.fill(type[0], pools, fixed));
    int sentence = 0;
    int heading = 0;
    for (String template : chosen) {
      if (sentence == 2 || (sentence > 2 && sentence % 5 == 2)) {
        text.append("\n\n").append(HEADINGS[heading++ % HEADINGS.length]).append("\n\n");
      } else {
        text.append(' ');
      }
      text.append(synth.fill(template, pools, fixed));
      sentence++;
    }
    if (index % 4 != 3) {
      text.append("\n\n").append(String.format(FOOTER_EN, title));
    }
    return new Article(id("en", index + 1), "en", title,
        "https://en.encyclopedia.example/wiki/" + title.replace(' ', '_'), text.toString());
  }

  private Article otherArticle(Language language, int index) {
    boolean town = index % 2 == 0;
    Map<String, String[]> pools = language.pools(synth);
    String title = town ? Words.placeName(synth, titles) : unique(Words.personName(synth));
    String[] type = town ? language.town : language.person;
    List<String> body = new ArrayList<>(List.of(type).subList(1, type.length));
    body.addAll(List.of(language.generic));
    Map<String, String> fixed = Map.of("title", title);
    StringBuilder text = new StringBuilder(synth.fill(type[0], pools, fixed));
    List<String> chosen = synth.sample(body, synth.between(7, 10));
    for (int i = 0; i < chosen.size(); i++) {
      text.append(i == 3 ? "\n\n" : " ").append(synth.fill(chosen.get(i), pools, fixed));
    }
    if (index % 3 != 2) {
      text.append("\n\n").append(String.format(language.footer, title));
    }
    String code = language.code;
    return new Article(id(code, index + 1), code, title,
        "https://" + code + ".encyclopedia.example/wiki/" + title.replace(' ', '_'),
        text.toString());
  }

  private String unique(String title) {
    String candidate = title;
    for (int n = 2; !titles.add(candidate); n++) {
      candidate = title + " (" + n + ")";
    }
    return candidate;
  }

  private String pool(Map<String, String[]> pools, String key) {
    return synth.pick(pools.get(key));
  }

  private static String id(String language, int number) {
    return String.format("enc-%s-%06d", language, number);
  }

  private byte[] line(Article article) {
    ObjectNode node = Outputs.object();
    node.put("id", article.id());
    node.put("text", article.text());
    node.put("source", "demo-encyclopedia");
    node.put("added", "2024-03-01T00:00:00.000Z");
    // String.hashCode is part of the Java specification, so these dates never move.
    node.put("created", String.format("2023-%02d-%02dT00:00:00.000Z",
        1 + Math.floorMod(article.id().hashCode(), 12),
        1 + Math.floorMod(article.title().hashCode(), 28)));
    ObjectNode metadata = node.putObject("metadata");
    metadata.put("url", article.url());
    metadata.put("title", article.title());
    metadata.put("language", article.language());
    return Outputs.jsonLine(node);
  }

  /** Sentence templates for the non-English articles, short enough for a language detector. */
  private enum Language {
    DE("de",
        "Dieser Artikel basiert auf dem Artikel „%s“ der Demo-Enzyklopädie und steht unter der"
            + " Lizenz CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/deed.de).",
        new String[] {
          "{title} ist eine {size} Stadt in {region}, etwa {num} Kilometer von {town} entfernt.",
          "Der Ort wird im Jahr {year} zum ersten Mal in einer Urkunde aus {town} erwähnt.",
          "Im {century} Jahrhundert lebten die meisten Einwohner vom {trade} und vom Ackerbau.",
          "Das Rathaus wurde {year} aus {material} gebaut und beherbergt heute ein Museum.",
          "Jedes Jahr im {season} feiert {title} ein Fest, zu dem Gäste aus {town} kommen.",
          "Seit {recent} verbindet eine Bahnlinie die Stadt mit {town} und {town2}.",
          "Die Kirche des heiligen {saint} hat einen {adj} Turm, den man von weitem sieht.",
          "Heute leben in der Gemeinde ungefähr {big} Menschen, die meisten in der Altstadt.",
          "Zu den bekannten Söhnen der Stadt gehört der {occupation} {person}.",
          "Nach dem Hochwasser von {recent} wurde die Altstadt von {title} sorgfältig erneuert.",
          "Die Wirtschaft stützt sich auf den {trade}, den Handel und den Fremdenverkehr.",
        },
        new String[] {
          "{title} ({year}–{recent}) war ein {nationality} {occupation}, bekannt durch seine"
              + " Arbeiten über {topic}.",
          "Er wurde in {town} geboren und studierte später {subject} in {town2}.",
          "Im Jahr {recent} veröffentlichte er ein Buch über {topic}, das viel gelobt wurde.",
          "Seine Briefe und Notizbücher liegen heute im Archiv der Stadt {town}.",
          "Für seine Verdienste um die {subject} erhielt er {recent} einen Preis.",
          "In {town} ist eine Straße nach ihm benannt, in {town2} eine Schule.",
          "Viele seiner Schüler aus {town} setzten seine Arbeit nach seinem Tod fort.",
        },
        new String[] {
          "Die Geschichte von {title} ist eng mit der des ganzen Tals von {town} verbunden.",
          "Über die frühen Jahre weiß man wenig, weil {num} Urkunden verloren gingen.",
          "Eine ausführliche Beschreibung erschien {recent} in einer Zeitschrift aus {town}.",
          "In den letzten Jahren ist das Interesse an {title} wieder deutlich gewachsen.",
          "Ein Heimatverein in {town} sammelt seit {recent} Fotografien und Erinnerungen.",
        },
        Map.ofEntries(
            Map.entry("size", new String[] {"kleine", "alte", "ruhige", "lebhafte", "wohlhabende"}),
            Map.entry("region", new String[] {"Oberhessen", "der Nordmark", "der Region Ostval",
                "der Seenplatte von Tarn", "der Marrenaue"}),
            Map.entry("subject", new String[] {
              "Medizin", "Rechtswissenschaft", "Botanik", "Musik"}),
            Map.entry("century", new String[] {"14.", "15.", "16.", "17.", "18."}),
            Map.entry("trade", new String[] {
              "Weinbau", "Bergbau", "Fischfang", "Holzhandel", "Flachsbau"}),
            Map.entry("material", new String[] {"Sandstein", "Backstein", "Fachwerk", "Granit"}),
            Map.entry("season", new String[] {"Frühling", "Sommer", "Herbst", "Winter"}),
            Map.entry("adj", new String[] {"schlanken", "hohen", "schiefen", "achteckigen"}),
            Map.entry("occupation", new String[] {
              "Maler", "Komponist", "Arzt", "Baumeister", "Dichter"}),
            Map.entry("nationality", new String[] {"deutscher", "belmarkischer", "arvenischer"}),
            Map.entry("topic", new String[] {"die Flussauen", "alte Volkslieder", "den Brückenbau",
                "die Wetterkunde", "den Obstbau"}))),
    FR("fr",
        "Cet article reprend le texte de l'article « %s » de l'Encyclopédie de démonstration,"
            + " publié sous licence CC BY-SA 4.0"
            + " (https://creativecommons.org/licenses/by-sa/4.0/deed.fr).",
        new String[] {
          "{title} est une {size} ville située dans {region}, à environ {num} kilomètres"
              + " de {town}.",
          "Le village est mentionné pour la première fois dans une charte de {year}.",
          "Au {century} siècle, la plupart des habitants vivaient de la terre et de la {trade}.",
          "L'hôtel de ville, construit en {material} en {year}, abrite aujourd'hui un musée.",
          "Chaque année, au {season}, une grande fête attire à {title} des visiteurs de {town}.",
          "Depuis {recent}, une ligne de chemin de fer relie la commune à {town} et à {town2}.",
          "L'église Saint-{saint} possède un clocher {adj} que l'on voit de très loin.",
          "La commune compte aujourd'hui environ {big} habitants, surtout dans la vieille ville.",
          "Parmi les personnalités nées à {title}, on peut citer le {occupation} {person}.",
          "Après les inondations de {recent}, la vieille ville a été restaurée avec soin.",
          "L'économie de {title} repose sur la {trade}, le commerce et le tourisme.",
        },
        new String[] {
          "{title} ({year}–{recent}) était un {occupation} {nationality} connu pour ses travaux"
              + " sur {topic}.",
          "Il est né à {town} et a fait ses études de {subject} à {town2}.",
          "En {recent}, il publie un livre sur {topic} qui reçoit un très bon accueil.",
          "Ses lettres et ses carnets sont conservés dans les archives de {town}.",
          "Il reçoit en {recent} un prix de l'Académie pour ses travaux de {subject}.",
          "Une rue de {town} et une école de {town2} portent aujourd'hui son nom.",
          "Beaucoup de ses élèves de {town} ont poursuivi son travail après sa mort.",
        },
        new String[] {
          "L'histoire de {title} est étroitement liée à celle de toute la vallée de {town}.",
          "On sait peu de choses des premières années, car {num} registres ont disparu.",
          "Une description détaillée a été publiée en {recent} dans une revue de {town}.",
          "Depuis quelques années, l'intérêt pour {title} a nettement augmenté.",
          "Une association de {town} recueille depuis {recent} des photographies et des"
              + " souvenirs.",
        },
        Map.ofEntries(
            Map.entry("size", new String[] {"petite", "ancienne", "paisible", "vivante", "riche"}),
            Map.entry("subject", new String[] {"médecine", "droit", "botanique", "musique"}),
            Map.entry("region", new String[] {"la vallée de la Marre", "le haut pays d'Ostval",
                "la plaine de Tarn", "la région des lacs", "la côte de Sallow"}),
            Map.entry("century", new String[] {"XIVe", "XVe", "XVIe", "XVIIe", "XVIIIe"}),
            Map.entry("trade", new String[] {"pêche", "vigne", "poterie", "meunerie", "tannerie"}),
            Map.entry("material", new String[] {"pierre de taille", "brique", "bois", "granit"}),
            Map.entry("season", new String[] {"printemps", "mois de juin", "début de l'automne"}),
            Map.entry("adj", new String[] {"élancé", "carré", "penché", "octogonal"}),
            Map.entry("occupation", new String[] {"peintre", "compositeur", "médecin", "architecte",
                "poète"}),
            Map.entry("nationality", new String[] {"français", "belmarkois", "arvénien"}),
            Map.entry("topic", new String[] {"les crues des rivières", "la chanson populaire",
                "la construction des ponts", "la météorologie", "les vergers"}))),
    ES("es",
        "Este artículo incluye texto del artículo «%s» de la Enciclopedia de demostración,"
            + " publicado bajo la licencia CC BY-SA 4.0"
            + " (https://creativecommons.org/licenses/by-sa/4.0/deed.es).",
        new String[] {
          "{title} es una {size} ciudad situada en {region}, a unos {num} kilómetros de {town}.",
          "El pueblo aparece por primera vez en un documento del año {year}.",
          "En el siglo {century}, la mayoría de los vecinos vivía del campo y de la {trade}.",
          "El ayuntamiento, construido en {material} en {year}, alberga hoy un museo.",
          "Cada año, en {season}, {title} celebra una fiesta que atrae a vecinos de {town}.",
          "Desde {recent}, una línea de ferrocarril une el municipio con {town} y con {town2}.",
          "La iglesia de San {saint} tiene una torre {adj} que se ve desde muy lejos.",
          "El municipio cuenta hoy con unos {big} habitantes, casi todos en el casco antiguo.",
          "Entre las personas nacidas en {title} se encuentra el {occupation} {person}.",
          "Después de las inundaciones de {recent}, el casco antiguo fue restaurado con cuidado.",
          "La economía de {title} se basa en la {trade}, el comercio y el turismo.",
        },
        new String[] {
          "{title} ({year}–{recent}) fue un {occupation} {nationality} conocido por sus trabajos"
              + " sobre {topic}.",
          "Nació en {town} y más tarde estudió {subject} en {town2}.",
          "En {recent} publicó un libro sobre {topic} que recibió muy buenas críticas.",
          "Sus cartas y cuadernos se conservan hoy en el archivo de {town}.",
          "En {recent} recibió un premio de la Academia por sus trabajos de {subject}.",
          "Una calle de {town} y una escuela de {town2} llevan hoy su nombre.",
          "Muchos de sus alumnos de {town} continuaron su trabajo después de su muerte.",
        },
        new String[] {
          "La historia de {title} está muy ligada a la de todo el valle de {town}.",
          "Se sabe poco de los primeros años, porque se perdieron {num} libros de registro.",
          "Una descripción detallada se publicó en {recent} en una revista de {town}.",
          "En los últimos años, el interés por {title} ha crecido de forma notable.",
          "Una asociación de {town} reúne desde {recent} fotografías y recuerdos de los vecinos.",
        },
        Map.ofEntries(
            Map.entry("size", new String[] {
              "pequeña", "antigua", "tranquila", "animada", "próspera"}),
            Map.entry("subject", new String[] {"medicina", "derecho", "botánica", "música"}),
            Map.entry("region", new String[] {"el valle del Marre", "la meseta de Ostval",
                "la llanura de Tarn", "la comarca de los lagos", "la costa de Sallow"}),
            Map.entry("century", new String[] {"XIV", "XV", "XVI", "XVII", "XVIII"}),
            Map.entry("trade", new String[] {
              "pesca", "viña", "alfarería", "molienda", "curtiduría"}),
            Map.entry("material", new String[] {"piedra", "ladrillo", "madera", "granito"}),
            Map.entry("season", new String[] {"primavera", "verano", "otoño", "invierno"}),
            Map.entry("adj", new String[] {"esbelta", "cuadrada", "inclinada", "octogonal"}),
            Map.entry("occupation", new String[] {
              "pintor", "compositor", "médico", "arquitecto", "poeta"}),
            Map.entry("nationality", new String[] {"español", "belmarqués", "arvenio"}),
            Map.entry("topic", new String[] {"las crecidas de los ríos", "la canción popular",
                "la construcción de puentes", "la meteorología", "los huertos"})));

    final String code;
    final String footer;
    final String[] town;
    final String[] person;
    final String[] generic;
    private final Map<String, String[]> words;

    Language(String code, String footer, String[] town, String[] person, String[] generic,
        Map<String, String[]> words) {
      this.code = code;
      this.footer = footer;
      this.town = town;
      this.person = person;
      this.generic = generic;
      this.words = words;
    }

    Map<String, String[]> pools(Synth synth) {
      Map<String, String[]> pools = Words.englishWith(synth);
      pools.putAll(words);
      return pools;
    }
  }
}
