package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same story published by two sites is linked as a copy; the report keeps both sources and names the copy. */
class CopiesTest {
    @TempDir
    Path dir;

    static final String ORIGINAL = "Security Council extends Haiti mission for another year\n"
            + "The UN Security Council unanimously voted on Monday, September 30, 2024, to extend the Multinational "
            + "Security Support Mission in Haiti for one year, until October 2, 2025.\n"
            + "The United States and Ecuador drafted the resolution, which gives the Haitian National Police more "
            + "time to confront the armed gangs that control much of the capital, Port-au-Prince.\n"
            + "The mission, led by Kenya, has about 400 police officers in Haiti and is paid for by voluntary "
            + "contributions from member states.\n";

    static final String COPY = "Haiti mission extended by a year at the UN\n"
            + "The mission, led by Kenya, has about 400 police officers in Haiti and is paid for by voluntary "
            + "contributions from member states.\n"
            + "The UN Security Council unanimously voted on Monday, September 30, 2024, to extend the Multinational "
            + "Security Support Mission in Haiti for one year, until October 2, 2025.\n"
            + "The United States and Ecuador drafted the resolution, which gives the Haitian National Police more "
            + "time to confront the armed gangs that control much of the capital, Port-au-Prince.\n"
            + "Follow our coverage of the Caribbean for more.\n";

    @Test
    void aRepublishedStoryIsLinkedAndBothSourcesStay() throws Exception {
        Path a = dir.resolve("wire.txt");
        Path b = dir.resolve("reprint.txt");
        Files.writeString(a, ORIGINAL);
        Files.writeString(b, COPY);
        Path db = dir.resolve("copies.db");
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", "--db", db.toString(),
                "--published", "2024-10-01", a.toString(), b.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("ingested 2 new");

        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "report", "MSS", "--db",
                db.toString())).isZero();
        assertThat(out.toString()).contains("wire.txt").contains("reprint.txt").contains("Copies");
    }
}
