package org.sitrep.report;

import java.util.List;
import java.util.Map;
import org.sitrep.store.Store;

/**
 * The situation report on one subject, as data: what holds now, what happened when, the commitments and whether
 * they were kept, who stands where on a proposal, what was said, where sources disagree, and the sources. Every
 * item carries its sources (document source and publication date).
 *
 * <p>Build one with {@link #from(Store, String)}; render it with {@link TextRenderer}, {@link MarkdownRenderer}
 * or {@link JsonRenderer}. The JSON has exactly these record components as field names (documented on each
 * record); {@code version} changes when a field changes meaning.
 *
 * <p>Thread safety: immutable.
 *
 * @param version schema version of this structure (1)
 * @param subject what the report is about
 * @param asOf the date the report describes: the given "as of" date or the latest date in the record, or null
 * @param asOfBasis {@code given} or {@code latest-in-record}
 * @param current the state now: strength, targets, mandate, funding
 * @param timeline dated items, oldest first; undated ones last
 * @param commitments targets with deadlines and where they stand
 * @param positions who supports, opposes, proposed or retracted which proposal, and when
 * @param quotes what the subject's actors said
 * @param conflicts where sources disagree for the same period
 * @param sources every document the report draws on, newest first
 * @param copies near-duplicate copies among the sources (the same story published again), each source kept
 */
public record SituationReport(int version, Subject subject, String asOf, String asOfBasis, CurrentState current,
        List<Item> timeline, List<Commitment> commitments, List<Position> positions, List<QuoteItem> quotes,
        List<ConflictItem> conflicts, List<SourceRef> sources, List<CopyItem> copies) {

    /** The schema version written in {@link #version()}. */
    public static final int VERSION = 1;

    /**
     * The report on {@code subject} (an entity name, id or alias, any case) from what {@code store} holds, as of the
     * latest date in the record.
     *
     * @throws UnknownSubjectException when no entity has that name, listing close matches
     * @throws org.sitrep.store.StoreException when the store cannot be read
     */
    public static SituationReport from(Store store, String subject) {
        return new ReportAssembly(store).assemble(subject, null);
    }

    /**
     * The report on {@code subject} as the record stood on {@code asOf} (ISO date): later facts are left out, and
     * deadlines are checked against that date.
     *
     * @throws UnknownSubjectException when no entity has that name, listing close matches
     */
    public static SituationReport from(Store store, String subject, String asOf) {
        return new ReportAssembly(store).assemble(subject, asOf);
    }

    /**
     * The stored entity a name, id or alias (any case) stands for.
     *
     * @throws UnknownSubjectException when none does, listing close matches
     */
    public static Subject expectSubject(Store store, String query) {
        org.sitrep.store.StoredEntity e = new ReportAssembly(store).resolve(query);
        return new Subject(e.id(), e.name(), e.aliases());
    }

    public SituationReport {
        timeline = List.copyOf(timeline);
        commitments = List.copyOf(commitments);
        positions = List.copyOf(positions);
        quotes = List.copyOf(quotes);
        conflicts = List.copyOf(conflicts);
        sources = List.copyOf(sources);
        copies = List.copyOf(copies);
    }

    /**
     * One source that is a near-duplicate copy of another stored document.
     *
     * @param source the source in the report
     * @param copyOf the other document, as stored
     * @param similarity estimated Jaccard similarity of their word shingles, 0 to 1
     */
    public record CopyItem(SourceRef source, SourceRef copyOf, double similarity) {
    }

    /**
     * The subject as the store knows it.
     *
     * @param id entity id
     * @param name canonical name
     * @param aliases other names
     */
    public record Subject(String id, String name, List<String> aliases) {
        public Subject {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A document a report item comes from.
     *
     * @param documentId content hash
     * @param source path or URL
     * @param title title, or null
     * @param published publication date, or null when unknown
     */
    public record SourceRef(String documentId, String source, String title, String published) {
    }

    /** {@link Item#dateBasis()} of a date the text states (a date in the sentence, or "now" in it). */
    public static final String STATED = "stated";
    /** {@link Item#dateBasis()} of a date that is only the source's publication date: "reported on" that day. */
    public static final String REPORTED = "reported";

    /**
     * One fact as the report shows it.
     *
     * @param date when it holds or happened (TimeML date), or null when unknown
     * @param dateBasis what the date is: {@value #STATED} when the text states it, {@value #REPORTED} when it is
     *     only the publication date of the source (the fact holds "as reported on" that day, not as of an event
     *     date); null when the date is unknown
     * @param kind fact kind: strength, target, mandate, funding, event, position
     * @param predicate the fact's predicate ("strength", "extend", "call", "pledged")
     * @param value the value
     * @param summary one readable line saying it
     * @param details the fact's qualifiers
     * @param evidence the sentence it was read from (of its most confident source)
     * @param sources every source that reported it
     */
    public record Item(String date, String dateBasis, String kind, String predicate, String value, String summary,
            Map<String, String> details, String evidence, List<SourceRef> sources) {
        public Item {
            details = Map.copyOf(details);
            sources = List.copyOf(sources);
        }
    }

    /**
     * The subject's strength.
     *
     * @param current the latest figures: one, or several when sources disagree on the latest period
     * @param contested whether sources disagree on the latest figure
     * @param superseded earlier figures the current ones replaced, newest first
     */
    public record Strength(List<Item> current, boolean contested, List<Item> superseded) {
        public Strength {
            current = List.copyOf(current);
            superseded = List.copyOf(superseded);
        }
    }

    /**
     * The state now.
     *
     * @param strength the latest strength figures with their history
     * @param targets the latest target of each kind, with deadline and who committed to it
     * @param mandate the latest mandate decision (until when, by whom, the vote), or null
     * @param funding the latest funding facts (pledges, receipts, how it is funded)
     */
    public record CurrentState(Strength strength, List<Item> targets, Item mandate, List<Item> funding) {
        public CurrentState {
            targets = List.copyOf(targets);
            funding = List.copyOf(funding);
        }
    }

    /**
     * A commitment checked against the record.
     *
     * @param target the target (its details hold due, committedBy, via)
     * @param due the deadline
     * @param status {@code met}, {@code not-met}, {@code unknown} or {@code pending}
     * @param checkedAsOf the date it was checked as of
     * @param checkedAsOfBasis {@code given} or {@code latest-in-record}
     * @param explanation why, in one sentence
     * @param evidence the figures it was checked against
     */
    public record Commitment(Item target, String due, String status, String checkedAsOf, String checkedAsOfBasis,
            String explanation, List<Item> evidence) {
        public Commitment {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * An actor's position on a proposal at a date.
     *
     * @param actor entity id
     * @param actorName its name
     * @param proposal proposal id ({@code un-peacekeeping})
     * @param proposalName the proposal as a reader would name it ("a UN peacekeeping operation")
     * @param stance {@code support}, {@code oppose}, {@code propose} or {@code retract}
     * @param date when, or null when unknown
     * @param dateBasis {@value #STATED} or {@value #REPORTED} (the date is only the publication date), as in
     *     {@link Item#dateBasis()}; null when the date is unknown
     * @param via the entity id of the person who spoke for the actor, or null
     * @param viaName that person's name, or null
     * @param evidence the sentence
     * @param sources every source that reported it
     */
    public record Position(String actor, String actorName, String proposal, String proposalName, String stance,
            String date, String dateBasis, String via, String viaName, String evidence, List<SourceRef> sources) {
        public Position {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A quote.
     *
     * @param speaker the speaker's name
     * @param speakerId the speaker's entity id, or null
     * @param text what was said
     * @param date when it was said (TimeML), or null when the text does not say; the source has the publication date
     * @param channel where ("X", "the United Nations General Assembly"), or null
     * @param source the document it is from
     */
    public record QuoteItem(String speaker, String speakerId, String text, String date, String channel,
            SourceRef source) {
    }

    /**
     * Sources disagreeing.
     *
     * @param slot what they disagree on ({@code mss strength personnel})
     * @param asOf the period: the date all sides give, else the month they share ({@code 2024-08})
     * @param dateBasis {@value #REPORTED} when every side is dated only by its publication (the sources disagree on
     *     the figure they report that month), else {@value #STATED}
     * @param claims each differing value with its own date, date basis and sources
     */
    public record ConflictItem(String slot, String asOf, String dateBasis, List<Item> claims) {
        public ConflictItem {
            claims = List.copyOf(claims);
        }
    }
}
