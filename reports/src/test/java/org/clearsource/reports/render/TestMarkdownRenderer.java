package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearsource.reports.Fixtures;
import org.junit.jupiter.api.Test;

class TestMarkdownRenderer {

  @Test
  void rendersBlocks() {
    Doc doc = new Doc()
        .heading(1, "Title", "top")
        .contents()
        .heading(2, "1. First section", "first")
        .paragraph(Inline.strong("Fee: "), Inline.text("none"))
        .note("Not measured.")
        .bullets(List.of(List.of(Inline.text("one")), List.of(Inline.code("news-crawl"))));
    doc.table("Name", "Count").numeric(1).row("a | b", "3").end();
    doc.heading(2, "1. First section", "again");

    String markdown = MarkdownRenderer.render(doc);

    assertThat(markdown).isEqualTo("""
        # Title

        - [1. First section](#1-first-section)
        - [1. First section](#1-first-section-1)

        ## 1\\. First section

        **Fee:** none

        > Not measured.

        - one
        - `news-crawl`

        | Name | Count |
        | --- | ---: |
        | a \\| b | 3 |

        ## 1\\. First section
        """);
  }

  @Test
  void linksOnlyForHttpUrls() {
    String markdown = MarkdownRenderer.render(new Doc().paragraph(
        Inline.link("safe", "https://example.org/a(b)"), Inline.text(" "),
        Inline.link("evil", Fixtures.JAVASCRIPT_URL)));

    assertThat(markdown).isEqualTo("[safe](https://example.org/a%28b%29) evil\n");
  }

  @Test
  void hostileTextStaysText() {
    String markdown = MarkdownRenderer.render(new Doc()
        .heading(2, Fixtures.MARKDOWN_TRICKS, "tricks")
        .text(Fixtures.MARKDOWN_TRICKS)
        .text(Fixtures.SCRIPT + Fixtures.ON_ERROR)
        .bullets(List.of(List.of(Inline.text("- " + Fixtures.MARKDOWN_TRICKS))))
        .paragraph(Inline.code(Fixtures.SCRIPT)));

    assertThat(markdown)
        .doesNotContain("![", "<script", "<img", "<b ", "**bold**")
        .doesNotContainPattern("(?<!\\\\)\\]\\(javascript")
        .doesNotContainPattern("(?m)^# heading")
        .doesNotContainPattern("(?m)^- item")
        .doesNotContainPattern("(?m)^- - ");
    assertThat(markdown.lines().filter(line -> !line.isEmpty())).hasSize(5);
  }

  @Test
  void githubSlugs() {
    assertThat(MarkdownRenderer.githubSlug("1.3 Processing and filtering applied by the audit"))
        .isEqualTo("13-processing-and-filtering-applied-by-the-audit");
    assertThat(MarkdownRenderer.githubSlug("4.1 Customer support tickets, January 2024"))
        .isEqualTo("41-customer-support-tickets-january-2024");
  }
}
