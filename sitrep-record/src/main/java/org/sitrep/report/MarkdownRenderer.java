package org.sitrep.report;


/**
 * Renders a {@link SituationReport} as GitHub-flavoured Markdown: headings, tables for the timeline, commitments,
 * positions, conflicts and sources, a list for quotes. A date that is only the publication date of its source reads
 * "reported on" that day. Pipes and line breaks inside cells are escaped.
 *
 * <p>Thread safety: stateless. Failure: never throws for a report, however empty.
 */
public final class MarkdownRenderer {

    public String render(SituationReport r) {
        StringBuilder out = new StringBuilder();
        out.append("# Situation report: ").append(esc(r.subject().name())).append("\n\n");
        out.append("Subject id `").append(r.subject().id()).append("`, a ").append(r.subject().type());
        if (!r.subject().aliases().isEmpty()) {
            out.append(", also known as ").append(esc(String.join(", ", r.subject().aliases())));
        }
        out.append(". As of ").append(r.asOf() == null ? "an unknown date: no source is dated" : r.asOf() + " ("
                + r.asOfBasis().replace('-', ' ') + ")").append(".\n\n");
        if (!r.subject().roles().isEmpty()) {
            out.append("Roles as the sources give them: ").append(esc(String.join(", ", r.subject().roles())))
                    .append(".\n\n");
        }
        if (ReportSections.isEmpty(r)) {
            out.append("The record holds no fact or quote on ").append(esc(r.subject().name())).append(" yet.\n");
            return out.toString();
        }

        if (ReportSections.hasCurrentState(r)) {
            out.append("## Current state\n\n| | value | date | sources |\n|---|---|---|---|\n");
            SituationReport.Strength st = r.current().strength();
            for (SituationReport.Item i : st.current()) {
                row(out, st.contested() ? "Strength (contested)" : "Strength", i);
            }
            for (SituationReport.Item i : st.superseded()) {
                row(out, "Strength (superseded)", i);
            }
            for (SituationReport.Item i : r.current().targets()) {
                row(out, "Target", i);
            }
            if (r.current().mandate() != null) {
                row(out, "Mandate", r.current().mandate());
            }
            for (SituationReport.Item i : r.current().funding()) {
                row(out, "Funding", i);
            }
            out.append('\n');
        }

        if (!r.timeline().isEmpty()) {
            out.append("## ").append(esc(ReportSections.timelineHeading(r)))
                    .append("\n\n| date | kind | what | sources |\n|---|---|---|---|\n");
            for (SituationReport.Item i : r.timeline()) {
                out.append("| ").append(i.date() == null ? "undated" : TextRenderer.dateCell(i.date(), i.dateBasis()))
                        .append(" | ").append(i.kind())
                        .append(" | ").append(esc(i.summary())).append(" | ")
                        .append(esc(TextRenderer.sources(i.sources()))).append(" |\n");
            }
            out.append('\n');
        }

        if (!r.commitments().isEmpty()) {
            out.append("## Commitments\n\n| commitment | due | status | why | sources |\n|---|---|---|---|---|\n");
            for (SituationReport.Commitment c : r.commitments()) {
                out.append("| ").append(esc(c.target().summary())).append(" | ").append(c.due()).append(" | **")
                        .append(c.status()).append("** | ").append(esc(c.explanation() + " (checked as of "
                                + c.checkedAsOf() + ", " + c.checkedAsOfBasis().replace('-', ' ') + ")"))
                        .append(" | ").append(esc(TextRenderer.sources(c.target().sources()))).append(" |\n");
            }
            out.append('\n');
        }

        if (!r.positions().isEmpty()) {
            out.append("## Positions\n\n| proposal | actor | stance | date | through | sources |\n"
                    + "|---|---|---|---|---|---|\n");
            for (SituationReport.Position p : r.positions()) {
                out.append("| ").append(esc(p.proposalName())).append(" | ").append(esc(p.actorName())).append(" | ")
                        .append(p.stance()).append(" | ")
                        .append(p.date() == null ? "unknown" : TextRenderer.dateCell(p.date(), p.dateBasis()))
                        .append(" | ").append(p.viaName() == null ? "" : esc(p.viaName())).append(" | ")
                        .append(esc(TextRenderer.sources(p.sources()))).append(" |\n");
            }
            out.append('\n');
        }

        if (!r.quotes().isEmpty()) {
            out.append("## ").append(esc(ReportSections.quotesHeading(r))).append("\n\n");
            for (SituationReport.QuoteItem q : r.quotes()) {
                out.append("- ").append(esc(q.asRead()));
                if (q.isDirect()) {
                    out.append(" — ").append(esc(q.speaker()));
                }
                String where = ReportSections.saidWhere(q);
                out.append(where.isEmpty() ? "" : ", " + esc(where)).append(" ")
                        .append(esc(TextRenderer.sources(q.sources()))).append('\n');
            }
            out.append('\n');
        }

        if (!r.conflicts().isEmpty()) {
            out.append("## Conflicts between sources\n\n");
            out.append("| what | period | value | date | sources |\n|---|---|---|---|---|\n");
            for (SituationReport.ConflictItem c : r.conflicts()) {
                for (SituationReport.Item i : c.claims()) {
                    out.append("| ").append(esc(c.slot())).append(" | ").append(TextRenderer.period(c)).append(" | ")
                            .append(esc(i.value())).append(" | ")
                            .append(i.date() == null ? "unknown" : TextRenderer.dateCell(i.date(), i.dateBasis()))
                            .append(" | ").append(esc(TextRenderer.sources(i.sources()))).append(" |\n");
                }
            }
            out.append('\n');
        }

        out.append("## Sources\n\n| published | source | title |\n|---|---|---|\n");
        for (SituationReport.SourceRef s : r.sources()) {
            out.append("| ").append(s.published() == null ? "undated" : s.published()).append(" | ")
                    .append(esc(s.source())).append(" | ").append(s.title() == null ? "" : esc(s.title()))
                    .append(" |\n");
        }
        if (!r.copies().isEmpty()) {
            out.append("\n## Copies\n\n| source | copy of | similarity |\n|---|---|---|\n");
            for (SituationReport.CopyItem c : r.copies()) {
                out.append("| ").append(esc(c.source().source())).append(" | ").append(esc(c.copyOf().source()))
                        .append(" | ").append(String.format(java.util.Locale.ROOT, "%.2f", c.similarity())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, SituationReport.Item i) {
        out.append("| ").append(label).append(" | ").append(esc(i.summary())).append(" | ")
                .append(i.date() == null ? "unknown" : TextRenderer.dateCell(i.date(), i.dateBasis())).append(" | ")
                .append(esc(TextRenderer.sources(i.sources()))).append(" |\n");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
