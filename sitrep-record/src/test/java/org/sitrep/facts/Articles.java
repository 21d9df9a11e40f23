package org.sitrep.facts;

/** Short articles in news style that we wrote for the tests, with their layers placed by hand. */
public final class Articles {
    private Articles() {
    }

    public static final String CALL_TITLE = "Ruto and Blinken hold call on Haiti mission";
    public static final String CALL_ARTICLE = CALL_TITLE + "\n"
            + "President William Ruto held a phone call with U.S. Secretary of State Antony Blinken on Thursday, "
            + "November 7.\n"
            + "The two leaders discussed plans to turn the Kenya-led Multinational Security Support Mission (MSS) "
            + "into a UN peacekeeping operation.\n"
            + "“I spoke with Antony J. Blinken about the Kenya-led MSS. This change would strengthen the mission,” "
            + "Ruto wrote.\n"
            + "During a visit to Haiti in September 2024, Ruto expressed support for converting the MSS into a UN "
            + "peacekeeping mission.\n"
            + "The Haitian government, along with the Transitional Presidential Council, also backed the idea.\n"
            + "The U.S. first proposed the change but later dropped the proposal amid opposition from China and "
            + "Russia.\n"
            + "The mission is funded through voluntary contributions.\n"
            + "The UN Security Council unanimously voted to extend the MSS mandate for one more year, until "
            + "October 2, 2025.\n"
            + "Drafted by the United States and Ecuador, the resolution passed without objection.\n"
            + "At present, the MSS has roughly 410 officers supporting the Haitian National Police.\n"
            + "“Kenya is committed to deploying the remaining officers to reach 2,500 police officers by January,” "
            + "Ruto said.\n"
            + "Canada pledged $10 million to the MSS trust fund.\n";

    /** The call article, published 2024-11-08, with its times, quantities and quotes. */
    public static HandBuilt callArticle() {
        return HandBuilt.of(CALL_ARTICLE).title(CALL_TITLE).source("https://example.org/ruto-blinken-call")
                .withKnownEntities().published("2024-11-08")
                .time("Thursday, November 7", "DATE", "2024-11-07", false)
                .time("September 2024", "DATE", "2024-09", false)
                .time("one more year", "DURATION", "P1Y", false)
                .time("October 2, 2025", "DATE", "2025-10-02", false)
                .time("January", "DATE", "2025-01", true)
                .quantity("roughly 410 officers", 410, "roughly", null, "officer")
                .quantity("2,500 police officers", 2500, null, null, "police officer")
                .quantity("$10 million", 10_000_000, null, "USD", null)
                .quote("I spoke with Antony J. Blinken about the Kenya-led MSS. This change would strengthen the "
                        + "mission", "William Ruto", "william-ruto", null)
                .quote("Kenya is committed to deploying the remaining officers to reach 2,500 police officers by "
                        + "January", "William Ruto", "william-ruto", null);
    }

    /** A later wire story: a new strength figure. */
    public static HandBuilt laterFigure(String source, String published, String sentence, String quantity,
            double value, String modifier) {
        return HandBuilt.of(sentence).source(source).withKnownEntities().published(published)
                .quantity(quantity, value, modifier, null, "officer");
    }
}
