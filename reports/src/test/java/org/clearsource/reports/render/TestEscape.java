package org.clearsource.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestEscape {

  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertThat(Escape.html("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(Escape.html(null)).isEmpty();
    assertThat(Escape.html("a\u0000b\u007fc")).isEqualTo("a\uFFFDb\uFFFDc");
  }

  @Test
  void markdownNeutralisesLinksImagesHtmlAndEmphasis() {
    String escaped = Escape.markdown("[x](javascript:alert(1)) ![i](http://e/p.png) <b>b</b> **s**"
        + " `c` a_b | ~t~ # $m$ &lt;");

    assertThat(escaped).isEqualTo("\\[x\\](javascript:alert(1)) !\\[i\\](http://e/p.png)"
        + " &lt;b&gt;b&lt;/b&gt; \\*\\*s\\*\\* \\`c\\` a\\_b \\| \\~t\\~ \\# \\$m\\$ &amp;lt;");
  }

  @Test
  void markdownKeepsEverythingOnOneLine() {
    assertThat(Escape.markdown("one\n# two\r\n\n- three\tfour"))
        .isEqualTo("one \\# two - three four");
    assertThat(Escape.markdown("  padded  ")).isEqualTo(" padded ");
  }

  @Test
  void lineStartEscapesListAndHeadingMarkers() {
    assertThat(Escape.markdownLineStart("- item")).isEqualTo("\\- item");
    assertThat(Escape.markdownLineStart(" + item")).isEqualTo(" \\+ item");
    assertThat(Escape.markdownLineStart("=== ")).isEqualTo("\\=== ");
    assertThat(Escape.markdownLineStart("1. first")).isEqualTo("1\\. first");
    assertThat(Escape.markdownLineStart("2) second")).isEqualTo("2\\) second");
    assertThat(Escape.markdownLineStart("827.5 KiB")).isEqualTo("827.5 KiB");
    assertThat(Escape.markdown("- mid-line is fine")).isEqualTo("- mid-line is fine");
  }

  @Test
  void yamlStringsAreQuotedAndEscaped() {
    assertThat(Escape.yamlString("a \"b\" \\ c\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c d\"");
    assertThat(Escape.yamlString(null)).isEqualTo("\"\"");
  }
}
