package org.sitrep.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;

/**
 * Positions read from the clause that states them, on any proposal about a mission or the use of forces: who
 * (the subject of a stance verb, or the agent of its passive), stands how (support, oppose, propose, retract), on
 * what (the verb's object, up to the end of its clause). "Poland and Spain are to send soldiers to the force" is
 * both countries supporting "send soldiers to the force"; "Germany will not be sending troops" is Germany opposing
 * "sending troops"; "The plan was approved by the president" is the president supporting "the plan".
 *
 * <p>Negation turns support into opposition and drops the other stances ("did not propose" states no proposal). A
 * subject "we" or "I" is the speaker of the quote it stands in, else the document's own voice (the country that the
 * statement's heading names, for a government's statement). A proposal named as "this resolution" or "the mission"
 * is written out as the document names it ("the resolution renewing the mandate of ..."). Only proposals that concern
 * a mission or the use of forces are kept, so that the record's positions stay on its subjects.
 *
 * <p>Sentences that name a proposal the {@link Proposals} stage knows ("a UN peacekeeping operation") are left to
 * {@link PositionRules}.
 */
final class StanceRules implements FactRule {

    private enum Side { SUBJECT, AGENT, PREDICATE, WITH_LIST }

    private record Cue(int start, int end, String stance, Side side) {
    }

    private static final Object[][] CUES = {
        // passive: the proposal is the subject, the actor the agent
        {"(?:was|were|has been|have been|had been|is|are|being)\\s+(?:\\w+ly\\s+)?(approved|backed|endorsed|supported|"
            + "welcomed|favou?red)\\s+by", "support", Side.AGENT},
        {"(?:was|were|has been|have been|had been|is|are|being)\\s+(?:\\w+ly\\s+)?(?:proposed|recommended|requested|"
            + "suggested|sought|called for)\\s+by", "propose", Side.AGENT},
        {"(?:was|were|has been|have been|had been|is|are|being)\\s+(?:\\w+ly\\s+)?(?:opposed|rejected|blocked|vetoed|"
            + "criticized|criticised)\\s+by", "oppose", Side.AGENT},
        {"(?:at|following|after|in response to)\\s+(?:the\\s+)?(?:request|requests|call|calls)\\s+(?:of|from)",
            "propose", Side.AGENT},
        // active: the actor is the subject
        {"(?:underscored|emphasi[sz]ed|stressed|highlighted|reiterated)\\s+(?:the\\s+)?(?:[\\w.’']+\\s+){0,6}?"
            + "(?:need|importance|expectation|urgency)\\s+(?:for|of|to|that)", "support", Side.SUBJECT},
        {"(?:voted|vote|votes|voting)\\s+in\\s+favou?r\\s+of|joined\\s+consensus\\s+in\\s+support\\s+of|"
            + "(?:reiterate[sd]?|reaffirm(?:s|ed)?|express(?:es|ed)?|voiced|declared|underscored|signal(?:l)?ed)\\s+"
            + "(?:its\\s+|their\\s+|our\\s+|his\\s+|her\\s+)?(?:\\w+\\s+){0,2}?(?:support\\s+for|commitment\\s+to)|"
            + "(?:reiterate[sd]?|reaffirm(?:s|ed)?|express(?:es|ed)?|underscored)\\s+(?:the\\s+)?[\\w.]+(?:\\s+[\\w.]+)?"
            + "(?:['’]s?)\\s+(?:\\w+\\s+)?(?:support\\s+for|commitment\\s+to)|"
            + "(?:remain|remains|is|are|was|were)\\s+(?:\\w+ly\\s+)?committed\\s+to|committed\\s+(?:itself|themselves)\\s+to|"
            + "responded\\s+positively\\s+to|confirmed\\s+the\\s+possibility\\s+of|"
            + "(?:support(?:s|ed)?|back(?:s|ed)?|endors(?:e|es|ed)|welcom(?:e|es|ed)|favou?r(?:s|ed)?|approv(?:e|es|ed))"
            + "(?!\\s+(?:by|away|down|off|for)\\b)|"
            + "(?:agreed|pledged|offered|promised|decided|volunteered|stepp(?:ed|ing)\\s+up)\\s+to\\s+(?:send|join|"
            + "contribute|deploy|provide|lead|participate|serve)|"
            + "(?:is|are|was|were)\\s+to\\s+(?:send|deploy|contribute|join)|will\\s+(?:send|deploy|contribute|join|"
            + "participate)|pledg(?:ed|ing)\\s+(?:personnel|troops|police|forces|officers|soldiers|support)|"
            + "(?:were|was)\\s+able\\s+to\\s+adopt|"
            // "we regret that the Council did not include X": the speaker wanted X
            + "regret(?:s|ted)?\\s+that\\s+[^.;:,]{1,60}?\\s(?:did|could|would)\\s+not\\s+(?:include|adopt|"
            + "authori[sz]e|extend|provide|add)",
            "support", Side.SUBJECT},
        {"oppos(?:e|es|ed)|reject(?:s|ed)?|object(?:s|ed)?\\s+to|block(?:s|ed)?|veto(?:es|ed)?|"
            + "criticiz(?:e|es|ed)|criticis(?:e|es|ed)|(?:did|does|do)\\s+not\\s+(?:want|support|back|favou?r|agree\\s+to)|"
            + "(?:will|would)\\s+not\\s+(?:be\\s+)?(?:send|sending|deploy|deploying|contribute|contributing|join|joining)|"
            + "(?:has|have|had)\\s+no\\s+(?:plans?|intention)\\s+to|regret(?:s|ted)?(?!\\s+that)",
            "oppose", Side.SUBJECT},
        {"(?:manifested|expressed|signal(?:l)?ed|voiced|declared|shown|showed)\\s+(?:the\\s+|its\\s+|their\\s+|an\\s+)?"
            + "(?:\\w+\\s+)?interest\\s+in", "propose", Side.SUBJECT},
        // "with Switzerland and Britain sending units": the names before the gerund (the cue is the gerund)
        {"with\\s{1,3}\\p{Lu}[^,;.]{0,60}?\\s(?<cue>sending|deploying|contributing|providing)", "support",
            Side.WITH_LIST},
        // a verdict on the subject, by whoever states it: "we reiterate that X is not appropriate"
        {"(?:is|are|was|were|would\\s+be|remains?)\\s+(?:\\w+ly\\s+)?(?:not\\s+(?:appropriate|feasible|acceptable|"
            + "an\\s+option|a\\s+\\w+\\s+option|the\\s+answer)|unacceptable|inappropriate)", "oppose", Side.PREDICATE},
        {"(?:is|are|was|were|would\\s+be|remains?)\\s+(?:\\w+ly\\s+)?(?:vital|essential|indispensable|critical|"
            + "necessary|the\\s+best\\s+(?:chance|hope|option)|welcome|a\\s+(?:welcome|positive|good)\\s+step)|"
            // "the mission is "vital"": a verdict quoted
            + "(?:is|are|was|were|would\\s+be|remains?)\\s+(?:\\w+ly\\s+)?[\"“‘'](?:vital|essential|indispensable|"
            + "critical|necessary)|"
            + "provides?\\s+(?:the|our)\\s+best\\s+(?:chance|hope|option)|"
            + "(?:will\\s+)?(?:continues?\\s+to\\s+)?(?:has|have|play|plays)\\s+an?\\s+(?:critical|vital|"
            + "essential|indispensable)\\s+role(?:\\s+to\\s+play)?",
            "support", Side.PREDICATE},
        {"view(?:s|ed)?\\s+(?:this|the|that|it)\\b[^.;,]{0,40}?\\s+(?:very\\s+)?(?:positively|favou?rably)", "support",
            Side.SUBJECT},
        {"propos(?:e|es|ed)|recommend(?:s|ed)?|request(?:s|ed)?|call(?:s|ed)?\\s+for|urg(?:e|es|ed)|"
            + "ask(?:s|ed)?\\s+for|suggest(?:s|ed)?|introduc(?:e|es|ed)|put\\s+forward|tabled|"
            + "(?:is|are|was|were)\\s+(?:seeking|pushing\\s+for)|(?:plans?|planned|intends?|intended)\\s+to",
            "propose", Side.SUBJECT},
        {"retract(?:s|ed)?|withdr(?:ew|awn)\\s+(?:the|its|their|a)\\s+(?:proposal|plan|offer|request)|"
            + "backed\\s+(?:away|down)\\s+from|dropped\\s+(?:the|its|their)\\s+(?:proposal|plan|idea|offer)|"
            + "abandon(?:s|ed)?\\s+(?:the|its|their)\\s+(?:proposal|plan|idea)|walked\\s+back", "retract", Side.SUBJECT},
    };
    private static final List<Pattern> PATTERNS = new ArrayList<>();
    static {
        for (Object[] c : CUES) {
            PATTERNS.add(Pattern.compile("(?i)\\b(?:" + c[0] + ")\\b"));
        }
    }
    /** A negation just before a cue, inside its clause: "does not", "never", "no longer". */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|never|no longer|n't|neither|nor)\\s+"
            + "(?:\\w+\\s+){0,2}$");
    /** Words before a cue that make it no stance of the subject: a question, a condition, a report of others. */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|whether|unless)\\b");
    /** A modal right before a stance verb: "would back", "could support". */
    private static final Pattern MODAL_JUST_BEFORE = Pattern.compile("(?i)\\b(?:would|could|might|may|will)\\s+"
            + "(?:\\w+ly\\s+|not\\s+)?$");
    /** Someone's forecast of another's stance: "he believed", "analysts expect", "predicted". */
    private static final Pattern PREDICTION = Pattern.compile("(?i)\\b(?:believed?|believes|expects?|expected|"
            + "predicts?|predicted|thinks?|thought|hopes?|hoped|doubts?|doubted|forecasts?|predicting|expecting)\\b");
    private static final Pattern REGRET = Pattern.compile("(?i)regret(?:s|ted)?");
    /** A clause as an object ("objections had forced ..."): a finite verb within its first words. */
    private static final Pattern CLAUSE_OBJECT = Pattern.compile("(?i)^\\s+(?:[\\w’'-]+\\s+){1,3}?(?:had|has|have|was|"
            + "were|is|are|did|would|could|will)\\b");
    /** Where an object phrase ends. */
    private static final Pattern OBJECT_END = Pattern.compile("(?i)[.;:!?]|,\\s+(?:saying|adding|which|who|but|while|"
            + "as|because|although|though|calling|citing|according|and|for|whereas)\\b|\\s+(?:because|saying|which|while|"
            + "although|though|amid|despite|after|before|since|so that|in order to|if|unless|but|when|whereas|as we|"
            + "that)\\b|"
            + "\\s+[-–—]\\s+|[“”\"]|,\\s+(?:[^,]{0,60}?\\s)?(?:said|says|told|added|noted|stated)\\b|\\s+for\\s+their\\b|\\s+and\\s+(?:its|their|his|her)\\s|,\\s+(?:a|an|the|this|these|it|its|they|he|she|we|there|in|on|at|with)\\s");
    /** A proposal that concerns a mission or the use of forces. */
    private static final Pattern SECURITY = Pattern.compile("(?i)\\b(?:troops?|soldiers?|forces?|peacekeep\\w*|"
            + "blue helmets|missions?|mandates?|deploy\\w*|police|military|marines|warships?|resolution|"
            + "ceasefire|cease-fire|withdraw\\w*|drawdown|draw down|contingents?|personnel|security assistance|"
            + "operations?|units?|battalions?|peace deal|peace agreement|arms embargo|authori[sz]ation|participation|"
            + "reinforcements|intervention|raids?|offensive)\\b");
    /** Within a document about a mission, proposals of help, money or texts concern it too. */
    private static final Pattern MISSION_CONTEXT = Pattern.compile("(?i)\\b(?:assistance|support|help|funding|"
            + "resolution|agreement|deal|plan|office|elections?)\\b|\\b(?:UN|U\\.N\\.|United Nations|Council)(?:['’]s)?\\s+"
            + "decision\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)^\\s*(?:and\\s+|so\\s+|but\\s+)?"
            + "(?:we|i)(?:\\s+(?:\\w+ly|also|therefore|again|still|all))*\\s*$");
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^\\s*(?:,|,?\\s*and|,?\\s*as well as|,?\\s*or|"
            + "\\s*&)?\\s*(?:the\\s+)?$");
    private static final Pattern ANAPHOR = Pattern.compile("(?i)^(?:(?:this|the|today['’]s|that|the\\s+draft)\\s+)"
            + "(resolution|text|mission|force|operation|mandate|measure)\\b");
    private static final Pattern RESOLUTION_DESCRIPTION = Pattern.compile("(?i)(?:\\b(?:a|the)\\s+(?:(?:UN|U\\.N\\.|"
            + "United Nations)\\s+)?(?:Security Council\\s+)?|\\b)(resolution\\s+(?:\\d{3,5}\\s+)?"
            + "(?:renewing|extending|establishing|authori[sz]ing|ending|terminating|creating|on)\\s+[^.;:,\\n]{3,90}?)"
            + "(?=\\s*(?:[.;:,\\n]|$|\\s+(?:and|but|which|that|at)\\s))"
            + "|\\b((?:mandate\\s+)?renewal\\s+(?:of|for)\\s+[^.;:,\\n]{3,80}?)(?=\\s*(?:[.;:,\\n]|$))");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:\\s*(?:to|the|a|an|of|for|on|its|their|his|her|"
            + "our|plans?\\s+to)\\s+)+");
    /** Words before a verb that make it a noun ("its support", "strong backing"). */
    private static final Pattern NOUN_LEAD = Pattern.compile("(?i)(?:\\b(?:the|a|an|its|their|our|his|her|my|your|this|"
            + "that|strong|full|continued|bilateral|financial|international|broad|public|political|of|for|with|"
            + "logistical|military|unwavering)|['’]s?)\\s+$");
    /** "to support" after these is the subject's own stance: "committed to support", "will continue to back". */
    private static final Pattern OWN_INFINITIVE = Pattern.compile("(?i)\\b(?:commitment|committed|pledged?|pledges|"
            + "agreed|decided|continues?|continued|intends?|ready|willing|wants?|wanted|plans?|planned|promised|"
            + "vowed|offered|stands?\\s+ready|worked(?:\\s+with\\s+[^,.;]{1,40}?)?)\\s+to\\s+$");
    /** An object that is a clause with its own subject: "suggested (that) he had been there". */
    private static final Pattern REPORTED_CLAUSE = Pattern.compile("(?i)^(?:that\\s+)?(?:he|she|it|they|there|we|i|"
            + "this|these|those)\\b");
    /** Cues that are single verbs, which may be nouns or infinitives instead. */
    private static final Pattern BARE_VERB = Pattern.compile("(?i)^(?:support|back|endors|welcom|favou?r|approv|"
            + "oppos|reject|object|block|veto|criticiz|criticis|propos|recommend|request|urg|suggest|introduc)\\w*$");
    /** Two objects of one preposition: "(in support of) Haiti and of the mission". */
    private static final Pattern AND_OF = Pattern.compile("(?i),?\\s+and\\s+of\\s+");
    /** A verdict on a role ("has a critical role to play in ..."): what follows is the role, not the proposal. */
    private static final Pattern ROLE = Pattern.compile("(?i)\\brole(?:\\s+to\\s+play)?$");
    /** A quote's speaker as written when it is the text's own first person. */
    private static final Pattern FIRST_PERSON_SPEAKER = Pattern.compile("(?i)we|i|us");
    private static final Pattern BODY = Pattern.compile("(?i)council|assembly|parliament|senate|congress");

    /** A clause that opens with "we" or "I" after a few words: "For this reason we". */
    private static final Pattern FIRST_PERSON_LEAD = Pattern.compile("(?i)^\\s*(?:\\w+\\s+){0,3}?(?:we|i)\\b");
    /** A verb that reports what its subject says. */
    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:said|says|stated|added|noted|told|reiterated?|believes?)\\b");
    /** "we" or "I" anywhere in a stretch. */
    private static final Pattern WE_OR_I = Pattern.compile("(?i)\\b(?:we|i)\\b");
    /** A stretch that joins its names to the ones before: "along with X". */
    private static final Pattern WITH_LEAD = Pattern.compile("(?i)^\\s*(?:and|along with|together with|as well as)\\b");
    /** A preposition before a place, which makes it no actor. */
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)\\b(?:in|to|from|at|into|on|across|near|of|for|with|by)\\s+(?:the\\s+)?$");
    /** A purpose clause: "to support", "in order to end". */
    private static final Pattern PURPOSE = Pattern.compile("\\s+(?:in order\\s+)?to\\s+(\\w+)");
    /** "this resolution" inside a proposal. */
    private static final Pattern THIS_RESOLUTION = Pattern.compile("(?i)\\b(?:this|today['’]s|the\\s+draft)\\s+resolution\\b");
    /** A resolution named by its number. */
    private static final Pattern NUMBERED_RESOLUTION = Pattern.compile("\\bResolution\\s+\\d{3,5}\\b");

    /** Where a clause starts: punctuation, a subordinating word, or after a reporting verb ("told Reuters"). */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("(?i)[;:“”\"]|\\b(?:that|which|who|because|while|"
            + "whereas|although|when|after|but|so|as)\\b|\\b(?:said|says|stated|added|noted|told\\s+\\p{Lu}[\\w.]*)\\s");
    private static final Pattern TITLE_AFTER_POSSESSIVE = Pattern.compile("^['’]s\\s+(?:\\p{Lu}\\w*\\s+){0,3}"
            + "(?:Minister|President|Secretary|Ambassador|Representative|Spokesperson|Spokesman|Envoy|Chancellor|"
            + "Premier|leader|government|Prime)");
    private static final Pattern ACTION_VERB = Pattern.compile("\\b(send|join|contribute|deploy|provide|lead|"
            + "participate|serve|sending|deploying|contributing|joining)$");

    private final Proposals proposals;
    private final Set<String> seen = new HashSet<>();
    private String resolutionDescription;
    private boolean described;
    private final List<Fact> decisions = new ArrayList<>();
    private static final Map<String, String> DECISION_VERBS = Map.of("extend", "extending", "authorize",
            "authorizing", "end", "ending", "modify", "modifying", "transform", "transforming");

    StanceRules(Proposals proposals) {
        this.proposals = proposals;
    }

    /** "thanked Kenya for stepping up to lead ...", "gratitude to Kenya for answering ...". */
    private static final Pattern THANKS = Pattern.compile("(?i)\\b(?:thank(?:s|ed|ing)?|grateful\\s+to|gratitude\\s+to|"
            + "commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|salut(?:e|es|ed))\\s+((?:(?!\\bfor\\b)[^.;:])*?)\\s+for\\s+"
            + "(?:(?:publicly|quickly|generously|their|its|his|her|so)\\s+)*(\\w+ing\\b)");
    /** A further "and B for doing Y" after a thanks. */
    private static final Pattern MORE_THANKED = Pattern.compile("(?i),?\\s*(?:and|as\\s+well\\s+as)\\s+"
            + "((?:(?!\\bfor\\b)[^.;:])*?)\\s+for\\s+(?:(?:publicly|quickly|generously|their|its|his|her|so)\\s+)*"
            + "(\\w+ing\\b)");
    /** "Haiti's call to ...", "the Haitian government's request for ...": the country proposes what follows. */
    private static final Pattern CALL_OF = Pattern.compile("(?i)['’]s?\\s+(?:\\w+\\s+)?(?:call|request|appeal|invitation|"
            + "plea)\\s+(?:to|for)\\s+");
    /** "the Council's stated expectation that the mission deploy soon": the Council supports what it expects. */
    private static final Pattern EXPECTATION_OF = Pattern.compile("(?i)['’]s?\\s+(?:\\w+\\s+)?(?:expectation|wish|"
            + "desire)\\s+that\\s+");
    /** A group named by a common noun whose members a list names: "the countries that ..., including A, B and C". */
    private static final Pattern GROUP = Pattern.compile("(?i)\\b(?:countries|nations|states|partners|members|"
            + "contributors|governments|allies)\\b");
    /** A group counted: "all four nations", "the two governments". */
    private static final Pattern COUNTED_GROUP = Pattern.compile("(?i)\\b(?:all\\s+)?(?:the\\s+)?(two|three|four|five|"
            + "six|both)\\s+(?:nations|countries|governments|states)\\b");
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5,
            "six", 6);
    /** What a request asked for, told before: "requested military assistance from ...". */
    private static final Pattern REQUESTED = Pattern.compile("(?i)\\b(?:requested|asked\\s+for|appealed\\s+for|"
            + "requests?\\s+for|calls?\\s+for|called\\s+for)\\s+((?:[\\w-]+\\s+){0,4}?[\\w-]+)(?=\\s+(?:from|to|by|on|"
            + "in)\\b|\\s*[,.;])");
    private static final Pattern THE_REQUEST = Pattern.compile("(?i)^(?:the|this|that|their|its)\\s+(?:request|appeal|"
            + "call)$");
    /** A group as the antecedent of the relative clause holding the cue: "the countries that have pledged". */
    private static final Pattern GROUP_BEFORE_CLAUSE = Pattern.compile("(?i)\\b(?:countries|nations|states|partners|"
            + "members|contributors|governments|allies)\\s+(?:that|which|who)$");
    /** "the mission, led by Kenya": the leader supports leading it. */
    private static final Pattern LED_BY = Pattern.compile("(?i)(?:,\\s*|\\b(?:mission|force|operation)\\s+)led\\s+by\\s+");
    /** "we are here in support of Haiti and of the mission": the subject supports what follows. */
    private static final Pattern IN_SUPPORT = Pattern.compile("(?i)\\bin\\s+(?:strong\\s+|full\\s+)?support\\s+of\\s+");
    /** "we believe that the mission should continue ...": the believer supports the clause. */
    private static final Pattern BELIEVE_SHOULD = Pattern.compile("(?i)\\b(?:believe|believes|think|thinks|agree|agrees|"
            + "insist|insists)\\s+(?:that\\s+)?([^.;:]{3,120}?\\b(?:should|must)\\b[^.;:]{3,120})");
    private static final Pattern MEMBERS = Pattern.compile("(?i)\\b(?:including|like|such\\s+as|among\\s+them|"
            + "namely)\\s+");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^\\s*(?:and\\s+)?(they|he|she)(?:\\s+(?:\\w+ly|also|"
            + "have|has|had|all|both))*\\s*$");

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        decisions.clear();
        out.stream().filter(f -> f.kind().equals(Fact.MANDATE)).forEach(decisions::add);
        if (!proposals.referencesIn(v, s.start(), s.end()).isEmpty()) {
            return;
        }
        List<Cue> cues = cuesIn(v, s);
        int floor = s.start();
        for (Cue cue : cues) {
            position(v, s, index, cue, floor, out);
            floor = cue.end();
        }
        thanks(v, s, out);
        callsOf(v, s, out);
        ledBy(v, s, out);
        believes(v, s, index, out);
    }

    /** "the mission ..., led by Kenya and including ...": Kenya supports leading the mission. */
    private void ledBy(DocumentView v, Sentence s, List<Fact> out) {
        Matcher m = LED_BY.matcher(v.text).region(s.start(), s.end());
        if (!m.find()) {
            return;
        }
        Optional<String> mission = v.findMissionFor(s, m.start());
        Optional<String> name = mission.flatMap(v::findEntity).map(e -> e.name());
        List<String> actors = new ArrayList<>();
        for (DocumentView.EntityMention em : listAfter(v, m.end(), s.end())) {
            if (Mention.LOCATION.equals(em.entity().type())) {
                addActor(v, em, actors);
            }
            break;
        }
        if (name.isPresent()) {
            emit(v, s, actors, null, "support", "leading " + name.get(), m.end(), out);
        }
    }

    /** "we believe that X should ...", "they are here in support of X": the subject supports it. */
    private void believes(DocumentView v, Sentence s, int index, List<Fact> out) {
        for (Pattern p : List.of(BELIEVE_SHOULD, IN_SUPPORT)) {
            Matcher m = p.matcher(v.text).region(s.start(), s.end());
            if (!m.find()) {
                continue;
            }
            int clauseStart = clauseStart(v, s.start(), m.start());
            String stretch = lastStretch(v, clauseStart, m.start());
            List<String> actors = new ArrayList<>();
            String via = null;
            for (DocumentView.EntityMention em : subjectOf(v, clauseStart, m.start())) {
                addActor(v, em, actors);
                via = v.isPerson(em.entity()) ? em.id() : via;
            }
            if (actors.isEmpty() && FIRST_PERSON_LEAD.matcher(stretch).find()) {
                via = firstPerson(v, new Cue(m.start(), m.end(), "support", Side.SUBJECT), actors);
            }
            int from = m.groupCount() >= 1 && m.group(1) != null ? m.start(1) : m.end();
            int end = objectEnd(v, from, s.end());
            // "in support of Haiti and of the mission": each object on its own
            Matcher both = AND_OF.matcher(v.text).region(from, end);
            if (both.find()) {
                emit(v, s, actors, via, "support", v.textOf(from, both.start()), from, out);
                from = both.end();
            }
            emit(v, s, actors, via, "support", v.textOf(from, end), from, out);
        }
    }

    /** "X thanked Kenya for stepping up to lead the mission": Kenya supports leading it. */
    private void thanks(DocumentView v, Sentence s, List<Fact> out) {
        Matcher m = THANKS.matcher(v.text).region(s.start(), s.end());
        while (m.find()) {
            int next = thanked(v, s, m, out);
            // "..., and countries like A and B for pledging ...": the same thanks, to more of them
            Matcher more = MORE_THANKED.matcher(v.text).region(next, s.end());
            while (more.lookingAt()) {
                next = thanked(v, s, more, out);
                more = MORE_THANKED.matcher(v.text).region(next, s.end());
            }
        }
    }

    /** One "X for doing Y" of a thanks; returns where its object ends. */
    private int thanked(DocumentView v, Sentence s, Matcher m, List<Fact> out) {
        List<String> actors = new ArrayList<>();
        String via = null;
        for (DocumentView.EntityMention em : v.mentionsIn(m.start(1), m.end(1))) {
            if (!v.isMission(em.entity()) && !Mention.MISC.equals(em.entity().type())
                    && !DocumentView.isDemonym(v.textOf(em.start(), em.end()))) {
                addActor(v, em, actors); // the ones thanked, whatever preposition names them
                via = v.isPerson(em.entity()) ? em.id() : via;
            }
        }
        if (actors.isEmpty() && m.group(1).strip().matches("(?i)him|her")) {
            List<DocumentView.EntityMention> people = v.mentionsIn(Math.max(0, s.start() - 400), m.start(1))
                    .stream().filter(em -> v.isPerson(em.entity())).toList();
            if (!people.isEmpty()) {
                DocumentView.EntityMention last = people.get(people.size() - 1);
                addActor(v, last, actors);
                via = last.id();
            }
        }
        int end = objectEnd(v, m.start(2), s.end());
        emit(v, s, actors, via, "support", v.textOf(m.start(2), end), m.start(2), out);
        return Math.max(end, m.end());
    }

    /** "answering Haiti's call to serve as the lead nation": Haiti proposes it. */
    private void callsOf(DocumentView v, Sentence s, List<Fact> out) {
        callsOf(v, s, CALL_OF, "propose", out);
        callsOf(v, s, EXPECTATION_OF, "support", out);
    }

    private void callsOf(DocumentView v, Sentence s, Pattern cue, String stance, List<Fact> out) {
        Matcher m = cue.matcher(v.text).region(s.start(), s.end());
        while (m.find()) {
            DocumentView.EntityMention owner = null;
            for (DocumentView.EntityMention em : v.mentionsIn(s.start(), m.start())) {
                String gap = v.textOf(em.end(), m.start());
                if (gap.isEmpty() || gap.matches("(?i)\\s+(?:government|authorities|administration|leaders|leadership)")) {
                    owner = em;
                }
            }
            List<String> actors = new ArrayList<>();
            if (owner != null && !v.isMission(owner.entity())) {
                addActor(v, owner, actors);
            } else if (v.before(m.start(), 20).matches("(?s).*\\bSecretary[- ]General$")) {
                actors.add("un-secretary-general");
            } else {
                v.governmentsIn(Math.max(s.start(), m.start() - 40), m.start() + 1).stream()
                        .filter(g -> g.getKey() >= m.start() - 40).forEach(g -> actors.add(g.getValue()));
            }
            int end = objectEnd(v, m.end(), s.end());
            emit(v, s, actors, null, stance, v.textOf(m.end(), end), m.end(), out);
        }
    }

    private static List<Cue> cuesIn(DocumentView v, Sentence s) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(v.text).region(s.start(), s.end());
            boolean named = CUES[i][0].toString().contains("(?<cue>");
            while (m.find()) {
                int start = named ? m.start("cue") : m.start();
                int end = named ? m.end("cue") : m.end();
                if (v.insideMention(start) || cues.stream().anyMatch(c -> c.start() < end && start < c.end())) {
                    continue;
                }
                if (BARE_VERB.matcher(m.group()).matches()) {
                    String before = v.before(start, 40);
                    if (!v.findIsVerbAt(start).orElse(true) || NOUN_LEAD.matcher(before).find()
                            || (before.matches("(?is).*\\bto\\s+$")
                            && !OWN_INFINITIVE.matcher(before).find())) {
                        continue;
                    }
                }
                cues.add(new Cue(start, end, (String) CUES[i][1], (Side) CUES[i][2]));
            }
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return cues;
    }

    private void position(DocumentView v, Sentence s, int index, Cue cue, int floor, List<Fact> out) {
        int clauseStart = clauseStart(v, floor, cue.start());
        String lead = v.textOf(clauseStart, cue.start());
        if (CONDITION.matcher(lead).find()) {
            return;
        }
        if (cue.side() == Side.SUBJECT && MODAL_JUST_BEFORE.matcher(v.before(cue.start(), 20)).find()
                && PREDICTION.matcher(v.textOf(s.start(), cue.start())).find()) {
            return; // "he believed a majority of the Senate would back it": a forecast, not the Senate's stance
        }
        if (cue.side() == Side.SUBJECT && REGRET.matcher(v.textOf(cue.start(), cue.end())).matches()
                && CLAUSE_OBJECT.matcher(v.textOf(cue.end(), s.end())).lookingAt()) {
            return; // "regretted objections had forced him to ...": sorry that something happened, no proposal
        }
        String stance = cue.stance();
        if (NEGATED.matcher(v.before(cue.start(), 30)).find() && cue.side() == Side.SUBJECT) {
            if (!stance.equals("support")) {
                return;
            }
            stance = "oppose";
        }
        List<String> actors = new ArrayList<>();
        String via = null;
        String proposal;
        int proposalAt;
        if (cue.side() == Side.PREDICATE) {
            proposal = subjectPhrase(v, clauseStart, cue.start());
            String tail = v.textOf(cue.end(), objectEnd(v, cue.end(), s.end())).strip();
            if (proposal != null && tail.matches("(?is)(?:for|to|in)\\b.*")
                    && !ROLE.matcher(v.textOf(cue.start(), cue.end())).find()
                    && !tail.matches("(?is)(?:for|to|in)\\s+\\w+ing\\b.*")) { // "critical to maintaining ...": a purpose
                proposal = proposal + " " + tail;
            }
            proposalAt = clauseStart;
            if (proposal != null) {
                int found = v.text.indexOf(proposal.strip(), clauseStart);
                proposalAt = found >= 0 && found < cue.start() ? found : clauseStart; // where the subject stands
            }
            int at = Math.max(floor, v.sentenceStartAt(cue.start()));
            int governingEnd = clauseStart;
            Matcher reporting = REPORTING_VERB
                    .matcher(v.text).region(at, clauseStart);
            if (reporting.find()) {
                governingEnd = reporting.start(); // the speaker, not whom they told
            }
            String governing = v.textOf(at, clauseStart);
            List<DocumentView.EntityMention> speakers = subjectOf(v, at, governingEnd);
            final int speechEnd = governingEnd;
            List<Map.Entry<Integer, String>> governments = v.governmentsIn(at, governingEnd);
            if (!governments.isEmpty()) {
                // "the Japanese government spokesperson, X, told ...": the government speaks, through X
                governments.forEach(g -> actors.add(g.getValue()));
                via = speakers.stream().filter(m -> v.isPerson(m.entity())).map(DocumentView.EntityMention::id)
                        .findFirst().or(() -> v.mentionsIn(at, speechEnd).stream()
                                .filter(m -> v.isPerson(m.entity())).map(DocumentView.EntityMention::id).findFirst())
                        .orElse(null);
            } else {
                speakers.forEach(m -> addActor(v, m, actors));
                via = speakers.stream().filter(m -> v.isPerson(m.entity())).map(DocumentView.EntityMention::id)
                        .findFirst().orElse(null); // "Tony Blair said ...": the UK, through him
            }
            if (actors.isEmpty() && WE_OR_I.matcher(governing).find()) {
                firstPerson(v, cue, actors);
            }
            if (actors.isEmpty() && speakers.isEmpty() && v.findQuoteAt(cue.start()).isEmpty() && v.voice() != null) {
                actors.add(v.voice()); // a verdict in a statement's own voice is the voice's
            }
            if (actors.isEmpty()) {
                return;
            }
        } else if (cue.side() == Side.AGENT) {
            List<DocumentView.EntityMention> agents = listAfter(v, cue.end(), s.end());
            if (agents.isEmpty() || agents.stream().noneMatch(m -> v.isPerson(m.entity()))) {
                int end = objectEnd(v, cue.end(), s.end());
                List<DocumentView.EntityMention> people = v.mentionsIn(cue.end(), Math.min(end, cue.end() + 60))
                        .stream().filter(m -> v.isPerson(m.entity())).toList();
                if (!people.isEmpty() && agents.stream().allMatch(m -> !Mention.LOCATION.equals(m.entity().type()))) {
                    agents = List.of(people.get(0));
                }
            }
            for (DocumentView.EntityMention m : agents) {
                addActor(v, m, actors);
                via = v.isPerson(m.entity()) ? m.id() : via;
            }
            if (actors.isEmpty()) {
                v.governmentsIn(cue.end(), Math.min(s.end(), cue.end() + 40)).stream()
                        .filter(g -> g.getKey() <= cue.end() + 6).forEach(g -> actors.add(g.getValue()));
            }
            proposal = subjectPhrase(v, clauseStart, withoutTrailingVerbs(v, clauseStart, cue.start()));
            proposalAt = clauseStart;
        } else {
            List<DocumentView.EntityMention> subject = cue.side() == Side.WITH_LIST ? withList(v, s, cue)
                    : subjectOf(v, clauseStart, cue.start());
            for (DocumentView.EntityMention m : subject) {
                addActor(v, m, actors);
                via = v.isPerson(m.entity()) ? m.id() : via;
            }
            for (Map.Entry<Integer, String> g : v.governmentsIn(clauseStart, cue.start())) {
                if (!actors.contains(g.getValue())) {
                    actors.add(g.getValue());
                }
            }
            String stretch = lastStretch(v, clauseStart, cue.start());
            if (actors.isEmpty() && FIRST_PERSON.matcher(stretch).find()) {
                via = firstPerson(v, cue, actors);
            }
            Matcher pronoun = PRONOUN.matcher(stretch);
            if (actors.isEmpty() && pronoun.find()) {
                via = antecedents(v, index, pronoun.group(1).toLowerCase(Locale.ROOT), actors);
            }
            Matcher counted = COUNTED_GROUP.matcher(stretch);
            if (actors.isEmpty() && counted.find()) {
                namedBefore(v, index, clauseStart, COUNTS.getOrDefault(counted.group(1).toLowerCase(Locale.ROOT), 0),
                        actors);
            }
            if (actors.isEmpty() && (GROUP.matcher(stretch).find() || GROUP_BEFORE_CLAUSE.matcher(
                    v.textOf(Math.max(floor, clauseStart - 40), clauseStart)).find())) {
                members(v, cue.end(), s.end(), actors);
            }
            int end = objectEnd(v, cue.end(), s.end());
            proposal = v.textOf(cue.end(), end);
            proposalAt = cue.end();
            String verb = v.textOf(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
            Matcher action = ACTION_VERB.matcher(verb);
            if (action.find()) {
                proposal = action.group(1) + " " + proposal;
            } else if (verb.startsWith("pledg") && verb.matches(".*\\s\\w+$")) {
                proposal = verb.replaceFirst("^\\S+\\s+", "pledging ") + " " + proposal;
            }
        }
        emit(v, s, actors, via, stance, proposal, proposalAt, out, cue);
    }

    private void emit(DocumentView v, Sentence s, List<String> actors, String via, String stance, String proposal,
            int proposalAt, List<Fact> out) {
        emit(v, s, actors, via, stance, proposal, proposalAt, out, null);
    }

    private void emit(DocumentView v, Sentence s, List<String> actors, String via, String stance, String proposal,
            int proposalAt, List<Fact> out, Cue cue) {
        if (actors.isEmpty() || proposal == null) {
            return;
        }
        int rawEnd = Math.min(s.end(), proposalAt + proposal.length());

        if (cue != null && cue.stance().equals("propose") && cue.side() != Side.AGENT && REPORTED_CLAUSE.matcher(proposal.strip()).find()) {
            return; // "suggested he had been ...": a claim reported, not a proposal
        }
        proposal = clean(resolve(v, proposal.strip().replaceFirst("(?i)^(?:to|of|for)\\s+", ""), proposalAt));
        if (cue != null && (cue.stance().equals("support") || cue.side() == Side.AGENT) && actors.stream().anyMatch(a ->
                v.findEntity(a).map(e -> BODY.matcher(e.name()).find()).orElse(a.contains("council")))
                && v.textOf(cue.start(), cue.end()).toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:approv|endors|"
                        + "adopt)\\w*.*")) {
            return; // a deciding body approving a text is its decision, told by the mandate rules
        }
        if (proposal.split("\\s+").length < 1 || proposal.length() < 3
                || proposal.toLowerCase(Locale.ROOT).matches("(?:it|this|that|them|these|those|him|her|us|the idea|"
                        + "the move|the request|the decision|the plan|the proposal)")) {
            return;
        }
        // the whole object, purpose clause included: "committed to sending officers to reach 2,500 by January"
        Matcher whole = OBJECT_END.matcher(v.text).region(proposalAt, s.end());
        int spanEnd = whole.find() ? whole.start() : s.end();
        boolean counted = v.quantitiesIn(new Sentence(proposalAt, spanEnd)).stream()
                .anyMatch(q -> QuantityRules.isPersonnel(q) || QuantityRules.isCurrency(q));
        boolean bySubject = cue != null && (cue.side() == Side.SUBJECT || cue.side() == Side.WITH_LIST);
        if (counted && bySubject && stance.equals("support")) {
            return; // a pledge with a figure is a target or funding, which the quantity rules tell
        }
        boolean concernsMission = SECURITY.matcher(proposal).find()
                || (v.mainMission != null && MISSION_CONTEXT.matcher(proposal).find())
                || v.mentionsIn(proposalAt, rawEnd).stream()
                        .anyMatch(m -> v.isMission(m.entity()));
        if (!concernsMission) {
            return;
        }
        Optional<String> date = v.findSentenceDate(s);
        String subject = v.findMissionFor(s, proposalAt).orElse(null);
        String proposalId = DocumentView.slug(proposal);
        for (String actor : actors) {
            String key = actor + "|" + proposalId + "|" + stance;
            if (!seen.add(key)) {
                continue;
            }
            out.add(FactRule.fact(s, Fact.POSITION, subject == null ? actor : subject, "position", stance,
                    date.orElse(v.published),
                    FactRule.qualifiers("actor", actor, "proposal", proposalId, "proposalName", proposal,
                            "via", actor.equals(via) ? null : via,
                            "asOfBasis", date.isPresent() ? "sentence" : v.published == null ? null : "published"),
                    "stance-" + stance, 0.65));
        }
    }

    /**
     * The countries "all four nations" stands for: the last list of exactly that many countries before it, in its own
     * sentence or the two before ("... from Australia, Malaysia, New Zealand and Portugal").
     */
    private static void namedBefore(DocumentView v, int index, int clauseStart, int count, List<String> actors) {
        for (int k = index; k >= Math.max(0, index - 2) && count > 1; k--) {
            Sentence before = v.sentences.get(k);
            int end = k == index ? clauseStart : before.end(); // this sentence's clauses before the group first
            List<DocumentView.EntityMention> run = new ArrayList<>();
            List<DocumentView.EntityMention> last = List.of();
            for (DocumentView.EntityMention m : v.mentionsIn(before.start(), end)) {
                boolean country = Mention.LOCATION.equals(m.entity().type());
                boolean joined = !run.isEmpty() && LIST_GAP.matcher(v.textOf(run.get(run.size() - 1).end(), m.start()))
                        .matches();
                if (!country) {
                    run = new ArrayList<>();
                    continue;
                }
                if (!joined) {
                    run = new ArrayList<>();
                }
                run.add(m);
                if (run.size() == count) {
                    last = List.copyOf(run);
                }
            }
            if (!last.isEmpty()) {
                last.forEach(m -> addActor(v, m, actors));
                return;
            }
        }
    }

    /** The names between "with" and the gerund: "with Switzerland and Britain sending units". */
    private static List<DocumentView.EntityMention> withList(DocumentView v, Sentence s, Cue cue) {
        int with = v.text.lastIndexOf("with", cue.start());
        List<DocumentView.EntityMention> out = new ArrayList<>();
        for (DocumentView.EntityMention m : v.mentionsIn(Math.max(s.start(), with), cue.start())) {
            if (!v.isMission(m.entity()) && !Mention.MISC.equals(m.entity().type())
                    && !DocumentView.isDemonym(v.textOf(m.start(), m.end()))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The actor "we" or "I" stands for: the quote's speaker, else the document's voice (a quote whose source is "we",
     * its speaker left unresolved, is the statement's own words). Returns the person.
     */
    private static String firstPerson(DocumentView v, Cue cue, List<String> actors) {
        Optional<Quote> q = v.findQuoteAt(cue.start());
        String speaker = q.map(DocumentView::speakerId).orElse(null);
        if (speaker != null) {
            actors.add(v.findAffiliation(speaker).orElse(speaker));
            return speaker;
        }
        boolean ownWords = q.isEmpty() || q.get().speaker() != null && q.get().speaker().name() != null
                && FIRST_PERSON_SPEAKER.matcher(q.get().speaker().name()).matches()
                || q.get().speaker() == null && q.get().source() != null
                        && FIRST_PERSON_SPEAKER.matcher(v.text.substring(q.get().source().start(),
                                q.get().source().end()).strip()).matches();
        if (ownWords && v.voice() != null) {
            actors.add(v.voice()); // "we reiterate that ...": the statement's own voice, told as reported speech
        }
        return null;
    }

    /**
     * Who "they", "he" or "she" is: for "they", the people the sentence before names (two or more), else its
     * countries; for "he" or "she", the last person named in the two sentences before. Returns the person.
     */
    private static String antecedents(DocumentView v, int index, String pronoun, List<String> actors) {
        for (int k = index - 1; k >= Math.max(0, index - 2); k--) {
            Sentence before = v.sentences.get(k);
            List<DocumentView.EntityMention> people = v.mentionsIn(before.start(), before.end()).stream()
                    .filter(m -> v.isPerson(m.entity())).toList();
            if (pronoun.equals("they")) {
                List<String> ids = people.stream().map(DocumentView.EntityMention::id).distinct().toList();
                if (ids.size() >= 2) {
                    actors.addAll(ids);
                    return null;
                }
                return null;
            }
            if (!people.isEmpty()) {
                String id = people.get(people.size() - 1).id();
                actors.add(v.actorFor(people.get(people.size() - 1).entity()));
                return id;
            }
        }
        return null;
    }

    /** The members of a group the clause names: "including A, B and C" after {@code from}. */
    private static void members(DocumentView v, int from, int end, List<String> actors) {
        Matcher m = MEMBERS.matcher(v.text).region(from, end);
        if (m.find()) {
            for (DocumentView.EntityMention em : listAfter(v, m.end(), end)) {
                if (Mention.LOCATION.equals(em.entity().type()) || !v.isPerson(em.entity())) {
                    addActor(v, em, actors);
                }
            }
        }
    }

    /** The text from the last comma before {@code to} (not inside a name) to {@code to}. */
    private static String lastStretch(DocumentView v, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (v.text.charAt(i) == ',' && !v.insideMention(i)) {
                return v.textOf(i + 1, to);
            }
        }
        return v.textOf(from, to);
    }

    private static void addActor(DocumentView v, DocumentView.EntityMention m, List<String> actors) {
        String id = v.actorFor(m.entity());
        if (!actors.contains(id)) {
            actors.add(id);
        }
    }

    /** Where the clause holding a cue starts: after a semicolon, a colon, a quote mark or a subordinating word. */
    private static int clauseStart(DocumentView v, int floor, int cue) {
        int start = floor;
        Matcher m = CLAUSE_BOUNDARY.matcher(v.text).region(floor, cue);
        while (m.find()) {
            if (!v.insideMention(m.start())) {
                start = m.end();
            }
        }
        return start;
    }

    /**
     * The actors a stance verb's subject names: the mentions of the last comma-stretch before it that names any,
     * with the list items and "along with" stretches before that; persons and their titles count once.
     */
    private static List<DocumentView.EntityMention> subjectOf(DocumentView v, int from, int to) {
        List<int[]> stretches = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (v.text.charAt(i) == ',' && !v.insideMention(i)) {
                stretches.add(new int[] {start, i});
                start = i + 1;
            }
        }
        stretches.add(new int[] {start, to});
        List<DocumentView.EntityMention> out = new ArrayList<>();
        for (int k = stretches.size() - 1; k >= 0; k--) {
            List<DocumentView.EntityMention> here = actorsIn(v, stretches.get(k)[0], stretches.get(k)[1]);
            if (here.isEmpty()) {
                String words = v.textOf(stretches.get(k)[0], stretches.get(k)[1])
                        .replaceAll("(?i)\\b(?:\\w+ly|also|already|now|then|today|yesterday|has|have|had|will|would|"
                                + "is|are|was|were|not|to|be|been|continue|continues|and)\\b", " ").strip();
                if (!out.isEmpty() || !words.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!out.isEmpty() && !isListItem(v, stretches.get(k), here)) {
                break;
            }
            out.addAll(0, here);
            if (out.size() == here.size() && !isListItem(v, stretches.get(k), here)
                    && !WITH_LEAD
                            .matcher(v.textOf(stretches.get(k)[0], stretches.get(k)[1])).find()) {
                break;
            }
        }
        // a person named with their country's title counts once, as the person
        List<DocumentView.EntityMention> people = out.stream().filter(m -> v.isPerson(m.entity())).toList();
        out.removeIf(m -> !v.isPerson(m.entity()) && people.stream()
                .anyMatch(p -> v.findAffiliation(p.id()).map(a -> a.equals(m.id())).orElse(false)));
        return out;
    }

    private static boolean isListItem(DocumentView v, int[] stretch, List<DocumentView.EntityMention> here) {
        String rest = v.textOf(stretch[0], stretch[1]);
        for (DocumentView.EntityMention m : here) {
            rest = rest.replace(v.textOf(m.start(), m.end()), " ");
        }
        return rest.replaceAll("(?i)\\b(?:and|the|as well as|or)\\b", " ").isBlank();
    }

    /** Mentions that can hold a position in {@code [from, to)}: not places after a preposition, not missions. */
    private static List<DocumentView.EntityMention> actorsIn(DocumentView v, int from, int to) {
        List<DocumentView.EntityMention> out = new ArrayList<>();
        for (DocumentView.EntityMention m : v.mentionsIn(from, to)) {
            String before = v.before(m.start(), 12);
            boolean place = Mention.LOCATION.equals(m.entity().type())
                    && PLACE_LEAD
                            .matcher(before).find();
            boolean possessive = v.text.startsWith("'s", m.end()) || v.text.startsWith("’s", m.end());
            if (place || v.isMission(m.entity()) || DocumentView.isDemonym(v.textOf(m.start(), m.end()))
                    || Mention.MISC.equals(m.entity().type())
                    || (possessive && !v.isPerson(m.entity()) && followedByTitle(v, m))) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** "East Timor's Foreign Minister, ...": the country only qualifies a title that follows. */
    private static boolean followedByTitle(DocumentView v, DocumentView.EntityMention m) {
        String after = v.text.substring(m.end(), Math.min(v.text.length(), m.end() + 40));
        return TITLE_AFTER_POSSESSIVE.matcher(after).find();
    }

    /** The agents of a passive: a list of names right after "by". */
    private static List<DocumentView.EntityMention> listAfter(DocumentView v, int from, int end) {
        List<DocumentView.EntityMention> out = new ArrayList<>();
        int edge = from;
        for (DocumentView.EntityMention m : v.mentionsIn(from, end)) {
            String gap = v.textOf(edge, m.start());
            boolean ok = edge == from ? gap.matches("(?is)\\s*(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?")
                    && !gap.contains(",") : LIST_GAP.matcher(gap).matches()
                    || gap.matches("(?s),\\s*(?:[\\p{L}.'’-]+\\s+){0,4}") && v.isPerson(m.entity());
            if (!ok) {
                break;
            }
            if (!v.isMission(m.entity()) && !DocumentView.isDemonym(v.textOf(m.start(), m.end()))) {
                out.add(m);
            }
            edge = m.end();
        }
        return out;
    }

    /** The subject of a passive before its verb: the words from the clause start, without a leading article. */
    private static String subjectPhrase(DocumentView v, int from, int to) {
        String p = v.textOf(from, to).strip();
        int comma = p.lastIndexOf(',');
        if (comma >= 0) {
            p = p.substring(comma + 1).strip();
        }
        return p.isEmpty() ? null : p;
    }

    /**
     * Where a subject ends before the verbs that follow it: "This mission comes (at the request of ...)" is "This
     * mission". Words are dropped from the end while the tagger reads them as verbs or adverbs, never the first.
     */
    private static int withoutTrailingVerbs(DocumentView v, int from, int to) {
        int end = to;
        while (end > from) {
            int wordEnd = end;
            while (wordEnd > from && Character.isWhitespace(v.text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > from && !Character.isWhitespace(v.text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd || v.textOf(from, wordStart).isBlank()
                    || !v.findTagAt(wordStart).map(t -> t.startsWith("VB") || t.equals("MD") || t.equals("RB"))
                            .orElse(false)) {
                break;
            }
            end = wordStart;
        }
        return end;
    }

    private static int objectEnd(DocumentView v, int from, int end) {
        Matcher m = OBJECT_END.matcher(v.text).region(from, end);
        int stop = m.find() ? m.start() : end;
        // a purpose clause after a whole noun phrase: "... mission to support the police"
        Matcher purpose = PURPOSE.matcher(v.text).region(from, stop);
        while (purpose.find()) {
            int wordsBefore = v.textOf(from, purpose.start()).strip().split("\\s+").length;
            String before = v.textOf(from, purpose.start());
            boolean concerns = SECURITY.matcher(before).find()
                    || v.mentionsIn(from, purpose.start()).stream().anyMatch(em -> v.isMission(em.entity()));
            if (wordsBefore >= 3 && concerns && v.findTagAt(purpose.start(1)).map(t -> t.equals("VB")).orElse(false)) {
                stop = purpose.start();
                break;
            }
        }
        // never past twenty words
        int words = 0;
        for (int i = from; i < stop; i++) {
            if (Character.isWhitespace(v.text.charAt(i)) && i > from && !Character.isWhitespace(v.text.charAt(i - 1))) {
                if (++words >= 20) {
                    return i;
                }
            }
        }
        return stop;
    }

    private static String clean(String phrase) {
        String p = phrase.replaceAll("\\s*\\(\\p{Lu}[\\p{Lu}\\p{Ll}.&-]{1,10}\\)", "").replaceAll("\\s+", " ").strip();
        p = LEADING.matcher(p).replaceFirst("");
        return p.replaceAll("[,\\s]+$", "");
    }

    /** "this resolution" and "the mission" written out as the document names them. */
    private String resolve(DocumentView v, String proposal, int at) {
        if (THE_REQUEST.matcher(proposal.strip()).matches()) {
            // "responded positively to the request": what was requested, told before
            Matcher r = REQUESTED.matcher(v.text).region(Math.max(0, at - 800), at);
            String asked = null;
            while (r.find()) {
                asked = r.group(1);
            }
            return asked == null ? proposal : asked;
        }
        if (v.mainMission != null) {
            proposal = proposal.replaceAll("\\b(?:[Tt]his|[Tt]he|[Tt]hat)\\s+(?:(?:multinational|international|security|peacekeeping|joint)\\s+)?(?:mission|force)\\b(?!\\s+(?:of|in|for)\\b)",
                    java.util.regex.Matcher.quoteReplacement(v.mainMission.name()));
        }
        Matcher inner = THIS_RESOLUTION.matcher(proposal);
        if (inner.find() && inner.start() > 0 && resolutionDescription(v) != null) {
            return proposal.substring(0, inner.start()) + resolutionDescription(v) + proposal.substring(inner.end());
        }
        Matcher m = ANAPHOR.matcher(proposal);
        if (!m.find()) {
            return proposal;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        String rest = proposal.substring(m.end());
        if (noun.equals("resolution") || noun.equals("text") || noun.equals("measure")) {
            String d = resolutionDescription(v);
            return d == null ? proposal : d + rest;
        }
        if (v.mainMission != null && !noun.equals("mandate") && !rest.matches("(?is)\\s+(?:in|of|for)\\b.*")) {
            return v.mainMission.name() + rest; // never "the mission in Afghanistan", which names its own
        }
        if (noun.equals("mandate") && v.mainMission != null) {
            return "mandate of " + v.mainMission.name() + rest;
        }
        return proposal;
    }

    /** What the document says its resolution does: "the resolution renewing the mandate of ...", title first. */
    private String resolutionDescription(DocumentView v) {
        if (!described) {
            String title = v.doc.findTitle().orElse("");
            for (String text : List.of(title, v.text)) {
                Matcher m = RESOLUTION_DESCRIPTION.matcher(text);
                if (m.find()) {
                    String d = m.group(1) != null ? m.group(1) : "resolution on the " + m.group(2);
                    resolutionDescription = d.strip();
                    described = true;
                    return resolutionDescription;
                }
            }
            // else what the document's mandate decision says it did, with the resolution's number if given
            Matcher n = NUMBERED_RESOLUTION.matcher(v.text);
            String number = n.find() ? n.group() : "resolution";
            for (Fact f : decisions) {
                String verb = DECISION_VERBS.get(f.predicate());
                Optional<String> mission = v.findEntity(f.subject()).map(org.sitrep.doc.Entity::name);
                if (verb != null && mission.isPresent()) {
                    resolutionDescription = number + " " + verb + " the mandate of " + mission.get();
                    described = true;
                    return resolutionDescription;
                }
            }
            resolutionDescription = number.equals("resolution") ? null : number;
        }
        return resolutionDescription;
    }
}
