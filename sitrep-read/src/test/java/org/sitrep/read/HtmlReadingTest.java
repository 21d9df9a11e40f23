package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

class HtmlReadingTest {
    private final DocumentReader reader = DocumentReader.builder().build();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Police Arrive in Port | The Daily Example</title>
              <meta property="og:title" content="Police Arrive in Port">
              <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
                 {"@type":"NewsArticle","headline":"Police Arrive in Port","datePublished":"2024-11-07T09:30:00+03:00"}]}
              </script>
              <style>p { color: red }</style>
            </head>
            <body>
              <header class="site-header"><a href="/">The Daily Example</a> <a href="/world">World</a></header>
              <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
              <main>
                <article>
                  <h1>Police Arrive in Port</h1>
                  <p class="byline">By A. Writer</p>
                  <p>The first 400 officers landed in the capital on Tuesday, the ministry said, and more are due
                     by January.</p>
                  <!-- an editor's note that is not article text -->
                  <h2>A long mission</h2>
                  <p>The mission, approved by the council last year, has been extended for another year, officials
                     said on Wednesday.</p>
                  <div class="ad-slot">Advertisement</div>
                  <p>“We are ready,” the commander said, adding that patrols would begin at once.</p>
                  <script>window.tracker = "Do not read this";</script>
                  <form><input name="email"> Subscribe to our newsletter</form>
                </article>
                <aside>
                  <h3>Related</h3>
                  <ul>
                    <li><a href="/a">Floods Hit the Coast Again</a></li>
                    <li><a href="/b">Why Prices Keep Rising</a></li>
                  </ul>
                </aside>
              </main>
              <div class="related-stories"><a href="/c">Schools Reopen After Strike</a></div>
              <footer>© 2024 The Daily Example. All rights reserved. <a href="/privacy">Privacy</a></footer>
            </body>
            </html>
            """;

    @Test
    void takesTheArticleTitleAndParagraphsOutOfANewsPage() {
        ReadResult r = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.findTitle()).contains("Police Arrive in Port");
        assertThat(d.text()).isEqualTo("Police Arrive in Port\n\n"
                + "By A. Writer\n\n"
                + "The first 400 officers landed in the capital on Tuesday, the ministry said, and more are due "
                + "by January.\n\n"
                + "A long mission\n\n"
                + "The mission, approved by the council last year, has been extended for another year, officials "
                + "said on Wednesday.\n\n"
                + "“We are ready,” the commander said, adding that patrols would begin at once.");
        assertThat(d.source()).isEqualTo("page.html");
    }

    @Test
    void leavesOutNavigationSideColumnsShareBarsFormsScriptsAndFooters() {
        String text = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8)).documents().get(0).text();
        for (String junk : List.of("Sport", "Share on Facebook", "Floods Hit", "Schools Reopen", "Privacy",
                "Do not read this", "Subscribe", "Advertisement", "editor's note", "color: red", "Daily Example")) {
            assertThat(text).as(junk).doesNotContain(junk);
        }
    }

    @Test
    void readsThePublicationDateFromJsonLd() {
        Document d = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.published()).isEqualTo(new Published("2024-11-07", Published.Basis.METADATA, 0.9));
    }

    @Test
    void letsAGivenDateOverrideTheDateInThePage() {
        DocumentReader dated = DocumentReader.builder().published("2024-11-08").build();
        Document d = dated.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.published()).isEqualTo(Published.given("2024-11-08"));
    }

    @Test
    void readsThePublicationDateFromMetaTagsTimeElementsAndUrls() {
        assertThat(dateOf("<meta property=\"article:published_time\" content=\"2023-10-02T12:00:00Z\">", "x.html"))
                .isEqualTo("2023-10-02");
        assertThat(dateOf("<meta name=\"pubdate\" content=\"20230102\">", "x.html")).isEqualTo("2023-01-02");
        assertThat(dateOf("<time datetime=\"2022-05-06\">May 6</time>", "x.html")).isEqualTo("2022-05-06");
        assertThat(dateOf("<link rel=\"canonical\" href=\"https://example.com/world/2021/07/08/story\">", "x.html"))
                .isEqualTo("2021-07-08");
        assertThat(dateOf("", "x.html")).isNull();
    }

    private String dateOf(String headOrBody, String name) {
        String html = "<html><head>" + headOrBody + "</head><body><article><p>Officials said the plan would go "
                + "ahead, with the first steps taken this week.</p></article></body></html>";
        return reader.read(name, html.getBytes(StandardCharsets.UTF_8)).documents().get(0).published().value();
    }

    @Test
    void detectsHtmlByContentAndTakesTheTitleFromTheFirstHeadingWhenTheTitleAddsTheSiteName() {
        String html = "<!doctype html><html><head><title>Talks Resume - Example News</title></head><body>"
                + "<div id=\"story\"><h1>Talks Resume</h1><p>Talks resumed on Monday in the capital, both sides "
                + "said.</p><p>A second round is planned for next month, officials added.</p></div></body></html>";
        Document d = reader.read("-", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.findTitle()).contains("Talks Resume");
        assertThat(d.text()).isEqualTo("Talks Resume\n\nTalks resumed on Monday in the capital, both sides said.\n\n"
                + "A second round is planned for next month, officials added.");
    }

    @Test
    void decodesAPageInTheCharsetItDeclaresWithoutAWarning() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
                + "<title>Caf\u00E9 Talks</title></head><body><p>Prices rose by 5 \u20AC in the caf\u00E9 district, "
                + "traders said.</p></body></html>";
        ReadResult r = reader.read("latin.html", html.getBytes(Charset.forName("ISO-8859-15")));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents().get(0).text()).contains("5 \u20AC in the caf\u00E9 district");
    }

    @Test
    void saysWhenAPageHasNoText() {
        ReadResult r = reader.read("blank.html", "<html><body><nav>Home</nav><script>x()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.documents()).isEmpty();
        assertThat(r.diagnostics()).singleElement().hasToString("blank.html: no article text found in the HTML page");
    }

    @Test
    void keepsParagraphsSplitByLineBreaksInsideOneBox() {
        String html = "<html><body><div class=\"story-body\">The council met on Monday.<br>It voted to extend "
                + "the mission, officials said.<br><br>A vote on funding is due in March, diplomats said.</div>"
                + "</body></html>";
        Document d = reader.read("br.html", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.text()).isEqualTo("The council met on Monday.\n\nIt voted to extend the mission, officials said."
                + "\n\nA vote on funding is due in March, diplomats said.");
    }
    @Test
    void keepsParagraphsWrittenInCyrillicAndGreek() {
        String html = "<html lang=\"ru\"><head><title>Совет продлил миссию</title></head><body><article>"
                + "<h1>Совет продлил миссию</h1>"
                + "<p>Совет безопасности в понедельник продлил миссию ещё на год, сообщили дипломаты.</p>"
                + "<p>Голосование о финансировании пройдёт в марте.</p>"
                + "<p>Η αποστολή παρατάθηκε για ένα ακόμη έτος.</p>"
                + "</article></body></html>";
        Document d = reader.read("ru.html", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.body()).contains("Совет безопасности в понедельник продлил миссию")
                .contains("Голосование о финансировании пройдёт в марте.")
                .contains("Η αποστολή παρατάθηκε για ένα ακόμη έτος.");
    }
    @Test
    void keepsTheLeadBetweenTheHeadingAndTheArticleBox() {
        String html = "<html><body><div class=\"top\"><h1>Port reopens</h1>"
                + "<div class=\"standfirst\"><p>Ships waited a week offshore before the harbour opened again to"
                + " traders and fishermen</p></div>"
                + "<div class=\"byline\">By A. Writer, 7 November 2024</div></div>"
                + "<div class=\"story-text\"><p>The port reopened on Monday after a week of closure, the ministry said,"
                + " and the first ships docked at noon.</p><p>Traders said prices of rice, flour and fuel had risen by a"
                + " third, and that stocks would last two weeks.</p><p>Officials said patrols would go on, with more"
                + " officers due by January, according to the plan.</p><p>Fishermen, who had kept their boats in the"
                + " harbour, said they would sail at dawn, weather permitting, for the first time in a week.</p>"
                + "<p>The ministry said the closure had been ordered after a storm damaged two piers, and that repairs"
                + " would take another month, at a cost not yet known.</p></div></body></html>";
        Document d = reader.read("lead.html", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.body()).startsWith("Ships waited a week offshore before the harbour opened again to traders and"
                + " fishermen\n\nThe port")
                .doesNotContain("A. Writer");
    }

    @Test
    void joinsTheBoxesOfAnArticleThatAdsSplitApart() {
        String para = "<p>The council met on Monday, diplomats said, and voted to extend the mission by a year.</p>";
        String html = "<html><body><main><section class=\"article-part\">" + para.replace("Monday", "Sunday")
                + "</section><div class=\"ad-slot\">Advertisement</div><aside><a href=\"/x\">Other news</a></aside>"
                + "<div><section class=\"article-part\">" + para + para.replace("council", "assembly")
                + para.replace("council", "board") + "</section></div></main></body></html>";
        Document d = reader.read("parts.html", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.body()).startsWith("The council met on Sunday").contains("The board met on Monday")
                .doesNotContain("Other news").doesNotContain("Advertisement");
    }

    @Test
    void joinsADropCapToTheRestOfItsWord() {
        String html = "<html><body><article><div><span class=\"drop\">T</span><p>he council met on Monday, diplomats"
                + " said, and voted to extend the mission by a year, with more officers due by January.</p></div>"
                + "</article></body></html>";
        Document d = reader.read("cap.html", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertThat(d.body()).startsWith("The council met on Monday");
    }
}
