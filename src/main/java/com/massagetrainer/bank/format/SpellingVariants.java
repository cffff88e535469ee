package com.massagetrainer.bank.format;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds British spellings onto American ones (fibre → fiber, colour → color, -ise → -ize, -yse → -yze, centre →
 * center, travelled → traveled, haem- → hem-, …) so that the copy check and the word cues see one word where the
 * bank and an article spell it differently. Applied to both sides of every comparison, so a fold that also touches
 * a word with no variant (exercise → exercize) is harmless: the two sides still agree.
 */
public final class SpellingVariants {

    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("grey", "gray"), Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("ageing", "aging"), Map.entry("judgement", "judgment"), Map.entry("sceptical", "skeptical"),
            Map.entry("mould", "mold"), Map.entry("plough", "plow"), Map.entry("tyre", "tire"),
            Map.entry("aluminium", "aluminum"), Map.entry("whilst", "while"), Map.entry("amongst", "among"),
            Map.entry("towards", "toward"), Map.entry("licence", "license"), Map.entry("defence", "defense"),
            Map.entry("offence", "offense"), Map.entry("pretence", "pretense"), Map.entry("practise", "practice"),
            Map.entry("practised", "practiced"), Map.entry("practises", "practices"),
            Map.entry("practising", "practicing"), Map.entry("sulphur", "sulfur"), Map.entry("manoeuvre", "maneuver"),
            Map.entry("cheque", "check"), Map.entry("fulfil", "fulfill"), Map.entry("enrol", "enroll"),
            Map.entry("skilful", "skillful"), Map.entry("wilful", "willful"), Map.entry("instil", "instill"));

    /** Ordered: the first rule that matches a whole word rewrites it. */
    private static final List<Rule> RULES = List.of(
            // colour, favourite, behavioural, tumour, odour, labour …
            new Rule("(colo|favo|flavo|behavio|hono|labo|humo|neighbo|rumo|odo|tumo|vapo|harbo|armo|vigo|rigo|savo"
                    + "|endeavo|fervo|clamo|splendo|glamo|parlo)ur([a-z]*)", "$1r$2"),
            // centre, fibre, metre, litre, theatre, calibre, sombre, meagre; centred → centered
            new Rule("([a-z]*[bcdgt])re(s?)", "$1er$2"),
            new Rule("([a-z]*[bcdgt])red", "$1ered"),
            // travelled, modelling, cancelled, counsellor …
            new Rule("(travel|model|cancel|counsel|label|level|signal|fuel|channel|tunnel|total|dial|marvel|pedal"
                    + "|equal|jewel|quarrel|rival|shovel)l(ed|ing|er|ers|or|ors|ation)", "$1$2"),
            // analyse, paralysed
            new Rule("([a-z]+)ys(e|es|ed|ing|er|ers)", "$1yz$2"),
            // realise, organisation, minimising …
            new Rule("([a-z]{2,})is(e|es|ed|ing|ation|ations|er|ers|able)", "$1iz$2"),
            // catalogue, dialogue, analogue
            new Rule("(catalog|dialog|analog|prolog|epilog|monolog)ue(s|d)?", "$1$2"));

    /** Medical ae/oe spellings, replaced inside a word: haemorrhage, anaemia, oedema, paediatric, foetus … */
    private static final List<String[]> INSIDE = List.of(
            new String[]{"haem", "hem"}, new String[]{"anaem", "anem"}, new String[]{"anaes", "anes"},
            new String[]{"paed", "ped"}, new String[]{"oedem", "edem"}, new String[]{"oestr", "estr"},
            new String[]{"oesoph", "esoph"}, new String[]{"diarrhoea", "diarrhea"}, new String[]{"foet", "fet"},
            new String[]{"ischaem", "ischem"}, new String[]{"leukaem", "leukem"}, new String[]{"gynaec", "gynec"},
            new String[]{"aetiolog", "etiolog"});

    private SpellingVariants() {
    }

    /** The text in lower case with every word folded to its American spelling. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(foldWord(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One lower-case word in its American spelling. */
    public static String foldWord(String word) {
        String w = WORDS.getOrDefault(word, word);
        if (!w.equals(word)) {
            return w;
        }
        for (String[] inside : INSIDE) {
            w = w.replace(inside[0], inside[1]);
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(w);
            if (m.matches()) {
                return m.replaceFirst(rule.replacement());
            }
        }
        return w;
    }

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
