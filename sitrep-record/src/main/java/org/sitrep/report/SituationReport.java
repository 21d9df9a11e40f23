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
 * @param version schema version of this structure (2: subjects have a type and roles, quotes a kind, a cue and
 *     every source)
 * @param subject what the report is about
 * @param asOf the date the report describes: the given "as of" date, else the latest event or publication date of
 *     its sources; null only when no source is dated
 * @param asOfBasis {@code given} or {@code latest-in-record}
 * @param current the state now: strength, targets, mandate, funding (empty for most subjects but missions)
 * @param timeline what the record holds on the subject or with it taking part (events, decisions, figures,
 *     commitments, positions), one item per fact however many sources tell it, oldest first; undated ones last
 * @param commitments targets with deadlines and where they stand
 * @param positions who supports, opposes, proposed or retracted which proposal, and when
 * @param quotes for a person, what they said; for an organization or a country, what it and its people said; for
 *     a mission, what the actors of its facts said and what names it
 * @param conflicts where sources disagree for the same period
 * @param sources every document the report draws on, newest first
 * @param copies near-duplicate copies among the sources (the same story published again), each source kept
 */
public record SituationReport(int version, Subject subject, String asOf, String asOfBasis, CurrentState current,
        List<Item> timeline, List<Commitment> commitments, List<Position> positions, List<QuoteItem> quotes,
        List<ConflictItem> conflicts, List<SourceRef> sources, List<CopyItem> copies) {

    /** The schema version written in {@link #version()}. */
    public static final int VERSION = 2;

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
        return new ReportAssembly(store).subjectOf(query);
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

    /** {@link Subject#type()} of a person. */
    public static final String PERSON = "person";
    /** {@link Subject#type()} of an organization that is not a mission. */
    public static final String ORGANIZATION = "organization";
    /** {@link Subject#type()} of a country. */
    public static final String COUNTRY = "country";
    /** {@link Subject#type()} of a mission: a force, an operation, a deployment with a mandate. */
    public static final String MISSION = "mission";
    /** {@link Subject#type()} of a place that is not a country. */
    public static final String PLACE = "place";
    /** {@link Subject#type()} of anything else (a named event, a law, a nationality). */
    public static final String OTHER = "other";

    /**
     * The subject as the store knows it.
     *
     * @param id entity id
     * @param name canonical name
     * @param type {@value #PERSON}, {@value #ORGANIZATION}, {@value #COUNTRY}, {@value #MISSION}, {@value #PLACE}
     *     or {@value #OTHER}; it decides which sections the report has
     * @param aliases other names (never a bare title such as "President": a title names whoever holds it in one
     *     document)
     * @param roles for a person, the titles the sources give them ("Prime Minister", "Chancellor"), as written
     */
    public record Subject(String id, String name, String type, List<String> aliases, List<String> roles) {
        public Subject {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
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
     * A quote, fit to republish: a direct quote's {@code text} is the speaker's exact words (shown between one pair
     * of quotation marks); reported speech is shown as reported ("Ruto said Kenya would …"), never in marks.
     *
     * @param kind {@code direct} (the words as said) or {@code indirect} (reported speech, the reporter's words)
     * @param speaker the speaker's name: a resolved person, organization or country, or a named group
     * @param speakerId the speaker's entity id, or null for a group ("diplomats")
     * @param text what was said, a verbatim substring of each source
     * @param cue the words that report it as written ("said", "told reporters", "according to"), or null
     * @param date when it was said (TimeML), or null when the text does not say; the sources have publication dates
     * @param channel where ("X", "the United Nations General Assembly"), or null
     * @param sources every document it is quoted in, oldest first
     */
    public record QuoteItem(String kind, String speaker, String speakerId, String text, String cue, String date,
            String channel, List<SourceRef> sources) {
        public QuoteItem {
            sources = List.copyOf(sources);
        }

        /** Whether the text is the speaker's own words. */
        public boolean isDirect() {
            return "direct".equals(kind);
        }

        /**
         * The quote as a reader sees it: “words” for direct speech; "Speaker said words" for reported speech
         * (the cue as written, "said" when the text gave none; "according to Speaker, words").
         */
        public String asRead() {
            if (isDirect()) {
                return "“" + text + "”";
            }
            if (cue != null && cue.toLowerCase(java.util.Locale.ROOT).startsWith("according to")) {
                return "According to " + speaker + ", " + text;
            }
            return speaker + " " + (cue == null ? "said" : finite(cue)) + " " + lowerFirstWord(text);
        }

        /** Past forms of participles a cue may be written as, where adding "ed" to the stem is wrong. */
        private static final java.util.Map<String, String> IRREGULAR_PAST = java.util.Map.of("saying", "said",
                "telling", "told", "writing", "wrote", "speaking", "spoke", "giving", "gave", "making", "made",
                "taking", "took", "thinking", "thought", "saying,", "said,");

        /** "Brazil arguing that ..." reads "Brazil argued that ...": a participle cue put in the past tense. */
        private static String finite(String cue) {
            int space = cue.indexOf(' ');
            String first = space < 0 ? cue : cue.substring(0, space);
            String rest = space < 0 ? "" : cue.substring(space);
            String lower = first.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith("ing") || lower.length() < 6) {
                return cue;
            }
            String past = IRREGULAR_PAST.getOrDefault(lower, lower.substring(0, lower.length() - 3) + "ed");
            return past + rest;
        }

        /** Words that open a sentence but not a name: lower-cased when the sentence is told as reported speech. */
        private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("A", "An", "The", "Any",
                "All", "Some", "It", "Its", "There", "This", "That", "These", "Those", "They", "We", "He", "She",
                "Our", "Their", "His", "Her", "No", "Not", "Most", "Many", "More", "If", "When", "While");

        /** "Any rate rise would…" reads "any rate rise would…" after "Gordon Brown said"; a name keeps its capital. */
        private static String lowerFirstWord(String text) {
            int space = text.indexOf(' ');
            String first = space < 0 ? text : text.substring(0, space);
            if (SENTENCE_OPENERS.contains(first)) {
                return first.toLowerCase(java.util.Locale.ROOT) + text.substring(first.length());
            }
            return text;
        }
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
