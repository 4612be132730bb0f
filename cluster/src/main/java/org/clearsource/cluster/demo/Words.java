package org.clearsource.cluster.demo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English word pools and name makers shared by the demo sources; every name is invented. */
final class Words {

  static final String[] FIRST_NAMES = {
    "Ada", "Bruno", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas",
    "Karin", "Leon", "Mira", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tilde", "Viktor",
    "Wanda", "Yusuf", "Zora", "Anton", "Beatrix", "Cyril", "Dora", "Emil", "Frieda", "Gustav"
  };

  static final String[] LAST_NAMES = {
    "Albrecht", "Barlow", "Castell", "Dunmore", "Eberly", "Falk", "Grell", "Holloway", "Ivers",
    "Janek", "Kessling", "Lorimer", "Marsh", "Nordahl", "Orrin", "Pell", "Quist", "Renwick",
    "Sallow", "Tamsin", "Ulver", "Vance", "Whitlock", "Yarrow", "Zell", "Ambry", "Brack",
    "Corwin", "Delane", "Fenwick"
  };

  private static final String[] PLACE_HEADS = {
    "Ash", "Bram", "Cal", "Dun", "Elm", "Fen", "Gor", "Hal", "Kel", "Lin", "Mor", "Nor", "Ost",
    "Pen", "Quar", "Ros", "Sel", "Tam", "Ul", "Var", "Wen", "Yar"
  };

  private static final String[] PLACE_TAILS = {
    "brook", "by", "dale", "ford", "gate", "ham", "holt", "mere", "mouth", "stead", "ton", "wick",
    "worth", "field", "haven"
  };

  /** Pools for {@link Synth#fill}; keys are the slot names the English templates use. */
  static final Map<String, String[]> ENGLISH =
      Map.ofEntries(
          Map.entry("region", new String[] {
            "the Calder Valley", "the northern uplands", "the Marren lowlands",
            "the eastern lake district", "the Ostvale plateau", "the Sallow coast",
            "the river plains of Tarn", "the western hill country", "the Bremmer basin",
            "the Vell peninsula"}),
          Map.entry("country", new String[] {
            "Arvenia", "Belmark", "Corveth", "Dalmora", "Estrel", "Fennland", "Galvany", "Halvor",
            "Lirenza", "Norvale"}),
          Map.entry("size", new String[] {
            "small", "historic", "quiet", "busy", "prosperous", "remote", "picturesque", "compact",
            "sprawling", "modest"}),
          Map.entry("adj", new String[] {
            "slender", "square", "weathered", "richly carved", "plain", "leaning", "restored",
            "octagonal"}),
          Map.entry("material", new String[] {
            "red sandstone", "grey limestone", "timber", "brick", "granite", "local slate",
            "whitewashed stone", "oak"}),
          Map.entry("trade", new String[] {
            "weaving", "milling", "brewing", "pottery", "shipbuilding", "glassmaking", "tanning",
            "clockmaking", "printing", "salt making", "quarrying", "rope making"}),
          Map.entry("crop", new String[] {
            "apple", "barley", "hop", "flax", "cherry", "potato", "rye", "pear", "sugar beet",
            "oat"}),
          Map.entry("festival", new String[] {
            "lantern festival", "harvest fair", "music week", "river regatta", "cheese market",
            "kite festival", "midsummer parade", "book fair"}),
          Map.entry("season", new String[] {"spring", "summer", "autumn", "winter"}),
          Map.entry("century", new String[] {
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth"}),
          Map.entry("saint", new String[] {
            "Aldric", "Brigid", "Columba", "Edith", "Florian", "Gall", "Hilda", "Leonard",
            "Marien", "Oswin"}),
          Map.entry("occupation", new String[] {
            "painter", "composer", "botanist", "engineer", "poet", "mathematician", "architect",
            "historian", "cartographer", "physician", "sculptor", "astronomer"}),
          Map.entry("climate", new String[] {
            "temperate", "mild and wet", "continental", "dry", "cool and windy", "maritime"}),
          Map.entry("winter", new String[] {
            "cold", "snowy", "damp", "short", "long", "stormy", "mild", "dark"}),
          Map.entry("dialect", new String[] {"Marren", "Ostvale", "upland", "river", "coastal"}),
          Map.entry("genus", new String[] {
            "Parvula", "Silvanus", "Ripella", "Montivaga", "Lacustra", "Umbrina", "Corvella",
            "Fennica"}),
          Map.entry("epithet", new String[] {
            "minor", "aurata", "borealis", "vulgaris", "maculata", "riparia", "alpina", "obscura",
            "ostvalensis", "calderi"}),
          Map.entry("animal", new String[] {
            "beetle", "songbird", "freshwater snail", "moth", "frog", "wading bird", "bat",
            "dragonfly", "lizard", "small owl"}),
          Map.entry("color", new String[] {
            "pale yellow", "rust-coloured", "dark green", "white", "black", "bronze", "grey-blue",
            "orange"}),
          Map.entry("bodypart", new String[] {
            "back", "wings", "flanks", "head", "tail", "underside"}),
          Map.entry("food", new String[] {
            "seeds", "small insects", "berries", "larvae", "moss", "aquatic plants", "worms",
            "nectar"}),
          Map.entry("timeofday", new String[] {
            "dawn", "dusk", "night", "midday", "early morning"}),
          Map.entry("habitat", new String[] {
            "slow rivers", "reed beds", "old orchards", "forest edges", "mountain streams",
            "sand dunes", "wet meadows"}),
          Map.entry("nestmaterial", new String[] {
            "grass", "mud", "twigs", "moss", "feathers", "bark"}),
          Map.entry("status", new String[] {
            "vulnerable", "near threatened", "endangered", "of least concern", "rare"}),
          Map.entry("nickname", new String[] {
            "marsh lantern", "little miller", "river ghost", "bell-ringer", "grey friar",
            "hedge piper", "mud runner", "dawn caller"}),
          Map.entry("sound", new String[] {"whistle", "click", "trill", "buzz", "chirp", "croak"}),
          Map.entry("nationality", new String[] {
            "Arvenian", "Belmarkish", "Corvethi", "Dalmoran", "Estrelian", "Fennish"}),
          Map.entry("work", new String[] {
            "a series of river landscapes", "studies of alpine plants",
            "a new method of surveying", "several symphonies", "a reform of the city hospital",
            "maps of the northern coast", "early work on lenses"}),
          Map.entry("subject", new String[] {
            "medicine", "law", "botany", "music", "engineering", "history", "mathematics",
            "astronomy", "architecture"}),
          Map.entry("topic", new String[] {
            "river erosion", "folk music", "plant diseases", "public health", "bridge design",
            "early printing", "weather records", "trade routes"}),
          Map.entry("prize", new String[] {
            "Halvor Medal", "Dalmora Prize", "Estrel Society award", "Fennland Academy prize"}),
          Map.entry("device", new String[] {
            "hand-operated press", "water clock", "seed drill", "signal lamp", "loom attachment",
            "rain gauge", "spring balance", "field telescope"}),
          Map.entry("purpose", new String[] {
            "measure rainfall", "sow grain in straight rows", "print short notices",
            "keep time without a pendulum", "weigh small loads",
            "send signals between hilltops"}),
          Map.entry("mechanism", new String[] {
            "system of gears", "weighted lever", "spring-loaded ratchet", "rotating drum",
            "sliding carriage", "float and valve"}),
          Map.entry("input", new String[] {
            "the motion of a crank", "falling water", "the weight of the operator",
            "wind pressure"}),
          Map.entry("output", new String[] {
            "a steady forward motion", "regular clicks", "a measured pressure",
            "a rotating shaft"}),
          Map.entry("product", new String[] {"flour", "paper", "linen", "oil", "sawn timber"}),
          Map.entry("fish", new String[] {
            "trout", "grayling", "perch", "eel", "pike", "barbel", "roach"}),
          Map.entry("institution", new String[] {
            "Institute of Regional Studies", "University of Norvale",
            "Belmark Historical Society", "Academy of Sciences of Estrel",
            "Calder Valley Museum"}),
          Map.entry("decade", new String[] {"1890s", "1920s", "1950s", "1970s"}),
          Map.entry("genre", new String[] {
            "travel accounts", "local chronicles", "school textbooks", "novels", "folk songs"}),
          Map.entry("meaning", new String[] {
            "clear water", "the high meadow", "the crossing", "grey stone", "the mill",
            "the willow bank", "the old ford"}));

  private Words() {}

  /** An invented place name such as "Ostwick". */
  static String placeName(Synth synth) {
    return synth.pick(PLACE_HEADS) + synth.pick(PLACE_TAILS);
  }

  /** An invented place name that is not one of {@code taken}; adds it to them. */
  static String placeName(Synth synth, Set<String> taken) {
    while (true) {
      String name = placeName(synth);
      if (taken.add(name)) {
        return name;
      }
    }
  }

  static String personName(Synth synth) {
    return synth.pick(FIRST_NAMES) + " " + synth.pick(LAST_NAMES);
  }

  /** English pools plus freshly drawn towns and people, so each text names its own. */
  static Map<String, String[]> englishWith(Synth synth) {
    Map<String, String[]> pools = new HashMap<>(ENGLISH);
    String[] towns = new String[6];
    String[] people = new String[6];
    for (int i = 0; i < towns.length; i++) {
      towns[i] = placeName(synth);
      people[i] = personName(synth);
    }
    pools.put("town", towns);
    pools.put("person", people);
    return pools;
  }

  /** Hyphenated lower-case words for URL paths. */
  static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.replaceAll("^-|-$", "");
  }
}
