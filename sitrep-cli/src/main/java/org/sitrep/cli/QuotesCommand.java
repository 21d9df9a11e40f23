package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.report.SituationReport;
import org.sitrep.report.UnknownSubjectException;
import org.sitrep.store.Page;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep quotes}: what was said, by whom, when and where, with sources. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Lists stored quotes, oldest first, each with its speaker, date, channel and source.")
final class QuotesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only this speaker: a name, an alias (\"Ruto\") or an entity id.")
    String speaker;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest date.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest date.")
    String to;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.date("--from", from);
        Inputs.date("--to", to);
        if (!store.exists(err)) {
            return Main.FATAL;
        }
        try (Store s = Stores.open(store)) {
            String who = speaker == null ? null : resolve(s, speaker);
            List<StoredQuote> quotes = s.quotes(new QuoteQuery(who, from, to, Page.first(Math.max(1, Math.min(limit, 10_000)))));
            ObjectMapper mapper = new ObjectMapper();
            for (StoredQuote q : quotes) {
                if (format == Format.json) {
                    ObjectNode n = mapper.createObjectNode();
                    n.put("speaker", q.quote().speaker() == null ? null : q.quote().speaker().name());
                    n.put("speakerId", q.quote().speaker() == null ? null : q.quote().speaker().entityId());
                    n.put("kind", q.quote().kind());
                    n.put("text", q.text());
                    n.put("date", q.quote().date());
                    n.put("channel", q.quote().channel());
                    n.put("documentId", q.provenance().documentId());
                    n.put("source", q.provenance().source());
                    n.put("start", q.quote().start());
                    n.put("end", q.quote().end());
                    out.println(n.toString());
                } else {
                    out.println((q.quote().date() == null ? "undated" : q.quote().date()) + "  "
                            + (q.quote().speaker() == null ? "?" : q.quote().speaker().name())
                            + (q.quote().channel() == null ? "" : " (" + q.quote().channel() + ")") + ", "
                            + q.quote().kind() + ":");
                    out.println("    " + TextSummary.abbreviate(q.text(), 300));
                    out.println("    -- " + q.provenance().source());
                }
            }
            if (quotes.isEmpty()) {
                err.println("no quotes" + (speaker == null ? "" : " by '" + speaker + "'"));
            }
            out.flush();
            return Main.OK;
        }
    }

    /** The entity id whose id, name or alias is {@code name}; else {@code name} itself, matched by the store. */
    static String resolve(Store store, String name) {
        try {
            return SituationReport.expectSubject(store, name).id();
        } catch (UnknownSubjectException e) {
            return name;
        }
    }
}
