package org.sitrep.cli;

import org.sitrep.pipeline.standard.StandardPipeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.annotate.corenlp.eval.NerEvaluation;
import org.sitrep.annotate.corenlp.eval.NerEvaluationResult;
import org.sitrep.annotate.corenlp.eval.NerScores;
import org.sitrep.annotate.corenlp.eval.Prf;
import org.sitrep.annotate.quote.eval.QuoteEvaluation;
import org.sitrep.annotate.quote.eval.QuoteEvaluationResult;
import org.sitrep.annotate.time.eval.TimexEvaluation;
import org.sitrep.annotate.time.eval.TimexEvaluationResult;
import org.sitrep.cli.eval.FactEvaluation;
import org.sitrep.cli.eval.FactEvaluationResult;
import org.sitrep.cli.eval.PubDateEvaluation;
import org.sitrep.cli.eval.PubDateEvaluationResult;
import org.sitrep.cli.eval.TitleEvaluation;
import org.sitrep.cli.eval.TitleEvaluationResult;
import org.sitrep.read.eval.ExtractionEvaluation;
import org.sitrep.read.eval.ExtractionEvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: scores a stage against an evaluation set, beside its peer, in the same run. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a stage on an evaluation set, and its peer on the same documents in the same run.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Timex.class, EvalCommand.Quotes.class, EvalCommand.Extract.class,
                EvalCommand.PubDate.class, EvalCommand.Facts.class,
                EvalCommand.Titles.class})
final class EvalCommand {
    enum Format { text, json }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The options every evaluation takes. */
    static final class Options {
        @Option(names = "--data", required = true, paramLabel = "PATH",
                description = "The evaluation set: a file or folder in the layout the command names.")
        Path data;

        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        Format format;
    }

    /** Runs an evaluation on {@code data} and prints its result as JSON or text; a wrong layout is one line. */
    private static <R> int evaluate(CommandSpec spec, Options options, Callable<R> evaluation,
            Function<R, String> json, Function<R, String> text) throws Exception {
        Path data = options.data;
        if (missing(spec, data)) {
            return Main.FATAL;
        }
        R result;
        try {
            result = evaluation.call();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(data + ": " + Main.describe(e));
            return Main.FATAL;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(options.format == Format.json ? json.apply(result) : text.apply(result));
        out.flush();
        return Main.OK;
    }

    private static boolean missing(CommandSpec spec, Path data) {
        if (!Files.exists(data)) {
            spec.commandLine().getErr().println(data + ": no such file or directory");
            return true;
        }
        return false;
    }

    /** {@code sitrep eval ner}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Entity-level precision, recall and F1 as conlleval computes them, overall and per type, on "
                    + "a CoNLL-2003 file (plain or gzipped), for our pipeline and CoreNLP's stock CRF.")
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Options options;

        @Option(names = "--limit", defaultValue = "0", description = "Score only the first N sentences (0: all).")
        int limit;

        @Override
        public Integer call() throws Exception {
            return evaluate(spec, options, () -> NerEvaluation.run(options.data, limit), Ner::json, Ner::text);
        }

        private static String json(NerEvaluationResult r) {
            ObjectNode o = MAPPER.createObjectNode();
            o.set("ours", prf(r.ours()));
            o.set("corenlp", prf(r.corenlp()));
            o.put("sentences", r.sentences());
            return o.toString();
        }

        private static String text(NerEvaluationResult r) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("sentences: %d%n", r.sentences()));
            out.append(String.format("%-10s %-8s %9s %9s %9s%n", "system", "type", "precision", "recall", "F1"));
            row(out, "sitrep", r.ours());
            row(out, "corenlp", r.corenlp());
            return out.toString().stripTrailing();
        }

        private static ObjectNode prf(NerScores s) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("precision", s.precision());
            n.put("recall", s.recall());
            n.put("f1", s.f1());
            ObjectNode per = n.putObject("per_type");
            for (Map.Entry<String, Prf> e : s.perType().entrySet()) {
                ObjectNode t = per.putObject(e.getKey());
                t.put("precision", e.getValue().precision());
                t.put("recall", e.getValue().recall());
                t.put("f1", e.getValue().f1());
            }
            return n;
        }

        private static void row(StringBuilder out, String system, NerScores s) {
            out.append(String.format("%-10s %-8s %9.4f %9.4f %9.4f%n", system, "ALL", s.precision(), s.recall(), s.f1()));
            for (Map.Entry<String, Prf> e : s.perType().entrySet()) {
                out.append(String.format("%-10s %-8s %9.4f %9.4f %9.4f%n", "", e.getKey(), e.getValue().precision(),
                        e.getValue().recall(), e.getValue().f1()));
            }
        }
    }

    /** {@code sitrep eval timex}. */
    @Command(name = "timex", mixinStandardHelpOptions = true,
            description = "TempEval-3 figures (micro-averaged strict and relaxed span P/R/F1, type accuracy, value F1 and "
                    + "accuracy) on every TimeML .tml file under DIR, each against its own DCT, for ours and SUTime.")
    static final class Timex implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Options options;

        @Option(names = "--no-peer", description = "Skip SUTime.")
        boolean noPeer;

        @Override
        public Integer call() throws Exception {
            return evaluate(spec, options, () -> TimexEvaluation.run(options.data, !noPeer), Timex::json, Timex::text);
        }

        private static String json(TimexEvaluationResult r) {
            return MAPPER.valueToTree(r).toString();
        }

        private static String text(TimexEvaluationResult r) {
            StringBuilder problems = new StringBuilder();
            r.problems().forEach(p -> problems.append("\n").append(p));
            return String.format("documents: %d, gold timexes: %d%n", r.documents(), r.timexes()) + "sitrep: "
                    + r.ours().describe() + (r.sutime() == null ? "" : "\nsutime: " + r.sutime().describe())
                    + problems;
        }
    }

    /** {@code sitrep eval quotes}. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Content, cue and source span P/R/F1 (exact and overlap) and attribution accuracy, direct "
                    + "and indirect, on a PolNeAR compartment (DIR with text/ and attributions/), for ours and "
                    + "CoreNLP's quote annotator with attribution.")
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Options options;

        @Option(names = "--limit", defaultValue = "0", description = "Score only the first N articles (0: all).")
        int limit;

        @Override
        public Integer call() throws Exception {
            return evaluate(spec, options, () -> QuoteEvaluation.run(options.data, limit), QuoteEvaluationResult::toJson,
                    QuoteEvaluationResult::toText);
        }
    }

    /** {@code sitrep eval extract}. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Scores article extraction on DIR, either the trafilatura evaluation set (must-contain and "
                    + "must-not-contain segments; English and all pages) or a ground-truth.json with html/<id>.html.gz "
                    + "(word 4-gram shingles, as the article-extraction benchmark scores them), for ours and "
                    + "Readability4J on the same pages.")
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            return evaluate(spec, options, () -> ExtractionEvaluation.run(options.data), ExtractionEvaluationResult::toJson,
                    ExtractionEvaluationResult::toText);
        }
    }

    /** {@code sitrep eval pubdate}. */
    @Command(name = "pubdate", mixinStandardHelpOptions = true,
            description = "Publication-date accuracy on the trafilatura evaluation set against the gold date of its "
                    + "metadata: with the page's metadata, and with the visible text only.")
    static final class PubDate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            return evaluate(spec, options, () -> PubDateEvaluation.run(options.data), r -> r.toJson().toString(),
                    PubDateEvaluationResult::toText);
        }
    }

    /** {@code sitrep eval titles}. */
    @Command(name = "titles", mixinStandardHelpOptions = true,
            description = "How often the title taken from a plain-text scrape is the page's headline: on the "
                    + "trafilatura evaluation set (each page's visible text, metadata stripped, against its gold title; "
                    + "all and English pages) or on scrapes with title: headers (docs/NNN.txt, as peaceops), for "
                    + "Sitrep and for the first non-blank line.")
    static final class Titles implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Options options;

        @Option(names = "--errors", description = "Also print each page whose title is not its headline.")
        boolean errors;

        @Override
        public Integer call() throws Exception {
            return evaluate(spec, options, () -> TitleEvaluation.run(options.data), r -> r.toJson().toString(),
                    (TitleEvaluationResult r) -> r.toText(errors));
        }
    }

    /** {@code sitrep eval facts}. */
    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = "Scores the facts of each article of a peaceops set (DIR with docs/, gold/ and missions.json) "
                    + "against its gold facts, as the set's README defines the scoring: per kind and overall gold, "
                    + "predicted, precision, recall, F1, and each slot's accuracy over matched facts.")
    static final class Facts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Options options;

        @Option(names = "--errors", description = "Also print every false positive, miss and wrong slot, with its "
                + "evidence sentence.")
        boolean errors;

        @Option(names = "--dates", defaultValue = "given", description = "given (each article gets its published "
                + "date, as a user with the page's metadata) or inferred (Sitrep infers it). Default: ${DEFAULT-VALUE}.")
        String dates;

        @Override
        public Integer call() throws Exception {
            FactEvaluation.Dates mode;
            switch (dates) {
                case "given" -> mode = FactEvaluation.Dates.GIVEN;
                case "inferred" -> mode = FactEvaluation.Dates.INFERRED;
                default -> {
                    spec.commandLine().getErr().println("--dates: expected given or inferred, was " + dates);
                    return Main.USAGE;
                }
            }
            PrintWriter err = spec.commandLine().getErr();
            int[] unreadable = {0};
            int code = evaluate(spec, options, () -> FactEvaluation.run(options.data, mode, StandardPipeline.create(),
                    line -> {
                        unreadable[0]++;
                        err.println(line);
                        err.flush();
                    }), r -> r.toJson().toString(), (FactEvaluationResult r) -> r.toText(errors));
            // an article that could not be read is scored as all misses, and the run says some inputs failed
            return code == Main.OK && unreadable[0] > 0 ? Main.SOME_FAILED : code;
        }
    }
}
