package org.sitrep.cli;

import org.sitrep.report.JsonRenderer;
import org.sitrep.report.MarkdownRenderer;
import org.sitrep.report.SituationReport;
import org.sitrep.report.TextRenderer;

/** The forms a situation report can be printed in. */
enum ReportFormat {
    text, markdown, json;

    String render(SituationReport report) {
        return switch (this) {
            case text -> new TextRenderer().render(report);
            case markdown -> new MarkdownRenderer().render(report);
            case json -> new JsonRenderer().render(report);
        };
    }
}
