package org.clearsource.ingestion.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestHtmlText {

  @Test
  void putsBlockElementsOnTheirOwnLines() {
    HtmlText.Result page =
        HtmlText.extract(
            "<body><div>One</div><div>Two <b>bold</b> <i>words</i></div><p>Para</p>"
                + "<ul><li>first</li><li>second</li></ul><h2>Head</h2>tail</body>",
            "");
    assertThat(page.text()).isEqualTo("One\nTwo bold words\nPara\nfirst\nsecond\nHead\ntail");
  }

  @Test
  void keepsInlineElementsOnOneLine() {
    assertThat(HtmlText.extract("<p><span>a</span><span>b</span> <a href=x>c</a></p>", "").text())
        .isEqualTo("ab c");
  }

  @Test
  void breaksLinesAtBr() {
    assertThat(HtmlText.extract("<p>line one<br>line two<br/>line three</p>", "").text())
        .isEqualTo("line one\nline two\nline three");
  }

  @Test
  void collapsesWhitespaceAndNonBreakingSpaces() {
    assertThat(HtmlText.extract("<p>  lots \n\t of&nbsp;&nbsp;space  </p>\n\n<p> next </p>", "")
            .text())
        .isEqualTo("lots of space\nnext");
  }

  @Test
  void dropsScriptsStylesAndOtherInvisibleContent() {
    HtmlText.Result page =
        HtmlText.extract(
            "<html><head><title>T</title><style>p { color: red }</style>"
                + "<script>var inHead = 1;</script></head><body><p>shown</p>"
                + "<script>document.write('hidden')</script><style>.x{}</style>"
                + "<noscript>enable JS</noscript><template><p>later</p></template>"
                + "<iframe>frame fallback</iframe><p>also shown</p></body></html>",
            "");
    assertThat(page.text()).isEqualTo("shown\nalso shown");
  }

  @Test
  void keepsPreformattedTextAsWritten() {
    assertThat(HtmlText.extract("<p>code:</p><pre>  if (x) {\n    y();\n  }</pre><p>end</p>", "")
            .text())
        .isEqualTo("code:\n  if (x) {\n    y();\n  }\nend");
  }

  @Test
  void takesTheTitleButNotAsText() {
    HtmlText.Result page =
        HtmlText.extract("<title>  The   Title </title><p>Body text</p>", "");
    assertThat(page.title()).isEqualTo("The Title");
    assertThat(page.text()).isEqualTo("Body text");
    assertThat(HtmlText.extract("<p>untitled</p>", "").title()).isNull();
  }

  @Test
  void readsRightsSignalsFromMetaTagsAndLicenseLinks() {
    HtmlText.Result page =
        HtmlText.extract(
            "<html lang=\"de-AT\"><head>"
                + "<meta name=\"ROBOTS\" content=\" noai \">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<meta name=\"tdm-reservation\" content=\"1\">"
                + "<meta name=\"tdm-policy\" content=\"https://example.com/policy.json\">"
                + "<meta name=\"description\" content=\"not a signal\">"
                + "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">"
                + "<link rel=\"stylesheet\" href=\"/style.css\">"
                + "</head><body><a rel=\"license nofollow\" href=\"/terms\">terms</a>"
                + "<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">"
                + "again</a>"
                + "<a href=\"/other\">other</a></body></html>",
            "https://example.com/dir/page.html");
    assertThat(page.metadata())
        .containsEntry(MetadataKeys.HTML_ROBOTS, "noai | noindex")
        .containsEntry(MetadataKeys.HTML_TDM_RESERVATION, "1")
        .containsEntry(MetadataKeys.HTML_TDM_POLICY, "https://example.com/policy.json")
        .containsEntry(
            MetadataKeys.HTML_LICENSE,
            "https://creativecommons.org/licenses/by/4.0/ | https://example.com/terms")
        .containsEntry(MetadataKeys.HTML_LANG, "de-AT")
        .doesNotContainKey(MetadataKeys.CHARSET)
        .hasSize(5);
  }

  @Test
  void keepsARelativeLicenseLinkWhenThereIsNoBase() {
    assertThat(HtmlText.extract("<link rel=license href=\"/terms\">", "").metadata())
        .containsEntry(MetadataKeys.HTML_LICENSE, "/terms");
  }

  @Test
  void hasNoSignalsWhenThePageDeclaresNone() {
    assertThat(HtmlText.extract("<p>plain</p>", "https://example.com/").metadata()).isEmpty();
  }

  @Test
  void decodesBytesWithTheDeclaredCharset() throws IOException {
    byte[] latin1 = "<p>Café</p>".getBytes(StandardCharsets.ISO_8859_1);
    HtmlText.Result page = HtmlText.extract(new ByteArrayInputStream(latin1), "ISO-8859-1", "");
    assertThat(page.text()).isEqualTo("Café");
    assertThat(page.metadata()).containsEntry(MetadataKeys.CHARSET, "ISO-8859-1");
  }

  @Test
  void findsTheCharsetInAMetaTagWhenNoneIsDeclared() throws IOException {
    byte[] cyrillic =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
            .concat("</head><body><p>Привет</p></body></html>")
            .getBytes(Charset.forName("KOI8-R"));
    HtmlText.Result page = HtmlText.extract(new ByteArrayInputStream(cyrillic), null, "");
    assertThat(page.text()).isEqualTo("Привет");
    assertThat(page.metadata()).containsEntry(MetadataKeys.CHARSET, "KOI8-R");
  }

  @Test
  void fallsBackToUtf8AndIgnoresUnknownCharsetNames() throws IOException {
    byte[] utf8 = "<p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
    for (String declared : new String[] {null, "no-such-charset", "bad name!"}) {
      HtmlText.Result page = HtmlText.extract(new ByteArrayInputStream(utf8), declared, "");
      assertThat(page.text()).as(String.valueOf(declared)).isEqualTo("Grüße");
      assertThat(page.metadata()).containsEntry(MetadataKeys.CHARSET, "UTF-8");
    }
  }

  @Test
  void givesEmptyTextForAPageWithNothingVisible() {
    assertThat(HtmlText.extract("<html><body><script>x()</script> </body></html>", "").text())
        .isEmpty();
    assertThat(HtmlText.extract("", "").text()).isEmpty();
  }

  @Test
  void refusesMissingInput() {
    assertThatThrownBy(() -> HtmlText.extract((String) null, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Cannot ");
  }
}
