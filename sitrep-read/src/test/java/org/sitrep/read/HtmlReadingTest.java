package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.SourceSpan;

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

    private Document read(String name, String html) {
        return reader.read(name, html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
    }

    /** Each left-out stretch of {@code d} as {@code kind:text}. */
    private static List<String> leftOutOf(Document d) {
        return d.layer(Layers.BOILERPLATE).stream().map(b -> b.kind() + ":" + d.textOf(b).strip()).toList();
    }

    @Test
    void takesTheArticleTitleAndParagraphsOutOfANewsPage() {
        ReadResult r = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.findTitle()).contains("Police Arrive in Port");
        assertThat(d.text()).startsWith("Police Arrive in Port\n\n");
        assertThat(d.body()).isEqualTo("By A. Writer\n\n"
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
        String body = read("page.html", PAGE).body();
        for (String junk : List.of("Sport", "Share on Facebook", "Floods Hit", "Schools Reopen", "Privacy",
                "Do not read this", "Subscribe", "Advertisement", "editor's note", "color: red", "Daily Example")) {
            assertThat(body).as(junk).doesNotContain(junk);
        }
    }

    @Test
    void keepsWhatItLeavesOutMarkedByKindAndNeverKeepsScriptsStylesOrComments() {
        Document d = read("page.html", PAGE);
        Map<String, String> byKind = new HashMap<>();
        for (Boilerplate b : d.layer(Layers.BOILERPLATE)) {
            byKind.merge(b.kind(), d.textOf(b), String::concat);
        }
        assertThat(byKind.get(Boilerplate.NAVIGATION)).contains("The Daily Example", "World", "News", "Sport");
        assertThat(byKind.get(Boilerplate.SHARE)).contains("Share on Facebook", "Tweet");
        assertThat(byKind.get(Boilerplate.ADS)).contains("Advertisement");
        assertThat(byKind.get(Boilerplate.LINK_LIST)).contains("Floods Hit the Coast Again", "Schools Reopen");
        assertThat(byKind.get(HtmlPageText.FOOTER)).contains("All rights reserved", "Privacy");
        assertThat(d.text()).doesNotContain("Do not read this", "color: red", "editor's note");
    }

    @Test
    void marksALineThatIsOnlyADateAsADatelineButNotADateInTheComments() {
        String html = "<html><body><div class=\"meta\"><span>3 March 2021</span></div><article><p>The port reopened "
                + "after a week of closures, officials said on Wednesday.</p></article><section class=\"comments\">"
                + "<div>5 March 2021</div><p>Good news!</p></section></body></html>";
        assertThat(leftOutOf(read("port.html", html)))
                .contains("dateline:3 March 2021", "comments:5 March 2021\n\nGood news!");
    }

    @Test
    void marksABylineWithADateAsADateline() {
        String html = "<html><body><div class=\"byline\"><a href=\"/a\">Veröffentlicht am 13. März 2019 von "
                + "Anna B.</a></div><article><p>Der Hafen wurde nach einer Woche wieder geöffnet, teilten die Behörden "
                + "am Mittwoch mit.</p></article></body></html>";
        assertThat(leftOutOf(read("hafen.html", html)))
                .contains("dateline:Veröffentlicht am 13. März 2019 von Anna B.");
    }

    @Test
    void keepsALinkedDateTheArticleLeftOutAsADateline() {
        String html = "<html><body><article><header class=\"entry-header\"><h1 class=\"entry-title\">Hafen "
                + "wieder offen</h1><div class=\"entry-meta\"><span class=\"sep\">Veröffentlicht am </span><a "
                + "href=\"/2019/12/17/hafen\" rel=\"bookmark\"><time class=\"entry-date\">17. Dezember 2019</time>"
                + "</a><span class=\"by-author\"> <span class=\"sep\"> von </span> <span class=\"author vcard\"><a "
                + "class=\"url fn n\" href=\"/author/anna\" rel=\"author\">Anna Berger</a></span></span></div>"
                + "</header><div class=\"entry-content\"><p>Der Hafen wurde nach einer Woche "
                + "wieder geöffnet, teilten die Behörden am Mittwoch mit. Die Schiffe liefen am Abend wieder aus.</p>"
                + "<p>Die Reederei begrüßte die Entscheidung der Behörden und kündigte neue Fahrten an.</p></div>"
                + "</article></body></html>";
        Document d = read("hafen.html", html);
        assertThat(leftOutOf(d)).contains("dateline:17. Dezember 2019");
        assertThat(d.body()).doesNotContain("17. Dezember 2019");
    }

    @Test
    void aDateInABoxNamedForCommentsAboveTheArticlesEndDatesTheArticle() {
        String html = "<html><body><article><h1>The port reopens</h1><div class=\"entry-meta comments-link\"><span>"
                + "June 19, 2019</span></div><p>The port reopened after a week of closures, officials said on "
                + "Wednesday, and ships left in the evening.</p><p>The operator welcomed the decision and announced "
                + "new sailings, officials said.</p></article><section class=\"comments\"><div>June 21, 2019</div><p>Good "
                + "news!</p></section></body></html>";
        assertThat(leftOutOf(read("port.html", html)))
                .contains("dateline:June 19, 2019").anyMatch(k -> k.startsWith("comments:June 21, 2019"));
    }

    @Test
    void keepsTimesWrittenSideBySideApart() {
        String html = "<html><body><article><p class=\"meta\">Posted on <time class=\"published\">August 2, 2019"
                + "</time><time class=\"updated\">August 3, 2019</time>Author Ann</p><p>The port reopened after a "
                + "week of closures, officials said on Wednesday, and ships left in the evening.</p><p>The operator "
                + "welcomed the decision and announced new sailings for <time>March</time>, officials said.</p>"
                + "</article></body></html>";
        assertThat(read("port.html", html).text()).contains("August 2, 2019 August 3, 2019 Author Ann")
                .contains("for March, officials");
    }

    @Test
    void takesTheArticleBodyThePublisherStatesWhenThePageItselfHoldsLittleOfIt() {
        String para = "The council met on Monday and agreed to extend the mission for another year, officials said. ";
        String stated = para.repeat(4) + "\n\n" + "Kenya said more officers would arrive by January. ".repeat(4);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Mission extended\",\"articleBody\":\"" + stated.replace("\n", "\\n") + "\"}</script></head><body>"
                + "<h1>Mission extended</h1><div id=\"app\"><p>Loading the story…</p></div></body></html>";
        Document d = read("app.html", html);
        assertThat(d.body()).startsWith(para.strip()).contains("Kenya said more officers would arrive by January.")
                .doesNotContain("Loading");
        int kenya = d.text().indexOf("Kenya said");
        assertThat(d.layer(Layers.SOURCE_MAP)).noneMatch(s -> s.start() <= kenya && kenya < s.end());
        String shortStated = "A short summary of the story.";
        String teaser = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + shortStated + "\"}</script></head><body><article><p>" + para.repeat(3) + "</p></article></body></html>";
        Document page = read("page.html", teaser);
        assertThat(page.body()).startsWith(para.strip()).doesNotContain(shortStated);
    }

    @Test
    void keepsCaptionsApartFromTheBody() {
        String html = "<html><body><article><h1>Floods</h1><figure><img src=a.jpg><figcaption>Water in the streets "
                + "of Les Cayes. Photo: J. Doe</figcaption></figure><p>Floods closed the main road on Monday, "
                + "officials said, and schools stayed shut.</p></article></body></html>";
        Document d = read("floods.html", html);
        assertThat(d.body()).doesNotContain("Water in the streets").contains("Floods closed the main road");
        assertThat(d.layer(Layers.BOILERPLATE)).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Boilerplate.CAPTION);
            assertThat(d.textOf(b)).contains("Water in the streets of Les Cayes. Photo: J. Doe");
        });
    }

    @Test
    void mapsEveryLetterOfTheTextBackToWhereItStandsInThePage() {
        Document d = read("page.html", PAGE);
        List<SourceSpan> map = d.layer(Layers.SOURCE_MAP);
        String text = d.text();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                continue; // the blank lines between blocks, and the space that stands for markup between two runs
            }
            final int at = i;
            assertThat(map).as("offset %d (%s)", i, text.charAt(i)).anyMatch(s -> s.start() <= at && at < s.end());
        }
        for (SourceSpan s : map) {
            String run = text.substring(s.start(), s.end());
            String markup = PAGE.substring(s.sourceStart(), s.sourceEnd());
            if (s.mapsEachCharacter()) {
                assertThat(markup).isEqualTo(run);
            } else {
                assertThat(markup.replaceAll("\\s+", " ")).contains(run.substring(0, Math.min(run.length(), 8)));
            }
        }
        int officers = text.indexOf("400 officers");
        SourceSpan holding = spanAt(map, officers);
        assertThat(PAGE.substring(holding.sourceOffsetOf(officers)).startsWith("400 officers")).isTrue();
    }

    @Test
    void mapsTextWrittenWithEntitiesAndBrokenLinesCharacterByCharacter() {
        String html = "<html><body><article><p>Police&nbsp;&amp; army\r\n   patrols began on Monday, officials "
                + "said, as the mission&#8217;s first units arrived.</p></article></body></html>";
        Document d = read("p.html", html);
        String text = d.text();
        assertThat(text).contains("Police & army patrols began");
        List<SourceSpan> map = d.layer(Layers.SOURCE_MAP);
        int patrols = text.indexOf("patrols");
        SourceSpan p = spanAt(map, patrols);
        assertThat(html.substring(p.sourceOffsetOf(patrols))).startsWith("patrols began");
        int amp = text.indexOf('&');
        SourceSpan a = spanAt(map, amp);
        assertThat(html.substring(a.sourceStart(), a.sourceEnd())).isEqualTo("&amp;");
        int arrived = text.indexOf("first units");
        SourceSpan f = spanAt(map, arrived);
        assertThat(html.substring(f.sourceOffsetOf(arrived))).startsWith("first units");
    }

    @Test
    void mapsTextToItsOwnPlaceNotToTheSameWordsInAnEarlierScriptOrAttribute() {
        String html = "<html><head><script>var s = '>Officials met on Monday in the capital.<';</script></head><body>"
                + "<img alt=\"Officials met on Monday in the capital.\"><div hidden>Officials met on Monday in the "
                + "capital.</div><article><p>Officials met on Monday in the capital.</p><p>They agreed to talk "
                + "again next month, both sides said in a statement.</p></article></body></html>";
        Document d = read("p.html", html);
        String text = d.text();
        int met = text.indexOf("Officials met");
        SourceSpan s = spanAt(d.layer(Layers.SOURCE_MAP), met);
        assertThat(s.sourceOffsetOf(met)).isEqualTo(html.indexOf("<p>Officials") + 3);
    }

    @Test
    void readsTheBylineAndTheLanguage() {
        Document d = read("page.html", PAGE);
        assertThat(d.findByline()).contains("A. Writer");
        assertThat(d.findLanguage()).contains("en");
        String html = "<html><head><meta property=\"og:locale\" content=\"fr_FR\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Marie Roe\"},"
                + "{\"@type\":\"Person\",\"name\":\"Jean Doe\"}]}</script></head><body><article><p>La mission a "
                + "été prolongée d'un an, ont indiqué les responsables lundi.</p></article></body></html>";
        Document fr = read("fr.html", html);
        assertThat(fr.findByline()).contains("Marie Roe and Jean Doe");
        assertThat(fr.findLanguage()).contains("fr-fr");
    }

    @Test
    void readsThePublicationDateFromJsonLd() {
        Document d = read("page.html", PAGE);
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
        Document d = read("-", html);
        assertThat(d.findTitle()).contains("Talks Resume");
        assertThat(d.findTitle().get() + "\n\n" + d.body()).isEqualTo("Talks Resume\n\nTalks resumed on Monday in the capital, both sides said.\n\n"
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
        Document d = read("br.html", html);
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
        Document d = read("ru.html", html);
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
        Document d = read("lead.html", html);
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
        Document d = read("parts.html", html);
        assertThat(d.body()).startsWith("The council met on Sunday").contains("The board met on Monday")
                .doesNotContain("Other news").doesNotContain("Advertisement");
    }

    @Test
    void joinsADropCapToTheRestOfItsWord() {
        String html = "<html><body><article><div><span class=\"drop\">T</span><p>he council met on Monday, diplomats"
                + " said, and voted to extend the mission by a year, with more officers due by January.</p></div>"
                + "</article></body></html>";
        Document d = read("cap.html", html);
        assertThat(d.body()).startsWith("The council met on Monday");
    }

    private static SourceSpan spanAt(List<SourceSpan> map, int offset) {
        return map.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst().orElseThrow();
    }
}
