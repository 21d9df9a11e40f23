package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Published;

/** How a page's publication date is found beyond its meta tags: date lines, visible dates, their languages. */
class PageDateTest {
    private final DocumentReader reader = DocumentReader.builder().build();

    private Published publishedOf(String body, String name) {
        String html = "<html><head><title>Port talks</title></head><body>" + body + "<article><p>Officials said the "
                + "plan would go ahead, with the first steps taken this week, and more to follow.</p></article>"
                + "</body></html>";
        return reader.read(name, html.getBytes(StandardCharsets.UTF_8)).documents().get(0).published();
    }

    /** The publication date of a page with {@code head} in its head and {@code body} before its article. */
    private Published publishedOf(String head, String body, String name) {
        String html = "<html><head><title>Port talks</title>" + head + "</head><body>" + body + "<article><p>"
                + "Officials said the plan would go ahead, with the first steps taken this week, and more to follow."
                + "</p></article></body></html>";
        return reader.read(name, html.getBytes(StandardCharsets.UTF_8)).documents().get(0).published();
    }

    private String dayOf(String head, String body) {
        return publishedOf(head, body, "x.html").value();
    }

    @Test
    void readsGermanAndNumericDaysInText() {
        assertThat(PublicationDates.findDayInText("Veröffentlicht am 23. Juli 2017, 17:06", false))
                .contains("2017-07-23");
        assertThat(PublicationDates.findDayInText("Bonn, 11.10.2021", false)).contains("2021-10-11");
        assertThat(PublicationDates.findDayInText("Posted 26/10/2018", false)).contains("2018-10-26");
        assertThat(PublicationDates.findDayInText("Posted 10/26/2018", false)).contains("2018-10-26");
        assertThat(PublicationDates.findDayInText("Posted 02/10/2020", true)).contains("2020-02-10");
        assertThat(PublicationDates.findDayInText("January 22, 2014", false)).contains("2014-01-22");
        assertThat(PublicationDates.findDayInText("21 de abril de 2020", false)).contains("2020-04-21");
    }

    @Test
    void takesTheEarliestDateWrittenAndNoVersionNumbersOrImpossibleDays() {
        assertThat(PublicationDates.findDayInText("3. August 2015, updated 04.08.2015", false))
                .contains("2015-08-03");
        assertThat(PublicationDates.findDayInText("version 1.2.3 of 30.02.2020", false)).isEmpty();
        assertThat(PublicationDates.findDayInText("2,500 people", false)).isEmpty();
    }

    @Test
    void neverTakesATimeMarkedAsTheModificationDateForThePublicationDate() {
        String html = "<html><body><div class=\"meta\">Updated <time itemprop=\"dateModified\" datetime=\"2024-02-02\">"
                + "2 February</time></div><article><p>Posted <time datetime=\"2024-01-01\">1 January</time></p><p>"
                + "Officials said the plan would go ahead, with the first steps taken this week.</p></article></body>"
                + "</html>";
        Published p = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8)).documents().get(0).published();
        assertThat(p.value()).isEqualTo("2024-01-01");
    }

    @Test
    void prefersTheDateInTheUrlPathToTheMetaTags() {
        String html = "<html><head><meta name=\"date\" content=\"2009-04-11\"></head><body><article><p>Officials "
                + "said the plan would go ahead, with the first steps taken this week.</p></article></body></html>";
        Published p = reader.read("https://example.com/2019/10/22/plan.html", html.getBytes(StandardCharsets.UTF_8))
                .documents().get(0).published();
        assertThat(p.value()).isEqualTo("2019-10-22");
    }

    @Test
    void readsAnHAtomPublishedTitle() {
        assertThat(publishedOf("<abbr class=\"published\" title=\"2017-09-09T10:52:00+02:00\">10:52</abbr>", "x.html")
                .value()).isEqualTo("2017-09-09");
    }

    @Test
    void readsADateLineElementAsADateline() {
        Published p = publishedOf("<h1>Port talks</h1><span class=\"post-date\">3. August 2015</span>", "x.html");
        assertThat(p.value()).isEqualTo("2015-08-03");
        assertThat(p.basis()).isEqualTo(Published.Basis.DATELINE);
    }

    @Test
    void readsAVisibleDateUnderTheHeadingButNotInTheFooter() {
        assertThat(publishedOf("<h1>Port talks</h1><p>Lübeck, 31. März 2003</p>", "x.html").value())
                .isEqualTo("2003-03-31");
        assertThat(publishedOf("<h1>Port talks</h1><footer>Copyright 19.12.2019</footer>", "x.html"))
                .isEqualTo(Published.UNKNOWN);
    }

    @Test
    void keepsTheCalendarDayWrittenWithALocalOffset() {
        assertThat(PublicationDates.findIsoDate("2021-10-11T23:30:00-05:00")).contains("2021-10-11");
        assertThat(dayOf("<meta property=\"article:published_time\" content=\"2021-10-11T23:30:00-05:00\">", ""))
                .isEqualTo("2021-10-11");
    }

    @Test
    void readsThePublicationMetaKeysOfCommonPublishingSystems() {
        for (String key : new String[] {"sailthru.date", "parsely-pub-date", "dc.date", "DC.date.issued",
            "citation_publication_date", "og:article:published_time", "date", "article.published", "publishdate",
            "pubdate", "timestamp", "pub_date"}) {
            assertThat(dayOf("<meta name=\"" + key + "\" content=\"2020-03-04 10:00:00\">", ""))
                    .as(key).isEqualTo("2020-03-04");
        }
    }

    @Test
    void readsMicrodataAndTimePubdate() {
        assertThat(dayOf("", "<span itemprop=\"datePublished\" content=\"2019-05-06\">6 May</span>"))
                .isEqualTo("2019-05-06");
        assertThat(dayOf("", "<time pubdate datetime=\"2018-02-03T08:00\">3 Feb</time>")).isEqualTo("2018-02-03");
    }

    @Test
    void readsAWholeDayFromTheUrlInItsCommonForms() {
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/news/2021/10/11/port-talks"))
                .contains("2021-10-11");
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/speeches/20030331_speech.html"))
                .contains("2003-03-31");
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/news/port-talks-2021-10-11.html"))
                .contains("2021-10-11");
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/releases/29-10-2021")).contains("2021-10-29");
    }

    @Test
    void claimsNoDayFromAUrlThatHasNone() {
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/2021/10/port-talks/")).isEmpty();
        assertThat(PublicationDates.findIsoMonthInUrl("https://example.com/2021/10/port-talks/")).contains("2021-10");
        // ambiguous day and month, an id that only looks like a date, a date in the query
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/releases/05-10-2021")).isEmpty();
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/a/201912345678")).isEmpty();
        assertThat(PublicationDates.findIsoDateInUrl("https://example.com/a?d=2021-10-11")).isEmpty();
        Published p = publishedOf("", "", "https://example.com/2021/10/port-talks/");
        assertThat(p.value()).isEqualTo("2021-10");
    }

    @Test
    void takesNoCaptureTimeOfAWebArchiveForThePagesDate() {
        assertThat(PublicationDates.findIsoDateInUrl(
                "https://web.archive.org/web/20160218174457/http://example.com/2010/05/port-talks/")).isEmpty();
        assertThat(PublicationDates.findIsoDateInUrl(
                "https://web.archive.org/web/20160218174457/http://example.com/2010/05/19/port-talks/"))
                .contains("2010-05-19");
    }

    @Test
    void tellsAUtcTimestampFromALocalOne() {
        assertThat(PublicationDates.findUtcHour("2022-05-04T03:37:37+00:00")).hasValue(3);
        assertThat(PublicationDates.findUtcHour("2022-05-04T03:37:37.123Z")).hasValue(3);
        assertThat(PublicationDates.findUtcHour("Wed, 04 May 2022 00:25:56 GMT")).hasValue(0);
        assertThat(PublicationDates.findUtcHour("2022-05-03T23:37:37-04:00")).isEmpty();
        assertThat(PublicationDates.findUtcHour("2022-05-03 23:37:37")).isEmpty();
        assertThat(PublicationDates.findUtcHour("2022-05-03")).isEmpty();
    }

    @Test
    void takesTheLocalDayOfAUtcTimestampFromTheSameMomentWrittenLocally() {
        String utc = "<meta property=\"article:published_time\" content=\"2022-05-04T03:37:37+00:00\">";
        assertThat(dayOf(utc, "<time datetime=\"2022-05-03T23:37:37-04:00\">3 May, 11:37 pm</time>"))
                .isEqualTo("2022-05-03");
        assertThat(dayOf(utc, "<time datetime=\"2022-05-03 23:37:37\">3 May, 11:37 pm</time>"))
                .isEqualTo("2022-05-03");
    }

    @Test
    void keepsTheUtcDayWhenTheOtherTimeIsAnotherMoment() {
        String utc = "<meta property=\"article:published_time\" content=\"2022-05-04T03:37:37+00:00\">";
        assertThat(dayOf(utc, "<time datetime=\"2022-05-03T18:02:11-04:00\">3 May, 6:02 pm</time>"))
                .isEqualTo("2022-05-04");
        // at 03:37 UTC it is still the 4th (or the 3rd) everywhere, never the 5th
        assertThat(dayOf(utc, "<time datetime=\"2022-05-05\">5 May</time>")).isEqualTo("2022-05-04");
    }

    @Test
    void letsTheDayTheReaderIsShownPickAmongDisagreeingMetadata() {
        String head = "<meta name=\"date\" content=\"2020-04-30\">"
                + "<script type=\"application/ld+json\">{\"datePublished\": \"2020-04-29T12:01:00+02:00\"}</script>";
        assertThat(dayOf(head, "<h1>Port talks</h1><p>30.04.2020, 12:01</p>")).isEqualTo("2020-04-30");
        // a visible day that no metadata gives does not overrule them
        assertThat(dayOf(head, "<h1>Port talks</h1><p>12.01.2020</p>")).isEqualTo("2020-04-29");
    }

    @Test
    void readsADayLabelledAsThePublicationsInAnyCommonLanguage() {
        assertThat(PublicationDates.findLabelledDay("Letzte Änderung: 31.10.2023\nErschienen am: 01.11.2023", false))
                .contains("2023-11-01");
        assertThat(PublicationDates.findLabelledDay("Mise en ligne\n23 mai 2019", false)).contains("2019-05-23");
        assertThat(PublicationDates.findLabelledDay("Published on March 3, 2021 by Ann", false))
                .contains("2021-03-03");
        assertThat(PublicationDates.findLabelledDay("Updated March 3, 2021", false)).isEmpty();
        assertThat(PublicationDates.findLabelledDay("Your address will not be published. 3 comments", false))
                .isEmpty();
    }

    @Test
    void takesALabelledPublicationDateOverTheMetadataOnlyWhenThePageLabelsOneDay() {
        String head = "<meta property=\"article:published_time\" content=\"2019-08-24T03:36:11+02:00\">";
        assertThat(dayOf(head, "<p>Veröffentlicht am 16.08.2019</p>")).isEqualTo("2019-08-16");
        assertThat(dayOf(head, "<ul><li>Port news, published 3 May 2019</li><li>Rail news, published 4 May 2019"
                + "</li></ul>")).isEqualTo("2019-08-24");
    }

    @Test
    void prefersADateLineToAModificationDate() {
        String head = "<meta property=\"og:updated_time\" content=\"2020-06-02T11:57:06+02:00\">";
        assertThat(dayOf(head, "<h1>Port talks</h1><time class=\"create-date\">31.03.2020</time>"))
                .isEqualTo("2020-03-31");
        assertThat(dayOf(head, "")).isEqualTo("2020-06-02");
    }

    @Test
    void readsATimeElementWithoutADatetimeButNotAModificationTime() {
        assertThat(dayOf("", "<time>29.04.2020, 12:01 Uhr</time>")).isEqualTo("2020-04-29");
        assertThat(dayOf("", "<time itemprop=\"dateModified\">2018-08-29 14:15:57</time>"
                + "<time itemprop=\"datePublished\" datetime=\"2018-06-22 10:20:00\">22 June</time>"))
                .isEqualTo("2018-06-22");
    }

    @Test
    void readsCyrillicMonthsAndThinSpacesInDates() {
        assertThat(PublicationDates.findDayInText("15 августа 2016, 13:43", false)).contains("2016-08-15");
        assertThat(PublicationDates.findDayInText("15 серпня 2016", false)).contains("2016-08-15");
        assertThat(PublicationDates.findDayInText("Deutscher Tennis Bund 4.\u20092.\u20092022.", false))
                .contains("2022-02-04");
    }
}
