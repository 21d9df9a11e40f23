package org.sitrep.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link SituationReport} as plain text for a terminal: no line longer than the width (100 by default),
 * long lines wrapped with a hanging indent, every item followed by its sources. A date that is only the publication
 * date of its source reads "reported on" that day, never "as of" it.
 *
 * <p>Thread safety: immutable. Failure: never throws for a report, however empty.
 */
public final class TextRenderer {
    /** Columns of a terminal the report fits by default. */
    public static final int DEFAULT_WIDTH = 100;

    private final int width;

    public TextRenderer() {
        this(DEFAULT_WIDTH);
    }

    /** @param width columns, at least 40 */
    public TextRenderer(int width) {
        this.width = Math.max(40, width);
    }

    public String render(SituationReport r) {
        StringBuilder out = new StringBuilder();
        String title = "SITUATION REPORT: " + r.subject().name() + " (" + r.subject().id() + ", " + r.subject().type()
                + ")";
        line(out, title, "");
        line(out, "=".repeat(Math.min(width, title.length())), "");
        line(out, "As of " + (r.asOf() == null ? "an unknown date: no source is dated" : r.asOf() + " ("
                + r.asOfBasis().replace('-', ' ') + ")") + (r.subject().aliases().isEmpty() ? "" : "; also known as "
                        + String.join(", ", r.subject().aliases())), "");
        if (!r.subject().roles().isEmpty()) {
            line(out, "Roles as the sources give them: " + String.join(", ", r.subject().roles()), "");
        }
        if (ReportSections.isEmpty(r)) {
            out.append('\n');
            line(out, "The record holds no fact or quote on " + r.subject().name() + " yet.", "");
            return out.toString();
        }

        if (ReportSections.hasCurrentState(r)) {
            heading(out, "Current state");
            SituationReport.Strength st = r.current().strength();
            for (SituationReport.Item i : st.current()) {
                item(out, "Strength" + (st.contested() ? " (contested)" : "") + ": ", i);
            }
            for (SituationReport.Item i : st.superseded()) {
                item(out, "    · ", "superseded: ", i);
            }
            for (SituationReport.Item i : r.current().targets()) {
                item(out, "Target: ", i);
            }
            if (r.current().mandate() != null) {
                item(out, "Mandate: ", r.current().mandate());
            } else if (SituationReport.MISSION.equals(r.subject().type())) {
                line(out, "Mandate: no decision in the record", "  ");
            }
            for (SituationReport.Item i : r.current().funding()) {
                item(out, "Funding: ", i);
            }
        }

        if (!r.timeline().isEmpty()) {
            heading(out, ReportSections.timelineHeading(r));
            for (SituationReport.Item i : r.timeline()) {
                item(out, (i.date() == null ? "undated" : dateCell(i.date(), i.dateBasis())) + "  " + i.kind() + ": ",
                        i);
            }
        }

        if (!r.commitments().isEmpty()) {
            heading(out, "Commitments");
            for (SituationReport.Commitment c : r.commitments()) {
                item(out, "[" + c.status().toUpperCase(java.util.Locale.ROOT) + "] ", c.target());
                line(out, "    · " + c.explanation() + " (checked as of " + c.checkedAsOf() + ", "
                        + c.checkedAsOfBasis().replace('-', ' ') + ")", "      ");
                for (SituationReport.Item e : c.evidence()) {
                    item(out, "    · ", "evidence: ", e);
                }
            }
        }

        if (!r.positions().isEmpty()) {
            heading(out, "Positions");
            for (SituationReport.Position p : r.positions()) {
                line(out, "- " + p.proposalName() + ": " + p.actorName() + " " + p.stance()
                        + (p.viaName() == null ? "" : " (through " + p.viaName() + ")") + ", "
                        + (p.date() == null ? "date unknown" : dateCell(p.date(), p.dateBasis())) + " "
                        + sources(p.sources()), "    ");
            }
        }

        if (!r.quotes().isEmpty()) {
            heading(out, ReportSections.quotesHeading(r));
            for (SituationReport.QuoteItem q : r.quotes()) {
                String where = ReportSections.saidWhere(q);
                String who = q.isDirect() ? q.speaker() + (where.isEmpty() ? "" : ", " + where) : where;
                line(out, "- " + q.asRead() + (who.isEmpty() ? "" : " (" + who + ")") + " " + sources(q.sources()),
                        "    ");
            }
        }

        if (!r.conflicts().isEmpty()) {
            heading(out, "Conflicts between sources");
            for (SituationReport.ConflictItem c : r.conflicts()) {
                line(out, "- " + c.slot() + ", " + period(c) + ":", "    ");
                for (SituationReport.Item i : c.claims()) {
                    item(out, "    · ", "", i);
                }
            }
        }

        heading(out, "Sources");
        for (SituationReport.SourceRef s : r.sources()) {
            line(out, "- " + (s.published() == null ? "undated" : s.published()) + "  " + s.source()
                    + (s.title() == null ? "" : " — " + s.title()), "    ");
        }
        if (!r.copies().isEmpty()) {
            heading(out, "Copies (the same story published again)");
            for (SituationReport.CopyItem c : r.copies()) {
                line(out, "- " + c.source().source() + " ≈ " + c.copyOf().source()
                        + String.format(java.util.Locale.ROOT, " (similarity %.2f)", c.similarity()), "    ");
            }
        }
        return out.toString();
    }

    private void heading(StringBuilder out, String h) {
        out.append('\n');
        line(out, h, "");
        line(out, "-".repeat(h.length()), "");
    }

    private void item(StringBuilder out, String lead, SituationReport.Item i) {
        item(out, "- ", lead, i);
    }

    private void item(StringBuilder out, String bullet, String lead, SituationReport.Item i) {
        String indent = " ".repeat(bullet.length() + 2);
        line(out, bullet + lead + i.summary() + (i.date() == null || lead.contains(i.date()) ? "" : ", "
                + dated(i.date(), i.dateBasis())) + " " + sources(i.sources()), indent);
    }

    /**
     * A fact's date in words: "as of 2025-03-01" for a date the text states, "reported on 2025-03-01" for one that is
     * only the publication date of its source.
     */
    static String dated(String date, String dateBasis) {
        return (SituationReport.REPORTED.equals(dateBasis) ? "reported on " : "as of ") + date;
    }

    /** A fact's date where a column or lead shows dates: the date, or "reported on" it when only published then. */
    static String dateCell(String date, String dateBasis) {
        return SituationReport.REPORTED.equals(dateBasis) ? "reported on " + date : date;
    }

    /** The period sources disagree on: "as of 2025-03-01", or "reported in 2025-03" when each side only reports. */
    static String period(SituationReport.ConflictItem c) {
        if (!SituationReport.REPORTED.equals(c.dateBasis())) {
            return "as of " + c.asOf();
        }
        return (c.asOf() != null && c.asOf().length() == 7 ? "reported in " : "reported on ") + c.asOf();
    }

    static String sources(List<SituationReport.SourceRef> sources) {
        List<String> parts = new ArrayList<>();
        for (SituationReport.SourceRef s : sources) {
            parts.add(s.source() + (s.published() == null ? "" : ", " + s.published()));
        }
        return "[" + String.join("; ", parts) + "]";
    }

    /** Appends {@code text} wrapped at the width, continuation lines indented by {@code indent}. */
    private void line(StringBuilder out, String text, String indent) {
        for (String l : wrap(text, width, indent)) {
            out.append(l).append('\n');
        }
    }

    /** Word-wraps {@code text} to {@code width} columns; words longer than a line are cut. */
    static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        String flat = text.replace('\r', ' ').replace('\n', ' ');
        int lead = 0;
        while (lead < flat.length() && flat.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder cur = new StringBuilder(flat.substring(0, Math.min(lead, width / 2)));
        boolean fresh = true;
        for (String token : flat.substring(lead).split(" +")) {
            String word = token;
            while (!word.isEmpty()) {
                int need = fresh ? word.length() : word.length() + 1;
                if (cur.length() + need <= width) {
                    if (!fresh) {
                        cur.append(' ');
                    }
                    cur.append(word);
                    fresh = false;
                    break;
                }
                boolean neverFits = word.length() > width - indent.length();
                if (!fresh && !(neverFits && cur.length() + 2 < width)) {
                    lines.add(cur.toString());
                    cur = new StringBuilder(indent);
                    fresh = true;
                    continue;
                }
                if (!fresh) {
                    cur.append(' ');
                }
                int room = width - cur.length();
                cur.append(word, 0, room);
                lines.add(cur.toString());
                cur = new StringBuilder(indent);
                fresh = true;
                word = word.substring(room);
            }
        }
        if (!fresh || lines.isEmpty()) {
            lines.add(cur.toString().stripTrailing());
        }
        return lines;
    }
}
