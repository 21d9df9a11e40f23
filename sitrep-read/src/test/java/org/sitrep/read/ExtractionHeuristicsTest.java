package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The general article-finding rules of {@link HtmlArticleExtractor} that {@code Extraction*} classes hold. */
class ExtractionHeuristicsTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String STORY = """
            <p>The council met on Tuesday to discuss the harbour plan, which has been debated for years, and
               agreed to fund the first stage, the mayor said after the vote.</p>
            <p>Work on the new quay will start in spring, according to the plan, and the port expects larger
               ships, more jobs, and less traffic on the coast road by the end of next year.</p>
            <p>Residents, who had asked for a public hearing, welcomed the decision but said they would watch
               the costs closely, as earlier projects had run over budget.</p>
            """;

    private String textOf(String body) {
        String html = "<html lang=\"en\"><head><title>Harbour plan</title></head><body>" + body + "</body></html>";
        return extractor.extract(html, "https://example.org/news/harbour").text();
    }

    @Test
    void keepsRecipeIngredientsMarkedUpOutsideTheChosenBox() {
        String text = textOf("""
                <div class="intro">%s</div>
                <div class="tabs"><ul>
                  <li itemprop="recipeIngredient">2 cups flour</li>
                  <li itemprop="recipeIngredient">1 tablespoon sugar</li>
                </ul><h3>Topping:</h3><ul>
                  <li itemprop="recipeIngredient">250 g butter</li>
                </ul></div>
                """.formatted(STORY));
        assertThat(text).contains("2 cups flour", "1 tablespoon sugar", "Topping:", "250 g butter",
                "Work on the new quay");
    }

    @Test
    void keepsTheStandfirstMarkedAsDescriptionJustBeforeTheBodyOfAPageWithoutHeading() {
        String text = textOf("""
                <div class="row"><div class="teaser-text" itemprop="description"><p>Volunteers repair broken
                  kettles and lamps for free, and the visitors have known it for a long time.</p></div></div>
                <div class="row"><div class="col-sm-6"><div class="news-text-wrap" itemprop="articleBody">%s</div>
                  </div><div class="col-sm-6"><a href="/gallery">Pictures of the café</a></div></div>
                """.formatted(STORY));
        assertThat(text).contains("Volunteers repair broken kettles", "Work on the new quay");
    }

    @Test
    void leavesOutAStandfirstThatIsNotMarkedAsOne() {
        String text = textOf("""
                <div class="promo-box"><p>Sign up today and get our best stories in your inbox every morning.</p></div>
                <div class="story">%s</div>
                """.formatted(STORY));
        assertThat(text).doesNotContain("Sign up today").contains("Work on the new quay");
    }

    @Test
    void dropsRelatedPostsWhoseClassGluesTheWordIntoACompound() {
        String text = textOf("""
                <div class="entry-content">%s
                  <div id="jp-relatedposts" class="jp-relatedposts"><h3><em>Similar posts</em></h3></div>
                </div>
                """.formatted(STORY));
        assertThat(text).doesNotContain("Similar posts").contains("Residents, who had asked");
    }

    @Test
    void dropsPictureCreditsAndLinesThatAreOnlyADateButKeepsDatesInSentences() {
        String text = textOf("""
                <div class="entry-content">
                  <p class="date">11 Jan 2019</p>
                  %s
                  <p><img src="chart.png" alt="chart"><br><em>(Credit: Jane Doe / Example Agency)</em></p>
                  <p>The quay opens on <strong>1 March 2021</strong>, when the first ferry is due, officials said.</p>
                </div>
                """.formatted(STORY));
        assertThat(text).doesNotContain("Credit:", "11 Jan 2019")
                .contains("The quay opens on 1 March 2021, when the first ferry is due");
    }

    @Test
    void takesTheStoryOutOfAPageBoxThatAlsoHoldsCardsOfOtherStories() {
        StringBuilder story = new StringBuilder("<article class=\"post\">");
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                "Sunday", "the holiday"}) {
            story.append("<p>The council met on ").append(day).append(" to discuss the harbour plan, which has")
                    .append(" been debated for years, and agreed to fund the next stage, the mayor said.</p>");
        }
        story.append("</article>");
        StringBuilder cards = new StringBuilder();
        for (String boat : new String[] {"Boats", "Yachts", "Canoes"}) {
            cards.append("<article class=\"card\"><h3><a href=\"/x\">").append(boat).append("</a></h3><p>")
                    .append(boat).append(", ferries, tugs, cranes, quays, docks, piers, sheds, ropes, nets, buoys,")
                    .append(" masts, sails, oars, decks, hulls, keels, anchors, chains, flags, bells, gulls,")
                    .append(" waves, tides, winds, storms.</p></article>");
        }
        String text = textOf("<div id=\"content\" class=\"site\">" + story + cards + "</div>");
        assertThat(text).contains("The council met on Monday", "The council met on the holiday")
                .doesNotContain("Boats, ferries", "Yachts, ferries", "Canoes, ferries");
    }

    @Test
    void keepsTheHiddenSlidesOfAGalleryShownOneAtATimeButNotOtherHiddenBoxes() {
        String text = textOf("""
                <div class="gallery">
                  <div class="slide" style="display: block;">%s</div>
                  <div class="slide" style="display: none;"><p>The second slide tells how the old
                    lighthouse was saved, repainted, and opened to visitors again last summer, when the town,
                    the port, and the museum shared the costs, the keeper's grandson said.</p><p>Tickets, maps,
                    and guided tours are sold at the gate, and the tower is open daily, weather permitting.</p>
                  </div>
                  <div class="modal" style="display: none;"><p>Please accept our cookies to continue reading
                    this page, we value your privacy.</p></div>
                </div>
                """.formatted(STORY));
        assertThat(text).contains("Work on the new quay", "The second slide tells how the old lighthouse")
                .doesNotContain("accept our cookies");
    }

    @Test
    void leavesOutItalicEndNotesWithALinkOrAnAddressButKeepsAnItalicClosingQuotation() {
        String text = textOf("""
                <div class="story">%s
                  <p><em>Nothing is built in a day, as the old harbour master liked to say.</em></p>
                  <p><em>Want the port news every week? <a href="/newsletter">Sign up here</a></em></p>
                  <p>&copy; 2024. <em>Contact us at news@harbour.example before you reprint this story in print or online.</em></p>
                </div>
                """.formatted(STORY));
        assertThat(text).contains("Work on the new quay", "Nothing is built in a day")
                .doesNotContain("Sign up here", "Contact us at");
    }

    @Test
    void keepsAnItalicParagraphWithALinkWhenItIsTheWholeArticle() {
        String text = textOf("""
                <div class="story"><p><em>The council met on Tuesday to discuss the harbour plan, and the
                  minutes, the votes, and the budget are <a href="/minutes">published here</a>, the clerk said.
                  </em></p></div>
                """);
        assertThat(text).contains("The council met on Tuesday");
    }

    @Test
    void keepsTheStandfirstInAnArticleHeaderOutsideTheArticleElementButNotTheSiteHeader() {
        String text = textOf("""
                <header class="site-header"><h1 class="logo"><a href="/">Harbour Times</a></h1>
                  <p>Your port, your town, your news from the coast, every single day of the year.</p></header>
                <header class="article-header"><h1>Council funds the new quay</h1>
                  <p>The first stage of the harbour plan is paid for, and work starts in spring.</p></header>
                <div class="story">%s</div>
                """.formatted(STORY));
        assertThat(text).contains("The first stage of the harbour plan is paid for", "Work on the new quay")
                .doesNotContain("Your port, your town");
    }

    @Test
    void dropsLinesOfFieldsAboutTheArticleInsideIt() {
        String text = textOf("""
                <div class="story">%s
                  <p>News date : 04/21/2022 &nbsp; Category : <a href="/press">Press Releases</a></p>
                  <p>Category: the council said the plan is its most important one this decade, and more.</p>
                </div>
                """.formatted(STORY));
        assertThat(text).contains("Residents, who had asked", "the plan is its most important one")
                .doesNotContain("Press Releases");
    }

    @Test
    void dropsASubHeadingThatHeadsOnlyAnEmptyWidgetButKeepsSectionHeadings() {
        String text = textOf("""
                <div class="story">
                  <div class="video-slot"><h4>Discover our latest picks</h4><div id="player-1"></div></div>
                  %s
                  <h2>What comes next</h2>
                  <p>The second stage, a new ferry terminal, is planned for the year after, the mayor said.</p>
                </div>
                """.formatted(STORY));
        assertThat(text).contains("What comes next", "Work on the new quay")
                .doesNotContain("Discover our latest picks");
    }

    @Test
    void dropsATeaserCardWithAPictureAndALinkInsideTheArticle() {
        String text = textOf("""
                <div class="story">%s
                  <div class="card"><img src="ferry.jpg" alt=""><div>More on the port: <a href="/news/ferry">the
                    old ferry sails one last time</a>, and other stories</div></div>
                  <p>Tickets for the opening day are free, and the town hopes for a crowd, the clerk said.</p>
                </div>
                """.formatted(STORY));
        assertThat(text).contains("Work on the new quay", "Tickets for the opening day")
                .doesNotContain("old ferry sails");
    }
}
