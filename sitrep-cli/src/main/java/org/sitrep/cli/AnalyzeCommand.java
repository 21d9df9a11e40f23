package org.sitrep.cli;

import org.sitrep.pipeline.standard.StandardPipeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep analyze}: analyzes documents without storing them and prints what was found. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyzes documents without storing them; prints one JSON object per document (JSON Lines) "
                + "or a readable summary. Schema: docs/analysis-schema.md.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
            description = "Files (plain text, HTML, JSON Lines, optionally .gz), directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "The publication date, overriding whatever the documents say.")
    String published;

    @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Published given = published == null ? null : Inputs.parsePublished(published);
        ReadResult read = Inputs.read(inputs, given, err);
        int failed = 0;
        if (!read.documents().isEmpty()) {
            Pipeline pipeline = StandardPipeline.create();
            ObjectMapper mapper = new ObjectMapper();
            AnalysisJson json = new AnalysisJson(mapper);
            for (Document doc : read.documents()) {
                Document analyzed;
                try {
                    analyzed = pipeline.process(doc);
                } catch (RuntimeException e) {
                    err.println(doc.source() + ": analysis failed: " + Main.describe(e));
                    err.flush();
                    failed++;
                    continue;
                }
                if (format == Format.json) {
                    out.println(json.toJson(analyzed).toString());
                } else {
                    TextSummary.print(analyzed, out);
                }
                out.flush();
            }
        }
        if (read.documents().isEmpty()) {
            return Main.SOME_FAILED;
        }
        return failed > 0 || Inputs.anyErrors(read) ? Main.SOME_FAILED : Main.OK;
    }

}
