package org.clearsource.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.junit.jupiter.api.Test;

/**
 * Every stage fingerprint carries {@link ManifestDigest}: here every field of the manifest, down to
 * the declared licence and each reader option, is changed in turn and must change the digest.
 */
class TestManifestDigest {

  private static final String YAML = """
      dataset:
        name: demo
        version: "1.0"
        description: a demo
        curator: Data Team
        contact: data@example.org
        license: CC-BY-4.0
        homepage: https://example.org
        intended_uses: [pretraining]
        out_of_scope_uses: [surveillance]
        model: demo-1
      sources:
        - id: wiki
          name: Wiki
          description: articles
          class: open
          paths: [wiki/*.jsonl.gz]
          format: jsonl
          options: {text_field: body, id_field: key, url_field: link, max_record_bytes: 1 MiB,
            exclude: ["**/README.md"]}
          priority: 3
          provenance:
            obtain_from: https://example.org/wiki
            fee: none
            license: CC-BY-SA-4.0
            terms: https://example.org/terms
            how_obtained: public-dataset
            collection_period: 2024-01/2024-06
            crawler_user_agent: bot
            filtering: none
            labelling: none
            generator: none
      evaluation_sets:
        - id: qa
          class: unshareable
          paths: /data/qa
          provenance: {how_obtained: internal, license: MIT}
      """;

  private final Manifest manifest = ManifestReader.parse(YAML, "file:/corpus/manifest.yaml");

  @Test
  void equalDeclarationsGiveEqualDigestsWhereverTheyWereWritten() {
    Manifest moved = ManifestReader.parse("# a comment\n\n" + YAML.replace("name: demo",
        "name: \"demo\""), "file:/corpus/other.yaml");
    assertThat(ManifestDigest.of(moved)).isEqualTo(ManifestDigest.of(manifest));
  }

  @Test
  void everyFieldOfTheManifestChangesTheDigest() throws Exception {
    String digest = ManifestDigest.of(manifest);
    List<String> covered = new ArrayList<>();
    for (Variant variant : variants(manifest, "manifest")) {
      String changed = ManifestDigest.of((Manifest) variant.value());
      if (ManifestDigest.WHERE_WRITTEN.contains(variant.field()
          .substring(variant.field().lastIndexOf('.') + 1))) {
        assertThat(changed).as(variant.field()).isEqualTo(digest);
      } else {
        assertThat(changed).as(variant.field()).isNotEqualTo(digest);
        covered.add(variant.field());
      }
    }
    assertThat(covered).contains("manifest.sources[0].provenance.license",
        "manifest.sources[0].options.exclude", "manifest.sources[0].priority",
        "manifest.evaluationSets[0].provenance.license", "manifest.dataset.license");
  }

  record Variant(String field, Object value) {}

  /** Copies of {@code record}, each with one field (at any depth) changed. */
  private static List<Variant> variants(Record record, String path) throws Exception {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(record);
    }
    Constructor<?> constructor = record.getClass().getDeclaredConstructor(
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      String field = path + "." + components[i].getName();
      for (Variant changed : changes(values[i], components[i], field)) {
        Object[] copy = values.clone();
        copy[i] = changed.value();
        variants.add(new Variant(changed.field(), constructor.newInstance(copy)));
      }
    }
    return variants;
  }

  /** Changed values of one field: a nested record or list element is changed field by field. */
  private static List<Variant> changes(Object value, RecordComponent component, String field)
      throws Exception {
    Class<?> type = component.getType();
    if (value instanceof Record nested) {
      return variants(nested, field);
    }
    if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record first) {
      List<Variant> changed = new ArrayList<>();
      for (Variant variant : variants(first, field + "[0]")) {
        List<Object> copy = new ArrayList<>(list);
        copy.set(0, variant.value());
        changed.add(new Variant(variant.field(), copy));
      }
      return changed;
    }
    if (List.class.isAssignableFrom(type)) {
      assertThat(((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0])
          .as(field).isEqualTo(String.class);
      List<Object> copy = new ArrayList<>((List<?>) value);
      copy.add("changed");
      return List.of(new Variant(field, copy));
    }
    if (type == String.class) {
      return List.of(new Variant(field, value == null ? "changed" : value + "-changed"));
    }
    if (type == int.class) {
      return List.of(new Variant(field, (Integer) value + 1));
    }
    if (type == long.class) {
      return List.of(new Variant(field, (Long) value + 1));
    }
    if (type == boolean.class) {
      return List.of(new Variant(field, !(Boolean) value));
    }
    if (type.isEnum()) {
      Object other = Arrays.stream(type.getEnumConstants()).filter(c -> c != value).findFirst()
          .orElseThrow();
      return List.of(new Variant(field, other));
    }
    throw new AssertionError("Cannot change " + field + " of type " + type
        + ": teach this test (and check ManifestDigest covers it)");
  }
}
