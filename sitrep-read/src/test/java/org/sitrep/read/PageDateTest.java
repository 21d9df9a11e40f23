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
}
